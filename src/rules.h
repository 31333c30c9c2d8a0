/* SPDX-License-Identifier: ISC */
/* Applicability rules: PCRE2 patterns compiled once, matched with limits. */
#ifndef RULES_H
#define RULES_H

#include "model.h"

struct rules;

/*
 * Compile every pattern in the guide set, numbering each match rule's
 * re field.  Reports each pattern that does not compile with its file,
 * line and offset.  Returns a new struct rules (free with rules_free())
 * even when some failed; *failed counts them.
 */
struct rules	*rules_compile(struct guideset *, int *failed);
void		 rules_free(struct rules *);

/* How many different patterns were compiled. */
size_t		 rules_patterns(const struct rules *);

/*
 * Match one value against a rule's pattern.  Returns 1 for a match, 0
 * for none, and -1 after a message when matching gave up (a limit was
 * hit): never a silent "no match".
 */
int		 rules_match(struct rules *, const struct rule *,
		    const char *value);

#endif
