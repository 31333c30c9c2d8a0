/* SPDX-License-Identifier: ISC */
/* Where rightsheet finds its guides, templates and fonts. */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "model.h"
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
		/* Out of memory is ours, not the folder's (tests/faults.sh). */
		if (errno == ENOMEM) {
			msg(MSG_SYS_NOMEM, NULL, NULL);
			exit(EXIT_SYSERR);
		}
		msg(MSG_FILE_READ, &pos, "%s", strerror(errno));
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		len = strlen(de->d_name);
		if (de->d_name[0] == '.' || len < 5 ||
		    strcmp(de->d_name + len - 4, ".xml") != 0)
			continue;
		/* Stop early: the guide set will be refused anyway. */
		if (n == GUIDES_MAX) {
			msg(MSG_SET_GUIDES, &pos, "more than %d files ending "
			    "in .xml", GUIDES_MAX);
			closedir(d);
			while (n > 0)
				free(v[--n]);
			free(v);
			return -1;
		}
		*XAPPEND(v, n, cap) = xasprintf("%s/%s", dir, de->d_name);
	}
	closedir(d);
	if (n > 0)
		qsort(v, n, sizeof(*v), name_cmp);
	*files = v;
	return (int)n;
}

/* What kind of file st is, for a message that says why it was refused. */
static const char *
file_kind(const struct stat *st)
{
	if (S_ISDIR(st->st_mode))
		return "a folder";
	if (S_ISFIFO(st->st_mode))
		return "a named pipe (FIFO)";
	if (S_ISSOCK(st->st_mode))
		return "a socket";
	if (S_ISCHR(st->st_mode) || S_ISBLK(st->st_mode))
		return "a device";
	return "not a regular file";
}

int
paths_open_regular(const char *path, enum msgid id)
{
	struct srcpos	 pos = { path, 0, 0 };
	struct stat	 st;
	int		 fd, fl;

	/*
	 * O_NONBLOCK: opening a FIFO with no writer returns at once
	 * instead of waiting for one.  Links are followed: a data folder
	 * may well be a symbolic link, and what it points at is checked.
	 */
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK |
	    O_NOCTTY)) == -1) {
		msg(id, &pos, "%s", strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) == -1) {
		msg(id, &pos, "%s", strerror(errno));
		close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		msg(id == MSG_FILE_READ ? MSG_FILE_SPECIAL : id, &pos,
		    "it is %s", file_kind(&st));
		close(fd);
		return -1;
	}
	if ((fl = fcntl(fd, F_GETFL)) != -1)
		(void)fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
	return fd;
}

char *
paths_read_regular(const char *path, size_t max, size_t *lenp,
    enum msgid id)
{
	struct srcpos	 pos = { path, 0, 0 };
	struct stat	 st;
	char		*buf;
	size_t		 len = 0, cap;
	ssize_t		 n;
	int		 fd;

	if ((fd = paths_open_regular(path, id)) == -1)
		return NULL;
	/*
	 * Room for what the file holds now, not for the most it may hold:
	 * a 32 MB buffer per font is address space a small ulimit -v
	 * lacks.  A file that grows while read gets more, up to max.
	 */
	cap = fstat(fd, &st) == 0 && st.st_size >= 0 &&
	    (unsigned long long)st.st_size < max ? (size_t)st.st_size + 1 :
	    max + 1;
	buf = xmalloc(cap + 1);
	while (len <= max) {
		if (len == cap) {
			cap = cap * 2 > max + 1 ? max + 1 : cap * 2;
			buf = xreallocarray(buf, cap + 1, 1);
		}
		if ((n = read(fd, buf + len, cap - len)) == 0)
			break;
		if (n == -1) {
			if (errno == EINTR)
				continue;
			msg(id, &pos, "%s", strerror(errno));
			goto fail;
		}
		len += (size_t)n;
	}
	if (len > max) {
		msg(id == MSG_FILE_READ ? MSG_FILE_BIG : id, &pos,
		    "more than %zu MB", max / (1024 * 1024));
		goto fail;
	}
	close(fd);
	buf[len] = '\0';
	*lenp = len;
	return buf;
fail:
	close(fd);
	free(buf);
	return NULL;
}

int
paths_write_all(int fd, const void *p, size_t len)
{
	const char	*buf = p;
	ssize_t		 n;

	while (len > 0) {
		if ((n = write(fd, buf, len)) == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}
