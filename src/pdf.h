/* SPDX-License-Identifier: ISC */
/* The PDF device: measures text for the layout, and draws it as a PDF. */
#ifndef PDF_H
#define PDF_H

#include "layout.h"
#include "template.h"

struct pdfout;

/* Document information written into the PDF. */
struct pdfinfo {
	const char	*title;
	const char	*subject;
	const char	*keywords;
	long long	 epoch;		/* creation time; -1 for none */
};

/*
 * Start a document with the fonts in fontdir.  Returns NULL after a
 * message if the fonts cannot be loaded.  Free with pdf_free().
 */
struct pdfout	*pdf_alloc(const char *fontdir);
void		 pdf_free(struct pdfout *);

/* Metrics for layout_build(), valid while the pdfout lives. */
const struct metrics *pdf_metrics(struct pdfout *);

/*
 * Draw the layout (its ops carry their colours) and write it to path:
 * into a temporary file beside it, renamed into place only when
 * complete.  Returns 0, or -1 after a message with path untouched.
 */
int		 pdf_write(struct pdfout *, const struct layout *,
		    const struct pdfinfo *, const char *path);

/*
 * Check, before any work, that a PDF may be written to path: not a
 * folder, not a file that is not a PDF.  0, or -1 after a message.
 * pdf_write() checks again when it saves.
 */
int		 pdf_check_target(const char *path);

#endif
