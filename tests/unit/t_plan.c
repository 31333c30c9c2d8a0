/* SPDX-License-Identifier: ISC */
#include <stdlib.h>

#include "harness.h"
#include "plan.h"

static struct plan *
plan_for(const char *country, const char *state, const char *platforms,
    struct profile **pp, struct rules **rsp)
{
	struct profile_spec	 spec;
	int			 failed;

	memset(&spec, 0, sizeof(spec));
	if (country)
		profile_spec_set(&spec, SPEC_COUNTRY, country);
	if (state)
		profile_spec_set(&spec, SPEC_STATE, state);
	if (platforms)
		profile_spec_set(&spec, SPEC_PLATFORMS, platforms);
	*pp = profile_make(&spec, fixture_guides());
	profile_spec_clear(&spec);
	*rsp = rules_compile(fixture_guides(), &failed);
	return plan_build(fixture_guides(), *pp, *rsp, "2026-11-28");
}

static const struct plan_item *
find(const struct plan *pl, const char *id)
{
	size_t	i, j;

	for (i = 0; i < pl->nguides; i++)
		for (j = 0; j < pl->guides[i].nitems; j++)
			if (strcmp(pl->guides[i].items[j].item->id, id) == 0)
				return &pl->guides[i].items[j];
	return NULL;
}

static void
done(struct plan *pl, struct profile *p, struct rules *rs)
{
	plan_free(pl);
	profile_free(p);
	rules_free(rs);
}

void
test_plan(void)
{
	const struct plan_item	*pi;
	struct profile		*p;
	struct rules		*rs;
	struct plan		*pl;

	pl = plan_for("DE", NULL, "instagram", &p, &rs);
	CHECK(pl != NULL && pl->nguides == 1);
	CHECK_STR(pl->guides[0].reason, "you use Instagram");
	CHECK((pi = find(pl, "t-everyone")) != NULL && pi->reason == NULL);
	CHECK(pi != NULL && pi->number == 1);
	CHECK_STR(pi != NULL ? pi->code : NULL, "TEST-01");
	CHECK((pi = find(pl, "t-gdpr")) != NULL);
	CHECK_STR(pi != NULL ? pi->reason : NULL, "you live in the EU");
	/* The guide's reason is not repeated on the item. */
	CHECK((pi = find(pl, "t-insta")) != NULL);
	CHECK_STR(pi != NULL ? pi->reason : NULL, "you live in the EU");
	CHECK(pi != NULL && pi->number == 2);
	CHECK_STR(pi != NULL ? pi->code : NULL, "TEST-02");
	CHECK((pi = find(pl, "t-not-wa")) != NULL);
	CHECK_STR(pi != NULL ? pi->reason : NULL, "you do not use WhatsApp");
	CHECK(find(pl, "t-ca") == NULL);
	CHECK((pi = find(pl, "t-because")) != NULL);
	CHECK_STR(pi != NULL ? pi->reason : NULL, "the test says so");
	CHECK(pl->minutes == 15 && pl->nsteps == 3);
	CHECK_STR(pl->verified, "2026-11-01");
	done(pl, p, rs);

	/* California with WhatsApp: no GDPR, no Instagram step. */
	pl = plan_for(NULL, "US-CA", "whatsapp", &p, &rs);
	CHECK(pl != NULL);
	CHECK(find(pl, "t-gdpr") == NULL);
	CHECK(find(pl, "t-insta") == NULL);
	CHECK(find(pl, "t-not-wa") == NULL);
	CHECK((pi = find(pl, "t-ca")) != NULL);
	CHECK_STR(pi != NULL ? pi->reason : NULL, "you live in California");
	/* A later step keeps its code whatever comes before it. */
	CHECK_STR(pi != NULL ? pi->code : NULL, "TEST-03");
	CHECK(pi != NULL && pi->number == 2);
	done(pl, p, rs);

	/* A handout names what it covers instead of what you use. */
	pl = plan_for("GB", NULL, NULL, &p, &rs);
	CHECK(pl != NULL && pl->nguides == 1);
	CHECK_STR(pl->guides[0].reason,
	    "this handout covers Facebook, Instagram and WhatsApp");
	CHECK(find(pl, "t-gdpr") != NULL);
	CHECK(find(pl, "t-insta") == NULL);
	done(pl, p, rs);
}
