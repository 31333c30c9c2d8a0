/* SPDX-License-Identifier: ISC */
/*
 * Layout of the follow-up page: when to do a step again (brokers list
 * people again), and when a reply to a legal request is due.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout_int.h"
#include "text.h"
#include "xalloc.h"

/* "every 3 months", "every 45 days" */
static char *
interval(int days)
{
	if (days % 365 == 0)
		return xasprintf(text_n(T_EVERY_YEAR, days / 365), days / 365);
	if (days % 30 == 0)
		return xasprintf(text_n(T_EVERY_MONTH, days / 30), days / 30);
	if (days % 7 == 0)
		return xasprintf(text_n(T_EVERY_WEEK, days / 7), days / 7);
	return xasprintf(text_n(T_EVERY_DAY, days), days);
}

/* Two write-in fields on one row: "Done on ____   Next check ____". */
static void
fields_add(struct lctx *cx, double x, const char *a, const char *b)
{
	const struct template *t = cx->t;
	struct row	*r;
	double		 size = t->size[SIZE_SMALL], h, w;

	h = line_height(cx, size) + 8;
	r = row_add(cx, h, 0);
	w = cx->m->width(cx->m->arg, FONT_REGULAR, size, a, strlen(a));
	op_text(r, x, h - 4, FONT_REGULAR, size, COLOUR_MUTED, a, strlen(a));
	op_rect(r, OP_RULE, x + w + 4, h - 3.5, 100, 0, 0.5, COLOUR_MUTED);
	x += w + 124;
	w = cx->m->width(cx->m->arg, FONT_REGULAR, size, b, strlen(b));
	op_text(r, x, h - 4, FONT_REGULAR, size, COLOUR_MUTED, b, strlen(b));
	op_rect(r, OP_RULE, x + w + 4, h - 3.5, 100, 0, 0.5, COLOUR_MUTED);
}

static void
entry_add(struct lctx *cx, const struct plan_item *pi, const char *when)
{
	const struct template *t = cx->t;
	char	*s;

	space_add(cx, t->space[SPACE_PARAGRAPH] + 2, 1);
	/* A right with a reply deadline has no number: its law names it. */
	s = pi->item->kind == ITEM_STEP ? xasprintf(text_get(T_FU_STEP),
	    pi->number, pi->item->title, pi->code) : pi->item->law != NULL ?
	    xasprintf(text_get(T_FU_RIGHT), pi->item->title, pi->item->law) :
	    xstrdup(pi->item->title);
	text_add(cx, s, FONT_BOLD, t->size[SIZE_BODY], COLOUR_TEXT,
	    cx->left, cx->width, 1, &pi->item->pos);
	free(s);
	text_add(cx, when, FONT_REGULAR, t->size[SIZE_SMALL], COLOUR_MUTED,
	    cx->left, cx->width, 1, &pi->item->pos);
}

void
followup_add(struct lctx *cx)
{
	const struct template *t = cx->t;
	const struct plan *pl = cx->pl;
	const struct plan_item *pi;
	size_t		 i, j, nre = 0, ndl = 0, first;
	char		*s, *every;
	int		 pass;

	if (!(t->parts & PART_FOLLOW_UP))
		return;
	for (i = 0; i < pl->nguides; i++)
		for (j = 0; j < pl->guides[i].nitems; j++) {
			pi = &pl->guides[i].items[j];
			if (pi->later)
				continue;
			ndl += pi->item->deadline != NULL;
			if (pi->item->kind != ITEM_STEP)
				continue;
			nre += pi->item->recheck_days > 0;
		}
	if (nre + ndl == 0)
		return;

	space_add(cx, t->space[SPACE_SECTION], 1);
	first = text_add(cx, text_get(T_FU_HEADING), FONT_BOLD,
	    t->size[SIZE_HEADING], COLOUR_ACCENT, cx->left, cx->width, 1,
	    NULL);
	cx->rows[first].mark = xstrdup(text_get(T_FU_HEADING));
	space_add(cx, t->space[SPACE_PARAGRAPH], 1);
	/* Say only what the page holds. */
	text_add(cx, text_get(nre == 0 ? T_FU_INTRO_REPLIES : ndl == 0 ?
	    T_FU_INTRO_AGAIN : T_FU_INTRO_BOTH), FONT_REGULAR,
	    t->size[SIZE_BODY], COLOUR_TEXT, cx->left, cx->width, 1, NULL);

	for (pass = 0; pass < 2; pass++) {
		if ((pass == 0 && nre == 0) || (pass == 1 && ndl == 0))
			continue;
		space_add(cx, t->space[SPACE_SECTION] / 2, 1);
		text_add(cx, text_get(pass == 0 ? T_FU_CHECK_AGAIN :
		    T_FU_REQUESTS),
		    FONT_BOLD, t->size[SIZE_ITEM], COLOUR_TEXT, cx->left,
		    cx->width, 1, NULL);
		for (i = 0; i < pl->nguides; i++)
			for (j = 0; j < pl->guides[i].nitems; j++) {
				pi = &pl->guides[i].items[j];
				if (pi->later)
					continue;
				if (pass == 0 && pi->item->kind == ITEM_STEP &&
				    pi->item->recheck_days > 0) {
					every = interval(pi->item->recheck_days);
					s = xasprintf(text_get(T_FU_DO_AGAIN),
					    every);
					entry_add(cx, pi, s);
					fields_add(cx, cx->left,
					    text_get(T_DONE_ON),
					    text_get(T_FU_NEXT_CHECK));
					free(every);
					free(s);
				} else if (pass == 1 &&
				    pi->item->deadline != NULL) {
					s = pi->item->deadline_law != NULL ?
					    xasprintf(text_get(T_FU_DUE_LAW),
					    pi->item->deadline,
					    pi->item->deadline_law) :
					    xasprintf(text_get(T_FU_DUE),
					    pi->item->deadline);
					entry_add(cx, pi, s);
					fields_add(cx, cx->left,
					    text_get(T_FU_SENT_ON),
					    text_get(T_FU_DUE_BY));
					free(s);
				}
			}
	}
}
