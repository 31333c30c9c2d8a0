/* SPDX-License-Identifier: ISC */
/*
 * The PDF device: measures text for the layout (through HarfBuzz, in
 * pdf_subset.c), draws the finished pages with libharu, with fonts
 * subset to what is drawn, and writes the file safely.
 */
#define _GNU_SOURCE		/* O_TMPFILE, linkat */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <hpdf.h>
#include <hpdf_font.h>
#include <hpdf_streams.h>
#include <hpdf_doc.h>
#include <hpdf_fontdef.h>
#include <hpdf_pages.h>

#include "cleanup.h"
#include "paths.h"
#include "pdf.h"
#include "pdf_int.h"
#include "utf8.h"
#include "xalloc.h"

/*
 * The italic is drawn by slanting the regular face: DejaVu Sans Oblique
 * is itself the regular design slanted, with the same advance widths,
 * and one font fewer to subset and embed saves a sixth of the time.
 */
#define SLANT		0.2		/* tan 11.3 degrees, as the Oblique */

static const char *const font_files[FONT__MAX] = {
	[FONT_REGULAR] = "DejaVuSans.ttf",
	[FONT_BOLD] = "DejaVuSans-Bold.ttf",
	[FONT_ITALIC] = NULL,		/* the regular, slanted */
};

/* The face that draws font f. */
static enum font
face_of(enum font f)
{
	return f == FONT_BOLD ? FONT_BOLD : FONT_REGULAR;
}

/*
 * The font files stay in HarfBuzz for measuring and subsetting for as
 * long as the pdfout lives.  Each pdf_write draws into a new libharu
 * document whose fonts are subsets holding only the glyphs the layout
 * draws: libharu 2.3.0 embeds most of a font whole (53 KB a face for
 * DejaVu), subsets cost a few KB.
 */
struct pdfout {
	struct pdf_face	*face[FONT__MAX];	/* whole fonts, NULL if unused */
	char		*path[FONT__MAX];	/* font files, for messages */
	struct metrics	 metrics;
	struct pdf_qrcache *qr;		/* QR codes measured and drawn */
	HPDF_Doc	 doc;		/* document being written, or NULL */
	HPDF_Font	 font[FONT__MAX];	/* its subset fonts, NULL if unused */
	HPDF_FontDef	 def[FONT__MAX];
	struct pdf_links *links;	/* its link actions */
	unsigned char	 every[0x10000];	/* per BMP code point: 1 if */
					/* every font has it, 2 if not, 0 */
					/* not asked yet */
};

/*
 * The first libharu failure in the document being written: by return
 * value, or through the error handler (which libharu calls before the
 * failing call returns).  One document is written at a time.
 */
static struct {
	HPDF_STATUS	 error;		/* 0: none */
	HPDF_STATUS	 detail;	/* errno or index, as libharu gives */
	const char	*call;		/* the call that failed, as written */
} first;

/* Code points each face draws: a bitmap over the BMP per face. */
struct cpset {
	unsigned char	 bit[FONT__MAX][0x10000 / 8];
	int		 used[FONT__MAX];	/* any text in this face */
};

/* libharu reports through this; the first error is what we report. */
static void
on_error(HPDF_STATUS error, HPDF_STATUS detail, void *arg)
{
	if (first.error == 0) {
		first.error = error;
		first.detail = detail;
	}
}

int
pdf_ck(HPDF_STATUS st, const char *call)
{
	if (st != HPDF_OK && first.error == 0)
		first.error = st;
	if (first.error == 0)
		return 0;
	if (first.call == NULL)
		first.call = call;
	return -1;
}

int
pdf_ck_zlib(int zrc, const char *call)
{
	if (first.error == 0) {
		first.error = HPDF_ZLIB_ERROR;
		first.detail = (HPDF_STATUS)zrc;
	}
	return pdf_ck(HPDF_ZLIB_ERROR, call);
}

void *
pdf_ckp(void *obj, const char *call)
{
	/* libharu's handler has the code; an injected fault has none. */
	if (obj == NULL && first.error == 0)
		first.error = HPDF_FAULT;
	if (first.error == 0)
		return obj;
	if (first.call == NULL)
		first.call = call;
	return NULL;
}

/* The first failure since the document was started, or 0. */
static HPDF_STATUS
pdf_failure(void)
{
	return first.error;
}

/*
 * Report the first libharu failure, for the output file path: a font
 * it cannot read is a damaged installation; anything else is a fault
 * to report.  Only the name of the call is shown, not its arguments.
 */
static void
report_failure(const char *path)
{
	struct srcpos	 pos = { path, 0, 0 };
	const char	*call = first.call != NULL ? first.call : "libharu";
	int		 len;

	len = (int)strcspn(call, "(");
	/*
	 * zlib allocates with plain malloc, not through libharu: its
	 * Z_MEM_ERROR (-4) comes back as a zlib error.
	 */
	if (first.error == HPDF_ZLIB_ERROR && (int)first.detail == -4)
		msg(MSG_SYS_NOMEM, NULL, NULL);
	else if (first.error == HPDF_FAULT)
		msg(MSG_SYS_PDF, &pos, "a test made %.*s fail", len, call);
	else if (first.error == HPDF_FILE_OPEN_ERROR ||
	    first.error == HPDF_TTF_INVALID_CMAP ||
	    first.error == HPDF_TTF_MISSING_TABLE ||
	    first.error == HPDF_INVALID_TTC_FILE)
		msg(MSG_SYS_FONT, &pos, "libharu error 0x%04X (detail %u) "
		    "in %.*s", (unsigned)first.error, (unsigned)first.detail,
		    len, call);
	else
		msg(MSG_SYS_PDF, &pos, "libharu error 0x%04X (detail %u) in "
		    "%.*s", (unsigned)first.error, (unsigned)first.detail,
		    len, call);
}

static double
text_width(void *arg, enum font f, double size, const char *s, size_t len)
{
	struct pdfout	*po = arg;
	size_t		 off = 0;
	unsigned int	 cp;
	long		 total = 0;
	int		 w;

	/* Summed per character: libharu 2.3.0 does not kern either. */
	while (off < len) {
		cp = utf8_decode(s, &off);
		if ((w = pdf_face_width(po->face[face_of(f)], cp)) > 0)
			total += w;
	}
	return total * size / 1000.0;
}

/* libharu 2.3.0 draws two-byte codes: the BMP only (see show_text()). */
static int
has_glyph(void *arg, enum font f, unsigned int cp)
{
	struct pdfout	*po = arg;

	return cp <= 0xffff && pdf_face_width(po->face[face_of(f)], cp) >= 0;
}

static int
has_glyph_all(void *arg, unsigned int cp)
{
	struct pdfout	*po = arg;
	int		 f, yes = 1;

	if (cp > 0xffff)
		return 0;
	if (po->every[cp] == 0) {
		for (f = 0; f < FONT__MAX; f++)
			yes = yes && has_glyph(po, f, cp);
		po->every[cp] = yes ? 1 : 2;
	}
	return po->every[cp] == 1;
}

static double
ascent(void *arg, enum font f, double size)
{
	struct pdfout	*po = arg;

	return size * pdf_face_ascent(po->face[face_of(f)]);
}

/*
 * The italic is the regular slanted by SLANT: a glyph of height h leans
 * SLANT * h past its advance, and accented capitals reach 1.25 em.
 */
static double
overhang(void *arg, enum font f, double size)
{
	return f == FONT_ITALIC ? SLANT * 1.25 * size : 0;
}

static int
qr_modules(void *arg, const char *uri)
{
	struct pdfout	*po = arg;

	return pdf_qr_modules(po->qr, uri);
}

/*
 * libharu allocates through these.  It does not survive a failed
 * allocation (SIGSEGV under a small ulimit -v), so running out of
 * memory ends the program here, with its message, as everywhere else.
 */
static void *
hpdf_alloc(HPDF_UINT size)
{
	return xmalloc(size);
}

static void
hpdf_free(void *p)
{
	free(p);
}

/* A new libharu document set up for UTF-8 text, or NULL. */
static HPDF_Doc
new_doc(struct pdfout *po)
{
	HPDF_Doc	doc;

	doc = HPP(HPDF_NewEx(on_error, hpdf_alloc, hpdf_free, 0, po));
	if (doc == NULL)
		return NULL;
	/* Only objects created after this are compressed. */
	if (HP(HPDF_SetCompressionMode(doc, HPDF_COMP_ALL)) == -1 ||
	    HP(HPDF_UseUTFEncodings(doc)) == -1 ||
	    HP(HPDF_SetCurrentEncoder(doc, "UTF-8")) == -1) {
		HPDF_Free(doc);
		return NULL;
	}
	return doc;
}

/*
 * Load the TrueType font file into doc as a UTF-8 font, with a correct
 * ToUnicode map for the blocks in hi.  Returns 0, or -1 on a libharu
 * failure.
 */
static int
load_font(HPDF_Doc doc, const char *file, const unsigned char *hi,
    HPDF_Font *font, HPDF_FontDef *def)
{
	const char	*fname;

	if ((fname = HPP(HPDF_LoadTTFontFromFile(doc, file, HPDF_TRUE))) ==
	    NULL ||
	    (*font = HPP(HPDF_GetFont(doc, fname, "UTF-8"))) == NULL ||
	    (*def = HPP(HPDF_Doc_FindFontDef(doc, fname))) == NULL)
		return -1;
	return pdf_fix_tounicode(doc, *font, hi);
}

struct pdfout *
pdf_alloc(const char *fontdir)
{
	struct pdfout	*po;
	int		 f;

	po = xcalloc(1, sizeof(*po));
	po->qr = pdf_qrcache_alloc();
	/*
	 * Text is measured with HarfBuzz from the font files: libharu
	 * would build a 64K-entry map for each whole font first, which was
	 * half the time of a checklist.
	 */
	for (f = 0; f < FONT__MAX; f++) {
		if (font_files[f] == NULL)
			continue;
		po->path[f] = xasprintf("%s/%s", fontdir, font_files[f]);
		if (access(po->path[f], R_OK) == -1) {
			struct srcpos pos = { po->path[f], 0, 0 };

			msg(MSG_SYS_FONT, &pos, "%s", strerror(errno));
			goto fail;
		}
		if ((po->face[f] = pdf_face_alloc(po->path[f])) == NULL)
			goto fail;
	}
	po->metrics.width = text_width;
	po->metrics.has_glyph = has_glyph;
	po->metrics.has_glyph_all = has_glyph_all;
	po->metrics.ascent = ascent;
	po->metrics.overhang = overhang;
	po->metrics.qr_modules = qr_modules;
	po->metrics.arg = po;
	return po;
fail:
	pdf_free(po);
	return NULL;
}

void
pdf_free(struct pdfout *po)
{
	int	f;

	if (po == NULL)
		return;
	HPDF_Free(po->doc);
	for (f = 0; f < FONT__MAX; f++) {
		pdf_face_free(po->face[f]);
		free(po->path[f]);
	}
	pdf_qrcache_free(po->qr);
	free(po);
}

const struct metrics *
pdf_metrics(struct pdfout *po)
{
	return &po->metrics;
}

/*
 * What a page's graphics state holds, so that settings a layout repeats
 * for every line are written once: smaller content streams.
 */
struct pen {
	struct rgb	 fill;		/* r is -1 for unknown */
	struct rgb	 stroke;
	double		 width;		/* line width, or -1 */
	HPDF_Font	 font;		/* NULL for none yet */
	double		 size;
};

static void
pen_reset(struct pen *pen)
{
	pen->fill.r = pen->stroke.r = -1;
	pen->width = -1;
	pen->font = NULL;
	pen->size = 0;
}

static int
same_rgb(const struct rgb *a, const struct rgb *b)
{
	return a->r == b->r && a->g == b->g && a->b == b->b;
}

/* The setters return 0, or -1 on a libharu failure. */
static int
set_fill(HPDF_Page page, struct pen *pen, const struct rgb *rgb)
{
	if (same_rgb(&pen->fill, rgb))
		return 0;
	pen->fill = *rgb;
	return HP(HPDF_Page_SetRGBFill(page, rgb->r, rgb->g, rgb->b));
}

static int
set_stroke(HPDF_Page page, struct pen *pen, const struct rgb *rgb,
    double width)
{
	if (!same_rgb(&pen->stroke, rgb)) {
		pen->stroke = *rgb;
		if (HP(HPDF_Page_SetRGBStroke(page, rgb->r, rgb->g,
		    rgb->b)) == -1)
			return -1;
	}
	if (pen->width != width) {
		pen->width = width;
		if (HP(HPDF_Page_SetLineWidth(page, width)) == -1)
			return -1;
	}
	return 0;
}

static int
set_font(HPDF_Page page, struct pen *pen, HPDF_Font font, double size)
{
	if (pen->font == font && pen->size == size)
		return 0;
	pen->font = font;
	pen->size = size;
	return HP(HPDF_Page_SetFontAndSize(page, font, size));
}

/*
 * Show text as a literal string of 2-byte codes.  libharu writes every
 * code as four hex digits; raw bytes are half the size, before and
 * after compression, and compressing them was a fifth of our time.
 * The codes are the Unicode code points (Identity-H over libharu's
 * UTF-8 encoder), big-endian; the text is checked UTF-8 in the BMP.
 */
static int
show_text(HPDF_Page page, const char *text)
{
	HPDF_PageAttr	 attr = (HPDF_PageAttr)page->attr;
	unsigned char	*buf, *d;
	unsigned int	 cp;
	size_t		 off = 0;
	int		 k, rc;

	buf = d = xmalloc(strlen(text) * 4 + 8);
	*d++ = '(';
	while (text[off] != '\0') {
		cp = utf8_decode(text, &off);
		for (k = 0; k < 2; k++) {
			unsigned char	b = k == 0 ? (cp >> 8) & 0xff : cp & 0xff;

			/*
			 * Parentheses and backslash would end or escape the
			 * string; a bare CR would be read as LF (as in U+010D,
			 * č).  Every other byte may stand as it is.
			 */
			if (b == '\r') {
				*d++ = '\\';
				*d++ = 'r';
				continue;
			}
			if (b == '(' || b == ')' || b == '\\')
				*d++ = '\\';
			*d++ = b;
		}
	}
	memcpy(d, ") Tj\012", 5);
	d += 5;
	rc = HP(HPDF_Stream_Write(attr->stream, buf, (HPDF_UINT)(d - buf)));
	free(buf);
	return rc;
}

/* Draw one op; 0, or -1 on a failure (kept, or after a message). */
static int
draw_op(struct pdfout *po, HPDF_Page page, struct pen *pen,
    const struct op *o, double ph)
{
	HPDF_Rect	 rect;

	switch (o->type) {
	case OP_TEXT:
		/* No code points, so no font was loaded for it. */
		if (o->text[0] == '\0')
			return 0;
		if (set_fill(page, pen, &o->rgb) == -1 ||
		    HP(HPDF_Page_BeginText(page)) == -1 ||
		    set_font(page, pen, po->font[face_of(o->font)],
		    o->size) == -1)
			return -1;
		if (o->font == FONT_ITALIC) {
			if (HP(HPDF_Page_SetTextMatrix(page, 1, 0, SLANT, 1,
			    o->x, ph - o->y)) == -1)
				return -1;
		} else if (HP(HPDF_Page_MoveTextPos(page, o->x,
		    ph - o->y)) == -1)
			return -1;
		if (show_text(page, o->text) == -1)
			return -1;
		return HP(HPDF_Page_EndText(page));
	case OP_FILL:
		if (set_fill(page, pen, &o->rgb) == -1 ||
		    HP(HPDF_Page_Rectangle(page, o->x, ph - o->y - o->h,
		    o->w, o->h)) == -1)
			return -1;
		return HP(HPDF_Page_Fill(page));
	case OP_STROKE:
		if (set_stroke(page, pen, &o->rgb, o->size) == -1 ||
		    HP(HPDF_Page_Rectangle(page, o->x, ph - o->y - o->h,
		    o->w, o->h)) == -1)
			return -1;
		return HP(HPDF_Page_Stroke(page));
	case OP_RULE:
		if (set_stroke(page, pen, &o->rgb, o->size) == -1 ||
		    HP(HPDF_Page_MoveTo(page, o->x, ph - o->y)) == -1 ||
		    HP(HPDF_Page_LineTo(page, o->x + o->w,
		    ph - o->y - o->h)) == -1)
			return -1;
		return HP(HPDF_Page_Stroke(page));
	case OP_QR:
		/* It saves and restores the graphics state: pen stays true. */
		return pdf_qr_draw(page, po->qr, o->x, ph - o->y - o->w, o->w,
		    o->text);
	case OP_LINK:
		rect.left = o->x;
		rect.right = o->x + o->w;
		rect.top = ph - o->y;
		rect.bottom = ph - o->y - o->h;
		return pdf_link_add(po->links, page, rect, o->text);
	}
	return 0;
}

/* 0, or -1 on a libharu failure. */
static int
set_info(struct pdfout *po, const struct pdfinfo *info)
{
	HPDF_Date	 d;
	struct tm	 tm;
	time_t		 t;

	if (HP(HPDF_SetInfoAttr(po->doc, HPDF_INFO_TITLE, info->title)) ==
	    -1 ||
	    HP(HPDF_SetInfoAttr(po->doc, HPDF_INFO_SUBJECT,
	    info->subject)) == -1 ||
	    HP(HPDF_SetInfoAttr(po->doc, HPDF_INFO_KEYWORDS,
	    info->keywords)) == -1 ||
	    HP(HPDF_SetInfoAttr(po->doc, HPDF_INFO_CREATOR,
	    "rightsheet")) == -1 ||
	    HP(HPDF_SetInfoAttr(po->doc, HPDF_INFO_PRODUCER,
	    "rightsheet with libharu")) == -1)
		return -1;
	/* The session keeps the epoch within years 1970-9999. */
	if (info->epoch < 0)
		return 0;
	t = (time_t)info->epoch;
	if (gmtime_r(&t, &tm) == NULL)
		return 0;
	memset(&d, 0, sizeof(d));
	d.year = tm.tm_year + 1900;
	d.month = tm.tm_mon + 1;
	d.day = tm.tm_mday;
	d.hour = tm.tm_hour;
	d.minutes = tm.tm_min;
	d.seconds = tm.tm_sec;
	d.ind = 'Z';
	return HP(HPDF_SetInfoDateAttr(po->doc, HPDF_INFO_CREATION_DATE, d));
}

/* A page's size: its own (a pack mixes A4 and Letter), else the layout's. */
static double
page_width(const struct layout *l, size_t i)
{
	return l->pages[i].width > 0 ? l->pages[i].width : l->width;
}

static double
page_height(const struct layout *l, size_t i)
{
	return l->pages[i].height > 0 ? l->pages[i].height : l->height;
}

/* Draw every page; 0, or -1 on a failure (kept, or after a message). */
static int
draw(struct pdfout *po, const struct layout *l)
{
	HPDF_Page	*pages;
	HPDF_Outline	 root = NULL, o;
	HPDF_Destination dst;
	HPDF_Encoder	 enc;
	struct pen	 pen;
	size_t		 i, j;
	int		 rc = -1;

	pages = xcalloc(l->npages ? l->npages : 1, sizeof(*pages));
	for (i = 0; i < l->npages; i++) {
		if ((pages[i] = HPP(HPDF_AddPage(po->doc))) == NULL ||
		    HP(HPDF_Page_SetWidth(pages[i], page_width(l, i))) ==
		    -1 || HP(HPDF_Page_SetHeight(pages[i],
		    page_height(l, i))) == -1)
			goto out;
		pen_reset(&pen);
		for (j = 0; j < l->pages[i].nops; j++)
			if (draw_op(po, pages[i], &pen, &l->pages[i].ops[j],
			    page_height(l, i)) == -1)
				goto out;
		if (pdf_deflate_page(pages[i]) == -1)
			goto out;
	}
	if (l->nmarks > 0) {
		if ((enc = HPP(HPDF_GetEncoder(po->doc, "UTF-8"))) == NULL ||
		    (root = HPP(HPDF_CreateOutline(po->doc, NULL,
		    "Checklist", enc))) == NULL ||
		    HP(HPDF_Outline_SetOpened(root, HPDF_TRUE)) == -1)
			goto out;
		for (i = 0; i < l->nmarks; i++) {
			if ((o = HPP(HPDF_CreateOutline(po->doc, root,
			    l->marks[i].title, enc))) == NULL ||
			    (dst = HPP(HPDF_Page_CreateDestination(
			    pages[l->marks[i].page]))) == NULL ||
			    /* Zoom must be within 0.08-32, else the document dies. */
			    HP(HPDF_Destination_SetXYZ(dst, 0,
			    page_height(l, l->marks[i].page) -
			    l->marks[i].y, 1)) == -1 ||
			    HP(HPDF_Outline_SetDestination(o, dst)) == -1)
				goto out;
		}
		if (HP(HPDF_SetPageMode(po->doc,
		    HPDF_PAGE_MODE_USE_OUTLINE)) == -1)
			goto out;
	}
	rc = 0;
out:
	free(pages);
	return rc;
}

/* Write all of buf to fd; 0 or -1 with errno set. */
int
pdf_write_all(int fd, const void *p, size_t len)
{
	if (fault_point(FAULT_SITE)) {
		errno = EIO;
		return -1;
	}
	return paths_write_all(fd, p, len);
}

/*
 * Copy libharu's finished document into fd.  Returns 0, an errno
 * value, or -1 on a libharu failure.
 */
static int
copy_out(struct pdfout *po, int fd)
{
	unsigned char	 buf[65536];
	HPDF_UINT32	 n;
	HPDF_STATUS	 rc;

	if (HP(HPDF_ResetStream(po->doc)) == -1)
		return -1;
	for (;;) {
		n = sizeof(buf);
		rc = fault_point(FAULT_SITE) ? HPDF_FAULT :
		    HPDF_ReadFromStream(po->doc, buf, &n);
		/* The end of the stream is an "error" that ends the loop. */
		if (rc != HPDF_OK && rc != HPDF_STREAM_EOF) {
			(void)pdf_ck(rc, "HPDF_ReadFromStream");
			return -1;
		}
		if (n > 0 && pdf_write_all(fd, buf, n) == -1)
			return errno;
		if (rc == HPDF_STREAM_EOF)
			return 0;
	}
}

/* Report err from copy_out (or a system call) for path; -1. */
static int
write_failed(const char *path, int err)
{
	struct srcpos	pos = { path, 0, 0 };

	if (err == -1)
		report_failure(path);
	else
		msg(MSG_SYS_WRITE, &pos, "%s", strerror(err));
	return -1;
}

/*
 * A device or pipe (/dev/stdout, /dev/full) cannot be replaced, only
 * written to.  Opened without O_TRUNC, and checked once open: if a
 * regular file was swapped in since we looked, it is left untouched.
 */
static int
save_device(struct pdfout *po, const char *path)
{
	struct stat	st;
	int		fd, err;

	if ((fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)) == -1)
		return write_failed(path, errno);
	if (fstat(fd, &st) == -1 || S_ISREG(st.st_mode) ||
	    S_ISDIR(st.st_mode)) {
		close(fd);
		return write_failed(path, EAGAIN);
	}
	err = copy_out(po, fd);
	if (close(fd) == -1 && err == 0)
		err = errno;
	return err != 0 ? write_failed(path, err) : 0;
}

/*
 * Refuse to replace a file that is not a PDF (a roster given as the
 * output by mistake).  An empty file is fine.  0, or -1 after a message.
 */
static int
check_replaceable(const char *path)
{
	char		 head[5];
	ssize_t		 n;
	int		 fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK |
	    O_NOCTTY)) == -1)
		return 0;	/* gone, or unreadable: rename decides */
	n = read(fd, head, sizeof(head));
	close(fd);
	if (n <= 0 || (n == sizeof(head) &&
	    memcmp(head, "%PDF-", sizeof(head)) == 0))
		return 0;
	msg_usage(MSG_USAGE_NOT_PDF, "%s", path);
	return -1;
}

/*
 * Write into a file with no name in the target's folder (O_TMPFILE):
 * if the program is killed, the kernel frees it and nothing is left.
 * Only once it is complete and synced does it get a name, which is at
 * once renamed over the target.  Returns the open file, or -1 if the
 * file system cannot do this.
 */
static int
open_unnamed(const char *dir, mode_t mode)
{
	return open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, mode & 0600);
}

/* Give the unnamed file fd the name tmp; 0 or -1. */
static int
name_unnamed(int fd, const char *tmp)
{
	char	proc[64];

	snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
	if (linkat(AT_FDCWD, proc, AT_FDCWD, tmp, AT_SYMLINK_FOLLOW) == 0)
		return 0;
	/* Without /proc: allowed to root. */
	return linkat(fd, "", AT_FDCWD, tmp, AT_EMPTY_PATH);
}

/* Fill fd with the document, synced, with the given mode: 0, errno, or -1. */
static int
fill(struct pdfout *po, int fd, mode_t mode)
{
	int	err;

	if ((err = copy_out(po, fd)) == 0 && fault_point(FAULT_SITE))
		err = EIO;
	if (err == 0 && fsync(fd) == -1 && errno != EINVAL)
		err = errno;
	if (err == 0 && fchmod(fd, mode) == -1)
		err = errno;
	return err;
}

/*
 * Write the document to a new file in dir, ready to be renamed over the
 * target.  First choice, a file with no name until it is complete (see
 * open_unnamed); where the file system or a missing /proc does not
 * allow that, a named temporary file that the cleanup handlers remove
 * on exit and on signals, though not on SIGKILL.  Returns 0 with the
 * name in *tmp (to free) and its cleanup slot in *slot, else an errno
 * value or -1 (a libharu failure, kept).  If path is given (no file is
 * there yet), the unnamed file is given that name directly and *tmp is
 * left NULL: nothing to rename.
 */
static int
write_temp(struct pdfout *po, const char *dir, const char *path,
    mode_t mode, char **tmp, int *slot)
{
	static unsigned	 seq;
	int		 fd, err, named;

	if ((fd = open_unnamed(dir, mode)) != -1) {
		if ((err = fill(po, fd, mode)) == 0 && path != NULL &&
		    name_unnamed(fd, path) == 0) {
			/* A new file is named in one step: no window at all. */
			if (close(fd) == -1) {
				err = errno;
				unlink(path);
			}
			return err;
		}
		if (err == 0) {
			*tmp = xasprintf("%s/.rightsheet-%ld-%u.pdf", dir,
			    (long)getpid(), seq++);
			*slot = cleanup_remember(*tmp);
			named = name_unnamed(fd, *tmp);
			/* A name left by a killed run with the same pid. */
			if (named == -1 && errno == EEXIST && unlink(*tmp) == 0)
				named = name_unnamed(fd, *tmp);
			if (named == 0) {
				if (close(fd) == -1) {
					err = errno;
					unlink(*tmp);
				}
				goto done;
			}
			cleanup_forget(*slot);
			free(*tmp);
			*tmp = NULL;
		}
		close(fd);
		if (err != 0)
			return err;
	}
	*tmp = xasprintf("%s/.rightsheet-XXXXXX", dir);
	*slot = cleanup_remember(*tmp);
	if ((fd = mkstemp(*tmp)) == -1)
		err = errno;
	else {
		err = fill(po, fd, mode);
		if (close(fd) == -1 && err == 0)
			err = errno;
		if (err != 0)
			unlink(*tmp);
	}
done:
	if (err != 0) {
		cleanup_forget(*slot);
		free(*tmp);
		*tmp = NULL;
	}
	return err;
}

/*
 * A SIGKILL between naming a replacement and renaming it leaves
 * .rightsheet-PID-N.pdf behind.  Remove those in dir whose process is
 * gone, so the next save into the folder takes the copy away.
 */
static void
remove_stale(const char *dir)
{
	struct dirent	*e;
	DIR		*d;
	char		*path, *end;
	long		 pid;

	if ((d = opendir(dir)) == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		if (strncmp(e->d_name, ".rightsheet-", 12) != 0)
			continue;
		pid = strtol(e->d_name + 12, &end, 10);
		if (pid <= 0 || *end != '-')
			continue;
		(void)strtoul(end + 1, &end, 10);
		if (strcmp(end, ".pdf") != 0 ||
		    kill((pid_t)pid, 0) == 0 || errno != ESRCH)
			continue;
		path = xasprintf("%s/%s", dir, e->d_name);
		unlink(path);
		free(path);
	}
	closedir(d);
}

/*
 * Replace the regular file (or free name) path with the document, as
 * one step: a failure or a kill at any moment leaves the old file as it
 * was.  The new file keeps the old one's permissions (a checklist made
 * private stays private); a new one gets the usual 0666 less umask.
 */
static int
save_file(struct pdfout *po, const char *path, const struct stat *old)
{
	struct srcpos	 pos = { path, 0, 0 };
	mode_t		 mode, mask;
	const char	*slash;
	char		*dir, *tmp = NULL;
	int		 err, slot = -1;

	if (old != NULL)
		mode = old->st_mode & 07777;
	else {
		mask = umask(0);
		umask(mask);
		mode = 0666 & ~mask;
	}
	slash = strrchr(path, '/');
	dir = slash == NULL ? xstrdup(".") : slash == path ? xstrdup("/") :
	    xstrndup(path, (size_t)(slash - path));
	remove_stale(dir);
	/*
	 * Replacing a file needs a name for the new one until the rename:
	 * a window of microseconds in which a SIGKILL leaves it behind.
	 */
	if ((err = write_temp(po, dir, old == NULL ? path : NULL, mode, &tmp,
	    &slot)) == 0 && tmp != NULL) {
		if (fault_point(FAULT_SITE))
			err = EIO;
		else if (rename(tmp, path) == -1)
			err = errno;
		if (err != 0)
			unlink(tmp);
		cleanup_forget(slot);
	}
	free(tmp);
	free(dir);
	if (err == -1) {
		report_failure(path);
		return -1;
	}
	if (err != 0) {
		msg(MSG_SYS_WRITE, &pos, "%s", strerror(err));
		return -1;
	}
	return 0;
}

int
pdf_check_target(const char *path)
{
	struct srcpos	 pos = { path, 0, 0 };
	struct stat	 st;

	if (stat(path, &st) == -1)
		return 0;
	if (S_ISDIR(st.st_mode)) {
		msg(MSG_USAGE_OUTDIR, &pos, NULL);
		return -1;
	}
	return S_ISREG(st.st_mode) ? check_replaceable(path) : 0;
}

/* Save the finished document to path; 0, or -1 after a message. */
static int
save(struct pdfout *po, const char *path)
{
	struct srcpos	 pos = { path, 0, 0 };
	struct stat	 lst, st;

	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		msg(MSG_USAGE_OUTDIR, &pos, NULL);
		return -1;
	}
	if (HP(HPDF_SaveToStream(po->doc)) == -1) {
		report_failure(path);
		return -1;
	}
	if (lstat(path, &lst) == -1) {
		if (errno != ENOENT)
			return write_failed(path, errno);
		return save_file(po, path, NULL);
	}
	if (S_ISREG(lst.st_mode)) {
		if (check_replaceable(path) == -1)
			return -1;
		return save_file(po, path, &lst);
	}
	if (!S_ISLNK(lst.st_mode))
		return save_device(po, path);
	/*
	 * A link to a device (/dev/stdout) is written through; a link to
	 * anything else is replaced by the new file, never written
	 * through, and never if what it points at is not a PDF.
	 */
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
		return save_device(po, path);
	if (check_replaceable(path) == -1)
		return -1;
	return save_file(po, path, NULL);
}

/* Note the code points of every text operation under its face. */
static void
collect(struct cpset *cs, const struct layout *l)
{
	const struct op	*o;
	size_t		 i, j, off;
	unsigned int	 cp;

	for (i = 0; i < l->npages; i++) {
		for (j = 0; j < l->pages[i].nops; j++) {
			o = &l->pages[i].ops[j];
			if (o->type != OP_TEXT || o->text[0] == '\0')
				continue;
			cs->used[face_of(o->font)] = 1;
			for (off = 0; o->text[off] != '\0'; ) {
				cp = utf8_decode(o->text, &off);
				/* libharu draws the BMP only; layout checked. */
				if (cp <= 0xffff)
					cs->bit[face_of(o->font)][cp >> 3] |=
					    1U << (cp & 7);
			}
		}
	}
}

/*
 * libharu writes a CIDToGIDMap for every code point of the BMP, 128 KB
 * per font before compression, though a checklist uses a few hundred
 * code points below U+2200.  Keep the map up to the highest one used:
 * no code beyond it is ever drawn.
 */
static int
shorten_gid_map(struct pdfout *po, int f, unsigned int max)
{
	HPDF_FontAttr	 attr = (HPDF_FontAttr)po->font[f]->attr;
	HPDF_Stream	 st;
	HPDF_BYTE	*map;
	unsigned int	 cp;
	HPDF_UINT16	 gid;
	int		 rc;

	if (attr->map_stream == NULL)
		return 0;
	st = attr->map_stream->stream;
	/* Frees the buffers only: cannot fail. */
	HPDF_MemStream_FreeData(st);
	map = xmalloc(2 * ((size_t)max + 1));
	for (cp = 0; cp <= max; cp++) {
		gid = HPDF_TTFontDef_GetGlyphid(po->def[f], (HPDF_UINT16)cp);
		map[2 * cp] = (HPDF_BYTE)(gid >> 8);
		map[2 * cp + 1] = (HPDF_BYTE)gid;
	}
	rc = HP(HPDF_Stream_Write(st, map, 2 * (max + 1)));
	free(map);
	return rc;
}

/*
 * Load a subset of face f holding the code points in cs into po->doc.
 * libharu keeps the file open and reads the glyphs from it only when
 * saving; closing our side now is safe (its own open file outlives
 * ours, and the name) and leaves nothing behind whatever happens later.
 * Returns 0, or -1 after a message or on a libharu failure.
 */
static int
load_subset(struct pdfout *po, const struct cpset *cs, int f)
{
	struct pdf_subset ss;
	unsigned char	 hi[32];
	unsigned int	*cps, cps_max;
	size_t		 n;
	unsigned int	 cp;
	int		 rc;

	memset(hi, 0, sizeof(hi));
	cps = xreallocarray(NULL, 0x10000, sizeof(*cps));
	for (n = 0, cp = 0; cp <= 0xffff; cp++)
		if (cs->bit[f][cp >> 3] & (1U << (cp & 7))) {
			cps[n++] = cp;
			hi[cp >> 11] |= 1U << ((cp >> 8) & 7);
		}
	cps_max = n > 0 ? cps[n - 1] : 0;
	rc = pdf_face_subset(po->face[f], cps, n, &ss);
	free(cps);
	if (rc == -1)
		return -2;
	rc = load_font(po->doc, ss.name, hi, &po->font[f], &po->def[f]);
	pdf_subset_close(&ss);
	if (rc == 0 && n > 0)
		rc = shorten_gid_map(po, f, cps_max);
	return rc;
}

/*
 * Embed every glyph of the subset fonts.  libharu 2.3.0 embeds only
 * the glyphs it saw drawn and one level of their components, so nested
 * composites (Vietnamese ẤẦẨẪẬ, ǕǗǙ, Ḉ in DejaVu) lose their marks.  A
 * subset holds only what is drawn plus its components, so all of it.
 */
static void
use_all_glyphs(HPDF_FontDef def)
{
	HPDF_TTFontDefAttr	attr = (HPDF_TTFontDefAttr)def->attr;

	memset(attr->glyph_tbl.flgs, 1, attr->num_glyphs);
}

int
pdf_write(struct pdfout *po, const struct layout *l,
    const struct pdfinfo *info, const char *path)
{
	struct cpset	*cs = NULL;
	int		 f, rc = -1;

	memset(&first, 0, sizeof(first));
	if ((po->doc = new_doc(po)) == NULL)
		goto out;
	po->links = pdf_links_alloc(po->doc);
	cs = xcalloc(1, sizeof(*cs));
	collect(cs, l);
	for (f = 0; f < FONT__MAX; f++) {
		po->font[f] = NULL;
		po->def[f] = NULL;
		/* -2: pdf_face_subset has said why. */
		if (cs->used[f] && (rc = load_subset(po, cs, f)) < 0)
			goto out;
	}
	rc = -1;
	if (set_info(po, info) == -1 || draw(po, l) == -1)
		goto out;
	for (f = 0; f < FONT__MAX; f++)
		if (po->def[f] != NULL)
			use_all_glyphs(po->def[f]);
	/* save() reports its own failures, libharu's among them. */
	rc = save(po, path) == 0 ? 0 : -2;
out:
	/*
	 * -1 with a libharu failure kept is reported here; other failures
	 * said why where they happened.
	 */
	if (rc == -1 && pdf_failure() != 0)
		report_failure(path);
	free(cs);
	pdf_links_free(po->links);
	po->links = NULL;
	HPDF_Free(po->doc);
	po->doc = NULL;
	return rc == 0 ? 0 : -1;
}
