/* SPDX-License-Identifier: ISC */
/* Where rightsheet finds its guides, templates and fonts. */
#ifndef PATHS_H
#define PATHS_H

#include <stddef.h>

#include "msg.h"

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

/*
 * Open path for reading if it is a regular file (a symbolic link to
 * one is fine), without ever blocking: a FIFO or a device named like a
 * guide or a font must not hang the program.  On failure, reports id
 * naming the file and returns -1.
 */
int	 paths_open_regular(const char *path, enum msgid id);

/*
 * Read the regular file at path whole into a new buffer (NUL-terminated,
 * for convenience) if it is at most max bytes.  Reports id and returns
 * NULL on failure; an empty file is returned as such.
 */
char	*paths_read_regular(const char *path, size_t max, size_t *lenp,
	    enum msgid id);

/* Write all of buf to fd, again after EINTR; 0, or -1 with errno set. */
int	 paths_write_all(int fd, const void *buf, size_t len);

#endif
