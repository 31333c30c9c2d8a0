/* SPDX-License-Identifier: ISC */
/*
 * Link annotations that share one URI action per address.  A checklist
 * has a hundred or more link areas (a wrapped address is one per line)
 * but few addresses, and libharu 2.3.0 writes a whole action, with the
 * address escaped, inside every annotation, uncompressed.
 */
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>
#include <hpdf_objects.h>
#include <hpdf_doc.h>

#include "pdf_int.h"
#include "xalloc.h"

struct action {
	char		*uri;		/* percent-encoded */
	HPDF_Dict	 dict;		/* indirect, owned by the document */
};

struct pdf_links {
	HPDF_Doc	 doc;
	struct action	*acts;
	size_t		 nacts;
	size_t		 cap;
};

struct pdf_links *
pdf_links_alloc(HPDF_Doc doc)
{
	struct pdf_links	*pl;

	pl = xcalloc(1, sizeof(*pl));
	pl->doc = doc;
	return pl;
}

void
pdf_links_free(struct pdf_links *pl)
{
	size_t	i;

	if (pl == NULL)
		return;
	for (i = 0; i < pl->nacts; i++)
		free(pl->acts[i].uri);
	free(pl->acts);
	free(pl);
}

/*
 * PDF URIs are 7-bit: percent-encode anything else, and the characters
 * that could end the string early.
 */
static char *
uri_encode(const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	char		*out, *d;
	unsigned char	 c;

	out = d = xmalloc(strlen(s) * 3 + 1);
	for (; *s != '\0'; s++) {
		c = (unsigned char)*s;
		if (c <= 0x20 || c >= 0x7f || c == '"' || c == '<' ||
		    c == '>' || c == '\\' || c == '{' || c == '}' ||
		    c == '|' || c == '^' || c == '`') {
			*d++ = '%';
			*d++ = hex[c >> 4];
			*d++ = hex[c & 15];
		} else
			*d++ = (char)c;
	}
	*d = '\0';
	return out;
}

/* The shared action for uri (encoded), made on first use; NULL on error. */
static HPDF_Dict
action(struct pdf_links *pl, char *uri)
{
	struct action	*a;
	HPDF_Dict	 d;
	HPDF_String	 s;
	size_t		 i;

	for (i = 0; i < pl->nacts; i++)
		if (strcmp(pl->acts[i].uri, uri) == 0) {
			free(uri);
			return pl->acts[i].dict;
		}
	if ((d = HPP(HPDF_Dict_New(pl->doc->mmgr))) == NULL ||
	    HP(HPDF_Xref_Add(pl->doc->xref, d)) == -1 ||
	    HP(HPDF_Dict_AddName(d, "Type", "Action")) == -1 ||
	    HP(HPDF_Dict_AddName(d, "S", "URI")) == -1 ||
	    (s = HPP(HPDF_String_New(pl->doc->mmgr, uri, NULL))) == NULL ||
	    HP(HPDF_Dict_Add(d, "URI", s)) == -1) {
		free(uri);
		return NULL;
	}
	a = XAPPEND(pl->acts, pl->nacts, pl->cap);
	a->uri = uri;
	a->dict = d;
	return d;
}

/*
 * Make the rectangle on page a borderless link to uri.  Returns 0, or
 * -1 if libharu failed (its error handler has the code).
 */
int
pdf_link_add(struct pdf_links *pl, HPDF_Page page, HPDF_Rect rect,
    const char *uri)
{
	HPDF_Annotation	 a;
	HPDF_Dict	 act;
	char		*enc;

	enc = uri_encode(uri);
	if ((a = HPP(HPDF_Page_CreateURILinkAnnot(page, rect, enc))) ==
	    NULL) {
		free(enc);
		return -1;
	}
	if ((act = action(pl, enc)) == NULL)
		return -1;
	/*
	 * Replaces (and frees) the action libharu put inline.  Then the
	 * page that holds it goes (optional, and 12 bytes a link), and the
	 * border, or viewers draw the default 1 pt one.
	 */
	if (HP(HPDF_Dict_Add(a, "A", act)) == -1 ||
	    HP(HPDF_Dict_RemoveElement(a, "P")) == -1 ||
	    HP(HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0)) == -1)
		return -1;
	return 0;
}
