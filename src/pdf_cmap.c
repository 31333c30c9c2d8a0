/* SPDX-License-Identifier: ISC */
/*
 * A correct ToUnicode CMap for libharu's UTF-8 fonts.  libharu 2.3.0
 * attaches a CMap with a "begincidrange" operator that poppler rejects
 * with a warning on every page; its CIDs are Unicode code points, so
 * the correct map is the identity.  Only the blocks a document draws
 * need mapping: the whole BMP costs 1.8 KB a font.
 */
#include <stdio.h>

#include <hpdf.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>
#include <hpdf_doc.h>

#include "pdf_int.h"

static const char cmap_head[] =
"/CIDInit /ProcSet findresource begin\n"
"12 dict begin\n"
"begincmap\n"
"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
"/CMapName /Adobe-Identity-UCS def\n"
"/CMapType 2 def\n"
"1 begincodespacerange\n"
"<0000> <FFFF>\n"
"endcodespacerange\n";

static const char cmap_tail[] =
"endcmap\n"
"CMapName currentdict /CMap defineresource pop\n"
"end\n"
"end\n";

/* Returns 0, or -1 if libharu failed (its error handler has the code). */
int
pdf_fix_tounicode(HPDF_Doc doc, HPDF_Font font, const unsigned char hi[32])
{
	HPDF_Dict	stream;
	char		line[64];
	int		blocks[256];
	int		h, n, i, j, k;

	for (n = 0, h = 0; h < 256; h++)
		if (hi[h >> 3] & (1U << (h & 7)))
			blocks[n++] = h;
	if ((stream = HPP(HPDF_DictStream_New(doc->mmgr, doc->xref))) ==
	    NULL)
		return -1;
	stream->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
	if (HP(HPDF_Stream_WriteStr(stream->stream, cmap_head)) == -1)
		return -1;
	/* One range per block, at most 100 ranges per bfrange section. */
	for (i = 0; i < n; i += k) {
		k = n - i < 100 ? n - i : 100;
		snprintf(line, sizeof(line), "%d beginbfrange\n", k);
		if (HP(HPDF_Stream_WriteStr(stream->stream, line)) == -1)
			return -1;
		for (j = i; j < i + k; j++) {
			snprintf(line, sizeof(line), "<%02X00> <%02XFF> <%02X00>\n",
			    blocks[j], blocks[j], blocks[j]);
			if (HP(HPDF_Stream_WriteStr(stream->stream, line)) == -1)
				return -1;
		}
		if (HP(HPDF_Stream_WriteStr(stream->stream,
		    "endbfrange\n")) == -1)
			return -1;
	}
	if (HP(HPDF_Stream_WriteStr(stream->stream, cmap_tail)) == -1)
		return -1;
	return HP(HPDF_Dict_Add(font, "ToUnicode", stream));
}
