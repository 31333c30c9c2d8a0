/* SPDX-License-Identifier: ISC */
/*
 * libFuzzer: a roster from arbitrary bytes.  The first byte picks the
 * --encoding (none, windows-1252, iso-8859-1, utf-16le), the rest is
 * the file; every field must come back as NUL-free UTF-8 with a place.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "msg.h"
#include "utf8.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const enc[] = {
		NULL, "windows-1252", "iso-8859-1", "utf-16le"
	};
	struct csv	*c;
	size_t		 i, j, bad;

	msg_quiet(MSGL_SYSERR);
	if (size == 0)
		return 0;
	c = csv_parse("fuzz.csv", (const char *)data + 1, size - 1,
	    enc[data[0] % 4]);
	for (i = 0; c != NULL && i < c->nrecords; i++)
		for (j = 0; j < c->records[i].nfields; j++) {
			const struct csv_field *f = &c->records[i].fields[j];

			if (utf8_check(f->text, strlen(f->text), &bad) != 0 ||
			    f->line < 1 || f->col < 1 ||
			    f->line < c->records[i].line)
				abort();
		}
	csv_free(c);
	msg_reset();
	return 0;
}
