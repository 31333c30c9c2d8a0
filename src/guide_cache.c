/* SPDX-License-Identifier: ISC */
/*
 * The guide cache: one file per guide path, holding what the entry was
 * made from (this build's id, the schema's hash, the path and the
 * guide's bytes, in full) and the packed guide, then a checksum of it
 * all.  Reading one compares the guide's bytes themselves, not a time
 * or a size: a guide edited within the same second, or copied back
 * from a USB stick with its old date, is a miss, as it must be.
 */
/* dl_iterate_phdr(), to read the program's own build id. */
#define _GNU_SOURCE
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <elf.h>

#include "cleanup.h"
#include "guide_cache.h"
#include "model_pack.h"
#include "paths.h"
#include "xalloc.h"

/* Changes whenever the layout of an entry does. */
static const char magic[8] = "RSGC0001";
/* Far above a packed guide of the largest file the loader takes. */
#define ENTRY_MAX	(64 * 1024 * 1024)
#define BUILD_ID_MAX	64

struct guide_cache {
	char		*dir;
	unsigned char	 build_id[BUILD_ID_MAX];
	size_t		 build_id_len;
	uint64_t	 schema;	/* hash of the schema files */
};

/*
 * A 64-bit hash, a word at a time.  It names entries and catches a
 * damaged one; it decides nothing else: an entry's guide bytes are
 * compared in full.
 */
static uint64_t
hash_bytes(uint64_t h, const void *v, size_t n)
{
	const unsigned char	*p = v;
	uint64_t		 w;

	for (; n >= 8; p += 8, n -= 8) {
		memcpy(&w, p, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
	}
	for (; n > 0; p++, n--)
		h = (h ^ *p) * 0x100000001b3ULL;
	h ^= h >> 29;
	return h * 0xc4ceb9fe1a85ec53ULL;
}

/* The GNU build id of the program itself, from its loaded notes. */
static int
find_build_id(struct dl_phdr_info *info, size_t size, void *arg)
{
	struct guide_cache	*gc = arg;
	const unsigned char	*p, *end;
	const ElfW(Nhdr)	*nh;
	size_t			 i, name, desc;

	/* The first object is the program. */
	for (i = 0; i < info->dlpi_phnum; i++) {
		if (info->dlpi_phdr[i].p_type != PT_NOTE)
			continue;
		p = (const unsigned char *)(info->dlpi_addr +
		    info->dlpi_phdr[i].p_vaddr);
		end = p + info->dlpi_phdr[i].p_memsz;
		while ((size_t)(end - p) >= sizeof(*nh)) {
			nh = (const ElfW(Nhdr) *)(const void *)p;
			name = (nh->n_namesz + 3) & ~(size_t)3;
			desc = (nh->n_descsz + 3) & ~(size_t)3;
			p += sizeof(*nh);
			if ((size_t)(end - p) < name + desc)
				break;
			if (nh->n_type == NT_GNU_BUILD_ID &&
			    nh->n_namesz == 4 && memcmp(p, "GNU", 4) == 0 &&
			    nh->n_descsz > 0 && nh->n_descsz <= BUILD_ID_MAX) {
				memcpy(gc->build_id, p + name, nh->n_descsz);
				gc->build_id_len = nh->n_descsz;
				return 1;
			}
			p += name + desc;
		}
	}
	return 1;
}

/* Fold the whole file at path into *h; -1 if it cannot be read. */
static int
hash_file(const char *path, uint64_t *h)
{
	char	 buf[16384];
	ssize_t	 n;
	int	 fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)) == -1)
		return -1;
	while ((n = read(fd, buf, sizeof(buf))) != 0) {
		if (n == -1) {
			if (errno == EINTR)
				continue;
			close(fd);
			return -1;
		}
		*h = hash_bytes(*h, buf, (size_t)n);
	}
	close(fd);
	return 0;
}

/* mkdir if missing; 0 if path is then our own folder, closed to others. */
static int
own_dir(const char *path)
{
	struct stat	st;

	if (mkdir(path, 0700) == -1 && errno != EEXIST)
		return -1;
	if (lstat(path, &st) == -1 || !S_ISDIR(st.st_mode) ||
	    st.st_uid != geteuid() || (st.st_mode & 022) != 0)
		return -1;
	return 0;
}

struct guide_cache *
guide_cache_open(const char *schemadir)
{
	struct guide_cache	*gc;
	const char		*xdg, *home;
	char			*base, *path;
	int			 rc;

	if ((xdg = getenv("XDG_CACHE_HOME")) != NULL && *xdg == '/')
		base = xstrdup(xdg);
	else if ((home = getenv("HOME")) != NULL && *home == '/')
		base = xasprintf("%s/.cache", home);
	else
		return NULL;
	gc = xcalloc(1, sizeof(*gc));
	gc->dir = xasprintf("%s/rightsheet", base);
	(void)mkdir(base, 0700);
	free(base);
	dl_iterate_phdr(find_build_id, gc);
	gc->schema = hash_bytes(0, magic, sizeof(magic));
	path = xasprintf("%s/guide.xsd", schemadir);
	rc = hash_file(path, &gc->schema);
	free(path);
	path = xasprintf("%s/xml.xsd", schemadir);
	if (rc == 0)
		rc = hash_file(path, &gc->schema);
	free(path);
	if (rc == -1 || gc->build_id_len == 0 || own_dir(gc->dir) == -1) {
		guide_cache_free(gc);
		return NULL;
	}
	return gc;
}

void
guide_cache_free(struct guide_cache *gc)
{
	if (gc != NULL) {
		free(gc->dir);
		free(gc);
	}
}

static char *
entry_path(const struct guide_cache *gc, const char *path)
{
	return xasprintf("%s/%016llx.guide", gc->dir, (unsigned long long)
	    hash_bytes(0, path, strlen(path)));
}

static void
put_u64(struct pack *pk, uint64_t v)
{
	unsigned char	b[8];
	int		i;

	for (i = 0; i < 8; i++)
		b[i] = (unsigned char)(v >> (8 * i));
	pack_bytes(pk, b, 8);
}

static uint64_t
get_u64(const unsigned char *b)
{
	uint64_t	v = 0;
	int		i;

	for (i = 7; i >= 0; i--)
		v = v << 8 | b[i];
	return v;
}

/* The key of an entry: everything it was made from. */
static void
put_key(struct pack *pk, const struct guide_cache *gc, const char *path,
    const char *src, size_t len)
{
	size_t	plen = strlen(path);

	pack_bytes(pk, magic, sizeof(magic));
	put_u64(pk, gc->build_id_len);
	pack_bytes(pk, gc->build_id, gc->build_id_len);
	put_u64(pk, gc->schema);
	put_u64(pk, plen);
	pack_bytes(pk, path, plen);
	put_u64(pk, len);
	pack_bytes(pk, src, len);
}

/* The whole entry at path if it is ours and of a sane size, else NULL. */
static unsigned char *
read_entry(const char *path, size_t *lenp)
{
	struct stat	 st;
	unsigned char	*buf;
	size_t		 len = 0;
	ssize_t		 n;
	int		 fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW |
	    O_NONBLOCK)) == -1)
		return NULL;
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode) ||
	    st.st_uid != geteuid() || st.st_size < 16 ||
	    st.st_size > ENTRY_MAX) {
		close(fd);
		return NULL;
	}
	buf = xmalloc((size_t)st.st_size);
	while (len < (size_t)st.st_size) {
		n = read(fd, buf + len, (size_t)st.st_size - len);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		len += (size_t)n;
	}
	close(fd);
	if (len != (size_t)st.st_size) {
		free(buf);
		return NULL;
	}
	*lenp = len;
	return buf;
}

struct guide *
guide_cache_get(struct guide_cache *gc, const char *path, const char *src,
    size_t len)
{
	struct pack	 key;
	struct guide	*g = NULL;
	unsigned char	*buf;
	char		*file;
	size_t		 n, body;

	if (gc == NULL)
		return NULL;
	file = entry_path(gc, path);
	buf = read_entry(file, &n);
	free(file);
	if (buf == NULL)
		return NULL;
	memset(&key, 0, sizeof(key));
	put_key(&key, gc, path, src, len);
	/* The key, the packed guide, its checksum. */
	if (n >= key.len + 8 && memcmp(buf, key.p, key.len) == 0 &&
	    get_u64(buf + n - 8) == hash_bytes(0, buf, n - 8)) {
		body = n - 8 - key.len;
		g = model_unpack(buf + key.len, body, path);
	}
	free(key.p);
	free(buf);
	return g;
}

void
guide_cache_put(struct guide_cache *gc, const char *path, const char *src,
    size_t len, const struct guide *g)
{
	struct pack	 e;
	char		*tmp, *file;
	int		 fd, slot, ok;

	if (gc == NULL)
		return;
	memset(&e, 0, sizeof(e));
	put_key(&e, gc, path, src, len);
	if (model_pack(g, &e) == -1 || e.len > ENTRY_MAX - 8) {
		free(e.p);
		return;
	}
	put_u64(&e, hash_bytes(0, e.p, e.len));
	tmp = xasprintf("%s/.new-XXXXXX", gc->dir);
	file = entry_path(gc, path);
	if ((fd = mkstemp(tmp)) != -1) {
		slot = cleanup_remember(tmp);
		ok = paths_write_all(fd, e.p, e.len) == 0;
		if (close(fd) == -1)
			ok = 0;
		/* rename() replaces the old entry whole, or leaves it. */
		if (!ok || rename(tmp, file) == -1)
			(void)unlink(tmp);
		cleanup_forget(slot);
	}
	free(tmp);
	free(file);
	free(e.p);
}
