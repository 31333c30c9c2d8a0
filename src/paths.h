/* SPDX-License-Identifier: ISC */
/* Where rightsheet finds its guides, templates and fonts. */
#ifndef PATHS_H
#define PATHS_H

#include <stddef.h>

/*
 * The data directory: $RIGHTSHEET_DATADIR, else the directory of the
 * running program if it is a source tree, else ../share/rightsheet
 * from the program, else the compiled-in DATADIR.
 * Returns a new string, or NULL after a message.
 */
char	*paths_datadir(void);

/*
 * The *.xml files directly in dir, sorted by name, as new strings.
 * Returns the count, or -1 after a message if dir cannot be read.
 */
int	 paths_list_xml(const char *dir, char ***files);

#endif
