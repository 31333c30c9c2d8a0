/* SPDX-License-Identifier: ISC */
/* Layout of the cover: who it is for, how to use it, what is inside. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "layout_int.h"
#include "xalloc.h"

static void
pair_add(struct lctx *cx, const char *key, const char *value)
{
	const struct template *t = cx->t;
	struct srcpos	 none = { NULL, 0, 0 };
	double		 kw, size = t->size[SIZE_BODY];
	size_t		 first;

	/* The value column starts after the widest key, at any type size. */
	kw = cx->m->width(cx->m->arg, FONT_BOLD, size, "Where you live", 14) +
	    size;

	first = text_add(cx, value, FONT_REGULAR, size, COLOUR_TEXT,
	    cx->left + BOX_PAD + BOX_BAR + kw, cx->width - kw - 2 * BOX_PAD -
	    BOX_BAR, 1, &none);
	op_text(&cx->rows[first], cx->left + BOX_PAD + BOX_BAR,
	    baseline(cx, cx->rows[first].h, FONT_BOLD, size), FONT_BOLD, size,
	    COLOUR_TEXT, key, strlen(key));
}

void
cover_add(struct lctx *cx, const struct cover *cv, size_t first_page,
    const size_t *section_pages)
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
	size_t		 i;
	double		 nw;

	text_add(cx, "rightsheet · privacy checklist", FONT_BOLD,
	    t->size[SIZE_SMALL], COLOUR_ACCENT, cx->left, cx->width, 1,
	    &none);
	space_add(cx, 8, 1);
	if (p->show_on_cover)
		title = p->name != NULL ?
		    xasprintf("A privacy checklist for %s", p->name) :
		    xstrdup("Your privacy checklist");
	else
		title = xasprintf("Privacy checklist for people in %s",
		    p->country != NULL ? p->country->name :
		    region_name(p->region));
	text_add(cx, title, FONT_BOLD, t->size[SIZE_TITLE], COLOUR_TEXT,
	    cx->left, cx->width, 1, &none);
	free(title);
	space_add(cx, 6, 1);
	s = xasprintf("Made on %s. The guides in it were checked on %s.",
	    cv->date, pl->verified);
	text_add(cx, s, FONT_REGULAR, t->size[SIZE_BODY], COLOUR_MUTED,
	    cx->left, cx->width, 1, &none);
	free(s);
	space_add(cx, t->space[SPACE_SECTION], 1);

	cx->box = &who_box;
	space_add(cx, BOX_PAD, 1);
	text_add(cx, p->show_on_cover ? "WHO THIS IS FOR" :
	    "WHO THIS HANDOUT IS FOR", FONT_BOLD, t->size[SIZE_SMALL],
	    COLOUR_RIGHT_RULE, cx->left + BOX_PAD + BOX_BAR, cx->width, 1,
	    &none);
	space_add(cx, 4, 1);
	if (p->show_on_cover) {
		if (p->name != NULL)
			pair_add(cx, "Name", p->name);
		if (p->country != NULL) {
			s = xasprintf("%s (%s)",
			    strip_article(p->country->name),
			    strip_article(region_name(p->region)));
			if (p->state != NULL) {
				title = xasprintf("%s, %s", p->state->name, s);
				free(s);
				s = title;
			}
		} else
			s = xasprintf("Anywhere in %s",
			    region_name(p->region));
		pair_add(cx, "Where you live", s);
		free(s);
		s = p->platforms_given ?
		    declared_join(p->platforms, p->nplatforms, 1) :
		    xstrdup("All the platforms these guides cover");
		pair_add(cx, "Platforms", s);
		free(s);
		s = p->topics_given ? declared_join(p->topics, p->ntopics, 1) :
		    xstrdup("All topics");
		pair_add(cx, "Topics", s);
		free(s);
	} else {
		s = xasprintf("Anyone who lives in %s. It covers %s and %s.",
		    p->country != NULL ? p->country->name :
		    region_name(p->region),
		    p->platforms_given ? "the platforms listed inside" :
		    "every platform these guides know",
		    p->topics_given ? "the chosen topics" : "every topic");
		text_add(cx, s, FONT_REGULAR, t->size[SIZE_BODY], COLOUR_TEXT,
		    cx->left + BOX_PAD + BOX_BAR, cx->width - 2 * BOX_PAD -
		    BOX_BAR, 1, &none);
		free(s);
	}
	space_add(cx, BOX_PAD, 0);
	cx->box = NULL;

	space_add(cx, t->space[SPACE_SECTION], 1);
	text_add(cx, "How to use this checklist", FONT_BOLD,
	    t->size[SIZE_HEADING], COLOUR_ACCENT, cx->left, cx->width, 1,
	    &none);
	space_add(cx, 4, 1);
	{
		static const char *const how[] = {
			"Work through the numbered steps in order. Tick the "
			"box when a step is done and write the date on its "
			"line, so you know when to check again.",
			"Blue boxes tell you what the law gives you. Grey "
			"boxes say what a step does not do, or what is not "
			"certain.",
			"Each step says why it is in your checklist. Links are "
			"printed in full, so you can type them into a browser.",
			"Nothing about you left this computer to make this "
			"checklist.",
		};
		for (i = 0; i < sizeof(how) / sizeof(how[0]); i++) {
			/* The heading keeps its first line; then it may break. */
			space_add(cx, 3, i == 0);
			text_add(cx, how[i], FONT_REGULAR, t->size[SIZE_BODY],
			    COLOUR_TEXT, cx->left, cx->width, i == 0, &none);
		}
	}
	space_add(cx, 6, 1);
	s = xasprintf("%d steps, about %d minutes in all. You do not have to "
	    "do them in one sitting.", pl->nsteps, pl->minutes);
	text_add(cx, s, FONT_BOLD, t->size[SIZE_BODY], COLOUR_TEXT,
	    cx->left, cx->width, 0, &none);
	free(s);

	/* Without a cover page, the sections follow on this page. */
	if (section_pages == NULL)
		return;
	space_add(cx, t->space[SPACE_SECTION], 1);
	text_add(cx, "What is inside", FONT_BOLD, t->size[SIZE_HEADING],
	    COLOUR_ACCENT, cx->left, cx->width, 1, &none);
	space_add(cx, 4, 1);
	for (i = 0; i < pl->nguides; i++) {
		snprintf(num, sizeof(num), "page %zu",
		    first_page + section_pages[i] + 1);
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
		space_add(cx, 2, i + 1 < pl->nguides);
	}
}

