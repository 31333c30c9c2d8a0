/* SPDX-License-Identifier: ISC */
/*
 * libFuzzer: a country typed as arbitrary bytes.  country_match() must
 * give a country or suggestions that exist, and the hint must be
 * well-formed, whatever the input (invalid UTF-8, any length).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "utf8.h"
#include "xalloc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct country_guess	 g;
	char			*s, *hint;
	size_t			 i, bad;

	s = xstrndup((const char *)data, size);
	if (country_match(s, &g) == 0) {
		if (g.country == NULL || g.nmaybe != 0)
			abort();
	} else {
		if (g.country != NULL || g.nmaybe > COUNTRY_MAYBE)
			abort();
		for (i = 0; i < g.nmaybe; i++)
			if (g.maybe[i] < countries ||
			    g.maybe[i] >= countries + ncountries)
				abort();
		if ((hint = country_guess_hint(&g)) != NULL &&
		    utf8_check(hint, strlen(hint), &bad) != 0)
			abort();
		free(hint);
	}
	free(s);
	return 0;
}
