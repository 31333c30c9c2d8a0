/* SPDX-License-Identifier: ISC */
/*
 * QR codes drawn as vector rectangles: the one place that sees
 * libqrencode.  Vectors stay sharp at any print size, in any viewer,
 * and in module units cost well under 1 KB a code compressed.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>
#include <hpdf_pages.h>
#include <qrencode.h>

#include "msg.h"
#include "pdf_int.h"
#include "xalloc.h"

/* Light modules around the code that readers need to find it. */
#define QUIET	4
/* Codes kept; a guide set has tens of links, a fuzzer endless ones. */
#define CACHED	1024

/*
 * Encoding a link takes about 0.1 ms (libqrencode tries eight masks),
 * and every link is encoded to measure it and again to draw it, for
 * every checklist of a batch: each is encoded once per process.
 */
struct qrentry {
	char		*text;
	QRcode		*qr;		/* NULL if it cannot be encoded */
	int		 err;		/* errno when qr is NULL */
};

struct pdf_qrcache {
	struct qrentry	*e;
	size_t		 n;
	size_t		 cap;
};

struct pdf_qrcache *
pdf_qrcache_alloc(void)
{
	return xcalloc(1, sizeof(struct pdf_qrcache));
}

static void
entries_free(struct pdf_qrcache *qc)
{
	size_t	i;

	for (i = 0; i < qc->n; i++) {
		free(qc->e[i].text);
		QRcode_free(qc->e[i].qr);
	}
	qc->n = 0;
}

void
pdf_qrcache_free(struct pdf_qrcache *qc)
{
	if (qc == NULL)
		return;
	entries_free(qc);
	free(qc->e);
	free(qc);
}

/* The code for text, encoded on first use; NULL with errno set. */
static const QRcode *
lookup(struct pdf_qrcache *qc, const char *text)
{
	struct qrentry	*e;
	size_t		 i;

	for (i = 0; i < qc->n; i++)
		if (strcmp(qc->e[i].text, text) == 0) {
			errno = qc->e[i].err;
			return qc->e[i].qr;
		}
	if (qc->n == CACHED)
		entries_free(qc);
	e = XAPPEND(qc->e, qc->n, qc->cap);
	e->text = xstrdup(text);
	errno = 0;
	e->qr = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
	/* Out of memory is not a link too long for a QR code. */
	if (e->qr == NULL && errno == ENOMEM) {
		msg(MSG_SYS_NOMEM, NULL, NULL);
		exit(EXIT_SYSERR);
	}
	e->err = e->qr == NULL ? (errno != 0 ? errno : EINVAL) : 0;
	errno = e->err;
	return e->qr;
}

/*
 * The size layout must leave for the code: what libqrencode will make,
 * so that layout and drawing agree on it by construction.
 */
int
pdf_qr_modules(struct pdf_qrcache *qc, const char *text)
{
	const QRcode	*qr;

	if ((qr = lookup(qc, text)) == NULL)
		return -1;
	return qr->width + 2 * QUIET;
}

/* Is the run of dark modules c0..c1-1 a whole run of row r? */
static int
same_run(const QRcode *qr, int r, int c0, int c1)
{
	const unsigned char *row = qr->data + r * qr->width;
	int	c;

	if ((c0 > 0 && (row[c0 - 1] & 1)) ||
	    (c1 < qr->width && (row[c1] & 1)))
		return 0;
	for (c = c0; c < c1; c++)
		if ((row[c] & 1) == 0)
			return 0;
	return 1;
}

/* Room for rectangles written at once; one is at most 4 * 6 + 4 bytes. */
#define RECTS_BUF	4096

/* Append "x y w h re\n" of small non-negative integers to buf. */
static size_t
put_rect(char *buf, size_t len, int x, int y, int w, int h)
{
	int	 v[4] = { x, y, w, h };
	char	 digits[12];
	int	 i, n;

	for (i = 0; i < 4; i++) {
		n = 0;
		do
			digits[n++] = (char)('0' + v[i] % 10);
		while ((v[i] /= 10) > 0);
		while (n > 0)
			buf[len++] = digits[--n];
		buf[len++] = ' ';
	}
	buf[len++] = 'r';
	buf[len++] = 'e';
	buf[len++] = '\n';
	return len;
}

/*
 * Draw a QR code of text in the square of side w whose lower-left
 * corner is (x, y) in PDF coordinates.  Returns 0, or -1 after a
 * message if the text cannot be encoded (too long for any version).
 */
int
pdf_qr_draw(HPDF_Page page, struct pdf_qrcache *qc, double x, double y,
    double w, const char *text)
{
	const QRcode	*qr;
	HPDF_Stream	 st = ((HPDF_PageAttr)page->attr)->stream;
	char		 buf[RECTS_BUF];
	size_t		 len = 0;
	double		 m, top;
	int		 r, c, c0, h, first = 1, rc = -1;

	if ((qr = lookup(qc, text)) == NULL) {
		msg(MSG_SYS_PDF, NULL, "cannot make a QR code of %s: %s",
		    text, strerror(errno));
		return -1;
	}
	m = w / (qr->width + 2 * QUIET);
	top = y + w - QUIET * m;

	/*
	 * One rectangle per horizontal run of dark modules, taken down
	 * over the rows below that have the same run (the finder squares'
	 * sides, much else), all in one path filled once: abutting
	 * rectangles filled one by one show hairline seams in some
	 * viewers.  The path is drawn in module units, row 0 at the top,
	 * so that each rectangle is a few small integers: a third of the
	 * bytes of page coordinates, and less to compress.
	 */
	if (HP(HPDF_Page_GSave(page)) == -1 ||
	    HP(HPDF_Page_SetRGBFill(page, 0, 0, 0)) == -1 ||
	    HP(HPDF_Page_Concat(page, m, 0, 0, -m, x + QUIET * m, top)) == -1)
		goto out;
	for (r = 0; r < qr->width; r++) {
		for (c = 0; c < qr->width; ) {
			if ((qr->data[r * qr->width + c] & 1) == 0) {
				c++;
				continue;
			}
			for (c0 = c; c < qr->width &&
			    (qr->data[r * qr->width + c] & 1); c++)
				continue;
			/* Drawn already, as part of the run above. */
			if (r > 0 && same_run(qr, r - 1, c0, c))
				continue;
			for (h = 1; r + h < qr->width &&
			    same_run(qr, r + h, c0, c); h++)
				continue;
			/*
			 * The first through libharu, which then knows a
			 * path is open; the rest as they are written, a
			 * buffer at a time: libharu clears a 512-byte
			 * buffer byte by byte for each operator, a fifth
			 * of the drawing time of a page of QR codes.
			 */
			if (first) {
				if (HP(HPDF_Page_Rectangle(page, c0, r,
				    c - c0, h)) == -1)
					goto out;
				first = 0;
				continue;
			}
			if (len > RECTS_BUF - 32) {
				if (HP(HPDF_Stream_Write(st,
				    (const HPDF_BYTE *)buf, (HPDF_UINT)len))
				    == -1)
					goto out;
				len = 0;
			}
			len = put_rect(buf, len, c0, r, c - c0, h);
		}
	}
	if (len > 0 && HP(HPDF_Stream_Write(st, (const HPDF_BYTE *)buf,
	    (HPDF_UINT)len)) == -1)
		goto out;
	if (HP(HPDF_Page_Fill(page)) == 0 && HP(HPDF_Page_GRestore(page)) == 0)
		rc = 0;
out:
	return rc;
}
