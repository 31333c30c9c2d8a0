/* SPDX-License-Identifier: ISC */
/*
 * libFuzzer: arbitrary text through the line breaker.  Every line must
 * fit, unless it is a single character wider than the line.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "utf8.h"
#include "xalloc.h"

static double
width(void *arg, enum font f, double size, const char *s, size_t len)
{
	size_t	off = 0;
	double	w = 0;

	(void)arg;
	(void)f;
	while (off < len)
		w += (utf8_decode(s, &off) % 7 + 1) * size / 8;
	return w;
}

static int
glyph(void *arg, enum font f, unsigned int cp)
{
	(void)arg;
	(void)f;
	(void)cp;
	return 1;
}

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct metrics m = { .width = width, .has_glyph = glyph };
	size_t	*starts, *lens, n, i, bad, one;
	char	*text;
	double	 maxw;

	if (size < 1)
		return 0;
	maxw = 5 + data[0];
	text = xstrndup((const char *)data + 1, size - 1);
	if (utf8_check(text, strlen(text), &bad) == 0) {
		n = layout_break(&m, FONT_REGULAR, 10, text, maxw, &starts,
		    &lens);
		for (i = 0; i < n; i++) {
			if (starts[i] + lens[i] > strlen(text) || lens[i] == 0)
				abort();
			one = 0;
			(void)utf8_decode(text + starts[i], &one);
			if (lens[i] > one && width(NULL, FONT_REGULAR, 10,
			    text + starts[i], lens[i]) > maxw)
				abort();
		}
		free(starts);
		free(lens);
	}
	free(text);
	return 0;
}
