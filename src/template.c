/* SPDX-License-Identifier: ISC */
/* Layout templates: what is not tied to the XML form. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "template.h"

void
template_free_contents(struct template *t)
{
	free(t->name);
	t->name = NULL;
}

/* "#rrggbb" to 0..1 components; the schema has checked the form. */
int
template_colour_parse(const char *s, struct rgb *c)
{
	unsigned int	r, g, b;

	if (s == NULL || strlen(s) != 7 ||
	    sscanf(s, "#%2x%2x%2x", &r, &g, &b) != 3)
		return -1;
	c->r = r / 255.0;
	c->g = g / 255.0;
	c->b = b / 255.0;
	return 0;
}
