/* SPDX-License-Identifier: ISC */
/* Line breaking by measured width, with sensible breaks inside long words. */
#include <string.h>

#include "layout.h"
#include "utf8.h"
#include "xalloc.h"

static int
break_after(char c)
{
	return c == '/' || c == '.' || c == '?' || c == '&' || c == '=' ||
	    c == '_';
}

/*
 * Longest prefix of the word w[0..len) that fits in maxw, preferring to
 * end after a break character; always at least one character.
 */
static size_t
split_word(const struct metrics *m, enum font f, double size,
    const char *w, size_t len, double maxw)
{
	size_t	off = 0, fit = 0, slash = 0, hyphen = 0, next;
	double	x = 0;

	while (off < len) {
		next = off;
		(void)utf8_decode(w, &next);
		if (next > len)
			next = len;
		x += m->width(m->arg, f, size, w + off, next - off);
		if (x > maxw)
			break;
		/*
		 * A hyphen goes to the start of the next line: at the end
		 * of one it reads as a word broken there, and readers (and
		 * pdftotext) drop it from the address they type.
		 */
		if (w[off] == '-' && off > 0 && off + 3 < len)
			hyphen = off;
		fit = next;
		/* Not so late that a scrap of two or three is left. */
		if (break_after(w[off]) && next + 3 < len)
			slash = next;
		off = next;
	}
	if (fit == 0) {
		fit = 0;
		(void)utf8_decode(w, &fit);
		return fit > len ? len : fit;
	}
	/* What is left fits whole: a break inside it only adds a line. */
	if (fit == len)
		return len;
	/*
	 * A break character late in the line beats a hard cut; after a
	 * slash or a dot reads better than before a hyphen, unless the
	 * hyphen saves a good part of the line.
	 */
	if (slash > fit * 2 / 3 || (slash > hyphen && slash > fit / 2))
		return slash;
	if (hyphen > fit / 2)
		return hyphen;
	return fit;
}

/* Growing arrays of line starts and lengths, kept side by side. */
struct lines {
	size_t	*starts;
	size_t	*lens;
	size_t	 n;
	size_t	 cap;
};

static void
emit(struct lines *ls, size_t start, size_t len)
{
	if (ls->n == ls->cap) {
		ls->cap = ls->cap ? ls->cap * 2 : 8;
		ls->starts = xreallocarray(ls->starts, ls->cap,
		    sizeof(*ls->starts));
		ls->lens = xreallocarray(ls->lens, ls->cap, sizeof(*ls->lens));
	}
	ls->starts[ls->n] = start;
	ls->lens[ls->n++] = len;
}

size_t
layout_break(const struct metrics *m, enum font f, double size,
    const char *text, double maxw, size_t **startsp, size_t **lensp)
{
	struct lines	 ls = { NULL, NULL, 0, 0 };
	size_t		 pos = 0, len = strlen(text), wlen, start = 0, end = 0;
	size_t		 cut, gap;
	double		 x = 0, ww, spacew;
	int		 empty = 1;

	spacew = m->width(m->arg, f, size, " ", 1);
	while (pos < len) {
		for (gap = 0; pos < len && text[pos] == ' '; gap++)
			pos++;
		if (pos == len)
			break;
		wlen = strcspn(text + pos, " ");
		ww = m->width(m->arg, f, size, text + pos, wlen);
		/* Every space between the words is printed, and counts. */
		if (!empty && x + gap * spacew + ww <= maxw) {
			x += gap * spacew + ww;
			end = pos + wlen;
			pos += wlen;
			continue;
		}
		if (!empty) {
			emit(&ls, start, end - start);
			empty = 1;
		}
		if (ww <= maxw) {
			start = pos;
			end = pos + wlen;
			x = ww;
			empty = 0;
			pos += wlen;
			continue;
		}
		/* A word wider than the line: cut it into pieces. */
		while (wlen > 0) {
			cut = split_word(m, f, size, text + pos, wlen, maxw);
			if (cut == wlen) {
				start = pos;
				end = pos + wlen;
				x = m->width(m->arg, f, size, text + pos, wlen);
				empty = 0;
				pos += wlen;
				break;
			}
			emit(&ls, pos, cut);
			pos += cut;
			wlen -= cut;
		}
	}
	if (!empty)
		emit(&ls, start, end - start);
	*startsp = ls.starts;
	*lensp = ls.lens;
	return ls.n;
}
