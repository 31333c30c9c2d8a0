/* SPDX-License-Identifier: ISC */
/* RFC 4180 CSV: quoted fields, commas and line breaks inside quotes. */
#ifndef CSV_H
#define CSV_H

#include <stddef.h>

struct csv_field {
	char	*text;			/* unquoted, NUL-terminated */
	int	 line;			/* where the field starts, 1-based */
	int	 col;
};

struct csv_record {
	struct csv_field *fields;
	size_t		  nfields;
	int		  line;		/* where the record starts */
};

struct csv {
	struct csv_record *records;
	size_t		   nrecords;
};

/*
 * Parse buf[0..len) (a UTF-8 BOM is skipped; CRLF and LF both end a
 * record; blank lines are skipped).  Returns a new struct csv (free with
 * csv_free()), or NULL after a message naming file and line if a quoted
 * field never ends or a quote appears inside an unquoted field.
 */
struct csv	*csv_parse(const char *file, const char *buf, size_t len);
void		 csv_free(struct csv *);

#endif
