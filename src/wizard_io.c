/* SPDX-License-Identifier: ISC */
/* The wizard's answers read whole, and file names as people type them. */
#include <sys/stat.h>

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "wizard_int.h"
#include "xalloc.h"

char *
wizard_readline(FILE *in, int *cut)
{
	char	*s, *start, *end;
	size_t	 n = 0;
	int	 c;

	*cut = 0;
	s = xmalloc(WIZARD_LINE_MAX + 1);
	/* Read to the newline even past the limit: nothing is left over. */
	while ((c = getc(in)) != EOF && c != '\n') {
		if (n < WIZARD_LINE_MAX)
			s[n++] = (char)c;
		else
			*cut = 1;
	}
	/* Ctrl-D ends the questions, after text on the line or not. */
	if (c == EOF) {
		free(s);
		return NULL;
	}
	s[n] = '\0';
	for (start = s; *start == ' ' || *start == '\t' || *start == '\r';
	    start++)
		continue;
	end = start + strlen(start);
	while (end > start && (end[-1] == ' ' || end[-1] == '\t' ||
	    end[-1] == '\r'))
		*--end = '\0';
	memmove(s, start, end - start + 1);
	return s;
}

/* The home folder of "~" or "~user"; NULL if there is no such user. */
static char *
home_of(const char *user, size_t len)
{
	struct passwd	*pw;
	const char	*home;
	char		*name;

	if (len == 0) {
		if ((home = getenv("HOME")) != NULL && *home != '\0')
			return xstrdup(home);
		pw = getpwuid(getuid());
	} else {
		name = xstrndup(user, len);
		pw = getpwnam(name);
		free(name);
	}
	return pw != NULL && pw->pw_dir != NULL ? xstrdup(pw->pw_dir) : NULL;
}

char *
wizard_path(const char *typed, const char *deflt)
{
	struct stat	 st;
	char		*home, *path, *t;
	size_t		 len;
	int		 folder = 0;

	if (*typed == '\0')
		return xstrdup(deflt);
	if (typed[0] == '~') {
		len = strcspn(typed + 1, "/");
		if ((home = home_of(typed + 1, len)) == NULL)
			return NULL;
		/* "~" alone is the home folder, even one not made yet. */
		folder = typed[1 + len] == '\0';
		path = xasprintf("%s%s", home, typed + 1 + len);
		free(home);
	} else
		path = xstrdup(typed);
	len = strlen(path);
	if (folder || (len > 0 && path[len - 1] == '/') ||
	    (stat(path, &st) == 0 && S_ISDIR(st.st_mode))) {
		t = xasprintf("%s%s%s", path, len > 0 && path[len - 1] == '/' ?
		    "" : "/", deflt);
		free(path);
		return t;
	}
	if (len < 4 || strcasecmp(path + len - 4, ".pdf") != 0) {
		t = xasprintf("%s.pdf", path);
		free(path);
		path = t;
	}
	return path;
}
