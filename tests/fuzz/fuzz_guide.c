/* SPDX-License-Identifier: ISC */
/* libFuzzer: a guide from arbitrary bytes, through validation and plan. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "load.h"
#include "plan.h"
#include "rules.h"
#include "validate.h"

static struct loader *loader;

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct profile_spec	 spec = { { NULL }, { { NULL, 0, 0 } } };
	struct guide		**g;
	struct guideset		*gs;
	struct rules		*rs;
	struct profile		*p;
	struct plan		*pl;
	int			 failed;

	msg_quiet(MSGL_SYSERR);
	if (loader == NULL && (loader = loader_alloc("guides/schema",
	    "templates")) == NULL)
		abort();
	g = calloc(1, sizeof(*g));
	if ((g[0] = load_guide_buffer(loader, "fuzz.xml",
	    (const char *)data, size)) == NULL) {
		free(g);
		return 0;
	}
	gs = guideset_build(g, 1);
	rs = rules_compile(gs, &failed);
	profile_spec_set(&spec, SPEC_REGION, "EU");
	if ((p = profile_make(&spec, gs)) != NULL) {
		pl = plan_build(gs, p, rs, "2026-11-28");
		plan_free(pl);
		profile_free(p);
	}
	profile_spec_clear(&spec);
	rules_free(rs);
	guideset_free(gs);
	msg_reset();
	return 0;
}
