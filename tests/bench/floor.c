/* SPDX-License-Identifier: ISC */
/*
 * The floor for make bench: the least a libharu program can do to put
 * the same text on the same number of pages with the same font files,
 * the naive way (whole fonts, TextOut per line).  No layout, no rules,
 * no XML.  Reads pdftotext output (pages split by form feeds).
 *
 * usage: floor TEXTFILE FONTDIR OUT.pdf [N]   (N documents in a loop)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>

static void
on_error(HPDF_STATUS e, HPDF_STATUS d, void *arg)
{
	(void)arg;
	fprintf(stderr, "floor: libharu error 0x%04X (%u)\n", (unsigned)e,
	    (unsigned)d);
	exit(1);
}

static void
one(const char *text, const char *fontdir, const char *out)
{
	static const char *const faces[] = {
		"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"
	};
	HPDF_Doc	 pdf;
	HPDF_Page	 page = NULL;
	HPDF_Font	 font[2];
	const char	*p, *nl;
	char		 path[4096], line[2048];
	double		 y = 0;
	size_t		 len, k = 0;
	int		 i;

	pdf = HPDF_New(on_error, NULL);
	HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
	HPDF_UseUTFEncodings(pdf);
	HPDF_SetCurrentEncoder(pdf, "UTF-8");
	for (i = 0; i < 2; i++) {
		snprintf(path, sizeof(path), "%s/%s", fontdir, faces[i]);
		font[i] = HPDF_GetFont(pdf, HPDF_LoadTTFontFromFile(pdf, path,
		    HPDF_TRUE), "UTF-8");
	}
	for (p = text; *p != '\0'; p = *nl ? nl + 1 : nl) {
		if (page == NULL || *p == '\f' || y < 40) {
			page = HPDF_AddPage(pdf);
			HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4,
			    HPDF_PAGE_PORTRAIT);
			y = 800;
			if (*p == '\f')
				p++;
		}
		nl = p + strcspn(p, "\n\f");
		len = (size_t)(nl - p) < sizeof(line) - 1 ?
		    (size_t)(nl - p) : sizeof(line) - 1;
		memcpy(line, p, len);
		line[len] = '\0';
		if (len > 0) {
			HPDF_Page_BeginText(page);
			HPDF_Page_SetFontAndSize(page, font[k++ % 2], 10);
			HPDF_Page_TextOut(page, 56, y, line);
			HPDF_Page_EndText(page);
		}
		y -= 14;
		if (*nl == '\f')
			nl--;
	}
	HPDF_SaveToFile(pdf, out);
	HPDF_Free(pdf);
}

int
main(int argc, char **argv)
{
	FILE	*f;
	char	*text;
	long	 n, i, size;

	if (argc < 4 || (f = fopen(argv[1], "rb")) == NULL) {
		fprintf(stderr, "usage: floor TEXTFILE FONTDIR OUT.pdf [N]\n");
		return 2;
	}
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	rewind(f);
	text = calloc(1, (size_t)size + 1);
	if (text == NULL || fread(text, 1, (size_t)size, f) != (size_t)size)
		return 1;
	fclose(f);
	n = argc > 4 ? atol(argv[4]) : 1;
	for (i = 0; i < n; i++)
		one(text, argv[2], argv[3]);
	free(text);
	return 0;
}
