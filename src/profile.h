/* SPDX-License-Identifier: ISC */
/* Who the checklist is for: from options or a profile file. */
#ifndef PROFILE_H
#define PROFILE_H

#include <stddef.h>

#include "country.h"
#include "model.h"

enum paper {
	PAPER_A4,
	PAPER_LETTER
};

/* The profile as typed, before it is checked.  Strings are owned. */
enum spec_field {
	SPEC_NAME,
	SPEC_COUNTRY,
	SPEC_REGION,
	SPEC_STATE,
	SPEC_PLATFORMS,		/* comma- or space-separated */
	SPEC_TOPICS,		/* comma- or space-separated */
	SPEC_PAPER,
	SPEC_TEMPLATE,
	SPEC_COVER,		/* "yes" or "no": profile on the cover */
	SPEC_BUDGET,		/* time the person has: "30m", "1h" */
	SPEC_ADDRESS,		/* postal address, lines ending at ";" */
	SPEC_EMAIL,		/* e-mail address, for letters */
	SPEC__MAX
};

struct profile_spec {
	char		*value[SPEC__MAX];	/* NULL if not given */
	struct srcpos	 pos[SPEC__MAX];	/* file is NULL for options */
};

struct profile {
	char			*name;		/* NULL: no name */
	const struct country	*country;	/* NULL: region only */
	enum region		 region;
	const struct usstate	*state;		/* NULL: none */
	const struct declared	**platforms;	/* borrowed from guideset */
	size_t			  nplatforms;
	int			  platforms_given; /* 0: all, for a handout */
	const struct declared	**topics;	/* borrowed from guideset */
	size_t			  ntopics;
	int			  topics_given;
	enum paper		  paper;
	char			 *template;	/* template name */
	int			  show_on_cover;
	int			  budget;	/* minutes; 0: no limit */
	char			 *address;	/* NULL: lines to write on */
	char			 *email;	/* NULL: a line to write on */
	/*
	 * Letters (layout_letter.c): NULL for none, "all" for those the
	 * plan's steps send, or a list of letter ids.  Borrowed, like
	 * sent (YYYY-MM-DD: the date they go out; NULL: not known).
	 */
	const char		 *letters;
	int			  letters_only;	/* no checklist around them */
	const char		 *sent;
};

/*
 * Minutes in a time such as "30m", "45 min", "1h", "1h30m", "1.5h",
 * "90" (minutes); -1 if it is not one, or not between 1 minute and
 * 100 hours.
 */
int		 budget_parse(const char *);

const char	*spec_field_name(enum spec_field);
void		 profile_spec_set(struct profile_spec *, enum spec_field,
		    const char *);
void		 profile_spec_clear(struct profile_spec *);

/*
 * Check a spec against the country tables and the guides' declarations.
 * Returns a new profile (free with profile_free()), or NULL after
 * reporting every problem: as usage errors when from_options is set.
 */
struct profile	*profile_make(const struct profile_spec *,
		    const struct guideset *);
void		 profile_free(struct profile *);

/*
 * The values of a field, as rules see them; returns how many.  None
 * for FIELD_GROUP: plan.c evaluates the groups' own rules.
 */
size_t		 profile_values(const struct profile *, enum field,
		    const char **vals, size_t max);

/*
 * Every value a field can take (countries, regions, states, declared
 * platforms and topics), at most max of them; returns how many.
 * field_domain_max() is a size that always suffices.
 */
size_t		 field_domain(const struct guideset *, enum field,
		    const char **vals, size_t max);
size_t		 field_domain_max(const struct guideset *);

const char	*paper_name(enum paper);

#endif
