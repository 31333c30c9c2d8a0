/* SPDX-License-Identifier: ISC */
/* Layout templates: page margins, type sizes, spacing and colours. */
#ifndef TEMPLATE_H
#define TEMPLATE_H

struct rgb {
	double	r, g, b;		/* 0..1 */
};

enum colour {
	COLOUR_TEXT,			/* body text */
	COLOUR_MUTED,			/* reasons, footers, sources */
	COLOUR_ACCENT,			/* headings, step numbers */
	COLOUR_LINK,
	COLOUR_RIGHT_FILL,		/* tint behind a right */
	COLOUR_RIGHT_RULE,		/* bar beside a right */
	COLOUR_CAVEAT_FILL,
	COLOUR_CAVEAT_RULE,
	COLOUR_BOX,			/* checkbox and rules */
	COLOUR__MAX
};

enum size {
	SIZE_BODY,
	SIZE_SMALL,			/* reasons, sources, footer */
	SIZE_ITEM,			/* item titles */
	SIZE_HEADING,			/* guide titles */
	SIZE_TITLE,			/* the cover title */
	SIZE__MAX
};

enum space {
	SPACE_PARAGRAPH,		/* between paragraphs of an item */
	SPACE_ITEM,			/* between items */
	SPACE_SECTION,			/* before a guide's heading */
	SPACE__MAX
};

/* Parts of a checklist a template can leave out. */
#define PART_COVER_PAGE	(1u << 0)	/* sections start on a new page */
#define PART_SOURCES	(1u << 1)	/* source list after each section */
#define PART_QR		(1u << 2)	/* QR codes beside links */
#define PART_DONE_LINE	(1u << 3)	/* "Done on ____" under steps */
#define PART_FOLLOW_UP	(1u << 4)	/* the follow-up page */
#define PART_CONTENTS	(1u << 5)	/* the list of sections on the cover */
#define PART__ALL	((1u << 6) - 1)

struct template {
	char		*name;
	double		 margin_top, margin_bottom;
	double		 margin_left, margin_right;
	double		 size[SIZE__MAX];	/* points */
	double		 leading;		/* line height / size */
	double		 space[SPACE__MAX];	/* points */
	struct rgb	 colour[COLOUR__MAX];
	unsigned int	 parts;			/* PART_* bits */
	int		 note_lines;		/* ruled lines under steps */
};

void	template_free_contents(struct template *);
int	template_colour_parse(const char *, struct rgb *);

#endif
