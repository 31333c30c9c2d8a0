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
	int			 number;	/* steps: 1.. through the plan;
						   0 if left for later */
	int			 later;		/* step left out by the time
						   budget: listed, not printed */
	char			 code[16];	/* steps: META-03, stable */
};

struct plan_guide {
	const struct guide	*guide;		/* borrowed */
	char			*reason;	/* NULL if for everyone */
	struct plan_item	*items;
	size_t			 nitems;
	int			 minutes;	/* sum over its printed steps */
	int			 best;		/* highest priority (lowest
						   number) of its steps; 6 none */
	int			 later;		/* every step left for later: the
						   section is not printed (its
						   items are all marked later) */
};

struct plan {
	const struct profile	*profile;	/* borrowed */
	struct plan_guide	*guides;
	size_t			 nguides;
	int			 nsteps;	/* printed steps */
	int			 minutes;	/* of printed steps, but not */
	int			 nsteps_if;	/* these: printed steps needed */
	int			 minutes_if;	/* only in some cases (only-if) */
	int			 nlater;	/* steps left for later */
	int			 minutes_later;
	int			 budget;	/* minutes; 0 none */
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

/*
 * The printed steps in the order to do them: by priority, then as
 * printed; at most max of them, into v.  Steps needed only in some
 * cases come last.  Returns how many.
 */
size_t		 plan_first_steps(const struct plan *,
		    const struct plan_item **v, size_t max);
void		 plan_free(struct plan *);

#endif
