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

/* Warn if the guide's recheck-by date (YYYY-MM-DD) is before today. */
void		 guide_warn_stale(const struct guide *, const char *today);

#endif
