/* SPDX-License-Identifier: ISC */
/*
 * Temporary files that must not outlive the program: a half-written
 * checklist holds a person's name.  They are removed when the program
 * exits or is stopped by any signal that can be caught.
 */
#ifndef CLEANUP_H
#define CLEANUP_H

/* Catch the signals that stop a program; call once at start. */
void	cleanup_signals(void);

/*
 * Remove path if the program ends before cleanup_forget() is called
 * with the same slot.  Returns the slot, or -1 if path is too long or
 * every slot is taken (the caller then proceeds unprotected).
 */
int	cleanup_remember(const char *path);
void	cleanup_forget(int slot);

/* Remove every remembered file now (at exit and on a signal). */
void	cleanup_run(void);

#endif
