/* SPDX-License-Identifier: ISC */
/* Allocation wrappers: running out of memory ends the program. */
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "msg.h"
#include "xalloc.h"

static void
oom(void)
{
	msg(MSG_SYS_NOMEM, NULL, NULL);
	exit(EXIT_SYSERR);
}

void *
xmalloc(size_t n)
{
	void	*p;

	if ((p = malloc(n ? n : 1)) == NULL)
		oom();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void	*p;

	if ((p = calloc(n ? n : 1, size ? size : 1)) == NULL)
		oom();
	return p;
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		oom();
	if ((p = realloc(p, n * size > 0 ? n * size : 1)) == NULL)
		oom();
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t len)
{
	char	*p;

	p = xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list	 ap;
	char	*p;
	int	 len;

	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (len < 0)
		oom();
	p = xmalloc((size_t)len + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)len + 1, fmt, ap);
	va_end(ap);
	return p;
}

void *
xgrow(void *arr, size_t *n, size_t *cap, size_t size)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 8;
		arr = xreallocarray(arr, *cap, size);
	}
	memset((char *)arr + *n * size, 0, size);
	(*n)++;
	return arr;
}

/*
 * The stack runs out of memory too: under a small address-space limit
 * (ulimit -v) the kernel cannot grow it, and the first function to
 * need a new page dies of SIGSEGV, inside libharu as often as not.  So
 * the stack is grown once, at the start, to more than any run uses; a
 * fault while growing it is reported as what it is.
 */
#define STACK_RESERVE	(512 * 1024)

static volatile sig_atomic_t	growing;

static void
on_segv(int sig)
{
	if (growing) {
		msg_nomem_now();
		_exit(EXIT_SYSERR);
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Kept out of line, so the array is really on the stack. */
static __attribute__((noinline)) void
touch_stack(void)
{
	volatile char	buf[STACK_RESERVE];
	size_t		i;

	for (i = 0; i < sizeof(buf); i += 1024)
		buf[i] = 0;
}

void
xalloc_reserve_stack(void)
{
	static char		 alt[32768];
	struct sigaction	 sa, old;
	stack_t			 ss;

	memset(&ss, 0, sizeof(ss));
	ss.ss_sp = alt;
	ss.ss_size = sizeof(alt);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_segv;
	sa.sa_flags = SA_ONSTACK;
	if (sigaltstack(&ss, NULL) == -1 || sigaction(SIGSEGV, &sa, &old) ==
	    -1)
		return;
	growing = 1;
	touch_stack();
	growing = 0;
	sigaction(SIGSEGV, &old, NULL);
}

void
xfree_strings(char **v, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}
