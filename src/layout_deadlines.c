/* SPDX-License-Identifier: ISC */
/*
 * Layout of the requests and deadlines page: for each letter printed,
 * when and how it went out, when the reply is due by law, and where to
 * complain after that; then an evidence log to fill in.  It comes after
 * the follow-up page (layout_followup.c), which keeps the steps with a
 * recheck period or a reply deadline of their own; this page is for
 * the letters.  Also the line under a step that sends a letter.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout_int.h"
#include "text.h"
#include "typo.h"
#include "xalloc.h"

/* The page of the pick for letter l, 1-based, or 0. */
static size_t
pick_page(const struct lctx *cx, const struct letter *l)
{
	size_t	i;

	for (i = 0; i < cx->npicks; i++)
		if (cx->picks[i].letter == l)
			return cx->pick_page != NULL ? cx->pick_page[i] : 0;
	return 0;
}

void
letter_note_add(struct lctx *cx, const struct plan_item *pi, double x,
    double w)
{
	const struct template *t = cx->t;
	const struct letter *l;
	size_t		 page;
	char		*s;

	if (pi->item->letter == NULL || cx->gs == NULL ||
	    (l = guideset_letter(cx->gs, pi->item->letter)) == NULL ||
	    letter_variant(l, cx->pl->profile) == NULL)
		return;
	space_add(cx, t->space[SPACE_PARAGRAPH] / 2, 1);
	/*
	 * Named by its reference, which its pages carry: the letters have
	 * page numbers of their own, apart from the checklist's.
	 */
	if ((page = pick_page(cx, l)) > 0)
		s = xasprintf(text_get(T_LETTER_ON_PAGE), l->ref, l->title);
	else
		s = xasprintf(text_get(T_LETTER_READY), l->title);
	text_add(cx, s, FONT_BOLD, t->size[SIZE_SMALL], COLOUR_ACCENT, x, w,
	    1, &pi->item->pos);
	free(s);
}

/* A small box to tick, then its label: returns the x after it. */
static double
tick(struct lctx *cx, struct row *r, double x, double base,
    const char *label)
{
	double	size = cx->t->size[SIZE_SMALL], side = size * 0.8;

	op_rect(r, OP_STROKE, x, base - side, side, side, 0.6, COLOUR_BOX);
	x += side + 3;
	op_text(r, x, base, FONT_REGULAR, size, COLOUR_TEXT, label,
	    strlen(label));
	return x + cx->m->width(cx->m->arg, FONT_REGULAR, size, label,
	    strlen(label)) + 10;
}

/* "Sent on ______ (or the date) by [] post [] e-mail [] form" */
static void
sent_add(struct lctx *cx)
{
	const struct template *t = cx->t;
	struct row	*r;
	double		 size = t->size[SIZE_SMALL], h, x = cx->left;
	char		 day[32], *s;
	const char	*by;

	h = line_height(cx, size) + 8;
	r = row_add(cx, h, 1);
	s = cx->sent != NULL ? xasprintf(text_get(T_DL_SENT_ON),
	    typo_date(cx->sent, day, sizeof(day))) :
	    xstrdup(text_get(T_DL_SENT));
	op_text(r, x, h - 4, FONT_REGULAR, size, COLOUR_TEXT, s, strlen(s));
	x += cx->m->width(cx->m->arg, FONT_REGULAR, size, s, strlen(s)) + 4;
	free(s);
	if (cx->sent == NULL) {
		op_rect(r, OP_RULE, x, h - 3.5, 90, 0, 0.5, COLOUR_BOX);
		x += 94;
	}
	by = text_get(T_DL_BY);
	op_text(r, x, h - 4, FONT_REGULAR, size, COLOUR_TEXT, by, strlen(by));
	x += cx->m->width(cx->m->arg, FONT_REGULAR, size, by, strlen(by)) + 6;
	x = tick(cx, r, x, h - 4, text_get(T_DL_BY_POST));
	x = tick(cx, r, x, h - 4, text_get(T_DL_BY_EMAIL));
	(void)tick(cx, r, x, h - 4, text_get(T_DL_BY_FORM));
}

static void
complaint_add(struct lctx *cx, const struct complaint *c)
{
	const struct template *t = cx->t;
	double		 x = cx->left + 10, w = cx->width - 10;
	size_t		 i;
	char		*s, *u;

	text_add(cx, c->name, FONT_BOLD, t->size[SIZE_SMALL], COLOUR_TEXT, x,
	    w, 1, &c->addr.pos);
	if (c->addr.nlines > 0) {
		s = xstrdup(c->addr.lines[0]);
		for (i = 1; i < c->addr.nlines; i++) {
			u = xasprintf("%s, %s", s, c->addr.lines[i]);
			free(s);
			s = u;
		}
		text_add(cx, s, FONT_REGULAR, t->size[SIZE_SMALL], COLOUR_TEXT,
		    x, w, 1, &c->addr.pos);
		free(s);
	}
	if (c->href != NULL)
		text_add(cx, typo_address(c->href), FONT_REGULAR,
		    t->size[SIZE_SMALL],
		    COLOUR_LINK, x, w, 1, &c->addr.pos);
	if (c->note != NULL)
		text_add(cx, c->note, FONT_REGULAR, t->size[SIZE_SMALL],
		    COLOUR_MUTED, x, w, 1, &c->addr.pos);
}

static void
entry_add(struct lctx *cx, const struct letter_pick *lp, size_t page)
{
	const struct template *t = cx->t;
	const struct variant *v = lp->variant;
	const struct profile *p = cx->pl->profile;
	const struct guide *g = lp->letter->guide;
	const struct source *src;
	char		 due[11], day[32], day2[32], *s;
	const char	*from, *where;
	size_t		 i, k, nc;
	int		 shown[20];	/* the schema allows 20 */
	double		 size = t->size[SIZE_SMALL];

	space_add(cx, t->space[SPACE_ITEM], 1);
	s = page > 0 ? xasprintf(text_get(T_DL_ENTRY), lp->letter->title,
	    page) : xstrdup(lp->letter->title);
	text_add(cx, s, FONT_BOLD, t->size[SIZE_ITEM], COLOUR_TEXT,
	    cx->left, cx->width, 1, &lp->letter->pos);
	free(s);
	s = v->deadline_law != NULL ? xasprintf(text_get(T_DL_LAW_SET_BY),
	    v->law, v->deadline, v->deadline_law) :
	    xasprintf(text_get(T_DL_LAW), v->law, v->deadline);
	text_add(cx, s, FONT_REGULAR, size, COLOUR_TEXT, cx->left, cx->width,
	    1, &v->pos);
	free(s);
	sent_add(cx);

	/* The due date: from the date sent, or from today as an example. */
	from = cx->sent != NULL ? cx->sent : cx->today;
	if (from == NULL || letter_due(v, from, due) == -1)
		s = xstrdup(text_get(v->due_days == 0 && v->due_months == 0 ?
		    T_DL_NO_PERIOD : T_DL_DUE_BLANK));
	else if (cx->sent != NULL)
		s = xasprintf(text_get(T_DL_DUE),
		    typo_date(due, day, sizeof(day)));
	else
		s = xasprintf(text_get(T_DL_DUE_EXAMPLE),
		    typo_date(from, day2, sizeof(day2)),
		    typo_date(due, day, sizeof(day)));
	text_add(cx, s, FONT_BOLD, size, COLOUR_TEXT, cx->left, cx->width, 1,
	    &v->pos);
	free(s);

	/* A fallback only where none is for the place by its "for". */
	nc = v->ncomplaints < 20 ? v->ncomplaints : 20;
	for (i = k = 0; i < nc; i++)
		k += v->complaints[i].nfors > 0 && letter_for(
		    v->complaints[i].fors, v->complaints[i].nfors, p);
	for (i = 0; i < nc; i++)
		shown[i] = v->complaints[i].fallback ? k == 0 :
		    v->complaints[i].nfors == 0 || letter_for(
		    v->complaints[i].fors, v->complaints[i].nfors, p);
	for (i = k = 0; i < nc; i++)
		k += shown[i];
	space_add(cx, 3, 1);
	text_add(cx, text_get(k > 0 ? T_DL_COMPLAIN : T_DL_NO_AUTHORITY),
	    FONT_REGULAR, size, COLOUR_TEXT, cx->left, cx->width, 1, NULL);
	for (i = 0; i < nc; i++)
		if (shown[i])
			complaint_add(cx, &v->complaints[i]);
	if (v->to.nlines > 0) {
		/* The schema requires a source. */
		where = v->to.nsources > 0 ?
		    g->sources[v->to.sources[0]].title : "";
		typo_date(v->to.verified, day, sizeof(day));
		s = v->to.unconfirmed ?
		    xasprintf(text_get(T_DL_ADDRESS_CHECK), day, where) :
		    xasprintf(text_get(T_DL_ADDRESS_FROM), where, day);
		text_add(cx, s, FONT_REGULAR, size, COLOUR_TEXT, cx->left,
		    cx->width, 1, &v->to.pos);
		free(s);
	} else {
		s = xasprintf(text_get(T_DL_WRITE_IN), v->to.write_in);
		text_add(cx, s, FONT_BOLD, size, COLOUR_TEXT, cx->left,
		    cx->width, 1, &v->to.pos);
		free(s);
	}
	space_add(cx, 3, 1);
	for (i = 0; i < v->nsend; i++)
		text_add(cx, v->send[i], FONT_REGULAR, size, COLOUR_TEXT,
		    cx->left, cx->width, 1, &v->pos);
	for (i = 0; i < v->nsources; i++) {
		src = &g->sources[v->sources[i]];
		s = xasprintf(text_get(i == 0 ? T_DL_SOURCE_FIRST :
		    T_DL_SOURCE_MORE), src->title, typo_address(src->href));
		text_add(cx, s, FONT_REGULAR, size * 0.9, COLOUR_MUTED,
		    cx->left, cx->width, i + 1 < v->nsources, &src->pos);
		free(s);
	}
}

/*
 * The evidence log: the columns a regulator's complaint form asks
 * about, and empty rows to fill in.
 */
static void
log_add(struct lctx *cx)
{
	static const enum text head_id[] = {
		T_DL_LOG_DATE, T_DL_LOG_LETTER, T_DL_LOG_SENT_BY,
		T_DL_LOG_REFERENCE, T_DL_LOG_REPLY, T_DL_LOG_ESCALATED
	};
	const char	*head[6];
	static const double share[] = { 0.11, 0.17, 0.16, 0.18, 0.20, 0.18 };
	const struct template *t = cx->t;
	struct row	*r;
	double		 size = t->size[SIZE_SMALL] * 0.9, x, h, w;
	size_t		 i, k, n;
	size_t		*starts, *lens, nl, j;

	for (i = 0; i < 6; i++)
		head[i] = text_get(head_id[i]);
	space_add(cx, t->space[SPACE_SECTION], 1);
	text_add(cx, text_get(T_DL_LOG_HEADING), FONT_BOLD,
	    t->size[SIZE_ITEM], COLOUR_TEXT, cx->left, cx->width, 1, NULL);
	text_add(cx, text_get(T_DL_LOG_INTRO), FONT_REGULAR,
	    t->size[SIZE_SMALL], COLOUR_TEXT, cx->left, cx->width, 1, NULL);
	space_add(cx, 4, 1);
	/* The heading row: as tall as its tallest cell. */
	for (i = 0, n = 1; i < 6; i++) {
		nl = layout_break(cx->m, FONT_BOLD, size, head[i],
		    share[i] * cx->width - 6, &starts, &lens);
		if (nl > n)
			n = nl;
		free(starts);
		free(lens);
	}
	h = n * line_height(cx, size) + 6;
	r = row_add(cx, h, 1);
	for (i = 0, x = cx->left; i < 6; x += w, i++) {
		w = share[i] * cx->width;
		op_rect(r, OP_STROKE, x, 0, w, h, 0.6, COLOUR_BOX);
		nl = layout_break(cx->m, FONT_BOLD, size, head[i], w - 6,
		    &starts, &lens);
		for (j = 0; j < nl; j++)
			op_text(r, x + 3, 3 + cx->m->ascent(cx->m->arg,
			    FONT_BOLD, size) + j * line_height(cx, size),
			    FONT_BOLD, size, COLOUR_TEXT, head[i] + starts[j],
			    lens[j]);
		free(starts);
		free(lens);
	}
	for (k = 0; k < 10; k++) {
		r = row_add(cx, 24, k + 1 < 10);
		for (i = 0, x = cx->left; i < 6; x += w, i++) {
			w = share[i] * cx->width;
			op_rect(r, OP_STROKE, x, 0, w, 24, 0.6, COLOUR_BOX);
		}
	}
}

void
deadlines_add(struct lctx *cx)
{
	const struct template *t = cx->t;
	struct row	*r;
	size_t		 first, i;

	if (cx->npicks == 0)
		return;
	first = text_add(cx, text_get(T_DL_HEADING), FONT_BOLD,
	    t->size[SIZE_HEADING], COLOUR_ACCENT, cx->left, cx->width, 1,
	    NULL);
	r = &cx->rows[first];
	r->newpage = 1;
	r->mark = xstrdup(text_get(T_DL_HEADING));
	space_add(cx, t->space[SPACE_PARAGRAPH], 1);
	text_add(cx, text_get(T_DL_INTRO), FONT_REGULAR, t->size[SIZE_BODY],
	    COLOUR_TEXT, cx->left, cx->width, 0, NULL);
	for (i = 0; i < cx->npicks; i++)
		entry_add(cx, &cx->picks[i], cx->pick_page != NULL ?
		    cx->pick_page[i] : 0);
	log_add(cx);
}
