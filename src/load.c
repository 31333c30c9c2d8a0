/* SPDX-License-Identifier: ISC */
/*
 * Safe reading of untrusted XML: size-capped reads into memory, no
 * network, no external entities or DTDs, no DOCTYPE, schema checks with
 * every problem reported as FILE:LINE:COL.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#include "guide_cache.h"
#include "load_int.h"
#include "xml_scan.h"
#include "paths.h"
#include "utf8.h"
#include "xalloc.h"

/*
 * libxml2 asks this loader for every external resource: DTDs, entities,
 * XInclude, schema imports.  Only files inside allowed_dir (set while our
 * own schemas load) are handed out; everything else is refused.
 */
static char	allowed_dir[PATH_MAX];

static xmlParserInputPtr
entity_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	char	resolved[PATH_MAX];
	size_t	len;

	(void)id;
	len = strlen(allowed_dir);
	if (url == NULL || len == 0 || strstr(url, "://") != NULL)
		return NULL;
	if (realpath(url, resolved) == NULL)
		return NULL;
	if (strncmp(resolved, allowed_dir, len) != 0 || resolved[len] != '/')
		return NULL;
	return xmlNewInputFromFile(ctxt, resolved);
}

/* Where an error from libxml2 is reported, and what kind it counts as. */
struct errctx {
	const char	*file;
	enum msgid	 id;
	int		 count;
	int		 doctype;	/* parsing stopped at a DOCTYPE */
};

/*
 * The schema's maxOccurs limits, for a plainer message than libxml2's
 * "This element is not expected", which does not say that a limit was
 * reached.  Keep in step with guides/schema/guide.xsd.
 */
static const struct {
	const char	*parent;	/* element holding the list */
	const char	*child;		/* counted children, NULL for all */
	int		 max;
	const char	*what;		/* "a guide holds at most %d %s" */
	const char	*todo;
} occurs[] = {
	{ "items", NULL, 1000, "a guide holds at most %d items",
	    "split it into two guides" },
	{ "sources", "source", 500, "a guide lists at most %d sources",
	    "split it into two guides" },
	{ "declare", "platform", 100, "a guide declares at most %d "
	    "platforms", "declare the others in another guide" },
	{ "declare", "topic", 100, "a guide declares at most %d topics",
	    "declare the others in another guide" },
	{ "declare", "group", 100, "a guide declares at most %d groups",
	    "declare the others in another guide" },
	{ "step", "p", 20, "an item holds at most %d paragraphs",
	    "join paragraphs or split the item" },
	{ "right", "p", 20, "an item holds at most %d paragraphs",
	    "join paragraphs or split the item" },
	{ "caveat", "p", 20, "an item holds at most %d paragraphs",
	    "join paragraphs or split the item" },
	{ "all", NULL, 32, "<all> holds at most %d rules",
	    "nest them: an <all> inside an <all> counts once" },
	{ "any", NULL, 32, "<any> holds at most %d rules",
	    "nest them: an <any> inside an <any> counts once" },
};

/*
 * If n is unexpected because its parent already holds as many of its
 * kind as the schema allows, say so and return 1.
 */
static int
past_limit(void *node, const struct srcpos *pos)
{
	xmlNodePtr	 n = node, k;
	char		 what[128];
	size_t		 i;
	int		 count = 0;

	if (n == NULL || n->type != XML_ELEMENT_NODE || n->parent == NULL ||
	    n->parent->type != XML_ELEMENT_NODE)
		return 0;
	for (i = 0; i < sizeof(occurs) / sizeof(occurs[0]); i++) {
		if (!xml_is(n->parent, occurs[i].parent) ||
		    (occurs[i].child != NULL && !xml_is(n, occurs[i].child)))
			continue;
		for (k = n->prev; k != NULL; k = k->prev)
			if (k->type == XML_ELEMENT_NODE &&
			    (occurs[i].child == NULL ||
			    xml_is(k, occurs[i].child)))
				count++;
		if (count < occurs[i].max)
			return 0;
		snprintf(what, sizeof(what), occurs[i].what, occurs[i].max);
		msg(MSG_XML_LIMIT, pos, "%s, and <%s> is number %d; %s", what,
		    (const char *)n->name, count + 1, occurs[i].todo);
		return 1;
	}
	return 0;
}

static void
on_xml_error(void *arg, xmlErrorPtr e)
{
	struct errctx	*ec = arg;
	struct srcpos	 pos;
	char		 text[512];

	/* After a DOCTYPE only its own message matters. */
	if (e == NULL || e->level == XML_ERR_WARNING || ec->doctype)
		return;
	pos.file = ec->file;
	pos.line = e->line;
	pos.col = e->int2 > 0 && ec->id == MSG_XML_PARSE ? e->int2 : 0;
	snprintf(text, sizeof(text), "%s",
	    e->message != NULL ? e->message : "unknown problem");
	xml_message_line(text);
	/* Entity tricks and bad bytes get their own, plainer messages. */
	if (ec->id == MSG_XML_SCHEMA && e->code == XML_SCHEMAV_ELEMENT_CONTENT &&
	    past_limit(e->node, &pos))
		;
	else if (e->code == XML_ERR_UNDECLARED_ENTITY ||
	    e->code == XML_WAR_UNDECLARED_ENTITY ||
	    e->code == XML_ERR_ENTITY_LOOP)
		msg(MSG_XML_ENTITY, &pos, "%s", text);
	else if (e->code == XML_ERR_INVALID_CHAR ||
	    e->code == XML_ERR_INVALID_ENCODING)
		msg(MSG_TEXT_UTF8, &pos, "%s", text);
	else
		msg(ec->id, &pos, "%s", text);
	ec->count++;
}

/*
 * Read at most LOAD_MAX_BYTES of path into a new buffer.  Reading the
 * bytes ourselves keeps libxml2 from inflating gzip files on its own;
 * only regular files are opened, so a FIFO cannot hang a command.
 */
char *
xml_read_bytes(const char *path, size_t *lenp)
{
	struct srcpos	 pos = { path, 0, 0 };
	char		*buf;

	if ((buf = paths_read_regular(path, LOAD_MAX_BYTES, lenp,
	    MSG_FILE_READ)) == NULL)
		return NULL;
	if (*lenp == 0) {
		msg(MSG_FILE_EMPTY, &pos, NULL);
		free(buf);
		return NULL;
	}
	return buf;
}

/*
 * No element of a rightsheet file has more than a dozen attributes.
 * libxml2 2.9.14 checks each new attribute against all before it, so
 * an element with 300,000 takes minutes: refuse it before parsing.
 */
#define LOAD_MAX_ATTRS	64

/*
 * Before libxml2: a start tag with too many attributes is refused with
 * its element and line.  A DOCTYPE ends the scan: the parser refuses
 * it before it reads another tag.  Returns -1 after a message.
 */
static int
prescan(const char *path, const char *buf, size_t len)
{
	struct xml_scan_hit	 hit;
	struct srcpos		 at = { path, 0, 0 };

	if (xml_prescan(buf, len, LOAD_MAX_ATTRS, &hit) != XML_SCAN_ATTRS)
		return 0;
	at.line = hit.line;
	msg(MSG_XML_ATTRS, &at, "<%.*s> has more than %d", hit.namelen,
	    hit.name, LOAD_MAX_ATTRS);
	return -1;
}

/*
 * rightsheet files are UTF-8.  A file that declares another encoding,
 * or starts with a UTF-16 byte order mark, is refused: libxml2 would
 * convert it, or, with a UTF-8 mark and encoding="ISO-8859-1", read
 * it as Latin-1 and print mojibake without a word.
 */
static int
check_encoding(const char *path, const char *buf, size_t len)
{
	struct srcpos	 pos = { path, 1, 0 };
	const char	*p, *end, *q;
	size_t		 n, bom = 0;
	char		 quote;

	if (len >= 2 && ((buf[0] == '\xff' && buf[1] == '\xfe') ||
	    (buf[0] == '\xfe' && buf[1] == '\xff'))) {
		msg(MSG_XML_ENCODING, &pos, "it starts with a UTF-16 byte "
		    "order mark");
		return -1;
	}
	/* libxml2 would detect UTF-16 or UTF-32 from "<" and zero bytes. */
	if (len >= 2 && (buf[0] == '\0' || buf[1] == '\0')) {
		msg(MSG_XML_ENCODING, &pos, "it looks like UTF-16 or UTF-32");
		return -1;
	}
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
		bom = 3;
	/* The declaration, if any, is the very first thing. */
	if (len - bom < 6 || memcmp(buf + bom, "<?xml", 5) != 0 ||
	    strchr(" \t\r\n", buf[bom + 5]) == NULL)
		return 0;
	end = buf + bom + xml_find(buf + bom, len - bom, 0, "?>", 2);
	for (p = buf + bom + 5; p + 8 < end; p++) {
		if (memcmp(p, "encoding", 8) != 0 ||
		    strchr(" \t\r\n", p[-1]) == NULL)
			continue;
		for (q = p + 8; q < end && strchr(" \t\r\n=", *q) != NULL; q++)
			continue;
		if (q >= end || (*q != '"' && *q != '\''))
			return 0;	/* the parser will say what is wrong */
		quote = *q++;
		for (n = 0; q + n < end && q[n] != quote; n++)
			continue;
		if ((n == 5 && strncasecmp(q, "UTF-8", 5) == 0) ||
		    (n == 4 && strncasecmp(q, "UTF8", 4) == 0))
			return 0;
		msg(MSG_XML_ENCODING, &pos, "encoding=\"%.*s\"%s", (int)
		    (n > 40 ? 40 : n), q, bom ? ", but it starts with a "
		    "UTF-8 byte order mark" : "");
		return -1;
	}
	return 0;
}

/*
 * A DOCTYPE is where every entity trick starts (external entities,
 * billion laughs, quadratic blow-up, external DTDs): stop parsing the
 * moment one begins, before any of it is read.
 */
static void
on_doctype(void *ctx, const xmlChar *name, const xmlChar *publicid,
    const xmlChar *systemid)
{
	xmlParserCtxtPtr	 ctxt = ctx;
	struct errctx		*ec = ctxt->_private;

	(void)name;
	(void)publicid;
	(void)systemid;
	ec->doctype = ctxt->input != NULL ? ctxt->input->line : 0;
	if (ec->doctype == 0)
		ec->doctype = -1;
	xmlStopParser(ctxt);
}

/* XInclude is never processed; say so rather than fail obscurely. */
static int
find_xinclude(xmlNodePtr n, const char *path)
{
	struct srcpos	pos;

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (n->ns != NULL && n->ns->href != NULL &&
		    strncmp((const char *)n->ns->href,
		    "http://www.w3.org/2001/XInclude", 31) == 0) {
			xml_pos(n, path, &pos);
			msg(MSG_XML_XINCLUDE, &pos, NULL);
			return 1;
		}
		if (find_xinclude(n->children, path))
			return 1;
	}
	return 0;
}

/*
 * Parse buf[0..len), named path in messages, and check it against
 * schema, expecting root element root.  Returns the document, or NULL
 * after reporting every problem.
 */
xmlDocPtr
xml_parse(const char *path, const char *buf, size_t len,
    xmlSchemaPtr schema, const char *root)
{
	struct errctx		 ec = { path, MSG_XML_PARSE, 0, 0 };
	struct srcpos		 pos = { path, 0, 0 };
	xmlParserCtxtPtr	 ctxt = NULL;
	xmlSchemaValidCtxtPtr	 vc = NULL;
	xmlDocPtr		 doc = NULL;
	xmlNodePtr		 top;

	if (len > LOAD_MAX_BYTES) {
		msg(MSG_FILE_BIG, &pos, "more than %d MB",
		    LOAD_MAX_BYTES / (1024 * 1024));
		return NULL;
	}
	/* gzip and xz: libxml2 would inflate them from a file, not here. */
	if (len >= 2 && ((buf[0] == '\x1f' && buf[1] == '\x8b') ||
	    (len >= 6 && memcmp(buf, "\xfd" "7zXZ", 5) == 0))) {
		msg(MSG_FILE_COMPRESSED, &pos, NULL);
		return NULL;
	}
	if (check_encoding(path, buf, len) == -1 ||
	    prescan(path, buf, len) == -1)
		return NULL;
	allowed_dir[0] = '\0';
	xmlSetExternalEntityLoader(entity_loader);
	xmlSetStructuredErrorFunc(&ec, on_xml_error);
	if ((ctxt = xmlNewParserCtxt()) == NULL) {
		msg(MSG_SYS_NOMEM, NULL, NULL);
		goto fail;
	}
	ctxt->_private = &ec;
	ctxt->sax->internalSubset = on_doctype;
	/* Never NOENT, DTDLOAD, DTDATTR, DTDVALID, XINCLUDE or HUGE. */
	doc = xmlCtxtReadMemory(ctxt, buf, (int)len, path, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES);
	if (ec.doctype != 0 || (doc != NULL && (doc->intSubset != NULL ||
	    doc->extSubset != NULL))) {
		pos.line = ec.doctype > 0 ? ec.doctype : 0;
		msg(MSG_XML_DOCTYPE, &pos, NULL);
		goto fail;
	}
	if (doc == NULL) {
		if (ec.count == 0)
			msg(MSG_XML_PARSE, &pos, NULL);
		goto fail;
	}
	if (ec.count > 0)
		goto fail;
	if (find_xinclude(xmlDocGetRootElement(doc), path))
		goto fail;
	top = xmlDocGetRootElement(doc);
	if (top == NULL || !xml_is(top, root)) {
		if (top != NULL)
			xml_pos(top, path, &pos);
		msg(MSG_XML_ROOT, &pos, "expected <%s>, found <%s>", root,
		    top != NULL ? (const char *)top->name : "nothing");
		goto fail;
	}

	ec.id = MSG_XML_SCHEMA;
	if ((vc = xmlSchemaNewValidCtxt(schema)) == NULL) {
		msg(MSG_SYS_NOMEM, NULL, NULL);
		goto fail;
	}
	xmlSchemaSetValidStructuredErrors(vc, on_xml_error, &ec);
	if (xmlSchemaValidateDoc(vc, doc) != 0 || ec.count > 0) {
		if (ec.count == 0)
			msg(MSG_XML_SCHEMA, &pos, NULL);
		goto fail;
	}
	xmlSchemaFreeValidCtxt(vc);
	xmlFreeParserCtxt(ctxt);
	xmlSetStructuredErrorFunc(NULL, NULL);
	return doc;
fail:
	xmlSchemaFreeValidCtxt(vc);
	xmlFreeDoc(doc);
	xmlFreeParserCtxt(ctxt);
	xmlSetStructuredErrorFunc(NULL, NULL);
	return NULL;
}

/* As xml_parse(), reading the file at path first. */
xmlDocPtr
xml_read(const char *path, xmlSchemaPtr schema, const char *root)
{
	xmlDocPtr	 doc;
	char		*buf;
	size_t		 len;

	if ((buf = xml_read_bytes(path, &len)) == NULL)
		return NULL;
	doc = xml_parse(path, buf, len, schema, root);
	free(buf);
	return doc;
}

static xmlSchemaPtr
schema_load(const char *dir, const char *name)
{
	struct errctx		 ec;
	struct srcpos		 pos;
	xmlSchemaParserCtxtPtr	 spc;
	xmlSchemaPtr		 schema = NULL;
	char			*path;

	path = xasprintf("%s/%s", dir, name);
	ec.file = path;
	ec.id = MSG_SYS_SCHEMA;
	ec.count = 0;
	ec.doctype = 0;
	pos.file = path;
	pos.line = pos.col = 0;
	if (realpath(dir, allowed_dir) == NULL) {
		msg(MSG_SYS_SCHEMA, &pos, "%s", strerror(errno));
		goto out;
	}
	xmlSetExternalEntityLoader(entity_loader);
	xmlSetStructuredErrorFunc(&ec, on_xml_error);
	if ((spc = xmlSchemaNewParserCtxt(path)) != NULL) {
		xmlSchemaSetParserStructuredErrors(spc, on_xml_error, &ec);
		schema = xmlSchemaParse(spc);
		xmlSchemaFreeParserCtxt(spc);
	}
	if (schema == NULL && ec.count == 0)
		msg(MSG_SYS_SCHEMA, &pos, NULL);
out:
	allowed_dir[0] = '\0';
	xmlSetStructuredErrorFunc(NULL, NULL);
	free(path);
	return schema;
}

/*
 * libxml2 allocates through these: out of memory ends the program with
 * its message, rather than coming back as a parse error that would
 * blame the guide ("not well-formed", "cannot load a schema").
 */
static void *
xml_malloc(size_t n)
{
	return xmalloc(n);
}

static void *
xml_realloc(void *p, size_t n)
{
	return xreallocarray(p, n, 1);
}

static char *
xml_strdup(const char *s)
{
	return xstrdup(s);
}

struct loader *
loader_alloc(const char *schemadir, const char *templatedir)
{
	static int	 once;
	struct loader	*l;

	/* Before any other libxml2 call, as its manual says. */
	if (!once++)
		xmlMemSetup(free, xml_malloc, xml_realloc, xml_strdup);
	xmlInitParser();
	l = xcalloc(1, sizeof(*l));
	l->schemadir = xstrdup(schemadir);
	if ((l->profile = schema_load(schemadir, "profile.xsd")) == NULL ||
	    (l->template = schema_load(templatedir, "template.xsd")) == NULL) {
		loader_free(l);
		return NULL;
	}
	return l;
}

/*
 * The guide schema is the largest, and not needed at all when every
 * guide comes from the cache.
 */
xmlSchemaPtr
loader_guide_schema(struct loader *l)
{
	if (l->guide == NULL && !l->guide_failed &&
	    (l->guide = schema_load(l->schemadir, "guide.xsd")) == NULL)
		l->guide_failed = 1;
	return l->guide;
}

void
loader_use_cache(struct loader *l)
{
	if (l->cache == NULL)
		l->cache = guide_cache_open(l->schemadir);
}

void
loader_free(struct loader *l)
{
	if (l != NULL) {
		xmlSchemaFree(l->guide);
		xmlSchemaFree(l->profile);
		xmlSchemaFree(l->template);
		guide_cache_free(l->cache);
		free(l->schemadir);
		free(l);
	}
	xmlCleanupParser();
}

/*** Helpers for the element mappers ***/

void
xml_pos(xmlNodePtr n, const char *file, struct srcpos *pos)
{
	long	line;

	line = xmlGetLineNo(n);
	pos->file = file;
	pos->line = line > 0 && line < INT_MAX ? (int)line : 0;
	pos->col = 0;
}

static xmlNodePtr
skip_to_element(xmlNodePtr n)
{
	while (n != NULL && n->type != XML_ELEMENT_NODE)
		n = n->next;
	return n;
}

xmlNodePtr
xml_first(xmlNodePtr n)
{
	return skip_to_element(n->children);
}

xmlNodePtr
xml_next(xmlNodePtr n)
{
	return skip_to_element(n->next);
}

int
xml_is(xmlNodePtr n, const char *name)
{
	return n != NULL && n->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)n->name, name) == 0;
}

/* Copy an attribute into our own memory; NULL if absent. */
char *
xml_attr(xmlNodePtr n, const char *name)
{
	xmlChar	*v;
	char	*s;

	if ((v = xmlGetProp(n, (const xmlChar *)name)) == NULL)
		return NULL;
	s = xstrdup((const char *)v);
	xmlFree(v);
	return s;
}

/*
 * A URI attribute as it will be linked and put in a QR code: XML
 * white space around it trimmed (xs:anyURI collapses it, so the schema
 * passed " https://x "), and checked as text.  White space inside is
 * refused by the schema's pattern, and again here.
 */
char *
xml_uri(xmlNodePtr n, const char *name, const char *file)
{
	struct srcpos	 pos;
	char		*s;
	size_t		 start, len;

	if ((s = xml_attr(n, name)) == NULL)
		return NULL;
	xml_pos(n, file, &pos);
	start = strspn(s, " \t\r\n");
	len = strlen(s + start);
	while (len > 0 && strchr(" \t\r\n", s[start + len - 1]) != NULL)
		len--;
	memmove(s, s + start, len);
	s[len] = '\0';
	if (s[strcspn(s, " \t\r\n")] != '\0')
		msg(MSG_TEXT_URI, &pos, "\"%s\" in %s", s, name);
	else
		text_check(s, &pos, name);
	return s;
}

/*
 * The text of an element with XML whitespace collapsed to single spaces
 * and trimmed, as it will be printed.  Reports control characters, and
 * blank text unless what is NULL (the text is optional).
 */
char *
xml_text(xmlNodePtr n, const char *file, const char *what)
{
	struct srcpos	 pos;
	xmlChar		*v;
	char		*s, *d;
	const char	*p;
	int		 space = 0;

	v = xmlNodeGetContent(n);
	s = d = xstrdup(v != NULL ? (const char *)v : "");
	xmlFree(v);
	for (p = s; *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'; p++)
		continue;
	for (; *p != '\0'; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
			space = 1;
			continue;
		}
		if (space)
			*d++ = ' ';
		space = 0;
		*d++ = *p;
	}
	*d = '\0';
	xml_pos(n, file, &pos);
	/*
	 * Blank text is checked here, not by a schema pattern: libxml2's
	 * regular expressions made that pattern a tenth of all the work.
	 */
	if (*s == '\0' && what != NULL)
		msg(MSG_TEXT_EMPTY, &pos, "%s", what);
	else
		text_check(s, &pos, what != NULL ? what : "text");
	return s;
}

/*
 * Bidirectional controls: embeddings and overrides (U+202A..U+202E),
 * isolates (U+2066..U+2069) and the marks (U+200E, U+200F, U+061C).
 * An editor applies them, so "ON not OFF" can show as "OFF not ON", and
 * a mark before numbers swaps them; the PDF prints the characters in
 * their stored order.  What a reviewer reads must be what prints.
 */
static int
is_bidi_control(unsigned int cp)
{
	return (cp >= 0x202a && cp <= 0x202e) ||
	    (cp >= 0x2066 && cp <= 0x2069) ||
	    cp == 0x200e || cp == 0x200f || cp == 0x061c;
}

/*
 * Report text that cannot be printed faithfully: invalid UTF-8, control
 * characters (C0 other than whitespace, DEL, C1) and bidirectional
 * controls.
 * Returns 0 if the text is fine, -1 after a message.
 */
int
text_check(const char *s, const struct srcpos *pos, const char *what)
{
	size_t		 off;
	unsigned int	 cp;

	if (utf8_check(s, strlen(s), &off) != 0) {
		msg(MSG_TEXT_UTF8, pos, "in %s at byte %zu", what, off);
		return -1;
	}
	for (off = 0; s[off] != '\0'; ) {
		cp = utf8_decode(s, &off);
		if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') ||
		    (cp >= 0x7f && cp < 0xa0)) {
			msg(MSG_TEXT_CONTROL, pos, "U+%04X in %s", cp, what);
			return -1;
		}
		if (is_bidi_control(cp)) {
			msg(MSG_TEXT_BIDI, pos, "U+%04X in %s", cp, what);
			return -1;
		}
	}
	return 0;
}
