/* SPDX-License-Identifier: ISC */
/* Where rightsheet finds its guides, templates and fonts. */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "msg.h"
#include "paths.h"
#include "xalloc.h"

#ifndef DATADIR
#define DATADIR "/usr/local/share/rightsheet"
#endif

static int
is_datadir(const char *dir)
{
	struct stat	 st;
	char		*p;
	int		 ok;

	p = xasprintf("%s/guides/schema/guide.xsd", dir);
	ok = stat(p, &st) == 0;
	free(p);
	return ok;
}

char *
paths_datadir(void)
{
	struct srcpos	 pos = { NULL, 0, 0 };
	char		 exe[PATH_MAX], *slash, *env, *dir;
	ssize_t		 n;

	if ((env = getenv("RIGHTSHEET_DATADIR")) != NULL && *env != '\0') {
		if (is_datadir(env))
			return xstrdup(env);
		pos.file = env;
		msg(MSG_SYS_DATA, &pos, "RIGHTSHEET_DATADIR has no "
		    "guides/schema/guide.xsd");
		return NULL;
	}
	/*
	 * Run from the source tree, the data sits beside the program;
	 * installed, it is in ../share/rightsheet, wherever PREFIX was.
	 */
	if ((n = readlink("/proc/self/exe", exe, sizeof(exe) - 1)) > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL) {
			*slash = '\0';
			if (is_datadir(exe))
				return xstrdup(exe);
			dir = xasprintf("%s/../share/rightsheet", exe);
			if (is_datadir(dir))
				return dir;
			free(dir);
		}
	}
	if (is_datadir(DATADIR))
		return xstrdup(DATADIR);
	pos.file = DATADIR;
	msg(MSG_SYS_DATA, &pos, "no guides/schema/guide.xsd");
	return NULL;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
paths_list_xml(const char *dir, char ***files)
{
	struct srcpos	 pos = { dir, 0, 0 };
	struct dirent	*de;
	DIR		*d;
	char		**v = NULL;
	size_t		 n = 0, cap = 0, len;

	if ((d = opendir(dir)) == NULL) {
		msg(MSG_FILE_READ, &pos, "%s", strerror(errno));
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		len = strlen(de->d_name);
		if (de->d_name[0] == '.' || len < 5 ||
		    strcmp(de->d_name + len - 4, ".xml") != 0)
			continue;
		*XAPPEND(v, n, cap) = xasprintf("%s/%s", dir, de->d_name);
	}
	closedir(d);
	if (n > 0)
		qsort(v, n, sizeof(*v), name_cmp);
	*files = v;
	return (int)n;
}
