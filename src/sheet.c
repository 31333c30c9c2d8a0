/* SPDX-License-Identifier: ISC */
/*
 * Spreadsheet rosters: tells .ods and .xlsx files from text by their
 * bytes, opens the zip container with libzip (every part size- and
 * ratio-capped), and builds the struct csv that the format readers in
 * sheet_ods.c and sheet_xlsx.c fill cell by cell.
 */
#include <ctype.h>
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <zip.h>

#include "msg.h"
#include "sheet.h"
#include "sheet_int.h"
#include "xalloc.h"

/*
 * libzip is opened when a spreadsheet is read, not when the program
 * starts: with what it brings (libcrypto, libbz2) it was 0.85 ms of
 * every start, a twentieth of the time a checklist takes, for rosters
 * that few runs read.  The pointers have the types <zip.h> declares.
 */
#define ZIP_FUNCTIONS(F)						\
	F(name_locate) F(stat_init) F(stat_index) F(strerror)		\
	F(fopen_index) F(fread) F(file_strerror) F(fclose)		\
	F(error_init) F(error_fini) F(error_code_zip) F(error_strerror)	\
	F(source_buffer_create) F(source_free) F(open_from_source)	\
	F(discard)
#define ZIP_POINTER(f)	__typeof__(zip_##f) *f;

static struct {
	void	*lib;
	ZIP_FUNCTIONS(ZIP_POINTER)
} zl;

/* Returns 0, or -1 after a message naming the file that needed it. */
static int
zip_library(const char *file)
{
	struct srcpos	 pos = { file, 0, 0 };
	const char	*why;
	void		*lib;

	if (zl.lib != NULL)
		return 0;
	dlerror();
	if ((lib = dlopen("libzip.so.4", RTLD_NOW | RTLD_LOCAL)) == NULL)
		goto fail;
#define ZIP_LOAD(f)							\
	if ((zl.f = (__typeof__(zl.f))dlsym(lib, "zip_" #f)) == NULL)	\
		goto fail;
	ZIP_FUNCTIONS(ZIP_LOAD)
#undef ZIP_LOAD
	zl.lib = lib;
	return 0;
fail:
	why = dlerror();
	msg(MSG_SYS_LIBZIP, &pos, "%s", why != NULL ? why :
	    "libzip.so.4 cannot be used");
	if (lib != NULL)
		dlclose(lib);
	return -1;
}

/* What a file holds, or what its name says it holds. */
enum kind {
	KIND_NONE,		/* no opinion: an unknown extension */
	KIND_TEXT,		/* CSV or other text */
	KIND_ODS,
	KIND_XLSX,
	KIND_XLS,		/* Excel 97-2003, or any OLE compound file */
	KIND_ZIP,		/* a zip, but not a spreadsheet */
};

static const char *const kind_name[] = {
	[KIND_NONE] = "unknown",
	[KIND_TEXT] = "text (a CSV file?)",
	[KIND_ODS] = "an OpenDocument spreadsheet (.ods)",
	[KIND_XLSX] = "an Excel workbook (.xlsx)",
	[KIND_XLS] = ("an Excel 97-2003 workbook (.xls) or a "
	    "password-protected workbook"),
	[KIND_ZIP] = "a zip file",
};

#define ZIP_MAGIC	"PK\003\004"
#define ZIP_EMPTY	"PK\005\006"
#define OLE_MAGIC	"\320\317\021\340\241\261\032\341"

static const struct {
	const char	*ext;
	enum kind	 kind;
} exts[] = {
	{ ".csv", KIND_TEXT }, { ".txt", KIND_TEXT }, { ".tsv", KIND_TEXT },
	{ ".tab", KIND_TEXT },
	{ ".ods", KIND_ODS }, { ".ots", KIND_ODS },
	{ ".xlsx", KIND_XLSX }, { ".xlsm", KIND_XLSX },
	{ ".xltx", KIND_XLSX }, { ".xltm", KIND_XLSX },
	{ ".xls", KIND_XLS },
};

static enum kind
kind_by_name(const char *file)
{
	const char	*dot, *slash;
	size_t		 i;

	dot = strrchr(file, '.');
	slash = strrchr(file, '/');
	if (dot == NULL || (slash != NULL && dot < slash))
		return KIND_NONE;
	for (i = 0; i < sizeof(exts) / sizeof(exts[0]); i++)
		if (strcasecmp(dot, exts[i].ext) == 0)
			return exts[i].kind;
	return KIND_NONE;
}

static int
is_zip(const char *buf, size_t len)
{
	return len >= 4 && (memcmp(buf, ZIP_MAGIC, 4) == 0 ||
	    memcmp(buf, ZIP_EMPTY, 4) == 0);
}

static int
is_ole(const char *buf, size_t len)
{
	return len >= 8 && memcmp(buf, OLE_MAGIC, 8) == 0;
}

int
sheet_wanted(const char *file, const char *buf, size_t len)
{
	enum kind	k = kind_by_name(file);

	return is_zip(buf, len) || is_ole(buf, len) || k == KIND_ODS ||
	    k == KIND_XLSX || k == KIND_XLS;
}

/*** Zip parts ***/

static int
has_entry(struct sheet *sh, const char *name)
{
	return zl.name_locate(sh->zip, name, 0) >= 0;
}

/*
 * Read the part called name into a new NUL-terminated buffer.  Returns
 * 0; 1 if there is no such part (no message); -1 after a message if it
 * is too large unpacked, packed suspiciously tightly, encrypted or
 * damaged.  The declared size is not trusted: reading stops one byte
 * past the cap whatever the directory says.
 */
int
sheet_entry(struct sheet *sh, const char *name, char **bufp, size_t *lenp)
{
	struct srcpos	 pos = { sh->file, 0, 0 };
	zip_stat_t	 st;
	zip_file_t	*zf = NULL;
	zip_int64_t	 idx, n;
	char		*buf = NULL;
	size_t		 len = 0, cap;
	int		 rc = -1;

	*bufp = NULL;
	*lenp = 0;
	if ((idx = zl.name_locate(sh->zip, name, 0)) < 0)
		return 1;
	zl.stat_init(&st);
	if (zl.stat_index(sh->zip, (zip_uint64_t)idx, 0, &st) == -1) {
		msg(MSG_SHEET_ZIP, &pos, "%s: %s", name,
		    zl.strerror(sh->zip));
		return -1;
	}
	if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) &&
	    st.encryption_method != ZIP_EM_NONE) {
		msg(MSG_SHEET_PASSWORD, &pos, "%s is encrypted", name);
		return -1;
	}
	if ((st.valid & ZIP_STAT_SIZE) && st.size > SHEET_MAX_ENTRY) {
		msg(MSG_SHEET_BIG, &pos, "%s would be %llu MB, more than %ld",
		    name, (unsigned long long)(st.size >> 20),
		    SHEET_MAX_ENTRY >> 20);
		return -1;
	}
	/* A zip bomb: megabytes from next to nothing. */
	if ((st.valid & ZIP_STAT_SIZE) && (st.valid & ZIP_STAT_COMP_SIZE) &&
	    st.size > SHEET_RATIO_FROM &&
	    st.size / (st.comp_size > 0 ? st.comp_size : 1) >
	    SHEET_MAX_RATIO) {
		msg(MSG_SHEET_BIG, &pos, "%s packs %llu MB into %llu bytes",
		    name, (unsigned long long)(st.size >> 20),
		    (unsigned long long)st.comp_size);
		return -1;
	}
	if ((zf = zl.fopen_index(sh->zip, (zip_uint64_t)idx, 0)) == NULL) {
		msg(MSG_SHEET_ZIP, &pos, "%s: %s", name,
		    zl.strerror(sh->zip));
		return -1;
	}
	cap = (st.valid & ZIP_STAT_SIZE) ? (size_t)st.size + 1 : 65536;
	buf = xmalloc(cap + 1);
	for (;;) {
		if (len == cap) {
			if (cap > (size_t)SHEET_MAX_ENTRY) {
				msg(MSG_SHEET_BIG, &pos, "%s unpacks to more "
				    "than %ld MB", name, SHEET_MAX_ENTRY >> 20);
				goto out;
			}
			cap = cap * 2 > (size_t)SHEET_MAX_ENTRY + 1 ?
			    (size_t)SHEET_MAX_ENTRY + 1 : cap * 2;
			if (cap <= len)
				cap = len + 1;
			buf = xreallocarray(buf, cap + 1, 1);
		}
		if ((n = zl.fread(zf, buf + len, cap - len)) < 0) {
			msg(MSG_SHEET_ZIP, &pos, "%s: %s", name,
			    zl.file_strerror(zf));
			goto out;
		}
		if (n == 0)
			break;
		len += (size_t)n;
		if (len > (size_t)SHEET_MAX_ENTRY) {
			msg(MSG_SHEET_BIG, &pos, "%s unpacks to more than "
			    "%ld MB", name, SHEET_MAX_ENTRY >> 20);
			goto out;
		}
	}
	buf[len] = '\0';
	*bufp = buf;
	*lenp = len;
	buf = NULL;
	rc = 0;
out:
	if (zf != NULL && zl.fclose(zf) != 0 && rc == 0) {
		msg(MSG_SHEET_ZIP, &pos, "%s: cannot be unpacked", name);
		free(*bufp);
		*bufp = NULL;
		rc = -1;
	}
	free(buf);
	return rc;
}

/* What the zip holds: an ODS, an XLSX, or something else. */
static enum kind
kind_of_zip(struct sheet *sh, const char **what)
{
	static const char ods[] = "application/vnd.oasis.opendocument."
	    "spreadsheet";
	char		*mime;
	size_t		 len;
	int		 rc;

	*what = NULL;
	if ((rc = sheet_entry(sh, "mimetype", &mime, &len)) == -1)
		return KIND_NONE;
	if (rc == 0) {
		/* The template's type is the spreadsheet's plus "-template". */
		rc = len >= sizeof(ods) - 1 &&
		    memcmp(mime, ods, sizeof(ods) - 1) == 0 &&
		    (len == sizeof(ods) - 1 ||
		    strcmp(mime + sizeof(ods) - 1, "-template") == 0);
		if (!rc && strncmp(mime, "application/vnd.oasis."
		    "opendocument.", 35) == 0)
			*what = "an OpenDocument file of another kind "
			    "(a text or a presentation?)";
		free(mime);
		return rc ? KIND_ODS : KIND_ZIP;
	}
	/* The mimetype part is optional; the manifest and content are not. */
	if (has_entry(sh, "content.xml") &&
	    has_entry(sh, "META-INF/manifest.xml"))
		return KIND_ODS;
	if (has_entry(sh, "[Content_Types].xml")) {
		if (has_entry(sh, "xl/workbook.xml") ||
		    has_entry(sh, "_rels/.rels"))
			return has_entry(sh, "word/document.xml") ?
			    (*what = "a Word document", KIND_ZIP) :
			    has_entry(sh, "ppt/presentation.xml") ?
			    (*what = "a PowerPoint presentation", KIND_ZIP) :
			    KIND_XLSX;
	}
	return KIND_ZIP;
}

/*** Building the struct csv ***/

void
stext_add(struct sheet_text *t, const char *s, size_t n)
{
	if (t->len + n > SHEET_MAX_CELL) {
		t->over = 1;
		n = SHEET_MAX_CELL - t->len;
	}
	if (t->len + n + 1 > t->cap) {
		t->cap = t->len + n + 1 < 64 ? 64 : (t->len + n + 1) * 2;
		t->s = xreallocarray(t->s, t->cap, 1);
	}
	memcpy(t->s + t->len, s, n);
	t->len += n;
	t->s[t->len] = '\0';
}

void
stext_clear(struct sheet_text *t)
{
	t->len = 0;
	t->over = 0;
	if (t->s != NULL)
		t->s[0] = '\0';
}

/*
 * Remember a sheet's name; 1 if it is the one to read (the first, or
 * the one asked for), else 0.
 */
int
sheet_name(struct sheet *sh, const char *name)
{
	int	want;

	/* Calc and Excel refuse two names that differ only in case. */
	want = !sh->found && (sh->want == NULL ||
	    strcasecmp(sh->want, name) == 0);
	if (sh->nnames < SHEET_MAX_SHEETS)
		*XAPPEND(sh->names, sh->nnames, sh->cnames) = xstrdup(name);
	if (want) {
		sh->found = 1;
		sh->sheet = xstrdup(name);
	}
	return want;
}

/* A problem with the sheet being read, named by its sheet. */
static void
sheet_msg(struct sheet *sh, enum msgid id, const struct srcpos *pos,
    const char *what)
{
	msg(id, pos, "%s, in sheet \"%s\"", what,
	    sh->sheet != NULL ? sh->sheet : "");
}

/*
 * Add a cell with text at column col (1-based) of row r.  Columns must
 * grow from left to right.  Returns 0, or -1 after a message.
 */
int
sheet_cell(struct sheet *sh, struct sheet_row *r, long col,
    const struct sheet_text *t)
{
	struct srcpos	 pos = { sh->file, (int)r->row, 0 };
	struct csv_field *f;
	char		 what[80];

	if (t->len == 0)
		return 0;
	if (col > SHEET_MAX_COL) {
		snprintf(what, sizeof(what), "a cell past column %ld",
		    SHEET_MAX_COL);
		sheet_msg(sh, MSG_SHEET_LIMIT, &pos, what);
		return -1;
	}
	pos.col = (int)col;
	if (t->over) {
		snprintf(what, sizeof(what), "a cell longer than %d bytes",
		    SHEET_MAX_CELL);
		sheet_msg(sh, MSG_SHEET_LIMIT, &pos, what);
		return -1;
	}
	if (r->n > 0 && col <= r->cells[r->n - 1].col) {
		sheet_msg(sh, MSG_SHEET_PART, &pos, "cells out of order");
		return -1;
	}
	sh->ntext += t->len;
	if (sh->ntext > (size_t)SHEET_MAX_TEXT) {
		snprintf(what, sizeof(what), "more than %ld MB of text",
		    SHEET_MAX_TEXT >> 20);
		sheet_msg(sh, MSG_SHEET_LIMIT, &pos, what);
		return -1;
	}
	f = XAPPEND(r->cells, r->n, r->cap);
	f->text = xstrndup(t->s, t->len);
	f->line = (int)r->row;
	f->col = (int)col;
	return 0;
}

void
sheet_row_clear(struct sheet_row *r)
{
	size_t	i;

	for (i = 0; i < r->n; i++)
		free(r->cells[i].text);
	r->n = 0;
}

/*
 * The row is complete: unless it has no text, add it repeat times
 * (rows r->row, r->row + 1, ...) with empty fields for the gaps between
 * its cells.  Clears the row.  Returns 0, or -1 after a message.
 */
int
sheet_row_end(struct sheet *sh, struct sheet_row *r, long repeat)
{
	struct srcpos	 pos = { sh->file, 0, 0 };
	struct csv	*c = sh->csv;
	struct csv_record *rec;
	long		 k, width, j;
	size_t		 i, rowtext = 0;
	int		 rc = 0;
	char		 what[80];

	if (r->n == 0)
		return 0;
	width = r->cells[r->n - 1].col;
	for (i = 0; i < r->n; i++)
		rowtext += strlen(r->cells[i].text);
	for (k = 0; k < repeat && rc == 0; k++) {
		pos.line = (int)(r->row + k);
		if (r->row + k > SHEET_MAX_ROW) {
			pos.line = 0;
			snprintf(what, sizeof(what), "a row past row %ld",
			    SHEET_MAX_ROW);
			sheet_msg(sh, MSG_SHEET_LIMIT, &pos, what);
			rc = -1;
		} else if (c->nrecords >= SHEET_MAX_RECORDS) {
			snprintf(what, sizeof(what), "more than %d rows with "
			    "text", SHEET_MAX_RECORDS);
			sheet_msg(sh, MSG_SHEET_LIMIT, &pos, what);
			rc = -1;
		} else if (sh->nfields + (size_t)width >
		    (size_t)SHEET_MAX_FIELDS) {
			snprintf(what, sizeof(what), "more than %ld cells",
			    SHEET_MAX_FIELDS);
			sheet_msg(sh, MSG_SHEET_LIMIT, &pos, what);
			rc = -1;
		} else if (k > 0 && (sh->ntext += rowtext) >
		    (size_t)SHEET_MAX_TEXT) {
			snprintf(what, sizeof(what), "more than %ld MB of text",
			    SHEET_MAX_TEXT >> 20);
			sheet_msg(sh, MSG_SHEET_LIMIT, &pos, what);
			rc = -1;
		}
		if (rc == -1)
			break;
		rec = XAPPEND(c->records, c->nrecords, sh->cap);
		rec->line = pos.line;
		rec->nfields = (size_t)width;
		rec->fields = xcalloc((size_t)width, sizeof(*rec->fields));
		sh->nfields += (size_t)width;
		for (i = 0, j = 0; j < width; j++) {
			rec->fields[j].line = pos.line;
			rec->fields[j].col = (int)j + 1;
			if (i < r->n && r->cells[i].col == j + 1) {
				rec->fields[j].text = k + 1 == repeat ?
				    r->cells[i].text :
				    xstrdup(r->cells[i].text);
				if (k + 1 == repeat)
					r->cells[i].text = NULL;
				i++;
			} else
				rec->fields[j].text = xstrdup("");
		}
	}
	sheet_row_clear(r);
	return rc;
}

/* Every record as wide as the header, as a CSV file's would be. */
static void
pad(struct csv *c)
{
	struct csv_record *rec;
	size_t		   width, i, j;

	if (c->nrecords == 0)
		return;
	width = c->records[0].nfields;
	for (i = 1; i < c->nrecords; i++) {
		rec = &c->records[i];
		if (rec->nfields >= width)
			continue;
		rec->fields = xreallocarray(rec->fields, width,
		    sizeof(*rec->fields));
		for (j = rec->nfields; j < width; j++) {
			rec->fields[j].text = xstrdup("");
			rec->fields[j].line = rec->line;
			rec->fields[j].col = (int)j + 1;
		}
		rec->nfields = width;
	}
}

/* "Notes", "Room B": the sheets there are, for a --sheet that is not. */
static void
no_such_sheet(struct sheet *sh)
{
	struct srcpos	 pos = { sh->file, 0, 0 };
	char		*list = xstrdup(""), *p;
	size_t		 i;

	for (i = 0; i < sh->nnames && strlen(list) < 1000; i++) {
		p = xasprintf("%s%s\"%s\"", list, i > 0 ? ", " : "",
		    sh->names[i]);
		free(list);
		list = p;
	}
	if (sh->want != NULL)
		msg(MSG_USAGE_SHEET, &pos, "\"%s\"; the sheets are: %s",
		    sh->want, sh->nnames > 0 ? list : "none");
	else
		msg(MSG_SHEET_PART, &pos, "the spreadsheet has no sheet");
	free(list);
}

/*** The entry point ***/

struct csv *
sheet_parse(const char *file, const char *buf, size_t len,
    const char *want)
{
	struct srcpos	 pos = { file, 0, 0 };
	struct sheet	 sh;
	zip_error_t	 ze;
	zip_source_t	*src = NULL;
	struct csv	*c = NULL;
	enum kind	 named, is;
	const char	*what = NULL;
	size_t		 i;
	int		 err, rc = -1;

	if (zip_library(file) == -1)
		return NULL;
	memset(&sh, 0, sizeof(sh));
	sh.file = file;
	sh.want = want;
	named = kind_by_name(file);
	zl.error_init(&ze);
	if (is_ole(buf, len)) {
		msg(MSG_SHEET_XLS, &pos, NULL);
		goto out;
	}
	if (!is_zip(buf, len)) {
		msg(MSG_SHEET_MISNAMED, &pos, "named %s, but it holds %s",
		    strrchr(file, '.'), len == 0 ? "nothing" :
		    kind_name[KIND_TEXT]);
		goto out;
	}
	if ((src = zl.source_buffer_create(buf, len, 0, &ze)) == NULL ||
	    (sh.zip = zl.open_from_source(src, ZIP_RDONLY, &ze)) == NULL) {
		err = zl.error_code_zip(&ze);
		msg(MSG_SHEET_ZIP, &pos, "%s", err == ZIP_ER_NOZIP ||
		    err == ZIP_ER_INCONS ? "the file is cut short or "
		    "damaged" : zl.error_strerror(&ze));
		goto out;
	}
	src = NULL;	/* the archive owns it now */
	if ((is = kind_of_zip(&sh, &what)) == KIND_NONE)
		goto out;
	if (is == KIND_ZIP) {
		msg(MSG_SHEET_KIND, &pos, "it is %s", what != NULL ? what :
		    "neither an .ods nor an .xlsx spreadsheet");
		goto out;
	}
	if (named != KIND_NONE && named != is) {
		msg(MSG_SHEET_MISNAMED, &pos, "named %s, but it is %s",
		    strrchr(file, '.'), kind_name[is]);
		goto out;
	}
	sh.csv = c = xcalloc(1, sizeof(*c));
	if ((is == KIND_ODS ? sheet_ods(&sh) : sheet_xlsx(&sh)) == -1)
		goto out;
	if (!sh.found) {
		no_such_sheet(&sh);
		goto out;
	}
	pad(c);
	rc = 0;
out:
	if (sh.zip != NULL)
		zl.discard(sh.zip);
	zl.source_free(src);
	zl.error_fini(&ze);
	for (i = 0; i < sh.nnames; i++)
		free(sh.names[i]);
	free(sh.names);
	free(sh.sheet);
	if (rc == -1) {
		csv_free(c);
		c = NULL;
	}
	return c;
}
