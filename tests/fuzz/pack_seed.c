/* SPDX-License-Identifier: ISC */
/*
 * Seeds for fuzz_pack: each guide named, loaded and packed as the guide
 * cache packs it.  make pack-seeds runs it; the unit tests fail when a
 * seed no longer unpacks (the packed form changed), so that the fuzzer
 * does not go on exploring refusals only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load.h"
#include "model_pack.h"

int
main(int argc, char **argv)
{
	struct loader	*l;
	struct guide	*g;
	struct pack	 pk;
	FILE		*f;
	int		 i, rc = 0;

	if ((l = loader_alloc("guides/schema", "templates")) == NULL)
		return 1;
	for (i = 1; i + 1 < argc; i += 2) {
		memset(&pk, 0, sizeof(pk));
		if ((g = load_guide(l, argv[i])) == NULL ||
		    model_pack(g, &pk) != 0 ||
		    (f = fopen(argv[i + 1], "wb")) == NULL) {
			fprintf(stderr, "pack_seed: %s: cannot pack\n", argv[i]);
			rc = 1;
		} else {
			if (fwrite(pk.p, 1, pk.len, f) != pk.len)
				rc = 1;
			if (fclose(f) != 0)
				rc = 1;
		}
		free(pk.p);
		guide_free(g);
	}
	loader_free(l);
	return rc;
}
