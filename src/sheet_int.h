/* SPDX-License-Identifier: ISC */
/*
 * Shared by the sheet*.c files only: the reading of one spreadsheet,
 * the bounds on it, and the building of its struct csv.  No third-party
 * header here: sheet.c alone sees libzip, sheet_xml.c and the format
 * readers alone see libxml2.
 */
#ifndef SHEET_INT_H
#define SHEET_INT_H

#include <stddef.h>

#include "csv.h"

/*
 * Bounds.  A roster is a few hundred short rows; these are generous for
 * that and small enough that a hostile file cannot make us loop, or
 * allocate, without end.
 */
#define SHEET_MAX_ENTRY	 (64L * 1024 * 1024)	/* one part, unpacked */
#define SHEET_RATIO_FROM (1024L * 1024)		/* ratio checked above */
#define SHEET_MAX_RATIO	 100			/* unpacked : packed */
#define SHEET_MAX_ROW	 1048576L		/* Calc's and Excel's last */
#define SHEET_MAX_COL	 16384L			/* column XFD */
#define SHEET_MAX_RECORDS 100000		/* rows with text */
#define SHEET_MAX_FIELDS (1000L * 1000)		/* cells kept, with gaps */
#define SHEET_MAX_CELL	 32767			/* Excel's limit per cell */
#define SHEET_MAX_TEXT	 (16L * 1024 * 1024)	/* as a CSV roster */
#define SHEET_MAX_STRINGS (1024L * 1024)	/* xlsx shared strings */
#define SHEET_MAX_SHEETS 1000			/* names remembered */

struct zip;

/* One spreadsheet being read. */
struct sheet {
	const char	*file;		/* the roster's name, for messages */
	const char	*want;		/* sheet asked for, NULL: the first */
	struct zip	*zip;		/* the container: sheet.c only */
	struct csv	*csv;		/* rows read so far */
	size_t		 cap;		/* records allocated in csv */
	size_t		 nfields;	/* fields kept, all rows */
	size_t		 ntext;		/* text bytes kept, all rows */
	char		**names;	/* every sheet's name, in order */
	size_t		 nnames;
	size_t		 cnames;
	int		 found;		/* the sheet asked for was read */
	char		*sheet;		/* its name, for messages */
};

/* A cell's text as it is gathered: at most SHEET_MAX_CELL bytes. */
struct sheet_text {
	char		*s;		/* NUL-terminated once anything added */
	size_t		 len;
	size_t		 cap;
	int		 over;		/* more was offered than kept */
};

/* One row as it is gathered: its cells with text, left to right. */
struct sheet_row {
	struct csv_field *cells;	/* col holds the column number */
	size_t		  n;
	size_t		  cap;
	long		  row;		/* its number in the sheet */
};

/* sheet.c */
int	 sheet_entry(struct sheet *, const char *name, char **bufp,
	    size_t *lenp);
int	 sheet_name(struct sheet *, const char *name);
int	 sheet_cell(struct sheet *, struct sheet_row *, long col,
	    const struct sheet_text *);
int	 sheet_row_end(struct sheet *, struct sheet_row *, long repeat);
void	 sheet_row_clear(struct sheet_row *);
void	 stext_add(struct sheet_text *, const char *, size_t);
void	 stext_clear(struct sheet_text *);

/* sheet_ods.c, sheet_xlsx.c: 0, or -1 after a message. */
int	 sheet_ods(struct sheet *);
int	 sheet_xlsx(struct sheet *);

#endif
