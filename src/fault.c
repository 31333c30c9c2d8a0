/* SPDX-License-Identifier: ISC */
/* Fault injection for tests: see fault.h. */
#include "fault.h"

#ifdef RIGHTSHEET_FAULTS
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_SITES	1024

static long		 reached;	/* calls so far in this process */
static long		 fail_at;	/* the call to fail; 0: none */
static int		 ready;		/* RIGHTSHEET_FAULT was read */
static const char	*seen[MAX_SITES];
static size_t		 nseen;

int
fault_point(const char *site)
{
	const char	*env;
	char		 line[512];
	size_t		 i;
	int		 fd, len;

	if (!ready) {
		env = getenv("RIGHTSHEET_FAULT");
		fail_at = env != NULL ? strtol(env, NULL, 10) : 0;
		ready = 1;
	}
	reached++;
	if ((env = getenv("RIGHTSHEET_FAULT_LIST")) != NULL) {
		/* Sites are string literals: one pointer per site. */
		for (i = 0; i < nseen; i++)
			if (seen[i] == site)
				break;
		if (i == nseen && nseen < MAX_SITES) {
			seen[nseen++] = site;
			len = snprintf(line, sizeof(line), "%ld %s\n", reached,
			    site);
			fd = open(env, O_WRONLY | O_APPEND | O_CREAT |
			    O_CLOEXEC, 0644);
			if (fd != -1) {
				if (write(fd, line, (size_t)len) != len)
					abort();
				close(fd);
			}
		}
	}
	return fail_at > 0 && reached == fail_at;
}
#else
/* ISO C wants something in every translation unit. */
typedef int fault_unused;
#endif
