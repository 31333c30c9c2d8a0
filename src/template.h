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

struct template {
	char		*name;
	double		 margin_top, margin_bottom;
	double		 margin_left, margin_right;
	double		 size[SIZE__MAX];	/* points */
	double		 leading;		/* line height / size */
	double		 space[SPACE__MAX];	/* points */
	struct rgb	 colour[COLOUR__MAX];
};

void	template_free_contents(struct template *);
int	template_colour_parse(const char *, struct rgb *);

#endif
