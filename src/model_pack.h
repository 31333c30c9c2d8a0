/* SPDX-License-Identifier: ISC */
/*
 * A loaded guide as bytes and back, for the guide cache.  The bytes
 * belong to one build of rightsheet: the cache keys them by its build
 * id, so there is no format to keep compatible.
 */
#ifndef MODEL_PACK_H
#define MODEL_PACK_H

#include <stddef.h>

#include "model.h"

struct pack {
	unsigned char	*p;
	size_t		 len;
	size_t		 cap;
};

/* Append n bytes to pk. */
void		 pack_bytes(struct pack *pk, const void *v, size_t n);

/*
 * Append g to pk.  Returns 0, or -1 if g holds something the bytes
 * cannot carry (a position in another file, nesting past the bound):
 * such a guide is simply not cached.
 */
int		 model_pack(const struct guide *g, struct pack *pk);

/*
 * A new guide from the bytes at p, its positions naming file.  NULL if
 * the bytes are not exactly one packed guide: every count is checked
 * against the bytes left and every index against its array.
 */
struct guide	*model_unpack(const unsigned char *p, size_t len,
		    const char *file);

#endif
