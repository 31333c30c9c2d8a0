/* SPDX-License-Identifier: ISC */
/* libFuzzer: a profile file from arbitrary bytes, checked against guides. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "load.h"
#include "validate.h"

static struct loader	*loader;
static struct guideset	*guides;

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct profile_spec	 spec;
	struct profile		*p;
	struct guide		**g;

	msg_quiet(MSGL_SYSERR);
	if (loader == NULL) {
		if ((loader = loader_alloc("guides/schema", "templates")) ==
		    NULL)
			abort();
		g = calloc(1, sizeof(*g));
		if ((g[0] = load_guide(loader,
		    "tests/fixtures/guides/test.xml")) == NULL)
			abort();
		guides = guideset_build(g, 1);
	}
	memset(&spec, 0, sizeof(spec));
	if (load_profile_buffer(loader, "fuzz.xml", (const char *)data, size,
	    &spec) == 0 && (p = profile_make(&spec, guides)) != NULL)
		profile_free(p);
	profile_spec_clear(&spec);
	msg_reset();
	return 0;
}
