/* SPDX-License-Identifier: ISC */
/* Layout of the cover: who it is for, how to use it, what is inside. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "layout_int.h"
#include "text.h"
#include "typo.h"
#include "xalloc.h"

static void
pair_add(struct lctx *cx, const char *key, const char *value)
{
	const struct template *t = cx->t;
	static const enum text keys[] = {
		T_KEY_NAME, T_KEY_WHERE, T_KEY_PLATFORMS, T_KEY_TOPICS
	};
	struct srcpos	 none = { NULL, 0, 0 };
	double		 kw, w, size = t->size[SIZE_BODY];
	size_t		 first, i;

	/* The value column starts after the widest key, at any type size. */
	kw = 0;
	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if ((w = cx->m->width(cx->m->arg, FONT_BOLD, size,
		    text_get(keys[i]), strlen(text_get(keys[i])))) > kw)
			kw = w;
	kw += size;

	first = text_add(cx, value, FONT_REGULAR, size, COLOUR_TEXT,
	    cx->left + BOX_PAD + BOX_BAR + kw, cx->width - kw - 2 * BOX_PAD -
	    BOX_BAR, 1, &none);
	op_text(&cx->rows[first], cx->left + BOX_PAD + BOX_BAR,
	    baseline(cx, cx->rows[first].h, FONT_BOLD, size), FONT_BOLD, size,
	    COLOUR_TEXT, key, strlen(key));
}

/*
 * "Some parts were due for a check: A (1 October 2026), B (...)." for
 * the printed guides past their recheck-by date, or NULL if none.
 */
static char *
stale_names(const struct lctx *cx)
{
	const struct guide *g;
	char	*s = NULL, *t, *u, day[32];
	size_t	 i, n = 0;

	if (cx->today == NULL)
		return NULL;
	for (i = 0; i < cx->pl->nguides; i++) {
		g = cx->pl->guides[i].guide;
		if (cx->pl->guides[i].later ||
		    strcmp(g->recheck_by, cx->today) >= 0)
			continue;
		u = xasprintf(text_get(T_STALE_ENTRY), g->title,
		    typo_date(g->recheck_by, day, sizeof(day)));
		t = xasprintf("%s%s%s", s != NULL ? s : "",
		    n > 0 ? ", " : "", u);
		free(u);
		free(s);
		s = t;
		n++;
	}
	if (s == NULL)
		return NULL;
	t = xasprintf(text_n(T_STALE_ONE, (long)n), s);
	free(s);
	return t;
}

/* The oldest and newest dates on which the printed items were checked. */
static void
checked_range(const struct plan *pl, char *oldest, char *newest)
{
	const struct plan_item *pi;
	size_t	i, j;

	memcpy(oldest, "9999-99-99", 11);
	memcpy(newest, "0000-00-00", 11);
	for (i = 0; i < pl->nguides; i++)
		for (j = 0; j < pl->guides[i].nitems; j++) {
			pi = &pl->guides[i].items[j];
			if (pi->later)
				continue;
			if (strcmp(pi->item->verified, newest) > 0)
				memcpy(newest, pi->item->verified, 11);
			if (strcmp(pi->item->verified, oldest) < 0)
				memcpy(oldest, pi->item->verified, 11);
		}
	/* Nothing printed: the guides' own date. */
	if (strcmp(oldest, newest) > 0) {
		memcpy(oldest, pl->verified, 11);
		memcpy(newest, pl->verified, 11);
	}
}

/* How many steps "Start here" names: three to five. */
#define FIRST_MIN	3
#define FIRST_MAX	5

/*
 * The few steps that protect this person most, in the order to do
 * them, each with its code, time and page: the plan in brief.  Every
 * step of priority 1 or 2 up to five, and at least three.
 */
static void
start_here_add(struct lctx *cx, const struct pagemap *pm)
{
	static const struct box start_box = {
		COLOUR_CAVEAT_FILL, COLOUR_ACCENT
	};
	const struct template *t = cx->t;
	const struct plan_item *first[FIRST_MAX];
	struct srcpos	 none = { NULL, 0, 0 };
	struct row	*r;
	size_t		 n, i, k;
	double		 x = cx->left + BOX_BAR + BOX_PAD, w, pw, nw;
	double		 size = t->size[SIZE_BODY];
	char		*s, *d, page[32], num[16];
	int		 minutes = 0;

	n = plan_first_steps(cx->pl, first, FIRST_MAX);
	for (k = 0; k < n; k++)
		if (k >= FIRST_MIN && (first[k]->item->priority > 2 ||
		    first[k]->item->only_if != NULL))
			break;
	n = k;
	if (n == 0)
		return;
	w = cx->width - 2 * BOX_PAD - BOX_BAR;
	/* Room for the widest number of the list and a space. */
	snprintf(num, sizeof(num), text_get(T_NUMBER), (int)n);
	nw = str_width(cx, FONT_BOLD, size, num) + str_width(cx, FONT_BOLD,
	    size, " ");
	cx->box = &start_box;
	space_add(cx, BOX_PAD, 1);
	text_add(cx, text_get(T_START_HERE), FONT_BOLD, t->size[SIZE_SMALL],
	    COLOUR_ACCENT, x, w, 1, &none);
	space_add(cx, 3, 1);
	text_add(cx, text_n(T_START_ONE, (long)n),
	    FONT_REGULAR, size, COLOUR_TEXT, x, w, 1, &none);
	for (i = 0; i < n; i++) {
		minutes += first[i]->item->minutes;
		space_add(cx, 4, 1);
		snprintf(page, sizeof(page), text_get(T_PAGE),
		    pm->offset + pm->step[first[i]->number] + 1);
		pw = cx->m->width(cx->m->arg, FONT_REGULAR, size, page,
		    strlen(page));
		/*
		 * Numbered in the order to do them, which is not the order
		 * of the sections: each names its step number and code, as
		 * the step is printed.
		 */
		s = first[i]->item->minutes > 0 ?
		    xasprintf(text_get(T_START_STEP), first[i]->item->title,
		    first[i]->number, first[i]->code,
		    first[i]->item->minutes) :
		    xasprintf(text_get(T_START_STEP_UNTIMED),
		    first[i]->item->title, first[i]->number, first[i]->code);
		/* The number hangs: a second line starts under the title. */
		k = text_add(cx, s, FONT_BOLD, size, COLOUR_TEXT, x + nw,
		    w - nw - pw - 12, 1, &first[i]->item->pos);
		free(s);
		r = &cx->rows[k];
		snprintf(num, sizeof(num), text_get(T_NUMBER),
		    (int)i + 1);
		op_text(r, x, baseline(cx, r->h, FONT_BOLD, size), FONT_BOLD,
		    size, COLOUR_TEXT, num, strlen(num));
		op_text(r, x + w - pw, baseline(cx, r->h, FONT_REGULAR, size),
		    FONT_REGULAR, size, COLOUR_MUTED, page, strlen(page));
		if (first[i]->item->why_first != NULL)
			text_add(cx, first[i]->item->why_first, FONT_REGULAR,
			    t->size[SIZE_SMALL], COLOUR_MUTED, x + nw,
			    w - nw, 1, &first[i]->item->pos);
	}
	space_add(cx, 5, 1);
	d = typo_duration(minutes, 0);
	s = xasprintf(text_get(T_TOGETHER), d);
	text_add(cx, s, FONT_BOLD, t->size[SIZE_SMALL], COLOUR_TEXT, x, w, 1,
	    &none);
	free(s);
	free(d);
	space_add(cx, BOX_PAD, 0);
	cx->box = NULL;
}

/*
 * What it all takes: the steps for everyone, apart from those needed
 * only in some cases, and those a time budget left for later.
 */
static void
totals_add(struct lctx *cx, const struct pagemap *pm)
{
	const struct template *t = cx->t;
	const struct plan *pl = cx->pl;
	struct srcpos	 none = { NULL, 0, 0 };
	char		*s, *d, *e, *b;
	int		 n = pl->nsteps - pl->nsteps_if;

	d = typo_duration(pl->minutes, 0);
	s = xasprintf(text_n(T_TOTAL_ONE, n), n, d);
	free(d);
	text_add(cx, s, FONT_BOLD, t->size[SIZE_BODY], COLOUR_TEXT,
	    cx->left, cx->width, 1, &none);
	free(s);
	if (pl->nsteps_if > 0) {
		d = typo_duration(pl->minutes_if, 0);
		s = xasprintf(text_n(T_TOTAL_IF_ONE, pl->nsteps_if),
		    pl->nsteps_if, d);
		free(d);
		text_add(cx, s, FONT_REGULAR, t->size[SIZE_BODY], COLOUR_TEXT,
		    cx->left, cx->width, 1, &none);
		free(s);
	}
	if (pl->nlater > 0) {
		b = typo_duration(pl->budget, 1);
		d = typo_duration(pl->minutes_later, 0);
		e = xasprintf(text_get(T_PAGE), pm->offset + pm->later + 1);
		s = xasprintf(text_n(T_BUDGET_ONE, pl->nlater), b,
		    pl->nlater, d, e);
		free(b);
		free(d);
		free(e);
		text_add(cx, s, FONT_REGULAR, t->size[SIZE_BODY], COLOUR_TEXT,
		    cx->left, cx->width, 1, &none);
		free(s);
	}
}

void
cover_add(struct lctx *cx, const struct cover *cv, const struct pagemap *pm)
{
	static const struct box who_box = {
		COLOUR_RIGHT_FILL, COLOUR_RIGHT_RULE
	};
	const struct template *t = cx->t;
	const struct profile *p = cx->pl->profile;
	const struct plan *pl = cx->pl;
	struct srcpos	 none = { NULL, 0, 0 };
	struct row	*r;
	char		*s, *title, num[32];
	char		 day[32], day2[32], oldest[11], newest[11];
	size_t		 i;
	double		 nw;

	text_add(cx, text_get(T_RUNNING_HEAD), FONT_BOLD,
	    t->size[SIZE_SMALL], COLOUR_ACCENT, cx->left, cx->width, 1,
	    &none);
	space_add(cx, 8, 1);
	if (p->show_on_cover)
		title = p->name != NULL ?
		    xasprintf(text_get(T_TITLE_NAMED), p->name) :
		    xstrdup(text_get(T_TITLE_YOURS));
	else
		title = xasprintf(text_get(T_TITLE_HANDOUT),
		    p->country != NULL ? p->country->name :
		    region_name(p->region));
	text_add(cx, title, FONT_BOLD, t->size[SIZE_TITLE], COLOUR_TEXT,
	    cx->left, cx->width, 1, &none);
	free(title);
	space_add(cx, 6, 1);
	checked_range(pl, oldest, newest);
	if (strcmp(oldest, newest) == 0)
		s = xasprintf(text_get(T_MADE_ON_ONE_DATE),
		    cv->date, typo_date(oldest, day, sizeof(day)));
	else
		s = xasprintf(text_get(T_MADE_ON_RANGE), cv->date,
		    typo_date(oldest, day, sizeof(day)),
		    typo_date(newest, day2, sizeof(day2)));
	text_add(cx, s, FONT_REGULAR, t->size[SIZE_BODY], COLOUR_MUTED,
	    cx->left, cx->width, 1, &none);
	free(s);
	if ((s = stale_names(cx)) != NULL) {
		space_add(cx, 4, 1);
		text_add(cx, s, FONT_BOLD, t->size[SIZE_BODY], COLOUR_ACCENT,
		    cx->left, cx->width, 1, &none);
		free(s);
	}
	space_add(cx, t->space[SPACE_SECTION], 1);

	cx->box = &who_box;
	space_add(cx, BOX_PAD, 1);
	text_add(cx, text_get(p->show_on_cover ? T_WHO_FOR :
	    T_WHO_FOR_HANDOUT), FONT_BOLD, t->size[SIZE_SMALL],
	    COLOUR_RIGHT_RULE, cx->left + BOX_PAD + BOX_BAR, cx->width, 1,
	    &none);
	space_add(cx, 4, 1);
	if (p->show_on_cover) {
		if (p->name != NULL)
			pair_add(cx, text_get(T_KEY_NAME), p->name);
		if (p->country != NULL) {
			/* "Brazil", not "Brazil (Brazil)". */
			s = strcmp(strip_article(p->country->name),
			    strip_article(region_name(p->region))) == 0 ?
			    xstrdup(strip_article(p->country->name)) :
			    xasprintf(text_get(T_WHERE_COUNTRY),
			    strip_article(p->country->name),
			    strip_article(region_name(p->region)));
			if (p->state != NULL) {
				title = xasprintf(text_get(T_WHERE_STATE),
				    p->state->name, s);
				free(s);
				s = title;
			}
		} else
			s = xasprintf(text_get(T_WHERE_ANYWHERE),
			    region_name(p->region));
		pair_add(cx, text_get(T_KEY_WHERE), s);
		free(s);
		s = p->platforms_given ?
		    declared_join(p->platforms, p->nplatforms, 1) :
		    xstrdup(text_get(T_ALL_PLATFORMS));
		pair_add(cx, text_get(T_KEY_PLATFORMS), s);
		free(s);
		s = p->topics_given ? declared_join(p->topics, p->ntopics, 1) :
		    xstrdup(text_get(T_ALL_TOPICS));
		pair_add(cx, text_get(T_KEY_TOPICS), s);
		free(s);
	} else {
		s = xasprintf(text_get(T_HANDOUT_FOR),
		    p->country != NULL ? p->country->name :
		    region_name(p->region),
		    text_get(p->platforms_given ? T_HANDOUT_PLATFORMS_LISTED :
		    T_HANDOUT_PLATFORMS_ALL),
		    text_get(p->topics_given ? T_HANDOUT_TOPICS_CHOSEN :
		    T_HANDOUT_TOPICS_ALL));
		text_add(cx, s, FONT_REGULAR, t->size[SIZE_BODY], COLOUR_TEXT,
		    cx->left + BOX_PAD + BOX_BAR, cx->width - 2 * BOX_PAD -
		    BOX_BAR, 1, &none);
		free(s);
	}
	space_add(cx, BOX_PAD, 0);
	cx->box = NULL;

	space_add(cx, t->space[SPACE_SECTION] / 2, 1);
	start_here_add(cx, pm);

	space_add(cx, t->space[SPACE_SECTION], 1);
	text_add(cx, text_get(T_HOW_TO_USE), FONT_BOLD,
	    t->size[SIZE_HEADING], COLOUR_ACCENT, cx->left, cx->width, 1,
	    &none);
	space_add(cx, 4, 1);
	{
		static const enum text how[] = {
			T_HOW_STEPS, T_HOW_BOXES, T_HOW_OFFLINE
		};
		for (i = 0; i < sizeof(how) / sizeof(how[0]); i++) {
			/* The heading keeps its first line; then it may break. */
			space_add(cx, 3, i == 0);
			text_add(cx, text_get(how[i]), FONT_REGULAR,
			    t->size[SIZE_BODY],
			    COLOUR_TEXT, cx->left, cx->width, i == 0, &none);
		}
	}
	space_add(cx, 6, 1);
	totals_add(cx, pm);
	/* What is inside may go on, but not with the totals. */
	cx->rows[cx->nrows - 1].keep = 0;

	/* Without a cover page, the sections follow on this page. */
	if (!pm->toc)
		return;
	space_add(cx, t->space[SPACE_SECTION] / 2, 1);
	text_add(cx, text_get(T_WHAT_IS_INSIDE), FONT_BOLD,
	    t->size[SIZE_HEADING],
	    COLOUR_ACCENT, cx->left, cx->width, 1, &none);
	space_add(cx, 4, 1);
	for (i = 0; i < pl->nguides; i++) {
		if (pl->guides[i].later)
			continue;
		snprintf(num, sizeof(num), text_get(T_PAGE),
		    pm->offset + pm->section[i] + 1);
		nw = cx->m->width(cx->m->arg, FONT_REGULAR,
		    t->size[SIZE_BODY], num, strlen(num));
		s = xstrdup(pl->guides[i].guide->title);
		text_add(cx, s, FONT_REGULAR, t->size[SIZE_BODY],
		    COLOUR_TEXT, cx->left, cx->width - nw - 16, 1,
		    &pl->guides[i].guide->pos);
		/* The page number sits on the entry's last line. */
		r = &cx->rows[cx->nrows - 1];
		op_text(r, cx->left + cx->width - nw,
		    baseline(cx, r->h, FONT_REGULAR, t->size[SIZE_BODY]),
		    FONT_REGULAR, t->size[SIZE_BODY], COLOUR_MUTED, num,
		    strlen(num));
		free(s);
		/* The list stays together: it is short, and read as one. */
		space_add(cx, 1, i + 1 < pl->nguides);
	}
}

