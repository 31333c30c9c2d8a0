/* SPDX-License-Identifier: ISC */
/*
 * Shared by the pdf*.c files only: workarounds inside libharu 2.3.0,
 * font subsetting and QR codes.
 */
#ifndef PDF_INT_H
#define PDF_INT_H

#include <stddef.h>

#include <hpdf.h>

#include "fault.h"

/*
 * Every libharu call is made through HP() (calls that return a status)
 * or HPP() (calls that return an object), so that none goes unchecked:
 * a failure, by return value or through the error handler, is kept
 * with the call that failed, and pdf_write() reports the first one.
 * HP() is 0 or -1; HPP() is the object or NULL.  tests/headers.sh
 * checks that no other libharu call is made.
 */
#define HPDF_FAULT	0x1FFF		/* not libharu's: injected by a test */
#define HP(call)	pdf_ck(fault_point(FAULT_SITE) ? HPDF_FAULT : \
			    (call), #call)
#define HPP(call)	pdf_ckp(fault_point(FAULT_SITE) ? NULL : \
			    (void *)(call), #call)

int		 pdf_ck(HPDF_STATUS, const char *call);
/* A zlib failure (zrc, Z_MEM_ERROR among them) as libharu reports one. */
int		 pdf_ck_zlib(int zrc, const char *call);
void		*pdf_ckp(void *, const char *call);

/*
 * pdf_cmap.c: replace libharu's broken ToUnicode map of font with one
 * for the blocks of 256 code points marked in hi (bit n: U+nn00-nnFF).
 * Returns 0, or -1 if libharu failed (kept for pdf_write's message).
 */
int		 pdf_fix_tounicode(HPDF_Doc, HPDF_Font,
		    const unsigned char hi[32]);

/*
 * pdf.c: write all of buf to fd; 0, or -1 with errno set.  The one
 * place output is written, and a fault point.
 */
int		 pdf_write_all(int fd, const void *buf, size_t len);

/*
 * pdf_deflate.c: compress a finished page's contents at a faster zlib
 * level than libharu's own; 0, or -1 (kept for pdf_write's message).
 */
int		 pdf_deflate_page(HPDF_Page);

/* pdf_link.c: link annotations sharing one action per address. */
struct pdf_links;

struct pdf_links *pdf_links_alloc(HPDF_Doc);
void		 pdf_links_free(struct pdf_links *);
int		 pdf_link_add(struct pdf_links *, HPDF_Page, HPDF_Rect,
		    const char *uri);

/*
 * pdf_qr.c: QR codes, each encoded once and kept in a cache.  Draw one
 * in the square (x, y, side w): 0, or -1 after a message (text too
 * long) or a libharu failure.  Modules a
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
/*
 * A subset of the face holding cps[0..n), as a file libharu can open by
 * name (in memory where the system allows: nothing is left on disk if
 * the program is killed).  Returns 0 and fills in the name, or -1 after
 * a message.  Close with pdf_subset_close() once libharu has read it.
 */
struct pdf_subset {
	char		*name;		/* path for libharu */
	int		 fd;		/* the open file */
	char		*tmp;		/* a file on disk to remove, or NULL */
	int		 slot;		/* its cleanup slot */
};

int		 pdf_face_subset(struct pdf_face *, const unsigned int *cps,
		    size_t n, struct pdf_subset *);
void		 pdf_subset_close(struct pdf_subset *);
int		 pdf_face_width(struct pdf_face *, unsigned int cp);
double		 pdf_face_ascent(struct pdf_face *);

#endif
