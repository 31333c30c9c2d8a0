/* SPDX-License-Identifier: ISC */
/*
 * Layout of the facilitator sheet at the front of a workshop pack: who
 * gets which sections and how long it takes them, and the step codes
 * the room will call out, with how many people have each.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "layout_int.h"
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

static int
code_cmp(const void *a, const void *b)
{
	const struct code	*x = a, *y = b;

	return strcmp(x->pi->code, y->pi->code);
}

static void
person_add(struct lctx *cx, const struct plan *pl, const char *name,
    size_t n)
{
	const struct template *t = cx->t;
	const struct profile *p = pl->profile;
	char	*s, *where, *what, *t2;
	size_t	 i;

	where = p->country != NULL ? xasprintf("%s (%s)",
	    strip_article(p->country->name), region_code(p->region)) :
	    xstrdup(strip_article(region_name(p->region)));
	if (p->state != NULL) {
		t2 = xasprintf("%s, %s", p->state->name, where);
		free(where);
		where = t2;
	}
	what = p->platforms_given ? declared_join(p->platforms, p->nplatforms, 1) :
	    xstrdup("all platforms");
	space_add(cx, t->space[SPACE_ITEM], 1);
	s = xasprintf("%zu. %s", n, name);
	text_add(cx, s, FONT_BOLD, t->size[SIZE_BODY], COLOUR_TEXT,
	    cx->left, cx->width, 1, NULL);
	free(s);
	s = xasprintf("%s · %s · %d steps, about %d minutes", where, what,
	    pl->nsteps, pl->minutes);
	text_add(cx, s, FONT_REGULAR, t->size[SIZE_SMALL], COLOUR_MUTED,
	    cx->left, cx->width, 1, NULL);
	free(s);
	s = xstrdup("Sections:");
	for (i = 0; i < pl->nguides; i++) {
		t2 = xasprintf("%s%s %s", s, i ? ";" : "",
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

struct layout *
layout_roster(const struct plan *const *plans, const char *const *names,
    size_t n, const char *const *left_out, size_t nleft,
    const struct metrics *m, const char *date)
{
	const struct template *t = &roster_template;
	struct lctx	 cx;
	struct layout	*l;
	struct code	*codes = NULL;
	size_t		 ncodes = 0, cap = 0, i, g, k, c;
	char		*s;
	int		 minutes = 0;

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

	for (i = 0; i < n; i++) {
		minutes += plans[i]->minutes;
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

	k = text_add(&cx, "Facilitator sheet", FONT_BOLD,
	    t->size[SIZE_TITLE], COLOUR_TEXT, cx.left, cx.width, 1, NULL);
	cx.rows[k].mark = xstrdup("Facilitator sheet");
	s = xasprintf("Made on %s for %zu %s. Each checklist starts on an "
	    "odd page, so double-sided printing keeps people apart. "
	    "Together they hold about %d minutes of steps.", date, n,
	    n == 1 ? "person" : "people", minutes);
	space_add(&cx, 6, 1);
	text_add(&cx, s, FONT_REGULAR, t->size[SIZE_BODY], COLOUR_MUTED,
	    cx.left, cx.width, 0, NULL);
	free(s);

	space_add(&cx, t->space[SPACE_SECTION], 1);
	text_add(&cx, "Who gets what", FONT_BOLD, t->size[SIZE_HEADING],
	    COLOUR_ACCENT, cx.left, cx.width, 1, NULL);
	for (i = 0; i < n; i++)
		person_add(&cx, plans[i], names[i], i + 1);

	/* Whoever is missing from the pack is named on paper too. */
	if (nleft > 0) {
		space_add(&cx, t->space[SPACE_SECTION], 1);
		text_add(&cx, "Not in this pack", FONT_BOLD,
		    t->size[SIZE_HEADING], COLOUR_ACCENT, cx.left, cx.width, 1,
		    NULL);
		space_add(&cx, 4, 1);
		text_add(&cx, "No checklist could be made for these rows of "
		    "the roster; rightsheet said why when it ran. Fix what it "
		    "said and run the batch again, or make their checklists "
		    "one by one.", FONT_REGULAR, t->size[SIZE_SMALL],
		    COLOUR_MUTED, cx.left, cx.width, 0, NULL);
		for (i = 0; i < nleft; i++)
			text_add(&cx, left_out[i], FONT_REGULAR,
			    t->size[SIZE_BODY], COLOUR_TEXT, cx.left, cx.width,
			    0, NULL);
	}

	space_add(&cx, t->space[SPACE_SECTION], 1);
	text_add(&cx, "Step codes to call out", FONT_BOLD,
	    t->size[SIZE_HEADING], COLOUR_ACCENT, cx.left, cx.width, 1, NULL);
	space_add(&cx, 4, 1);
	for (c = 0; c < ncodes; c++) {
		s = xasprintf("%s  %s (%d of %zu)", codes[c].pi->code,
		    codes[c].pi->item->title, codes[c].people, n);
		text_add(&cx, s, FONT_REGULAR, t->size[SIZE_SMALL],
		    COLOUR_TEXT, cx.left, cx.width, 0, NULL);
		free(s);
	}
	free(codes);

	layout_paginate(l, &cx, "rightsheet workshop pack · facilitator sheet");
	return l;
}
