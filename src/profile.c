/* SPDX-License-Identifier: ISC */
/* Who the checklist is for: checks a typed profile against what is known. */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "profile.h"
#include "utf8.h"
#include "xalloc.h"

void
profile_spec_set(struct profile_spec *spec, enum spec_field f,
    const char *value)
{
	free(spec->value[f]);
	spec->value[f] = xstrdup(value);
}

void
profile_spec_clear(struct profile_spec *spec)
{
	int	f;

	for (f = 0; f < SPEC__MAX; f++) {
		free(spec->value[f]);
		spec->value[f] = NULL;
	}
}

/*
 * A problem in an option is a usage error; the same problem in a
 * profile file is an input error at its line.
 */
static void
report(const struct profile_spec *spec, enum spec_field f, enum msgid id,
    const char *fmt, ...)
{
	char	buf[2048];
	va_list	ap;

	if (fmt == NULL) {
		if (spec->pos[f].file == NULL)
			msg_usage(id, NULL);
		else
			msg(id, &spec->pos[f], NULL);
		return;
	}
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (spec->pos[f].file == NULL)
		msg_usage(id, "%s", buf);
	else
		msg(id, &spec->pos[f], "%s", buf);
}

/*
 * Split a list at commas, semicolons and white space, look each word up
 * among the declarations, and keep each once.
 */
static int
resolve_list(const struct profile_spec *spec, enum spec_field f,
    struct declared *const *known, size_t nknown, enum msgid id,
    const struct declared ***out, size_t *nout)
{
	const char	*p = spec->value[f];
	char		*word, *valid;
	size_t		 len, i, j, cap = 0;
	int		 rc = 0;

	while (*p != '\0') {
		p += strspn(p, ", ;\t\n");
		if ((len = strcspn(p, ", ;\t\n")) == 0)
			break;
		word = xstrndup(p, len);
		p += len;
		for (i = 0; i < nknown; i++)
			if (strcasecmp(known[i]->id, word) == 0)
				break;
		if (i == nknown) {
			valid = declared_join((const struct declared *const *)known,
			    nknown, 0);
			report(spec, f, id, "\"%s\" (known: %s)", word, valid);
			free(valid);
			rc = -1;
		} else {
			for (j = 0; j < *nout; j++)
				if ((*out)[j] == known[i])
					break;
			if (j == *nout)
				*XAPPEND(*out, *nout, cap) = known[i];
		}
		free(word);
	}
	return rc;
}

/*
 * The name as printed on the cover: valid UTF-8, no control characters,
 * white space (line breaks from a CSV cell too) collapsed, at most 80
 * characters.  NULL after a message.
 */
static const char *const spec_names[SPEC__MAX];

static char *
clean_name(const struct profile_spec *spec, enum spec_field f,
    const char *v, size_t max)
{
	char		*s, *d;
	size_t		 bad, off, n = 0;
	unsigned int	 cp;
	int		 space = 0;

	if (utf8_check(v, strlen(v), &bad) != 0) {
		report(spec, f, MSG_TEXT_UTF8, "in the %s at byte %zu",
		    spec_names[f], bad);
		return NULL;
	}
	s = d = xmalloc(strlen(v) + 1);
	for (off = 0; v[off] != '\0'; ) {
		bad = off;
		cp = utf8_decode(v, &off);
		if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') {
			space = d > s;
			continue;
		}
		if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) {
			report(spec, f, MSG_TEXT_CONTROL,
			    "U+%04X in the %s", cp, spec_names[f]);
			free(s);
			return NULL;
		}
		if (++n > max) {
			report(spec, f, MSG_TEXT_LONG,
			    "the %s has more than %zu characters",
			    spec_names[f], max);
			free(s);
			return NULL;
		}
		if (space)
			*d++ = ' ';
		space = 0;
		memcpy(d, v + bad, off - bad);
		d += off - bad;
	}
	*d = '\0';
	return s;
}

/* An unknown country, with what the person likely meant. */
static void
report_country(const struct profile_spec *spec, const char *v,
    const struct country_guess *g)
{
	char	*hint;

	hint = country_guess_hint(g);
	report(spec, SPEC_COUNTRY, MSG_PROFILE_COUNTRY, "\"%s\"%s%s%s%s", v,
	    hint != NULL ? ", did you mean " : "", hint != NULL ? hint : "",
	    hint != NULL ? "?" : "", g->partial ? " (names in other "
	    "languages need Debian's iso-codes and locales packages)" : "");
	free(hint);
}

struct profile *
profile_make(const struct profile_spec *spec, const struct guideset *gs)
{
	struct profile		*p;
	struct country_guess	 guess;
	const struct usstate	*named_state = NULL;
	const char		*v;
	enum region		 r;
	int			 rc = 0, have_region = 0;

	p = xcalloc(1, sizeof(*p));
	p->show_on_cover = 1;
	if ((v = spec->value[SPEC_NAME]) != NULL && *v != '\0' &&
	    (p->name = clean_name(spec, SPEC_NAME, v, 80)) == NULL)
		rc = -1;
	/* For the sender of a letter; lines of the address end at ";". */
	if ((v = spec->value[SPEC_ADDRESS]) != NULL && *v != '\0' &&
	    (p->address = clean_name(spec, SPEC_ADDRESS, v, 200)) == NULL)
		rc = -1;
	if ((v = spec->value[SPEC_EMAIL]) != NULL && *v != '\0' &&
	    (p->email = clean_name(spec, SPEC_EMAIL, v, 100)) == NULL)
		rc = -1;

	if ((v = spec->value[SPEC_REGION]) != NULL) {
		if (region_find(v, &r) == 0) {
			p->region = r;
			have_region = 1;
		} else {
			report(spec, SPEC_REGION, MSG_PROFILE_REGION,
			    "\"%s\" (known: EU, EEA, UK, CH, US, CA, BR, "
			    "AU, OTHER)", v);
			rc = -1;
		}
	}
	if ((v = spec->value[SPEC_COUNTRY]) != NULL) {
		if (country_match(v, &guess) == -1) {
			report_country(spec, v, &guess);
			rc = -1;
		} else if (have_region && guess.country->region != p->region) {
			report(spec, SPEC_REGION, MSG_PROFILE_MISMATCH,
			    "%s is in region %s, not %s", guess.country->code,
			    region_code(guess.country->region),
			    region_code(p->region));
			rc = -1;
		} else {
			p->country = guess.country;
			p->region = p->country->region;
			have_region = 1;
			/* "California" says the state as well. */
			named_state = guess.state;
		}
	}
	if (!have_region && rc == 0 && spec->value[SPEC_STATE] == NULL) {
		report(spec, SPEC_COUNTRY, MSG_PROFILE_NOWHERE, NULL);
		rc = -1;
	}

	if ((p->state = named_state) != NULL && (v = spec->value[SPEC_STATE])
	    != NULL && *v != '\0' && usstate_find(v) != named_state) {
		report(spec, SPEC_STATE, MSG_PROFILE_STATE_TWO,
		    "\"%s\" and %s", v, named_state->name);
		rc = -1;
	} else if ((v = spec->value[SPEC_STATE]) != NULL && *v != '\0' &&
	    named_state == NULL) {
		if ((p->state = usstate_find(v)) == NULL) {
			report(spec, SPEC_STATE, MSG_PROFILE_STATE, "\"%s\"", v);
			rc = -1;
		} else if (have_region && p->region != REGION_US) {
			report(spec, SPEC_STATE, MSG_PROFILE_STATE_US,
			    "%s is a US state, but the region is %s",
			    p->state->code, region_code(p->region));
			rc = -1;
		} else if (!have_region) {
			/* A state alone says where the person lives. */
			p->country = country_find("US");
			p->region = REGION_US;
		}
	}

	if (spec->value[SPEC_PLATFORMS] != NULL) {
		p->platforms_given = 1;
		if (resolve_list(spec, SPEC_PLATFORMS, gs->platforms,
		    gs->nplatforms, MSG_PROFILE_PLATFORM, &p->platforms,
		    &p->nplatforms) == -1)
			rc = -1;
	}
	if (p->nplatforms == 0) {
		/* None named: a handout covering every platform. */
		p->platforms_given = 0;
		p->platforms = xcalloc(gs->nplatforms ? gs->nplatforms : 1,
		    sizeof(*p->platforms));
		for (p->nplatforms = 0; p->nplatforms < gs->nplatforms;
		    p->nplatforms++)
			p->platforms[p->nplatforms] =
			    gs->platforms[p->nplatforms];
	}
	if (spec->value[SPEC_TOPICS] != NULL) {
		p->topics_given = 1;
		if (resolve_list(spec, SPEC_TOPICS, gs->topics, gs->ntopics,
		    MSG_PROFILE_TOPIC, &p->topics, &p->ntopics) == -1)
			rc = -1;
	}
	if (p->ntopics == 0) {
		p->topics_given = 0;
		p->topics = xcalloc(gs->ntopics ? gs->ntopics : 1,
		    sizeof(*p->topics));
		for (p->ntopics = 0; p->ntopics < gs->ntopics; p->ntopics++)
			p->topics[p->ntopics] = gs->topics[p->ntopics];
	}

	/* Letter where people use Letter, A4 everywhere else. */
	p->paper = p->region == REGION_US || p->region == REGION_CA ?
	    PAPER_LETTER : PAPER_A4;
	if ((v = spec->value[SPEC_PAPER]) != NULL) {
		if (strcasecmp(v, "a4") == 0)
			p->paper = PAPER_A4;
		else if (strcasecmp(v, "letter") == 0)
			p->paper = PAPER_LETTER;
		else {
			report(spec, SPEC_PAPER, MSG_PROFILE_PAPER, "\"%s\"", v);
			rc = -1;
		}
	}
	p->template = xstrdup(spec->value[SPEC_TEMPLATE] != NULL ?
	    spec->value[SPEC_TEMPLATE] : "standard");
	if ((v = spec->value[SPEC_COVER]) != NULL)
		p->show_on_cover = strcasecmp(v, "no") != 0;
	if ((v = spec->value[SPEC_BUDGET]) != NULL &&
	    (p->budget = budget_parse(v)) == -1) {
		report(spec, SPEC_BUDGET, MSG_PROFILE_BUDGET, "\"%s\"", v);
		p->budget = 0;
		rc = -1;
	}
	/* A handout for a whole region is for no one in particular. */
	if (p->country == NULL && !p->platforms_given)
		p->show_on_cover = 0;

	if (rc == -1) {
		profile_free(p);
		return NULL;
	}
	return p;
}

void
profile_free(struct profile *p)
{
	if (p == NULL)
		return;
	free(p->name);
	free(p->address);
	free(p->email);
	free(p->platforms);
	free(p->topics);
	free(p->template);
	free(p);
}

size_t
profile_values(const struct profile *p, enum field f, const char **vals,
    size_t max)
{
	size_t	n = 0, i;

	switch (f) {
	case FIELD_COUNTRY:
		if (p->country != NULL && max > 0)
			vals[n++] = p->country->code;
		break;
	case FIELD_SOVEREIGN:
		if (p->country != NULL && max > 0)
			vals[n++] = country_sovereign(p->country);
		break;
	case FIELD_REGION:
		if (max > 0)
			vals[n++] = region_code(p->region);
		break;
	case FIELD_STATE:
		if (p->state != NULL && max > 0)
			vals[n++] = p->state->code;
		break;
	case FIELD_PLATFORM:
		for (i = 0; i < p->nplatforms && n < max; i++)
			vals[n++] = p->platforms[i]->id;
		break;
	case FIELD_TOPIC:
		for (i = 0; i < p->ntopics && n < max; i++)
			vals[n++] = p->topics[i]->id;
		break;
	default:
		break;
	}
	return n;
}

const char *
paper_name(enum paper paper)
{
	return paper == PAPER_LETTER ? "US Letter" : "A4";
}

size_t
field_domain(const struct guideset *gs, enum field f, const char **vals,
    size_t max)
{
	size_t	n = 0, i;

	switch (f) {
	case FIELD_REGION:
		for (i = 0; i < REGION__MAX && n < max; i++)
			vals[n++] = region_code(i);
		break;
	case FIELD_PLATFORM:
		for (i = 0; i < gs->nplatforms && n < max; i++)
			vals[n++] = gs->platforms[i]->id;
		break;
	case FIELD_TOPIC:
		for (i = 0; i < gs->ntopics && n < max; i++)
			vals[n++] = gs->topics[i]->id;
		break;
	case FIELD_STATE:
		for (i = 0; i < nusstates && n < max; i++)
			vals[n++] = usstates[i].code;
		break;
	case FIELD_COUNTRY:
	case FIELD_SOVEREIGN:
		for (i = 0; i < ncountries && n < max; i++)
			vals[n++] = countries[i].code;
		break;
	case FIELD_GROUP:
		for (i = 0; i < gs->ngroups && n < max; i++)
			vals[n++] = gs->groups[i]->id;
		break;
	default:
		break;
	}
	return n;
}

size_t
field_domain_max(const struct guideset *gs)
{
	size_t	m = ncountries;

	if (gs->nplatforms > m)
		m = gs->nplatforms;
	if (gs->ntopics > m)
		m = gs->ntopics;
	if (gs->ngroups > m)
		m = gs->ngroups;
	return m + REGION__MAX;
}

static const char *const spec_names[SPEC__MAX] = {
	[SPEC_ADDRESS] = "address",
	[SPEC_EMAIL] = "email",
	[SPEC_NAME] = "name",
	[SPEC_COUNTRY] = "country",
	[SPEC_REGION] = "region",
	[SPEC_STATE] = "state",
	[SPEC_PLATFORMS] = "platforms",
	[SPEC_TOPICS] = "topics",
	[SPEC_PAPER] = "paper",
	[SPEC_TEMPLATE] = "template",
	[SPEC_COVER] = "cover",
	[SPEC_BUDGET] = "budget",
};

/* The element of a profile file, and the column of a roster. */
const char *
spec_field_name(enum spec_field f)
{
	return spec_names[f];
}

int
budget_parse(const char *s)
{
	double	 total = 0, v;
	char	*end;
	int	 parts = 0, hours = 0;

	while (*s == ' ')
		s++;
	while (*s != '\0') {
		/* Digits only: strtod would take "inf", "0x1p4" and "1e9". */
		if (*s < '0' || *s > '9')
			return -1;
		v = strtod(s, &end);
		if (end == s || v > 6000)
			return -1;
		s = end;
		while (*s == ' ')
			s++;
		if (*s == 'h' || *s == 'H') {
			v *= 60;
			hours = 1;
			s++;
			if (strncasecmp(s, "ours", 4) == 0)
				s += 4;
			else if (strncasecmp(s, "our", 3) == 0)
				s += 3;
			else if (strncasecmp(s, "rs", 2) == 0)
				s += 2;
			else if (*s == 'r' || *s == 'R')
				s++;
		} else if (*s == 'm' || *s == 'M') {
			s++;
			if (strncasecmp(s, "inutes", 6) == 0)
				s += 6;
			else if (strncasecmp(s, "inute", 5) == 0)
				s += 5;
			else if (strncasecmp(s, "ins", 3) == 0)
				s += 3;
			else if (strncasecmp(s, "in", 2) == 0)
				s += 2;
		} else if (*s != '\0' || (parts > 0 && !hours))
			return -1;	/* a bare number is minutes: "90", "1h30" */
		total += v;
		parts++;
		while (*s == ' ')
			s++;
		if (parts > 2)
			return -1;
	}
	if (parts == 0 || total < 1 || total > 6000)
		return -1;
	return (int)(total + 0.5);
}
