/* SPDX-License-Identifier: ISC */
/* RFC 4180 CSV: quoted fields, commas and line breaks inside quotes. */
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "msg.h"
#include "xalloc.h"

struct parser {
	const char	*file;
	const char	*p, *end;
	int		 line, col;
};

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
quote_error(const struct parser *ps, int line, int col, char *buf)
{
	struct srcpos	pos = { ps->file, line, col };

	msg(MSG_CSV_QUOTE, &pos, NULL);
	free(buf);
	return -1;
}

/* One field; leaves ps at the comma, line end or end of input. */
static int
field(struct parser *ps, struct csv_field *f)
{
	char		*buf;
	size_t		 len = 0, cap = 64;

	f->line = ps->line;
	f->col = ps->col;
	buf = xmalloc(cap);
	if (ps->p < ps->end && *ps->p == '"') {
		advance(ps);
		for (;;) {
			if (ps->p >= ps->end)
				return quote_error(ps, f->line, f->col, buf);
			if (*ps->p == '"') {
				advance(ps);
				if (ps->p < ps->end && *ps->p == '"') {
					advance(ps);
					buf[len++] = '"';
				} else
					break;
			} else {
				buf[len++] = *ps->p;
				advance(ps);
			}
			if (len + 1 >= cap)
				buf = xreallocarray(buf, cap *= 2, 1);
		}
	} else {
		while (ps->p < ps->end && *ps->p != ',' && *ps->p != '\n' &&
		    *ps->p != '\r') {
			if (*ps->p == '"')
				return quote_error(ps, ps->line, ps->col, buf);
			buf[len++] = *ps->p;
			advance(ps);
			if (len + 1 >= cap)
				buf = xreallocarray(buf, cap *= 2, 1);
		}
	}
	buf[len] = '\0';
	f->text = buf;
	return 0;
}

struct csv *
csv_parse(const char *file, const char *buf, size_t len)
{
	struct parser		 ps;
	struct csv		*c;
	struct csv_record	*r;
	size_t			 rcap = 0, fcap;

	ps.file = file;
	ps.p = buf;
	ps.end = buf + len;
	ps.line = ps.col = 1;
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
		ps.p += 3;
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
				csv_free(c);
				return NULL;
			}
			if (ps.p < ps.end && *ps.p == ',') {
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
	return c;
}

void
csv_free(struct csv *c)
{
	size_t	i, j;

	if (c == NULL)
		return;
	for (i = 0; i < c->nrecords; i++) {
		for (j = 0; j < c->records[i].nfields; j++)
			free(c->records[i].fields[j].text);
		free(c->records[i].fields);
	}
	free(c->records);
	free(c);
}
