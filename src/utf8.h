/* SPDX-License-Identifier: ISC */
/* Strict UTF-8 checking and decoding. */
#ifndef UTF8_H
#define UTF8_H

#include <stddef.h>

/*
 * Check that s[0..len) is well-formed UTF-8 (no overlongs, no
 * surrogates, nothing above U+10FFFF).  Returns 0, or -1 and the offset
 * of the first bad byte in *bad.
 */
int		utf8_check(const char *s, size_t len, size_t *bad);

/*
 * Decode the code point at s + *off of checked text and advance *off.
 */
unsigned int	utf8_decode(const char *s, size_t *off);

/* Length in bytes of the sequence starting with byte c (1 for junk). */
size_t		utf8_seqlen(unsigned char c);

#endif
