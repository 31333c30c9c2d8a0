/* SPDX-License-Identifier: ISC */
/*
 * The coverage check: builds the plan for every kind of person the
 * tool knows and reports what no one gets, and who gets nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "coverage.h"
#include "plan.h"
#include "profile.h"
#include "xalloc.h"

/*
 * What the check may cost.  Each pattern is matched against each value
 * of its field once (a few hundred values), and each profile's plan
 * walks every guide and rule: past these it would run for minutes.
 * The built-in guides need 224 patterns and 1.5 million steps.
 */
#define COVER_MAX_PATTERNS	20000
#define COVER_MAX_WORK		100000000.0

struct cover {
	const struct guideset	*gs;
	struct rules		*rs;
	size_t			*base;		/* first item index per guide */
	char			*reached;	/* per item */
	const char		*today;		/* the date tried now */
	const char		*first;		/* empty plans: reported then */
	unsigned char		*creg;		/* per country: REG_* bits */
	unsigned char		*sreg;		/* per US state: REG_* bits */
	long			 tried;
	int			 gave_up;
};

#define REG_NAMED	0x01	/* someone there gets a regulator item */
#define REG_ROUTE	0x02	/* ... and one with a link to complain */

/* Does needle occur in hay, ignoring ASCII case? */
static int
has_word(const char *hay, const char *needle)
{
	size_t	i, n = strlen(needle);

	for (; hay != NULL && *hay != '\0'; hay++) {
		for (i = 0; i < n && hay[i] != '\0'; i++)
			if ((hay[i] | 0x20) != needle[i])
				break;
		if (i == n)
			return 1;
	}
	return 0;
}

/*
 * Does the item name the regulator of those who get it?  Marked ones
 * say so with role="regulator".  Items written before the attribute
 * are recognised by what they tell the reader to do: complain ("Complain
 * to the CNIL", "Then complain to the ICO") or report a problem ("Report
 * a problem to the FDPIC").
 */
static int
names_regulator(const struct item *it)
{
	return it->regulator || has_word(it->title, "complain") ||
	    has_word(it->title, "report a problem to");
}

/* Report each match rule whose pattern matches nothing it could see. */
static void
check_rule(struct cover *c, const struct rule *r, const char **vals,
    size_t max)
{
	size_t	n, i;
	int	m, any = 0;

	if (r->type == RULE_SINCE)
		return;
	if (r->type != RULE_MATCH) {
		for (i = 0; i < r->nkids; i++)
			check_rule(c, &r->kids[i], vals, max);
		return;
	}
	n = field_domain(c->gs, r->field, vals, max);
	for (i = 0; i < n && !any; i++) {
		if ((m = rules_match(c->rs, r, vals[i])) == -1) {
			c->gave_up = 1;
			return;
		}
		any = m;
	}
	if (!any)
		msg(MSG_RULE_NEVER, &r->pos, "%s \"%s\"", field_name(r->field),
		    r->pattern);
}

/*
 * The index of g in the set, searching on from *from: a plan keeps the
 * set's order, so one walk serves a whole plan, not one per guide.
 */
static size_t
guide_index(const struct cover *c, const struct guide *g, size_t *from)
{
	size_t	i;

	for (i = *from; i < c->gs->nguides; i++)
		if (c->gs->guides[i] == g)
			return *from = i;
	for (i = 0; i < *from; i++)
		if (c->gs->guides[i] == g)
			return *from = i;
	return c->gs->nguides;
}

/* Plan for one profile; mark what it reaches; report it if empty. */
static void
try_profile(struct cover *c, const char *country, const char *region,
    const char *state, const char *platform, const char *topic,
    unsigned char *reg)
{
	struct profile_spec	 spec;
	struct profile		*p;
	struct plan		*pl;
	const struct plan_guide	*pg;
	size_t			 i, j, g, from = 0;

	memset(&spec, 0, sizeof(spec));
	if (country != NULL)
		profile_spec_set(&spec, SPEC_COUNTRY, country);
	if (region != NULL)
		profile_spec_set(&spec, SPEC_REGION, region);
	if (state != NULL)
		profile_spec_set(&spec, SPEC_STATE, state);
	if (platform != NULL)
		profile_spec_set(&spec, SPEC_PLATFORMS, platform);
	if (topic != NULL)
		profile_spec_set(&spec, SPEC_TOPICS, topic);
	p = profile_make(&spec, c->gs);
	profile_spec_clear(&spec);
	if (p == NULL)
		return;
	c->tried++;
	if ((pl = plan_build(c->gs, p, c->rs, c->today)) == NULL) {
		c->gave_up = 1;
		profile_free(p);
		return;
	}
	/*
	 * Empty checklists are reported for regions only: the countries
	 * and states are tried to reach their own items, and would repeat
	 * each region's report many times over.  Likewise only on the
	 * first date tried (before any <since>), not once per date.
	 */
	if (pl->nguides == 0 && region != NULL && c->today == c->first)
		msg(MSG_COVER_EMPTY, NULL, "for someone in region %s%s%s%s%s",
		    region, platform != NULL ? " who uses " : "",
		    platform != NULL ? platform : "",
		    topic != NULL ? " and chose the topic " : "",
		    topic != NULL ? topic : "");
	for (i = 0; i < pl->nguides; i++) {
		pg = &pl->guides[i];
		g = guide_index(c, pg->guide, &from);
		for (j = 0; j < pg->nitems; j++) {
			c->reached[c->base[g] +
			    (size_t)(pg->items[j].item - pg->guide->items)] = 1;
			if (reg == NULL || !names_regulator(pg->items[j].item))
				continue;
			*reg |= REG_NAMED;
			if (pg->items[j].item->link != NULL)
				*reg |= REG_ROUTE;
		}
	}
	plan_free(pl);
	profile_free(p);
}

/*
 * The dates of <since> rules, sorted, each once.  The check tries a
 * day before all of them and each of them in turn: between two such
 * dates every plan is the same, so these are all the plans there are.
 */
static void
collect_dates(const struct rule *r, char ***v, size_t *n, size_t *cap)
{
	size_t	i;

	if (r == NULL)
		return;
	if (r->type == RULE_SINCE) {
		for (i = 0; i < *n; i++)
			if (strcmp((*v)[i], r->date) == 0)
				return;
		*XAPPEND(*v, *n, *cap) = (char *)r->date;
		return;
	}
	for (i = 0; i < r->nkids; i++)
		collect_dates(&r->kids[i], v, n, cap);
}

static int
date_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char **
guide_dates(const struct guideset *gs, size_t *n)
{
	const struct guide *g;
	char		**v = NULL;
	size_t		  cap = 0, i, j;

	*n = 0;
	/* The first "date": before any a guide can hold. */
	*XAPPEND(v, *n, cap) = (char *)"0000-00-00";
	for (i = 0; i < gs->nguides; i++) {
		g = gs->guides[i];
		collect_dates(g->when, &v, n, &cap);
		for (j = 0; j < g->ngroups; j++)
			collect_dates(g->groups[j].rule, &v, n, &cap);
		for (j = 0; j < g->nitems; j++)
			collect_dates(g->items[j].when, &v, n, &cap);
	}
	qsort(v, *n, sizeof(*v), date_cmp);
	return v;
}

/* Refuse, after a message, a check that would run for minutes. */
static int
too_big(const struct guideset *gs, struct rules *rs, size_t ndates)
{
	double	 profiles, work;
	size_t	 i, j, rules = 0;

	if (rules_patterns(rs) > COVER_MAX_PATTERNS) {
		msg(MSG_COVER_BIG, NULL, "%zu different patterns; the limit "
		    "is %d", rules_patterns(rs), COVER_MAX_PATTERNS);
		return 1;
	}
	for (i = 0; i < gs->nguides; i++) {
		rules += gs->guides[i]->when != NULL;
		for (j = 0; j < gs->guides[i]->nitems; j++)
			rules += gs->guides[i]->items[j].when != NULL;
	}
	profiles = (double)(REGION__MAX + ncountries + nusstates) *
	    (double)(gs->nplatforms + gs->ntopics) * (double)ndates;
	work = profiles * (double)(gs->nguides + rules);
	if (work > COVER_MAX_WORK) {
		msg(MSG_COVER_BIG, NULL, "%.0f profiles (every place with "
		    "each of %zu platforms and topics, on each of %zu dates) "
		    "times %zu guides and rules; the limit is %.0f million",
		    profiles, gs->nplatforms + gs->ntopics, ndates,
		    gs->nguides + rules,
		    COVER_MAX_WORK / 1e6);
		return 1;
	}
	return 0;
}

/* Every region, country and state, with each platform and topic. */
static void
try_all(struct cover *c)
{
	size_t	i, j;

	for (i = 0; i < REGION__MAX && !c->gave_up; i++) {
		for (j = 0; j < c->gs->nplatforms; j++)
			try_profile(c, NULL, region_code(i), NULL,
			    c->gs->platforms[j]->id, NULL, NULL);
		for (j = 0; j < c->gs->ntopics; j++)
			try_profile(c, NULL, region_code(i), NULL, NULL,
			    c->gs->topics[j]->id, NULL);
	}
	/* Countries and states with each platform, then each topic. */
	for (i = 0; i < ncountries && !c->gave_up; i++) {
		for (j = 0; j < c->gs->nplatforms; j++)
			try_profile(c, countries[i].code, NULL, NULL,
			    c->gs->platforms[j]->id, NULL, &c->creg[i]);
		for (j = 0; j < c->gs->ntopics; j++)
			try_profile(c, countries[i].code, NULL, NULL, NULL,
			    c->gs->topics[j]->id, &c->creg[i]);
	}
	for (i = 0; i < nusstates && !c->gave_up; i++) {
		for (j = 0; j < c->gs->nplatforms; j++)
			try_profile(c, NULL, NULL, usstates[i].code,
			    c->gs->platforms[j]->id, NULL, &c->sreg[i]);
		for (j = 0; j < c->gs->ntopics; j++)
			try_profile(c, NULL, NULL, usstates[i].code, NULL,
			    c->gs->topics[j]->id, &c->sreg[i]);
	}
}

static const char *
yes(int b)
{
	return b ? "yes" : "no";
}

/*
 * Who has a regulator to turn to.  Each country and US state is
 * reported on standard output.  A country in one of the named regions
 * (not OTHER) that has no regulator item, or none with a complaint
 * route, is an error, but only where some other country of its region
 * has one: a guide set that names no regulator for a region (a city
 * library's guide, say) is not about regulators there.
 */
static void
check_regulators(const struct cover *c)
{
	unsigned char	covered[REGION__MAX];
	size_t		i;
	int		r;

	memset(covered, 0, sizeof(covered));
	for (i = 0; i < ncountries; i++)
		covered[countries[i].region] |= c->creg[i];
	for (i = 0; i < ncountries; i++) {
		r = c->creg[i];
		printf("regulator: %s %s: named %s, complaint route %s\n",
		    countries[i].code, strip_article(countries[i].name),
		    yes(r & REG_NAMED), yes(r & REG_ROUTE));
		if (countries[i].region == REGION_OTHER ||
		    covered[countries[i].region] == 0 ||
		    (r & (REG_NAMED | REG_ROUTE)) == (REG_NAMED | REG_ROUTE))
			continue;
		msg(MSG_COVER_NO_REGULATOR, NULL, "%s (%s, region %s)%s",
		    strip_article(countries[i].name), countries[i].code,
		    region_code(countries[i].region),
		    r & REG_NAMED ? ": it is named, with no link" : "");
	}
	for (i = 0; i < nusstates; i++) {
		r = c->sreg[i];
		printf("regulator: %s %s: named %s, complaint route %s\n",
		    usstates[i].code, usstates[i].name,
		    yes(r & REG_NAMED), yes(r & REG_ROUTE));
	}
}

long
coverage_check(const struct guideset *gs, struct rules *rs)
{
	struct cover	 c;
	const char	**vals;
	const struct guide *g;
	char		**dates;
	size_t		 max, i, j, k, d, ndates, total = 0;

	memset(&c, 0, sizeof(c));
	c.gs = gs;
	c.rs = rs;
	dates = guide_dates(gs, &ndates);
	c.first = dates[0];
	if (too_big(gs, rs, ndates)) {
		free(dates);
		return -1;
	}
	max = field_domain_max(gs);
	vals = xcalloc(max, sizeof(*vals));

	for (i = 0; i < gs->nguides; i++) {
		g = gs->guides[i];
		if (g->when != NULL)
			check_rule(&c, g->when, vals, max);
		for (j = 0; j < g->ngroups; j++)
			if (g->groups[j].rule != NULL)
				check_rule(&c, g->groups[j].rule, vals, max);
		for (j = 0; j < g->nitems; j++)
			if (g->items[j].when != NULL)
				check_rule(&c, g->items[j].when, vals, max);
	}

	c.base = xcalloc(gs->nguides + 1, sizeof(*c.base));
	for (i = 0; i < gs->nguides; i++) {
		c.base[i] = total;
		total += gs->guides[i]->nitems;
	}
	c.reached = xcalloc(total + 1, 1);
	c.creg = xcalloc(ncountries + 1, 1);
	c.sreg = xcalloc(nusstates + 1, 1);

	/* An item is reached if someone gets it on some date. */
	for (d = 0; d < ndates && !c.gave_up; d++) {
		c.today = dates[d];
		try_all(&c);
	}

	for (i = 0; i < gs->nguides && !c.gave_up; i++)
		for (k = 0; k < gs->guides[i]->nitems; k++)
			if (!c.reached[c.base[i] + k])
				msg(MSG_COVER_UNREACHED,
				    &gs->guides[i]->items[k].pos, "\"%s\"",
				    gs->guides[i]->items[k].id);
	if (!c.gave_up)
		check_regulators(&c);
	free(c.creg);
	free(c.sreg);
	free(dates);
	free(vals);
	free(c.base);
	free(c.reached);
	return c.gave_up ? -1 : c.tried;
}

void
coverage_sources(FILE *f, const struct guideset *gs)
{
	const struct guide *g;
	const struct item *it;
	size_t	 i, j, k, n = 0, primary = 0, unconfirmed = 0;

	for (i = 0; i < gs->nguides; i++) {
		g = gs->guides[i];
		for (j = 0; j < g->nitems; j++) {
			it = &g->items[j];
			if (it->kind == ITEM_CAVEAT)
				continue;
			n++;
			unconfirmed += it->unconfirmed;
			for (k = 0; k < it->nsources; k++)
				if (SOURCE_PRIMARY(g->sources[it->sources[k]].kind))
					break;
			primary += k < it->nsources;
		}
	}
	fprintf(f, "sources: %zu of %zu steps and rights (%zu%%) cite a "
	    "statute, regulator, platform or court; %zu marked not "
	    "confirmed\n", primary, n, n ? primary * 100 / n : 100,
	    unconfirmed);
}
