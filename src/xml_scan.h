/* SPDX-License-Identifier: ISC */
/*
 * One linear pass over an XML file's bytes before libxml2 parses it,
 * shared by the guide loader and the spreadsheet reader: libxml2 2.9.14
 * compares each attribute of a tag with all before it (quadratic), and
 * a DOCTYPE is where every entity trick starts.
 */
#ifndef XML_SCAN_H
#define XML_SCAN_H

#include <stddef.h>

enum xml_scan {
	XML_SCAN_OK,
	XML_SCAN_DOCTYPE,	/* a <!DOCTYPE or other <! declaration */
	XML_SCAN_ATTRS		/* a start tag with more than max attributes */
};

struct xml_scan_hit {
	int		 line;		/* 1-based, where the tag starts */
	const char	*name;		/* the element's name, in buf */
	int		 namelen;	/* at most 40 bytes of it */
};

/* Offset of the first s (of length n) in buf[from..len), or len. */
size_t		xml_find(const char *buf, size_t len, size_t from,
		    const char *s, size_t n);

/*
 * Scan buf[0..len), skipping comments, processing instructions and
 * CDATA, counting the attributes of each start tag (an = outside
 * quotes); stops at the first problem, described in *hit.
 */
enum xml_scan	xml_prescan(const char *buf, size_t len, int max_attrs,
		    struct xml_scan_hit *hit);

/*
 * libxml2's message text as one line of ours: its line breaks as
 * spaces (it sometimes adds a second line), no trailing full stop.
 */
void		xml_message_line(char *text);

#endif
