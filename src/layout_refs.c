/* SPDX-License-Identifier: ISC */
/*
 * The sources, numbered once for the whole checklist and listed once at
 * its end, in two columns of small type: each item keeps its numbers
 * beside it, and no section ends in a page of addresses.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout_int.h"
#include "text.h"
#include "typo.h"
#include "xalloc.h"

#define COLUMN_GAP	18.0

/*
 * Number the sources the printed items cite: in the order the plan
 * cites them, one number per address, so a page cited by two guides is
 * listed once.  Sets cx->srcnum[g][s] (0: not cited) and cx->nsrc.
 */
void
refs_number(struct lctx *cx)
{
	const struct plan *pl = cx->pl;
	const struct plan_guide *pg;
	const struct item *it;
	const struct source *src, *other;
	size_t		 g, i, k, s, h, og, os;
	int		 n = 0, found;

	cx->srcnum = xcalloc(pl->nguides + 1, sizeof(*cx->srcnum));
	for (g = 0; g < pl->nguides; g++)
		cx->srcnum[g] = xcalloc(pl->guides[g].guide->nsources + 1,
		    sizeof(**cx->srcnum));
	for (g = 0; g < pl->nguides; g++) {
		pg = &pl->guides[g];
		for (i = 0; i < pg->nitems; i++) {
			it = pg->items[i].item;
			if (pg->items[i].later)
				continue;
			for (k = 0; k < it->nsources; k++) {
				s = it->sources[k];
				if (cx->srcnum[g][s] != 0)
					continue;
				src = &pg->guide->sources[s];
				/* The same address under another guide. */
				found = 0;
				for (og = 0; og <= g && !found; og++) {
					h = pl->guides[og].guide->nsources;
					for (os = 0; os < h; os++) {
						other = &pl->guides[og].guide->
						    sources[os];
						if (cx->srcnum[og][os] != 0 &&
						    strcmp(other->href,
						    src->href) == 0) {
							cx->srcnum[g][s] =
							    cx->srcnum[og][os];
							found = 1;
							break;
						}
					}
				}
				if (!found)
					cx->srcnum[g][s] = ++n;
			}
		}
	}
	cx->nsrc = n;
}

void
refs_free(struct lctx *cx)
{
	size_t	g;

	if (cx->srcnum == NULL)
		return;
	for (g = 0; g < cx->pl->nguides; g++)
		free(cx->srcnum[g]);
	free(cx->srcnum);
	cx->srcnum = NULL;
}

#define REFS_AIR	1.5

/* The list, in number order, as rows the paginator sets in two columns. */
void
refs_add(struct lctx *cx)
{
	const struct template *t = cx->t;
	const struct plan *pl = cx->pl;
	const struct source *src;
	struct srcpos	 none = { NULL, 0, 0 };
	struct row	*r;
	size_t		 g, s, first, k, at, from, len, o;
	double		 colw, size = t->size[SIZE_SMALL] * 0.9;
	const char	*addr;
	char		*line, day[32];
	int		 num, done;

	if (!(t->parts & PART_SOURCES) || cx->nsrc == 0)
		return;
	colw = (cx->width - COLUMN_GAP) / 2;
	space_add(cx, t->space[SPACE_SECTION], 1);
	first = text_add(cx, text_get(T_SOURCES_HEADING), FONT_BOLD,
	    t->size[SIZE_HEADING],
	    COLOUR_ACCENT, cx->left, cx->width, 1, &none);
	cx->rows[first].mark = xstrdup(text_get(T_SOURCES_HEADING));
	space_add(cx, 4, 1);
	text_add(cx, text_get(T_SOURCES_INTRO), FONT_REGULAR,
	    t->size[SIZE_SMALL], COLOUR_MUTED, cx->left, cx->width, 1, &none);
	space_add(cx, t->space[SPACE_PARAGRAPH], 1);
	for (num = 1; num <= cx->nsrc; num++) {
		done = 0;
		for (g = 0; g < pl->nguides && !done; g++)
			for (s = 0; s < pl->guides[g].guide->nsources; s++) {
				if (cx->srcnum[g][s] != num)
					continue;
				src = &pl->guides[g].guide->sources[s];
				addr = typo_address(src->href);
				line = src->date != NULL ?
				    xasprintf(text_get(T_SOURCE_DATED), num,
				    src->title, typo_date(src->date, day,
				    sizeof(day)), addr) :
				    xasprintf(text_get(T_SOURCE), num, src->title,
				    addr);
				first = text_add(cx, line, FONT_REGULAR, size,
				    COLOUR_MUTED, cx->left, colw, 0,
				    &src->pos);
				/*
				 * Only the lines of the address are links:
				 * the same to a reader, and a third of the
				 * annotations.  Lines are broken at spaces,
				 * one lost at each break.
				 */
				at = 0;
				from = strlen(line) - strlen(addr);
				for (k = first; k < cx->nrows; k++) {
					r = &cx->rows[k];
					r->column = colw + COLUMN_GAP;
					for (len = o = 0; o < r->nops; o++)
						if (r->ops[o].type == OP_TEXT)
							len = strlen(
							    r->ops[o].text);
					if (at + len > from)
						op_link(r, cx->left, 0, colw,
						    r->h, src->href);
					at += len + 1;
				}
				free(line);
				/*
				 * A little air between entries, given up
				 * where that saves the list a page.
				 */
				cx->rows[cx->nrows - 1].h += REFS_AIR;
				cx->rows[cx->nrows - 1].air = REFS_AIR;
				done = 1;
				break;
			}
	}
}
