/* SPDX-License-Identifier: ISC */
/*
 * Layout of the letters: a letter per pick, on the profile's paper, set
 * so that a window envelope shows the recipient's address.
 *
 *  - A4: DIN 5008 form B.  The address field is 85 x 45 mm, 20 mm from
 *    the left and 45 mm from the top; its upper 17.7 mm hold the return
 *    address line at their foot, the lower 27.3 mm the recipient.  Fold
 *    marks at 105 and 210 mm, the punch mark at 148.5 mm.  Folded twice
 *    it fits a DL (C5/6) window envelope.
 *  - A4 in Switzerland: the field on the right (112 mm from the left,
 *    90 mm wide), as Swiss right-window envelopes have it (SN 010130 as
 *    KOMA-Script sets it); the same folds.
 *  - US Letter: a #10 window envelope.  The address sits 1 in from the
 *    left and 2.17 in from the top, at most 3.5 x 0.875 in, which keeps
 *    1/8 in from the window's edges with the sheet resting at the
 *    bottom of the envelope; tri-fold marks at 11/3 and 22/3 in.
 *
 * A letter's text is cut into rows like the checklist's (layout_rows.c)
 * and paginated here: the closing, the room to sign and the name stay
 * together with the last lines before them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout_int.h"
#include "text.h"
#include "typo.h"
#include "xalloc.h"

#define MM		(72.0 / 25.4)
#define IN		72.0
#define ADDR_SIZE	10.0		/* recipient, at most */
#define WRITE_LINE	(8.0 * MM)	/* between lines to write on */

/* Paper sizes in points, as layout.c has them. */
#define A4_WIDTH	595.276
#define A4_HEIGHT	841.89
#define LETTER_WIDTH	612.0
#define LETTER_HEIGHT	792.0

struct geom {
	double	w, h;
	double	left, right;		/* text margins */
	double	top, bottom;		/* text area of later pages */
	double	field_x, field_y;	/* the window's address field */
	double	field_w, field_h;
	double	zone_y;			/* top of the recipient's lines */
	double	text_x;			/* where address text starts */
	int	return_line;		/* sender line above the recipient */
	double	folds[3];		/* marks at the left edge; 0 ends */
	double	punch;			/* 0: none */
	double	head_y;			/* top of the sender's block */
	double	body_y;			/* baseline of date and reference */
};

static void
geom_set(struct geom *g, const struct profile *p)
{
	memset(g, 0, sizeof(*g));
	if (p->paper == PAPER_LETTER) {
		g->w = LETTER_WIDTH;
		g->h = LETTER_HEIGHT;
		g->left = g->right = 1.0 * IN;
		g->top = 0.75 * IN;
		g->bottom = g->h - 0.75 * IN;
		g->field_x = g->text_x = 1.0 * IN;
		g->field_y = g->zone_y = 2.17 * IN;
		g->field_w = 3.5 * IN;
		g->field_h = 0.875 * IN;
		g->folds[0] = 11.0 / 3 * IN;
		g->folds[1] = 22.0 / 3 * IN;
		g->head_y = 0.55 * IN;
		g->body_y = 3.45 * IN;
		return;
	}
	g->w = A4_WIDTH;
	g->h = A4_HEIGHT;
	g->left = 25 * MM;
	g->right = 20 * MM;
	g->top = 20 * MM;
	g->bottom = g->h - 20 * MM;
	g->field_y = 45 * MM;
	g->field_h = 45 * MM;
	g->zone_y = 62.7 * MM;
	if (p->country != NULL && strcmp(p->country->code, "CH") == 0) {
		g->field_x = 112 * MM;
		g->field_w = 90 * MM;
	} else {
		g->field_x = 20 * MM;
		g->field_w = 85 * MM;
	}
	g->text_x = g->field_x + 5 * MM;
	g->return_line = 1;
	g->folds[0] = 105 * MM;
	g->folds[1] = 210 * MM;
	g->punch = 148.5 * MM;
	g->head_y = 12 * MM;
	g->body_y = 98.5 * MM;
}

/* Drawing straight onto a page. */
static struct op *
put(struct page *pg, enum op_type type, double x, double y, double w,
    double h)
{
	struct op	*o;

	o = XAPPEND(pg->ops, pg->nops, pg->cap);
	memset(o, 0, sizeof(*o));
	o->type = type;
	o->x = x;
	o->y = y;
	o->w = w;
	o->h = h;
	return o;
}

static void
put_text(struct page *pg, double x, double y, enum font f, double size,
    enum colour c, const char *s)
{
	struct op	*o;

	o = put(pg, OP_TEXT, x, y, 0, 0);
	o->font = f;
	o->size = size;
	o->colour = c;
	o->text = xstrdup(s);
}

static void
put_rule(struct page *pg, double x, double y, double w, double lw,
    enum colour c)
{
	struct op	*o;

	o = put(pg, OP_RULE, x, y, w, 0);
	o->size = lw;
	o->colour = c;
}

static double
width(const struct lctx *cx, enum font f, double size, const char *s)
{
	return cx->m->width(cx->m->arg, f, size, s, strlen(s));
}

/* The size at which s fits in w, size at most and 6 pt at least. */
static double
fit(const struct lctx *cx, enum font f, double size, const char *s,
    double w)
{
	double	sw = width(cx, f, size, s);

	if (sw > w && sw > 0)
		size *= w / sw;
	return size < 6 ? 6 : size;
}

static void
check(struct lctx *cx, const char *s, const struct srcpos *pos)
{
	if (!cx->failed && layout_check_text(cx->m, s, pos, "letter") == -1)
		cx->failed = 1;
}

/* The lines of the profile's address: "a; b; c". */
static size_t
address_lines(const char *a, char ***out)
{
	size_t	 n = 0, cap = 0, len;
	char	*s;

	*out = NULL;
	while (a != NULL && *a != '\0') {
		a += strspn(a, "; ");
		if ((len = strcspn(a, ";")) == 0)
			break;
		s = xstrndup(a, len);
		/* No trailing blanks before the ";". */
		while (len > 0 && s[len - 1] == ' ')
			s[--len] = '\0';
		if (len > 0)
			*XAPPEND(*out, n, cap) = s;
		else
			free(s);
		a += strcspn(a, ";");
	}
	return n;
}

/* A line to write on, ending at x1, with a small caption under it. */
static void
put_blank(struct lctx *cx, struct page *pg, double x1, double y, double w,
    const char *caption)
{
	double	cs = 6.5;

	put_rule(pg, x1 - w, y, w, 0.5, COLOUR_BOX);
	put_text(pg, x1 - width(cx, FONT_REGULAR, cs, caption), y + cs + 1,
	    FONT_REGULAR, cs, COLOUR_MUTED, caption);
}

/*
 * The sender's block at the top right: name, address, e-mail, or lines
 * to write them on.
 */
static void
sender_add(struct lctx *cx, struct page *pg, const struct geom *g,
    const struct profile *p)
{
	char	**lines, *t;
	size_t	  n, i;
	double	  x1 = g->w - g->right, y = g->head_y, size = 9.5, lead, fs;
	double	  maxw = 90 * MM;

	lead = size * 1.3;
	if (p->name != NULL) {
		check(cx, p->name, NULL);
		y += lead;
		fs = fit(cx, FONT_BOLD, size + 0.5, p->name, maxw);
		put_text(pg, x1 - width(cx, FONT_BOLD, fs, p->name), y,
		    FONT_BOLD, fs, COLOUR_TEXT, p->name);
	} else {
		y += lead + 3;
		put_blank(cx, pg, x1, y, 62 * MM,
		    text_get(T_LETTER_YOUR_NAME));
		y += 5;
	}
	/* Four lines at most, so the block stays above the window. */
	n = address_lines(p->address, &lines);
	while (n > 4) {
		t = xasprintf("%s, %s", lines[n - 2], lines[n - 1]);
		free(lines[n - 2]);
		free(lines[--n]);
		lines[n - 1] = t;
	}
	for (i = 0; i < n; i++) {
		check(cx, lines[i], NULL);
		y += lead;
		fs = fit(cx, FONT_REGULAR, size, lines[i], maxw);
		put_text(pg, x1 - width(cx, FONT_REGULAR, fs, lines[i]), y,
		    FONT_REGULAR, fs, COLOUR_TEXT, lines[i]);
	}
	if (n == 0) {
		for (i = 0; i < 2; i++) {
			y += lead + 3;
			put_blank(cx, pg, x1, y, 62 * MM, text_get(i == 0 ?
			    T_LETTER_YOUR_STREET : T_LETTER_YOUR_TOWN));
			y += 5;
		}
	}
	if (p->email != NULL) {
		check(cx, p->email, NULL);
		y += lead;
		fs = fit(cx, FONT_REGULAR, size, p->email, maxw);
		put_text(pg, x1 - width(cx, FONT_REGULAR, fs, p->email), y,
		    FONT_REGULAR, fs, COLOUR_TEXT, p->email);
	} else {
		y += lead + 3;
		put_blank(cx, pg, x1, y, 62 * MM,
		    text_get(T_LETTER_YOUR_EMAIL));
	}
	xfree_strings(lines, n);
}

/*
 * The address field: the return line at the foot of its upper zone (A4
 * only), the recipient's lines in the lower, or a box to write them in.
 */
static void
window_add(struct lctx *cx, struct page *pg, const struct geom *g,
    const struct profile *p, const struct address *to)
{
	struct op	*o;
	char		**lines, *ret, *t;
	size_t		  n, i;
	double		  zone_h, size, lead, y, rs = 7;

	if (g->return_line && p->name != NULL && p->address != NULL) {
		n = address_lines(p->address, &lines);
		ret = xstrdup(p->name);
		for (i = 0; i < n; i++) {
			t = xasprintf("%s, %s", ret, lines[i]);
			free(ret);
			ret = t;
		}
		/* Only if it fits: a cut return address is worse than none. */
		if (width(cx, FONT_REGULAR, rs, ret) <= g->field_w - 10 * MM)
			put_text(pg, g->text_x, g->zone_y - 2.2, FONT_REGULAR,
			    rs, COLOUR_TEXT, ret);
		free(ret);
		xfree_strings(lines, n);
	}
	zone_h = g->field_y + g->field_h - g->zone_y;
	if (to->nlines == 0) {
		/* Lines to write the address on, inside the window. */
		for (y = g->zone_y + 0.3 * zone_h; y < g->field_y +
		    g->field_h - 2; y += zone_h / 4)
			put_rule(pg, g->text_x, y, g->field_w -
			    (g->text_x - g->field_x) - 5 * MM, 0.5, COLOUR_BOX);
		return;
	}
	/* As large as fits, 10 pt at most: 1.2 leading, room for descent. */
	size = (zone_h - 3) / (1.2 * (double)(to->nlines - 1) + 1.25);
	if (size > ADDR_SIZE)
		size = ADDR_SIZE;
	lead = size * 1.2;
	y = g->zone_y + 2 + cx->m->ascent(cx->m->arg, FONT_REGULAR, size);
	for (i = 0; i < to->nlines; i++) {
		check(cx, to->lines[i], &to->pos);
		/* A long line is set smaller, never past the window. */
		o = put(pg, OP_TEXT, g->text_x, y, 0, 0);
		o->font = FONT_REGULAR;
		o->size = fit(cx, FONT_REGULAR, size, to->lines[i],
		    g->field_x + g->field_w - g->text_x - 2 * MM);
		o->colour = COLOUR_TEXT;
		o->text = xstrdup(to->lines[i]);
		y += lead;
	}
}

static void
folds_add(struct page *pg, const struct geom *g)
{
	size_t	i;

	for (i = 0; i < 3 && g->folds[i] > 0; i++)
		put_rule(pg, 3.5 * MM, g->folds[i], 5 * MM, 0.5, COLOUR_MUTED);
	if (g->punch > 0)
		put_rule(pg, 3.5 * MM, g->punch, 7 * MM, 0.5, COLOUR_MUTED);
}

/* "Label: value", or "Label:" and a line to write on. */
static void
field_add(struct lctx *cx, const struct lpart *pt, const struct profile *p)
{
	const struct template *t = cx->t;
	struct row	*r;
	const char	*v = NULL;
	char		*label;
	double		 size = t->size[SIZE_BODY], h, lw;

	if (pt->fill == LFILL_NAME)
		v = p->name;
	else if (pt->fill == LFILL_EMAIL)
		v = p->email;
	label = xasprintf(text_get(T_LETTER_FIELD), pt->text);
	check(cx, label, &pt->pos);
	h = line_height(cx, size) + (v == NULL ? 5 : 1);
	r = row_add(cx, h, 1);
	lw = width(cx, FONT_REGULAR, size, label);
	op_text(r, cx->left, h - 0.3 * size, FONT_REGULAR, size, COLOUR_TEXT,
	    label, strlen(label));
	if (v != NULL)
		op_text(r, cx->left + lw + 6, h - 0.3 * size, FONT_BOLD,
		    fit(cx, FONT_BOLD, size, v, cx->width - lw - 6),
		    COLOUR_TEXT, v, strlen(v));
	else
		op_rect(r, OP_RULE, cx->left + lw + 6, h - 0.2 * size,
		    cx->width - lw - 6, 0, 0.5, COLOUR_BOX);
	free(label);
}

/* A paragraph; "1. text" hangs its text after the number. */
static void
para_add(struct lctx *cx, const char *s, const struct srcpos *pos)
{
	const struct template *t = cx->t;
	double		 size = t->size[SIZE_BODY], ind;
	size_t		 n, first;
	char		*num;

	check(cx, s, pos);
	n = strspn(s, "0123456789");
	if (n > 0 && n < 3 && s[n] == '.' && s[n + 1] == ' ') {
		num = xstrndup(s, n + 1);
		ind = width(cx, FONT_REGULAR, size, "88.") + 6;
		first = text_add(cx, s + n + 2, FONT_REGULAR, size, COLOUR_TEXT,
		    cx->left + ind, cx->width - ind, 0, NULL);
		op_text(&cx->rows[first], cx->left, baseline(cx,
		    cx->rows[first].h, FONT_REGULAR, size), FONT_REGULAR, size,
		    COLOUR_TEXT, num, strlen(num));
		free(num);
	} else
		text_add(cx, s, FONT_REGULAR, size, COLOUR_TEXT, cx->left,
		    cx->width, 0, NULL);
}

/* The label, the prompts, and the box to write in: all on one page. */
static void
writein_add(struct lctx *cx, const struct lpart *pt)
{
	const struct template *t = cx->t;
	struct row	*r;
	double		 size = t->size[SIZE_SMALL], h, y;
	size_t		 i;
	char		*s;

	check(cx, pt->text, &pt->pos);
	text_add(cx, pt->text, FONT_BOLD, t->size[SIZE_BODY], COLOUR_TEXT,
	    cx->left, cx->width, 1, NULL);
	for (i = 0; i < pt->nprompts; i++) {
		check(cx, pt->prompts[i], &pt->pos);
		s = xasprintf("• %s", pt->prompts[i]);
		text_add(cx, s, FONT_ITALIC, size, COLOUR_MUTED, cx->left + 4,
		    cx->width - 4, 1, NULL);
		free(s);
	}
	space_add(cx, 3, 1);
	h = pt->lines * WRITE_LINE + 4;
	r = row_add(cx, h, 0);
	op_rect(r, OP_STROKE, cx->left, 0, cx->width, h, 0.7, COLOUR_BOX);
	for (i = 1, y = WRITE_LINE; i < (size_t)pt->lines; i++, y += WRITE_LINE)
		op_rect(r, OP_RULE, cx->left + 4, y, cx->width - 8, 0, 0.3,
		    COLOUR_BOX);
}

/* The closing, room to sign, the name: kept with the lines before. */
static void
signature_add(struct lctx *cx, const struct variant *v,
    const struct profile *p)
{
	const struct template *t = cx->t;
	struct row	*r;
	double		 size = t->size[SIZE_BODY], h;
	size_t		 n = cx->nrows;
	const char	*cap = text_get(T_LETTER_SIGNATURE), *caps;

	/* The last two lines of the text go over with the closing. */
	if (n > 0)
		cx->rows[n - 1].keep = 1;
	if (n > 1 && !cx->rows[n - 2].space)
		cx->rows[n - 2].keep = 1;
	space_add(cx, t->space[SPACE_PARAGRAPH] + 4, 1);
	check(cx, v->closing, &v->pos);
	text_add(cx, v->closing, FONT_REGULAR, size, COLOUR_TEXT, cx->left,
	    cx->width, 1, NULL);
	h = 34 + 6.5 + 2;
	r = row_add(cx, h, 1);
	op_rect(r, OP_RULE, cx->left, 34, 70 * MM, 0, 0.5, COLOUR_BOX);
	op_text(r, cx->left, 34 + 6.5 + 1, FONT_REGULAR, 6.5, COLOUR_MUTED,
	    cap, strlen(cap));
	if (p->name != NULL)
		text_add(cx, p->name, FONT_REGULAR, size, COLOUR_TEXT, cx->left,
		    cx->width, 0, NULL);
	else {
		h = line_height(cx, size) + 8;
		r = row_add(cx, h, 0);
		op_rect(r, OP_RULE, cx->left, h - 8, 70 * MM, 0, 0.5,
		    COLOUR_BOX);
		caps = text_get(T_LETTER_NAME_CAPS);
		op_text(r, cx->left, h - 8 + 6.5 + 1, FONT_REGULAR, 6.5,
		    COLOUR_MUTED, caps, strlen(caps));
	}
}

/* The rows of the letter's text, from the opening to the name. */
static void
body_rows(struct lctx *cx, const struct variant *v, const struct profile *p)
{
	const struct template *t = cx->t;
	size_t	i;

	check(cx, v->opening, &v->pos);
	text_add(cx, v->opening, FONT_REGULAR, t->size[SIZE_BODY],
	    COLOUR_TEXT, cx->left, cx->width, 1, NULL);
	space_add(cx, t->space[SPACE_PARAGRAPH], 0);
	for (i = 0; i < v->nparts; i++) {
		switch (v->parts[i].type) {
		case LPART_FIELD:
			field_add(cx, &v->parts[i], p);
			/* The last field of a run leaves a gap. */
			if (i + 1 == v->nparts ||
			    v->parts[i + 1].type != LPART_FIELD)
				space_add(cx, t->space[SPACE_PARAGRAPH], 0);
			break;
		case LPART_P:
			para_add(cx, v->parts[i].text, &v->parts[i].pos);
			space_add(cx, t->space[SPACE_PARAGRAPH] * 0.7, 0);
			break;
		case LPART_WRITEIN:
			space_add(cx, 2, 1);
			writein_add(cx, &v->parts[i]);
			space_add(cx, t->space[SPACE_PARAGRAPH], 0);
			break;
		}
	}
	signature_add(cx, v, p);
}

static struct page *
page_add(struct layout *l, const struct geom *g)
{
	struct page	*pg;

	l->pages = xreallocarray(l->pages, l->npages + 1, sizeof(*l->pages));
	pg = &l->pages[l->npages++];
	memset(pg, 0, sizeof(*pg));
	pg->width = g->w;
	pg->height = g->h;
	return pg;
}

static void
row_move(struct page *pg, struct row *r, double y)
{
	struct op	*o;
	size_t		 i;

	for (i = 0; i < r->nops; i++) {
		o = XAPPEND(pg->ops, pg->nops, pg->cap);
		*o = r->ops[i];
		o->y += y;
		r->ops[i].text = NULL;
	}
}

/*
 * Set the rows from y on the current page, then on new ones: a chain of
 * kept rows moves whole to the next page when it does not fit, unless
 * it is taller than a page.
 */
static void
rows_place(struct lctx *cx, struct layout *l, const struct geom *g,
    double y, double top)
{
	struct page	*pg = &l->pages[l->npages - 1];
	size_t		 i, j, end;
	double		 h;

	for (i = 0; i < cx->nrows; i = end) {
		for (h = 0, end = i; end < cx->nrows; ) {
			h += cx->rows[end].h;
			if (!cx->rows[end++].keep)
				break;
		}
		if (y + h > g->bottom && h <= g->bottom - top) {
			pg = page_add(l, g);
			y = top;
		}
		for (j = i; j < end; j++) {
			if (y + cx->rows[j].h > g->bottom) {
				pg = page_add(l, g);
				y = top;
			}
			if (cx->rows[j].space && y == top)
				continue;
			row_move(pg, &cx->rows[j], y);
			y += cx->rows[j].h;
		}
	}
}

/* One letter, from page l->npages on. */
static void
letter_add(struct lctx *cx, struct layout *l, const struct geom *g,
    const struct letter_pick *lp, const struct profile *p, const char *sent)
{
	const struct template *t = cx->t;
	const struct variant *v = lp->variant;
	struct page	*pg;
	struct mark	*mk;
	size_t		 first = l->npages, i, k, n;
	size_t		*starts, *lens;
	char		*s, day[32], ref[64], num[32];
	double		 y, size = t->size[SIZE_BODY], x1 = g->w - g->right;

	pg = page_add(l, g);
	l->marks = xreallocarray(l->marks, l->nmarks + 1, sizeof(*l->marks));
	mk = &l->marks[l->nmarks++];
	mk->title = xasprintf(text_get(T_LETTER_MARK), lp->letter->title);
	mk->page = first;
	mk->y = 0;

	folds_add(pg, g);
	sender_add(cx, pg, g, p);
	window_add(cx, pg, g, p, &v->to);

	/* Reference on the left, date on the right, one line. */
	y = g->body_y;
	if (sent != NULL) {
		snprintf(num, sizeof(num), "%.4s%.2s%.2s", sent, sent + 5,
		    sent + 8);
		snprintf(ref, sizeof(ref), text_get(T_LETTER_REF_DATED),
		    lp->letter->ref, num);
		s = xstrdup(typo_date(sent, day, sizeof(day)));
		put_text(pg, x1 - width(cx, FONT_REGULAR, size, s), y,
		    FONT_REGULAR, size, COLOUR_TEXT, s);
	} else {
		snprintf(ref, sizeof(ref), text_get(T_LETTER_REF),
		    lp->letter->ref);
		s = xstrdup(text_get(T_LETTER_DATE));
		put_text(pg, x1 - 45 * MM - 4 -
		    width(cx, FONT_REGULAR, size, s), y, FONT_REGULAR, size,
		    COLOUR_TEXT, s);
		put_rule(pg, x1 - 45 * MM, y + 1.5, 45 * MM, 0.5, COLOUR_BOX);
	}
	free(s);
	put_text(pg, g->left, y, FONT_REGULAR, t->size[SIZE_SMALL],
	    COLOUR_MUTED, ref);

	/* The subject, in bold, as many lines as it takes. */
	y += 9 * MM;
	check(cx, v->subject, &v->pos);
	n = layout_break(cx->m, FONT_BOLD, size + 0.5, v->subject,
	    cx->width, &starts, &lens);
	for (i = 0; i < n; i++) {
		s = xstrndup(v->subject + starts[i], lens[i]);
		put_text(pg, g->left, y, FONT_BOLD, size + 0.5, COLOUR_TEXT, s);
		free(s);
		y += line_height(cx, size + 0.5);
	}
	free(starts);
	free(lens);

	body_rows(cx, v, p);
	rows_place(cx, l, g, y + 3 * MM, g->top + 8 * MM);
	rows_free(cx);

	/* Page numbers once the pages are known: "Page 2 of 2". */
	n = l->npages - first;
	for (k = 0; n > 1 && k < n; k++) {
		pg = &l->pages[first + k];
		snprintf(num, sizeof(num), text_get(T_PAGE_OF), k + 1, n);
		if (k == 0) {
			put_text(pg, x1 - width(cx, FONT_REGULAR,
			    t->size[SIZE_SMALL], num), g->bottom + 12,
			    FONT_REGULAR, t->size[SIZE_SMALL], COLOUR_MUTED,
			    num);
			continue;
		}
		s = p->name != NULL ? xasprintf(text_get(T_LETTER_HEAD_NAMED),
		    p->name, lp->letter->ref, k + 1, n) :
		    xasprintf(text_get(T_LETTER_HEAD), lp->letter->ref, k + 1,
		    n);
		put_text(pg, g->left, g->top, FONT_REGULAR, t->size[SIZE_SMALL],
		    COLOUR_MUTED, s);
		free(s);
	}
}

struct layout *
letters_layout(const struct letter_pick *picks, size_t n,
    const struct profile *p, const struct template *t,
    const struct metrics *m, const char *sent, size_t *first)
{
	struct lctx	 cx;
	struct geom	 g;
	struct layout	*l;
	size_t		 i, k;

	geom_set(&g, p);
	memset(&cx, 0, sizeof(cx));
	cx.t = t;
	cx.m = m;
	cx.left = g.left;
	cx.width = g.w - g.left - g.right;
	l = xcalloc(1, sizeof(*l));
	l->width = g.w;
	l->height = g.h;
	for (i = 0; i < n; i++) {
		if (first != NULL)
			first[i] = l->npages;
		letter_add(&cx, l, &g, &picks[i], p, sent);
	}
	for (i = 0; i < l->npages; i++)
		for (k = 0; k < l->pages[i].nops; k++)
			l->pages[i].ops[k].rgb =
			    t->colour[l->pages[i].ops[k].colour];
	if (cx.failed) {
		layout_free(l);
		return NULL;
	}
	return l;
}

static int
print_ok(const struct metrics *m, const char *s, const struct srcpos *pos)
{
	return layout_check_text(m, s, pos, "letter") == -1;
}

int
letters_check_print(const struct metrics *m, const struct guide *g)
{
	const struct variant	*v;
	const struct complaint	*c;
	size_t			 i, j, k;
	int			 bad = 0;

	for (i = 0; i < g->nletters; i++) {
		bad += print_ok(m, g->letters[i].title, &g->letters[i].pos);
		for (j = 0; j < g->letters[i].nvariants; j++) {
			v = &g->letters[i].variants[j];
			bad += print_ok(m, v->law, &v->pos);
			bad += print_ok(m, v->deadline, &v->pos);
			bad += print_ok(m, v->deadline_law, &v->pos);
			bad += print_ok(m, v->subject, &v->pos);
			bad += print_ok(m, v->opening, &v->pos);
			bad += print_ok(m, v->closing, &v->pos);
			bad += print_ok(m, v->to.write_in, &v->to.pos);
			for (k = 0; k < v->to.nlines; k++)
				bad += print_ok(m, v->to.lines[k], &v->to.pos);
			for (k = 0; k < v->nsend; k++)
				bad += print_ok(m, v->send[k], &v->pos);
			for (k = 0; k < v->nparts; k++)
				bad += print_ok(m, v->parts[k].text,
				    &v->parts[k].pos);
			for (k = 0; k < v->ncomplaints; k++) {
				c = &v->complaints[k];
				bad += print_ok(m, c->name, &c->addr.pos);
				bad += print_ok(m, c->note, &c->addr.pos);
			}
		}
	}
	return bad;
}
