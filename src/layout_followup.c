/* SPDX-License-Identifier: ISC */
/*
 * Layout of the follow-up page: when to do a step again (brokers list
 * people again), and when a reply to a legal request is due.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout_int.h"
#include "xalloc.h"

/* "every 3 months", "every 45 days" */
static char *
interval(int days)
{
	if (days % 365 == 0)
		return days == 365 ? xstrdup("every year") :
		    xasprintf("every %d years", days / 365);
	if (days % 30 == 0)
		return days == 30 ? xstrdup("every month") :
		    xasprintf("every %d months", days / 30);
	if (days % 7 == 0)
		return days == 7 ? xstrdup("every week") :
		    xasprintf("every %d weeks", days / 7);
	return xasprintf("every %d days", days);
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
	s = pi->item->kind == ITEM_STEP ? xasprintf("%d. %s (%s)",
	    pi->number, pi->item->title, pi->code) : pi->item->law != NULL ?
	    xasprintf("%s (%s)", pi->item->title, pi->item->law) :
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
	first = text_add(cx, "Follow-up", FONT_BOLD, t->size[SIZE_HEADING],
	    COLOUR_ACCENT, cx->left, cx->width, 1, NULL);
	cx->rows[first].mark = xstrdup("Follow-up");
	space_add(cx, t->space[SPACE_PARAGRAPH], 1);
	/* Say only what the page holds. */
	text_add(cx, nre == 0 ? "Companies have a set time to answer a "
	    "request. Keep track of yours here." : ndl == 0 ?
	    "Some steps do not stay done: people-search sites often list "
	    "you again. Keep track of them here." :
	    "Some steps do not stay done: people-search sites often "
	    "list you again, and companies have a set time to answer a "
	    "request. Keep track of them here.", FONT_REGULAR,
	    t->size[SIZE_BODY], COLOUR_TEXT, cx->left, cx->width, 1, NULL);

	for (pass = 0; pass < 2; pass++) {
		if ((pass == 0 && nre == 0) || (pass == 1 && ndl == 0))
			continue;
		space_add(cx, t->space[SPACE_SECTION] / 2, 1);
		text_add(cx, pass == 0 ? "Check again" : "Requests you sent",
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
					s = xasprintf("Do this again %s.", every);
					entry_add(cx, pi, s);
					fields_add(cx, cx->left, "Done on",
					    "Next check");
					free(every);
					free(s);
				} else if (pass == 1 &&
				    pi->item->deadline != NULL) {
					s = pi->item->deadline_law != NULL ?
					    xasprintf("Reply due within %s. Set "
					    "by %s.", pi->item->deadline,
					    pi->item->deadline_law) :
					    xasprintf("Reply due within %s.",
					    pi->item->deadline);
					entry_add(cx, pi, s);
					fields_add(cx, cx->left, "Sent on",
					    "Reply due by");
					free(s);
				}
			}
	}
}
