/* SPDX-License-Identifier: ISC */
/* A cmap for font subsets that libharu searches quickly. */
#ifndef PDF_SUBSET_CMAP_H
#define PDF_SUBSET_CMAP_H

#include <stddef.h>

#include <hb.h>

/*
 * The cmap table for the subset face sub, which holds the code points
 * cps[0..n) in ascending order, as a new blob; NULL to keep the
 * subset's own.
 */
hb_blob_t	*pdf_subset_cmap(hb_face_t *sub, const unsigned int *cps,
		    size_t n);

#endif
