/* SPDX-License-Identifier: ISC */
/* Shared by the pdf*.c files only: workarounds inside libharu 2.3.0. */
#ifndef PDF_INT_H
#define PDF_INT_H

#include <hpdf.h>

int	pdf_fix_tounicode(HPDF_Doc, HPDF_Font);

#endif
