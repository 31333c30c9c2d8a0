/* SPDX-License-Identifier: ISC */
/* Plain-text output: the plan and why (explain), what is known (list). */
#ifndef EXPLAIN_H
#define EXPLAIN_H

#include <stdio.h>

#include "model.h"
#include "plan.h"

void	explain_plan(FILE *, const struct plan *);
void	explain_list(FILE *, const struct guideset *,
	    char *const *templates, size_t ntemplates);

/* The same as JSON, for other tools: one object, then a newline. */
void	explain_plan_json(FILE *, const struct plan *);
void	explain_list_json(FILE *, const struct guideset *,
	    char *const *templates, size_t ntemplates);

#endif
