/* SPDX-License-Identifier: ISC */
/* Allocation wrappers: running out of memory ends the program. */
#ifndef XALLOC_H
#define XALLOC_H

#include <stddef.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
char	*xasprintf(const char *, ...)
	    __attribute__((format(printf, 1, 2)));

/* Free n strings and the array that holds them. */
void	xfree_strings(char **, size_t n);

/*
 * Append one element to a growable array: grows *arr (of *n elements,
 * *cap allocated) as needed and returns a pointer to the new, zeroed slot.
 */
void	*xgrow(void *arr, size_t *n, size_t *cap, size_t size);
#define XAPPEND(arr, n, cap) \
	((arr) = xgrow((arr), &(n), &(cap), sizeof(*(arr))), &(arr)[(n) - 1])

/*
 * Grow the stack now to more than a run needs, so that running out of
 * address space later is a failed malloc (reported), not a SIGSEGV.
 */
void	xalloc_reserve_stack(void);

#endif
