/* SPDX-License-Identifier: ISC */
/*
 * Steps a time budget left out, listed on one page in the order to do
 * them, so that nothing is lost: each with its code, title and time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout_int.h"
#include "text.h"
#include "xalloc.h"

void
later_add(struct lctx *cx)
{
	const struct template *t = cx->t;
	const struct plan *pl = cx->pl;
	const struct plan_item **v;
	struct srcpos	 none = { NULL, 0, 0 };
	struct row	*r;
	size_t		 i, j, n = 0, k, first;
	double		 size = t->size[SIZE_BODY], cw, x;
	char		*s;

	if (pl->nlater == 0)
		return;
	v = xcalloc(pl->nlater, sizeof(*v));
	for (i = 0; i < pl->nguides; i++)
		for (j = 0; j < pl->guides[i].nitems; j++)
			if (pl->guides[i].items[j].later &&
			    pl->guides[i].items[j].item->kind == ITEM_STEP)
				v[n++] = &pl->guides[i].items[j];
	/* In the order to do them. */
	for (i = 1; i < n; i++)
		for (k = i; k > 0 && v[k - 1]->item->priority >
		    v[k]->item->priority; k--) {
			const struct plan_item *tmp = v[k];

			v[k] = v[k - 1];
			v[k - 1] = tmp;
		}

	space_add(cx, t->space[SPACE_SECTION], 1);
	first = text_add(cx, text_get(T_LATER_HEADING), FONT_BOLD,
	    t->size[SIZE_HEADING], COLOUR_ACCENT, cx->left, cx->width, 1,
	    &none);
	cx->rows[first].newpage = 1;
	cx->rows[first].mark = xstrdup(text_get(T_LATER_HEADING));
	space_add(cx, t->space[SPACE_PARAGRAPH], 1);
	text_add(cx, text_get(T_LATER_INTRO), FONT_REGULAR, size, COLOUR_TEXT,
	    cx->left, cx->width, 1, &none);
	space_add(cx, t->space[SPACE_PARAGRAPH], 1);
	cw = cx->m->width(cx->m->arg, FONT_BOLD, size, "BROKER-00", 9) + 12;
	x = cx->left + CHECKBOX(t) + 8;
	for (i = 0; i < n; i++) {
		s = v[i]->item->minutes > 0 ?
		    xasprintf(text_get(T_LATER_ENTRY), v[i]->item->title,
		    v[i]->item->minutes) : xstrdup(v[i]->item->title);
		space_add(cx, 3, 1);
		k = text_add(cx, s, FONT_REGULAR, size, COLOUR_TEXT, x + cw,
		    cx->left + cx->width - x - cw, i + 1 < n, &v[i]->item->pos);
		free(s);
		r = &cx->rows[k];
		op_rect(r, OP_STROKE, cx->left + 0.5, (r->h - CHECKBOX(t)) / 2,
		    CHECKBOX(t), CHECKBOX(t), 0.9, COLOUR_BOX);
		op_text(r, x, baseline(cx, r->h, FONT_BOLD, size), FONT_BOLD,
		    size, COLOUR_ACCENT, v[i]->code, strlen(v[i]->code));
	}
	free(v);
}
