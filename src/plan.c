/* SPDX-License-Identifier: ISC */
/*
 * The plan: evaluates each guide's and item's rules against the profile
 * and keeps, for each rule that held, a plain-words clause saying why.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan.h"
#include "text.h"
#include "typo.h"
#include "xalloc.h"

/* Clauses such as "you live in the EU", joined into a reason at the end. */
struct clauses {
	char	**v;
	size_t	  n;
	size_t	  cap;
};

struct planctx {
	const struct guideset	*gs;
	const struct profile	*p;
	struct rules		*rs;
	const char		**vals;		/* scratch for eval_match, */
	const char		**names;	/* max entries each */
	size_t			  max;
	const char		 *today;	/* YYYY-MM-DD */
};

static void
clause_add(struct clauses *c, char *s)
{
	size_t	i;

	for (i = 0; i < c->n; i++)
		if (strcmp(c->v[i], s) == 0) {
			free(s);
			return;
		}
	*XAPPEND(c->v, c->n, c->cap) = s;
}

static void
clauses_truncate(struct clauses *c, size_t n)
{
	while (c->n > n)
		free(c->v[--c->n]);
}

static void
clauses_free(struct clauses *c)
{
	clauses_truncate(c, 0);
	free(c->v);
	c->v = NULL;
	c->cap = 0;
}

/* "A", "A and B", "A, B and C". */
static char *
join_words(const char **w, size_t n, const char *last)
{
	char	*s, *t;
	size_t	 i;

	s = xstrdup(n ? w[0] : "");
	for (i = 1; i < n; i++) {
		t = xasprintf("%s%s%s", s, i + 1 == n ? last :
		    text_get(T_R_COMMA), w[i]);
		free(s);
		s = t;
	}
	return s;
}

/* The printed name of one value of a field. */
static const char *
value_name(const struct planctx *x, enum field f, const char *v)
{
	const struct declared	*d;
	const struct country	*c;
	const struct usstate	*s;
	enum region		 r;

	switch (f) {
	case FIELD_COUNTRY:
	case FIELD_SOVEREIGN:
		return (c = country_find(v)) != NULL ? c->name : v;
	case FIELD_REGION:
		return region_find(v, &r) == 0 ? region_name(r) : v;
	case FIELD_STATE:
		return (s = usstate_find(v)) != NULL ? s->name : v;
	case FIELD_PLATFORM:
		return (d = guideset_platform(x->gs, v)) != NULL ?
		    d->name : v;
	case FIELD_TOPIC:
		return (d = guideset_topic(x->gs, v)) != NULL ? d->name : v;
	default:
		return v;
	}
}

static int
field_given(const struct planctx *x, enum field f)
{
	if (f == FIELD_PLATFORM)
		return x->p->platforms_given;
	if (f == FIELD_TOPIC)
		return x->p->topics_given;
	return 1;
}

/* The clause for values of f that held (or, negated, did not). */
static char *
phrase(const struct planctx *x, enum field f, const char **names,
    size_t n, int negated)
{
	char	*list, *s;

	list = join_words(names, n, text_get(negated ? T_R_OR : T_R_AND));
	switch (f) {
	case FIELD_PLATFORM:
		if (!field_given(x, f))
			s = xasprintf(text_get(T_R_COVERS), list);
		else
			s = xasprintf(text_get(negated ? T_R_NOT_USE :
			    T_R_USE), list);
		break;
	case FIELD_TOPIC:
		if (!field_given(x, f))
			s = xasprintf(text_get(T_R_COVERS), list);
		else
			s = xasprintf(text_get(negated ? T_R_NOT_TOPIC :
			    T_R_TOPIC), list);
		break;
	case FIELD_SOVEREIGN:
		/* "you live in Réunion, part of France" */
		if (!negated && x->p->country != NULL &&
		    x->p->country->part_of != NULL) {
			s = xasprintf(text_get(T_R_LIVE_PART),
			    x->p->country->name, list);
			break;
		}
		/* FALLTHROUGH */
	default:
		s = xasprintf(text_get(negated ? T_R_NOT_LIVE : T_R_LIVE),
		    list);
		break;
	}
	free(list);
	return s;
}

static int	eval(const struct planctx *, const struct rule *,
		    struct clauses *);

/*
 * field="group": the pattern picks declared groups by id, and the rule
 * holds when the rule of one of them holds for this person.  The
 * reason is the group's own ("you live in South Korea"); negated, it
 * names the group ("you do not live in a state with its own privacy
 * law").  A group's rule never matches a group (guideset_build()
 * refuses that), so this recurses once at most.
 */
static int
eval_group(const struct planctx *x, const struct rule *r, int negated,
    struct clauses *why)
{
	struct clauses	  inner = { NULL, 0, 0 };
	const struct group *g;
	const char	**held, **named;
	size_t		  nheld = 0, nnamed = 0, i, mark;
	int		  m, rc = 0;

	held = xcalloc(x->gs->ngroups + 1, sizeof(*held));
	named = xcalloc(x->gs->ngroups + 1, sizeof(*named));
	for (i = 0; i < x->gs->ngroups; i++) {
		g = x->gs->groups[i];
		if ((m = rules_match(x->rs, r, g->id)) == -1) {
			rc = -1;
			goto out;
		}
		if (!m || g->rule == NULL)
			continue;
		named[nnamed++] = g->name;
		mark = inner.n;
		m = eval(x, g->rule, &inner);
		if (m != 1)
			clauses_truncate(&inner, mark);
		if (m == -1) {
			rc = -1;
			goto out;
		}
		if (m)
			held[nheld++] = g->name;
	}
	rc = nheld > 0;
	if (rc && !negated) {
		if (r->because != NULL)
			clause_add(why, xstrdup(r->because));
		else if (inner.n == 0)
			clause_add(why, phrase(x, r->field, held, nheld, 0));
		else {
			/* Hand the group's own clauses over to why. */
			for (i = 0; i < inner.n; i++)
				clause_add(why, inner.v[i]);
			inner.n = 0;
		}
	} else if (!rc && negated && r->because != NULL)
		clause_add(why, xstrdup(r->because));
	else if (!rc && negated && nnamed > 0 && nnamed <= 4)
		clause_add(why, phrase(x, r->field, named, nnamed, 1));
out:
	clauses_free(&inner);
	free(held);
	free(named);
	return rc;
}

static int
eval_match(const struct planctx *x, const struct rule *r, int negated,
    struct clauses *why)
{
	const char	**vals = x->vals, **names = x->names;
	size_t		  nvals, nnames = 0, i, max = x->max;
	int		  m, rc = 0;

	if (r->field == FIELD_GROUP)
		return eval_group(x, r, negated, why);
	/* Allocated once per plan: this runs for every rule. */
	nvals = profile_values(x->p, r->field, vals, max);
	for (i = 0; i < nvals; i++) {
		if ((m = rules_match(x->rs, r, vals[i])) == -1) {
			rc = -1;
			goto out;
		}
		if (m)
			names[nnames++] = value_name(x, r->field, vals[i]);
	}
	rc = nnames > 0;
	if (rc && !negated)
		clause_add(why, r->because != NULL ? xstrdup(r->because) :
		    phrase(x, r->field, names, nnames, 0));
	else if (!rc && negated && r->because != NULL)
		clause_add(why, xstrdup(r->because));
	else if (!rc && negated) {
		/* Name what the pattern excludes, if that stays short. */
		nvals = field_domain(x->gs, r->field, vals, max);
		for (i = 0; i < nvals; i++) {
			if ((m = rules_match(x->rs, r, vals[i])) == -1) {
				rc = -1;
				goto out;
			}
			if (m)
				names[nnames++] = value_name(x, r->field,
				    vals[i]);
		}
		if (nnames > 0 && nnames <= 4)
			clause_add(why, phrase(x, r->field, names, nnames, 1));
	}
out:
	return rc;
}

/*
 * <since date="...">: holds from that day on.  Dates are YYYY-MM-DD,
 * so they compare as strings.  The reason names the date.
 */
static int
eval_since(const struct planctx *x, const struct rule *r, int negated,
    struct clauses *why)
{
	char	 when[32];
	int	 rc;

	rc = strcmp(x->today, r->date) >= 0;
	if (rc != negated) {
		if (r->because != NULL)
			clause_add(why, xstrdup(r->because));
		else {
			typo_date(r->date, when, sizeof(when));
			clause_add(why, xasprintf(text_get(negated ?
			    T_R_NOT_YET : T_R_SINCE), when));
		}
	}
	return rc;
}

/* 1 if the rule holds (clauses added to why), 0 if not, -1 gave up. */
static int
eval(const struct planctx *x, const struct rule *r, struct clauses *why)
{
	struct clauses	 none = { NULL, 0, 0 };
	size_t		 mark = why->n, i;
	int		 rc;

	switch (r->type) {
	case RULE_MATCH:
		return eval_match(x, r, 0, why);
	case RULE_SINCE:
		return eval_since(x, r, 0, why);
	case RULE_ALL:
		for (i = 0; i < r->nkids; i++)
			if ((rc = eval(x, &r->kids[i], why)) != 1) {
				clauses_truncate(why, mark);
				return rc;
			}
		return 1;
	case RULE_ANY:
		for (i = 0; i < r->nkids; i++)
			if ((rc = eval(x, &r->kids[i], why)) != 0)
				return rc;
		return 0;
	case RULE_NOT:
		if (r->nkids != 1)
			return 0;
		if (r->kids[0].type == RULE_MATCH) {
			rc = eval_match(x, &r->kids[0], 1, why);
			return rc == -1 ? -1 : !rc;
		}
		if (r->kids[0].type == RULE_SINCE)
			return !eval_since(x, &r->kids[0], 1, why);
		rc = eval(x, &r->kids[0], &none);
		clauses_free(&none);
		return rc == -1 ? -1 : !rc;
	}
	return 0;
}

/* Clauses in c that are not already in skip, as one reason. */
static char *
reason_join(const struct clauses *c, const struct clauses *skip)
{
	const char	**w;
	char		 *s;
	size_t		  n = 0, i, j;

	w = xcalloc(c->n + 1, sizeof(*w));
	for (i = 0; i < c->n; i++) {
		for (j = 0; skip != NULL && j < skip->n; j++)
			if (strcmp(skip->v[j], c->v[i]) == 0)
				break;
		if (skip == NULL || j == skip->n)
			w[n++] = c->v[i];
	}
	s = n ? join_words(w, n, text_get(T_R_AND)) : NULL;
	free(w);
	return s;
}

static int
topic_chosen(const struct planctx *x, const char *topic)
{
	const struct profile	*p = x->p;
	size_t			 i;

	/* All of them: a binary search, not a walk per guide. */
	if (!p->topics_given)
		return guideset_topic(x->gs, topic) != NULL;
	for (i = 0; i < p->ntopics; i++)
		if (strcmp(p->topics[i]->id, topic) == 0)
			return 1;
	return 0;
}

static void	plan_guide_free(struct plan_guide *);

/* Returns 1 if the guide applies (filled in), 0 if not, -1 gave up. */
static int
plan_guide(const struct planctx *x, const struct guide *g,
    struct plan_guide *pg)
{
	struct clauses	 gwhy = { NULL, 0, 0 }, iwhy = { NULL, 0, 0 };
	struct plan_item *pi;
	const struct declared *t;
	size_t		 i, cap = 0;
	int		 rc, steps = 0;

	if (!topic_chosen(x, g->topic))
		return 0;
	if (x->p->topics_given &&
	    (t = guideset_topic(x->gs, g->topic)) != NULL)
		clause_add(&gwhy, xasprintf(text_get(T_R_TOPIC), t->name));
	if (g->when != NULL && (rc = eval(x, g->when, &gwhy)) != 1) {
		clauses_free(&gwhy);
		return rc;
	}
	pg->guide = g;
	pg->reason = reason_join(&gwhy, NULL);
	for (i = 0; i < g->nitems; i++) {
		if (g->items[i].kind == ITEM_STEP)
			steps++;
		clauses_truncate(&iwhy, 0);
		if (g->items[i].when != NULL &&
		    (rc = eval(x, g->items[i].when, &iwhy)) != 1) {
			if (rc == -1) {
				clauses_free(&gwhy);
				clauses_free(&iwhy);
				return -1;
			}
			continue;
		}
		pi = XAPPEND(pg->items, pg->nitems, cap);
		pi->item = &g->items[i];
		pi->reason = reason_join(&iwhy, &gwhy);
		if (pi->item->kind == ITEM_STEP)
			snprintf(pi->code, sizeof(pi->code), "%s-%02d",
			    g->code, steps);
	}
	clauses_free(&gwhy);
	clauses_free(&iwhy);
	return 1;
}

/* Steps in the order to do them: priority, then the printed order. */
static int
step_cmp(const void *a, const void *b)
{
	const struct plan_item *const *x = a, *const *y = b;
	int	cx = (*x)->item->only_if != NULL, cy = (*y)->item->only_if != NULL;

	if (cx != cy)
		return cx - cy;
	if ((*x)->item->priority != (*y)->item->priority)
		return (*x)->item->priority - (*y)->item->priority;
	return (*x)->number - (*y)->number;
}

/* Every step of the plan, in printed order, into a new array. */
static const struct plan_item **
all_steps(const struct plan *pl, size_t *np)
{
	const struct plan_item **v;
	size_t		 i, j, n = 0;

	for (i = 0; i < pl->nguides; i++)
		for (j = 0; j < pl->guides[i].nitems; j++)
			n += pl->guides[i].items[j].item->kind == ITEM_STEP;
	v = xcalloc(n + 1, sizeof(*v));
	for (n = i = 0; i < pl->nguides; i++)
		for (j = 0; j < pl->guides[i].nitems; j++)
			if (pl->guides[i].items[j].item->kind == ITEM_STEP)
				v[n++] = &pl->guides[i].items[j];
	*np = n;
	return v;
}

/*
 * Sections in the order of their most important step (as the guides
 * come, among equals), so that what protects most is read first; then
 * the time budget; then the step numbers and the time totals.
 */
static void
plan_finish(struct plan *pl)
{
	const struct plan_item **v;
	struct plan_item *pi;
	struct plan_guide tmp;
	size_t		 i, j, k, n;
	int		 used = 0, kept = 0, number = 0;

	for (i = 0; i < pl->nguides; i++) {
		pl->guides[i].best = 6;
		for (j = 0; j < pl->guides[i].nitems; j++) {
			pi = &pl->guides[i].items[j];
			if (pi->item->kind == ITEM_STEP &&
			    pi->item->only_if == NULL &&
			    pi->item->priority < pl->guides[i].best)
				pl->guides[i].best = pi->item->priority;
		}
	}
	/* Insertion sort: stable, and there are a dozen guides. */
	for (i = 1; i < pl->nguides; i++) {
		tmp = pl->guides[i];
		for (k = i; k > 0 && pl->guides[k - 1].best > tmp.best; k--)
			pl->guides[k] = pl->guides[k - 1];
		pl->guides[k] = tmp;
	}

	/* Numbered in printed order first, so that ties keep it. */
	v = all_steps(pl, &n);
	for (i = 0; i < n; i++)
		((struct plan_item *)v[i])->number = (int)i + 1;
	if (pl->budget > 0) {
		qsort(v, n, sizeof(*v), step_cmp);
		/*
		 * The most important step is always kept, whatever its
		 * time; then every step that still fits, in order.  Steps
		 * needed only in some cases cost nothing until they are.
		 */
		for (i = 0; i < n; i++) {
			pi = (struct plan_item *)v[i];
			if (pi->item->only_if != NULL)
				continue;
			if (kept == 0 || used + pi->item->minutes <=
			    pl->budget) {
				used += pi->item->minutes;
				kept++;
			} else
				pi->later = 1;
		}
	}
	free(v);

	/*
	 * A section whose steps were all left for later goes with them:
	 * its rights and caveats are about those steps, and so are its
	 * steps needed only in some cases (a complaint about a request
	 * not sent).
	 */
	for (i = 0; i < pl->nguides && pl->budget > 0; i++) {
		int	steps = 0, later = 0;

		for (j = 0; j < pl->guides[i].nitems; j++) {
			pi = &pl->guides[i].items[j];
			if (pi->item->kind == ITEM_STEP &&
			    pi->item->only_if == NULL) {
				steps++;
				later += pi->later;
			}
		}
		if (steps == 0 || later < steps)
			continue;
		pl->guides[i].later = 1;
		for (j = 0; j < pl->guides[i].nitems; j++)
			pl->guides[i].items[j].later = 1;
	}

	v = all_steps(pl, &n);
	for (i = 0; i < n; i++) {
		pi = (struct plan_item *)v[i];
		if (pi->later) {
			pi->number = 0;
			pl->nlater++;
			pl->minutes_later += pi->item->minutes;
			continue;
		}
		pi->number = ++number;
		if (pi->item->only_if != NULL) {
			pl->nsteps_if++;
			pl->minutes_if += pi->item->minutes;
		} else
			pl->minutes += pi->item->minutes;
	}
	free(v);
	pl->nsteps = number;
	for (i = 0; i < pl->nguides; i++)
		for (j = 0; j < pl->guides[i].nitems; j++) {
			pi = &pl->guides[i].items[j];
			if (pi->item->kind == ITEM_STEP && !pi->later)
				pl->guides[i].minutes += pi->item->minutes;
		}
}

size_t
plan_first_steps(const struct plan *pl, const struct plan_item **out,
    size_t max)
{
	const struct plan_item **v;
	size_t		 i, n, k = 0;

	v = all_steps(pl, &n);
	qsort(v, n, sizeof(*v), step_cmp);
	for (i = 0; i < n && k < max; i++)
		if (!v[i]->later)
			out[k++] = v[i];
	free(v);
	return k;
}

struct plan *
plan_build(const struct guideset *gs, const struct profile *p,
    struct rules *rs, const char *today)
{
	/* No date given: every <since> date is still to come. */
	struct planctx	 x = { gs, p, rs, NULL, NULL, 0,
			    today != NULL ? today : "" };
	struct plan	*pl;
	struct plan_guide pg;
	size_t		 i, cap = 0;
	int		 rc;

	x.max = field_domain_max(gs);
	x.vals = xcalloc(x.max + 1, sizeof(*x.vals));
	x.names = xcalloc(x.max + 1, sizeof(*x.names));
	pl = xcalloc(1, sizeof(*pl));
	pl->profile = p;
	for (i = 0; i < gs->nguides; i++) {
		memset(&pg, 0, sizeof(pg));
		rc = plan_guide(&x, gs->guides[i], &pg);
		/* A guide with nothing left for this person is left out. */
		if (rc != 1 || pg.nitems == 0) {
			plan_guide_free(&pg);
			if (rc == -1) {
				plan_free(pl);
				pl = NULL;
				goto out;
			}
			continue;
		}
		*XAPPEND(pl->guides, pl->nguides, cap) = pg;
		if (pl->verified[0] == '\0' ||
		    strcmp(gs->guides[i]->verified, pl->verified) < 0)
			memcpy(pl->verified, gs->guides[i]->verified,
			    sizeof(pl->verified));
	}
	pl->budget = p->budget;
	plan_finish(pl);
out:
	free(x.vals);
	free(x.names);
	return pl;
}

static void
plan_guide_free(struct plan_guide *pg)
{
	size_t	j;

	free(pg->reason);
	for (j = 0; j < pg->nitems; j++)
		free(pg->items[j].reason);
	free(pg->items);
}

void
plan_free(struct plan *pl)
{
	size_t	i;

	if (pl == NULL)
		return;
	for (i = 0; i < pl->nguides; i++)
		plan_guide_free(&pl->guides[i]);
	free(pl->guides);
	free(pl);
}
