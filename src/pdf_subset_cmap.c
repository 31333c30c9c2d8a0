/* SPDX-License-Identifier: ISC */
/*
 * A compact cmap for a font subset, for libharu's sake.  libharu 2.3.0
 * maps every code point of the BMP through the font's cmap when it
 * makes a CID font (65,536 look-ups a face, twice), and each look-up
 * walks the format 4 segments one by one.  HarfBuzz writes a segment
 * per run of consecutive characters, 30 or more for a page of European
 * text, so that walk was a tenth of a checklist's time.  Here runs that
 * lie close together share one segment, whose glyphs are listed, so
 * that a look-up passes a handful of segments at most.  The mapping is
 * the same, character for character: only its encoding changes.
 */
#include <stdlib.h>
#include <string.h>

#include <hb.h>

#include "pdf_subset_cmap.h"
#include "xalloc.h"

/*
 * Runs closer than this share a segment: each code point between costs
 * two bytes of glyph list (zero for "no glyph"), before compression.
 */
#define SEGMENT_GAP	128
/* The largest format 4 subtable: its length is 16 bits. */
#define SUBTABLE_MAX	65535

static void
be16(unsigned char *p, unsigned int v)
{
	p[0] = (unsigned char)(v >> 8);
	p[1] = (unsigned char)v;
}

/*
 * NULL when a glyph id would not fit 16 bits or the table its 16-bit
 * length.
 */
hb_blob_t *
pdf_subset_cmap(hb_face_t *sub, const unsigned int *cps, size_t n)
{
	hb_font_t	*font;
	hb_codepoint_t	 gid;
	unsigned int	*start, *end;
	unsigned char	*t, *sub4;
	size_t		 nseg = 0, i, k, entries = 0, len, at;
	unsigned int	 cp, e;
	hb_blob_t	*blob;
	int		 ok = 1;

	/* 0xFFFF ends the last segment; libharu draws nothing past it. */
	while (n > 0 && cps[n - 1] >= 0xffff)
		n--;
	if (n == 0)
		return NULL;
	start = xreallocarray(NULL, n + 1, sizeof(*start));
	end = xreallocarray(NULL, n + 1, sizeof(*end));
	for (i = 0; i < n; i++) {
		if (nseg > 0 && cps[i] - end[nseg - 1] <= SEGMENT_GAP) {
			end[nseg - 1] = cps[i];
			continue;
		}
		start[nseg] = end[nseg] = cps[i];
		nseg++;
	}
	for (k = 0; k < nseg; k++)
		entries += end[k] - start[k] + 1;
	start[nseg] = end[nseg] = 0xffff;
	nseg++;
	len = 16 + 8 * nseg + 2 * entries;
	if (len > SUBTABLE_MAX) {
		free(start);
		free(end);
		return NULL;
	}
	/* cmap header, two encoding records sharing one subtable. */
	t = xcalloc(1, 20 + len);
	be16(t + 2, 2);
	be16(t + 4, 0);			/* Unicode, BMP */
	be16(t + 6, 3);
	t[11] = 20;
	be16(t + 12, 3);		/* Windows, Unicode BMP */
	be16(t + 14, 1);
	t[19] = 20;
	sub4 = t + 20;
	be16(sub4, 4);
	be16(sub4 + 2, (unsigned int)len);
	be16(sub4 + 6, (unsigned int)(2 * nseg));
	/* The binary search hints: 2^e <= nseg < 2^(e + 1). */
	for (e = 0; (2u << e) <= nseg; e++)
		;
	be16(sub4 + 8, 2u << e);
	be16(sub4 + 10, e);
	be16(sub4 + 12, (unsigned int)(2 * nseg - (2u << e)));
	font = hb_font_create(sub);
	at = 0;
	for (k = 0; k < nseg; k++) {
		be16(sub4 + 14 + 2 * k, end[k]);
		be16(sub4 + 16 + 2 * nseg + 2 * k, start[k]);
		if (k == nseg - 1) {
			/* 0xFFFF + 1 wraps to glyph 0, as the format asks. */
			be16(sub4 + 16 + 4 * nseg + 2 * k, 1);
			continue;
		}
		/* From this idRangeOffset to the segment's first glyph. */
		be16(sub4 + 16 + 6 * nseg + 2 * k,
		    (unsigned int)(2 * (nseg - k) + 2 * at));
		for (cp = start[k]; cp <= end[k]; cp++, at++) {
			if (!hb_font_get_nominal_glyph(font, cp, &gid))
				gid = 0;
			if (gid > 0xffff)
				ok = 0;
			be16(sub4 + 16 + 8 * nseg + 2 * at, gid);
		}
	}
	hb_font_destroy(font);
	free(start);
	free(end);
	if (!ok) {
		free(t);
		return NULL;
	}
	if ((blob = hb_blob_create_or_fail((const char *)t,
	    (unsigned int)(20 + len), HB_MEMORY_MODE_WRITABLE, t, free)) ==
	    NULL)
		free(t);
	return blob;
}
