/* SPDX-License-Identifier: ISC */
/*
 * Layout: turns a plan into rows of drawing operations, then cuts the
 * rows into pages.  A row is one line of text (or a gap) with everything
 * drawn beside it, so nothing is ever split across a page; rows that
 * must stay together are chained with keep.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "layout.h"
#include "utf8.h"
#include "xalloc.h"

/* Paper sizes in points. */
#define A4_WIDTH	595.276
#define A4_HEIGHT	841.89
#define LETTER_WIDTH	612.0
#define LETTER_HEIGHT	792.0

#define CHECKBOX	11.0	/* side of a step's checkbox */
#define INDENT		34.0	/* step text starts this far in */
#define BOX_PAD		10.0	/* inner padding of rights and caveats */
#define BOX_BAR		3.0	/* width of a box's left bar */
#define QR_MODULE	2.2	/* side of a QR module, points */
#define QR_GAP		12.0	/* between link text and its QR code */

struct row {
	double		 h;
	int		 keep;		/* keep with the next row */
	int		 space;		/* only a gap: dropped at a page top */
	char		*mark;		/* heading for a bookmark, or NULL */
	struct op	*ops;		/* y relative to the row's top */
	size_t		 nops;
	size_t		 cap;
};

/* A tinted box that rows belong to: drawn a strip per row. */
struct box {
	enum colour	 fill;
	enum colour	 rule;
};

struct lctx {
	const struct template	*t;
	const struct metrics	*m;
	const struct guideset	*gs;
	const struct plan	*pl;
	struct row		*rows;
	size_t			 nrows;
	size_t			 rcap;
	const struct box	*box;		/* current box, or NULL */
	double			 left;		/* content area */
	double			 width;
	int			 failed;	/* a glyph was missing */
	int			 nsrc;		/* sources numbered in section */
};

/*** Rows ***/

static struct row *
row_add(struct lctx *cx, double h, int keep)
{
	struct row	*r;
	struct op	*o;

	r = XAPPEND(cx->rows, cx->nrows, cx->rcap);
	r->h = h;
	r->keep = keep;
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

static void
space_add(struct lctx *cx, double h, int keep)
{
	struct row	*r;

	r = row_add(cx, h, keep);
	r->space = cx->box == NULL;
}

/*
 * Report characters the font cannot draw; libharu would otherwise
 * print an invisible box or garbage without a word.
 */
static void
glyph_check(struct lctx *cx, enum font f, const char *s,
    const struct srcpos *pos)
{
	size_t		off = 0;
	unsigned int	cp;

	while (s[off] != '\0') {
		cp = utf8_decode(s, &off);
		if (cp > 0xffff || !cx->m->has_glyph(cx->m->arg, f, cp)) {
			msg(MSG_TEXT_GLYPH, pos, "U+%04X", cp);
			cx->failed = 1;
		}
	}
}

static struct op *
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

static void
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

static void
op_link(struct row *r, double x, double y, double w, double h,
    const char *uri)
{
	struct op	*o;

	o = XAPPEND(r->ops, r->nops, r->cap);
	o->type = OP_LINK;
	o->x = x;
	o->y = y;
	o->w = w;
	o->h = h;
	o->text = xstrdup(uri);
}

static double
line_height(const struct lctx *cx, double size)
{
	return size * cx->t->leading;
}

/* Where the baseline sits in a line of height h for text of size. */
static double
baseline(double h, double size)
{
	return (h - size) / 2 + size * 0.8;
}

/*** Line breaking ***/

static int
break_after(char c)
{
	return c == '/' || c == '.' || c == '-' || c == '?' || c == '&' ||
	    c == '=' || c == '_';
}

/*
 * Longest prefix of the word w[0..len) that fits in maxw, preferring to
 * end after a break character; always at least one character.
 */
static size_t
split_word(const struct metrics *m, enum font f, double size,
    const char *w, size_t len, double maxw)
{
	size_t	off = 0, fit = 0, best = 0, next;
	double	x = 0;

	while (off < len) {
		next = off;
		(void)utf8_decode(w, &next);
		if (next > len)
			next = len;
		x += m->width(m->arg, f, size, w + off, next - off);
		if (x > maxw)
			break;
		fit = next;
		if (break_after(w[off]) && next < len)
			best = next;
		off = next;
	}
	if (fit == 0) {
		fit = 0;
		(void)utf8_decode(w, &fit);
		return fit > len ? len : fit;
	}
	/* A break character late in the line beats a hard cut. */
	if (best > fit / 2)
		return best;
	return fit;
}

size_t
layout_break(const struct metrics *m, enum font f, double size,
    const char *text, double maxw, size_t **startsp, size_t **lensp)
{
	size_t	*starts = NULL, *lens = NULL, n = 0, cap = 0, cap2 = 0;
	size_t	 pos = 0, len = strlen(text), wlen, start = 0, end = 0, cut;
	double	 x = 0, ww, spacew;
	int	 empty = 1;

	spacew = m->width(m->arg, f, size, " ", 1);
	while (pos < len) {
		while (pos < len && text[pos] == ' ')
			pos++;
		if (pos == len)
			break;
		wlen = strcspn(text + pos, " ");
		ww = m->width(m->arg, f, size, text + pos, wlen);
		if (!empty && x + spacew + ww <= maxw) {
			x += spacew + ww;
			end = pos + wlen;
			pos += wlen;
			continue;
		}
		if (!empty) {
			*XAPPEND(starts, n, cap) = start;
			n--;
			*XAPPEND(lens, n, cap2) = end - start;
			empty = 1;
		}
		if (ww <= maxw) {
			start = pos;
			end = pos + wlen;
			x = ww;
			empty = 0;
			pos += wlen;
			continue;
		}
		/* A word wider than the line: cut it into pieces. */
		while (wlen > 0) {
			cut = split_word(m, f, size, text + pos, wlen, maxw);
			if (cut == wlen) {
				start = pos;
				end = pos + wlen;
				x = m->width(m->arg, f, size, text + pos, wlen);
				empty = 0;
				pos += wlen;
				break;
			}
			*XAPPEND(starts, n, cap) = pos;
			n--;
			*XAPPEND(lens, n, cap2) = cut;
			pos += cut;
			wlen -= cut;
		}
	}
	if (!empty) {
		*XAPPEND(starts, n, cap) = start;
		n--;
		*XAPPEND(lens, n, cap2) = end - start;
	}
	*startsp = starts;
	*lensp = lens;
	return n;
}

/*
 * Add text as rows of lines at x, no wider than w.  keep: 1 chains
 * every line to the next row, 0 only guards against a lone first or
 * last line (orphans and widows).  Returns the first row's index.
 */
static size_t
text_add(struct lctx *cx, const char *text, enum font f, double size,
    enum colour c, double x, double w, int keep, const struct srcpos *pos)
{
	struct row	*r;
	size_t		*starts, *lens, n, i, first = cx->nrows;
	double		 h;

	glyph_check(cx, f, text, pos);
	n = layout_break(cx->m, f, size, text, w, &starts, &lens);
	h = line_height(cx, size);
	for (i = 0; i < n; i++) {
		r = row_add(cx, h, keep || n <= 3 || i == 0 || i + 2 == n);
		op_text(r, x, baseline(h, size), f, size, c,
		    text + starts[i], lens[i]);
	}
	free(starts);
	free(lens);
	return first;
}

double
layout_qr_size(const char *uri)
{
	/* Byte capacity of QR versions 1-10 at error correction level M. */
	static const int cap[] = { 14, 26, 42, 62, 84, 106, 122, 152, 180, 213 };
	size_t	len = strlen(uri);
	int	v;

	for (v = 0; v < 10 && (size_t)cap[v] < len; v++)
		continue;
	/* Longer links: version 10 and up; libqrencode picks, we scale. */
	return (17 + 4 * (v + 1) + 8) * QR_MODULE;
}

/*
 * A URL (with an optional label before it), every line clickable, and
 * beside it a QR code of the URL for reading with a phone.
 */
static void
link_add(struct lctx *cx, const struct item *it, double x, double w)
{
	struct row	*r;
	struct op	*o;
	size_t		 first, i, j;
	char		*s;
	double		 size = cx->t->size[SIZE_BODY], tw, qs, h;

	qs = layout_qr_size(it->link);
	s = it->link_label != NULL ?
	    xasprintf("%s: %s", it->link_label, it->link) :
	    xstrdup(it->link);
	first = text_add(cx, s, FONT_REGULAR, size, COLOUR_LINK, x,
	    w - qs - QR_GAP, 1, &it->pos);
	r = &cx->rows[first];
	o = XAPPEND(r->ops, r->nops, r->cap);
	o->type = OP_QR;
	o->x = x + w - qs;
	o->y = 0;
	o->w = o->h = qs;
	o->text = xstrdup(it->link);
	/* Keep rows under the code until it is clear of the next item. */
	for (h = 0, i = first; i < cx->nrows; i++)
		h += cx->rows[i].h;
	if (h < qs)
		row_add(cx, qs - h, 1);
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

	s = xasprintf("Because %s.", reason);
	return s;
}

/* "Sources 1, 3 · checked 2026-11-22 · you need: email, an account" */
static char *
item_meta(const struct plan_item *pi, const int *srcnum, int maxnum)
{
	static const char *const needs[] = {
		"email", "a phone", "ID", "an account", "money"
	};
	const struct item *it = pi->item;
	char		*s, *t;
	size_t		 i;
	int		 first = 1, k;

	/* Cited in the order they are listed under the section. */
	s = xstrdup("Sources");
	for (k = 1; k <= maxnum; k++)
		for (i = 0; i < it->nsources; i++)
			if (srcnum[it->sources[i]] == k) {
				t = xasprintf("%s%s%d", s, first ? " " : ", ",
				    k);
				free(s);
				s = t;
				first = 0;
				break;
			}
	first = 1;
	t = xasprintf("%s · checked %s", s, it->verified);
	free(s);
	s = t;
	for (i = 0; i < sizeof(needs) / sizeof(needs[0]); i++) {
		if (!(it->needs & (1u << i)))
			continue;
		t = xasprintf("%s%s%s", s, first ? " · you need: " : ", ",
		    needs[i]);
		free(s);
		s = t;
		first = 0;
	}
	return s;
}

/* Reason, paragraphs, link and sources: shared by every item kind. */
static void
item_body(struct lctx *cx, const struct plan_item *pi, double x, double w,
    const int *srcnum)
{
	const struct item *it = pi->item;
	const struct template *t = cx->t;
	char		*s;
	size_t		 i;

	if (pi->reason != NULL) {
		s = capitalise_reason(pi->reason);
		text_add(cx, s, FONT_ITALIC, t->size[SIZE_SMALL],
		    COLOUR_MUTED, x, w, 1, &it->pos);
		free(s);
	}
	for (i = 0; i < it->nparas; i++) {
		space_add(cx, i == 0 ? t->space[SPACE_PARAGRAPH] / 2 :
		    t->space[SPACE_PARAGRAPH], 1);
		text_add(cx, it->paras[i], FONT_REGULAR, t->size[SIZE_BODY],
		    COLOUR_TEXT, x, w, 1, &it->pos);
	}
	if (it->link != NULL) {
		space_add(cx, t->space[SPACE_PARAGRAPH], 1);
		link_add(cx, it, x, w);
	}
	space_add(cx, t->space[SPACE_PARAGRAPH] / 2, 1);
	s = item_meta(pi, srcnum, cx->nsrc);
	text_add(cx, s, FONT_REGULAR, t->size[SIZE_SMALL], COLOUR_MUTED,
	    x, w, 1, &it->pos);
	free(s);
}

static void
step_add(struct lctx *cx, const struct plan_item *pi, const int *srcnum)
{
	const struct template *t = cx->t;
	const struct item *it = pi->item;
	struct row	*r;
	char		 num[16], *right;
	double		 size = t->size[SIZE_ITEM], h, rw, x, donew;
	size_t		 first;

	snprintf(num, sizeof(num), "%d.", pi->number);
	right = it->minutes > 0 ?
	    xasprintf("%s · %d min", pi->code, it->minutes) :
	    xstrdup(pi->code);
	rw = cx->m->width(cx->m->arg, FONT_REGULAR, t->size[SIZE_SMALL],
	    right, strlen(right));
	x = cx->left + INDENT;

	first = text_add(cx, it->title, FONT_BOLD, size, COLOUR_TEXT, x,
	    cx->width - INDENT - rw - 12, 1, &it->pos);
	r = &cx->rows[first];
	h = r->h;
	op_rect(r, OP_STROKE, cx->left + 0.5, (h - CHECKBOX) / 2,
	    CHECKBOX, CHECKBOX, 0.9, COLOUR_BOX);
	op_text(r, cx->left + CHECKBOX + 5, baseline(h, size), FONT_BOLD,
	    size, COLOUR_ACCENT, num, strlen(num));
	op_text(r, cx->left + cx->width - rw, baseline(h, size),
	    FONT_REGULAR, t->size[SIZE_SMALL], COLOUR_MUTED, right,
	    strlen(right));
	free(right);

	item_body(cx, pi, x, cx->width - INDENT, srcnum);

	/* A line to write the date the step was done. */
	space_add(cx, t->space[SPACE_PARAGRAPH], 1);
	h = line_height(cx, t->size[SIZE_SMALL]) + 4;
	r = row_add(cx, h, 0);
	donew = cx->m->width(cx->m->arg, FONT_REGULAR, t->size[SIZE_SMALL],
	    "Done on", 7);
	op_text(r, x, h - 3, FONT_REGULAR, t->size[SIZE_SMALL],
	    COLOUR_MUTED, "Done on", 7);
	op_rect(r, OP_RULE, x + donew + 4, h - 2.5, 110, 0, 0.5,
	    COLOUR_MUTED);
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
	char		*label;
	double		 x = cx->left + BOX_BAR + BOX_PAD;
	double		 w = cx->width - BOX_BAR - 2 * BOX_PAD;

	cx->box = it->kind == ITEM_RIGHT ? &right_box : &caveat_box;
	space_add(cx, BOX_PAD, 1);
	label = it->kind == ITEM_RIGHT ?
	    xasprintf("YOUR RIGHT · %s", it->law) :
	    xstrdup("KEEP IN MIND");
	text_add(cx, label, FONT_BOLD, t->size[SIZE_SMALL],
	    it->kind == ITEM_RIGHT ? COLOUR_RIGHT_RULE : COLOUR_MUTED,
	    x, w, 1, &it->pos);
	free(label);
	space_add(cx, 2, 1);
	text_add(cx, it->title, FONT_BOLD, t->size[SIZE_ITEM], COLOUR_TEXT,
	    x, w, 1, &it->pos);
	item_body(cx, pi, x, w, srcnum);
	space_add(cx, BOX_PAD, 0);
	cx->box = NULL;
}

/*** Sections ***/

static void
sources_add(struct lctx *cx, const struct plan_guide *pg, const int *num)
{
	const struct template *t = cx->t;
	const struct guide *g = pg->guide;
	const struct source *src;
	struct row	*r;
	size_t		 i, first, k;
	char		*s;

	space_add(cx, t->space[SPACE_ITEM], 1);
	text_add(cx, "Sources for this section", FONT_BOLD,
	    t->size[SIZE_SMALL], COLOUR_MUTED, cx->left, cx->width, 1,
	    &g->pos);
	for (i = 0; i < g->nsources; i++) {
		if (num[i] == 0)
			continue;
		src = &g->sources[i];
		s = src->date != NULL ?
		    xasprintf("%d. %s (%s): %s", num[i], src->title,
			src->date, src->href) :
		    xasprintf("%d. %s: %s", num[i], src->title, src->href);
		first = text_add(cx, s, FONT_REGULAR, t->size[SIZE_SMALL],
		    COLOUR_MUTED, cx->left, cx->width, 0, &src->pos);
		free(s);
		for (k = first; k < cx->nrows; k++) {
			r = &cx->rows[k];
			op_link(r, cx->left, 0, cx->width, r->h, src->href);
		}
	}
}

static void
section_add(struct lctx *cx, const struct plan_guide *pg)
{
	const struct template *t = cx->t;
	const struct guide *g = pg->guide;
	struct row	*r;
	size_t		 i, first;
	int		*srcnum, n = 0;
	char		*s;

	/* Number the sources that the printed items cite, in guide order. */
	srcnum = xcalloc(g->nsources ? g->nsources : 1, sizeof(*srcnum));
	for (i = 0; i < pg->nitems; i++)
		for (first = 0; first < pg->items[i].item->nsources; first++)
			srcnum[pg->items[i].item->sources[first]] = 1;
	for (i = 0; i < g->nsources; i++)
		if (srcnum[i])
			srcnum[i] = ++n;
	cx->nsrc = n;

	space_add(cx, t->space[SPACE_SECTION], 1);
	first = text_add(cx, g->title, FONT_BOLD, t->size[SIZE_HEADING],
	    COLOUR_ACCENT, cx->left, cx->width, 1, &g->pos);
	cx->rows[first].mark = xstrdup(g->title);
	space_add(cx, 4, 1);
	r = row_add(cx, 6, 1);
	op_rect(r, OP_RULE, cx->left, 1, cx->width, 0, 0.8, COLOUR_ACCENT);
	if (pg->reason != NULL) {
		s = xasprintf("For you because %s.", pg->reason);
		text_add(cx, s, FONT_ITALIC, t->size[SIZE_SMALL],
		    COLOUR_MUTED, cx->left, cx->width, 1, &g->pos);
		free(s);
		space_add(cx, t->space[SPACE_PARAGRAPH], 1);
	}
	text_add(cx, g->summary, FONT_REGULAR, t->size[SIZE_BODY],
	    COLOUR_TEXT, cx->left, cx->width, 1, &g->pos);

	for (i = 0; i < pg->nitems; i++) {
		space_add(cx, t->space[SPACE_ITEM], i == 0);
		if (pg->items[i].item->kind == ITEM_STEP)
			step_add(cx, &pg->items[i], srcnum);
		else
			boxed_add(cx, &pg->items[i], srcnum);
	}
	sources_add(cx, pg, srcnum);
	free(srcnum);
}

/*** Cover ***/

static char *
names_list(const struct declared **d, size_t n)
{
	char	*s = xstrdup(""), *t;
	size_t	 i;

	for (i = 0; i < n; i++) {
		t = xasprintf("%s%s%s", s, i ? ", " : "", d[i]->name);
		free(s);
		s = t;
	}
	return s;
}

static void
pair_add(struct lctx *cx, const char *key, const char *value)
{
	const struct template *t = cx->t;
	struct srcpos	 none = { NULL, 0, 0 };
	double		 kw = 110, size = t->size[SIZE_BODY];
	size_t		 first;

	first = text_add(cx, value, FONT_REGULAR, size, COLOUR_TEXT,
	    cx->left + BOX_PAD + BOX_BAR + kw, cx->width - kw - 2 * BOX_PAD -
	    BOX_BAR, 1, &none);
	op_text(&cx->rows[first], cx->left + BOX_PAD + BOX_BAR,
	    baseline(cx->rows[first].h, size), FONT_BOLD, size, COLOUR_TEXT,
	    key, strlen(key));
}

static void
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
		    names_list(p->platforms, p->nplatforms) :
		    xstrdup("All the platforms these guides cover");
		pair_add(cx, "Platforms", s);
		free(s);
		s = p->topics_given ? names_list(p->topics, p->ntopics) :
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
			space_add(cx, 3, 1);
			text_add(cx, how[i], FONT_REGULAR, t->size[SIZE_BODY],
			    COLOUR_TEXT, cx->left, cx->width, 1, &none);
		}
	}
	space_add(cx, 6, 1);
	s = xasprintf("%d steps, about %d minutes in all. You do not have to "
	    "do them in one sitting.", pl->nsteps, pl->minutes);
	text_add(cx, s, FONT_BOLD, t->size[SIZE_BODY], COLOUR_TEXT,
	    cx->left, cx->width, 1, &none);
	free(s);

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
		    baseline(r->h, t->size[SIZE_BODY]), FONT_REGULAR,
		    t->size[SIZE_BODY], COLOUR_MUTED, num, strlen(num));
		free(s);
		space_add(cx, 2, 1);
	}
}

/*** Pagination ***/

static struct page *
page_new(struct layout *l)
{
	l->pages = xreallocarray(l->pages, l->npages + 1, sizeof(*l->pages));
	memset(&l->pages[l->npages], 0, sizeof(*l->pages));
	return &l->pages[l->npages++];
}

static void
row_place(struct layout *l, struct page *pg, struct row *r, double y)
{
	struct op	*o;
	struct mark	*mk;
	size_t		 i;

	for (i = 0; i < r->nops; i++) {
		o = XAPPEND(pg->ops, pg->nops, pg->cap);
		*o = r->ops[i];
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

/*
 * Cut rows into pages between top and bottom.  A chain of kept rows
 * moves whole to a new page when it does not fit; only a chain taller
 * than a page is broken, and then only between rows.  Returns, for each
 * row, the page it went on, through row_page (may be NULL).
 */
static void
paginate(struct layout *l, struct row *rows, size_t n, double top,
    double bottom, size_t *row_page)
{
	struct page	*pg;
	size_t		 i, j, end;
	double		 y = top, h;

	pg = page_new(l);
	for (i = 0; i < n; i = end) {
		h = 0;
		for (end = i; end < n; end++) {
			h += rows[end].h;
			if (!rows[end].keep) {
				end++;
				break;
			}
		}
		if (y + h > bottom && y > top && h <= bottom - top) {
			pg = page_new(l);
			y = top;
		}
		for (j = i; j < end; j++) {
			if (y + rows[j].h > bottom && y > top) {
				pg = page_new(l);
				y = top;
			}
			/* A gap at the top of a page is wasted space. */
			if (rows[j].space && y == top)
				continue;
			if (row_page != NULL)
				row_page[j] = l->npages - 1;
			row_place(l, pg, &rows[j], y);
			y += rows[j].h;
		}
	}
}

static void
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

static void
footer_add(struct lctx *cx, struct layout *l, const struct cover *cv)
{
	const struct template *t = cx->t;
	struct row	 r;
	char		*left, right[64];
	double		 y, rw;
	size_t		 i, j;

	y = l->height - t->margin_bottom;
	for (i = 0; i < l->npages; i++) {
		memset(&r, 0, sizeof(r));
		snprintf(right, sizeof(right), "Page %zu of %zu", i + 1,
		    l->npages);
		left = xasprintf("rightsheet privacy checklist · guides %s",
		    cv->version);
		rw = cx->m->width(cx->m->arg, FONT_REGULAR,
		    t->size[SIZE_SMALL], right, strlen(right));
		op_rect(&r, OP_RULE, cx->left, y - t->size[SIZE_SMALL] - 6,
		    cx->width, 0, 0.4, COLOUR_MUTED);
		op_text(&r, cx->left, y, FONT_REGULAR, t->size[SIZE_SMALL],
		    COLOUR_MUTED, left, strlen(left));
		op_text(&r, cx->left + cx->width - rw, y, FONT_REGULAR,
		    t->size[SIZE_SMALL], COLOUR_MUTED, right, strlen(right));
		free(left);
		for (j = 0; j < r.nops; j++)
			*XAPPEND(l->pages[i].ops, l->pages[i].nops,
			    l->pages[i].cap) = r.ops[j];
		free(r.ops);
	}
}

struct layout *
layout_build(const struct plan *pl, const struct guideset *gs,
    const struct template *t, const struct metrics *m,
    const struct cover *cv)
{
	struct lctx	 cx;
	struct layout	*l, *front;
	size_t		*row_page, *section_row, *section_page, i, k, ncover;
	double		 top, bottom;

	memset(&cx, 0, sizeof(cx));
	cx.t = t;
	cx.m = m;
	cx.gs = gs;
	cx.pl = pl;
	l = xcalloc(1, sizeof(*l));
	if (pl->profile->paper == PAPER_LETTER) {
		l->width = LETTER_WIDTH;
		l->height = LETTER_HEIGHT;
	} else {
		l->width = A4_WIDTH;
		l->height = A4_HEIGHT;
	}
	cx.left = t->margin_left;
	cx.width = l->width - t->margin_left - t->margin_right;
	top = t->margin_top;
	/* The footer sits on the bottom margin, inside the text area. */
	bottom = l->height - t->margin_bottom - t->size[SIZE_SMALL] - 14;

	/* The sections first, so the cover can give their pages. */
	section_row = xcalloc(pl->nguides + 1, sizeof(*section_row));
	section_page = xcalloc(pl->nguides + 1, sizeof(*section_page));
	for (i = 0; i < pl->nguides; i++) {
		section_row[i] = cx.nrows;
		section_add(&cx, &pl->guides[i]);
	}
	row_page = xcalloc(cx.nrows + 1, sizeof(*row_page));
	paginate(l, cx.rows, cx.nrows, top, bottom, row_page);
	for (i = 0; i < pl->nguides; i++) {
		/* The heading row follows the section's leading gap. */
		k = section_row[i] + 1;
		section_page[i] = row_page[k < cx.nrows ? k : 0];
	}
	rows_free(&cx);
	free(row_page);

	/* The cover, then its pages in front of the sections. */
	for (ncover = 1;;) {
		front = xcalloc(1, sizeof(*front));
		front->width = l->width;
		front->height = l->height;
		cover_add(&cx, cv, ncover, section_page);
		paginate(front, cx.rows, cx.nrows, top, bottom, NULL);
		rows_free(&cx);
		if (front->npages == ncover)
			break;
		ncover = front->npages;
		layout_free(front);
	}
	front->pages = xreallocarray(front->pages,
	    front->npages + l->npages, sizeof(*front->pages));
	memcpy(front->pages + front->npages, l->pages,
	    l->npages * sizeof(*l->pages));
	front->marks = xreallocarray(front->marks, front->nmarks + l->nmarks,
	    sizeof(*front->marks));
	for (i = 0; i < l->nmarks; i++) {
		front->marks[front->nmarks] = l->marks[i];
		front->marks[front->nmarks++].page += front->npages;
	}
	front->npages += l->npages;
	free(l->pages);
	free(l->marks);
	free(l);
	footer_add(&cx, front, cv);

	free(section_row);
	free(section_page);
	if (cx.failed) {
		layout_free(front);
		return NULL;
	}
	return front;
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
