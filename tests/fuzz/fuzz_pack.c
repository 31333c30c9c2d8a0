/* SPDX-License-Identifier: ISC */
/*
 * libFuzzer: a guide cache entry's packed guide from arbitrary bytes.
 * Bytes that unpack must pack back to exactly themselves: the format
 * has one way to write each guide, so anything else is a field read
 * differently from how it was written.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "model_pack.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct guide	*g;
	struct pack	 pk;

	if ((g = model_unpack(data, size, "fuzz.xml")) == NULL)
		return 0;
	memset(&pk, 0, sizeof(pk));
	if (model_pack(g, &pk) != 0 || pk.len != size ||
	    memcmp(pk.p, data, size) != 0)
		abort();
	free(pk.p);
	guide_free(g);
	return 0;
}
