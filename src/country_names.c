/* SPDX-License-Identifier: ISC */
/*
 * The names of countries as people type them, gathered once: the
 * English names of the compiled-in table, ISO's names and alpha-3 codes
 * and each country's name in its own languages from Debian's iso-codes
 * (read as data, so that new translations need no new release), and a
 * short hand table of what iso-codes does not have.
 */
#include <sys/stat.h>

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "country.h"
#include "country_int.h"
#include "xalloc.h"

#ifndef ISO_CODES_JSON
#define ISO_CODES_JSON	"/usr/share/iso-codes/json/iso_3166-1.json"
#endif
#ifndef LOCALE_DIR
#define LOCALE_DIR	"/usr/share/locale"
#endif
/* glibc's list of locales, "de_AT.UTF-8 UTF-8": which languages where. */
#ifndef LOCALES_SUPPORTED
#define LOCALES_SUPPORTED "/usr/share/i18n/SUPPORTED"
#endif
/* The files are about 40 kB; anything far larger is not theirs. */
#define DATA_MAX	(4 * 1024 * 1024)

/*
 * What iso-codes does not have: the names people commonly use where
 * ISO's differ ("Holland", "Turkey", "USA"), and the nations of the
 * United Kingdom, which are not ISO 3166-1 entries but are where
 * people say they live.
 */
static const struct {
	const char	*name;
	const char	*code;
} common[] = {
	{ "USA", "US" }, { "America", "US" },
	{ "Britain", "GB" }, { "Great Britain", "GB" }, { "UK", "GB" },
	{ "England", "GB" }, { "Scotland", "GB" }, { "Wales", "GB" },
	{ "Northern Ireland", "GB" },
	{ "Holland", "NL" }, { "Turkey", "TR" }, { "Czech Republic", "CZ" },
	{ "Ivory Coast", "CI" }, { "Burma", "MM" }, { "Swaziland", "SZ" },
	{ "Macedonia", "MK" }, { "East Timor", "TL" },
	{ "Cape Verde", "CV" }, { "Vatican", "VA" }, { "Vatican City", "VA" },
	{ "UAE", "AE" }, { "Emirates", "AE" }, { "DRC", "CD" },
	{ "Congo-Kinshasa", "CD" }, { "Congo-Brazzaville", "CG" },
	{ "Bosnia", "BA" }, { "Russia", "RU" },
};

/* An English name as the catalogues' msgid, and its country. */
struct english {
	char	*name;
	int	 country;
};

static struct cnames	 names;
static struct english	*english;
static size_t		 nenglish, capenglish;
static int		 loaded;

static void
add(const char *s, int country, int state, enum name_kind kind)
{
	unsigned int	 t[FOLD_MAX];
	struct cname	*c;
	int		 n;

	if ((n = fold_text(s, t)) <= 0)
		return;
	c = XAPPEND(names.v, names.n, names.cap);
	c->text = xcalloc(n, sizeof(*c->text));
	memcpy(c->text, t, n * sizeof(*t));
	c->len = n;
	c->country = country;
	c->state = state;
	c->kind = kind;
}

static int
country_index(const char *code)
{
	const struct country	*c;

	return (c = country_find(code)) != NULL ? (int)(c - countries) : -1;
}

/*
 * A file whole, if it is a regular file of a sane size; NULL if not.
 * Opened without blocking, so that a FIFO in its place cannot hang us.
 */
static char *
slurp(const char *path, size_t *lenp)
{
	struct stat	 st;
	char		*buf = NULL;
	size_t		 len = 0;
	ssize_t		 got;
	int		 fd;

	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) == -1)
		return NULL;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
	    st.st_size <= DATA_MAX) {
		buf = xmalloc((size_t)st.st_size + 1);
		while (len < (size_t)st.st_size && (got = read(fd, buf + len,
		    (size_t)st.st_size - len)) > 0)
			len += (size_t)got;
		if (len == 0) {
			free(buf);
			buf = NULL;
		} else {
			buf[len] = '\0';
			*lenp = len;
		}
	}
	close(fd);
	return buf;
}

/*** iso_3166-1.json ***/

/*
 * The JSON string at p (on its opening quote) into out, cut to size;
 * returns the byte after the closing quote, or NULL if there is none.
 * The file has no escapes today: an escaped character is kept as it
 * is, and \u as a '?' nobody types, to keep this short.
 */
static const char *
json_string(const char *p, const char *end, char *out, size_t size)
{
	size_t	n = 0;
	char	c;

	for (p++; p < end && *p != '"'; p++) {
		c = *p;
		if (c == '\\') {
			if (++p == end)
				break;
			c = *p == 'u' ? '?' : *p;
		}
		if (n + 1 < size)
			out[n++] = c;
	}
	out[n] = '\0';
	return p < end ? p + 1 : NULL;
}

struct isoentry {
	char	a2[8], a3[8], name[256], official[256], common[256];
};

static void
add_english(const char *s, int i)
{
	struct english	*e;

	if (*s == '\0')
		return;
	add(s, i, -1, NAME_ENGLISH);
	e = XAPPEND(english, nenglish, capenglish);
	e->name = xstrdup(s);
	e->country = i;
}

static void
commit(const struct isoentry *e)
{
	int	i;

	if ((i = country_index(e->a2)) == -1)
		return;
	if (strlen(e->a3) == 3)
		memcpy(names.alpha3[i], e->a3, 4);
	add_english(e->name, i);
	add_english(e->official, i);
	add_english(e->common, i);
}

static void
read_json(void)
{
	struct isoentry	 e;
	const char	*p, *end;
	char		*buf, key[32], val[256];
	size_t		 len;

	if ((buf = slurp(ISO_CODES_JSON, &len)) == NULL) {
		names.partial = 1;
		return;
	}
	memset(&e, 0, sizeof(e));
	for (p = buf, end = buf + len; p != NULL && p < end; ) {
		switch (*p) {
		case '{':
			memset(&e, 0, sizeof(e));
			p++;
			break;
		case '}':
			commit(&e);
			p++;
			break;
		case '"':
			if ((p = json_string(p, end, key, sizeof(key))) == NULL)
				break;
			p += strspn(p, " \t\r\n");
			if (*p != ':')
				break;
			p += 1 + strspn(p + 1, " \t\r\n");
			if (*p != '"')
				break;
			if ((p = json_string(p, end, val, sizeof(val))) == NULL)
				break;
			if (strcmp(key, "alpha_2") == 0 && strlen(val) == 2)
				memcpy(e.a2, val, 3);
			else if (strcmp(key, "alpha_3") == 0 &&
			    strlen(val) == 3)
				memcpy(e.a3, val, 4);
			else if (strcmp(key, "name") == 0)
				memcpy(e.name, val, sizeof(val));
			else if (strcmp(key, "official_name") == 0)
				memcpy(e.official, val, sizeof(val));
			else if (strcmp(key, "common_name") == 0)
				memcpy(e.common, val, sizeof(val));
			break;
		default:
			p++;
			break;
		}
	}
	free(buf);
}

/*** gettext catalogues (.mo) ***/

static uint32_t
word(const unsigned char *p, int swap)
{
	return swap ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	    (uint32_t)p[2] << 8 | p[3] :
	    (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[1] << 8 | p[0];
}

/*
 * String number i of the table at offset tab, if it lies within the
 * file and ends with its NUL as the format promises; else NULL.
 */
static const char *
mo_string(const unsigned char *buf, size_t len, uint32_t tab, uint32_t i,
    int swap)
{
	uint64_t	at = (uint64_t)tab + (uint64_t)i * 8, n, off;

	if (at + 8 > len)
		return NULL;
	n = word(buf + at, swap);
	off = word(buf + at + 4, swap);
	if (off + n + 1 > len || buf[off + n] != '\0')
		return NULL;
	return (const char *)buf + off;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(((const struct english *)a)->name,
	    ((const struct english *)b)->name);
}

/*
 * Add the translations in one catalogue of the countries marked in
 * want: a catalogue's msgids are iso-codes' English names.
 */
static void
read_mo(const char *path, const unsigned char *want)
{
	unsigned char	*buf;
	const char	*id, *str;
	struct english	 key, *e;
	size_t		 len;
	uint32_t	 magic, i, n, orig, trans;
	int		 swap;

	if ((buf = (unsigned char *)slurp(path, &len)) == NULL)
		return;
	if (len < 20)
		goto out;
	magic = word(buf, 0);
	if (magic == 0x950412de)
		swap = 0;
	else if (magic == 0xde120495)
		swap = 1;
	else
		goto out;
	n = word(buf + 8, swap);
	orig = word(buf + 12, swap);
	trans = word(buf + 16, swap);
	for (i = 0; i < n; i++) {
		if ((id = mo_string(buf, len, orig, i, swap)) == NULL ||
		    (str = mo_string(buf, len, trans, i, swap)) == NULL)
			break;
		key.name = (char *)id;
		if (*id == '\0' || (e = bsearch(&key, english, nenglish,
		    sizeof(*english), by_name)) == NULL || !want[e->country])
			continue;
		add(str, e->country, -1, NAME_OWN);
	}
out:
	free(buf);
}

/* A language and a country where it is spoken, as glibc lists them. */
struct langat {
	char	catalogue[32];	/* "de", "pt_BR", "sr@latin" */
	int	country;
};

static int
by_catalogue(const void *a, const void *b)
{
	return strcmp(((const struct langat *)a)->catalogue,
	    ((const struct langat *)b)->catalogue);
}

/*
 * The catalogues that exist for the locale "ll_CC[.enc][@mod]": the
 * country's own form of the language (pt_BR), the script (sr@latin)
 * and the language itself (de).
 */
static void
add_locale(const char *loc, struct langat **v, size_t *n, size_t *cap)
{
	char		 ll[8], cc[3], mod[8], cat[3][32], path[256];
	const char	*p;
	size_t		 l;
	int		 i, c;

	l = strcspn(loc, "_");
	if (l == 0 || l >= sizeof(ll) || loc[l] != '_')
		return;
	memcpy(ll, loc, l);
	ll[l] = '\0';
	if (strlen(loc + l + 1) < 2)
		return;
	memcpy(cc, loc + l + 1, 2);
	cc[2] = '\0';
	if ((c = country_index(cc)) == -1)
		return;
	mod[0] = '\0';
	if ((p = strchr(loc, '@')) != NULL)
		snprintf(mod, sizeof(mod), "%.7s", p + 1);
	snprintf(cat[0], sizeof(cat[0]), "%s_%s", ll, cc);
	snprintf(cat[1], sizeof(cat[1]), "%s@%s", ll, mod);
	snprintf(cat[2], sizeof(cat[2]), "%s", ll);
	for (i = 0; i < 3; i++) {
		if (i == 1 && mod[0] == '\0')
			continue;
		snprintf(path, sizeof(path), "%s/%s/LC_MESSAGES/iso_3166-1.mo",
		    LOCALE_DIR, cat[i]);
		if (access(path, R_OK) != 0)
			continue;
		memcpy((*XAPPEND(*v, *n, *cap)).catalogue, cat[i],
		    sizeof(cat[i]));
		(*v)[*n - 1].country = c;
	}
}

static void
read_own(void)
{
	struct langat	*v = NULL;
	unsigned char	*want;
	char		*buf, *line, *next, path[256];
	size_t		 len, n = 0, cap = 0, i, j;

	if ((buf = slurp(LOCALES_SUPPORTED, &len)) == NULL) {
		names.partial = 1;
		return;
	}
	for (line = buf; line != NULL && *line != '\0'; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		line[strcspn(line, " \t#")] = '\0';
		add_locale(line, &v, &n, &cap);
	}
	free(buf);
	qsort(english, nenglish, sizeof(*english), by_name);
	qsort(v, n, sizeof(*v), by_catalogue);
	want = xcalloc(ncountries, 1);
	/* One read of each catalogue, for all the countries that speak it. */
	for (i = 0; i < n; i = j) {
		memset(want, 0, ncountries);
		for (j = i; j < n && strcmp(v[j].catalogue, v[i].catalogue) == 0;
		    j++)
			want[v[j].country] = 1;
		snprintf(path, sizeof(path), "%s/%s/LC_MESSAGES/iso_3166-1.mo",
		    LOCALE_DIR, v[i].catalogue);
		read_mo(path, want);
	}
	free(want);
	free(v);
}

/* At exit: the names are kept for the whole run, then handed back. */
static void
names_free(void)
{
	size_t	i;

	for (i = 0; i < names.n; i++)
		free(names.v[i].text);
	free(names.v);
	free(names.alpha3);
	for (i = 0; i < nenglish; i++)
		free(english[i].name);
	free(english);
	memset(&names, 0, sizeof(names));
	english = NULL;
	nenglish = capenglish = 0;
	loaded = 0;
}

const struct cnames *
country_names(int with_own)
{
	size_t	i;
	int	c;

	if (!loaded) {
		loaded = 1;
		/* Freed at exit, so that leak checkers see no block left. */
		atexit(names_free);
		names.alpha3 = xcalloc(ncountries, sizeof(*names.alpha3));
		for (i = 0; i < ncountries; i++)
			add(countries[i].name, (int)i, -1, NAME_ENGLISH);
		for (i = 0; i < sizeof(common) / sizeof(common[0]); i++)
			if ((c = country_index(common[i].code)) != -1)
				add(common[i].name, c, -1, NAME_COMMON);
		c = country_index("US");
		for (i = 0; i < nusstates; i++)
			add(usstates[i].name, c, (int)i, NAME_STATE);
		read_json();
	}
	if (with_own && !names.own) {
		names.own = 1;
		read_own();
	}
	return &names;
}
