/* SPDX-License-Identifier: ISC */
/*
 * QR codes drawn as vector rectangles: the one place that sees
 * libqrencode.  Vectors stay sharp at any print size and cost about
 * 2 KB a code, less than an image.
 */
#include <errno.h>
#include <string.h>

#include <hpdf.h>
#include <qrencode.h>

#include "msg.h"
#include "pdf_int.h"

/* Light modules around the code that readers need to find it. */
#define QUIET	4

/*
 * The size layout must leave for the code: what libqrencode will make,
 * so that layout and drawing agree on it by construction.
 */
int
pdf_qr_modules(const char *text)
{
	QRcode	*qr;
	int	 n;

	if ((qr = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8,
	    1)) == NULL)
		return -1;
	n = qr->width + 2 * QUIET;
	QRcode_free(qr);
	return n;
}

/*
 * Draw a QR code of text in the square of side w whose lower-left
 * corner is (x, y) in PDF coordinates.  Returns 0, or -1 after a
 * message if the text cannot be encoded (too long for any version).
 */
int
pdf_qr_draw(HPDF_Page page, double x, double y, double w, const char *text)
{
	QRcode		*qr;
	double		 m, top;
	int		 r, c, c0;

	qr = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
	if (qr == NULL) {
		msg(MSG_SYS_PDF, NULL, "cannot make a QR code of %s: %s",
		    text, strerror(errno));
		return -1;
	}
	m = w / (qr->width + 2 * QUIET);
	top = y + w - QUIET * m;

	/*
	 * One rectangle per horizontal run of dark modules, all in one
	 * path filled once: abutting rectangles filled one by one show
	 * hairline seams in some viewers.
	 */
	HPDF_Page_GSave(page);
	HPDF_Page_SetRGBFill(page, 0, 0, 0);
	for (r = 0; r < qr->width; r++) {
		for (c = 0; c < qr->width; ) {
			if ((qr->data[r * qr->width + c] & 1) == 0) {
				c++;
				continue;
			}
			for (c0 = c; c < qr->width &&
			    (qr->data[r * qr->width + c] & 1); c++)
				continue;
			HPDF_Page_Rectangle(page, x + (QUIET + c0) * m,
			    top - (r + 1) * m, (c - c0) * m, m);
		}
	}
	HPDF_Page_Fill(page);
	HPDF_Page_GRestore(page);
	QRcode_free(qr);
	return 0;
}
