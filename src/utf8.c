/* SPDX-License-Identifier: ISC */
/* Strict UTF-8 checking and decoding. */
#include "utf8.h"

size_t
utf8_seqlen(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		return 2;
	if (c >= 0xe0 && c <= 0xef)
		return 3;
	if (c >= 0xf0 && c <= 0xf4)
		return 4;
	return 1;
}

int
utf8_check(const char *str, size_t len, size_t *bad)
{
	const unsigned char	*s = (const unsigned char *)str;
	size_t			 i = 0, n, k;
	unsigned char		 c, lo, hi;

	while (i < len) {
		c = s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		n = utf8_seqlen(c);
		if (n == 1 || i + n > len)
			goto fail;
		/* Second-byte ranges exclude overlongs and surrogates. */
		lo = 0x80;
		hi = 0xbf;
		if (c == 0xe0)
			lo = 0xa0;
		else if (c == 0xed)
			hi = 0x9f;
		else if (c == 0xf0)
			lo = 0x90;
		else if (c == 0xf4)
			hi = 0x8f;
		if (s[i + 1] < lo || s[i + 1] > hi)
			goto fail;
		for (k = 2; k < n; k++)
			if ((s[i + k] & 0xc0) != 0x80)
				goto fail;
		i += n;
	}
	return 0;
fail:
	*bad = i;
	return -1;
}

unsigned int
utf8_decode(const char *str, size_t *off)
{
	const unsigned char	*s = (const unsigned char *)str + *off;
	size_t			 n, k;
	unsigned int		 cp;

	n = utf8_seqlen(s[0]);
	if (n == 1) {
		(*off)++;
		return s[0];
	}
	cp = s[0] & (0x7f >> n);
	for (k = 1; k < n; k++)
		cp = (cp << 6) | (s[k] & 0x3f);
	*off += n;
	return cp;
}
