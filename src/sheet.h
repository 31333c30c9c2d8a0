/* SPDX-License-Identifier: ISC */
/* Spreadsheet rosters: one sheet of an .ods or .xlsx file as a struct csv. */
#ifndef SHEET_H
#define SHEET_H

#include <stddef.h>

#include "csv.h"

/*
 * Whether the roster named file, holding buf[0..len), is for
 * sheet_parse() rather than csv_parse(): by its bytes (a zip file, or an
 * old .xls) or by its name (.ods, .xlsx, .xls and their kin).
 */
int		 sheet_wanted(const char *file, const char *buf, size_t len);

/*
 * Read the sheet named sheet (NULL: the first) of the spreadsheet in
 * buf[0..len) into a new struct csv, as csv_parse() returns it: one
 * record per row that has a cell with text (rows with none are skipped),
 * line = the row's number in the sheet, col = the column's number (A is
 * 1), every record at least as wide as the first.  Cells are text as
 * shown: formulas give their stored value and are never evaluated.
 * Returns NULL after a message naming file (and the part, row and
 * column) if the file is not an .ods or .xlsx spreadsheet, its name
 * says it is something else, it has no such sheet, or it passes a
 * bound (zip entry size or ratio, rows, columns, cell length).
 * Caller frees with csv_free().
 */
struct csv	*sheet_parse(const char *file, const char *buf, size_t len,
		    const char *sheet);

#endif
