/* SPDX-License-Identifier: ISC */
/*
 * Layout: turns a plan into rows (layout_items.c, layout_cover.c), then
 * cuts the rows into pages and adds the footers.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout_int.h"
#include "text.h"
#include "typo.h"
#include "xalloc.h"

/* Paper sizes in points. */
#define A4_WIDTH	595.276
#define A4_HEIGHT	841.89
#define LETTER_WIDTH	612.0
#define LETTER_HEIGHT	792.0

static struct page *
page_new(struct layout *l)
{
	struct page	*pg;

	l->pages = xreallocarray(l->pages, l->npages + 1, sizeof(*l->pages));
	pg = &l->pages[l->npages++];
	memset(pg, 0, sizeof(*pg));
	/* A blank page for double-sided printing backs the page before. */
	pg->width = l->npages > 1 ? pg[-1].width : l->width;
	pg->height = l->npages > 1 ? pg[-1].height : l->height;
	return pg;
}

static void
row_place(struct layout *l, struct page *pg, struct row *r, double x,
    double y)
{
	struct op	*o;
	struct mark	*mk;
	size_t		 i;

	for (i = 0; i < r->nops; i++) {
		o = XAPPEND(pg->ops, pg->nops, pg->cap);
		*o = r->ops[i];
		o->x += x;
		o->y += y;
		r->ops[i].text = NULL;	/* moved */
	}
	if (r->mark != NULL) {
		l->marks = xreallocarray(l->marks, l->nmarks + 1,
		    sizeof(*l->marks));
		mk = &l->marks[l->nmarks++];
		mk->title = r->mark;
		mk->page = l->npages - 1;
		mk->y = y;
		r->mark = NULL;
	}
}

/* A copy of a continuation row at y: it may be placed on many pages. */
static void
cont_place(struct page *pg, const struct cont *c, double *y)
{
	struct op	*o;
	size_t		 i, k;

	for (i = 0; i < c->nrows; i++) {
		for (k = 0; k < c->rows[i].nops; k++) {
			o = XAPPEND(pg->ops, pg->nops, pg->cap);
			*o = c->rows[i].ops[k];
			o->y += *y;
			if (o->text != NULL)
				o->text = xstrdup(o->text);
		}
		*y += c->rows[i].h;
	}
}

/* Height of rows[i..end) and where the entry that starts at i ends. */
static size_t
entry_end(const struct row *rows, size_t i, size_t end, double *h)
{
	*h = 0;
	while (i < end) {
		*h += rows[i].h;
		if (!rows[i++].keep)
			break;
	}
	return i;
}

/*
 * How much of rows[i..end) one page of two columns of height colh
 * takes: whole entries in the left column up to target, then what fits
 * beside them, not ending in the middle of an entry.  Sets *split (the
 * first row of the right column) and the columns' heights; returns
 * the first row left for the next page.
 */
static size_t
columns_fill(const struct row *rows, size_t i, size_t end, double colh,
    double target, size_t *splitp, double *leftp, double *rightp)
{
	size_t	 k, split, e;
	double	 left, right, eh;

	for (split = i, left = 0; split < end; split = e) {
		e = entry_end(rows, split, end, &eh);
		if (left + eh > colh ||
		    (left > 0 && left + eh / 2 > target))
			break;
		left += eh;
	}
	if (split == i)		/* an entry taller than the column */
		for (; split < end && left + rows[split].h <= colh; split++)
			left += rows[split].h;
	if (split == i)
		split++, left = rows[i].h;
	for (k = split, right = 0; k < end && right + rows[k].h <= colh; k++)
		right += rows[k].h;
	if (k < end && k > split && rows[k - 1].keep) {
		e = k;
		while (e > split && rows[e - 1].keep)
			e--;
		if (e > split)
			for (; k > e; k--)
				right -= rows[k - 1].h;
	}
	*splitp = split;
	*leftp = left;
	*rightp = right;
	return k;
}

/* Give up (take != 0) or give back the air of rows[i..end). */
static void
columns_air(struct row *rows, size_t i, size_t end, int take)
{
	for (; i < end; i++)
		rows[i].h += take ? -rows[i].air : rows[i].air;
}

/*
 * Set the run of column rows rows[i..end) in two columns from y down,
 * page after page: each column filled entry by entry, and on the last
 * page the two balanced.  When the rest would spill a little onto one
 * more page, and without the air between its entries it would not,
 * the air goes: a designer pulls those lines back rather than print a
 * page for them.  Returns the y below the run.
 */
static double
columns_place(struct layout *l, struct page **pg, struct row *rows,
    size_t i, size_t end, double y, double top, double bottom,
    size_t *row_page)
{
	size_t	 k, split, e;
	double	 left, right, rest, air, colh, target;
	int	 squeezed = 0;

	while (i < end) {
		for (rest = 0, air = 0, k = i; k < end; k++) {
			rest += rows[k].h;
			air += squeezed ? 0 : rows[k].air;
		}
		/* Not even one line fits: a new page. */
		if (y + rows[i].h > bottom && y > top) {
			*pg = page_new(l);
			y = top;
		}
		colh = bottom - y;
		target = rest <= 2 * colh ? rest / 2 : colh;
		k = columns_fill(rows, i, end, colh, target, &split, &left,
		    &right);
		if (k < end && air > 0 && rest - air <= 2 * colh) {
			columns_air(rows, i, end, 1);
			k = columns_fill(rows, i, end, colh, (rest - air) / 2,
			    &split, &left, &right);
			if (k == end)
				squeezed = 1;
			else {
				columns_air(rows, i, end, 0);
				k = columns_fill(rows, i, end, colh, target,
				    &split, &left, &right);
			}
		}
		for (e = i; e < split; e++) {
			if (row_page != NULL)
				row_page[e] = l->npages - 1;
			row_place(l, *pg, &rows[e], 0, y);
			y += rows[e].h;
		}
		y -= left;
		for (e = split; e < k; e++) {
			if (row_page != NULL)
				row_page[e] = l->npages - 1;
			row_place(l, *pg, &rows[e], rows[e].column, y);
			y += rows[e].h;
		}
		y += (left > right ? left : right) - right;
		i = k;
		if (i < end) {
			*pg = page_new(l);
			y = top;
		}
	}
	return y;
}

/*
 * A step that does not fit at the foot of a page goes to the next; if
 * a box after it (a right or a caveat) fits in the room left, it moves
 * up to fill it, so that the page is not left part empty.  The box may
 * be the next item, or come after up to FLOAT_STEPS more steps of the
 * same section (what a box says holds for the section's steps around
 * it).  ord[i] is the step's first row; the box's rows move in front
 * of it.  Returns 1 if one moved.
 */
#define FLOAT_STEPS	2

static int
box_float(const struct row *rows, size_t *ord, size_t n, size_t i,
    double room)
{
	size_t	 x = rows[ord[i]].item, b, k, b0, *tmp;
	double	 h = 0;
	int	 steps = 0;

	if (x == 0 || rows[ord[i]].boxed ||
	    (i > 0 && rows[ord[i - 1]].item == x))
		return 0;
	for (k = i;;) {
		for (b = rows[ord[k]].item; k < n && rows[ord[k]].item == b;
		    k++)
			continue;
		while (k < n && rows[ord[k]].item == 0 && rows[ord[k]].space)
			k++;
		/* A section's text or heading (item 0) ends the search. */
		if (k == n || rows[ord[k]].item == 0)
			return 0;
		if (rows[ord[k]].boxed)
			break;
		if (++steps > FLOAT_STEPS)
			return 0;
	}
	b = rows[ord[k]].item;
	for (b0 = k; k < n && rows[ord[k]].item == b; k++)
		h += rows[ord[k]].h;
	if (h > room)
		return 0;
	/* Rotate ord[i..k) so that ord[b0..k) comes first. */
	tmp = xreallocarray(NULL, k - b0, sizeof(*tmp));
	memcpy(tmp, ord + b0, (k - b0) * sizeof(*tmp));
	memmove(ord + i + (k - b0), ord + i, (b0 - i) * sizeof(*ord));
	memcpy(ord + i, tmp, (k - b0) * sizeof(*tmp));
	free(tmp);
	return 1;
}

/*
 * Cut rows into pages between top and bottom.  A chain of kept rows
 * moves whole to a new page when it does not fit; only a chain taller
 * than a page is broken, and then only between rows.  A page that
 * starts inside an item (a step broken between paragraphs) starts with
 * the item's continuation line.  Returns, for each row, the page it
 * went on, through row_page (may be NULL).  Rows are taken in the
 * order ord gives, which box_float() may change.
 */
static void
paginate(struct layout *l, struct row *rows, size_t n, double top,
    double bottom, size_t *row_page, const struct cont *conts)
{
	struct page	*pg;
	struct row	*r;
	size_t		 i, j, end, last = 0, *ord;
	double		 y = top, h;

	ord = xreallocarray(NULL, n + 1, sizeof(*ord));
	for (i = 0; i < n; i++)
		ord[i] = i;
	pg = page_new(l);
	for (i = 0; i < n; i = end) {
		/* Columns (the sources, last) are never reordered. */
		if (rows[ord[i]].column > 0) {
			for (end = i; end < n && rows[ord[end]].column > 0;
			    end++)
				continue;
			y = columns_place(l, &pg, rows, ord[i], ord[i] +
			    (end - i), y, top, bottom, row_page);
			last = 0;
			continue;
		}
		h = 0;
		for (end = i; end < n; end++) {
			/* Columns are set on their own (their heading may
			   still be left at a page's foot). */
			if (rows[ord[end]].column > 0)
				break;
			h += rows[ord[end]].h;
			if (!rows[ord[end]].keep) {
				end++;
				break;
			}
		}
		if (y + h > bottom && y > top && h <= bottom - top &&
		    !rows[ord[i]].newpage &&
		    box_float(rows, ord, n, i, bottom - y)) {
			end = i;
			continue;
		}
		if ((rows[ord[i]].newpage && y > top) ||
		    (y + h > bottom && y > top && h <= bottom - top)) {
			pg = page_new(l);
			y = top;
		}
		for (j = i; j < end; j++) {
			r = &rows[ord[j]];
			if ((y + r->h > bottom || r->newpage) && y > top) {
				pg = page_new(l);
				y = top;
			}
			if (y == top && r->item != 0 && r->item == last &&
			    conts != NULL)
				cont_place(pg, &conts[last - 1], &y);
			/* A gap at the top of a page is wasted space. */
			if (r->space && y == top)
				continue;
			if (row_page != NULL)
				row_page[ord[j]] = l->npages - 1;
			row_place(l, pg, r, 0, y);
			y += r->h;
			last = r->item;
		}
	}
	free(ord);
}

static void
footer_add(struct lctx *cx, struct layout *l, const char *left)
{
	const struct template *t = cx->t;
	struct row	 r;
	char		 right[64];
	double		 y, rw;
	size_t		 i, j;

	/* The baseline sits high enough for descenders to clear the margin. */
	y = l->height - t->margin_bottom - t->size[SIZE_SMALL] * 0.3;
	for (i = 0; i < l->npages; i++) {
		memset(&r, 0, sizeof(r));
		snprintf(right, sizeof(right), text_get(T_PAGE_OF), i + 1,
		    l->npages);
		rw = cx->m->width(cx->m->arg, FONT_REGULAR,
		    t->size[SIZE_SMALL], right, strlen(right));
		op_rect(&r, OP_RULE, cx->left, y - t->size[SIZE_SMALL] - 6,
		    cx->width, 0, 0.4, COLOUR_MUTED);
		op_text(&r, cx->left, y, FONT_REGULAR, t->size[SIZE_SMALL],
		    COLOUR_MUTED, left, strlen(left));
		op_text(&r, cx->left + cx->width - rw, y, FONT_REGULAR,
		    t->size[SIZE_SMALL], COLOUR_MUTED, right, strlen(right));
		for (j = 0; j < r.nops; j++)
			*XAPPEND(l->pages[i].ops, l->pages[i].nops,
			    l->pages[i].cap) = r.ops[j];
		free(r.ops);
	}
}

/*
 * A box is drawn as one strip per row, so that it breaks across pages
 * wherever its rows do.  On the page, strips that touch become one
 * rectangle: the same look, a fraction of the drawing.  Row heights are
 * sums of scaled type sizes, so "touch" allows for rounding.
 *
 * Fills are backgrounds: all of them are drawn first, in their own
 * order (a box's bar over its tint), so that no strip, merged or not,
 * can paint over the text or the QR code of a row above it.
 */
#define TOUCH	0.01

static int
strips_touch(const struct op *a, const struct op *b)
{
	return a->colour == b->colour && fabs(a->x - b->x) < TOUCH &&
	    fabs(a->w - b->w) < TOUCH && fabs(a->y + a->h - b->y) < TOUCH;
}

static void
merge_fills(struct page *pg)
{
	struct op	*o, *open[8], *sorted;
	size_t		 i, j, k, nopen = 0, nfill;

	for (i = j = 0; i < pg->nops; i++) {
		o = &pg->ops[i];
		if (o->type == OP_FILL) {
			for (k = 0; k < nopen; k++)
				if (strips_touch(open[k], o))
					break;
			if (k < nopen) {
				open[k]->h = o->y + o->h - open[k]->y;
				continue;	/* dropped: merged */
			}
		}
		pg->ops[j] = *o;
		if (o->type == OP_FILL) {
			/* The oldest open strip makes room for this one. */
			if (nopen == sizeof(open) / sizeof(open[0]))
				memmove(open, open + 1, --nopen * sizeof(*open));
			open[nopen++] = &pg->ops[j];
		}
		j++;
	}
	pg->nops = j;

	/* Backgrounds first, everything else after, each in order. */
	for (i = nfill = 0; i < pg->nops; i++)
		nfill += pg->ops[i].type == OP_FILL;
	if (nfill == 0 || nfill == pg->nops)
		return;
	sorted = xreallocarray(NULL, pg->nops, sizeof(*sorted));
	for (i = 0, j = 0, k = nfill; i < pg->nops; i++)
		sorted[pg->ops[i].type == OP_FILL ? j++ : k++] = pg->ops[i];
	memcpy(pg->ops, sorted, pg->nops * sizeof(*sorted));
	free(sorted);
}

/* Colours travel with the ops: a combined pack mixes templates. */
static void
resolve_colours(struct layout *l, const struct template *t)
{
	size_t	i, k;

	for (i = 0; i < l->npages; i++) {
		merge_fills(&l->pages[i]);
		for (k = 0; k < l->pages[i].nops; k++)
			l->pages[i].ops[k].rgb =
			    t->colour[l->pages[i].ops[k].colour];
	}
}

void
layout_paginate(struct layout *l, struct lctx *cx, const char *footer)
{
	const struct template *t = cx->t;

	paginate(l, cx->rows, cx->nrows, t->margin_top, l->height -
	    t->margin_bottom - t->size[SIZE_SMALL] - 14, NULL, cx->conts);
	rows_free(cx);
	conts_free(cx);
	footer_add(cx, l, footer);
	resolve_colours(l, t);
}

/* The sections, the steps left for later, the follow-up, the sources. */
static void
body_add(struct lctx *cx)
{
	size_t	i;

	for (i = 0; i < cx->pl->nguides; i++)
		section_add(cx, &cx->pl->guides[i]);
	cx->later_row = cx->nrows;
	later_add(cx);
	followup_add(cx);
	deadlines_add(cx);
	refs_add(cx);
}

/* The page of each section, step and the later list, from row_page. */
static void
pages_find(const struct lctx *cx, struct pagemap *pm,
    const size_t *row_page)
{
	size_t	i;

	for (i = 0; i < cx->pl->nguides; i++)
		if (!cx->pl->guides[i].later)
			pm->section[i] = row_page[cx->section_row[i]];
	for (i = 1; i <= (size_t)cx->pl->nsteps; i++)
		pm->step[i] = row_page[cx->step_row[i]];
	/* The list's heading follows its leading gap. */
	pm->later = row_page[cx->later_row + 1 < cx->nrows ?
	    cx->later_row + 1 : 0];
}

static void
paper_size(const struct profile *p, double *w, double *h)
{
	*w = p->paper == PAPER_LETTER ? LETTER_WIDTH : A4_WIDTH;
	*h = p->paper == PAPER_LETTER ? LETTER_HEIGHT : A4_HEIGHT;
}

/* Whether the cover, without its list of sections, fits one page. */
static int
cover_fits_page(struct lctx *cx, const struct cover *cv,
    const struct pagemap *pm, double top, double bottom)
{
	struct layout	*scratch;
	struct pagemap	 one = *pm;
	int		 fits;

	one.toc = 0;
	one.offset = 1;
	scratch = xcalloc(1, sizeof(*scratch));
	paper_size(cx->pl->profile, &scratch->width, &scratch->height);
	cover_add(cx, cv, &one);
	paginate(scratch, cx->rows, cx->nrows, top, bottom, NULL, NULL);
	rows_free(cx);
	fits = scratch->npages == 1;
	layout_free(scratch);
	return fits;
}

/*
 * A context for laying out pl, and an empty layout of its paper size;
 * the content area is the page less the template's side margins.
 */
static struct layout *
lctx_start(struct lctx *cx, const struct plan *pl,
    const struct guideset *gs, const struct template *t,
    const struct metrics *m, const struct cover *cv,
    const struct letter_pick *picks, size_t npicks, size_t *pick_page)
{
	struct layout	*l;

	memset(cx, 0, sizeof(*cx));
	cx->t = t;
	cx->m = m;
	cx->gs = gs;
	cx->pl = pl;
	cx->today = cv->today;
	cx->picks = picks;
	cx->npicks = npicks;
	cx->pick_page = pick_page;
	cx->sent = pl->profile->sent;
	l = xcalloc(1, sizeof(*l));
	paper_size(pl->profile, &l->width, &l->height);
	cx->left = t->margin_left;
	cx->width = l->width - t->margin_left - t->margin_right;
	return l;
}

/*
 * The checklist, with the letters in picks on the pages in pick_page
 * (1-based, counting the checklist's own pages first).
 */
static struct layout *
checklist_build(const struct plan *pl, const struct guideset *gs,
    const struct template *t, const struct metrics *m,
    const struct cover *cv, const struct letter_pick *picks, size_t npicks,
    size_t *pick_page)
{
	struct lctx	 cx;
	struct pagemap	 pm;
	struct layout	*l, *front;
	struct row	*body;
	size_t		*row_page, i, ncover, nbody;
	char		*left, day[32];
	double		 top, bottom, front_w, front_h;

	/* Every field once, at its own line, before any is laid out. */
	if (layout_check_plan(m, pl) > 0)
		return NULL;
	memset(&pm, 0, sizeof(pm));
	l = lctx_start(&cx, pl, gs, t, m, cv, picks, npicks, pick_page);
	front_w = l->width;
	front_h = l->height;
	top = t->margin_top;
	/* The footer sits on the bottom margin, inside the text area. */
	bottom = l->height - t->margin_bottom - t->size[SIZE_SMALL] - 14;

	refs_number(&cx);
	cx.section_row = xcalloc(pl->nguides + 1, sizeof(*cx.section_row));
	cx.step_row = xcalloc(pl->nsteps + 1, sizeof(*cx.step_row));
	pm.section = xcalloc(pl->nguides + 1, sizeof(*pm.section));
	pm.step = xcalloc(pl->nsteps + 1, sizeof(*pm.step));

	for (i = 0; i <= pl->nguides; i++)
		pm.section[i] = 98;
	for (i = 0; i <= (size_t)pl->nsteps; i++)
		pm.step[i] = 98;
	pm.later = 98;

	/*
	 * Without a cover page, or with a cover too long for one (large
	 * print), the cover flows straight into the sections rather than
	 * leave the rest of its last page empty: a first pass finds the
	 * pages, with room for two-digit page numbers in the cover, and
	 * the second prints them.  The list of sections stays if the
	 * template has one: on paper it is the way around.
	 */
	if (!(t->parts & PART_COVER_PAGE) ||
	    !cover_fits_page(&cx, cv, &pm, top, bottom)) {
		pm.toc = (t->parts & PART_CONTENTS) != 0;
		cover_add(&cx, cv, &pm);
		ncover = cx.nrows;
		body_add(&cx);
		/* paginate() takes the rows' text: copy the body's first. */
		nbody = cx.nrows - ncover;
		body = rows_dup(cx.rows + ncover, nbody);
		row_page = xcalloc(cx.nrows + 1, sizeof(*row_page));
		paginate(l, cx.rows, cx.nrows, top, bottom, row_page, cx.conts);
		pages_find(&cx, &pm, row_page);
		free(row_page);
		layout_free(l);
		l = xcalloc(1, sizeof(*l));
		l->width = front_w;
		l->height = front_h;
		/*
		 * Only the cover changes in the second pass, so the body's
		 * rows (most of the work: every line measured and broken)
		 * are kept and follow the cover laid out again.
		 */
		rows_free(&cx);
		cover_add(&cx, cv, &pm);
		for (i = 0; i < nbody; i++)
			*XAPPEND(cx.rows, cx.nrows, cx.rcap) = body[i];
		free(body);
		paginate(l, cx.rows, cx.nrows, top, bottom, NULL, cx.conts);
		rows_free(&cx);
		conts_free(&cx);
		front = l;
		goto done;
	}

	/* The body first, so the cover can give its pages. */
	body_add(&cx);
	row_page = xcalloc(cx.nrows + 1, sizeof(*row_page));
	paginate(l, cx.rows, cx.nrows, top, bottom, row_page, cx.conts);
	conts_free(&cx);
	pages_find(&cx, &pm, row_page);
	rows_free(&cx);
	free(row_page);

	/* The cover, then its pages in front of the sections. */
	pm.toc = (t->parts & PART_CONTENTS) != 0;
	for (pm.offset = 1;;) {
		front = xcalloc(1, sizeof(*front));
		front->width = l->width;
		front->height = l->height;
		cover_add(&cx, cv, &pm);
		paginate(front, cx.rows, cx.nrows, top, bottom, NULL, NULL);
		rows_free(&cx);
		/*
		 * The list of sections only if the cover still fits one
		 * page: "Start here" gives the pages that matter, and a
		 * list alone on a second page wastes a sheet.
		 */
		if (front->npages > 1 && pm.toc) {
			pm.toc = 0;
			layout_free(front);
			continue;
		}
		if (front->npages == pm.offset)
			break;
		pm.offset = front->npages;
		layout_free(front);
	}
	layout_append(front, l, 1);
done:
	refs_free(&cx);
	free(cx.section_row);
	free(cx.step_row);
	free(pm.section);
	free(pm.step);
	left = xasprintf(text_get(T_FOOTER),
	    typo_date(cv->version, day, sizeof(day)));
	footer_add(&cx, front, left);
	free(left);
	resolve_colours(front, t);
	if (cx.failed) {
		layout_free(front);
		return NULL;
	}
	return front;
}

/* For rightsheet letters: the requests and deadlines page alone. */
static struct layout *
deadlines_build(const struct plan *pl, const struct guideset *gs,
    const struct template *t, const struct metrics *m,
    const struct cover *cv, const struct letter_pick *picks, size_t npicks,
    size_t *pick_page)
{
	struct lctx	 cx;
	struct layout	*l;
	char		*left, day[32];

	l = lctx_start(&cx, pl, gs, t, m, cv, picks, npicks, pick_page);
	deadlines_add(&cx);
	left = xasprintf(text_get(T_FOOTER_LETTERS),
	    typo_date(cv->version, day, sizeof(day)));
	layout_paginate(l, &cx, left);
	free(left);
	if (cx.failed) {
		layout_free(l);
		return NULL;
	}
	return l;
}

/*
 * The checklist (or, for rightsheet letters, the deadlines page alone),
 * then the letters the profile asks for.  A step that sends a letter
 * gives the letter's page, so the pages in front of the letters must
 * be known first: laid out again until their number holds (twice, or
 * three times when it gains a digit).
 */
struct layout *
layout_build(const struct plan *pl, const struct guideset *gs,
    const struct template *t, const struct metrics *m,
    const struct cover *cv)
{
	struct letter_pick *picks;
	struct layout	*l = NULL, *letters = NULL;
	size_t		 npicks, *first = NULL, *page = NULL, front = 0, i;
	int		 tries;

	npicks = letters_pick(pl, gs, &picks);
	if (pl->profile->letters_only && npicks == 0) {
		msg(MSG_LETTERS_NONE, NULL, NULL);
		return NULL;
	}
	if (npicks > 0) {
		first = xcalloc(npicks, sizeof(*first));
		page = xcalloc(npicks, sizeof(*page));
		if ((letters = letters_layout(picks, npicks, pl->profile, t, m,
		    pl->profile->sent, first)) == NULL)
			goto out;
	}
	for (tries = 0; tries < 4; tries++) {
		for (i = 0; i < npicks; i++)
			page[i] = front + first[i] + 1;
		l = pl->profile->letters_only ?
		    deadlines_build(pl, gs, t, m, cv, picks, npicks, page) :
		    checklist_build(pl, gs, t, m, cv, picks, npicks, page);
		/* Never seen to take more than three; the fourth stands. */
		if (l == NULL || npicks == 0 || l->npages == front ||
		    tries == 3)
			break;
		front = l->npages;
		layout_free(l);
		l = NULL;
	}
	if (l != NULL && letters != NULL) {
		layout_append(l, letters, 1);
		letters = NULL;
	}
out:
	layout_free(letters);
	free(first);
	free(page);
	free(picks);
	return l;
}

void
layout_free(struct layout *l)
{
	size_t	i, j;

	if (l == NULL)
		return;
	for (i = 0; i < l->npages; i++) {
		for (j = 0; j < l->pages[i].nops; j++)
			free(l->pages[i].ops[j].text);
		free(l->pages[i].ops);
	}
	free(l->pages);
	for (i = 0; i < l->nmarks; i++)
		free(l->marks[i].title);
	free(l->marks);
	free(l);
}

void
layout_append(struct layout *dst, struct layout *src, size_t align)
{
	size_t	i;

	if (dst->npages == 0) {
		dst->width = src->width;
		dst->height = src->height;
	}
	while (align > 1 && dst->npages % align != 0)
		(void)page_new(dst);
	dst->pages = xreallocarray(dst->pages, dst->npages + src->npages,
	    sizeof(*dst->pages));
	memcpy(dst->pages + dst->npages, src->pages,
	    src->npages * sizeof(*src->pages));
	dst->marks = xreallocarray(dst->marks, dst->nmarks + src->nmarks,
	    sizeof(*dst->marks));
	for (i = 0; i < src->nmarks; i++) {
		dst->marks[dst->nmarks] = src->marks[i];
		dst->marks[dst->nmarks++].page += dst->npages;
	}
	dst->npages += src->npages;
	free(src->pages);
	free(src->marks);
	free(src);
}
