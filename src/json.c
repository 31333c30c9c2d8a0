/* SPDX-License-Identifier: ISC */
/* The little JSON writing that explain and list need. */
#include <string.h>

#include "json.h"
#include "utf8.h"

/*
 * A JSON string is UTF-8: a byte that does not start a well-formed
 * sequence (a file name from another system, say) is written as U+FFFD,
 * so the output always parses.
 */
void
json_string(FILE *f, const char *s)
{
	unsigned char	c;
	size_t		n, len, bad;

	if (s == NULL) {
		fputs("null", f);
		return;
	}
	fputc('"', f);
	len = strlen(s);
	while (*s != '\0') {
		c = (unsigned char)*s;
		if (c >= 0x80) {
			n = utf8_seqlen(c);
			if (n == 1 || n > len ||
			    utf8_check(s, n, &bad) != 0) {
				fputs("\\ufffd", f);
				n = 1;
			} else
				fwrite(s, 1, n, f);
			s += n;
			len -= n;
			continue;
		}
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", f);
		else if (c == '\t')
			fputs("\\t", f);
		else if (c < 0x20 || c == 0x7f)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
		s++;
		len--;
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
