/* SPDX-License-Identifier: ISC */
/* Text folded for matching what people type: case, accents, spacing. */
#ifndef FOLD_H
#define FOLD_H

#include <stddef.h>

/*
 * The longest folded text, in code points, that fold_text() keeps and
 * fold_distance() compares: longer than any country's name, so that
 * the work of matching stays bounded whatever is typed.
 */
#define FOLD_MAX	64

/*
 * s folded into out: letters lower-cased and Latin letters stripped of
 * accents ("Österreich": "osterreich", "ß": "ss"); spaces, punctuation
 * and a leading "the" left out, so that "Viet Nam" matches "Vietnam"
 * and "U.S.A." matches "USA".  Other scripts keep their letters
 * (Greek and Cyrillic lower-cased).  Returns the number of code points
 * written (each as a 32-bit value), or -1 if s is not valid UTF-8 or
 * folds to more than FOLD_MAX.
 */
int	fold_text(const char *s, unsigned int out[FOLD_MAX]);

/*
 * The plain lower-case letters for an accented Latin letter ("é": "e",
 * "Æ": "ae"), or NULL if cp is not one: also for file names.
 */
const char	*fold_latin(unsigned int cp);

/*
 * The number of single-letter edits (insert, delete, replace, swap of
 * neighbours) that make a into b: optimal string alignment distance.
 */
int	fold_distance(const unsigned int *a, int na, const unsigned int *b,
	    int nb);

#endif
