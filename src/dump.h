/* SPDX-License-Identifier: ISC */
/*
 * The text device: a fixed fake font to lay out with, and a plain-text
 * dump of the laid-out pages.  For golden tests of layout that do not
 * change when the real font or libharu does.
 */
#ifndef DUMP_H
#define DUMP_H

#include <stdio.h>

#include "layout.h"

/*
 * Metrics of a fake font with fixed widths per code point, the same on
 * every machine.  It lacks the private use area (U+E000-U+F8FF) and
 * everything beyond the BMP, and holds QR codes of up to 2,320 bytes.
 */
const struct metrics *dump_metrics(void);

/*
 * Write every page of l to f: each op with its coordinates rounded to
 * 0.01 pt, then the bookmarks.  Returns 0, or -1 with errno set if
 * writing failed.
 */
int		 dump_layout(FILE *f, const struct layout *l);

#endif
