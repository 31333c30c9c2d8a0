/* SPDX-License-Identifier: ISC */
/*
 * The PDF device: the one place that sees libharu.  It measures text for
 * the layout and draws the finished pages, then writes the file safely.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_fontdef.h>

#include "pdf.h"
#include "pdf_int.h"
#include "xalloc.h"

static const char *const font_files[FONT__MAX] = {
	"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"
};

struct pdfout {
	HPDF_Doc	 doc;
	HPDF_Font	 font[FONT__MAX];
	HPDF_FontDef	 def[FONT__MAX];
	struct metrics	 metrics;
	HPDF_STATUS	 error;		/* first libharu error */
	HPDF_STATUS	 detail;
	const char	*doing;		/* for the message */
};

/* libharu reports through this; the first error is what we report. */
static void
on_error(HPDF_STATUS error, HPDF_STATUS detail, void *arg)
{
	struct pdfout	*po = arg;

	if (po->error == 0) {
		po->error = error;
		po->detail = detail;
	}
}

static int
failed(struct pdfout *po, const char *file)
{
	struct srcpos	pos = { file, 0, 0 };

	if (po->error == 0)
		return 0;
	if (po->error == HPDF_FILE_OPEN_ERROR || po->error == HPDF_TTF_INVALID_CMAP ||
	    po->error == HPDF_TTF_MISSING_TABLE || po->error == HPDF_INVALID_TTC_FILE)
		msg(MSG_SYS_FONT, &pos, "libharu error 0x%04X (detail %u) "
		    "while %s", (unsigned)po->error, (unsigned)po->detail,
		    po->doing);
	else
		msg(MSG_SYS_PDF, file != NULL ? &pos : NULL,
		    "libharu error 0x%04X (detail %u) while %s",
		    (unsigned)po->error, (unsigned)po->detail, po->doing);
	return 1;
}

static double
text_width(void *arg, enum font f, double size, const char *s, size_t len)
{
	struct pdfout	*po = arg;
	HPDF_TextWidth	 tw;

	if (len == 0)
		return 0;
	tw = HPDF_Font_TextWidth(po->font[f], (const HPDF_BYTE *)s,
	    (HPDF_UINT)len);
	return tw.width * size / 1000.0;
}

static int
has_glyph(void *arg, enum font f, unsigned int cp)
{
	struct pdfout	*po = arg;

	if (cp > 0xffff)
		return 0;
	return HPDF_TTFontDef_GetGlyphid(po->def[f], (HPDF_UINT16)cp) != 0;
}

struct pdfout *
pdf_alloc(const char *fontdir)
{
	struct pdfout	*po;
	const char	*name;
	char		*path = NULL;
	int		 f;

	po = xcalloc(1, sizeof(*po));
	po->doing = "starting the document";
	if ((po->doc = HPDF_New(on_error, po)) == NULL) {
		msg(MSG_SYS_NOMEM, NULL, NULL);
		free(po);
		return NULL;
	}
	HPDF_SetCompressionMode(po->doc, HPDF_COMP_ALL);
	HPDF_UseUTFEncodings(po->doc);
	HPDF_SetCurrentEncoder(po->doc, "UTF-8");
	for (f = 0; f < FONT__MAX && po->error == 0; f++) {
		free(path);
		path = xasprintf("%s/%s", fontdir, font_files[f]);
		po->doing = "loading the font";
		if (access(path, R_OK) == -1) {
			struct srcpos pos = { path, 0, 0 };

			msg(MSG_SYS_FONT, &pos, "%s", strerror(errno));
			goto fail;
		}
		name = HPDF_LoadTTFontFromFile(po->doc, path, HPDF_TRUE);
		if (name == NULL || failed(po, path))
			goto fail;
		po->font[f] = HPDF_GetFont(po->doc, name, "UTF-8");
		po->def[f] = HPDF_Doc_FindFontDef(po->doc, name);
		if (po->font[f] == NULL || po->def[f] == NULL ||
		    failed(po, path))
			goto fail;
		po->doing = "replacing the ToUnicode map";
		if (pdf_fix_tounicode(po->doc, po->font[f]) == -1 ||
		    failed(po, path))
			goto fail;
	}
	free(path);
	po->metrics.width = text_width;
	po->metrics.has_glyph = has_glyph;
	po->metrics.arg = po;
	return po;
fail:
	free(path);
	pdf_free(po);
	return NULL;
}

void
pdf_free(struct pdfout *po)
{
	if (po == NULL)
		return;
	HPDF_Free(po->doc);
	free(po);
}

const struct metrics *
pdf_metrics(struct pdfout *po)
{
	return &po->metrics;
}

static void
set_colour(HPDF_Page page, const struct template *t, enum colour c,
    int fill)
{
	const struct rgb *rgb = &t->colour[c];

	if (fill)
		HPDF_Page_SetRGBFill(page, rgb->r, rgb->g, rgb->b);
	else
		HPDF_Page_SetRGBStroke(page, rgb->r, rgb->g, rgb->b);
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

static void
draw_op(struct pdfout *po, HPDF_Page page, const struct op *o, double ph,
    const struct template *t)
{
	HPDF_Annotation	 a;
	HPDF_Rect	 rect;
	char		*uri;

	switch (o->type) {
	case OP_TEXT:
		set_colour(page, t, o->colour, 1);
		HPDF_Page_BeginText(page);
		HPDF_Page_SetFontAndSize(page, po->font[o->font], o->size);
		HPDF_Page_TextOut(page, o->x, ph - o->y, o->text);
		HPDF_Page_EndText(page);
		break;
	case OP_FILL:
		set_colour(page, t, o->colour, 1);
		HPDF_Page_Rectangle(page, o->x, ph - o->y - o->h, o->w, o->h);
		HPDF_Page_Fill(page);
		break;
	case OP_STROKE:
		set_colour(page, t, o->colour, 0);
		HPDF_Page_SetLineWidth(page, o->size);
		HPDF_Page_Rectangle(page, o->x, ph - o->y - o->h, o->w, o->h);
		HPDF_Page_Stroke(page);
		break;
	case OP_RULE:
		set_colour(page, t, o->colour, 0);
		HPDF_Page_SetLineWidth(page, o->size);
		HPDF_Page_MoveTo(page, o->x, ph - o->y);
		HPDF_Page_LineTo(page, o->x + o->w, ph - o->y - o->h);
		HPDF_Page_Stroke(page);
		break;
	case OP_QR:
		/* Drawn by the QR code module (not yet). */
		break;
	case OP_LINK:
		rect.left = o->x;
		rect.right = o->x + o->w;
		rect.top = ph - o->y;
		rect.bottom = ph - o->y - o->h;
		uri = uri_encode(o->text);
		a = HPDF_Page_CreateURILinkAnnot(page, rect, uri);
		if (a != NULL)
			HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
		free(uri);
		break;
	}
}

static void
set_info(struct pdfout *po, const struct pdfinfo *info)
{
	HPDF_Date	 d;
	struct tm	 tm;
	time_t		 t;

	HPDF_SetInfoAttr(po->doc, HPDF_INFO_TITLE, info->title);
	HPDF_SetInfoAttr(po->doc, HPDF_INFO_SUBJECT, info->subject);
	HPDF_SetInfoAttr(po->doc, HPDF_INFO_KEYWORDS, info->keywords);
	HPDF_SetInfoAttr(po->doc, HPDF_INFO_CREATOR, "rightsheet");
	HPDF_SetInfoAttr(po->doc, HPDF_INFO_PRODUCER, "rightsheet with "
	    "libharu");
	if (info->epoch < 0)
		return;
	t = (time_t)info->epoch;
	if (gmtime_r(&t, &tm) == NULL)
		return;
	memset(&d, 0, sizeof(d));
	d.year = tm.tm_year + 1900;
	d.month = tm.tm_mon + 1;
	d.day = tm.tm_mday;
	d.hour = tm.tm_hour;
	d.minutes = tm.tm_min;
	d.seconds = tm.tm_sec;
	d.ind = 'Z';
	HPDF_SetInfoDateAttr(po->doc, HPDF_INFO_CREATION_DATE, d);
}

static void
draw(struct pdfout *po, const struct layout *l, const struct template *t)
{
	HPDF_Page	*pages;
	HPDF_Outline	 root, o;
	HPDF_Destination dst;
	HPDF_Encoder	 enc;
	size_t		 i, j;

	po->doing = "drawing the pages";
	pages = xcalloc(l->npages ? l->npages : 1, sizeof(*pages));
	for (i = 0; i < l->npages && po->error == 0; i++) {
		pages[i] = HPDF_AddPage(po->doc);
		HPDF_Page_SetWidth(pages[i], l->width);
		HPDF_Page_SetHeight(pages[i], l->height);
		for (j = 0; j < l->pages[i].nops && po->error == 0; j++)
			draw_op(po, pages[i], &l->pages[i].ops[j], l->height, t);
	}
	po->doing = "adding bookmarks";
	enc = HPDF_GetEncoder(po->doc, "UTF-8");
	root = NULL;
	for (i = 0; i < l->nmarks && po->error == 0; i++) {
		if (root == NULL) {
			root = HPDF_CreateOutline(po->doc, NULL, "Checklist",
			    enc);
			HPDF_Outline_SetOpened(root, HPDF_TRUE);
		}
		o = HPDF_CreateOutline(po->doc, root, l->marks[i].title, enc);
		dst = HPDF_Page_CreateDestination(pages[l->marks[i].page]);
		/* Zoom must be within 0.08-32, else the document dies. */
		HPDF_Destination_SetXYZ(dst, 0, l->height - l->marks[i].y, 1);
		HPDF_Outline_SetDestination(o, dst);
	}
	if (root != NULL)
		HPDF_SetPageMode(po->doc, HPDF_PAGE_MODE_USE_OUTLINE);
	free(pages);
}

/* Write all of buf to fd; 0 or -1 with errno set. */
static int
write_all(int fd, const unsigned char *buf, size_t len)
{
	ssize_t	n;

	while (len > 0) {
		if ((n = write(fd, buf, len)) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Copy libharu's finished stream into fd; 0 or an errno value. */
static int
copy_out(struct pdfout *po, int fd)
{
	unsigned char	 buf[65536];
	HPDF_UINT32	 n;
	HPDF_STATUS	 rc;

	HPDF_ResetStream(po->doc);
	for (;;) {
		n = sizeof(buf);
		rc = HPDF_ReadFromStream(po->doc, buf, &n);
		if (n > 0 && write_all(fd, buf, n) == -1)
			return errno;
		if (rc == HPDF_STREAM_EOF)
			return 0;
		if (rc != HPDF_OK)
			return EIO;
	}
}

/*
 * A device or pipe (/dev/stdout, /dev/full) cannot be replaced, only
 * written to: there is no old file to keep.
 */
static int
save_device(struct pdfout *po, const char *path)
{
	struct srcpos	pos = { path, 0, 0 };
	int		fd, err;

	if ((fd = open(path, O_WRONLY | O_CLOEXEC)) == -1) {
		msg(MSG_SYS_WRITE, &pos, "%s", strerror(errno));
		return -1;
	}
	err = copy_out(po, fd);
	if (close(fd) == -1 && err == 0)
		err = errno;
	if (err != 0) {
		msg(MSG_SYS_WRITE, &pos, "%s", strerror(err));
		return -1;
	}
	return 0;
}

/*
 * Save into a temporary file in the target's directory and rename it
 * over the target only once it is complete and synced: a failed run
 * leaves the old file untouched and no partial file behind.
 */
static int
save(struct pdfout *po, const char *path)
{
	struct srcpos	 pos = { path, 0, 0 };
	struct stat	 st;
	mode_t		 mask;
	char		*tmp, *slash;
	int		 fd, err;

	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		msg(MSG_SYS_OUTDIR, &pos, NULL);
		return -1;
	}
	po->doing = "saving the document";
	if (HPDF_SaveToStream(po->doc) != HPDF_OK || failed(po, path))
		return -1;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
		return save_device(po, path);

	if ((slash = strrchr(path, '/')) != NULL)
		tmp = xasprintf("%.*s/.rightsheet-XXXXXX",
		    (int)(slash - path), path);
	else
		tmp = xstrdup(".rightsheet-XXXXXX");
	if ((fd = mkstemp(tmp)) == -1) {
		msg(MSG_SYS_WRITE, &pos, "%s", strerror(errno));
		free(tmp);
		return -1;
	}
	err = copy_out(po, fd);
	if (err == 0 && fsync(fd) == -1 && errno != EINVAL)
		err = errno;
	if (close(fd) == -1 && err == 0)
		err = errno;
	/* A new file gets the usual permissions, not mkstemp's 0600. */
	mask = umask(0);
	umask(mask);
	if (err == 0 && chmod(tmp, 0666 & ~mask) == -1)
		err = errno;
	if (err == 0 && rename(tmp, path) == -1)
		err = errno;
	if (err != 0) {
		unlink(tmp);
		msg(MSG_SYS_WRITE, &pos, "%s", strerror(err));
	}
	free(tmp);
	return err != 0 ? -1 : 0;
}

int
pdf_write(struct pdfout *po, const struct layout *l,
    const struct template *t, const struct pdfinfo *info, const char *path)
{
	set_info(po, info);
	draw(po, l, t);
	if (failed(po, path))
		return -1;
	return save(po, path);
}
