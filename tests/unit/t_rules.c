/* SPDX-License-Identifier: ISC */
#include <stdlib.h>
#include <time.h>

#include "harness.h"
#include "msg.h"
#include "rules.h"
#include "xalloc.h"

static struct rule *
match_rule(const char *pattern)
{
	struct rule	*r;

	r = xcalloc(1, sizeof(*r));
	r->type = RULE_MATCH;
	r->field = FIELD_REGION;
	r->pattern = xstrdup(pattern);
	r->pos.file = "t.xml";
	r->pos.line = 7;
	return r;
}

static struct guideset *
one_rule_set(struct rule *r)
{
	struct guideset	*gs;
	struct guide	*g;

	g = xcalloc(1, sizeof(*g));
	g->when = r;
	gs = xcalloc(1, sizeof(*gs));
	gs->guides = xcalloc(1, sizeof(*gs->guides));
	gs->guides[0] = g;
	gs->nguides = 1;
	return gs;
}

void
test_rules(void)
{
	struct guideset	*gs;
	struct rules	*rs;
	struct rule	*r;
	char		 subject[64];
	clock_t		 t0;
	int		 failed, before;

	r = match_rule("^(EU|EEA|UK)$");
	gs = one_rule_set(r);
	rs = rules_compile(gs, &failed);
	CHECK(failed == 0);
	CHECK(rules_match(rs, r, "UK") == 1);
	CHECK(rules_match(rs, r, "US") == 0);
	CHECK(rules_match(rs, r, "EUROPE") == 0);
	rules_free(rs);
	guideset_free(gs);

	/* A pattern that does not compile is counted and reported. */
	fprintf(stderr, "(the next two messages are expected)\n");
	r = match_rule("^(facebook|instagram$");
	gs = one_rule_set(r);
	rs = rules_compile(gs, &failed);
	CHECK(failed == 1);
	CHECK(rules_match(rs, r, "facebook") == 0);
	rules_free(rs);
	guideset_free(gs);

	/* A runaway pattern gives up quickly, and says so. */
	r = match_rule("^(a+)+$");
	gs = one_rule_set(r);
	rs = rules_compile(gs, &failed);
	memset(subject, 'a', 40);
	subject[40] = '!';
	subject[41] = '\0';
	before = msg_count(MSGL_ERROR);
	t0 = clock();
	CHECK(rules_match(rs, r, subject) == -1);
	CHECK((double)(clock() - t0) / CLOCKS_PER_SEC < 0.5);
	CHECK(msg_count(MSGL_ERROR) == before + 1);
	rules_free(rs);
	guideset_free(gs);
	msg_reset();
}
