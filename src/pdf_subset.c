/* SPDX-License-Identifier: ISC */
/*
 * Font subsetting with HarfBuzz: the one place that sees hb-subset.
 * libharu 2.3.0 embeds most of a TrueType font whole, so we hand it a
 * font that holds only the glyphs a document draws.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <hb.h>
#include <hb-subset.h>

#include "msg.h"
#include "pdf_int.h"
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

	if ((blob = hb_blob_create_from_file_or_fail(path)) == NULL) {
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
 * Subset the font to the code points cps[0..n) and write the result
 * into a new temporary file under $TMPDIR (or /tmp).  Returns its path,
 * which the caller unlinks and frees, or NULL after a message.
 */
char *
pdf_face_subset(struct pdf_face *pf, const unsigned int *cps, size_t n)
{
	struct srcpos		 pos = { pf->path, 0, 0 };
	hb_subset_input_t	*in = NULL;
	hb_face_t		*sub = NULL;
	hb_blob_t		*blob = NULL;
	const char		*dir, *data;
	char			*tmp = NULL;
	unsigned int		 len;
	int			 fd = -1, err;

	if ((in = make_input(pf->face, cps, n)) == NULL ||
	    (sub = hb_subset_or_fail(pf->face, in)) == NULL) {
		msg(MSG_SYS_FONT, &pos, "HarfBuzz cannot subset the font");
		goto out;
	}
	blob = hb_face_reference_blob(sub);
	data = hb_blob_get_data(blob, &len);
	if (len == 0) {
		msg(MSG_SYS_FONT, &pos, "HarfBuzz made an empty subset");
		goto out;
	}

	if ((dir = getenv("TMPDIR")) == NULL || *dir == '\0')
		dir = "/tmp";
	tmp = xasprintf("%s/rightsheet-font-XXXXXX", dir);
	/* The folder is what the user can fix (or change with TMPDIR). */
	pos.file = dir;
	if ((fd = mkstemp(tmp)) == -1) {
		msg(MSG_SYS_WRITE, &pos, "temporary font subset: %s",
		    strerror(errno));
		free(tmp);
		tmp = NULL;
		goto out;
	}
	err = pdf_write_all(fd, data, len) == -1 ? errno : 0;
	if (close(fd) == -1 && err == 0)
		err = errno;
	if (err != 0) {
		msg(MSG_SYS_WRITE, &pos, "temporary font subset: %s",
		    strerror(err));
		unlink(tmp);
		free(tmp);
		tmp = NULL;
	}
out:
	hb_blob_destroy(blob);
	hb_face_destroy(sub);
	hb_subset_input_destroy(in);
	return tmp;
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
