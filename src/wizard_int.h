/* SPDX-License-Identifier: ISC */
/* What the wizard's questions share: reading answers and file names. */
#ifndef WIZARD_INT_H
#define WIZARD_INT_H

#include <stdio.h>

/*
 * Longest answer kept: far more than any question needs, so that a
 * longer line is refused by the question rather than read in parts.
 */
#define WIZARD_LINE_MAX	4096

/*
 * One whole line from in, without its newline and the white space
 * around it, however long: a line longer than WIZARD_LINE_MAX is read
 * to its end and kept cut there (*cut set), so that it never spills
 * into the next question.  A new string, or NULL at the end of input
 * (Ctrl-D), even in the middle of a line.
 */
char	*wizard_readline(FILE *in, int *cut);

/*
 * The file a typed name stands for: "~" and "~/..." in the home folder
 * ($HOME), "~user/..." in that user's; a folder (an existing one, or a
 * name ending in "/") gets the default file name; ".pdf" is added if
 * missing; an empty answer is the default file name.  A new string,
 * or NULL if the name is of an unknown user.
 */
char	*wizard_path(const char *typed, const char *deflt);

#endif
