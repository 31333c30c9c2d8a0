/* SPDX-License-Identifier: ISC */
/* The names of countries that country_match() compares with. */
#ifndef COUNTRY_INT_H
#define COUNTRY_INT_H

#include <stddef.h>

#include "fold.h"

/* Where a name comes from, in the order an exact match prefers them. */
enum name_kind {
	NAME_ENGLISH,		/* the table's and ISO's English names */
	NAME_COMMON,		/* what people call it (hand table) */
	NAME_STATE,		/* a US state: the country is the US */
	NAME_OWN,		/* in one of the country's own languages */
	NAME__MAX
};

struct cname {
	unsigned int	*text;		/* folded (fold.h), owned */
	int		 len;		/* code points in text */
	int		 country;	/* index in countries[] */
	int		 state;		/* index in usstates[], or -1 */
	enum name_kind	 kind;
};

struct cnames {
	struct cname	*v;		/* every name known */
	size_t		 n, cap;
	char		(*alpha3)[4];	/* by countries[] index; "" unknown */
	int		 own;		/* own-language names are in v */
	int		 partial;	/* iso-codes or the locale list
					   could not be read */
};

/*
 * The names, read once from Debian's iso-codes at the first call and
 * kept until the program ends; the own-language names are read only
 * when with_own is set, as few inputs need them.  A missing iso-codes
 * leaves the compiled-in English names and common names.
 */
const struct cnames	*country_names(int with_own);

#endif
