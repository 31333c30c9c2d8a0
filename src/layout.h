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

/*
 * What layout asks of a device.  Everything that depends on the fonts,
 * the file format or the QR encoder is answered here, so that layout
 * can run against the PDF device (pdf.c) or a fixed fake font (dump.c)
 * and give the same kind of answer.
 */
struct metrics {
	/* Width in points of s[0..len) set in font at size. */
	double	(*width)(void *, enum font, double size, const char *s,
		    size_t len);
	/* Non-zero if the device can draw code point cp in font. */
	int	(*has_glyph)(void *, enum font, unsigned int cp);
	/*
	 * Non-zero if every font can draw cp: what the checks ask of every
	 * character of every field, so a device may answer from memory.
	 * NULL: has_glyph is asked for each font.
	 */
	int	(*has_glyph_all)(void *, unsigned int cp);
	/* Baseline below the top of an em of text in font at size. */
	double	(*ascent)(void *, enum font, double size);
	/* How far ink may reach right of the advance (slanted faces). */
	double	(*overhang)(void *, enum font, double size);
	/*
	 * Modules a side of the QR code of uri, quiet zone included, or
	 * -1 if uri cannot be encoded (too long for any version).
	 */
	int	(*qr_modules)(void *, const char *uri);
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
	double		 width, height;	/* points: a pack mixes A4 and Letter */
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
	const char	*today;		/* "2026-11-22": guides due for a
					   check before it say so on paper */
};

/*
 * Lay out the plan on pages of the profile's paper size.  Returns a new
 * layout (free with layout_free()), or NULL after reporting text the
 * device cannot print (layout_check_text(), layout_check_link()).
 */
struct layout	*layout_build(const struct plan *, const struct guideset *,
		    const struct template *, const struct metrics *,
		    const struct cover *);
void		 layout_free(struct layout *);

/*
 * The facilitator sheet for a workshop pack: a running order of the
 * steps, what people need to hand, and who gets what.  names[i] names
 * plans[i]; n is at least 1.  first_page[i] and npages[i] (both may be
 * NULL) are where that person's checklist lies in the pack, 1-based.
 * left_out names the nleft rows whose checklist could not be made;
 * partial the npartial people whose checklist lacks a value of their
 * row (an unknown platform), each with what.  Returns a new layout.
 */
struct layout	*layout_roster(const struct plan *const *plans,
		    const char *const *names, size_t n,
		    const char *const *left_out, size_t nleft,
		    const char *const *partial, size_t npartial,
		    const struct metrics *, const char *date,
		    const size_t *first_page, const size_t *npages);

/*
 * Move the pages and bookmarks of src to the end of dst, first adding
 * blank pages to dst until it has a multiple of align pages (2 starts
 * src on an odd page, for double-sided printing).  Frees src.
 */
void		 layout_append(struct layout *dst, struct layout *src,
		    size_t align);

/*
 * Side in points of a QR code for uri: about 2.2 pt (0.78 mm) a module,
 * which phone cameras read.  Returns -1 if uri cannot be encoded.
 */
double		 layout_qr_size(const struct metrics *, const char *uri);

/*
 * The one judge of whether text can be printed: every character of a
 * field in every face (a field is printed in more than one), and for a
 * link also its QR code.  Each reports once per field, at pos, naming
 * the characters, and returns 0, or -1 after the message.  what names
 * the field in the message ("paragraph", "link").  Used by
 * layout_build() and by validate.
 */
int		 layout_check_text(const struct metrics *, const char *text,
		    const struct srcpos *, const char *what);
int		 layout_check_link(const struct metrics *, const char *uri,
		    const struct srcpos *);

/*
 * Check every printed field of guide g (and of its items and sources)
 * with layout_check_text() and layout_check_link().  Returns the number
 * of fields reported.
 */
int		 layout_check_guide(const struct metrics *,
		    const struct guide *);

/*
 * Break text into lines no wider than maxw: at spaces, else inside long
 * words after / . ? & = _ or before a hyphen, else between characters.  Stores the start
 * and length of each line in starts/lens (allocated, caller frees) and
 * returns the number of lines.
 */
size_t		 layout_break(const struct metrics *, enum font, double size,
		    const char *text, double maxw, size_t **starts,
		    size_t **lens);

#endif
