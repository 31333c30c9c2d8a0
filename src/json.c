/* SPDX-License-Identifier: ISC */
/* The little JSON writing that explain and list need. */
#include "json.h"

void
json_string(FILE *f, const char *s)
{
	unsigned char	c;

	if (s == NULL) {
		fputs("null", f);
		return;
	}
	fputc('"', f);
	for (; *s != '\0'; s++) {
		c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", f);
		else if (c == '\t')
			fputs("\\t", f);
		else if (c < 0x20 || c == 0x7f)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);	/* UTF-8 passes through */
	}
	fputc('"', f);
}

void
json_member(FILE *f, int first, const char *key, const char *s)
{
	if (!first)
		fputc(',', f);
	json_string(f, key);
	fputc(':', f);
	json_string(f, s);
}
