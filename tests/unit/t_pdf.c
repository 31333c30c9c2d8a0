/* SPDX-License-Identifier: ISC */
/*
 * The PDF device on its own, with the real fonts: a layout drawn and
 * saved.  Run from the top of the source tree.
 */
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <hpdf.h>
#include <hpdf_fontdef.h>

#include "harness.h"
#include "layout.h"
#include "pdf.h"
#include "pdf_int.h"
#include "utf8.h"
#include "xalloc.h"

/* Append the UTF-8 of cp to buf (room for 4 bytes more). */
static size_t
put_utf8(char *buf, size_t n, unsigned int cp)
{
	if (cp < 0x80)
		buf[n++] = (char)cp;
	else if (cp < 0x800) {
		buf[n++] = (char)(0xc0 | cp >> 6);
		buf[n++] = (char)(0x80 | (cp & 0x3f));
	} else {
		buf[n++] = (char)(0xe0 | cp >> 12);
		buf[n++] = (char)(0x80 | ((cp >> 6) & 0x3f));
		buf[n++] = (char)(0x80 | (cp & 0x3f));
	}
	return n;
}

/*
 * tests/fixtures/cps-305.txt holds the code points each face drew in a
 * checklist that libharu 2.3.0 failed to save without a word (its
 * issue #305): the font subset it made of them ended on a 4 KB
 * boundary.  The same code points, drawn here, must give a PDF.
 */
static void
test_pdf_4k_font(void)
{
	struct pdfinfo	 info = { "t", "s", "k", -1 };
	struct layout	*l;
	struct pdfout	*po;
	struct stat	 st;
	FILE		*f;
	char		 line[8192], *tok, *text;
	size_t		 n;
	int		 face;
	const char	*out = "tests/out/unit-305.pdf";

	if ((f = fopen("tests/fixtures/cps-305.txt", "r")) == NULL) {
		CHECK(!"tests/fixtures/cps-305.txt is missing");
		return;
	}
	l = xcalloc(1, sizeof(*l));
	l->width = 595;
	l->height = 842;
	l->npages = 1;
	l->pages = xcalloc(1, sizeof(*l->pages));
	l->pages[0].ops = xcalloc(2, sizeof(*l->pages[0].ops));
	while (fgets(line, sizeof(line), f) != NULL &&
	    sscanf(line, "face %d:", &face) == 1 && face >= 0 && face < 2) {
		text = xmalloc(sizeof(line) * 2);
		n = 0;
		for (tok = strtok(strchr(line, ':') + 1, " \n"); tok != NULL;
		    tok = strtok(NULL, " \n"))
			n = put_utf8(text, n, (unsigned int)strtoul(tok, NULL,
			    16));
		text[n] = '\0';
		l->pages[0].ops[l->pages[0].nops].type = OP_TEXT;
		l->pages[0].ops[l->pages[0].nops].font = face == 0 ?
		    FONT_REGULAR : FONT_BOLD;
		l->pages[0].ops[l->pages[0].nops].size = 6;
		l->pages[0].ops[l->pages[0].nops].x = 20;
		l->pages[0].ops[l->pages[0].nops].y = 100 + 50 * face;
		l->pages[0].ops[l->pages[0].nops].text = text;
		l->pages[0].nops++;
	}
	fclose(f);
	CHECK(l->pages[0].nops == 2);
	unlink(out);
	if ((po = pdf_alloc("fonts")) != NULL) {
		CHECK(pdf_write(po, l, &info, out) == 0);
		CHECK(stat(out, &st) == 0 && st.st_size > 1000);
		pdf_free(po);
	} else
		CHECK(!"cannot load the fonts");
	layout_free(l);
}

/*
 * The subset's own cmap (pdf_subset_cmap.c), read by libharu: each
 * code point drawn gives the glyph of the same width HarfBuzz measured
 * in the whole font, every other gives none, and a look-up passes a
 * handful of segments.  The code points lie both within SEGMENT_GAP
 * of each other and far apart.
 */
static void
test_subset_cmap(void)
{
	static const unsigned int in[] = { 0x20, 0x41, 0x42, 0x61, 0x7a,
	    0xe9, 0xfc, 0x17d, 0x2019, 0x201c, 0x2192, 0x25a1 };
	static const unsigned int out[] = { 0x1f, 0x43, 0xe8, 0x100,
	    0x2018, 0x2191, 0x25a2, 0x3000, 0xfffe };
	struct pdf_face	*pf;
	struct pdf_subset ss;
	HPDF_Doc	 doc;
	HPDF_FontDef	 def;
	const char	*name;
	size_t		 i;
	HPDF_UINT16	 gid;
	int		 wrong = 0;

	if ((pf = pdf_face_alloc("fonts/DejaVuSans.ttf")) == NULL) {
		CHECK(!"cannot read fonts/DejaVuSans.ttf");
		return;
	}
	CHECK(pdf_face_subset(pf, in, sizeof(in) / sizeof(in[0]), &ss) == 0);
	doc = HPDF_New(NULL, NULL);
	name = HPDF_LoadTTFontFromFile(doc, ss.name, HPDF_TRUE);
	def = name != NULL ? HPDF_Doc_FindFontDef(doc, name) : NULL;
	CHECK(def != NULL);
	if (def != NULL) {
		for (i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
			gid = HPDF_TTFontDef_GetGlyphid(def, (HPDF_UINT16)in[i]);
			if (gid == 0 || HPDF_TTFontDef_GetGidWidth(def, gid) !=
			    pdf_face_width(pf, in[i]))
				wrong++;
		}
		for (i = 0; i < sizeof(out) / sizeof(out[0]); i++)
			if (HPDF_TTFontDef_GetGlyphid(def,
			    (HPDF_UINT16)out[i]) != 0)
				wrong++;
		CHECK(wrong == 0);
		/*
		 * 0x20-0xFC, 0x17D, 0x2019-0x201C, 0x2192, 0x25A1 and the
		 * closing 0xFFFF, where HarfBuzz writes one per run: 11.
		 */
		CHECK(((HPDF_TTFontDefAttr)def->attr)->cmap.seg_count_x2 / 2
		    == 6);
	}
	HPDF_Free(doc);
	pdf_subset_close(&ss);
	pdf_face_free(pf);
}

void
test_pdf(void)
{
	test_pdf_4k_font();
	test_subset_cmap();
}
