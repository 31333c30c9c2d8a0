/* SPDX-License-Identifier: ISC */
#include <stdlib.h>

#include "harness.h"
#include "profile.h"

static struct profile *
make(const char *country, const char *region, const char *state,
    const char *platforms)
{
	struct profile_spec	 spec;
	struct profile		*p;

	memset(&spec, 0, sizeof(spec));
	if (country)
		profile_spec_set(&spec, SPEC_COUNTRY, country);
	if (region)
		profile_spec_set(&spec, SPEC_REGION, region);
	if (state)
		profile_spec_set(&spec, SPEC_STATE, state);
	if (platforms)
		profile_spec_set(&spec, SPEC_PLATFORMS, platforms);
	p = profile_make(&spec, fixture_guides());
	profile_spec_clear(&spec);
	return p;
}

void
test_profile(void)
{
	struct profile	*p;
	const char	*vals[4];
	size_t		 i;

	p = make("de", NULL, NULL, "instagram,facebook,instagram");
	CHECK(p != NULL);
	CHECK_STR(p->country->code, "DE");
	CHECK(p->region == REGION_EU);
	CHECK(p->paper == PAPER_A4);
	CHECK(p->nplatforms == 2 && p->platforms_given);
	CHECK(p->show_on_cover);
	profile_free(p);

	p = make("UK", NULL, NULL, NULL);
	CHECK(p != NULL && p->region == REGION_UK);
	CHECK_STR(p->country->code, "GB");
	/* No platforms named: a handout for all of them. */
	CHECK(p->nplatforms == 3 && !p->platforms_given);
	profile_free(p);

	p = make("NO", NULL, NULL, NULL);
	CHECK(p != NULL && p->region == REGION_EEA);
	profile_free(p);

	p = make(NULL, NULL, "US-CA", "whatsapp");
	CHECK(p != NULL && p->region == REGION_US);
	CHECK(p->paper == PAPER_LETTER);
	CHECK_STR(p->state->name, "California");
	profile_free(p);

	/* A territory that is part of a country: its region, its law. */
	p = make("RE", NULL, NULL, NULL);
	CHECK(p != NULL && p->region == REGION_EU);
	CHECK_STR(country_sovereign(p->country), "FR");
	CHECK(profile_values(p, FIELD_SOVEREIGN, vals, 4) == 1);
	CHECK_STR(vals[0], "FR");
	profile_free(p);
	p = make("AX", NULL, NULL, NULL);
	CHECK(p != NULL && p->region == REGION_EU);
	CHECK_STR(country_sovereign(p->country), "FI");
	profile_free(p);
	p = make("PF", NULL, NULL, NULL);
	CHECK(p != NULL && p->region == REGION_OTHER);
	CHECK_STR(country_sovereign(p->country), "PF");
	profile_free(p);
	/*
	 * The table: each part_of names a country in the same region that
	 * is not itself part of another, so one look-up always suffices.
	 */
	for (i = 0; i < ncountries; i++) {
		const struct country *c = &countries[i], *s;

		if (c->part_of == NULL)
			continue;
		s = country_find(c->part_of);
		CHECK(s != NULL && s != c);
		CHECK(s != NULL && s->region == c->region);
		CHECK(s != NULL && s->part_of == NULL);
	}

	p = make(NULL, "EU", NULL, NULL);
	CHECK(p != NULL && p->country == NULL && p->region == REGION_EU);
	CHECK(!p->show_on_cover);
	profile_free(p);

	/* Each of these is refused, with a message. */
	fprintf(stderr, "(the next six messages are expected)\n");
	CHECK(make("XX", NULL, NULL, NULL) == NULL);
	CHECK(make("DE", "US", NULL, NULL) == NULL);
	CHECK(make("DE", NULL, "US-CA", NULL) == NULL);
	CHECK(make("US", NULL, "US-ZZ", NULL) == NULL);
	CHECK(make("DE", NULL, NULL, "myspace") == NULL);
	CHECK(make(NULL, NULL, NULL, NULL) == NULL);
}
