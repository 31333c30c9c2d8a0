/* SPDX-License-Identifier: ISC */
/* Temporary files removed at exit and on signals: see cleanup.h. */
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cleanup.h"

/* A build holds one temporary file at a time; batch workers one each. */
#define SLOTS	8

static char			path[SLOTS][PATH_MAX];
static volatile sig_atomic_t	used[SLOTS];

int
cleanup_remember(const char *p)
{
	size_t	len = strlen(p);
	int	i;

	if (len >= PATH_MAX)
		return -1;
	for (i = 0; i < SLOTS; i++)
		if (!used[i]) {
			/* The name is complete before a handler can see it. */
			memcpy(path[i], p, len + 1);
			used[i] = 1;
			return i;
		}
	return -1;
}

void
cleanup_forget(int slot)
{
	if (slot >= 0 && slot < SLOTS)
		used[slot] = 0;
}

/* Async-signal-safe: unlink only. */
void
cleanup_run(void)
{
	int	i;

	for (i = 0; i < SLOTS; i++)
		if (used[i]) {
			unlink(path[i]);
			used[i] = 0;
		}
}

static void
on_signal(int sig)
{
	cleanup_run();
	/* Die of the same signal, so the shell reports it truthfully. */
	signal(sig, SIG_DFL);
	raise(sig);
}

void
cleanup_signals(void)
{
	static const int sigs[] = {
		SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGXCPU, SIGXFSZ,
		SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF
	};
	struct sigaction	sa;
	size_t			i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigfillset(&sa.sa_mask);
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
		struct sigaction old;

		/* A signal ignored by whoever started us stays ignored. */
		if (sigaction(sigs[i], NULL, &old) == 0 &&
		    old.sa_handler == SIG_IGN)
			continue;
		sigaction(sigs[i], &sa, NULL);
	}
	atexit(cleanup_run);
}
