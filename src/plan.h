/* SPDX-License-Identifier: ISC */
/* The plan: which guides and items apply to a profile, and why. */
#ifndef PLAN_H
#define PLAN_H

#include <stddef.h>

#include "model.h"
#include "profile.h"
#include "rules.h"

struct plan_item {
	const struct item	*item;		/* borrowed from the guide set */
	char			*reason;	/* "you use Instagram", or NULL */
	int			 number;	/* steps: 1.. through the plan */
	char			 code[16];	/* steps: META-03, stable */
};

struct plan_guide {
	const struct guide	*guide;		/* borrowed */
	char			*reason;	/* NULL if for everyone */
	struct plan_item	*items;
	size_t			 nitems;
	int			 minutes;	/* sum over its steps */
};

struct plan {
	const struct profile	*profile;	/* borrowed */
	struct plan_guide	*guides;
	size_t			 nguides;
	int			 nsteps;
	int			 minutes;
	char			 verified[11];	/* oldest guide verification */
};

/*
 * Decide what applies to the profile.  Returns a new plan (free with
 * plan_free()); an empty plan is not an error here.  Returns NULL after
 * a message if a rule gave up.  today (YYYY-MM-DD) is what <since>
 * rules compare with: the session's date, SOURCE_DATE_EPOCH in tests.
 */
struct plan	*plan_build(const struct guideset *, const struct profile *,
		    struct rules *, const char *today);
void		 plan_free(struct plan *);

#endif
