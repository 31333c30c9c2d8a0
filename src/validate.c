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

/*
 * One declaration of a platform or topic, numbered in the order the
 * guides make them, so that sorting by id keeps the first of each.
 */
struct declref {
	struct declared	*d;
	size_t		 seq;
	int		 topic;		/* 0 platform, 1 topic */
};

static int
declref_cmp(const void *a, const void *b)
{
	const struct declref	*x = a, *y = b;
	int			 c;

	if (x->topic != y->topic)
		return x->topic - y->topic;
	if ((c = strcmp(x->d->id, y->d->id)) != 0)
		return c;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/*
 * Gather every guide's declarations into gs, keeping the first of each
 * id and warning, in the guides' order, when a later one names it
 * differently.  Sorting makes this n log n: comparing each with all
 * kept so far took 5 s for 20,000 small guides and grew as the square.
 */
static void
gather(struct guideset *gs)
{
	static const char *const what[] = { "platform", "topic" };
	struct declref	 *refs;
	const struct declared **first;	/* per seq: the one it repeats */
	struct guide	 *g;
	size_t		  n = 0, i, j, k, ncap[2] = { 0, 0 };

	for (i = 0; i < gs->nguides; i++)
		n += gs->guides[i]->nplatforms + gs->guides[i]->ntopics;
	if (n == 0)
		return;
	refs = xcalloc(n, sizeof(*refs));
	first = xcalloc(n, sizeof(*first));
	for (i = k = 0; i < gs->nguides; i++) {
		g = gs->guides[i];
		for (j = 0; j < g->nplatforms; j++, k++) {
			refs[k].d = &g->platforms[j];
			refs[k].seq = k;
			refs[k].topic = 0;
		}
		for (j = 0; j < g->ntopics; j++, k++) {
			refs[k].d = &g->topics[j];
			refs[k].seq = k;
			refs[k].topic = 1;
		}
	}
	qsort(refs, n, sizeof(*refs), declref_cmp);
	for (i = 0; i < n; i = j) {
		if (refs[i].topic)
			*XAPPEND(gs->topics, gs->ntopics, ncap[1]) = refs[i].d;
		else
			*XAPPEND(gs->platforms, gs->nplatforms, ncap[0]) =
			    refs[i].d;
		for (j = i + 1; j < n && refs[j].topic == refs[i].topic &&
		    strcmp(refs[j].d->id, refs[i].d->id) == 0; j++)
			if (strcmp(refs[j].d->name, refs[i].d->name) != 0)
				first[refs[j].seq] = refs[i].d;
	}
	/* The warnings in the order of the guides, as before. */
	for (i = k = 0; i < gs->nguides; i++) {
		g = gs->guides[i];
		for (j = 0; j < g->nplatforms + g->ntopics; j++, k++) {
			struct declared *d = j < g->nplatforms ?
			    &g->platforms[j] : &g->topics[j - g->nplatforms];

			if (first[k] != NULL)
				msg(MSG_DECLARE_NAME, &d->pos,
				    "%s \"%s\" is \"%s\" at %s:%d",
				    what[j >= g->nplatforms], d->id,
				    first[k]->name, first[k]->pos.file,
				    first[k]->pos.line);
		}
	}
	free(first);
	free(refs);
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

/* Sort refs and report each one equal to the one before it. */
static void
report_dups(struct idref *refs, size_t n, enum msgid id, const char *where)
{
	size_t	i;

	if (n > 1)
		qsort(refs, n, sizeof(*refs), idref_cmp);
	for (i = 1; i < n; i++)
		if (strcmp(refs[i].id, refs[i - 1].id) == 0)
			msg(id, refs[i].pos, "\"%s\", %s %s:%d", refs[i].id,
			    where, refs[i - 1].pos->file,
			    refs[i - 1].pos->line);
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
	report_dups(refs, n, MSG_ITEM_DUPID, "first used at");

	/* Step titles too: a workshop's running order names steps. */
	n = 0;
	for (i = 0; i < gs->nguides; i++)
		for (j = 0; j < gs->guides[i]->nitems; j++) {
			if (gs->guides[i]->items[j].kind != ITEM_STEP ||
			    gs->guides[i]->items[j].title == NULL)
				continue;
			refs[n].id = gs->guides[i]->items[j].title;
			refs[n].pos = &gs->guides[i]->items[j].pos;
			n++;
		}
	report_dups(refs, n, MSG_STEP_DUPTITLE, "also at");
	free(refs);
}

/*
 * A step or right must rest on a statute, regulator, platform or court
 * source, unless it says confirmed="no" and is printed so.  Caveats
 * only warn, so they need no primary source.
 */
static void
check_item_sources(const struct guide *g)
{
	const struct item	*it;
	size_t			 i, j;

	for (i = 0; i < g->nitems; i++) {
		it = &g->items[i];
		if (it->kind == ITEM_CAVEAT || it->unconfirmed)
			continue;
		for (j = 0; j < it->nsources; j++)
			if (SOURCE_PRIMARY(g->sources[it->sources[j]].kind))
				break;
		if (j == it->nsources)
			msg(MSG_SOURCE_WEAK, &it->pos, "%s \"%s\"",
			    it->kind == ITEM_STEP ? "step" : "right", it->id);
	}
}

static int
group_cmp(const void *a, const void *b)
{
	const struct group	*x = *(struct group *const *)a;
	const struct group	*y = *(struct group *const *)b;
	int			 c;

	if ((c = strcmp(x->id, y->id)) != 0)
		return c;
	if ((c = strcmp(x->pos.file, y->pos.file)) != 0)
		return c;
	return x->pos.line - y->pos.line;
}

/* 1 if the rule, or a rule inside it, matches field="group". */
static int
uses_group(const struct rule *r)
{
	size_t	i;

	if (r == NULL)
		return 0;
	if (r->type == RULE_MATCH)
		return r->field == FIELD_GROUP;
	for (i = 0; i < r->nkids; i++)
		if (uses_group(&r->kids[i]))
			return 1;
	return 0;
}

/*
 * Gather the groups of every guide, sorted by id for look-ups, keeping
 * the first of an id.  A group defined by other groups is refused: its
 * meaning would depend on the order they are read in, and a loop would
 * never end.
 */
static void
gather_groups(struct guideset *gs)
{
	struct group	**v = NULL;
	size_t		  n = 0, cap = 0, i, j, kept;

	for (i = 0; i < gs->nguides; i++)
		for (j = 0; j < gs->guides[i]->ngroups; j++) {
			struct group *g = &gs->guides[i]->groups[j];

			if (uses_group(g->rule)) {
				msg(MSG_GROUP_NESTED, &g->pos, "\"%s\"",
				    g->id);
				continue;
			}
			*XAPPEND(v, n, cap) = g;
		}
	if (n > 1)
		qsort(v, n, sizeof(*v), group_cmp);
	for (i = kept = 0; i < n; i++) {
		if (kept > 0 && strcmp(v[kept - 1]->id, v[i]->id) == 0) {
			msg(MSG_GROUP_DUPID, &v[i]->pos, "\"%s\", first "
			    "declared at %s:%d", v[i]->id,
			    v[kept - 1]->pos.file, v[kept - 1]->pos.line);
			continue;
		}
		v[kept++] = v[i];
	}
	gs->groups = v;
	gs->ngroups = kept;
}

static size_t
count_rules(const struct rule *r)
{
	size_t	i, n = 0;

	if (r == NULL)
		return 0;
	if (r->type == RULE_MATCH || r->type == RULE_SINCE)
		return 1;
	for (i = 0; i < r->nkids; i++)
		n += count_rules(&r->kids[i]);
	return n;
}

/*
 * Refuse a set larger than GUIDES_MAX, ITEMS_MAX or RULES_MAX: every
 * later step (plans, coverage) grows with these.  Returns -1 after a
 * message.
 */
static int
check_size(struct guide **guides, size_t n)
{
	size_t	i, j, items = 0, rules = 0;

	if (n > GUIDES_MAX) {
		msg(MSG_SET_GUIDES, NULL, "%zu guides; the limit is %d", n,
		    GUIDES_MAX);
		return -1;
	}
	for (i = 0; i < n; i++) {
		items += guides[i]->nitems;
		rules += count_rules(guides[i]->when);
		for (j = 0; j < guides[i]->ngroups; j++)
			rules += count_rules(guides[i]->groups[j].rule);
		for (j = 0; j < guides[i]->nitems; j++)
			rules += count_rules(guides[i]->items[j].when);
	}
	if (items > ITEMS_MAX) {
		msg(MSG_SET_ITEMS, NULL, "%zu items in %zu guides; the limit "
		    "is %d", items, n, ITEMS_MAX);
		return -1;
	}
	if (rules > RULES_MAX) {
		msg(MSG_SET_RULES, NULL, "%zu <match> rules in %zu guides; "
		    "the limit is %d", rules, n, RULES_MAX);
		return -1;
	}
	return 0;
}

struct guideset *
guideset_build(struct guide **guides, size_t n)
{
	struct guideset	*gs;
	struct guide	*g;
	size_t		 i, kept;

	gs = xcalloc(1, sizeof(*gs));
	if (check_size(guides, n) == -1) {
		/* An empty set: the error has been counted. */
		for (i = 0; i < n; i++)
			guide_free(guides[i]);
		free(guides);
		return gs;
	}
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

	gather(gs);
	gather_groups(gs);

	for (i = 0; i < gs->nguides; i++) {
		g = gs->guides[i];
		if (guideset_topic(gs, g->topic) == NULL)
			msg(MSG_TOPIC_UNKNOWN, &g->pos, "\"%s\"", g->topic);
		if (strcmp(g->recheck_by, g->verified) < 0)
			msg(MSG_GUIDE_DATES, &g->pos, "verified %s, "
			    "recheck-by %s", g->verified, g->recheck_by);
		check_item_sources(g);
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
