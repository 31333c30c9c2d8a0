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

#include "harness.h"
#include "layout.h"
#include "pdf.h"
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

void
test_pdf(void)
{
	test_pdf_4k_font();
}
