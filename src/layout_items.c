/* SPDX-License-Identifier: ISC */
/* Layout of a guide's section: heading, steps, rights, caveats, sources. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout_int.h"
#include "text.h"
#include "typo.h"
#include "xalloc.h"

/* What a step needs, as tags beside its done line, in NEED_* order. */
static const enum text needs[] = {
	T_NEED_EMAIL, T_NEED_PHONE, T_NEED_ID, T_NEED_ACCOUNT, T_NEED_MONEY
};
#define NNEEDS	(sizeof(needs) / sizeof(needs[0]))

/* Room to write a date by hand, as 28/11/2026 or "Nov 28". */
#define DONE_RULE	84.0

/*
 * Width of the mark beside an item's title, with the gap before the
 * title or the text to its right; 0 for a confirmed item.
 */
static double
mark_width(const struct lctx *cx, const struct item *it)
{
	if (!it->unconfirmed)
		return 0;
	return cx->m->width(cx->m->arg, FONT_BOLD, cx->t->size[SIZE_SMALL],
	    text_get(T_NOT_CONFIRMED), strlen(text_get(T_NOT_CONFIRMED))) +
	    12;
}

/* The mark, on the baseline of the title's first row, ending at right. */
static void
mark_add(struct lctx *cx, const struct item *it, size_t row, double right,
    double size)
{
	struct row	*r = &cx->rows[row];
	double		 mw = mark_width(cx, it) - 12;

	if (!it->unconfirmed)
		return;
	op_text(r, right - mw, baseline(cx, r->h, FONT_BOLD, size), FONT_BOLD,
	    cx->t->size[SIZE_SMALL], COLOUR_ACCENT, text_get(T_NOT_CONFIRMED),
	    strlen(text_get(T_NOT_CONFIRMED)));
}

double
layout_qr_size(const struct metrics *m, const char *uri)
{
	int	n;

	if ((n = m->qr_modules(m->arg, uri)) < 0)
		return -1;
	/*
	 * A bigger code would crowd the link's text into a sliver: it is
	 * drawn in this square with smaller modules instead.
	 */
	if (n > QR_MAX_MODULES)
		n = QR_MAX_MODULES;
	return n * QR_MODULE;
}

/*
 * Side of the QR code of an item's link, 0 if it has none or the
 * template draws none.  A link that cannot be encoded was reported
 * before layout.
 */
static double
item_qr_size(const struct lctx *cx, const struct item *it)
{
	double	qs;

	if (it->link == NULL || !(cx->t->parts & PART_QR))
		return 0;
	qs = layout_qr_size(cx->m, it->link);
	return qs > 0 ? qs : 0;
}

/*
 * A QR code beside the text, its foot level with the foot of the last
 * row (the link it encodes), reaching up no higher than row first: a
 * code and its address always share a page.  The rows it spans hold
 * together, and a gap follows if the text beside it is too short.
 */
static void
qr_place(struct lctx *cx, const struct item *it, size_t first, double x,
    double qs)
{
	struct row	*r;
	struct op	*o;
	double		 h = 0;
	size_t		 top = cx->nrows;

	while (top > first && h < qs)
		h += cx->rows[--top].h;
	if (h < qs) {
		row_add(cx, qs - h, 0);
		h = qs;
	}
	r = &cx->rows[top];
	o = XAPPEND(r->ops, r->nops, r->cap);
	o->type = OP_QR;
	o->x = x;
	o->y = h - qs;
	o->w = o->h = qs;
	o->text = xstrdup(it->link);
	for (; top + 1 < cx->nrows; top++)
		cx->rows[top].keep = 1;
}

/* A URL (with an optional label before it), every line clickable. */
static void
link_add(struct lctx *cx, const struct item *it, double x, double w)
{
	struct row	*r;
	size_t		 first, i, j;
	char		*s;
	double		 size = cx->t->size[SIZE_BODY], tw;

	s = typo_link(it->link_label, it->link);
	first = text_add(cx, s, FONT_REGULAR, size, COLOUR_LINK, x, w, 1,
	    &it->pos);
	for (i = first; i < cx->nrows; i++) {
		r = &cx->rows[i];
		for (j = 0; j < r->nops; j++)
			if (r->ops[j].type == OP_TEXT) {
				tw = cx->m->width(cx->m->arg, FONT_REGULAR,
				    size, r->ops[j].text,
				    strlen(r->ops[j].text));
				op_link(r, x, 0, tw, r->h, it->link);
				break;
			}
	}
	free(s);
}

/*** Items ***/

static char *
capitalise_reason(const char *reason)
{
	char	*s;

	s = xasprintf(text_get(T_BECAUSE), reason);
	return s;
}

/* "Sources 1, 3 · checked 2026-11-22" */
static char *
item_meta(const struct plan_item *pi, const int *srcnum, int maxnum)
{
	const struct item *it = pi->item;
	char		*s, *t, *u, day[32];
	size_t		 i;
	int		 first = 1, k;

	/* Cited in the order they are listed under the section. */
	s = xstrdup(srcnum != NULL ? text_get(T_SOURCES_LIST) : "");
	for (k = 1; srcnum != NULL && k <= maxnum; k++)
		for (i = 0; i < it->nsources; i++)
			if (srcnum[it->sources[i]] == k) {
				t = xasprintf("%s%s%d", s, first ? " " : ", ",
				    k);
				free(s);
				s = t;
				first = 0;
				break;
			}
	typo_date(it->verified, day, sizeof(day));
	if (*s != '\0') {
		u = xasprintf(text_get(T_CHECKED), day);
		t = xasprintf("%s%s", s, u);
		free(u);
	} else
		t = xasprintf(text_get(T_CHECKED_ALONE), day);
	free(s);
	return t;
}

/*
 * Reason, paragraphs and link: shared by every item kind.  meta (the
 * line of sources), if given, goes at the right of the reason's row
 * when both fit there; returns 1 if it did, and the caller places it
 * otherwise.
 */
static int
item_body(struct lctx *cx, const struct plan_item *pi, double x, double w,
    const char *meta)
{
	const struct item *it = pi->item;
	const struct template *t = cx->t;
	char		*s;
	size_t		 i, qr_row = 0, first;
	double		 qs, tw, rw, mw;
	int		 placed = 0;

	if (it->only_if != NULL) {
		s = xasprintf(text_get(T_ONLY_IF), it->only_if);
		text_add(cx, s, FONT_BOLD, t->size[SIZE_SMALL], COLOUR_ACCENT,
		    x, w, 1, &it->pos);
		free(s);
	}
	if (pi->reason != NULL) {
		s = capitalise_reason(pi->reason);
		rw = cx->m->width(cx->m->arg, FONT_ITALIC, t->size[SIZE_SMALL],
		    s, strlen(s));
		mw = meta == NULL ? 0 : cx->m->width(cx->m->arg,
		    FONT_REGULAR, t->size[SIZE_SMALL], meta, strlen(meta));
		first = text_add(cx, s, FONT_ITALIC, t->size[SIZE_SMALL],
		    COLOUR_MUTED, x, w, 1, &it->pos);
		if (meta != NULL && rw + 16 + mw <= w) {
			op_text(&cx->rows[first], x + w - mw,
			    baseline(cx, cx->rows[first].h, FONT_REGULAR,
			    t->size[SIZE_SMALL]), FONT_REGULAR,
			    t->size[SIZE_SMALL], COLOUR_MUTED, meta,
			    strlen(meta));
			placed = 1;
		}
		free(s);
	}
	/*
	 * The QR code stands beside the text, from its first paragraph
	 * down, rather than below it: a code's height is saved on every
	 * item with a link.
	 */
	qs = item_qr_size(cx, it);
	tw = qs > 0 ? w - qs - QR_GAP : w;
	for (i = 0; i < it->nparas; i++) {
		space_add(cx, i == 0 ? t->space[SPACE_PARAGRAPH] / 2 :
		    t->space[SPACE_PARAGRAPH], 1);
		if (i == 0)
			qr_row = cx->nrows;
		/*
		 * A long item may break between paragraphs, never inside
		 * one; the first is kept with the title above it (through
		 * the rows before it), the last with the lines below it;
		 * a link and its QR code may start the next page.
		 */
		text_add(cx, it->paras[i], FONT_REGULAR, t->size[SIZE_BODY],
		    COLOUR_TEXT, x, tw, i + 1 == it->nparas && it->link == NULL,
		    &it->para_pos[i]);
	}
	if (it->link != NULL) {
		space_add(cx, t->space[SPACE_PARAGRAPH], 1);
		if (it->nparas == 0)
			qr_row = cx->nrows;
		link_add(cx, it, x, tw);
		if (qs > 0)
			qr_place(cx, it, qr_row, x + w - qs, qs);
	}
	return placed;
}

/* Where the sources start on a step's done line, or -1 if they do not fit. */
static double
done_meta_x(const struct lctx *cx, const struct item *it, double x, double w,
    const char *meta)
{
	const struct template *t = cx->t;
	double		 size = t->size[SIZE_SMALL] * 0.9, tagw = 0;
	double		 mw, lw;
	size_t		 i;

	for (i = 0; i < NNEEDS; i++)
		if (it->needs & (1u << i))
			tagw += str_width(cx, FONT_BOLD, size,
			    text_get(needs[i])) + 12;
	mw = str_width(cx, FONT_REGULAR, t->size[SIZE_SMALL], meta);
	lw = t->parts & PART_DONE_LINE ? str_width(cx, FONT_REGULAR,
	    t->size[SIZE_SMALL], text_get(T_DONE_ON)) + 4 + DONE_RULE + 12 :
	    0;
	return x + lw + mw + 12 > x + w - tagw ? -1 : x + lw;
}

/*
 * What a step needs, as small outlined tags, on the same row as a line
 * to write the date it was done and, if they fit there, the sources;
 * then lines for notes, if wanted.  meta is NULL when the sources were
 * placed with the reason.
 */
static void
done_add(struct lctx *cx, const struct item *it, double x, double w,
    const char *meta)
{
	const struct template *t = cx->t;
	struct row	*r;
	double		 size = t->size[SIZE_SMALL] * 0.9, h, tw, tx, lw;
	double		 mx = -1;
	size_t		 i;
	int		 k;

	/*
	 * The sources share the done line when they fit between the line
	 * and the tags: one row less for every step.  Otherwise they get
	 * their own line above it.
	 */
	if (meta != NULL && (mx = done_meta_x(cx, it, x, w, meta)) < 0) {
		space_add(cx, t->space[SPACE_PARAGRAPH] / 2, 1);
		text_add(cx, meta, FONT_REGULAR, t->size[SIZE_SMALL],
		    COLOUR_MUTED, x, w, 1, &it->pos);
		meta = NULL;
	}
	if (!(t->parts & PART_DONE_LINE) && it->needs == 0 &&
	    t->note_lines == 0 && meta == NULL)
		return;
	space_add(cx, t->space[SPACE_PARAGRAPH], 1);
	h = line_height(cx, t->size[SIZE_SMALL]) + 6;
	r = row_add(cx, h, t->note_lines > 0);
	if (t->parts & PART_DONE_LINE) {
		lw = str_width(cx, FONT_REGULAR, t->size[SIZE_SMALL],
		    text_get(T_DONE_ON));
		op_text(r, x, h - 4, FONT_REGULAR, t->size[SIZE_SMALL],
		    COLOUR_MUTED, text_get(T_DONE_ON),
		    strlen(text_get(T_DONE_ON)));
		op_rect(r, OP_RULE, x + lw + 4, h - 3.5, DONE_RULE, 0, 0.5,
		    COLOUR_MUTED);
	}
	if (meta != NULL)
		op_text(r, mx, h - 4, FONT_REGULAR, t->size[SIZE_SMALL],
		    COLOUR_MUTED, meta, strlen(meta));
	/* Tags right-aligned, last need rightmost. */
	tx = x + w;
	for (i = NNEEDS; i-- > 0; ) {
		if (!(it->needs & (1u << i)))
			continue;
		tw = str_width(cx, FONT_BOLD, size, text_get(needs[i]));
		tx -= tw + 8;
		op_rect(r, OP_STROKE, tx, h - size - 5, tw + 6, size + 4,
		    0.6, COLOUR_MUTED);
		op_text(r, tx + 3, h - 4.5, FONT_BOLD, size, COLOUR_MUTED,
		    text_get(needs[i]), strlen(text_get(needs[i])));
		tx -= 4;
	}
	for (k = 0; k < t->note_lines; k++) {
		r = row_add(cx, 18, k + 1 < t->note_lines);
		op_rect(r, OP_RULE, x, 16, w, 0, 0.4, COLOUR_MUTED);
		if (k == 0)
			op_text(r, x, 13, FONT_ITALIC, t->size[SIZE_SMALL],
			    COLOUR_MUTED, text_get(T_NOTES),
			    strlen(text_get(T_NOTES)));
	}
}

static void
step_add(struct lctx *cx, const struct plan_item *pi, const int *srcnum)
{
	const struct template *t = cx->t;
	const struct item *it = pi->item;
	struct row	*r;
	char		 num[16], *right, *s;
	double		 size = t->size[SIZE_ITEM], h, rw, x, nw, indent;
	double		 mw;
	size_t		 first;
	int		 on_done, placed;

	/*
	 * The text starts after room for the widest number of the plan at
	 * this type size; numbers are right-aligned in that room, so 9.
	 * and 10. (or 99. and 100.) line up on the full stop.
	 */
	nw = cx->m->width(cx->m->arg, FONT_BOLD, size, "888.",
	    cx->pl->nsteps >= 100 ? 4 : 3);
	snprintf(num, sizeof(num), text_get(T_NUMBER), pi->number);
	indent = CHECKBOX(t) + 5 + nw + 6;
	if (indent < INDENT)
		indent = INDENT;
	right = it->minutes > 0 ?
	    xasprintf(text_get(T_STEP_MINUTES), pi->code, it->minutes) :
	    xstrdup(pi->code);
	rw = cx->m->width(cx->m->arg, FONT_REGULAR, t->size[SIZE_SMALL],
	    right, strlen(right));
	x = cx->left + indent;
	mw = mark_width(cx, it);
	s = xasprintf("%s %s", num, it->title);
	cont_add(cx, s);
	free(s);

	first = text_add(cx, it->title, FONT_BOLD, size, COLOUR_TEXT, x,
	    cx->width - indent - rw - 12 - mw, 1, &it->pos);
	if (cx->step_row != NULL)
		cx->step_row[pi->number] = first;
	mark_add(cx, it, first, cx->left + cx->width - rw - 12, size);
	r = &cx->rows[first];
	h = r->h;
	op_rect(r, OP_STROKE, cx->left + 0.5, (h - CHECKBOX(t)) / 2,
	    CHECKBOX(t), CHECKBOX(t), 0.9, COLOUR_BOX);
	op_text(r, x - 6 - cx->m->width(cx->m->arg, FONT_BOLD, size, num,
	    strlen(num)), baseline(cx, h, FONT_BOLD, size), FONT_BOLD, size,
	    COLOUR_ACCENT, num, strlen(num));
	/* On the title's baseline. */
	op_text(r, cx->left + cx->width - rw, baseline(cx, h, FONT_BOLD, size),
	    FONT_REGULAR, t->size[SIZE_SMALL], COLOUR_MUTED, right,
	    strlen(right));
	free(right);

	/* The sources go on the done line, or else beside the reason. */
	s = item_meta(pi, t->parts & PART_SOURCES ? srcnum : NULL, cx->nsrc);
	on_done = done_meta_x(cx, it, x, cx->width - indent, s) >= 0;
	placed = item_body(cx, pi, x, cx->width - indent, on_done ? NULL : s);
	letter_note_add(cx, pi, x, cx->width - indent);
	done_add(cx, it, x, cx->width - indent, placed ? NULL : s);
	free(s);
	cx->item = 0;
}

/*
 * Put meta (a box's sources) at the right end of the last line of text,
 * on its baseline, when the line leaves room: a row saved in every box
 * whose last line is short.  Returns 1 if it did.
 */
static int
meta_at_end(struct lctx *cx, const char *meta, double right)
{
	const struct template *t = cx->t;
	struct row	*r;
	const struct op	*o = NULL;
	double		 mw, end;
	size_t		 i;

	if (meta == NULL || cx->nrows == 0)
		return 0;
	r = &cx->rows[cx->nrows - 1];
	/*
	 * Only a plain line of text (the box's fills aside): not a link,
	 * not beside a QR code.
	 */
	for (i = 0; i < r->nops; i++) {
		if (r->ops[i].type == OP_FILL)
			continue;
		if (r->ops[i].type != OP_TEXT || o != NULL)
			return 0;
		o = &r->ops[i];
	}
	if (o == NULL)
		return 0;
	end = o->x + str_width(cx, o->font, o->size, o->text);
	mw = str_width(cx, FONT_REGULAR, t->size[SIZE_SMALL], meta);
	if (end + 24 + mw > right)
		return 0;
	op_text(r, right - mw, o->y, FONT_REGULAR, t->size[SIZE_SMALL],
	    COLOUR_MUTED, meta, strlen(meta));
	return 1;
}

static void
boxed_add(struct lctx *cx, const struct plan_item *pi, const int *srcnum)
{
	static const struct box right_box = {
		COLOUR_RIGHT_FILL, COLOUR_RIGHT_RULE
	};
	static const struct box caveat_box = {
		COLOUR_CAVEAT_FILL, COLOUR_CAVEAT_RULE
	};
	const struct template *t = cx->t;
	const struct item *it = pi->item;
	char		*label, *s;
	size_t		 first;
	enum colour	 lc;
	double		 lw, mw;
	double		 x = cx->left + BOX_BAR + BOX_PAD;
	double		 w = cx->width - BOX_BAR - 2 * BOX_PAD;

	cx->box = it->kind == ITEM_RIGHT ? &right_box : &caveat_box;
	cont_add(cx, it->title);
	space_add(cx, BOX_PAD, 1);
	label = it->kind == ITEM_RIGHT ?
	    xasprintf(text_get(T_YOUR_RIGHT), it->law) :
	    xstrdup(text_get(T_KEEP_IN_MIND));
	lc = it->kind == ITEM_RIGHT ? COLOUR_RIGHT_RULE : COLOUR_MUTED;
	lw = cx->m->width(cx->m->arg, FONT_BOLD, t->size[SIZE_SMALL], label,
	    strlen(label));
	/*
	 * The label stands at the right of the title's first line, as a
	 * step's code does, unless it would squeeze the title: a long
	 * citation gets its own line above.
	 */
	if (lw > w * 0.4) {
		text_add(cx, label, FONT_BOLD, t->size[SIZE_SMALL], lc, x, w,
		    1, &it->pos);
		space_add(cx, 2, 1);
		lw = 0;
	}
	mw = mark_width(cx, it);
	first = text_add(cx, it->title, FONT_BOLD, t->size[SIZE_ITEM],
	    COLOUR_TEXT, x, w - mw - (lw > 0 ? lw + 12 : 0), 1, &it->pos);
	mark_add(cx, it, first, x + w - (lw > 0 ? lw + 12 : 0),
	    t->size[SIZE_ITEM]);
	if (lw > 0)
		op_text(&cx->rows[first], x + w - lw,
		    baseline(cx, cx->rows[first].h, FONT_BOLD,
		    t->size[SIZE_ITEM]), FONT_BOLD, t->size[SIZE_SMALL], lc,
		    label, strlen(label));
	free(label);
	s = item_meta(pi, t->parts & PART_SOURCES ? srcnum : NULL, cx->nsrc);
	if (!item_body(cx, pi, x, w, s) && !meta_at_end(cx, s, x + w)) {
		space_add(cx, t->space[SPACE_PARAGRAPH] / 2, 1);
		text_add(cx, s, FONT_REGULAR, t->size[SIZE_SMALL],
		    COLOUR_MUTED, x, w, 1, &it->pos);
	}
	free(s);
	space_add(cx, BOX_PAD, 0);
	cx->box = NULL;
	cx->item = 0;
}

/*** Sections ***/

void
section_add(struct lctx *cx, const struct plan_guide *pg)
{
	const struct template *t = cx->t;
	const struct guide *g = pg->guide;
	const int	*srcnum = cx->srcnum[pg - cx->pl->guides];
	struct row	*r;
	size_t		 i, k, first;
	char		*s, day[32];

	if (pg->later)
		return;

	space_add(cx, t->space[SPACE_SECTION], 1);
	first = text_add(cx, g->title, FONT_BOLD, t->size[SIZE_HEADING],
	    COLOUR_ACCENT, cx->left, cx->width, 1, &g->pos);
	cx->rows[first].mark = xstrdup(g->title);
	if (cx->section_row != NULL)
		cx->section_row[pg - cx->pl->guides] = first;
	space_add(cx, 4, 1);
	r = row_add(cx, 6, 1);
	op_rect(r, OP_RULE, cx->left, 1, cx->width, 0, 0.8, COLOUR_ACCENT);
	if (cx->today != NULL && strcmp(g->recheck_by, cx->today) < 0) {
		s = xasprintf(text_get(T_SECTION_STALE),
		    typo_date(g->recheck_by, day, sizeof(day)));
		text_add(cx, s, FONT_BOLD, t->size[SIZE_SMALL], COLOUR_ACCENT,
		    cx->left, cx->width, 1, &g->pos);
		free(s);
		space_add(cx, t->space[SPACE_PARAGRAPH], 1);
	}
	if (pg->reason != NULL) {
		s = xasprintf(text_get(T_FOR_YOU_BECAUSE), pg->reason);
		text_add(cx, s, FONT_ITALIC, t->size[SIZE_SMALL],
		    COLOUR_MUTED, cx->left, cx->width, 1, &g->pos);
		free(s);
		space_add(cx, t->space[SPACE_PARAGRAPH], 1);
	}
	text_add(cx, g->summary, FONT_REGULAR, t->size[SIZE_BODY],
	    COLOUR_TEXT, cx->left, cx->width, 1, &g->pos);

	for (i = 0, k = 0; i < pg->nitems; i++) {
		if (pg->items[i].later)
			continue;
		space_add(cx, t->space[SPACE_ITEM], k++ == 0);
		if (pg->items[i].item->kind == ITEM_STEP)
			step_add(cx, &pg->items[i], srcnum);
		else
			boxed_add(cx, &pg->items[i], srcnum);
	}
}
