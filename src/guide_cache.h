/* SPDX-License-Identifier: ISC */
/*
 * A cache of loaded guides, so that a guide read before is not parsed
 * and validated again.  An entry is used only for the very bytes it was
 * made from, read by the very build of rightsheet that made it, against
 * the same schema: anything else is a miss.  The cache never changes
 * what a command does, only how long it takes, so none of its failures
 * is reported: a guide that cannot be cached is loaded as before.
 */
#ifndef GUIDE_CACHE_H
#define GUIDE_CACHE_H

#include <stddef.h>

#include "model.h"

struct guide_cache;

/*
 * The user's cache ($XDG_CACHE_HOME/rightsheet, else
 * ~/.cache/rightsheet) for guides checked against the schema files in
 * schemadir.  NULL if there is no usable cache: no home, a folder that
 * others can write to, or a build without a build id.
 */
struct guide_cache	*guide_cache_open(const char *schemadir);
void			 guide_cache_free(struct guide_cache *);

/* The guide loaded earlier from exactly these bytes at path, or NULL. */
struct guide		*guide_cache_get(struct guide_cache *,
			    const char *path, const char *src, size_t len);

/*
 * Keep g, loaded without a single message from the bytes src at path.
 * Best effort: the entry appears whole or not at all.
 */
void			 guide_cache_put(struct guide_cache *,
			    const char *path, const char *src, size_t len,
			    const struct guide *g);

#endif
