/* SPDX-License-Identifier: ISC */
/* new-guide: a valid skeleton guide for a facilitator to start from. */
#ifndef NEWGUIDE_H
#define NEWGUIDE_H

/*
 * Write a skeleton guide with id name to path, which must not exist.
 * today is YYYY-MM-DD.  Returns 0, or -1 after a message.
 */
int	newguide_write(const char *name, const char *path, const char *today);

#endif
