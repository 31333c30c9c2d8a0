/* SPDX-License-Identifier: ISC */
/*
 * Shared by sheet_xml.c, sheet_ods.c and sheet_xlsx.c only: the parts
 * of a spreadsheet read as a stream of XML nodes, safely.
 */
#ifndef SHEET_XML_H
#define SHEET_XML_H

#include <libxml/xmlreader.h>

#include "sheet_int.h"

/* One part of the spreadsheet being read. */
struct sxml {
	struct sheet	*sh;
	xmlTextReaderPtr r;
	char		*buf;		/* the part, unpacked */
	char		*where;		/* "roster.ods(content.xml)" */
	int		 errors;	/* reported by libxml2 */
	int		 held;		/* next read returns the current node */
	int		 heldrc;
};

int	 sxml_open(struct sxml *, struct sheet *, const char *part);
int	 sxml_read(struct sxml *);
void	 sxml_skip(struct sxml *);
void	 sxml_close(struct sxml *);
int	 sxml_start(struct sxml *, const char *ns, const char *local);
int	 sxml_end(struct sxml *, const char *ns, const char *local);
int	 sxml_text(struct sxml *);
char	*sxml_attr(struct sxml *, const char *ns, const char *local);
char	*sxml_attr_any(struct sxml *, const char *local);
void	 sxml_pos(struct sxml *, struct srcpos *);

#endif
