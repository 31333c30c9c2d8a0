/* SPDX-License-Identifier: ISC */
/*
 * CSV as spreadsheets write it: RFC 4180 quoting, the delimiter found
 * in the header line, and the encoding from a byte order mark, from
 * the user, or else UTF-8 (iconv(3) for the rest).
 */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "csv.h"
#include "msg.h"
#include "utf8.h"
#include "xalloc.h"

struct parser {
	const char	*file;		/* for messages */
	const char	*p, *end;	/* the rest of the UTF-8 text */
	char		 delim;		/* ',', ';' or '\t' */
	size_t		 cells;		/* kept so far, for CSV_MAX_CELLS */
	char		*buf;		/* the field being read */
	size_t		 cap;
	int		 line, col;	/* of p */
};

/*** Encodings ***/

/*
 * Line and column of s + off, in characters of UTF-8 text that is
 * valid up to there.
 */
static void
text_pos(const char *s, size_t off, int *line, int *col)
{
	size_t	i;

	*line = *col = 1;
	for (i = 0; i < off; i++) {
		if (s[i] == '\n') {
			++*line;
			*col = 1;
		} else if (((unsigned char)s[i] & 0xc0) != 0x80)
			++*col;
	}
}

/* "UTF-16LE", "utf16le" and "utf_16le" are the same name to iconv. */
static int
same_name(const char *a, const char *b)
{
	for (;;) {
		while (*a == '-' || *a == '_')
			a++;
		while (*b == '-' || *b == '_')
			b++;
		if (*b == '\0')
			return 1;	/* "utf-16" covers "UTF-16LE" */
		if (*a == '\0' || (*a | 0x20) != (*b | 0x20))
			return 0;
		a++;
		b++;
	}
}

static int
is_utf8(const char *name)
{
	return strcasecmp(name, "utf-8") == 0 || strcasecmp(name, "utf8") == 0;
}

/* Whether iconv knows the name; a usage error if not. */
static int
check_encoding(const char *name)
{
	iconv_t	cd;

	if (*name != '\0' && (cd = iconv_open("UTF-8", name)) !=
	    (iconv_t)-1) {
		iconv_close(cd);
		return 0;
	}
	msg_usage(MSG_USAGE_ENCODING, "\"%s\"", name);
	return -1;
}

/*
 * Text that is not UTF-8 and has no byte order mark: say where, and
 * what it most likely is.  Bytes 0x80 to 0x9F are C1 controls in
 * ISO-8859-1, which no spreadsheet writes, but letters and quotes in
 * Windows-1252 (such as the apostrophe in O'Brien, 0x92).
 */
static void
guess_encoding(const char *file, const char *s, size_t len, size_t bad)
{
	struct srcpos	 pos = { file, 0, 0 };
	size_t		 i = 0, n, c1 = 0, off;
	unsigned char	 b;

	while (i < len) {
		b = (unsigned char)s[i];
		n = utf8_seqlen(b);
		if (b < 0x80 || (n > 1 && i + n <= len &&
		    utf8_check(s + i, n, &off) == 0)) {
			i += b < 0x80 ? 1 : n;
			continue;
		}
		c1 += b >= 0x80 && b <= 0x9f;
		i++;
	}
	text_pos(s, bad, &pos.line, &pos.col);
	msg(c1 > 0 ? MSG_CSV_CP1252 : MSG_CSV_LATIN1, &pos, "byte 0x%02X",
	    (unsigned char)s[bad]);
}

/*
 * Convert in[0..len) from the encoding from to new UTF-8 text.
 * Returns 0, or -1 after a message at the place of the first byte that
 * is not in that encoding.
 */
static int
convert(const char *file, const char *from, const char *in, size_t len,
    char **out, size_t *outlen)
{
	struct srcpos	 pos = { file, 0, 0 };
	iconv_t		 cd;
	char		*ip = (char *)in, *buf, *op;
	size_t		 il = len, cap, ol, done;
	int		 unit, rc = 0;

	if ((cd = iconv_open("UTF-8", from)) == (iconv_t)-1) {
		msg_usage(MSG_USAGE_ENCODING, "\"%s\"", from);
		return -1;
	}
	/*
	 * Twice the input to start: UTF-16 takes at most 1.5 times as
	 * many bytes in UTF-8, an 8-bit encoding 3 times (the euro sign),
	 * any encoding 4 times; grow when iconv says so, up to that.
	 */
	cap = len < 64 ? 256 : len;
	buf = xreallocarray(NULL, cap, 2);
	cap *= 2;
	op = buf;
	ol = cap - 1;
	while (il > 0) {
		if (iconv(cd, &ip, &il, &op, &ol) != (size_t)-1)
			break;
		if (errno == E2BIG && cap / 4 <= len + 64) {
			done = (size_t)(op - buf);
			buf = xreallocarray(buf, cap, 2);
			cap *= 2;
			op = buf + done;
			ol = cap - 1 - done;
			continue;
		}
		/* Everything before the bad byte is converted: count there. */
		text_pos(buf, (size_t)(op - buf), &pos.line, &pos.col);
		unit = same_name(from, "utf-16") || same_name(from, "ucs-2") ?
		    2 : 1;
		if (errno == EINVAL)
			msg(MSG_CSV_DECODE, &pos, "the file ends inside a "
			    "character of %s", from);
		else if (unit == 2 && il >= 2)
			msg(MSG_CSV_DECODE, &pos, "bytes 0x%02X 0x%02X are "
			    "not %s", (unsigned char)ip[0],
			    (unsigned char)ip[1], from);
		else
			msg(MSG_CSV_DECODE, &pos, "byte 0x%02X is not %s",
			    (unsigned char)*ip, from);
		rc = -1;
		break;
	}
	iconv_close(cd);
	if (rc == -1) {
		free(buf);
		return -1;
	}
	*op = '\0';
	*out = buf;
	*outlen = (size_t)(op - buf);
	return 0;
}

/*
 * Text with NUL in one byte of most pairs is UTF-16 without its byte
 * order mark (Latin letters are one byte and a NUL): worth saying so,
 * rather than a NUL byte or a guess at an 8-bit encoding.
 */
static int
bare_utf16(const char *file, const char *s, size_t len)
{
	struct srcpos	 pos = { file, 0, 0 };
	size_t		 i, odd = 0, even = 0;

	for (i = 0; i < len; i++)
		if (s[i] == '\0')
			*(i % 2 ? &odd : &even) += 1;
	if (len < 4 || (odd <= len / 4 && even <= len / 4))
		return 0;
	msg(MSG_CSV_UTF16, &pos, "every other byte is NUL: try --encoding %s",
	    odd > even ? "utf-16le" : "utf-16be");
	return -1;
}

/*
 * The file as new NUL-terminated UTF-8 text, without a byte order mark.
 * Returns 0, or -1 after a message.
 */
static int
decode(const char *file, const char *buf, size_t len, const char *encoding,
    char **out, size_t *outlen)
{
	struct srcpos		 pos = { file, 0, 0 };
	const unsigned char	*b = (const unsigned char *)buf;
	const char		*from = NULL;
	size_t			 skip = 0, bad;
	int			 guessed;

	if (encoding != NULL && check_encoding(encoding) == -1)
		return -1;
	if (len >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf) {
		from = "UTF-8";
		skip = 3;
	} else if (len >= 2 && b[0] == 0xff && b[1] == 0xfe) {
		from = "UTF-16LE";
		skip = 2;
	} else if (len >= 2 && b[0] == 0xfe && b[1] == 0xff) {
		from = "UTF-16BE";
		skip = 2;
	}
	/* The file says what it is; the option may be a habit. */
	if (from != NULL && encoding != NULL && !same_name(from, encoding))
		msg(MSG_CSV_BOM, &pos, "it starts with the byte order mark "
		    "of %s, not %s", from, encoding);
	guessed = from == NULL && encoding == NULL;
	if (guessed && bare_utf16(file, buf, len) == -1)
		return -1;
	if (from == NULL)
		from = encoding;
	if (from != NULL && !is_utf8(from))
		return convert(file, from, buf + skip, len - skip, out,
		    outlen);
	if (utf8_check(buf + skip, len - skip, &bad) == -1) {
		if (guessed)
			guess_encoding(file, buf + skip, len - skip, bad);
		else {
			text_pos(buf + skip, bad, &pos.line, &pos.col);
			msg(MSG_TEXT_UTF8, &pos, "byte 0x%02X",
			    b[skip + bad]);
		}
		return -1;
	}
	*out = xmalloc(len - skip + 1);
	memcpy(*out, buf + skip, len - skip);
	(*out)[len - skip] = '\0';
	*outlen = len - skip;
	return 0;
}

/*
 * A NUL byte ends a string early, so it would silently cut a cell:
 * refuse it, with its place.
 */
static int
check_nul(const char *file, const char *s, size_t len)
{
	struct srcpos	 pos = { file, 0, 0 };
	const char	*nul;

	if ((nul = memchr(s, '\0', len)) == NULL)
		return 0;
	text_pos(s, (size_t)(nul - s), &pos.line, &pos.col);
	msg(MSG_CSV_NUL, &pos, NULL);
	return -1;
}

/*** Fields and records ***/

/*
 * The delimiter: whichever of comma, semicolon and tab comes most often
 * outside quotes in the first line that is not blank (the header), a
 * comma if none does.
 */
static char
find_delim(const char *p, const char *end)
{
	static const char	 delims[] = ",;\t";
	size_t			 n[3] = { 0, 0, 0 }, best = 0, k;
	int			 quoted = 0;

	while (p < end && (*p == '\n' || *p == '\r'))
		p++;
	for (; p < end && (quoted || (*p != '\n' && *p != '\r')); p++) {
		if (*p == '"')
			quoted = !quoted;
		else if (!quoted)
			for (k = 0; k < 3; k++)
				n[k] += *p == delims[k];
	}
	for (k = 1; k < 3; k++)
		if (n[k] > n[best])
			best = k;
	return delims[best];
}

static void
advance(struct parser *ps)
{
	if (*ps->p == '\n') {
		ps->line++;
		ps->col = 1;
	} else if (((unsigned char)*ps->p & 0xc0) != 0x80)
		ps->col++;	/* count characters, not bytes */
	ps->p++;
}

static int
quote_error(const struct parser *ps, int line, int col)
{
	struct srcpos	pos = { ps->file, line, col };

	msg(MSG_CSV_QUOTE, &pos, NULL);
	return -1;
}

static void
put(struct parser *ps, size_t *len, char c)
{
	if (*len + 1 >= ps->cap)
		ps->buf = xreallocarray(ps->buf, ps->cap *= 2, 1);
	ps->buf[(*len)++] = c;
}

static int
at_end_of_field(const struct parser *ps)
{
	return ps->p >= ps->end || *ps->p == ps->delim || *ps->p == '\n' ||
	    *ps->p == '\r';
}

/* One field; leaves ps at the delimiter, line end or end of input. */
static int
field(struct parser *ps, struct csv_field *f)
{
	struct srcpos	 pos;
	size_t		 len = 0;

	f->line = ps->line;
	f->col = ps->col;
	if (++ps->cells > CSV_MAX_CELLS) {
		pos.file = ps->file;
		pos.line = f->line;
		pos.col = f->col;
		msg(MSG_CSV_BIG, &pos, "more than %d cells", CSV_MAX_CELLS);
		return -1;
	}
	if (ps->p < ps->end && *ps->p == '"') {
		advance(ps);
		for (;;) {
			if (ps->p >= ps->end)
				return quote_error(ps, f->line, f->col);
			if (*ps->p == '"') {
				advance(ps);
				if (ps->p < ps->end && *ps->p == '"') {
					advance(ps);
					put(ps, &len, '"');
				} else
					break;
			} else {
				put(ps, &len, *ps->p);
				advance(ps);
			}
		}
		/* "a"b is neither a quoted nor an unquoted field. */
		if (!at_end_of_field(ps))
			return quote_error(ps, ps->line, ps->col);
	} else {
		while (!at_end_of_field(ps)) {
			if (*ps->p == '"')
				return quote_error(ps, ps->line, ps->col);
			put(ps, &len, *ps->p);
			advance(ps);
		}
	}
	f->text = xmalloc(len + 1);
	memcpy(f->text, ps->buf, len);
	f->text[len] = '\0';
	return 0;
}

static void
record_clear(struct csv_record *r)
{
	size_t	j;

	for (j = 0; j < r->nfields; j++)
		free(r->fields[j].text);
	free(r->fields);
	r->fields = NULL;
	r->nfields = 0;
}

int
csv_record_empty(const struct csv_record *r)
{
	size_t	j;

	for (j = 0; j < r->nfields; j++)
		if (r->fields[j].text[strspn(r->fields[j].text, " \t")] !=
		    '\0')
			return 0;
	return 1;
}

/* Records of text[0..len), UTF-8 without NUL bytes. */
static struct csv *
parse(const char *file, const char *text, size_t len)
{
	struct parser		 ps;
	struct csv		*c;
	struct csv_record	*r;
	size_t			 rcap = 0, fcap;

	memset(&ps, 0, sizeof(ps));
	ps.file = file;
	ps.p = text;
	ps.end = text + len;
	ps.line = ps.col = 1;
	ps.delim = find_delim(ps.p, ps.end);
	/* Excel's "sep=;" line names the delimiter, and is not a row. */
	if (len >= 5 && strncasecmp(text, "sep=", 4) == 0 &&
	    strchr(",;\t|", text[4]) != NULL && text[4] != '\0' &&
	    (len == 5 || text[5] == '\n' || text[5] == '\r')) {
		ps.delim = text[4];
		while (ps.p < ps.end && *ps.p != '\n')
			advance(&ps);
	}
	ps.buf = xmalloc(ps.cap = 64);
	c = xcalloc(1, sizeof(*c));
	while (ps.p < ps.end) {
		/* Blank lines separate nothing. */
		if (*ps.p == '\n' || *ps.p == '\r') {
			advance(&ps);
			continue;
		}
		r = XAPPEND(c->records, c->nrecords, rcap);
		r->line = ps.line;
		fcap = 0;
		for (;;) {
			if (field(&ps, XAPPEND(r->fields, r->nfields,
			    fcap)) == -1) {
				r->nfields--;
				free(ps.buf);
				csv_free(c);
				return NULL;
			}
			if (ps.p < ps.end && *ps.p == ps.delim) {
				advance(&ps);
				continue;
			}
			if (ps.p < ps.end && *ps.p == '\r')
				advance(&ps);
			if (ps.p < ps.end && *ps.p == '\n')
				advance(&ps);
			break;
		}
	}
	free(ps.buf);
	return c;
}

struct csv *
csv_parse(const char *file, const char *buf, size_t len,
    const char *encoding)
{
	struct csv	*c = NULL;
	char		*text;
	size_t		 tlen;

	if (decode(file, buf, len, encoding, &text, &tlen) == -1)
		return NULL;
	if (check_nul(file, text, tlen) == 0)
		c = parse(file, text, tlen);
	free(text);
	return c;
}

void
csv_free(struct csv *c)
{
	size_t	i;

	if (c == NULL)
		return;
	for (i = 0; i < c->nrecords; i++)
		record_clear(&c->records[i]);
	free(c->records);
	free(c);
}
