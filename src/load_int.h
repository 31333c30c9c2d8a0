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

struct loader {
	xmlSchemaPtr	 guide;
	xmlSchemaPtr	 profile;
	xmlSchemaPtr	 template;
};

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
