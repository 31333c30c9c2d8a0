/* SPDX-License-Identifier: ISC */
/*
 * CSV as spreadsheets write it: RFC 4180 quoting, a comma, semicolon or
 * tab between fields, UTF-8 or UTF-16 with a byte order mark, or an
 * 8-bit encoding the user names.
 */
#ifndef CSV_H
#define CSV_H

#include <stddef.h>

/* A roster is a few hundred short rows; this bounds the memory used. */
#define CSV_MAX_CELLS	1000000

struct csv_field {
	char	*text;			/* unquoted, NUL-terminated, UTF-8; owned */
	int	 line;			/* where the field starts, 1-based */
	int	 col;			/* in characters, 1-based */
};

struct csv_record {
	struct csv_field *fields;	/* owned, as is each one's text */
	size_t		  nfields;
	int		  line;		/* where the record starts */
};

struct csv {
	struct csv_record *records;	/* owned; blank lines left out, but
					   not rows of empty fields */
	size_t		   nrecords;
};

/*
 * Parse buf[0..len), a whole file named file.  The encoding: a byte
 * order mark says UTF-8, UTF-16LE or UTF-16BE; otherwise encoding (a
 * name iconv(3) knows, such as "windows-1252") if not NULL, else UTF-8.
 * Text that is not UTF-8 is refused with the encoding it most likely
 * is.  The delimiter is the one of comma, semicolon and tab found most
 * often outside quotes in the first line, or the one a first line such
 * as "sep=;" names (Excel writes and reads it).  CRLF and LF both end a
 * record; blank lines are skipped.  Cells are text, never evaluated.
 *
 * Returns a new struct csv (free with csv_free()), or NULL after a
 * message naming file, line and column: a quote out of place, a NUL
 * byte, text not in the encoding, more than CSV_MAX_CELLS cells; or an
 * unknown encoding name (a usage error).
 */
struct csv	*csv_parse(const char *file, const char *buf, size_t len,
		    const char *encoding);
void		 csv_free(struct csv *);

/* 1 if every field of the record is empty or blank (";;;;" rows). */
int		 csv_record_empty(const struct csv_record *);

#endif
