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

const struct country	*country_find(const char *);
const struct usstate	*usstate_find(const char *);
int			 region_find(const char *, enum region *);
const char		*region_code(enum region);
const char		*region_name(enum region);
const char		*strip_article(const char *);
const char		*country_sovereign(const struct country *);

#endif
