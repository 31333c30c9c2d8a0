/* SPDX-License-Identifier: ISC */
/*
 * Fault injection, for tests only: makes the Nth risky call (a libharu
 * call, a write, a fork) fail as if the library or the system had
 * failed, to prove that every such failure is reported.  Compiled in
 * only with -DRIGHTSHEET_FAULTS (the sanitizer build of make check).
 */
#ifndef FAULT_H
#define FAULT_H

#define FAULT_STR_(x)	#x
#define FAULT_STR(x)	FAULT_STR_(x)
/* The call site, as "src/pdf.c:123". */
#define FAULT_SITE	__FILE__ ":" FAULT_STR(__LINE__)

#ifdef RIGHTSHEET_FAULTS
/*
 * Non-zero if the call at site must fail.  RIGHTSHEET_FAULT=N fails
 * the Nth call reached (counting every site); RIGHTSHEET_FAULT_LIST=FILE
 * appends "N site" to FILE the first time each site is reached.
 */
int	fault_point(const char *site);
#else
#define fault_point(site)	0
#endif

#endif
