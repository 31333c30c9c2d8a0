/* SPDX-License-Identifier: ISC */
/* Text folded for matching what people type: case, accents, spacing. */
#include <string.h>
#include <strings.h>

#include "fold.h"
#include "utf8.h"

/*
 * Latin letters with accents and their plain letters, by range, enough
 * for the names of countries in their own languages (Latin-1, Latin
 * Extended-A, and the comma-below letters of Romanian).  Written out
 * by hand because the C library has no portable way to decompose.
 */
static const struct {
	unsigned int	 lo, hi;	/* code points, inclusive */
	const char	*plain;		/* what each folds to */
} latin[] = {
	{ 0xC0, 0xC5, "a" }, { 0xC6, 0xC6, "ae" }, { 0xC7, 0xC7, "c" },
	{ 0xC8, 0xCB, "e" }, { 0xCC, 0xCF, "i" }, { 0xD0, 0xD0, "d" },
	{ 0xD1, 0xD1, "n" }, { 0xD2, 0xD6, "o" }, { 0xD8, 0xD8, "o" },
	{ 0xD9, 0xDC, "u" }, { 0xDD, 0xDD, "y" }, { 0xDE, 0xDE, "th" },
	{ 0xDF, 0xDF, "ss" }, { 0xE0, 0xE5, "a" }, { 0xE6, 0xE6, "ae" },
	{ 0xE7, 0xE7, "c" }, { 0xE8, 0xEB, "e" }, { 0xEC, 0xEF, "i" },
	{ 0xF0, 0xF0, "d" }, { 0xF1, 0xF1, "n" }, { 0xF2, 0xF6, "o" },
	{ 0xF8, 0xF8, "o" }, { 0xF9, 0xFC, "u" }, { 0xFD, 0xFD, "y" },
	{ 0xFE, 0xFE, "th" }, { 0xFF, 0xFF, "y" },
	{ 0x100, 0x105, "a" }, { 0x106, 0x10D, "c" }, { 0x10E, 0x111, "d" },
	{ 0x112, 0x11B, "e" }, { 0x11C, 0x123, "g" }, { 0x124, 0x127, "h" },
	{ 0x128, 0x131, "i" }, { 0x132, 0x133, "ij" }, { 0x134, 0x135, "j" },
	{ 0x136, 0x138, "k" }, { 0x139, 0x142, "l" }, { 0x143, 0x14B, "n" },
	{ 0x14C, 0x151, "o" }, { 0x152, 0x153, "oe" }, { 0x154, 0x159, "r" },
	{ 0x15A, 0x161, "s" }, { 0x162, 0x167, "t" }, { 0x168, 0x173, "u" },
	{ 0x174, 0x175, "w" }, { 0x176, 0x178, "y" }, { 0x179, 0x17E, "z" },
	{ 0x17F, 0x17F, "s" }, { 0x218, 0x219, "s" }, { 0x21A, 0x21B, "t" },
};

const char *
fold_latin(unsigned int cp)
{
	size_t	i;

	for (i = 0; i < sizeof(latin) / sizeof(latin[0]); i++)
		if (cp >= latin[i].lo && cp <= latin[i].hi)
			return latin[i].plain;
	return NULL;
}

/* Marks, spaces and punctuation, which matching leaves out. */
static int
ignored(unsigned int cp)
{
	if (cp < 0x80)
		return !((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		    (cp >= '0' && cp <= '9'));
	return cp < 0xC0 || cp == 0xD7 || cp == 0xF7 ||
	    (cp >= 0x300 && cp <= 0x36F) ||	/* combining accents */
	    (cp >= 0x2000 && cp <= 0x206F) ||	/* general punctuation */
	    (cp >= 0x3000 && cp <= 0x303F) ||	/* CJK punctuation */
	    cp == 0xFEFF;
}

static unsigned int
lower(unsigned int cp)
{
	if (cp >= 'A' && cp <= 'Z')
		return cp + 32;
	if (cp >= 0x391 && cp <= 0x3A9)		/* Greek */
		return cp + 32;
	if (cp >= 0x410 && cp <= 0x42F)		/* Cyrillic */
		return cp + 32;
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 80;
	return cp;
}

int
fold_text(const char *s, unsigned int out[FOLD_MAX])
{
	const char	*p;
	size_t		 off, bad, len;
	unsigned int	 cp;
	int		 n = 0;

	len = strlen(s);
	if (utf8_check(s, len, &bad) == -1)
		return -1;
	/* "the Netherlands", as the tables write it, is "Netherlands". */
	off = strspn(s, " \t");
	if (strncasecmp(s + off, "the ", 4) == 0)
		off += 4;
	while (off < len) {
		cp = utf8_decode(s, &off);
		if (ignored(cp))
			continue;
		if ((p = fold_latin(cp)) == NULL) {
			if (n == FOLD_MAX)
				return -1;
			out[n++] = lower(cp);
			continue;
		}
		for (; *p != '\0'; p++) {
			if (n == FOLD_MAX)
				return -1;
			out[n++] = (unsigned char)*p;
		}
	}
	return n;
}

int
fold_distance(const unsigned int *a, int na, const unsigned int *b, int nb)
{
	/* Three rows of the usual table: two back for a swap. */
	int	 rows[3][FOLD_MAX + 1], *prev2, *prev, *cur, *t;
	int	 i, j, cost, d;

	if (na > FOLD_MAX || nb > FOLD_MAX)
		return FOLD_MAX;
	prev2 = rows[0];
	prev = rows[1];
	cur = rows[2];
	for (j = 0; j <= nb; j++)
		prev[j] = j;
	for (i = 1; i <= na; i++) {
		cur[0] = i;
		for (j = 1; j <= nb; j++) {
			cost = a[i - 1] != b[j - 1];
			d = prev[j - 1] + cost;
			if (prev[j] + 1 < d)
				d = prev[j] + 1;
			if (cur[j - 1] + 1 < d)
				d = cur[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < d)
				d = prev2[j - 2] + 1;
			cur[j] = d;
		}
		t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return prev[nb];
}
