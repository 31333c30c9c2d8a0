/* SPDX-License-Identifier: ISC */
/*
 * The PDF device: measures text for the layout (through HarfBuzz, in
 * pdf_subset.c), draws the finished pages with libharu, with fonts
 * subset to what is drawn, and writes the file safely.
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
#include <hpdf_font.h>
#include <hpdf_streams.h>
#include <hpdf_doc.h>
#include <hpdf_fontdef.h>
#include <hpdf_pages.h>

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
	HPDF_STATUS	 error;		/* first libharu error */
	HPDF_STATUS	 detail;
	const char	*doing;		/* for the message */
};

/* Code points each face draws: a bitmap over the BMP per face. */
struct cpset {
	unsigned char	 bit[FONT__MAX][0x10000 / 8];
	int		 used[FONT__MAX];	/* any text in this face */
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

/* A new libharu document set up for UTF-8 text, or NULL. */
static HPDF_Doc
new_doc(struct pdfout *po)
{
	HPDF_Doc	doc;

	if ((doc = HPDF_New(on_error, po)) == NULL)
		return NULL;
	/* Only objects created after this are compressed. */
	HPDF_SetCompressionMode(doc, HPDF_COMP_ALL);
	HPDF_UseUTFEncodings(doc);
	HPDF_SetCurrentEncoder(doc, "UTF-8");
	return doc;
}

/*
 * Load the TrueType font file into doc as a UTF-8 font, with a correct
 * ToUnicode map for the blocks in hi.  name is the font's own file, for
 * messages.  Returns 0, or -1 after a message.
 */
static int
load_font(struct pdfout *po, HPDF_Doc doc, const char *file,
    const char *name, const unsigned char *hi, HPDF_Font *font,
    HPDF_FontDef *def)
{
	const char	*fname;

	po->doing = "loading the font";
	fname = HPDF_LoadTTFontFromFile(doc, file, HPDF_TRUE);
	if (fname == NULL || failed(po, name))
		return -1;
	*font = HPDF_GetFont(doc, fname, "UTF-8");
	*def = HPDF_Doc_FindFontDef(doc, fname);
	if (*font == NULL || *def == NULL || failed(po, name))
		return -1;
	po->doing = "replacing the ToUnicode map";
	if (pdf_fix_tounicode(doc, *font, hi) == -1 || failed(po, name))
		return -1;
	return 0;
}

struct pdfout *
pdf_alloc(const char *fontdir)
{
	struct pdfout	*po;
	int		 f;

	po = xcalloc(1, sizeof(*po));
	po->qr = pdf_qrcache_alloc();
	po->doing = "starting the document";
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

static void
set_fill(HPDF_Page page, struct pen *pen, const struct rgb *rgb)
{
	if (same_rgb(&pen->fill, rgb))
		return;
	HPDF_Page_SetRGBFill(page, rgb->r, rgb->g, rgb->b);
	pen->fill = *rgb;
}

static void
set_stroke(HPDF_Page page, struct pen *pen, const struct rgb *rgb,
    double width)
{
	if (!same_rgb(&pen->stroke, rgb)) {
		HPDF_Page_SetRGBStroke(page, rgb->r, rgb->g, rgb->b);
		pen->stroke = *rgb;
	}
	if (pen->width != width) {
		HPDF_Page_SetLineWidth(page, width);
		pen->width = width;
	}
}

static void
set_font(HPDF_Page page, struct pen *pen, HPDF_Font font, double size)
{
	if (pen->font == font && pen->size == size)
		return;
	HPDF_Page_SetFontAndSize(page, font, size);
	pen->font = font;
	pen->size = size;
}

/*
 * Show text as a literal string of 2-byte codes.  libharu writes every
 * code as four hex digits; raw bytes are half the size, before and
 * after compression, and compressing them was a fifth of our time.
 * The codes are the Unicode code points (Identity-H over libharu's
 * UTF-8 encoder), big-endian; the text is checked UTF-8 in the BMP.
 */
static void
show_text(HPDF_Page page, const char *text)
{
	HPDF_PageAttr	 attr = (HPDF_PageAttr)page->attr;
	unsigned char	*buf, *d;
	unsigned int	 cp;
	size_t		 off = 0;
	int		 k;

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
	HPDF_Stream_Write(attr->stream, buf, (HPDF_UINT)(d - buf));
	free(buf);
}

/* Draw one op; 0, or -1 after a message. */
static int
draw_op(struct pdfout *po, HPDF_Page page, struct pen *pen,
    const struct op *o, double ph)
{
	HPDF_Rect	 rect;

	switch (o->type) {
	case OP_TEXT:
		/* No code points, so no font was loaded for it. */
		if (o->text[0] == '\0')
			break;
		set_fill(page, pen, &o->rgb);
		HPDF_Page_BeginText(page);
		set_font(page, pen, po->font[face_of(o->font)], o->size);
		if (o->font == FONT_ITALIC)
			HPDF_Page_SetTextMatrix(page, 1, 0, SLANT, 1, o->x,
			    ph - o->y);
		else
			HPDF_Page_MoveTextPos(page, o->x, ph - o->y);
		show_text(page, o->text);
		HPDF_Page_EndText(page);
		break;
	case OP_FILL:
		set_fill(page, pen, &o->rgb);
		HPDF_Page_Rectangle(page, o->x, ph - o->y - o->h, o->w, o->h);
		HPDF_Page_Fill(page);
		break;
	case OP_STROKE:
		set_stroke(page, pen, &o->rgb, o->size);
		HPDF_Page_Rectangle(page, o->x, ph - o->y - o->h, o->w, o->h);
		HPDF_Page_Stroke(page);
		break;
	case OP_RULE:
		set_stroke(page, pen, &o->rgb, o->size);
		HPDF_Page_MoveTo(page, o->x, ph - o->y);
		HPDF_Page_LineTo(page, o->x + o->w, ph - o->y - o->h);
		HPDF_Page_Stroke(page);
		break;
	case OP_QR:
		/* It saves and restores the graphics state: pen stays true. */
		if (pdf_qr_draw(page, po->qr, o->x, ph - o->y - o->w, o->w,
		    o->text) == -1)
			return -1;
		break;
	case OP_LINK:
		rect.left = o->x;
		rect.right = o->x + o->w;
		rect.top = ph - o->y;
		rect.bottom = ph - o->y - o->h;
		if (pdf_link_add(po->links, page, rect, o->text) == -1)
			return -1;
		break;
	}
	return 0;
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

/* Draw every page; 0, or -1 after a message (libharu's come later). */
static int
draw(struct pdfout *po, const struct layout *l)
{
	HPDF_Page	*pages;
	HPDF_Outline	 root, o;
	HPDF_Destination dst;
	HPDF_Encoder	 enc;
	struct pen	 pen;
	size_t		 i, j;
	int		 rc = 0;

	po->doing = "drawing the pages";
	pages = xcalloc(l->npages ? l->npages : 1, sizeof(*pages));
	for (i = 0; i < l->npages && po->error == 0; i++) {
		pages[i] = HPDF_AddPage(po->doc);
		HPDF_Page_SetWidth(pages[i], l->width);
		HPDF_Page_SetHeight(pages[i], l->height);
		pen_reset(&pen);
		for (j = 0; j < l->pages[i].nops && po->error == 0; j++)
			if (draw_op(po, pages[i], &pen, &l->pages[i].ops[j],
			    l->height) == -1) {
				rc = -1;
				goto out;
			}
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
out:
	free(pages);
	return rc;
}

/* Write all of buf to fd; 0 or -1 with errno set. */
int
pdf_write_all(int fd, const void *p, size_t len)
{
	const char	*buf = p;
	ssize_t		 n;

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
		if (n > 0 && pdf_write_all(fd, buf, n) == -1)
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
	HPDF_MemStream_FreeData(st);
	map = xmalloc(2 * ((size_t)max + 1));
	for (cp = 0; cp <= max; cp++) {
		gid = HPDF_TTFontDef_GetGlyphid(po->def[f], (HPDF_UINT16)cp);
		map[2 * cp] = (HPDF_BYTE)(gid >> 8);
		map[2 * cp + 1] = (HPDF_BYTE)gid;
	}
	rc = HPDF_Stream_Write(st, map, 2 * (max + 1)) == HPDF_OK ? 0 : -1;
	free(map);
	return rc;
}

/*
 * Load a subset of face f holding the code points in cs into po->doc.
 * libharu keeps the file open and reads the glyphs from it only when
 * saving; unlinking it now is safe (the open file outlives its name)
 * and leaves nothing behind whatever happens later.
 */
static int
load_subset(struct pdfout *po, const struct cpset *cs, int f)
{
	unsigned char	 hi[32];
	unsigned int	*cps, cps_max;
	char		*tmp;
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
	tmp = pdf_face_subset(po->face[f], cps, n);
	free(cps);
	if (tmp == NULL)
		return -1;
	rc = load_font(po, po->doc, tmp, po->path[f], hi, &po->font[f],
	    &po->def[f]);
	unlink(tmp);
	free(tmp);
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
	struct cpset	*cs;
	int		 f, rc = -1;

	po->error = 0;
	po->doing = "starting the document";
	if ((po->doc = new_doc(po)) == NULL) {
		msg(MSG_SYS_NOMEM, NULL, NULL);
		return -1;
	}
	po->links = pdf_links_alloc(po->doc);
	cs = xcalloc(1, sizeof(*cs));
	collect(cs, l);
	for (f = 0; f < FONT__MAX; f++) {
		po->font[f] = NULL;
		po->def[f] = NULL;
		if (cs->used[f] && load_subset(po, cs, f) == -1)
			goto out;
	}
	set_info(po, info);
	if (draw(po, l) == -1 || failed(po, path))
		goto out;
	for (f = 0; f < FONT__MAX; f++)
		if (po->def[f] != NULL)
			use_all_glyphs(po->def[f]);
	rc = save(po, path);
out:
	free(cs);
	pdf_links_free(po->links);
	po->links = NULL;
	HPDF_Free(po->doc);
	po->doc = NULL;
	return rc;
}
