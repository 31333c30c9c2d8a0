/* SPDX-License-Identifier: ISC */
/*
 * Shared by the load*.c files only: the one place that sees libxml2.
 */
#ifndef LOAD_INT_H
#define LOAD_INT_H

#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include "load.h"

/* Largest input file read: guides are tens of kilobytes. */
#define LOAD_MAX_BYTES	(4 * 1024 * 1024)

struct guide_cache;

struct loader {
	xmlSchemaPtr	 guide;		/* see loader_guide_schema() */
	xmlSchemaPtr	 profile;
	xmlSchemaPtr	 template;
	char		*schemadir;
	int		 guide_failed;	/* said once, not tried again */
	struct guide_cache *cache;	/* or NULL */
};

/* The guide schema, compiled on first use; NULL after a message. */
xmlSchemaPtr	 loader_guide_schema(struct loader *);
char		*xml_read_bytes(const char *path, size_t *lenp);

xmlDocPtr	 xml_read(const char *path, xmlSchemaPtr, const char *root);
xmlDocPtr	 xml_parse(const char *path, const char *buf, size_t len,
		    xmlSchemaPtr, const char *root);
void		 xml_pos(xmlNodePtr, const char *file, struct srcpos *);
xmlNodePtr	 xml_first(xmlNodePtr);
xmlNodePtr	 xml_next(xmlNodePtr);
int		 xml_is(xmlNodePtr, const char *);
char		*xml_attr(xmlNodePtr, const char *);
char		*xml_uri(xmlNodePtr, const char *name, const char *file);
char		*xml_text(xmlNodePtr, const char *file, const char *what);
int		 text_check(const char *, const struct srcpos *,
		    const char *what);

#endif
