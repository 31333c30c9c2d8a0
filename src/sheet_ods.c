/* SPDX-License-Identifier: ISC */
/*
 * OpenDocument spreadsheets (.ods): the rows of one table:table of
 * content.xml, with repeated rows and cells counted rather than
 * unrolled, so that the million empty rows LibreOffice writes after
 * the last one cost nothing.
 */
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "sheet_xml.h"
#include "xalloc.h"

#define NS_TABLE	"urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_TEXT		"urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_OFFICE	"urn:oasis:names:tc:opendocument:xmlns:office:1.0"

/* A cell's attributes that give its value when it has no paragraph. */
struct cell {
	char	*type;		/* office:value-type */
	char	*value;		/* office:value: float, percentage, currency */
	char	*string;	/* office:string-value */
	char	*date;		/* office:date-value */
	char	*time;		/* office:time-value */
	char	*boolean;	/* office:boolean-value */
	char	*formula;	/* table:formula, "of:=A1+1" */
	long	 repeat;	/* table:number-columns-repeated */
	int	 paras;		/* text:p seen */
};

static void
cell_clear(struct cell *c)
{
	free(c->type);
	free(c->value);
	free(c->string);
	free(c->date);
	free(c->time);
	free(c->boolean);
	free(c->formula);
	memset(c, 0, sizeof(*c));
}

/*
 * A repeat count: at least 1, at most max (past that the sheet is
 * refused later, where the row or column is used, or it is an empty
 * tail and does not matter).
 */
static long
repeat_of(struct sxml *x, const char *name, long max)
{
	char	*v, *end;
	long	 n;

	if ((v = sxml_attr(x, NS_TABLE, name)) == NULL)
		return 1;
	n = strtol(v, &end, 10);
	if (end == v || *end != '\0' || n < 1)
		n = 1;
	free(v);
	return n > max ? max : n;
}

static void
cut_short(struct sxml *x)
{
	struct srcpos	pos = { x->where, 0, 0 };

	msg(MSG_SHEET_XML, &pos, "the part ends too soon");
}

/* The text of a cell with no paragraph: its value as stored. */
static void
stored_value(struct sheet_text *t, const struct cell *c)
{
	const char	*v = NULL;

	if (c->type != NULL && strcmp(c->type, "string") == 0)
		v = c->string;
	else if (c->type != NULL && strcmp(c->type, "boolean") == 0)
		v = c->boolean == NULL ? NULL :
		    strcmp(c->boolean, "true") == 0 ? "TRUE" : "FALSE";
	else if (c->value != NULL)
		v = c->value;
	else if (c->date != NULL)
		v = c->date;
	else if (c->time != NULL)
		v = c->time;
	/* A formula never computed: its text, never evaluated. */
	if (v == NULL && c->formula != NULL) {
		v = c->formula;
		if (strncmp(v, "of:", 3) == 0)
			v += 3;
	}
	if (v != NULL)
		stext_add(t, v, strlen(v));
}

/*
 * Read the content of a table:table-cell up to its end: paragraphs
 * joined by line breaks, text:s as spaces, text:tab and
 * text:line-break as themselves; notes, frames and nested tables are
 * passed over.  0, or -1 after a message.
 */
static int
read_cell(struct sxml *x, struct cell *c, struct sheet_text *t)
{
	const char *s;
	char	*v, *end;
	long	 n;
	int	 rc;

	while ((rc = sxml_read(x)) == 1) {
		if (sxml_end(x, NS_TABLE, "table-cell") ||
		    sxml_end(x, NS_TABLE, "covered-table-cell"))
			return 0;
		if (sxml_start(x, NS_OFFICE, "annotation") ||
		    sxml_start(x, NS_TABLE, "table") ||
		    sxml_start(x, NS_TEXT, "note") ||
		    (sxml_start(x, NULL, "frame"))) {
			sxml_skip(x);
		} else if (sxml_start(x, NS_TEXT, "p") ||
		    sxml_start(x, NS_TEXT, "h")) {
			if (c->paras++ > 0)
				stext_add(t, "\n", 1);
		} else if (sxml_start(x, NS_TEXT, "s")) {
			n = 1;
			if ((v = sxml_attr(x, NS_TEXT, "c")) != NULL) {
				n = strtol(v, &end, 10);
				if (end == v || *end != '\0' || n < 1)
					n = 1;
				free(v);
			}
			/* stext_add() stops at the cell limit and says so. */
			for (; n > 0 && !t->over; n--)
				stext_add(t, " ", 1);
		} else if (sxml_start(x, NS_TEXT, "tab")) {
			stext_add(t, "\t", 1);
		} else if (sxml_start(x, NS_TEXT, "line-break")) {
			stext_add(t, "\n", 1);
		} else if (sxml_text(x) && c->paras > 0 &&
		    (s = (const char *)xmlTextReaderConstValue(x->r)) != NULL)
			/*
			 * As written: ODF would fold runs of white space,
			 * but Calc keeps them, and so does its CSV.
			 */
			stext_add(t, s, strlen(s));
	}
	if (rc == 0)
		cut_short(x);
	return -1;
}

/*
 * The rows of the current table:table, up to its end.  Empty rows and
 * cells only move the row and column counters, so a repeat of a million
 * costs one addition.  0, or -1 after a message.
 */
static int
read_table(struct sxml *x, struct sheet *sh)
{
	struct sheet_row	 row;
	struct sheet_text	 t;
	struct cell		 c;
	long			 rownum = 1, col = 1, rrepeat = 1, k;
	int			 rc, in_row = 0;

	memset(&row, 0, sizeof(row));
	memset(&t, 0, sizeof(t));
	memset(&c, 0, sizeof(c));
	if (xmlTextReaderIsEmptyElement(x->r) == 1)
		return 0;
	while ((rc = sxml_read(x)) == 1) {
		if (sxml_end(x, NS_TABLE, "table")) {
			rc = 0;
			break;
		}
		if (sxml_start(x, NS_TABLE, "table-row")) {
			rrepeat = repeat_of(x, "number-rows-repeated",
			    SHEET_MAX_ROW + 1);
			row.row = rownum;
			col = 1;
			in_row = 1;
			if (xmlTextReaderIsEmptyElement(x->r) != 1)
				continue;
		}
		if (in_row && (sxml_start(x, NS_TABLE, "table-cell") ||
		    sxml_start(x, NS_TABLE, "covered-table-cell"))) {
			cell_clear(&c);
			stext_clear(&t);
			c.repeat = repeat_of(x, "number-columns-repeated",
			    SHEET_MAX_COL + 1);
			c.type = sxml_attr(x, NS_OFFICE, "value-type");
			c.value = sxml_attr(x, NS_OFFICE, "value");
			c.string = sxml_attr(x, NS_OFFICE, "string-value");
			c.date = sxml_attr(x, NS_OFFICE, "date-value");
			c.time = sxml_attr(x, NS_OFFICE, "time-value");
			c.boolean = sxml_attr(x, NS_OFFICE, "boolean-value");
			c.formula = sxml_attr(x, NS_TABLE, "formula");
			if (xmlTextReaderIsEmptyElement(x->r) != 1 &&
			    read_cell(x, &c, &t) == -1) {
				rc = -1;
				break;
			}
			if (c.paras == 0)
				stored_value(&t, &c);
			/* An empty cell, however repeated, only moves on. */
			for (k = 0; k < c.repeat && t.len > 0; k++)
				if ((rc = sheet_cell(sh, &row, col + k,
				    &t)) == -1)
					break;
			if (rc == -1)
				break;
			col += c.repeat;
			if (col > SHEET_MAX_COL + 1)
				col = SHEET_MAX_COL + 1;
			continue;
		}
		if (in_row && sxml_end(x, NS_TABLE, "table-row")) {
			/* Only a row with text is kept, and unrolled. */
			if ((rc = sheet_row_end(sh, &row, rrepeat)) == -1)
				break;
			rownum += rrepeat;
			if (rownum > SHEET_MAX_ROW + 1)
				rownum = SHEET_MAX_ROW + 1;
			in_row = 0;
		}
	}
	if (rc == 0 && !sxml_end(x, NS_TABLE, "table")) {
		cut_short(x);
		rc = -1;
	}
	sheet_row_clear(&row);
	free(row.cells);
	free(t.s);
	cell_clear(&c);
	return rc;
}

int
sheet_ods(struct sheet *sh)
{
	struct sxml	 x;
	struct srcpos	 pos = { sh->file, 0, 0 };
	char		*name, *manifest;
	size_t		 len;
	int		 rc;

	/* ODF encrypts parts itself, and says so in the manifest. */
	if ((rc = sheet_entry(sh, "META-INF/manifest.xml", &manifest,
	    &len)) == -1)
		return -1;
	if (rc == 0) {
		rc = strstr(manifest, "encryption-data") != NULL;
		free(manifest);
		if (rc) {
			msg(MSG_SHEET_PASSWORD, &pos, NULL);
			return -1;
		}
	}
	if ((rc = sxml_open(&x, sh, "content.xml")) != 0) {
		if (rc == 1)
			msg(MSG_SHEET_PART, &pos, "no content.xml");
		return -1;
	}
	while ((rc = sxml_read(&x)) == 1) {
		if (!sxml_start(&x, NS_TABLE, "table"))
			continue;
		name = sxml_attr(&x, NS_TABLE, "name");
		if (sheet_name(sh, name != NULL ? name : "")) {
			free(name);
			rc = read_table(&x, sh);
			break;
		}
		free(name);
		sxml_skip(&x);
	}
	sxml_close(&x);
	return rc == -1 ? -1 : 0;
}
