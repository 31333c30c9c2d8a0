/* SPDX-License-Identifier: ISC */
/*
 * Shared by the pdf*.c files only: workarounds inside libharu 2.3.0,
 * font subsetting and QR codes.
 */
#ifndef PDF_INT_H
#define PDF_INT_H

#include <stddef.h>

#include <hpdf.h>

/*
 * pdf_cmap.c: replace libharu's broken ToUnicode map of font with one
 * for the blocks of 256 code points marked in hi (bit n: U+nn00-nnFF).
 * Returns 0, or -1 if libharu failed.
 */
int		 pdf_fix_tounicode(HPDF_Doc, HPDF_Font,
		    const unsigned char hi[32]);

/* pdf.c: write all of buf to fd; 0, or -1 with errno set. */
int		 pdf_write_all(int fd, const void *buf, size_t len);

/* pdf_link.c: link annotations sharing one action per address. */
struct pdf_links;

struct pdf_links *pdf_links_alloc(HPDF_Doc);
void		 pdf_links_free(struct pdf_links *);
int		 pdf_link_add(struct pdf_links *, HPDF_Page, HPDF_Rect,
		    const char *uri);

/*
 * pdf_qr.c: QR codes, each encoded once and kept in a cache.  Draw one
 * in the square (x, y, side w): 0, or -1 after a message.  Modules a
 * side of text's code with its quiet zone, or -1 if it cannot be made.
 */
struct pdf_qrcache;

struct pdf_qrcache *pdf_qrcache_alloc(void);
void		 pdf_qrcache_free(struct pdf_qrcache *);
int		 pdf_qr_draw(HPDF_Page, struct pdf_qrcache *, double x,
		    double y, double w, const char *text);
int		 pdf_qr_modules(struct pdf_qrcache *, const char *text);

/* pdf_subset.c: a font file held in memory for subsetting. */
struct pdf_face;

struct pdf_face	*pdf_face_alloc(const char *path);
void		 pdf_face_free(struct pdf_face *);
char		*pdf_face_subset(struct pdf_face *, const unsigned int *cps,
		    size_t n);
int		 pdf_face_width(struct pdf_face *, unsigned int cp);
double		 pdf_face_ascent(struct pdf_face *);

#endif
