/* SPDX-License-Identifier: ISC */
/*
 * Shared by the layout*.c files only: rows, the layout context, and the
 * helpers that build rows.  A row is one line of text (or a gap) with
 * everything drawn beside it, so nothing is ever split across a page;
 * rows that must stay together are chained with keep.
 */
#ifndef LAYOUT_INT_H
#define LAYOUT_INT_H

#include "layout.h"
#include "letters.h"

/* Side of a step's checkbox: a little under the item title's size. */
#define CHECKBOX(t)	((t)->size[SIZE_ITEM] * 0.95)
#define INDENT		34.0	/* step text starts at least this far in */
#define BOX_PAD		8.0	/* inner padding of rights and caveats */
#define BOX_BAR		3.0	/* width of a box's left bar */
#define QR_MODULE	2.2	/* side of a QR module, points */
#define QR_GAP		12.0	/* between link text and its QR code */
#define QR_MAX_MODULES	69	/* widest square drawn, in modules */

struct row {
	double		 h;
	int		 keep;		/* keep with the next row */
	int		 space;		/* only a gap: dropped at a page top */
	int		 newpage;	/* start a new page before this row */
	int		 boxed;		/* in a right's or caveat's box */
	char		*mark;		/* heading for a bookmark, or NULL */
	double		 column;	/* >0: set in two columns, this
					   far apart (the source list) */
	double		 air;		/* of h, space below that may go
					   to save a page (columns only) */
	size_t		 item;		/* 1 + index into lctx.conts: the
					   item the row belongs to; 0 none */
	struct op	*ops;		/* y relative to the row's top */
	size_t		 nops;
	size_t		 cap;
};

/*
 * What a page starts with when an item breaks across pages: a line
 * naming the item, "(continued)", in the item's box if it has one.
 */
struct cont {
	struct row	*rows;
	size_t		 nrows;
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
	const char		*today;		/* YYYY-MM-DD, or NULL */
	struct row		*rows;
	size_t			 nrows;
	size_t			 rcap;
	const struct box	*box;		/* current box, or NULL */
	double			 left;		/* content area */
	double			 width;
	int			 failed;	/* text could not be printed */
	int			 nsrc;		/* sources numbered */
	int			**srcnum;	/* [guide][source]: its number */
	size_t			*section_row;	/* [guide]: its heading's row */
	size_t			*step_row;	/* [step number]: its title's */
	size_t			 later_row;	/* the "more time" list's */
	struct cont		*conts;		/* of breakable items */
	size_t			 nconts;
	size_t			 ccap;
	size_t			 item;		/* rows now belong to conts[item - 1] */
	const struct letter_pick *picks;	/* letters printed with it */
	size_t			 npicks;
	size_t			*pick_page;	/* [pick]: its first page,
						   1-based; 0 not known yet */
	const char		*sent;		/* YYYY-MM-DD letters go out */
};


struct row	*row_add(struct lctx *, double h, int keep);
void		 space_add(struct lctx *, double h, int keep);
size_t		 cont_add(struct lctx *, const char *title);
void		 conts_free(struct lctx *);
void		 rows_free(struct lctx *);
struct row	*rows_dup(const struct row *, size_t n);
struct op	*op_text(struct row *, double x, double y, enum font,
		    double size, enum colour, const char *, size_t);
void		 op_rect(struct row *, enum op_type, double x, double y,
		    double w, double h, double lw, enum colour);
void		 op_link(struct row *, double x, double y, double w,
		    double h, const char *uri);
double		 line_height(const struct lctx *, double size);
double		 str_width(const struct lctx *, enum font, double size,
		    const char *);
double		 baseline(const struct lctx *, double h, enum font,
		    double size);
size_t		 text_add(struct lctx *, const char *, enum font, double size,
		    enum colour, double x, double w, int keep,
		    const struct srcpos *);

/* Where things landed, for the cover to give their pages. */
struct pagemap {
	size_t		 offset;	/* pages in front of the body */
	size_t		*section;	/* [guide]: page in the body, 0-based */
	size_t		*step;		/* [step number] */
	size_t		 later;		/* the "when you have more time" list */
	int		 toc;		/* list the sections ("What is inside") */
};

void		 section_add(struct lctx *, const struct plan_guide *);
void		 later_add(struct lctx *);
void		 cover_add(struct lctx *, const struct cover *,
		    const struct pagemap *);
void		 followup_add(struct lctx *);

/*
 * layout_deadlines.c: the requests and deadlines page, for the letters
 * in cx->picks; and under a step that sends a letter, where it is.
 */
void		 deadlines_add(struct lctx *);
void		 letter_note_add(struct lctx *, const struct plan_item *,
		    double x, double w);

/*
 * layout_letter.c: the letters, one or more pages each, on the paper
 * of the profile, with the address in the envelope window.  Their
 * first pages, 0-based, go to first[] (one per pick).  Returns a new
 * layout, or NULL after a message about text it cannot print.
 */
struct layout	*letters_layout(const struct letter_pick *, size_t,
		    const struct profile *, const struct template *,
		    const struct metrics *, const char *sent,
		    size_t *first);


/* layout_refs.c: sources numbered once, listed at the end. */
void		 refs_number(struct lctx *);
void		 refs_add(struct lctx *);
void		 refs_free(struct lctx *);

/* layout_check.c: every field the plan prints; the number reported. */
int		 layout_check_plan(const struct metrics *, const struct plan *);

/* Cut cx's rows into l's pages, add footers, resolve colours. */
void		 layout_paginate(struct layout *, struct lctx *,
		    const char *footer);

#endif
