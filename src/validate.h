/* SPDX-License-Identifier: ISC */
/* Checks across guides that no single file's schema can express. */
#ifndef VALIDATE_H
#define VALIDATE_H

#include <stddef.h>

#include "model.h"

/*
 * Make a guide set from guides (taking ownership of the array and each
 * guide), sorted by order and id, with the union of their declarations.
 * Reports duplicate ids, unknown topics and conflicting declarations;
 * returns the set even then, so that one run reports everything.
 */
struct guideset	*guideset_build(struct guide **, size_t);

/* Warn about each guide whose recheck-by date is before today. */
void		 guideset_warn_stale(const struct guideset *,
		    const char *today);

#endif
