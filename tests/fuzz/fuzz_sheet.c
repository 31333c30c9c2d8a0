/* SPDX-License-Identifier: ISC */
/* libFuzzer: an .ods or .xlsx roster from arbitrary bytes. */
#include <stddef.h>
#include <stdint.h>

#include "msg.h"
#include "sheet.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csv	*c;

	msg_quiet(MSGL_SYSERR);
	/* No extension: the bytes alone decide what it is. */
	c = sheet_parse("fuzz", (const char *)data, size,
	    size > 0 && data[size - 1] == 'B' ? "Room B" : NULL);
	csv_free(c);
	msg_reset();
	return 0;
}
