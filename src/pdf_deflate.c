/* SPDX-License-Identifier: ISC */
/*
 * A page's content stream, compressed here rather than by libharu.
 * libharu 2.3.0 deflates every stream at zlib's default level (6),
 * fixed in its code; page contents are most of a checklist's bytes and
 * compressing them was a third of the time a batch spends on each
 * person.  Level 3 takes half as long for about a tenth more bytes.
 */
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>
#include <zlib.h>

#include "pdf_int.h"
#include "xalloc.h"

#define PAGE_DEFLATE_LEVEL	3

/*
 * With its filter set to none, libharu writes a stream's bytes as they
 * are, and removes any /Filter key first: the name is written here,
 * inside the dictionary, after its keys.
 */
static HPDF_STATUS
write_filter(HPDF_Dict dict, HPDF_Stream out)
{
	/* A failure is kept by HP() for the report; libharu stops. */
	if (HP(HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012")) == -1)
		return HPDF_INVALID_STREAM;
	return HPDF_OK;
}

/*
 * Compress what has been drawn on page, which must be finished: its
 * stream is replaced by the compressed bytes, marked FlateDecode, and
 * libharu writes it as it is.  0, or -1 on a libharu failure (kept for
 * pdf_write's message) or when zlib runs out of memory (Z_MEM_ERROR is
 * then the reported libharu error, as when libharu's own deflate fails).
 */
int
pdf_deflate_page(HPDF_Page page)
{
	HPDF_PageAttr	 attr = (HPDF_PageAttr)page->attr;
	HPDF_Dict	 contents = attr->contents;
	HPDF_Stream	 st = attr->stream;
	z_stream	 z;
	HPDF_BYTE	*in;
	unsigned char	*out;
	HPDF_UINT	 i, n, len, total = 0;
	uLong		 bound;
	int		 zrc, rc = 0;

	/* Left to libharu if anything is not as 2.3.0 makes a page. */
	if (contents == NULL || st == NULL || contents->write_fn != NULL ||
	    contents->filter != HPDF_STREAM_FILTER_FLATE_DECODE)
		return 0;
	memset(&z, 0, sizeof(z));
	if (fault_point(FAULT_SITE))
		return pdf_ck_zlib(Z_MEM_ERROR, "deflateInit");
	if ((zrc = deflateInit(&z, PAGE_DEFLATE_LEVEL)) != Z_OK)
		return pdf_ck_zlib(zrc, "deflateInit");
	bound = deflateBound(&z, st->size);
	out = xmalloc(bound);
	z.next_out = out;
	z.avail_out = (uInt)bound;
	/* The stream's buffers in order; no seek (libharu issue #305). */
	n = HPDF_MemStream_GetBufCount(st);
	for (i = 0; i < n; i++) {
		if ((in = HPP(HPDF_MemStream_GetBufPtr(st, i, &len))) == NULL)
			break;
		total += len;
		z.next_in = in;
		z.avail_in = len;
		if (len > 0 && (zrc = deflate(&z, Z_NO_FLUSH)) != Z_OK)
			break;
	}
	if (i == n && total == st->size)
		zrc = deflate(&z, Z_FINISH);
	else if (zrc == Z_OK)
		zrc = Z_DATA_ERROR;	/* the buffers are not the stream */
	if (zrc != Z_STREAM_END) {
		deflateEnd(&z);
		free(out);
		return pdf_ck_zlib(zrc, "deflate");
	}
	len = (HPDF_UINT)z.total_out;
	deflateEnd(&z);
	/* Frees the buffers only: cannot fail. */
	HPDF_MemStream_FreeData(st);
	if (HP(HPDF_Stream_Write(st, out, len)) == -1)
		rc = -1;
	else {
		contents->filter = HPDF_STREAM_FILTER_NONE;
		contents->write_fn = write_filter;
	}
	free(out);
	return rc;
}
