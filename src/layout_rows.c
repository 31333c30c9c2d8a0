/* SPDX-License-Identifier: ISC */
/* Layout rows: lines of text and what is drawn beside them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout_int.h"
#include "text.h"
#include "xalloc.h"

struct row *
row_add(struct lctx *cx, double h, int keep)
{
	struct row	*r;
	struct op	*o;

	r = XAPPEND(cx->rows, cx->nrows, cx->rcap);
	r->h = h;
	r->keep = keep;
	r->item = cx->item;
	r->boxed = cx->box != NULL;
	if (cx->box != NULL) {
		o = XAPPEND(r->ops, r->nops, r->cap);
		o->type = OP_FILL;
		o->x = cx->left;
		o->w = cx->width;
		o->h = h;
		o->colour = cx->box->fill;
		o = XAPPEND(r->ops, r->nops, r->cap);
		o->type = OP_FILL;
		o->x = cx->left;
		o->w = BOX_BAR;
		o->h = h;
		o->colour = cx->box->rule;
	}
	return r;
}

/*
 * The continuation line of the item that begins now; later rows belong
 * to it until cx->item is reset.  Laid out like any row, in the current
 * box, then moved aside for the paginator to copy where a page breaks.
 */
size_t
cont_add(struct lctx *cx, const char *title)
{
	const struct template *t = cx->t;
	struct srcpos	 none = { NULL, 0, 0 };
	struct cont	*c;
	size_t		 first = cx->nrows;
	double		 x = cx->left + (cx->box != NULL ? BOX_BAR + BOX_PAD : 0);
	char		*s;

	cx->item = 0;
	s = xasprintf(text_get(T_CONTINUED), title);
	text_add(cx, s, FONT_ITALIC, t->size[SIZE_SMALL], COLOUR_MUTED, x,
	    cx->left + cx->width - x, 1, &none);
	free(s);
	space_add(cx, t->space[SPACE_PARAGRAPH], 1);
	cx->rows[cx->nrows - 1].space = 0;	/* not dropped: it is the gap */
	c = XAPPEND(cx->conts, cx->nconts, cx->ccap);
	c->nrows = cx->nrows - first;
	c->rows = xreallocarray(NULL, c->nrows, sizeof(*c->rows));
	memcpy(c->rows, cx->rows + first, c->nrows * sizeof(*c->rows));
	cx->nrows = first;
	cx->item = cx->nconts;
	return cx->item;
}

/* The rows laid out so far, and what they hold; the context is reusable. */
void
rows_free(struct lctx *cx)
{
	size_t	i, j;

	for (i = 0; i < cx->nrows; i++) {
		for (j = 0; j < cx->rows[i].nops; j++)
			free(cx->rows[i].ops[j].text);
		free(cx->rows[i].ops);
		free(cx->rows[i].mark);
	}
	free(cx->rows);
	cx->rows = NULL;
	cx->nrows = cx->rcap = 0;
}

/* A deep copy of n rows (their ops, texts and bookmarks): a new array. */
struct row *
rows_dup(const struct row *rows, size_t n)
{
	struct row	*d;
	size_t		 i, j;

	d = xreallocarray(NULL, n + 1, sizeof(*d));
	for (i = 0; i < n; i++) {
		d[i] = rows[i];
		d[i].ops = xreallocarray(NULL, rows[i].nops + 1,
		    sizeof(*d[i].ops));
		d[i].cap = rows[i].nops + 1;
		for (j = 0; j < rows[i].nops; j++) {
			d[i].ops[j] = rows[i].ops[j];
			if (rows[i].ops[j].text != NULL)
				d[i].ops[j].text = xstrdup(rows[i].ops[j].text);
		}
		if (rows[i].mark != NULL)
			d[i].mark = xstrdup(rows[i].mark);
	}
	return d;
}

void
conts_free(struct lctx *cx)
{
	size_t	i, j, k;

	for (i = 0; i < cx->nconts; i++) {
		for (j = 0; j < cx->conts[i].nrows; j++) {
			for (k = 0; k < cx->conts[i].rows[j].nops; k++)
				free(cx->conts[i].rows[j].ops[k].text);
			free(cx->conts[i].rows[j].ops);
		}
		free(cx->conts[i].rows);
	}
	free(cx->conts);
	cx->conts = NULL;
	cx->nconts = cx->ccap = 0;
}

void
space_add(struct lctx *cx, double h, int keep)
{
	struct row	*r;

	r = row_add(cx, h, keep);
	r->space = cx->box == NULL;
}

struct op *
op_text(struct row *r, double x, double y, enum font f, double size,
    enum colour c, const char *s, size_t len)
{
	struct op	*o;

	o = XAPPEND(r->ops, r->nops, r->cap);
	o->type = OP_TEXT;
	o->x = x;
	o->y = y;
	o->font = f;
	o->size = size;
	o->colour = c;
	o->text = xstrndup(s, len);
	return o;
}

void
op_rect(struct row *r, enum op_type type, double x, double y, double w,
    double h, double lw, enum colour c)
{
	struct op	*o;

	o = XAPPEND(r->ops, r->nops, r->cap);
	o->type = type;
	o->x = x;
	o->y = y;
	o->w = w;
	o->h = h;
	o->size = lw;
	o->colour = c;
}

/* A clickable area: a rectangle that is not drawn, with its URI. */
void
op_link(struct row *r, double x, double y, double w, double h,
    const char *uri)
{
	op_rect(r, OP_LINK, x, y, w, h, 0, COLOUR_LINK);
	r->ops[r->nops - 1].text = xstrdup(uri);
}

/* Width of a whole string, as the device measures it. */
double
str_width(const struct lctx *cx, enum font f, double size, const char *s)
{
	return cx->m->width(cx->m->arg, f, size, s, strlen(s));
}

double
line_height(const struct lctx *cx, double size)
{
	return size * cx->t->leading;
}

/*
 * Where the baseline sits in a line of height h for text of size: the
 * em centred in the line, the baseline where the device puts it.
 */
double
baseline(const struct lctx *cx, double h, enum font f, double size)
{
	return (h - size) / 2 + cx->m->ascent(cx->m->arg, f, size);
}

/*
 * Add text as rows of lines at x, no wider than w, its lines chained
 * together; keep: 1 chains its last line to the next row too.  Returns
 * the first row's index.
 */
size_t
text_add(struct lctx *cx, const char *text, enum font f, double size,
    enum colour c, double x, double w, int keep, const struct srcpos *pos)
{
	struct row	*r;
	size_t		*starts, *lens, n, i, first = cx->nrows;
	double		 h;

	/*
	 * Fields from the guides were checked, each once, before layout
	 * began (layout_check_plan()); this catches what layout composes
	 * from elsewhere, such as the name on the cover.  After one
	 * failure the checklist is lost anyway: say it once.
	 */
	if (!cx->failed && layout_check_text(cx->m, text, pos, "text") == -1)
		cx->failed = 1;
	/* Slanted letters lean past their advance: leave them room. */
	w -= cx->m->overhang(cx->m->arg, f, size);
	n = layout_break(cx->m, f, size, text, w, &starts, &lens);
	h = line_height(cx, size);
	for (i = 0; i < n; i++) {
		/*
		 * A paragraph is never split over two pages: a reader with a
		 * pen follows one instruction on one sheet.  Its last line
		 * holds to what follows only if asked.  (Only a paragraph
		 * taller than a page breaks, between lines.)
		 */
		r = row_add(cx, h, keep || i + 1 < n);
		op_text(r, x, baseline(cx, h, f, size), f, size, c,
		    text + starts[i], lens[i]);
	}
	free(starts);
	free(lens);
	return first;
}

