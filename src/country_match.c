/* SPDX-License-Identifier: ISC */
/*
 * One matcher for every place a country is typed: options, profile
 * files, rosters and the wizard.  Codes, names in English and in the
 * country's own languages, common names, the UK's nations and US
 * states; and, for anything else, what the person most likely meant.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "country.h"
#include "country_int.h"
#include "xalloc.h"

/* Longer input is not a country, and is not compared with every name. */
#define TYPED_MAX	200

/*
 * ISO 3166-1 entries that are not sovereign states.  A suggestion
 * prefers a state to one of these at the same distance: someone who
 * mistypes a name far more likely lives in a country than on a small
 * island.  iso-codes does not say which entries are states.
 */
static const char territories[] =
    "AI AQ AS AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS "
    "GU HK HM IM IO JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ "
    "SX TC TF TK UM VG VI WF YT";

struct cand {
	int	 near;		/* 0: a likely typo; 1: holds the input */
	int	 dist;		/* edits from the input */
	int	 territory;
	int	 first;		/* 1: starts with another letter */
	int	 kind;
	int	 country, state;
};

static int
is_territory(int country)
{
	const char	*code = countries[country].code;
	const char	*p;

	if (countries[country].part_of != NULL)
		return 1;
	for (p = territories; *p != '\0'; p += 2 + (p[2] == ' '))
		if (p[0] == code[0] && p[1] == code[1])
			return 1;
	return 0;
}

/* Edits allowed for a typo: none in a code-length word, more in long names. */
static int
edits_allowed(int len)
{
	return len <= 3 ? 0 : len <= 5 ? 1 : len <= 9 ? 2 : 3;
}

static int
contains(const unsigned int *hay, int nh, const unsigned int *needle, int nn)
{
	int	i;

	for (i = 0; i + nn <= nh; i++)
		if (memcmp(hay + i, needle, nn * sizeof(*needle)) == 0)
			return 1;
	return 0;
}

static int
cand_cmp(const void *pa, const void *pb)
{
	const struct cand	*a = pa, *b = pb;

	if (a->near != b->near)
		return a->near - b->near;
	if (a->dist != b->dist)
		return a->dist - b->dist;
	if (a->territory != b->territory)
		return a->territory - b->territory;
	if (a->first != b->first)
		return a->first - b->first;
	if (a->kind != b->kind)
		return a->kind - b->kind;
	return a->country - b->country;
}

/* The name that matches t exactly, preferring English to the rest. */
static const struct cname *
exact(const struct cnames *cn, const unsigned int *t, int n)
{
	const struct cname	*best = NULL;
	size_t			 i;

	for (i = 0; i < cn->n; i++)
		if (cn->v[i].len == n && memcmp(cn->v[i].text, t,
		    n * sizeof(*t)) == 0 &&
		    (best == NULL || cn->v[i].kind < best->kind))
			best = &cn->v[i];
	return best;
}

/*
 * What the person likely meant: names within a few edits, the closest
 * first, a country before a territory, and a name that starts with the
 * same letter before one that does not (slips rarely hit the first
 * letter: "Holand" is Holland before Poland); failing those, names
 * that hold what was typed ("Korea").
 */
static void
suggest(const struct cnames *cn, const unsigned int *t, int n,
    struct country_guess *g)
{
	struct cand	*c = NULL;
	size_t		 nc = 0, cap = 0, i, j;
	int		 d, most = edits_allowed(n), diff;

	for (i = 0; i < cn->n; i++) {
		const struct cname *e = &cn->v[i];

		diff = e->len > n ? e->len - n : n - e->len;
		d = diff > most ? most + 1 : fold_distance(t, n, e->text,
		    e->len);
		if (d <= most)
			*XAPPEND(c, nc, cap) = (struct cand){ 0, d,
			    is_territory(e->country), e->text[0] != t[0],
			    e->kind, e->country, e->state };
		else if (n >= 4 && e->kind != NAME_OWN &&
		    contains(e->text, e->len, t, n))
			*XAPPEND(c, nc, cap) = (struct cand){ 1, 0,
			    is_territory(e->country), 0, e->kind,
			    e->country, e->state };
	}
	if (nc > 0)
		qsort(c, nc, sizeof(*c), cand_cmp);
	/* The best kind of match only, each place once. */
	for (i = 0; i < nc && g->nmaybe < COUNTRY_MAYBE; i++) {
		if (c[i].near != c[0].near ||
		    (c[i].near == 0 && c[i].dist != c[0].dist))
			break;
		for (j = 0; j < g->nmaybe; j++)
			if (g->maybe[j] == &countries[c[i].country] &&
			    g->maybe_state[j] == (c[i].state == -1 ? NULL :
			    &usstates[c[i].state]))
				break;
		if (j < g->nmaybe)
			continue;
		g->maybe[g->nmaybe] = &countries[c[i].country];
		g->maybe_state[g->nmaybe++] = c[i].state == -1 ? NULL :
		    &usstates[c[i].state];
	}
	free(c);
}

int
country_match(const char *typed, struct country_guess *g)
{
	const struct cnames	*cn;
	const struct cname	*e;
	unsigned int		 t[FOLD_MAX];
	char			 buf[TYPED_MAX + 1];
	size_t			 len, i;
	int			 n;

	memset(g, 0, sizeof(*g));
	typed += strspn(typed, " \t\r\n");
	len = strlen(typed);
	while (len > 0 && strchr(" \t\r\n", typed[len - 1]) != NULL)
		len--;
	if (len == 0 || len > TYPED_MAX)
		return -1;
	memcpy(buf, typed, len);
	buf[len] = '\0';

	/* Codes first: DE, UK, DEU, US-CA. */
	if ((g->country = country_find(buf)) != NULL)
		return 0;
	if (strncasecmp(buf, "US-", 3) == 0 &&
	    (g->state = usstate_find(buf)) != NULL) {
		g->country = country_find("US");
		return 0;
	}
	cn = country_names(0);
	if (len == 3)
		for (i = 0; i < ncountries; i++)
			if (strcasecmp(cn->alpha3[i], buf) == 0) {
				g->country = &countries[i];
				return 0;
			}

	/* Names; the languages' catalogues only when English fails. */
	if ((n = fold_text(buf, t)) <= 0)
		return -1;
	if ((e = exact(cn, t, n)) == NULL)
		e = exact(cn = country_names(1), t, n);
	if (e != NULL) {
		g->country = &countries[e->country];
		g->state = e->state == -1 ? NULL : &usstates[e->state];
		return 0;
	}
	suggest(cn, t, n, g);
	g->partial = cn->partial;
	return -1;
}

char *
country_guess_hint(const struct country_guess *g)
{
	char	*s = NULL, *t;
	size_t	 i;

	for (i = 0; i < g->nmaybe; i++) {
		t = xasprintf("%s%s%s (%s)", s != NULL ? s : "",
		    i == 0 ? "" : i + 1 == g->nmaybe ? " or " : ", ",
		    g->maybe_state[i] != NULL ? g->maybe_state[i]->name :
		    strip_article(g->maybe[i]->name),
		    g->maybe_state[i] != NULL ? g->maybe_state[i]->code :
		    g->maybe[i]->code);
		free(s);
		s = t;
	}
	return s;
}
