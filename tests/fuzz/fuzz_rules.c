/* SPDX-License-Identifier: ISC */
/*
 * libFuzzer: a rule pattern and a value, separated by the first NUL
 * byte, compiled and matched under the limits.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rules.h"
#include "utf8.h"
#include "xalloc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct guideset	 gs;
	struct guide	 g, *gp = &g;
	struct rule	 r;
	struct rules	*rs;
	const char	*nul;
	char		*pattern, *value;
	size_t		 plen, bad;
	int		 failed;

	msg_quiet(MSGL_SYSERR);
	nul = memchr(data, '\0', size);
	plen = nul != NULL ? (size_t)(nul - (const char *)data) : size;
	pattern = xstrndup((const char *)data, plen);
	value = xstrndup(nul != NULL ? nul + 1 : "",
	    nul != NULL ? size - plen - 1 : 0);
	/* Values reach rules only after the loader checked their UTF-8. */
	if (utf8_check(value, strlen(value), &bad) == 0) {
		memset(&r, 0, sizeof(r));
		r.type = RULE_MATCH;
		r.pattern = pattern;
		memset(&g, 0, sizeof(g));
		g.when = &r;
		memset(&gs, 0, sizeof(gs));
		gs.guides = &gp;
		gs.nguides = 1;
		rs = rules_compile(&gs, &failed);
		(void)rules_match(rs, &r, value);
		rules_free(rs);
	}
	free(pattern);
	free(value);
	msg_reset();
	return 0;
}
