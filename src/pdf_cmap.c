/* SPDX-License-Identifier: ISC */
/*
 * A correct ToUnicode CMap for libharu's UTF-8 fonts.  libharu 2.3.0
 * attaches a CMap with a "begincidrange" operator that poppler rejects
 * with a warning on every page; its CIDs are Unicode code points, so
 * the correct map is the identity over the BMP.
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
pdf_fix_tounicode(HPDF_Doc doc, HPDF_Font font)
{
	HPDF_Dict	stream;
	char		line[64];
	int		hi, block;

	stream = HPDF_DictStream_New(doc->mmgr, doc->xref);
	if (stream == NULL)
		return -1;
	stream->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
	if (HPDF_Stream_WriteStr(stream->stream, cmap_head) != HPDF_OK)
		return -1;
	/* 256 ranges of 256 codes, at most 100 ranges per block. */
	for (hi = 0; hi < 256; hi += 100) {
		block = 256 - hi < 100 ? 256 - hi : 100;
		snprintf(line, sizeof(line), "%d beginbfrange\n", block);
		HPDF_Stream_WriteStr(stream->stream, line);
		for (; block > 0; block--, hi++) {
			snprintf(line, sizeof(line), "<%02X00> <%02XFF> <%02X00>\n",
			    hi, hi, hi);
			HPDF_Stream_WriteStr(stream->stream, line);
		}
		hi -= 100;
		HPDF_Stream_WriteStr(stream->stream, "endbfrange\n");
	}
	if (HPDF_Stream_WriteStr(stream->stream, cmap_tail) != HPDF_OK)
		return -1;
	return HPDF_Dict_Add(font, "ToUnicode", stream) == HPDF_OK ? 0 : -1;
}
