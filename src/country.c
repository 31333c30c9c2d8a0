/* SPDX-License-Identifier: ISC */
/* Look-ups in the country, state and region tables. */
#include <string.h>
#include <strings.h>

#include "country.h"

static const struct {
	const char	*code;
	const char	*name;		/* as in "you live in ..." */
} regions[REGION__MAX] = {
	[REGION_EU] = { "EU", "the EU" },
	[REGION_EEA] = { "EEA", "the EEA (Iceland, Liechtenstein or Norway)" },
	[REGION_UK] = { "UK", "the UK" },
	[REGION_CH] = { "CH", "Switzerland" },
	[REGION_US] = { "US", "the US" },
	[REGION_CA] = { "CA", "Canada" },
	[REGION_BR] = { "BR", "Brazil" },
	[REGION_AU] = { "AU", "Australia" },
	[REGION_OTHER] = { "OTHER", "a country without its own guide here" },
};

/*
 * Country codes are matched without regard to case, and "UK", which
 * everyone types, stands for ISO's "GB".
 */
const struct country *
country_find(const char *code)
{
	size_t	i;

	if (strcasecmp(code, "UK") == 0)
		code = "GB";
	for (i = 0; i < ncountries; i++)
		if (strcasecmp(countries[i].code, code) == 0)
			return &countries[i];
	return NULL;
}

/* Accepts "US-CA", the bare "CA" and "California". */
const struct usstate *
usstate_find(const char *code)
{
	const char	*name = code;
	size_t		 i;

	if (strncasecmp(code, "US-", 3) == 0)
		code += 3;
	for (i = 0; i < nusstates; i++)
		if (strcasecmp(usstates[i].code + 3, code) == 0)
			return &usstates[i];
	for (i = 0; i < nusstates; i++)
		if (strcasecmp(usstates[i].name, name) == 0)
			return &usstates[i];
	return NULL;
}

int
region_find(const char *code, enum region *r)
{
	int	i;

	for (i = 0; i < REGION__MAX; i++)
		if (strcasecmp(regions[i].code, code) == 0) {
			*r = i;
			return 0;
		}
	return -1;
}

const char *
region_code(enum region r)
{
	return regions[r].code;
}

const char *
region_name(enum region r)
{
	return regions[r].name;
}

/*
 * The country whose national law and authorities apply: the country
 * itself, or the one a territory is part of (Réunion: France).
 */
const char *
country_sovereign(const struct country *c)
{
	return c->part_of != NULL ? c->part_of : c->code;
}

/* "the Netherlands" reads well in a sentence, "Netherlands" in a list. */
const char *
strip_article(const char *name)
{
	return strncmp(name, "the ", 4) == 0 ? name + 4 : name;
}
