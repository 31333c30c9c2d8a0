/* SPDX-License-Identifier: ISC */
/*
 * Layout: line breaking and pagination of a plan into pages of drawing
 * operations.  Knows nothing of PDF: text is measured through struct
 * metrics, so tests can lay out with a fake font.
 */
#ifndef LAYOUT_H
#define LAYOUT_H

#include <stddef.h>

#include "plan.h"
#include "template.h"

enum font {
	FONT_REGULAR,
	FONT_BOLD,
	FONT_ITALIC,
	FONT__MAX
};

struct metrics {
	/* Width in points of s[0..len) set in font at size. */
	double	(*width)(void *, enum font, double size, const char *s,
		    size_t len);
	/* Non-zero if the font can draw code point cp. */
	int	(*has_glyph)(void *, enum font, unsigned int cp);
	void	 *arg;
};

enum op_type {
	OP_TEXT,			/* text at x, baseline y */
	OP_FILL,			/* filled rectangle x, y, w, h */
	OP_STROKE,			/* outlined rectangle */
	OP_RULE,			/* line from (x, y) to (x + w, y + h) */
	OP_LINK,			/* clickable area for uri */
	OP_QR				/* QR code of text in the square x, y, w */
};

/* Coordinates are points from the top-left corner of the page. */
struct op {
	enum op_type	 type;
	double		 x, y, w, h;
	enum font	 font;		/* OP_TEXT */
	double		 size;		/* OP_TEXT; line width for strokes */
	enum colour	 colour;
	struct rgb	 rgb;		/* the colour, from the template */
	char		*text;		/* OP_TEXT: UTF-8; OP_LINK, OP_QR: URI */
};

struct page {
	struct op	*ops;
	size_t		 nops;
	size_t		 cap;
};

/* A bookmark: a heading and where it starts. */
struct mark {
	char		*title;
	size_t		 page;		/* 0-based */
	double		 y;
};

struct layout {
	double		 width, height;	/* page size in points */
	struct page	*pages;
	size_t		 npages;
	struct mark	*marks;
	size_t		 nmarks;
};

/* What the cover says beyond the plan. */
struct cover {
	const char	*date;		/* "22 November 2026" */
	const char	*version;	/* guide set version for the footer */
};

/*
 * Lay out the plan on pages of the profile's paper size.  Returns a new
 * layout (free with layout_free()), or NULL after reporting text the
 * font cannot draw.
 */
struct layout	*layout_build(const struct plan *, const struct guideset *,
		    const struct template *, const struct metrics *,
		    const struct cover *);
void		 layout_free(struct layout *);

/*
 * The facilitator sheet for a workshop pack: who gets which sections,
 * and every step code with how many people have it.  names[i] names
 * plans[i]; n is at least 1.  left_out names the nleft rows whose
 * checklist could not be made.  Returns a new layout.
 */
struct layout	*layout_roster(const struct plan *const *plans,
		    const char *const *names, size_t n,
		    const char *const *left_out, size_t nleft,
		    const struct metrics *, const char *date);

/*
 * Move the pages and bookmarks of src to the end of dst, first adding
 * blank pages to dst until it has a multiple of align pages (2 starts
 * src on an odd page, for double-sided printing).  Frees src.
 */
void		 layout_append(struct layout *dst, struct layout *src,
		    size_t align);

/*
 * Side in points of a QR code for uri: about 2.2 pt (0.78 mm) a module,
 * which phone cameras read, plus the four-module quiet zone each side.
 */
double		 layout_qr_size(const char *uri);

/*
 * Break text into lines no wider than maxw: at spaces, else inside long
 * words after / . - ? & = _, else between characters.  Stores the start
 * and length of each line in starts/lens (allocated, caller frees) and
 * returns the number of lines.
 */
size_t		 layout_break(const struct metrics *, enum font, double size,
		    const char *text, double maxw, size_t **starts,
		    size_t **lens);

#endif
