/* SPDX-License-Identifier: ISC */
/* Countries, US states and the region groups that rules match on. */
#ifndef COUNTRY_H
#define COUNTRY_H

#include <stddef.h>

enum region {
	REGION_EU,		/* the 27 EU member states */
	REGION_EEA,		/* EEA states outside the EU: IS, LI, NO */
	REGION_UK,
	REGION_CH,
	REGION_US,
	REGION_CA,
	REGION_BR,
	REGION_AU,
	REGION_OTHER,
	REGION__MAX
};

struct country {
	const char	*code;		/* ISO 3166-1 alpha-2 */
	const char	*name;		/* as in "you live in ...": "the Netherlands" */
	enum region	 region;
	const char	*part_of;	/* the country whose law and
					   authorities reach this territory
					   in full (RE: "FR"), or NULL */
};

struct usstate {
	const char	*code;		/* ISO 3166-2: US-CA */
	const char	*name;		/* California */
};

extern const struct country	countries[];
extern const size_t		ncountries;
extern const struct usstate	usstates[];
extern const size_t		nusstates;

/* A country by its ISO 3166-1 alpha-2 code, or "UK"; NULL if none. */
const struct country	*country_find(const char *);
/* A US state by code ("US-CA" or "CA") or English name; NULL if none. */
const struct usstate	*usstate_find(const char *);
int			 region_find(const char *, enum region *);
const char		*region_code(enum region);
const char		*region_name(enum region);
const char		*strip_article(const char *);
const char		*country_sovereign(const struct country *);

#define COUNTRY_MAYBE	3

/* Where a person said they live, as country_match() understood it. */
struct country_guess {
	const struct country	*country;	/* NULL: not understood */
	const struct usstate	*state;		/* "California": US-CA */
	const struct country	*maybe[COUNTRY_MAYBE]; /* likely meant,
						   best first */
	const struct usstate	*maybe_state[COUNTRY_MAYBE]; /* or NULL */
	size_t			 nmaybe;
	int			 partial;	/* names in other languages
						   missing: no iso-codes */
};

/*
 * Understand a place as people type it, for options, profile files,
 * rosters and the wizard alike: ISO alpha-2 and alpha-3 codes, "UK",
 * "US-CA"; English names, common names ("USA", "Holland"), the UK's
 * nations; names in the country's own languages ("Deutschland"), all
 * without regard to case, accents or spacing; and US states, which
 * give the US and the state.  Returns 0, or -1 with up to
 * COUNTRY_MAYBE suggestions (none for input that is nothing like a
 * name).  Prints nothing.  Reads Debian's iso-codes at the first call
 * that needs it.
 */
int		 country_match(const char *, struct country_guess *);

/*
 * The suggestions as "France (FR)" or "Niger (NE) or Nigeria (NG)": a
 * new string, or NULL if there are none.
 */
char		*country_guess_hint(const struct country_guess *);

#endif
