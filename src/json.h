/* SPDX-License-Identifier: ISC */
/* The little JSON writing that explain and list need. */
#ifndef JSON_H
#define JSON_H

#include <stdio.h>

/* Write s as a JSON string (NULL as null); s is valid UTF-8. */
void	json_string(FILE *, const char *s);

/* Write "key": and a string value, with a leading comma unless first. */
void	json_member(FILE *, int first, const char *key, const char *s);

#endif
