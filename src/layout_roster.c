/* SPDX-License-Identifier: ISC */
/*
 * Layout of the facilitator sheet at the front of a workshop pack: a
 * running order for the room (the steps most people share, the most
 * important first), what people need to hand, and for each person the
 * pages of their checklist, their sections and their time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "layout_int.h"
#include "text.h"
#include "typo.h"
#include "xalloc.h"

/* The facilitator sheet always uses the standard look. */
static const struct template roster_template = {
	"roster", 56, 64, 60, 60,
	{ 9.5, 8, 11, 17, 24 },		/* body small item heading title */
	1.35,
	{ 4, 10, 20 },			/* paragraph item section */
	{
		{ 0.10, 0.10, 0.10 }, { 0.35, 0.35, 0.35 },
		{ 0.11, 0.31, 0.48 }, { 0.11, 0.31, 0.48 },
		{ 0.91, 0.94, 0.97 }, { 0.11, 0.31, 0.48 },
		{ 0.96, 0.96, 0.96 }, { 0.54, 0.54, 0.54 },
		{ 0.20, 0.20, 0.20 },
	},
	PART__ALL, 0
};

struct code {
	const struct plan_item	*pi;
	int			 people;
};

/* The running order: most important first, then most shared. */
static int
code_cmp(const void *a, const void *b)
{
	const struct code	*x = a, *y = b;

	if (x->pi->item->priority != y->pi->item->priority)
		return x->pi->item->priority - y->pi->item->priority;
	if ((x->pi->item->only_if != NULL) != (y->pi->item->only_if != NULL))
		return x->pi->item->only_if != NULL ? 1 : -1;
	if (x->people != y->people)
		return y->people - x->people;
	return strcmp(x->pi->code, y->pi->code);
}

static int
int_cmp(const void *a, const void *b)
{
	const int	*x = a, *y = b;

	return (*x > *y) - (*x < *y);
}

/* What a person's printed steps need, as NEED_* bits. */
static unsigned int
needs_of(const struct plan *pl)
{
	unsigned int	 needs = 0;
	size_t		 g, k;

	for (g = 0; g < pl->nguides; g++)
		for (k = 0; k < pl->guides[g].nitems; k++)
			if (!pl->guides[g].items[k].later &&
			    pl->guides[g].items[k].item->only_if == NULL)
				needs |= pl->guides[g].items[k].item->needs;
	return needs;
}

static void
person_add(struct lctx *cx, const struct plan *pl, const char *name,
    size_t n, size_t first, size_t npages)
{
	const struct template *t = cx->t;
	const struct profile *p = pl->profile;
	char	*s, *where, *what, *t2, *d;
	size_t	 i, k;

	where = p->country != NULL ? xasprintf(text_get(T_WHERE_COUNTRY),
	    strip_article(p->country->name), region_code(p->region)) :
	    xstrdup(strip_article(region_name(p->region)));
	if (p->state != NULL) {
		t2 = xasprintf(text_get(T_WHERE_STATE), p->state->name, where);
		free(where);
		where = t2;
	}
	what = p->platforms_given ? declared_join(p->platforms, p->nplatforms, 1) :
	    xstrdup(text_get(T_FS_ALL_PLATFORMS));
	space_add(cx, t->space[SPACE_ITEM], 1);
	s = first > 0 ? xasprintf(text_get(T_FS_PERSON_PAGES), n, name,
	    first, first + npages - 1, text_get(p->paper == PAPER_LETTER ?
	    T_FS_LETTER : T_FS_A4)) : xasprintf(text_get(T_FS_PERSON), n,
	    name);
	text_add(cx, s, FONT_BOLD, t->size[SIZE_BODY], COLOUR_TEXT,
	    cx->left, cx->width, 1, NULL);
	free(s);
	d = typo_duration(pl->minutes, 0);
	s = xasprintf(text_n(T_FS_STEPS_ONE, pl->nsteps - pl->nsteps_if),
	    where, what, pl->nsteps - pl->nsteps_if, d);
	free(d);
	text_add(cx, s, FONT_REGULAR, t->size[SIZE_SMALL], COLOUR_MUTED,
	    cx->left, cx->width, 1, NULL);
	free(s);
	s = xstrdup(text_get(T_FS_SECTIONS));
	for (i = k = 0; i < pl->nguides; i++) {
		if (pl->guides[i].later)
			continue;
		t2 = xasprintf("%s%s %s", s, k++ ? text_get(T_FS_SEP) : "",
		    pl->guides[i].guide->title);
		free(s);
		s = t2;
	}
	text_add(cx, s, FONT_REGULAR, t->size[SIZE_SMALL], COLOUR_TEXT,
	    cx->left, cx->width, 0, NULL);
	free(s);
	free(where);
	free(what);
}

/*
 * Who needs what to hand, one line per need: "Phone: Ana, Bo".  What
 * stops a room most is a phone left at home or a forgotten password.
 */
static void
readiness_add(struct lctx *cx, const struct plan *const *plans,
    const char *const *names, size_t n)
{
	static const enum text needs[] = {
		T_FS_NEED_EMAIL, T_FS_NEED_PHONE, T_FS_NEED_ID,
		T_FS_NEED_ACCOUNT, T_FS_NEED_MONEY
	};
	const struct template *t = cx->t;
	char	*s, *t2;
	size_t	 i, k, who;

	space_add(cx, t->space[SPACE_SECTION], 1);
	text_add(cx, text_get(T_FS_READY), FONT_BOLD,
	    t->size[SIZE_HEADING], COLOUR_ACCENT, cx->left, cx->width, 1,
	    NULL);
	space_add(cx, 4, 1);
	text_add(cx, text_get(T_FS_READY_INTRO), FONT_REGULAR,
	    t->size[SIZE_SMALL],
	    COLOUR_MUTED, cx->left, cx->width, 1, NULL);
	for (k = 0; k < sizeof(needs) / sizeof(needs[0]); k++) {
		s = NULL;
		for (i = who = 0; i < n; i++) {
			if (!(needs_of(plans[i]) & (1u << k)))
				continue;
			t2 = xasprintf("%s%s%s", s != NULL ? s : "",
			    who++ ? text_get(T_R_COMMA) : "", names[i]);
			free(s);
			s = t2;
		}
		if (s == NULL)
			continue;
		t2 = who == n ? xasprintf(text_get(T_FS_NEED_EVERYONE),
		    text_get(needs[k])) : xasprintf(text_get(T_FS_NEED_WHO),
		    text_get(needs[k]), s);
		space_add(cx, 2, 1);
		text_add(cx, t2, FONT_REGULAR, t->size[SIZE_BODY], COLOUR_TEXT,
		    cx->left, cx->width, 0, NULL);
		free(t2);
		free(s);
	}
}

struct layout *
layout_roster(const struct plan *const *plans, const char *const *names,
    size_t n, const char *const *left_out, size_t nleft,
    const char *const *partial, size_t npartial, const struct metrics *m,
    const char *date, const size_t *first_page, const size_t *npages)
{
	const struct template *t = &roster_template;
	struct lctx	 cx;
	struct layout	*l;
	struct code	*codes = NULL;
	size_t		 ncodes = 0, cap = 0, i, g, k, c, longest = 0;
	char		*s, *typical, *most;
	int		*times;

	memset(&cx, 0, sizeof(cx));
	cx.t = t;
	cx.m = m;
	l = xcalloc(1, sizeof(*l));
	l->width = plans[0]->profile->paper == PAPER_LETTER ? 612.0 :
	    595.276;
	l->height = plans[0]->profile->paper == PAPER_LETTER ? 792.0 :
	    841.89;
	cx.left = t->margin_left;
	cx.width = l->width - t->margin_left - t->margin_right;

	times = xcalloc(n, sizeof(*times));
	for (i = 0; i < n; i++) {
		times[i] = plans[i]->minutes;
		if (times[i] > times[longest])
			longest = i;
		for (g = 0; g < plans[i]->nguides; g++)
			for (k = 0; k < plans[i]->guides[g].nitems; k++) {
				const struct plan_item *pi =
				    &plans[i]->guides[g].items[k];

				if (pi->item->kind != ITEM_STEP || pi->later)
					continue;
				for (c = 0; c < ncodes; c++)
					if (codes[c].pi->item == pi->item)
						break;
				if (c == ncodes)
					XAPPEND(codes, ncodes, cap)->pi = pi;
				codes[c].people++;
			}
	}
	if (ncodes > 1)
		qsort(codes, ncodes, sizeof(*codes), code_cmp);
	most = typo_duration(plans[longest]->minutes, 0);
	qsort(times, n, sizeof(*times), int_cmp);
	/* The median: what one person in the middle of the room needs. */
	typical = typo_duration(n % 2 ? times[n / 2] :
	    (times[n / 2 - 1] + times[n / 2]) / 2, 0);
	free(times);

	k = text_add(&cx, text_get(T_FS_TITLE), FONT_BOLD,
	    t->size[SIZE_TITLE], COLOUR_TEXT, cx.left, cx.width, 1, NULL);
	cx.rows[k].mark = xstrdup(text_get(T_FS_TITLE));
	s = xasprintf(text_n(T_FS_INTRO_ONE, (long)n), date, n, typical,
	    names[longest], most);
	free(typical);
	free(most);
	space_add(&cx, 6, 1);
	text_add(&cx, s, FONT_REGULAR, t->size[SIZE_BODY], COLOUR_MUTED,
	    cx.left, cx.width, 0, NULL);
	free(s);

	/* What the room does together, first. */
	space_add(&cx, t->space[SPACE_SECTION], 1);
	text_add(&cx, text_get(T_FS_ORDER), FONT_BOLD,
	    t->size[SIZE_HEADING], COLOUR_ACCENT, cx.left, cx.width, 1, NULL);
	space_add(&cx, 4, 1);
	text_add(&cx, text_get(T_FS_ORDER_INTRO), FONT_REGULAR, t->size[SIZE_SMALL], COLOUR_MUTED, cx.left,
	    cx.width, 1, NULL);
	for (c = 0; c < ncodes; c++) {
		s = xasprintf(text_n(codes[c].pi->item->only_if != NULL ?
		    T_FS_CODE_IF_ONE : T_FS_CODE_ONE, (long)n), c + 1,
		    codes[c].pi->code, codes[c].pi->item->title,
		    codes[c].pi->item->minutes, codes[c].people, n);
		space_add(&cx, 1, 1);
		text_add(&cx, s, FONT_REGULAR, t->size[SIZE_SMALL],
		    COLOUR_TEXT, cx.left, cx.width, 0, NULL);
		free(s);
	}
	free(codes);

	readiness_add(&cx, plans, names, n);

	space_add(&cx, t->space[SPACE_SECTION], 1);
	text_add(&cx, text_get(T_FS_WHO), FONT_BOLD, t->size[SIZE_HEADING],
	    COLOUR_ACCENT, cx.left, cx.width, 1, NULL);
	for (i = 0; i < n; i++)
		person_add(&cx, plans[i], names[i], i + 1,
		    first_page != NULL ? first_page[i] : 0,
		    npages != NULL ? npages[i] : 0);

	/* What a row asked for that no guide knows, and for whom. */
	if (npartial > 0) {
		space_add(&cx, t->space[SPACE_SECTION], 1);
		text_add(&cx, text_get(T_FS_PARTIAL), FONT_BOLD,
		    t->size[SIZE_HEADING], COLOUR_ACCENT, cx.left, cx.width, 1,
		    NULL);
		space_add(&cx, 4, 1);
		text_add(&cx, text_get(T_FS_PARTIAL_INTRO), FONT_REGULAR,
		    t->size[SIZE_SMALL], COLOUR_MUTED, cx.left, cx.width, 0,
		    NULL);
		for (i = 0; i < npartial; i++)
			text_add(&cx, partial[i], FONT_REGULAR,
			    t->size[SIZE_BODY], COLOUR_TEXT, cx.left, cx.width,
			    0, NULL);
	}

	/* Whoever is missing from the pack is named on paper too. */
	if (nleft > 0) {
		space_add(&cx, t->space[SPACE_SECTION], 1);
		text_add(&cx, text_get(T_FS_MISSING), FONT_BOLD,
		    t->size[SIZE_HEADING], COLOUR_ACCENT, cx.left, cx.width, 1,
		    NULL);
		space_add(&cx, 4, 1);
		text_add(&cx, text_get(T_FS_MISSING_INTRO), FONT_REGULAR,
		    t->size[SIZE_SMALL],
		    COLOUR_MUTED, cx.left, cx.width, 0, NULL);
		for (i = 0; i < nleft; i++)
			text_add(&cx, left_out[i], FONT_REGULAR,
			    t->size[SIZE_BODY], COLOUR_TEXT, cx.left, cx.width,
			    0, NULL);
	}

	layout_paginate(l, &cx, text_get(T_FS_FOOTER));
	return l;
}
