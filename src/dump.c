/* SPDX-License-Identifier: ISC */
/*
 * The text device: a fake font with fixed widths, and a dump of the
 * drawing list, one line per op.  Golden files made with it hold the
 * layout's decisions (line breaks, pagination, keep-together) and stay
 * put when DejaVu, HarfBuzz, libharu or libqrencode change.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "dump.h"
#include "utf8.h"

/*
 * Advance of cp in 1/1000 em: a few classes, roughly like a sans serif,
 * so that lines break about where they do in print.
 */
static int
fake_advance(unsigned int cp)
{
	if (cp == ' ')
		return 300;
	if (cp < 0x80 && strchr("iljI.,:;'!|", (int)cp) != NULL)
		return 250;
	if (cp < 0x80 && strchr("ftr()[]-/", (int)cp) != NULL)
		return 350;
	if (cp == 'm' || cp == 'w')
		return 850;
	if (cp == 'M' || cp == 'W')
		return 950;
	if (cp >= 'A' && cp <= 'Z')
		return 700;
	if (cp >= '0' && cp <= '9')
		return 550;
	if (cp >= 'a' && cp <= 'z')
		return 520;
	if (cp < 0x80)
		return 450;
	if (cp >= 0x2e80)
		return 1000;		/* CJK and beyond: square */
	return 600;
}

static double
fake_width(void *arg, enum font f, double size, const char *s, size_t len)
{
	size_t	off = 0;
	long	total = 0;
	int	w;

	while (off < len) {
		w = fake_advance(utf8_decode(s, &off));
		/* Bold is a twelfth wider; italic is the regular slanted. */
		total += f == FONT_BOLD ? w + w / 12 : w;
	}
	return total * size / 1000.0;
}

static int
fake_glyph(void *arg, enum font f, unsigned int cp)
{
	return cp <= 0xffff && !(cp >= 0xd800 && cp <= 0xdfff) &&
	    !(cp >= 0xe000 && cp <= 0xf8ff);
}

static double
fake_ascent(void *arg, enum font f, double size)
{
	return size * 0.8;
}

static double
fake_overhang(void *arg, enum font f, double size)
{
	return f == FONT_ITALIC ? size * 0.2 : 0;
}

/*
 * Versions 1-40 of a QR code, 21 to 177 modules a side, each holding
 * 58 bytes more than the last; plus a quiet zone of 4 each side.
 */
static int
fake_qr_modules(void *arg, const char *uri)
{
	size_t	len = strlen(uri);
	size_t	v;

	if (len == 0 || (v = 1 + (len - 1) / 58) > 40)
		return -1;
	return (int)(17 + 4 * v + 8);
}

const struct metrics *
dump_metrics(void)
{
	static const struct metrics m = {
		.width = fake_width,
		.has_glyph = fake_glyph,
		.ascent = fake_ascent,
		.overhang = fake_overhang,
		.qr_modules = fake_qr_modules,
		.arg = NULL,
	};

	return &m;
}

/* Rounded to 0.01 pt, and never "-0.00". */
static void
num(FILE *f, double v)
{
	v = round(v * 100) / 100;
	if (v == 0)
		v = 0;
	fprintf(f, " %.2f", v);
}

/* Quoted, with quotes, backslashes and control bytes escaped. */
static void
quoted(FILE *f, const char *s)
{
	const unsigned char *p;

	putc(' ', f);
	putc('"', f);
	for (p = (const unsigned char *)s; p != NULL && *p != '\0'; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(f, "\\%c", *p);
		else if (*p < 0x20 || *p == 0x7f)
			fprintf(f, "\\x%02x", *p);
		else
			putc(*p, f);
	}
	putc('"', f);
}

static void
op_dump(FILE *f, const struct op *o)
{
	static const char *const types[] = {
		[OP_TEXT] = "text", [OP_FILL] = "fill", [OP_STROKE] = "stroke",
		[OP_RULE] = "rule", [OP_LINK] = "link", [OP_QR] = "qr"
	};
	static const char *const fonts[] = {
		[FONT_REGULAR] = "regular", [FONT_BOLD] = "bold",
		[FONT_ITALIC] = "italic"
	};
	static const char *const colours[] = {
		[COLOUR_TEXT] = "text", [COLOUR_MUTED] = "muted",
		[COLOUR_ACCENT] = "accent", [COLOUR_LINK] = "link",
		[COLOUR_RIGHT_FILL] = "right-fill",
		[COLOUR_RIGHT_RULE] = "right-rule",
		[COLOUR_CAVEAT_FILL] = "caveat-fill",
		[COLOUR_CAVEAT_RULE] = "caveat-rule", [COLOUR_BOX] = "box"
	};

	fprintf(f, "  %s", types[o->type]);
	num(f, o->x);
	num(f, o->y);
	switch (o->type) {
	case OP_TEXT:
		fprintf(f, " %s", fonts[o->font]);
		num(f, o->size);
		fprintf(f, " %s", colours[o->colour]);
		quoted(f, o->text);
		break;
	case OP_FILL:
		num(f, o->w);
		num(f, o->h);
		fprintf(f, " %s", colours[o->colour]);
		break;
	case OP_STROKE:
	case OP_RULE:
		num(f, o->w);
		num(f, o->h);
		num(f, o->size);
		fprintf(f, " %s", colours[o->colour]);
		break;
	case OP_LINK:
		num(f, o->w);
		num(f, o->h);
		quoted(f, o->text);
		break;
	case OP_QR:
		num(f, o->w);
		quoted(f, o->text);
		break;
	}
	putc('\n', f);
}

int
dump_layout(FILE *f, const struct layout *l)
{
	size_t	i, j;

	fprintf(f, "layout");
	num(f, l->width);
	num(f, l->height);
	fprintf(f, " pages %zu\n", l->npages);
	for (i = 0; i < l->npages; i++) {
		fprintf(f, "page %zu\n", i + 1);
		for (j = 0; j < l->pages[i].nops; j++)
			op_dump(f, &l->pages[i].ops[j]);
	}
	for (i = 0; i < l->nmarks; i++) {
		fprintf(f, "mark %zu", l->marks[i].page + 1);
		num(f, l->marks[i].y);
		quoted(f, l->marks[i].title);
		putc('\n', f);
	}
	if (fflush(f) == EOF || ferror(f)) {
		if (errno == 0)
			errno = EIO;
		return -1;
	}
	return 0;
}
