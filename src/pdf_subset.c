/* SPDX-License-Identifier: ISC */
/*
 * Font subsetting with HarfBuzz: the one place that sees hb-subset.
 * libharu 2.3.0 embeds most of a TrueType font whole, so we hand it a
 * font that holds only the glyphs a document draws.
 */
#define _GNU_SOURCE		/* memfd_create */
#include <sys/mman.h>

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <hb.h>
#include <hb-subset.h>

#include "cleanup.h"
#include "msg.h"
#include "paths.h"
#include "pdf_int.h"
#include "pdf_subset_cmap.h"
#include "xalloc.h"

/*
 * The tables libharu 2.3.0 reads or copies into the PDF
 * (REQUIRED_TAGS in its hpdf_fontdef_tt.c).  Everything else is
 * dropped, GSUB and GPOS above all: their closure would pull in
 * ligatures and alternates the document never draws.
 */
static const char *const keep_tags[] = {
	"OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx",
	"loca", "maxp", "name", "post", "prep"
};

/* Largest font file read: DejaVu Sans is 740 KB. */
#define PDF_FONT_MAX	(32 * 1024 * 1024)

struct pdf_face {
	char		*path;		/* for messages */
	hb_face_t	*face;		/* the whole font, read once */
	hb_font_t	*font;		/* for glyph look-ups and advances */
	unsigned int	 upem;		/* units per em */
	short		*width;		/* per BMP code point: 1/1000 em, */
					/* -1 not looked up, -2 no glyph */
};

static int
kept(hb_tag_t tag)
{
	size_t	i;

	for (i = 0; i < sizeof(keep_tags) / sizeof(keep_tags[0]); i++)
		if (tag == hb_tag_from_string(keep_tags[i], 4))
			return 1;
	return 0;
}

/*
 * Read the TrueType font at path for later subsetting.  Returns NULL
 * after a message if it cannot be read.  Free with pdf_face_free().
 */
struct pdf_face *
pdf_face_alloc(const char *path)
{
	struct pdf_face	*pf;
	struct srcpos	 pos = { path, 0, 0 };
	hb_blob_t	*blob;
	char		*buf;
	size_t		 len;

	/*
	 * Read the file ourselves: HarfBuzz would open a FIFO and wait
	 * for a writer forever.  Only regular files, at most PDF_FONT_MAX.
	 */
	if ((buf = paths_read_regular(path, PDF_FONT_MAX, &len,
	    MSG_SYS_FONT)) == NULL)
		return NULL;
	if (len == 0 || len > UINT_MAX || (blob = hb_blob_create_or_fail(buf,
	    (unsigned int)len, HB_MEMORY_MODE_WRITABLE, buf, free)) == NULL) {
		free(buf);
		msg(MSG_SYS_FONT, &pos, "cannot read the font for subsetting");
		return NULL;
	}
	pf = xcalloc(1, sizeof(*pf));
	pf->path = xstrdup(path);
	pf->face = hb_face_create(blob, 0);
	hb_blob_destroy(blob);
	pf->font = hb_font_create(pf->face);
	pf->upem = hb_face_get_upem(pf->face);
	pf->width = xmalloc(0x10000 * sizeof(*pf->width));
	memset(pf->width, 0xff, 0x10000 * sizeof(*pf->width));
	if (hb_face_get_glyph_count(pf->face) == 0) {
		msg(MSG_SYS_FONT, &pos, "no glyphs in the font");
		pdf_face_free(pf);
		return NULL;
	}
	return pf;
}

void
pdf_face_free(struct pdf_face *pf)
{
	if (pf == NULL)
		return;
	hb_font_destroy(pf->font);
	hb_face_destroy(pf->face);
	free(pf->width);
	free(pf->path);
	free(pf);
}

/* A subsetter input for cps[0..n) that keeps only keep_tags. */
static hb_subset_input_t *
make_input(hb_face_t *face, const unsigned int *cps, size_t n)
{
	hb_subset_input_t	*in;
	hb_set_t		*drop, *uni;
	hb_tag_t		 tags[64];
	unsigned int		 count, total, start, i;

	if ((in = hb_subset_input_create_or_fail()) == NULL)
		return NULL;
	/*
	 * Hinting is more than half of a DejaVu subset (18.4 KB raw with
	 * it, 7.6 KB without) and does nothing for print or for viewers
	 * that scale smoothly.  Without it there is no cvt, fpgm or prep;
	 * libharu 2.3.0 then writes them as empty tables (checked).
	 */
	hb_subset_input_set_flags(in, HB_SUBSET_FLAGS_NO_HINTING);
	uni = hb_subset_input_unicode_set(in);
	for (i = 0; i < n; i++)
		hb_set_add(uni, cps[i]);
	drop = hb_subset_input_set(in, HB_SUBSET_SETS_DROP_TABLE_TAG);
	start = 0;
	do {
		count = sizeof(tags) / sizeof(tags[0]);
		total = hb_face_get_table_tags(face, start, &count, tags);
		for (i = 0; i < count; i++)
			if (!kept(tags[i]))
				hb_set_add(drop, tags[i]);
		start += count;
	} while (count > 0 && start < total);
	return in;
}

/*
 * libharu 2.3.0 writes a missing cvt, fpgm or prep as an empty table,
 * then seeks to its offset to sum it; when that offset is the end of a
 * font whose size is a multiple of 4 KB, the seek fails (libharu issue
 * #305, fixed after 2.3.0) and the whole document with it: about one
 * cover name in fifty did this.  Tables of one harmless byte each are
 * never empty.  SVTCA[y] sets a direction and touches no stack; FWORD 0
 * is one unused control value.
 */
static const struct {
	const char		*tag;
	const unsigned char	 data[2];
	unsigned int		 len;
} stand_in[] = {
	{ "cvt ", { 0x00, 0x00 }, 2 },
	{ "fpgm", { 0x00 }, 1 },
	{ "prep", { 0x00 }, 1 },
};

/*
 * The subset with the stand-in tables added and a cmap libharu can
 * search quickly (pdf_subset_cmap.c); a new reference.  The
 * subset is read back as a plain face first: HarfBuzz 6 cannot list
 * the tables of the face hb_subset() returns.
 */
static hb_blob_t *
with_stand_ins(hb_face_t *subset, const unsigned int *cps, size_t n)
{
	hb_face_t	*b, *sub;
	hb_blob_t	*t, *out;
	hb_tag_t	 tags[64], tag;
	unsigned int	 count, start = 0, total, i;

	t = hb_face_reference_blob(subset);
	sub = hb_face_create(t, 0);
	hb_blob_destroy(t);
	if ((b = hb_face_builder_create()) == NULL) {
		hb_face_destroy(sub);
		return NULL;
	}
	do {
		count = sizeof(tags) / sizeof(tags[0]);
		total = hb_face_get_table_tags(sub, start, &count, tags);
		for (i = 0; i < count; i++) {
			t = NULL;
			if (tags[i] == HB_TAG('c', 'm', 'a', 'p'))
				t = pdf_subset_cmap(sub, cps, n);
			if (t == NULL)
				t = hb_face_reference_table(sub, tags[i]);
			hb_face_builder_add_table(b, tags[i], t);
			hb_blob_destroy(t);
		}
		start += count;
	} while (count > 0 && start < total);
	for (i = 0; i < sizeof(stand_in) / sizeof(stand_in[0]); i++) {
		tag = hb_tag_from_string(stand_in[i].tag, 4);
		t = hb_face_reference_table(sub, tag);
		if (hb_blob_get_length(t) == 0) {
			hb_blob_destroy(t);
			t = hb_blob_create((const char *)stand_in[i].data,
			    stand_in[i].len, HB_MEMORY_MODE_READONLY, NULL,
			    NULL);
			hb_face_builder_add_table(b, tag, t);
		}
		hb_blob_destroy(t);
	}
	out = hb_face_reference_blob(b);
	hb_face_destroy(b);
	hb_face_destroy(sub);
	return out;
}

/*
 * A file for the subset that nothing can outlive: an anonymous memory
 * file named through /proc, else a temporary file under $TMPDIR that
 * the cleanup handlers remove on exit or on a signal.  Returns 0, or -1
 * after a message.
 */
static int
subset_file(struct pdf_subset *ss)
{
	struct srcpos	 pos = { NULL, 0, 0 };
	const char	*dir;

	ss->fd = memfd_create("rightsheet-font", MFD_CLOEXEC);
	if (ss->fd != -1) {
		ss->name = xasprintf("/proc/self/fd/%d", ss->fd);
		if (access(ss->name, R_OK) == 0)
			return 0;
		/* No /proc: libharu could not open it by name. */
		free(ss->name);
		ss->name = NULL;
		close(ss->fd);
	}
	if ((dir = getenv("TMPDIR")) == NULL || *dir == '\0')
		dir = "/tmp";
	ss->tmp = xasprintf("%s/rightsheet-font-XXXXXX", dir);
	if ((ss->fd = mkstemp(ss->tmp)) == -1) {
		/* The folder is what the user can fix (or change with TMPDIR). */
		pos.file = dir;
		msg(MSG_SYS_WRITE, &pos, "temporary font subset: %s",
		    strerror(errno));
		free(ss->tmp);
		ss->tmp = NULL;
		return -1;
	}
	/* The name mkstemp made: cleanup keeps a copy of the name given. */
	ss->slot = cleanup_remember(ss->tmp);
	ss->name = xstrdup(ss->tmp);
	return 0;
}

void
pdf_subset_close(struct pdf_subset *ss)
{
	if (ss->fd != -1)
		close(ss->fd);
	if (ss->tmp != NULL) {
		unlink(ss->tmp);
		cleanup_forget(ss->slot);
		free(ss->tmp);
	}
	free(ss->name);
	memset(ss, 0, sizeof(*ss));
	ss->fd = -1;
}

/*
 * HarfBuzz says only that it failed, not why.  The face was read and
 * measured already, so a failure now is most likely memory running
 * out: if a modest block cannot be had either, say so (status 3), not
 * that the font is damaged.
 */
static void
memory_check(void)
{
	void	*p;

	if ((p = malloc(4 << 20)) == NULL) {
		msg(MSG_SYS_NOMEM, NULL, NULL);
		exit(EXIT_SYSERR);
	}
	free(p);
}

int
pdf_face_subset(struct pdf_face *pf, const unsigned int *cps, size_t n,
    struct pdf_subset *ss)
{
	struct srcpos		 pos = { pf->path, 0, 0 };
	hb_subset_input_t	*in = NULL;
	hb_face_t		*sub = NULL;
	hb_blob_t		*blob = NULL;
	const char		*data = NULL;
	unsigned int		 len = 0;
	int			 rc = -1;

	memset(ss, 0, sizeof(*ss));
	ss->fd = -1;
	if ((in = make_input(pf->face, cps, n)) == NULL ||
	    (sub = hb_subset_or_fail(pf->face, in)) == NULL) {
		memory_check();
		msg(MSG_SYS_FONT, &pos, "HarfBuzz cannot subset the font");
		goto out;
	}
	if ((blob = with_stand_ins(sub, cps, n)) != NULL)
		data = hb_blob_get_data(blob, &len);
	if (len == 0) {
		/* HarfBuzz gives empty blobs, not NULL, when memory runs out. */
		memory_check();
		msg(MSG_SYS_FONT, &pos, "HarfBuzz made an empty subset");
		goto out;
	}
	if (subset_file(ss) == -1)
		goto out;
	if (pdf_write_all(ss->fd, data, len) == -1) {
		pos.file = ss->tmp != NULL ? ss->tmp : "memory";
		msg(MSG_SYS_WRITE, &pos, "temporary font subset: %s",
		    strerror(errno));
		pdf_subset_close(ss);
		goto out;
	}
	rc = 0;
out:
	hb_blob_destroy(blob);
	hb_face_destroy(sub);
	hb_subset_input_destroy(in);
	return rc;
}

/*
 * The advance of cp in 1/1000 em, rounded down as libharu 2.3.0 rounds
 * it (so lines measure as they will print), or -1 if the font has no
 * glyph for it.  Looked up once per code point.
 */
int
pdf_face_width(struct pdf_face *pf, unsigned int cp)
{
	hb_codepoint_t	gid;

	if (cp > 0xffff)
		return -1;
	if (pf->width[cp] == -1) {
		if (!hb_font_get_nominal_glyph(pf->font, cp, &gid) || gid == 0)
			pf->width[cp] = -2;
		else
			pf->width[cp] = (short)((unsigned long)
			    hb_font_get_glyph_h_advance(pf->font, gid) * 1000 /
			    (pf->upem ? pf->upem : 1000));
	}
	return pf->width[cp] < 0 ? -1 : pf->width[cp];
}

/*
 * Where the baseline sits in an em of text set solid, as a fraction of
 * the em: the ascender over ascender plus descender (0.797 for DejaVu
 * Sans), so that a line's ink is centred on its em.
 */
double
pdf_face_ascent(struct pdf_face *pf)
{
	hb_font_extents_t	e;

	if (!hb_font_get_h_extents(pf->font, &e) ||
	    e.ascender - e.descender <= 0)
		return 0.8;	/* a usual proportion */
	return (double)e.ascender / (e.ascender - e.descender);
}
