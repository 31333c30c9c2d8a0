/* SPDX-License-Identifier: ISC */
#include "harness.h"
#include "utf8.h"

void
test_utf8(void)
{
	size_t	bad = 99, off = 0;

	CHECK(utf8_check("Prüfliste – ☐", strlen("Prüfliste – ☐"), &bad) == 0);
	CHECK(utf8_check("a\xc3\x28", 3, &bad) == -1 && bad == 1);
	CHECK(utf8_check("\xc0\xaf", 2, &bad) == -1 && bad == 0);	/* overlong */
	CHECK(utf8_check("\xed\xa0\x80", 3, &bad) == -1);		/* surrogate */
	CHECK(utf8_check("\xf4\x90\x80\x80", 4, &bad) == -1);		/* > U+10FFFF */
	CHECK(utf8_check("\xe2\x82", 2, &bad) == -1);			/* truncated */
	CHECK(utf8_decode("€", &off) == 0x20ac && off == 3);
}
