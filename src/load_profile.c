/* SPDX-License-Identifier: ISC */
/* Profile files: from a schema-valid XML tree to struct profile_spec. */
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "load_int.h"
#include "xalloc.h"

static int
spec_from_doc(xmlDocPtr doc, const char *path, struct profile_spec *spec)
{
	xmlNodePtr	 n;
	int		 f, before;

	if (doc == NULL)
		return -1;
	before = msg_count(MSGL_ERROR);
	/* A field missing from the file is the file's problem. */
	for (f = 0; f < SPEC__MAX; f++) {
		spec->pos[f].file = path;
		spec->pos[f].line = spec->pos[f].col = 0;
	}
	for (n = xml_first(xmlDocGetRootElement(doc)); n != NULL;
	    n = xml_next(n))
		for (f = 0; f < SPEC__MAX; f++)
			if (xml_is(n, spec_field_name(f))) {
				free(spec->value[f]);
				spec->value[f] = xml_text(n, path, NULL);
				xml_pos(n, path, &spec->pos[f]);
			}
	xmlFreeDoc(doc);
	return msg_count(MSGL_ERROR) > before ? -1 : 0;
}

int
load_profile(struct loader *l, const char *path, struct profile_spec *spec)
{
	return spec_from_doc(xml_read(path, l->profile, "profile"), path,
	    spec);
}

int
load_profile_buffer(struct loader *l, const char *name, const char *buf,
    size_t len, struct profile_spec *spec)
{
	return spec_from_doc(xml_parse(name, buf, len, l->profile,
	    "profile"), name, spec);
}
