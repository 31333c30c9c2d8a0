/* SPDX-License-Identifier: ISC */
/* Letters: which a profile gets, in which variant, and when replies are due. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "letters.h"
#include "xalloc.h"

static int
codes_have(char *const *v, size_t n, const char *code)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (strcmp(v[i], code) == 0)
			return 1;
	return 0;
}

int
letter_for(char *const *codes, size_t n, const struct profile *p)
{
	static const enum field fields[] = {
		FIELD_STATE, FIELD_COUNTRY, FIELD_SOVEREIGN, FIELD_REGION
	};
	const char	*vals[4];
	size_t		 i, j, k;

	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		k = profile_values(p, fields[i], vals, 4);
		for (j = 0; j < k; j++)
			if (codes_have(codes, n, vals[j]))
				return 1;
	}
	return 0;
}

const struct variant *
letter_variant(const struct letter *l, const struct profile *p)
{
	/* The most particular place first: a state's law over its region's. */
	static const enum field order[] = {
		FIELD_STATE, FIELD_COUNTRY, FIELD_SOVEREIGN, FIELD_REGION
	};
	const char	*vals[4];
	size_t		 i, j, k, n;

	for (i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		n = profile_values(p, order[i], vals, 4);
		for (j = 0; j < n; j++)
			for (k = 0; k < l->nvariants; k++)
				if (codes_have(l->variants[k].fors,
				    l->variants[k].nfors, vals[j]))
					return &l->variants[k];
	}
	return NULL;
}

/* The length of the next id in a list separated by commas or spaces. */
static size_t
next_id(const char **s)
{
	*s += strspn(*s, ", \t");
	return strcspn(*s, ", \t");
}

static int
picked(const struct letter_pick *v, size_t n, const struct letter *l)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (v[i].letter == l)
			return 1;
	return 0;
}

/* The first printed step of the plan that sends l, or NULL. */
static const struct plan_item *
step_for(const struct plan *pl, const struct letter *l)
{
	const struct plan_item	*pi;
	size_t			 i, j;

	for (i = 0; i < pl->nguides; i++)
		for (j = 0; j < pl->guides[i].nitems; j++) {
			pi = &pl->guides[i].items[j];
			if (!pi->later && pi->item->letter != NULL &&
			    strcmp(pi->item->letter, l->id) == 0)
				return pi;
		}
	return NULL;
}

size_t
letters_pick(const struct plan *pl, const struct guideset *gs,
    struct letter_pick **out)
{
	const struct profile	*p = pl->profile;
	const struct letter	*l;
	const struct variant	*v;
	const struct plan_item	*pi;
	struct letter_pick	*lp;
	const char		*s = p->letters;
	size_t			 n = 0, cap = 0, i, j, len;
	char			*id;

	*out = NULL;
	if (s == NULL)
		return 0;
	if (strcmp(s, "all") == 0) {
		for (i = 0; i < pl->nguides; i++)
			for (j = 0; j < pl->guides[i].nitems; j++) {
				pi = &pl->guides[i].items[j];
				if (pi->later || pi->item->letter == NULL ||
				    (l = guideset_letter(gs,
				    pi->item->letter)) == NULL ||
				    picked(*out, n, l) ||
				    (v = letter_variant(l, p)) == NULL)
					continue;
				lp = XAPPEND(*out, n, cap);
				lp->letter = l;
				lp->variant = v;
				lp->step = pi;
			}
		return n;
	}
	while ((len = next_id(&s)) > 0) {
		id = xstrndup(s, len);
		s += len;
		if ((l = guideset_letter(gs, id)) != NULL &&
		    !picked(*out, n, l) &&
		    (v = letter_variant(l, p)) != NULL) {
			lp = XAPPEND(*out, n, cap);
			lp->letter = l;
			lp->variant = v;
			lp->step = step_for(pl, l);
		}
		free(id);
	}
	return n;
}

/* "a, b, c": every letter id of the guide set; caller frees. */
static char *
letter_ids(const struct guideset *gs)
{
	char	*s = xstrdup(""), *t;
	size_t	 i, j;

	for (i = 0; i < gs->nguides; i++)
		for (j = 0; j < gs->guides[i]->nletters; j++) {
			t = xasprintf("%s%s%s", s, *s != '\0' ? ", " : "",
			    gs->guides[i]->letters[j].id);
			free(s);
			s = t;
		}
	return s;
}

int
letters_check_list(const struct guideset *gs, const char *list)
{
	const char	*s = list;
	char		*id, *all;
	size_t		 len;
	int		 rc = 0, any = 0;

	if (strcmp(list, "all") == 0)
		return 0;
	while ((len = next_id(&s)) > 0) {
		any = 1;
		id = xstrndup(s, len);
		s += len;
		if (guideset_letter(gs, id) == NULL) {
			all = letter_ids(gs);
			msg_usage(MSG_USAGE_LETTERS, "--letters: \"%s\"; the "
			    "letters are: all, %s", id, all);
			free(all);
			rc = -1;
		}
		free(id);
	}
	if (!any) {
		all = letter_ids(gs);
		msg_usage(MSG_USAGE_LETTERS, "--letters is empty; the letters "
		    "are: all, %s", all);
		free(all);
		rc = -1;
	}
	return rc;
}

int
letters_check(const struct guideset *gs)
{
	const struct guide	*g, *h;
	const struct item	*it;
	size_t			 i, j, k, m;
	int			 bad = 0;

	for (i = 0; i < gs->nguides; i++) {
		g = gs->guides[i];
		for (j = 0; j < g->nitems; j++) {
			it = &g->items[j];
			if (it->letter != NULL &&
			    guideset_letter(gs, it->letter) == NULL) {
				msg(MSG_LETTER_UNKNOWN, &it->pos, "\"%s\"",
				    it->letter);
				bad++;
			}
		}
		/* Guides hold a few letters: pairs are cheap. */
		for (j = 0; j < g->nletters; j++)
			for (k = 0; k <= i; k++) {
				h = gs->guides[k];
				for (m = 0; m < (k == i ? j : h->nletters);
				    m++)
					if (strcmp(h->letters[m].id,
					    g->letters[j].id) == 0) {
						msg(MSG_LETTER_DUPID,
						    &g->letters[j].pos,
						    "\"%s\"",
						    g->letters[j].id);
						bad++;
					}
			}
	}
	return bad;
}

void
letters_coverage(FILE *f, const struct guideset *gs)
{
	const struct letter	*l;
	const struct variant	*v;
	size_t			 i, j, k, m;

	for (i = 0; i < gs->nguides; i++)
		for (j = 0; j < gs->guides[i]->nletters; j++) {
			l = &gs->guides[i]->letters[j];
			for (k = 0; k < l->nvariants; k++) {
				v = &l->variants[k];
				if (v->to.nlines > 0)
					continue;
				fprintf(f, "letters: %s:%d: %s for",
				    v->pos.file, v->pos.line, l->id);
				for (m = 0; m < v->nfors; m++)
					fprintf(f, " %s", v->fors[m]);
				fprintf(f, " has no recipient address; the "
				    "reader writes it in\n");
			}
		}
}

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
static long
days_from_civil(long y, int m, int d)
{
	long	era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
civil_from_days(long z, long *y, int *m, int *d)
{
	long	era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	*y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y += *m <= 2;
}

static int
month_days(long y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return days[m - 1];
}

static int
date_parse(const char *s, long *y, int *m, int *d)
{
	char	 c;

	if (s == NULL || strlen(s) != 10 ||
	    sscanf(s, "%4ld-%2d-%2d%c", y, m, d, &c) != 3 ||
	    s[4] != '-' || s[7] != '-' || *y < 1000 || *m < 1 || *m > 12 ||
	    *d < 1 || *d > month_days(*y, *m))
		return -1;
	return 0;
}

int
date_valid(const char *s)
{
	long	y;
	int	m, d;

	return date_parse(s, &y, &m, &d) == 0;
}

int
letter_due(const struct variant *v, const char *sent, char due[11])
{
	long	y, z;
	int	m, d, wd;

	if (date_parse(sent, &y, &m, &d) == -1 ||
	    (v->due_days == 0 && v->due_months == 0))
		return -1;
	if (v->due_months > 0) {
		/* The same date months later; a shorter month's last day. */
		m += v->due_months;
		y += (m - 1) / 12;
		m = (m - 1) % 12 + 1;
		if (d > month_days(y, m))
			d = month_days(y, m);
		z = days_from_civil(y, m, d);
	} else
		z = days_from_civil(y, m, d) + v->due_days;
	if (v->weekend_next) {
		/* 1970-01-01 was a Thursday: 0 Monday .. 6 Sunday. */
		wd = (int)(((z % 7) + 7 + 3) % 7);
		if (wd >= 5)
			z += 7 - wd;
	}
	civil_from_days(z, &y, &m, &d);
	if (y > 9999)
		return -1;
	snprintf(due, 11, "%04u-%02u-%02u", (unsigned)y % 10000u,
	    (unsigned)m % 13u, (unsigned)d % 32u);
	return 0;
}
