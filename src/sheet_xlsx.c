/* SPDX-License-Identifier: ISC */
/*
 * Excel workbooks (.xlsx, Office Open XML): the workbook's list of
 * sheets, the relationships that say which part holds each, the shared
 * strings, and the rows of one worksheet.  Names are matched without
 * their namespace, so both of Excel's dialects (transitional and
 * strict) are read.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "sheet_xml.h"
#include "xalloc.h"

struct sstring {
	char	*s;
	size_t	 len;
	int	 over;		/* longer than a cell may be */
};

struct strings {
	struct sstring	*v;
	size_t		 n;
	size_t		 cap;
};

static void
strings_free(struct strings *ss)
{
	size_t	i;

	for (i = 0; i < ss->n; i++)
		free(ss->v[i].s);
	free(ss->v);
}

/* Whether the Type of a relationship ends in "/" + kind. */
static int
rel_is(const char *type, const char *kind)
{
	size_t	tl, kl;

	if (type == NULL)
		return 0;
	tl = strlen(type);
	kl = strlen(kind);
	return tl > kl && type[tl - kl - 1] == '/' &&
	    strcmp(type + tl - kl, kind) == 0;
}

/*
 * The part a relationship's Target names, from the folder dir ("xl/")
 * of the part that has the relationship: "/xl/x.xml" is from the top,
 * "worksheets/sheet1.xml" and "../xl/x.xml" from dir.
 */
static char *
resolve(const char *dir, const char *target)
{
	char	*path, *out, *seg, *save = NULL;
	size_t	 n = 0;

	if (*target == '/')
		path = xstrdup(target + 1);
	else
		path = xasprintf("%s%s", dir, target);
	out = xcalloc(strlen(path) + 1, 1);
	for (seg = strtok_r(path, "/", &save); seg != NULL;
	    seg = strtok_r(NULL, "/", &save)) {
		if (strcmp(seg, ".") == 0)
			continue;
		if (strcmp(seg, "..") == 0) {
			while (n > 0 && out[n - 1] != '/')
				n--;
			if (n > 0)
				n--;
			out[n] = '\0';
			continue;
		}
		if (n > 0)
			out[n++] = '/';
		memcpy(out + n, seg, strlen(seg));
		n += strlen(seg);
		out[n] = '\0';
	}
	free(path);
	return out;
}

/*
 * Read the relationships part rels: the Target of the one with Id id
 * (if id is not NULL) into *byid, and of the first whose Type ends in
 * kind into *bykind.  0, 1 if there is no such part, -1 after a
 * message.
 */
static int
read_rels(struct sheet *sh, const char *rels, const char *id,
    char **byid, const char *kind, char **bykind)
{
	struct sxml	 x;
	char		*a, *type, *target;
	int		 rc;

	if ((rc = sxml_open(&x, sh, rels)) != 0)
		return rc;
	while ((rc = sxml_read(&x)) == 1) {
		if (!sxml_start(&x, NULL, "Relationship"))
			continue;
		a = sxml_attr(&x, NULL, "Id");
		type = sxml_attr(&x, NULL, "Type");
		target = sxml_attr(&x, NULL, "Target");
		if (target != NULL && id != NULL && a != NULL &&
		    *byid == NULL && strcmp(a, id) == 0)
			*byid = xstrdup(target);
		if (target != NULL && kind != NULL && *bykind == NULL &&
		    rel_is(type, kind))
			*bykind = xstrdup(target);
		free(a);
		free(type);
		free(target);
	}
	sxml_close(&x);
	return rc == -1 ? -1 : 0;
}

/*
 * Gather the text of the <t> elements inside the current element (an
 * <si> or an <is>) up to its end, leaving out phonetic runs (<rPh>).
 * 0, or -1 after a message.
 */
static int
read_rich(struct sxml *x, const char *end, struct sheet_text *t)
{
	const char	*v;
	int		 rc, in_t = 0;

	if (xmlTextReaderIsEmptyElement(x->r) == 1)
		return 0;
	while ((rc = sxml_read(x)) == 1) {
		if (sxml_end(x, NULL, end))
			return 0;
		if (sxml_start(x, NULL, "rPh"))
			sxml_skip(x);
		else if (sxml_start(x, NULL, "t"))
			in_t = xmlTextReaderIsEmptyElement(x->r) != 1;
		else if (sxml_end(x, NULL, "t"))
			in_t = 0;
		else if (in_t && sxml_text(x) &&
		    (v = (const char *)xmlTextReaderConstValue(x->r)) != NULL)
			stext_add(t, v, strlen(v));
	}
	return -1;
}

/* The shared strings part, if there is one.  0, or -1 after a message. */
static int
read_strings(struct sheet *sh, const char *part, struct strings *ss)
{
	struct sxml		 x;
	struct srcpos		 pos;
	struct sheet_text	 t;
	struct sstring		*s;
	int			 rc;

	memset(&t, 0, sizeof(t));
	if ((rc = sxml_open(&x, sh, part)) != 0)
		return rc == 1 ? 0 : -1;
	while ((rc = sxml_read(&x)) == 1) {
		if (!sxml_start(&x, NULL, "si"))
			continue;
		if (ss->n >= SHEET_MAX_STRINGS) {
			sxml_pos(&x, &pos);
			msg(MSG_SHEET_LIMIT, &pos, "more than %ld different "
			    "texts in the workbook", SHEET_MAX_STRINGS);
			rc = -1;
			break;
		}
		stext_clear(&t);
		if ((rc = read_rich(&x, "si", &t)) == -1)
			break;
		s = XAPPEND(ss->v, ss->n, ss->cap);
		s->s = xstrndup(t.s != NULL ? t.s : "", t.len);
		s->len = t.len;
		s->over = t.over;
	}
	free(t.s);
	sxml_close(&x);
	return rc == -1 ? -1 : 0;
}

/*
 * "C7": column 3 into *col; 0, or -1 if it is not a cell reference.
 * The row part is not needed: the <row> says it.
 */
static int
parse_ref(const char *ref, long *col)
{
	long	c = 0;
	int	n = 0;

	for (; isalpha((unsigned char)*ref); ref++)
		if (++n > 3)
			return -1;
		else
			c = c * 26 + (toupper((unsigned char)*ref) - 'A' + 1);
	if (n == 0 || !isdigit((unsigned char)*ref))
		return -1;
	while (isdigit((unsigned char)*ref))
		ref++;
	if (*ref != '\0')
		return -1;
	*col = c;
	return 0;
}

/* A number attribute (row r="7"), or dflt if absent or not a number. */
static long
number(const char *v, long dflt, long max)
{
	char	*end;
	long	 n;

	if (v == NULL)
		return dflt;
	n = strtol(v, &end, 10);
	if (end == v || *end != '\0' || n < 1)
		return -2;
	return n > max ? max : n;
}

/* What a cell shows, by its type t; 0, or -1 after a message. */
static int
cell_text(struct sxml *x, const char *type, struct sheet_text *v,
    struct sheet_text *f, int has_v, const struct strings *ss,
    struct sheet_text *out)
{
	struct srcpos	 pos;
	const struct sstring *s;
	char		*end;
	unsigned long	 i;

	if (type != NULL && strcmp(type, "inlineStr") == 0)
		return 0;	/* read_sheet() put it in out already */
	stext_clear(out);
	if (!has_v) {
		/* A formula never computed: its text, never evaluated. */
		if (f->len > 0) {
			stext_add(out, "=", 1);
			stext_add(out, f->s, f->len);
		}
		return 0;
	}
	if (type != NULL && strcmp(type, "s") == 0) {
		i = strtoul(v->s != NULL ? v->s : "", &end, 10);
		if (v->len == 0 || *end != '\0' || i >= ss->n) {
			sxml_pos(x, &pos);
			msg(MSG_SHEET_PART, &pos, "a cell refers to shared "
			    "text %.20s, but there are %zu", v->s != NULL ?
			    v->s : "", ss->n);
			return -1;
		}
		s = &ss->v[i];
		stext_add(out, s->s, s->len);
		out->over |= s->over;
	} else if (type != NULL && strcmp(type, "b") == 0)
		stext_add(out, v->len == 1 && v->s[0] == '1' ? "TRUE" :
		    "FALSE", v->len == 1 && v->s[0] == '1' ? 4 : 5);
	else
		/* Numbers, dates, errors, formula strings: as stored. */
		stext_add(out, v->s != NULL ? v->s : "", v->len);
	out->over |= v->over;
	return 0;
}

/* The rows of one worksheet.  0, or -1 after a message. */
static int
read_sheet(struct sheet *sh, const char *part, const struct strings *ss)
{
	struct sxml		 x;
	struct srcpos		 pos = { sh->file, 0, 0 };
	struct sheet_row	 row;
	struct sheet_text	 v, f, out;
	const char		*s;
	char			*a, *type = NULL;
	long			 rownum = 0, col = 0, n;
	int			 rc, in = 0, has_v = 0;
	enum { NONE, IN_V, IN_F } where = NONE;

	memset(&row, 0, sizeof(row));
	memset(&v, 0, sizeof(v));
	memset(&f, 0, sizeof(f));
	memset(&out, 0, sizeof(out));
	if ((rc = sxml_open(&x, sh, part)) != 0) {
		if (rc == 1)
			msg(MSG_SHEET_PART, &pos, "no %s", part);
		return -1;
	}
	while ((rc = sxml_read(&x)) == 1) {
		if (sxml_start(&x, NULL, "row")) {
			a = sxml_attr(&x, NULL, "r");
			n = number(a, rownum + 1, SHEET_MAX_ROW + 1);
			free(a);
			if (n <= rownum) {
				sxml_pos(&x, &pos);
				msg(MSG_SHEET_PART, &pos, "rows out of order");
				rc = -1;
				break;
			}
			row.row = rownum = n;
			col = 0;
			in = 1;
			if (xmlTextReaderIsEmptyElement(x.r) != 1)
				continue;
		}
		if (in && sxml_start(&x, NULL, "c")) {
			a = sxml_attr(&x, NULL, "r");
			if (a == NULL)
				n = col + 1;
			else if (parse_ref(a, &n) == -1 || n <= col) {
				sxml_pos(&x, &pos);
				msg(MSG_SHEET_PART, &pos, "cell reference "
				    "\"%.20s\" out of order or not one", a);
				free(a);
				rc = -1;
				break;
			}
			free(a);
			col = n;
			free(type);
			type = sxml_attr(&x, NULL, "t");
			stext_clear(&v);
			stext_clear(&f);
			stext_clear(&out);
			has_v = 0;
			where = NONE;
			if (xmlTextReaderIsEmptyElement(x.r) != 1)
				continue;
		}
		if (in && sxml_start(&x, NULL, "is")) {
			if ((rc = read_rich(&x, "is", &out)) == -1)
				break;
		} else if (in && sxml_start(&x, NULL, "v")) {
			has_v = 1;
			where = xmlTextReaderIsEmptyElement(x.r) == 1 ?
			    NONE : IN_V;
		} else if (in && sxml_start(&x, NULL, "f"))
			where = xmlTextReaderIsEmptyElement(x.r) == 1 ?
			    NONE : IN_F;
		else if (sxml_end(&x, NULL, "v") || sxml_end(&x, NULL, "f"))
			where = NONE;
		else if (where != NONE && sxml_text(&x) &&
		    (s = (const char *)xmlTextReaderConstValue(x.r)) != NULL)
			stext_add(where == IN_V ? &v : &f, s, strlen(s));
		if (in && sxml_end(&x, NULL, "c")) {
			if ((rc = cell_text(&x, type, &v, &f, has_v, ss,
			    &out)) == -1 ||
			    (rc = sheet_cell(sh, &row, col, &out)) == -1)
				break;
		} else if (in && sxml_end(&x, NULL, "row")) {
			if ((rc = sheet_row_end(sh, &row, 1)) == -1)
				break;
			in = 0;
		}
	}
	sheet_row_clear(&row);
	free(row.cells);
	free(type);
	free(v.s);
	free(f.s);
	free(out.s);
	sxml_close(&x);
	return rc == -1 ? -1 : 0;
}

int
sheet_xlsx(struct sheet *sh)
{
	struct sxml	 x;
	struct srcpos	 pos = { sh->file, 0, 0 };
	struct strings	 ss;
	char		*wb = NULL, *dir = NULL, *rels = NULL, *rid = NULL;
	char		*target = NULL, *sstarget = NULL, *name, *slash;
	char		*part = NULL, *sspart = NULL;
	int		 rc = -1;

	memset(&ss, 0, sizeof(ss));
	/* The package says which part is the workbook. */
	if (read_rels(sh, "_rels/.rels", NULL, NULL, "officeDocument",
	    &target) == -1)
		goto out;
	wb = resolve("", target != NULL ? target : "xl/workbook.xml");
	free(target);
	target = NULL;
	slash = strrchr(wb, '/');
	dir = xstrndup(wb, slash != NULL ? (size_t)(slash - wb + 1) : 0);
	rels = xasprintf("%s_rels/%s.rels", dir, slash != NULL ? slash + 1 :
	    wb);

	if ((rc = sxml_open(&x, sh, wb)) != 0) {
		if (rc == 1)
			msg(MSG_SHEET_PART, &pos, "no %s", wb);
		rc = -1;
		goto out;
	}
	while ((rc = sxml_read(&x)) == 1) {
		if (!sxml_start(&x, NULL, "sheet"))
			continue;
		name = sxml_attr(&x, NULL, "name");
		if (sheet_name(sh, name != NULL ? name : ""))
			rid = sxml_attr_any(&x, "id");
		free(name);
	}
	sxml_close(&x);
	if (rc == -1 || !sh->found)
		goto out;
	rc = -1;
	if (rid == NULL) {
		msg(MSG_SHEET_PART, &pos, "%s: a sheet without r:id", wb);
		goto out;
	}
	if (read_rels(sh, rels, rid, &target, "sharedStrings",
	    &sstarget) != 0) {
		msg(MSG_SHEET_PART, &pos, "no %s", rels);
		goto out;
	}
	if (target == NULL) {
		msg(MSG_SHEET_PART, &pos, "%s: nothing for %s", rels, rid);
		goto out;
	}
	part = resolve(dir, target);
	sspart = resolve(dir, sstarget != NULL ? sstarget :
	    "sharedStrings.xml");
	if (read_strings(sh, sspart, &ss) == -1 ||
	    read_sheet(sh, part, &ss) == -1)
		goto out;
	rc = 0;
out:
	strings_free(&ss);
	free(wb);
	free(dir);
	free(rels);
	free(rid);
	free(target);
	free(sstarget);
	free(part);
	free(sspart);
	return rc;
}
