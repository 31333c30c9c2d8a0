/* SPDX-License-Identifier: ISC */
/* The coverage check: does the guide set hold together for everyone? */
#ifndef COVERAGE_H
#define COVERAGE_H

#include <stdio.h>

#include "model.h"
#include "rules.h"

/*
 * Try every region, country and US state with every single platform,
 * and every region with every single topic.  Report patterns that match
 * no possible value, profiles whose checklist would be empty, and items
 * that no profile reaches.  Returns the number of profiles tried, or -1
 * if a rule gave up.
 */
long	coverage_check(const struct guideset *, struct rules *);

/*
 * Print how many steps and rights cite a statute, regulator, platform
 * or court (the rest are marked not confirmed), as one line to f.
 */
void	coverage_sources(FILE *f, const struct guideset *);

#endif
