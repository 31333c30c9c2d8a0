/* SPDX-License-Identifier: ISC */
/* Template files: from a schema-valid XML tree to struct template. */
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "load_int.h"
#include "xalloc.h"

static const char *const size_names[SIZE__MAX] = {
	"body", "small", "item", "heading", "title"
};
static const char *const space_names[SPACE__MAX] = {
	"paragraph", "item", "section"
};
static const char *const colour_names[COLOUR__MAX] = {
	"text", "muted", "accent", "link", "right-fill", "right-rule",
	"caveat-fill", "caveat-rule", "box"
};

static const struct {
	const char	*name;
	unsigned int	 bit;
} parts[] = {
	{ "cover-page", PART_COVER_PAGE },
	{ "sources", PART_SOURCES },
	{ "qr-codes", PART_QR },
	{ "done-line", PART_DONE_LINE },
	{ "follow-up", PART_FOLLOW_UP },
	{ "contents", PART_CONTENTS },
};

static double
num_attr(xmlNodePtr n, const char *name, double fallback)
{
	char	*s;
	double	 v;

	if ((s = xml_attr(n, name)) == NULL)
		return fallback;
	v = strtod(s, NULL);
	free(s);
	return v;
}

int
load_template(struct loader *l, const char *path, struct template *t)
{
	struct srcpos	 pos;
	xmlDocPtr	 doc;
	xmlNodePtr	 n;
	char		*s;
	int		 i, rc = 0;

	if ((doc = xml_read(path, l->template, "template")) == NULL)
		return -1;
	n = xmlDocGetRootElement(doc);
	t->name = xml_attr(n, "name");
	t->parts = PART__ALL;
	for (n = xml_first(n); n != NULL; n = xml_next(n)) {
		xml_pos(n, path, &pos);
		if (xml_is(n, "margins")) {
			t->margin_top = num_attr(n, "top", 0);
			t->margin_bottom = num_attr(n, "bottom", 0);
			t->margin_left = num_attr(n, "left", 0);
			t->margin_right = num_attr(n, "right", 0);
		} else if (xml_is(n, "type")) {
			for (i = 0; i < SIZE__MAX; i++)
				t->size[i] = num_attr(n, size_names[i], 10);
			t->leading = num_attr(n, "leading", 1.3);
		} else if (xml_is(n, "spacing")) {
			for (i = 0; i < SPACE__MAX; i++)
				t->space[i] = num_attr(n, space_names[i], 6);
		} else if (xml_is(n, "parts")) {
			for (i = 0; i < (int)(sizeof(parts) / sizeof(parts[0]));
			    i++) {
				s = xml_attr(n, parts[i].name);
				if (s != NULL && strcmp(s, "no") == 0)
					t->parts &= ~parts[i].bit;
				free(s);
			}
			t->note_lines = (int)num_attr(n, "note-lines", 0);
		} else if (xml_is(n, "colours")) {
			for (i = 0; i < COLOUR__MAX; i++) {
				s = xml_attr(n, colour_names[i]);
				if (template_colour_parse(s, &t->colour[i])) {
					msg(MSG_XML_SCHEMA, &pos,
					    "colour %s must look like #1d4f7a",
					    colour_names[i]);
					rc = -1;
				}
				free(s);
			}
		}
	}
	xmlFreeDoc(doc);
	return rc;
}
