/* SPDX-License-Identifier: ISC */
/*
 * The XML parts of a spreadsheet, read as a stream with libxml2's
 * xmlTextReader: memory stays bounded by what we keep, not by the size
 * of the sheet.  The same rules as load.c: no network, no DTD, no
 * entities (a DOCTYPE is refused before parsing), no element with an
 * absurd number of attributes, and every libxml2 error reported as
 * FILE(PART):LINE:COL.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include "msg.h"
#include "sheet_xml.h"
#include "xml_scan.h"
#include "xalloc.h"

/*
 * The busiest start tag of a real spreadsheet is ODS's root, with about
 * forty namespace declarations.  libxml2 2.9.14 compares each attribute
 * with all before it, so hundreds of thousands would take minutes.
 */
#define SXML_MAX_ATTRS	256

/*
 * Before libxml2 sees the bytes: refuse a DOCTYPE or entity declaration
 * (where every entity trick starts) and a start tag with too many
 * attributes.  0, or -1 after a message.
 */
static int
prescan(struct sxml *x, const char *buf, size_t len)
{
	struct xml_scan_hit	 hit;
	struct srcpos		 pos = { x->where, 0, 0 };

	switch (xml_prescan(buf, len, SXML_MAX_ATTRS, &hit)) {
	case XML_SCAN_DOCTYPE:
		pos.line = hit.line;
		msg(MSG_XML_DOCTYPE, &pos, NULL);
		return -1;
	case XML_SCAN_ATTRS:
		pos.line = hit.line;
		msg(MSG_SHEET_LIMIT, &pos, "an element with more than %d "
		    "attributes", SXML_MAX_ATTRS);
		return -1;
	default:
		return 0;
	}
}

static void
on_error(void *arg, xmlErrorPtr e)
{
	struct sxml	*x = arg;
	struct srcpos	 pos = { x->where, 0, 0 };
	char		 text[512];

	if (e == NULL || e->level == XML_ERR_WARNING)
		return;
	/* One message per part: the first is the one that matters. */
	if (x->errors++ > 0)
		return;
	pos.line = e->line;
	pos.col = e->int2 > 0 ? e->int2 : 0;
	snprintf(text, sizeof(text), "%s",
	    e->message != NULL ? e->message : "unknown problem");
	xml_message_line(text);
	msg(MSG_SHEET_XML, &pos, "%s", text);
}

static void
on_reader_error(void *arg, xmlErrorPtr e)
{
	on_error(arg, e);
}

/* Nothing outside the part is ever loaded. */
static xmlParserInputPtr
no_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	return NULL;
}

/*
 * Open the part called part of sh for reading.  0; 1 if there is no
 * such part (no message); -1 after a message.
 */
int
sxml_open(struct sxml *x, struct sheet *sh, const char *part)
{
	struct srcpos	 pos;
	size_t		 len;
	int		 rc;

	memset(x, 0, sizeof(*x));
	x->sh = sh;
	if ((rc = sheet_entry(sh, part, &x->buf, &len)) != 0)
		return rc;
	x->where = xasprintf("%s(%s)", sh->file, part);
	if (len > INT32_MAX) {
		pos.file = x->where;
		pos.line = pos.col = 0;
		msg(MSG_SHEET_BIG, &pos, NULL);
		goto fail;
	}
	if (prescan(x, x->buf, len) == -1)
		goto fail;
	xmlSetExternalEntityLoader(no_loader);
	xmlSetStructuredErrorFunc(x, on_error);
	/* Never NOENT, DTDLOAD, DTDATTR, DTDVALID, XINCLUDE or HUGE. */
	x->r = xmlReaderForMemory(x->buf, (int)len, x->where, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES);
	if (x->r == NULL) {
		pos.file = x->where;
		pos.line = pos.col = 0;
		msg(MSG_SHEET_XML, &pos, NULL);
		goto fail;
	}
	xmlTextReaderSetStructuredErrorHandler(x->r, on_reader_error, x);
	return 0;
fail:
	sxml_close(x);
	return -1;
}

void
sxml_close(struct sxml *x)
{
	if (x->r != NULL)
		xmlFreeTextReader(x->r);
	xmlSetStructuredErrorFunc(NULL, NULL);
	free(x->buf);
	free(x->where);
	memset(x, 0, sizeof(*x));
}

/* Where the reader is, for a message about the part itself. */
void
sxml_pos(struct sxml *x, struct srcpos *pos)
{
	pos->file = x->where;
	pos->line = xmlTextReaderGetParserLineNumber(x->r);
	pos->col = xmlTextReaderGetParserColumnNumber(x->r);
}

/* The next node: 1, 0 at the end, -1 after a message. */
int
sxml_read(struct sxml *x)
{
	struct srcpos	 pos;
	int		 rc;

	if (x->held) {
		x->held = 0;
		rc = x->heldrc;
	} else
		rc = xmlTextReaderRead(x->r);
	if (rc == 1 && xmlTextReaderNodeType(x->r) ==
	    XML_READER_TYPE_DOCUMENT_TYPE) {
		sxml_pos(x, &pos);
		msg(MSG_XML_DOCTYPE, &pos, NULL);
		return -1;
	}
	if (rc == -1 || x->errors > 0) {
		if (x->errors == 0) {
			sxml_pos(x, &pos);
			msg(MSG_SHEET_XML, &pos, NULL);
		}
		return -1;
	}
	return rc;
}

/*
 * Pass over the current element and all it holds; the next
 * sxml_read() returns what follows it (or the error).
 */
void
sxml_skip(struct sxml *x)
{
	x->heldrc = xmlTextReaderNext(x->r);
	x->held = 1;
}

static int
named(struct sxml *x, const char *ns, const char *local)
{
	const xmlChar	*l, *u;

	l = xmlTextReaderConstLocalName(x->r);
	if (l == NULL || strcmp((const char *)l, local) != 0)
		return 0;
	if (ns == NULL)
		return 1;
	u = xmlTextReaderConstNamespaceUri(x->r);
	return u != NULL && strcmp((const char *)u, ns) == 0;
}

/* Whether the node is the start of that element (ns NULL: any). */
int
sxml_start(struct sxml *x, const char *ns, const char *local)
{
	return xmlTextReaderNodeType(x->r) == XML_READER_TYPE_ELEMENT &&
	    named(x, ns, local);
}

/* Whether the node ends that element: its end tag, or it is empty. */
int
sxml_end(struct sxml *x, const char *ns, const char *local)
{
	int	t = xmlTextReaderNodeType(x->r);

	return (t == XML_READER_TYPE_END_ELEMENT ||
	    (t == XML_READER_TYPE_ELEMENT &&
	    xmlTextReaderIsEmptyElement(x->r) == 1)) && named(x, ns, local);
}

/* Whether the node is text (white space included). */
int
sxml_text(struct sxml *x)
{
	int	t = xmlTextReaderNodeType(x->r);

	return t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_CDATA ||
	    t == XML_READER_TYPE_WHITESPACE ||
	    t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE;
}

/* The attribute of the current element, as a new string, or NULL. */
char *
sxml_attr(struct sxml *x, const char *ns, const char *local)
{
	xmlChar	*v;
	char	*s;

	v = ns != NULL ? xmlTextReaderGetAttributeNs(x->r,
	    (const xmlChar *)local, (const xmlChar *)ns) :
	    xmlTextReaderGetAttribute(x->r, (const xmlChar *)local);
	if (v == NULL)
		return NULL;
	s = xstrdup((const char *)v);
	xmlFree(v);
	return s;
}

/*
 * The attribute with that local name in any namespace, as a new string,
 * or NULL: for r:id, whose namespace differs between Excel's two
 * dialects (transitional and strict).
 */
char *
sxml_attr_any(struct sxml *x, const char *local)
{
	const xmlChar	*l, *v;
	char		*s = NULL;

	if (xmlTextReaderMoveToFirstAttribute(x->r) != 1)
		return NULL;
	do {
		l = xmlTextReaderConstLocalName(x->r);
		if (l != NULL && strcmp((const char *)l, local) == 0 &&
		    xmlTextReaderConstNamespaceUri(x->r) != NULL &&
		    (v = xmlTextReaderConstValue(x->r)) != NULL) {
			s = xstrdup((const char *)v);
			break;
		}
	} while (xmlTextReaderMoveToNextAttribute(x->r) == 1);
	(void)xmlTextReaderMoveToElement(x->r);
	return s;
}
