/* SPDX-License-Identifier: ISC */
/*
 * Letters: which ones a profile gets, in which variant, and when a reply
 * is due.  No layout here: layout_letter.c and layout_deadlines.c draw
 * what this picks.
 */
#ifndef LETTERS_H
#define LETTERS_H

#include <stdio.h>

#include "layout.h"
#include "plan.h"

/* One letter to print, in the variant for the profile. */
struct letter_pick {
	const struct letter	*letter;	/* borrowed from the guides */
	const struct variant	*variant;
	const struct plan_item	*step;		/* a step that sends it, or
						   NULL */
};

/*
 * The variant of l for profile p: the one for its US state, else its
 * country, else its region.  NULL if l is not for p's place.
 */
const struct variant	*letter_variant(const struct letter *,
			    const struct profile *);

/* Non-zero if codes (region, country or state) include p's place. */
int			 letter_for(char *const *codes, size_t n,
			    const struct profile *);

/*
 * The letters the profile asks for (profile.letters): "all" takes each
 * letter a printed step of the plan sends; a list of ids takes those,
 * in the list's order, where the profile's place has a variant.
 * Returns how many, with the picks in *out (caller frees).
 */
size_t		 letters_pick(const struct plan *, const struct guideset *,
		    struct letter_pick **out);

/*
 * Check a --letters value: "all", or ids separated by commas or spaces,
 * each a letter of the guide set.  Returns 0, or -1 after a usage
 * message naming the letters there are.
 */
int		 letters_check_list(const struct guideset *, const char *);

/*
 * Check the letters of a guide set: unique ids, and steps that name a
 * letter no guide has.  Returns the number of problems reported.
 */
int		 letters_check(const struct guideset *);

/*
 * The coverage lint's part for letters: each variant with no printed
 * recipient address (the reader writes it in), one line each to f.
 */
void		 letters_coverage(FILE *, const struct guideset *);

/*
 * The reply date of a letter sent on sent (YYYY-MM-DD), into due (11
 * bytes).  Returns 0, or -1 if the variant's law sets no period or sent
 * is not a date.
 */
int		 letter_due(const struct variant *, const char *sent,
		    char due[11]);

/*
 * Check that the device can print every field of the letters of g
 * (layout_check_text()).  Returns the number of fields reported.
 */
int		 letters_check_print(const struct metrics *,
		    const struct guide *);

/* Non-zero if s is a valid YYYY-MM-DD date. */
int		 date_valid(const char *s);

#endif
