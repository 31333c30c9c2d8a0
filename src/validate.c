/* SPDX-License-Identifier: ISC */
/* Checks across guides that no single file's schema can express. */
#include <stdlib.h>
#include <string.h>

#include "validate.h"
#include "xalloc.h"

static int
guide_cmp(const void *a, const void *b)
{
	const struct guide	*ga = *(struct guide *const *)a;
	const struct guide	*gb = *(struct guide *const *)b;

	if (ga->order != gb->order)
		return ga->order < gb->order ? -1 : 1;
	return strcmp(ga->id, gb->id);
}

static int
declared_cmp(const void *a, const void *b)
{
	return strcmp((*(struct declared *const *)a)->id,
	    (*(struct declared *const *)b)->id);
}

/*
 * Gather declarations, keeping the first of each id and warning when a
 * later one names it differently.  The result is sorted by id.
 */
static void
gather(struct declared ***out, size_t *nout, struct declared *d, size_t n,
    const char *what)
{
	size_t	i, j, cap = *nout;

	for (i = 0; i < n; i++) {
		for (j = 0; j < *nout; j++)
			if (strcmp((*out)[j]->id, d[i].id) == 0)
				break;
		if (j < *nout) {
			if (strcmp((*out)[j]->name, d[i].name) != 0)
				msg(MSG_DECLARE_NAME, &d[i].pos,
				    "%s \"%s\" is \"%s\" at %s:%d", what,
				    d[i].id, (*out)[j]->name,
				    (*out)[j]->pos.file, (*out)[j]->pos.line);
			continue;
		}
		*XAPPEND(*out, *nout, cap) = &d[i];
	}
}

/*
 * Item ids must be unique across the whole set, because a workshop calls
 * them out and a coverage report names them.  Sorting pointers keeps this
 * n log n for guide sets of tens of thousands of items.
 */
struct idref {
	const char		*id;
	const struct srcpos	*pos;
};

static int
idref_cmp(const void *a, const void *b)
{
	const struct idref	*x = a, *y = b;
	int			 c;

	if ((c = strcmp(x->id, y->id)) != 0)
		return c;
	if ((c = strcmp(x->pos->file, y->pos->file)) != 0)
		return c;
	return x->pos->line - y->pos->line;
}

static void
check_item_ids(const struct guideset *gs)
{
	struct idref	*refs;
	size_t		 n = 0, i, j;

	for (i = 0; i < gs->nguides; i++)
		n += gs->guides[i]->nitems;
	refs = xcalloc(n, sizeof(*refs));
	n = 0;
	for (i = 0; i < gs->nguides; i++)
		for (j = 0; j < gs->guides[i]->nitems; j++) {
			refs[n].id = gs->guides[i]->items[j].id;
			refs[n].pos = &gs->guides[i]->items[j].pos;
			n++;
		}
	if (n > 1)
		qsort(refs, n, sizeof(*refs), idref_cmp);
	for (i = 1; i < n; i++)
		if (strcmp(refs[i].id, refs[i - 1].id) == 0)
			msg(MSG_ITEM_DUPID, refs[i].pos,
			    "\"%s\", first used at %s:%d", refs[i].id,
			    refs[i - 1].pos->file, refs[i - 1].pos->line);
	free(refs);
}

struct guideset *
guideset_build(struct guide **guides, size_t n)
{
	struct guideset	*gs;
	struct guide	*g;
	size_t		 i, kept;

	gs = xcalloc(1, sizeof(*gs));
	if (n > 1)
		qsort(guides, n, sizeof(*guides), guide_cmp);

	/* Drop a guide whose id another already uses. */
	for (i = kept = 0; i < n; i++) {
		if (kept > 0 && strcmp(guides[kept - 1]->id,
		    guides[i]->id) == 0) {
			msg(MSG_GUIDE_DUPID, &guides[i]->pos,
			    "\"%s\", also in %s", guides[i]->id,
			    guides[kept - 1]->file);
			guide_free(guides[i]);
			continue;
		}
		guides[kept++] = guides[i];
	}
	gs->guides = guides;
	gs->nguides = kept;

	for (i = 0; i < gs->nguides; i++) {
		g = gs->guides[i];
		gather(&gs->platforms, &gs->nplatforms, g->platforms,
		    g->nplatforms, "platform");
		gather(&gs->topics, &gs->ntopics, g->topics, g->ntopics,
		    "topic");
	}
	if (gs->nplatforms)
		qsort(gs->platforms, gs->nplatforms, sizeof(*gs->platforms),
		    declared_cmp);
	if (gs->ntopics)
		qsort(gs->topics, gs->ntopics, sizeof(*gs->topics),
		    declared_cmp);

	for (i = 0; i < gs->nguides; i++) {
		g = gs->guides[i];
		if (guideset_topic(gs, g->topic) == NULL)
			msg(MSG_TOPIC_UNKNOWN, &g->pos, "\"%s\"", g->topic);
		if (strcmp(g->recheck_by, g->verified) < 0)
			msg(MSG_GUIDE_DATES, &g->pos, "verified %s, "
			    "recheck-by %s", g->verified, g->recheck_by);
	}
	check_item_ids(gs);
	return gs;
}

void
guide_warn_stale(const struct guide *g, const char *today)
{
	if (strcmp(g->recheck_by, today) < 0)
		msg(MSG_GUIDE_STALE, &g->pos, "\"%s\" was due for a check "
		    "on %s", g->id, g->recheck_by);
}
