/* SPDX-License-Identifier: ISC */
#include <stdlib.h>

#include "harness.h"
#include "layout.h"
#include "utf8.h"

/* Every character is half the type size wide. */
static double
fake_width(void *arg, enum font f, double size, const char *s, size_t len)
{
	size_t	off = 0, n = 0;

	while (off < len) {
		(void)utf8_decode(s, &off);
		n++;
	}
	return n * size / 2;
}

static int
fake_glyph(void *arg, enum font f, unsigned int cp)
{
	return cp != 0x6f22;	/* 漢 */
}

static double
fake_ascent(void *arg, enum font f, double size)
{
	return size * 0.8;
}

static double
fake_overhang(void *arg, enum font f, double size)
{
	return 0;
}

static int
fake_qr(void *arg, const char *uri)
{
	return 29;
}

static const struct metrics fake = {
	.width = fake_width, .has_glyph = fake_glyph, .ascent = fake_ascent,
	.overhang = fake_overhang, .qr_modules = fake_qr
};

static int
lines_fit(const char *text, double maxw, size_t *nlines, const char *want0)
{
	size_t	*starts, *lens, n, i;
	int	 ok = 1;

	n = layout_break(&fake, FONT_REGULAR, 10, text, maxw, &starts, &lens);
	for (i = 0; i < n; i++)
		if (fake_width(NULL, FONT_REGULAR, 10, text + starts[i],
		    lens[i]) > maxw)
			ok = 0;
	if (want0 != NULL && (n == 0 || strlen(want0) != lens[0] ||
	    strncmp(text + starts[0], want0, lens[0]) != 0))
		ok = 0;
	*nlines = n;
	free(starts);
	free(lens);
	return ok;
}

void
test_layout(void)
{
	char	 word[81], url[301];
	size_t	 n;

	/* 10 characters per line of 50 pt. */
	CHECK(lines_fit("one two three four five", 50, &n, "one two"));
	CHECK(n == 3);
	CHECK(lines_fit("", 50, &n, NULL) && n == 0);

	/* A long URL breaks after a slash, not mid-word. */
	CHECK(lines_fit("https://example.org/abc/defghijk", 100, &n,
	    "https://example.org/"));
	CHECK(n == 2);

	/* An 80-character word and a 300-character URL never overflow. */
	memset(word, 'x', 80);
	word[80] = '\0';
	CHECK(lines_fit(word, 50, &n, "xxxxxxxxxx") && n == 8);
	memcpy(url, "https://", 8);
	for (n = 8; n < 300; n++)
		url[n] = n % 7 == 0 ? '/' : 'a';
	url[300] = '\0';
	CHECK(lines_fit(url, 120, &n, NULL) && n >= 13);
	/*
	 * The end of an address that fits whole is not broken again at a
	 * hyphen (it was: "dpc" / "-statement" / "-meta-ai").
	 */
	CHECK(lines_fit("aaaaaaaaaaaaaaaaaaa-abcdefg-hijk", 100, &n,
	    "aaaaaaaaaaaaaaaaaaa") && n == 2);
	/* After a slash rather than before a hyphen just past it. */
	CHECK(lines_fit("aaaaaaaaaaaaaa/bb-cccccccccccc", 100, &n,
	    "aaaaaaaaaaaaaa/") && n == 2);
	/* Runs of spaces are printed, so they count (a fuzzer found this). */
	CHECK(lines_fit("ab                    cd", 50, &n, "ab") && n == 2);
	/* Multibyte text is cut between characters, never inside one. */
	CHECK(lines_fit("ÄÖÜÄÖÜÄÖÜÄÖÜÄÖÜ", 50, &n, "ÄÖÜÄÖÜÄÖÜÄ") && n == 2);
}
