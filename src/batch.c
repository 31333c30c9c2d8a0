/* SPDX-License-Identifier: ISC */
/*
 * Workshop mode: reads a roster, checks every row up front, then makes
 * the checklists in worker processes that share the guides, rules and
 * fonts loaded once by the parent, and finally the combined pack.
 */
#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "batch.h"
#include "csv.h"
#include "fault.h"
#include "fold.h"
#include "layout.h"
#include "paths.h"
#include "pdf.h"
#include "sheet.h"
#include "text.h"
#include "utf8.h"
#include "xalloc.h"

/* A roster is a few hundred short rows. */
#define ROSTER_MAX_BYTES	(16 * 1024 * 1024)

struct person {
	struct profile	*profile;	/* NULL: the row was bad */
	char		*file;		/* output path */
	char		*label;		/* for the facilitator sheet */
	char		*left;		/* values left out, or NULL */
	size_t		 nleft;		/* how many, shown or not */
	int		 left_all;	/* 1: every platform unknown, 2: topic */
	int		 row;		/* 1-based data row, blank rows aside */
	int		 ok;		/* its PDF was written */
	int		 done;		/* a worker said how it went */
	int		 minutes;
	int		 pages;
};

/* The roster, whole; NULL after a message.  Only a regular file. */
static char *
read_roster(const char *path, size_t *lenp)
{
	return paths_read_regular(path, ROSTER_MAX_BYTES, lenp,
	    MSG_FILE_READ);
}

/*
 * A file name from the row, never a path from it: the row number keeps
 * names unique, then the name (or country) in lower-case ASCII.
 */
static char *
file_name(const char *dir, int row, int width, const char *name,
    const char *country)
{
	char		 slug[41];
	const char	*s = name != NULL && *name != '\0' ? name :
			    country != NULL ? country : "", *plain;
	size_t		 n = 0, off = 0, bad;
	unsigned int	 c;

	/* Unchecked bytes would make a junk name, not a dangerous one. */
	if (utf8_check(s, strlen(s), &bad) != 0)
		s = country != NULL ? country : "";
	while (s[off] != '\0' && n < sizeof(slug) - 3) {
		c = utf8_decode(s, &off);
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			slug[n++] = (char)c;
		else if (c >= 'A' && c <= 'Z')
			slug[n++] = (char)(c - 'A' + 'a');
		else if ((plain = fold_latin(c)) != NULL)
			while (*plain != '\0')
				slug[n++] = *plain++;
		else if (n > 0 && slug[n - 1] != '-')
			slug[n++] = '-';
	}
	while (n > 0 && slug[n - 1] == '-')
		n--;
	slug[n] = '\0';
	return xasprintf("%s/%0*d%s%s.pdf", dir, width, row, n ? "-" : "",
	    slug);
}

/* Leading and trailing blanks of a cell, which spreadsheets keep. */
static char *
trim(char *cell)
{
	char	*end;

	cell += strspn(cell, " \t");
	end = cell + strlen(cell);
	while (end > cell && (end[-1] == ' ' || end[-1] == '\t'))
		*--end = '\0';
	return cell;
}

/*
 * Map header cells to profile fields.  A column named twice is refused
 * (which one would be meant?); an unknown one is a warning, an unnamed
 * one (spreadsheets write empty columns) is ignored.  -1 after a
 * message.
 */
static int
read_header(const struct csv_record *h, const char *file, int *field_of)
{
	struct srcpos	 pos;
	size_t		 i, j;
	int		 f, have_country = 0, rc = 0;
	char		*cell;

	for (i = 0; i < h->nfields; i++) {
		field_of[i] = -1;
		cell = trim(h->fields[i].text);
		for (f = 0; f < SPEC__MAX; f++)
			if (strcasecmp(cell, spec_field_name(f)) == 0)
				field_of[i] = f;
		pos.file = file;
		pos.line = h->fields[i].line;
		pos.col = h->fields[i].col;
		if (field_of[i] == -1 && *cell != '\0')
			msg(MSG_CSV_COLUMN, &pos, "\"%s\"", cell);
		for (j = 0; j < i && field_of[i] != -1; j++)
			if (field_of[j] == field_of[i]) {
				msg(MSG_CSV_DUPCOL, &pos, "\"%s\" (also column "
				    "%zu)", spec_field_name(field_of[i]), j + 1);
				rc = -1;
				break;
			}
		have_country |= field_of[i] == SPEC_COUNTRY ||
		    field_of[i] == SPEC_REGION;
	}
	if (!have_country) {
		pos.file = file;
		pos.line = h->line;
		pos.col = 0;
		msg(MSG_CSV_HEADER, &pos, "no country column");
		return -1;
	}
	return rc;
}

/* 1 for yes, 0 for no, -1 for anything else: the usual spellings. */
static int
yes_no(const char *s)
{
	static const char *const yes[] = { "yes", "y", "true", "1" };
	static const char *const no[] = { "no", "n", "false", "0" };
	size_t	i;

	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
		if (strcasecmp(s, yes[i]) == 0)
			return 1;
		if (strcasecmp(s, no[i]) == 0)
			return 0;
	}
	return -1;
}

/*
 * A value from a cell, for the facilitator sheet: at most 30
 * characters, control and bidirectional control characters as "?".
 * dst has room for 128 bytes.
 */
static void
printable(char *dst, const char *s)
{
	size_t		 off = 0, prev, n = 0, o = 0;
	unsigned int	 cp;

	while (s[off] != '\0' && n++ < 30) {
		prev = off;
		cp = utf8_decode(s, &off);
		if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp > 0xffff ||
		    cp == 0x061c || cp == 0x200e || cp == 0x200f ||
		    (cp >= 0x202a && cp <= 0x202e) ||
		    (cp >= 0x2066 && cp <= 0x2069))
			dst[o++] = '?';
		else {
			memcpy(dst + o, s + prev, off - prev);
			o += off - prev;
		}
	}
	if (s[off] != '\0') {
		memcpy(dst + o, "\xe2\x80\xa6", 3);	/* ellipsis */
		o += 3;
	}
	dst[o] = '\0';
}

/*
 * Characters of s the font cannot draw as "?", in place: an unknown
 * platform typed in another script must not cost the pack.
 */
static void
glyphs_only(const struct metrics *m, char *s)
{
	size_t		 off = 0, prev, o = 0;
	unsigned int	 cp;

	while (s[off] != '\0') {
		prev = off;
		cp = utf8_decode(s, &off);
		if (m->has_glyph(m->arg, FONT_REGULAR, cp)) {
			memmove(s + o, s + prev, off - prev);
			o += off - prev;
		} else
			s[o++] = '?';
	}
	s[o] = '\0';
}

/* What a row lost, for the facilitator sheet: the first few values. */
#define LEFT_SHOWN	5

static void
note_left(struct person *p, enum spec_field f, const char *word)
{
	char	 shown[128], *t, *u;

	if (p->nleft++ >= LEFT_SHOWN)
		return;
	printable(shown, word);
	t = xasprintf("%s%s%s", p->left != NULL ? p->left : "",
	    p->left != NULL ? text_get(T_R_COMMA) : "",
	    u = xasprintf(text_get(f == SPEC_PLATFORMS ? T_FS_LEFT_PLATFORM :
	    T_FS_LEFT_TOPIC), shown));
	free(u);
	free(p->left);
	p->left = t;
}

/* The note whole: how many more, and what the checklist has instead. */
static void
finish_left(struct person *p, int default_topics)
{
	char	*t;

	t = xasprintf("%s%s%s%s", p->left, p->nleft > LEFT_SHOWN ?
	    text_get(T_FS_LEFT_MORE) : "", p->left_all & 1 ?
	    text_get(T_FS_LEFT_ALL_PLATFORMS) : "", p->left_all & 2 ?
	    text_get(default_topics ? T_FS_LEFT_DEFAULT_TOPICS :
	    T_FS_LEFT_ALL_TOPICS) : "");
	free(p->left);
	p->left = t;
}

/*
 * The words of a platforms or topics cell that the guides declare,
 * comma-separated, for profile_make(); NULL if none is.  Any other word
 * is a warning naming the row, the column and the values known, and is
 * noted for the facilitator sheet: a misspelt platform costs that
 * platform, not the person's checklist.
 */
static char *
keep_known(struct person *p, const struct csv_field *cell, const char *text,
    enum spec_field f, const struct guideset *gs, const char *file)
{
	struct srcpos		 pos = { file, cell->line, cell->col };
	struct declared *const	*known = f == SPEC_PLATFORMS ? gs->platforms :
				    gs->topics;
	size_t			 nknown = f == SPEC_PLATFORMS ?
				    gs->nplatforms : gs->ntopics;
	const char		*w = text;
	char			*kept, *word, *valid;
	size_t			 len, i, n = 0;

	/* The words kept, with a comma each, are never longer. */
	kept = xmalloc(strlen(text) + 2);
	while (*w != '\0') {
		w += strspn(w, ", ;\t\r\n");
		if ((len = strcspn(w, ", ;\t\r\n")) == 0)
			break;
		word = xstrndup(w, len);
		w += len;
		for (i = 0; i < nknown; i++)
			if (strcasecmp(known[i]->id, word) == 0)
				break;
		if (i < nknown) {
			memcpy(kept + n, word, len);
			n += len;
			kept[n++] = ',';
		} else {
			valid = declared_join((const struct declared *const *)
			    known, nknown, 0);
			msg(f == SPEC_PLATFORMS ? MSG_BATCH_PLATFORM :
			    MSG_BATCH_TOPIC, &pos, "\"%s\" in row %d, column "
			    "%s (known: %s)", word, p->row, spec_field_name(f),
			    valid);
			free(valid);
			note_left(p, f, word);
		}
		free(word);
	}
	if (n == 0) {
		free(kept);
		return NULL;
	}
	kept[n - 1] = '\0';
	return kept;
}

/*
 * Check one row; fill p->profile, or report the row and leave it NULL.
 * The options in defaults come first, the row's cells override them.
 */
static void
read_person(struct session *s, const struct batch_opts *o,
    const struct csv_record *r, const int *field_of, size_t nfields,
    struct person *p)
{
	struct profile_spec	 spec;
	struct srcpos		 pos;
	const char		*file = o->roster;
	char			*text, *kept;
	size_t			 i, lost;
	int			 f, before, bad = 0, yn;

	memset(&spec, 0, sizeof(spec));
	for (f = 0; f < SPEC__MAX; f++) {
		/* A field missing from the row is the row's problem. */
		spec.pos[f].file = file;
		spec.pos[f].line = r->line;
		if (o->defaults != NULL && o->defaults->value[f] != NULL)
			profile_spec_set(&spec, f, o->defaults->value[f]);
	}
	before = msg_count(MSGL_ERROR);
	for (i = 0; i < r->nfields && i < nfields; i++) {
		if ((f = field_of[i]) == -1)
			continue;
		text = f == SPEC_NAME ? r->fields[i].text :
		    trim(r->fields[i].text);
		if (*text == '\0')
			continue;
		pos.file = file;
		pos.line = r->fields[i].line;
		pos.col = r->fields[i].col;
		if (f == SPEC_PLATFORMS || f == SPEC_TOPICS) {
			lost = p->nleft;
			kept = keep_known(p, &r->fields[i], text, f, s->gs,
			    file);
			/* Nothing known: the default, or all of them. */
			if (kept == NULL && p->nleft > lost)
				p->left_all |= f == SPEC_PLATFORMS ? 1 : 2;
			if (kept == NULL)
				continue;
			profile_spec_set(&spec, f, kept);
			free(kept);
		} else if (f == SPEC_COVER) {
			if ((yn = yes_no(text)) == -1) {
				msg(MSG_CSV_YESNO, &pos, "\"%s\" in row %d, "
				    "column %s", text, p->row,
				    spec_field_name(f));
				bad = 1;
				continue;
			}
			profile_spec_set(&spec, f, yn ? "yes" : "no");
		} else
			profile_spec_set(&spec, f, text);
		spec.pos[f] = pos;
	}
	p->profile = bad ? NULL : profile_make(&spec, s->gs);
	/* A template is a cell like any other: its row, not a usage error. */
	if (p->profile != NULL &&
	    !session_has_template(s, p->profile->template)) {
		msg(MSG_PROFILE_TEMPLATE, &spec.pos[SPEC_TEMPLATE], "\"%s\"",
		    p->profile->template);
		profile_free(p->profile);
		p->profile = NULL;
	}
	if (p->profile == NULL && msg_count(MSGL_ERROR) == before) {
		pos.file = file;
		pos.line = r->line;
		pos.col = 0;
		msg(MSG_BATCH_ROW, &pos, "row %d", p->row);
	}
	if (p->left != NULL)
		finish_left(p, spec.value[SPEC_TOPICS] != NULL);
	profile_spec_clear(&spec);
}

/*
 * The defaults given as options, checked once, as options: an unknown
 * --topics word is a usage error, not a warning on every row.  -1
 * after a message.
 */
static int
check_defaults(struct session *s, const struct profile_spec *d)
{
	struct profile_spec	 spec;
	struct profile		*p;
	int			 f, rc = 0;

	memset(&spec, 0, sizeof(spec));
	for (f = 0; f < SPEC__MAX; f++)
		if (d->value[f] != NULL)
			profile_spec_set(&spec, f, d->value[f]);
	/* Somewhere, so that profile_make() checks the rest. */
	profile_spec_set(&spec, SPEC_REGION, "EU");
	if ((p = profile_make(&spec, s->gs)) == NULL)
		rc = -1;
	profile_free(p);
	profile_spec_clear(&spec);
	if (d->value[SPEC_TEMPLATE] != NULL &&
	    !session_has_template(s, d->value[SPEC_TEMPLATE])) {
		msg_usage(MSG_PROFILE_TEMPLATE, "\"%s\"",
		    d->value[SPEC_TEMPLATE]);
		rc = -1;
	}
	return rc;
}

/*
 * Worker k of n makes the PDFs of rows k, k + n, ... and reports each
 * on fd as "index pages minutes status", status being the exit status
 * the row alone would give (0 when its PDF was written).  Returns 0, or
 * -1 if the parent cannot be told: it then reports the rows left.
 */
static int
work(struct session *s, struct person *people, size_t np, size_t k,
    size_t n, int fd)
{
	struct build_result	 res;
	char			 line[64];
	size_t			 i;
	int			 len, st;

	for (i = k; i < np; i += n) {
		if (people[i].profile == NULL)
			continue;
		/* Each row's status, and count of hidden messages, its own. */
		msg_summary();
		msg_reset();
		memset(&res, 0, sizeof(res));
		st = msg_status(session_build(s, people[i].profile,
		    people[i].file, &res) == -1);
		len = snprintf(line, sizeof(line), "%zu %zu %d %d\n", i,
		    res.pages, res.minutes, st);
		if (fault_point(FAULT_SITE) ||
		    write(fd, line, (size_t)len) != len)
			return -1;
	}
	return 0;
}

static void
progress(size_t done, size_t total)
{
	if (isatty(STDERR_FILENO))
		fprintf(stderr, "\rrightsheet: %zu of %zu checklists%s", done,
		    total, done == total ? "\n" : "");
}

/* Fold a worker's exit status for a row into ours. */
static void
note_status(int st)
{
	if (st == EXIT_INPUT)
		msg_note(MSGL_ERROR);
	else if (st == EXIT_USAGE)
		msg_note(MSGL_USAGE);
	else if (st != EXIT_OK)
		msg_note(MSGL_SYSERR);
}

/* Read the workers' reports until they all close the pipe. */
static void
collect_reports(int fd, struct person *people, size_t np, size_t todo,
    size_t *done)
{
	FILE	*in;
	char	 line[64];
	long	 idx;
	int	 pages, minutes, st;

	if ((in = fdopen(fd, "r")) == NULL) {
		close(fd);
		return;
	}
	while (fgets(line, sizeof(line), in) != NULL) {
		if (sscanf(line, "%ld %d %d %d", &idx, &pages, &minutes,
		    &st) != 4 || idx < 0 || (size_t)idx >= np ||
		    people[idx].done)
			continue;
		people[idx].done = 1;
		if (st == EXIT_OK) {
			people[idx].ok = 1;
			people[idx].pages = pages;
			people[idx].minutes = minutes;
		} else
			note_status(st);
		progress(++*done, todo);
	}
	fclose(in);
}

/*
 * Say which rows no worker reported on, and why: a worker that was not
 * started or that stopped early (killed, out of memory, cannot write
 * to the pipe).  Every row is accounted for.
 */
static void
report_lost(struct person *people, size_t np, const char *why)
{
	char	rows[256];
	size_t	i, len = 0, lost = 0;

	rows[0] = '\0';
	for (i = 0; i < np; i++) {
		if (people[i].profile == NULL || people[i].done)
			continue;
		if (lost++ < 20 && len < sizeof(rows) - 16)
			len += (size_t)snprintf(rows + len, sizeof(rows) - len,
			    "%s%d", len ? ", " : "", people[i].row);
	}
	if (lost > 20)
		snprintf(rows + len, sizeof(rows) - len, " and %zu more",
		    lost - 20);
	if (lost > 0)
		msg(MSG_SYS_WORKER, NULL, "row%s %s: %s", lost > 1 ? "s" : "",
		    rows, why);
}

/* Run the workers and collect what each made.  Returns rows done. */
static size_t
run_workers(struct session *s, struct person *people, size_t np,
    size_t todo, int jobs)
{
	pid_t	*pids;
	char	 why[128];
	size_t	 done = 0, i;
	int	 fds[2], k, st, started;

	if (jobs <= 1 || todo <= 1) {
		/* No fork for one worker: simpler to debug and to trace. */
		for (i = 0; i < np; i++) {
			struct build_result res;

			if (people[i].profile == NULL)
				continue;
			people[i].done = 1;
			if (session_build(s, people[i].profile,
			    people[i].file, &res) == 0) {
				people[i].ok = 1;
				people[i].pages = (int)res.pages;
				people[i].minutes = res.minutes;
			} else
				(void)msg_status(1);
			progress(++done, todo);
		}
		return done;
	}
	if (pipe(fds) == -1) {
		msg(MSG_SYS_FORK, NULL, "%s", strerror(errno));
		report_lost(people, np, "no worker process could be started");
		return 0;
	}
	fflush(NULL);
	pids = xcalloc((size_t)jobs, sizeof(*pids));
	for (started = 0; started < jobs; started++) {
		pids[started] = fault_point(FAULT_SITE) ? (errno = EAGAIN, -1) :
		    fork();
		if (pids[started] == -1) {
			msg(MSG_SYS_FORK, NULL, "%s", strerror(errno));
			break;
		}
		if (pids[started] == 0) {
			close(fds[0]);
			st = work(s, people, np, (size_t)started,
			    (size_t)jobs, fds[1]);
			close(fds[1]);
			/* _exit() skips the atexit() that prints this. */
			msg_summary();
			fflush(NULL);
			_exit(st == 0 ? EXIT_OK : EXIT_SYSERR);
		}
	}
	close(fds[1]);
	collect_reports(fds[0], people, np, todo, &done);
	snprintf(why, sizeof(why), "no worker process could be started");
	for (k = 0; k < started; k++) {
		while (waitpid(pids[k], &st, 0) == -1 && errno == EINTR)
			continue;
		if (WIFSIGNALED(st))
			snprintf(why, sizeof(why), "a worker process was "
			    "stopped by signal %d (%s)", WTERMSIG(st),
			    strsignal(WTERMSIG(st)));
		else if (WIFEXITED(st) && WEXITSTATUS(st) != 0)
			snprintf(why, sizeof(why), "a worker process ended "
			    "with status %d", WEXITSTATUS(st));
	}
	free(pids);
	report_lost(people, np, why);
	return done;
}

/*
 * One PDF for the printer: the facilitator sheet, then each person's
 * checklist starting on an odd page, so that double-sided printing
 * never puts two people on one sheet of paper.
 */
static int
combine(struct session *s, struct person *people, size_t np,
    const char *path)
{
	struct layout	*all, *l;
	struct plan	**plans;
	struct pdfinfo	 info;
	const char	**names;
	char		**left, **lost;
	size_t		 i, n = 0, nleft = 0, nlost = 0, *first, *count, front,
			 tries;
	int		 rc = -1;

	first = xcalloc(np + 1, sizeof(*first));
	count = xcalloc(np + 1, sizeof(*count));
	plans = xcalloc(np + 1, sizeof(*plans));
	names = xcalloc(np + 1, sizeof(*names));
	left = xcalloc(np + 1, sizeof(*left));
	lost = xcalloc(np + 1, sizeof(*lost));
	all = xcalloc(1, sizeof(*all));
	for (i = 0; i < np; i++) {
		if (!people[i].ok) {
			left[nleft++] = xasprintf("Row %d: %s", people[i].row,
			    people[i].label);
			continue;
		}
		if ((l = session_layout(s, people[i].profile, &plans[n])) ==
		    NULL)
			goto out;
		names[n] = people[i].label;
		if (people[i].left != NULL) {
			lost[nlost] = xasprintf("%s: %s", people[i].label,
			    people[i].left);
			glyphs_only(session_metrics(s), lost[nlost++]);
		}
		count[n] = l->npages;
		layout_append(all, l, 2);
		/* Counted from the end: layout_append aligned it. */
		first[n] = all->npages - count[n];
		n++;
	}
	if (n == 0)
		goto out;
	/*
	 * The sheet gives each person's pages, which follow the sheet
	 * itself: guess its length, lay it out, and again if the guess
	 * was wrong (page numbers can only lengthen it, so this ends).
	 */
	for (front = 2, tries = 0;; tries++) {
		for (i = 0; i < n; i++)
			first[i] += front + 1;
		l = layout_roster((const struct plan *const *)plans, names, n,
		    (const char *const *)left, nleft,
		    (const char *const *)lost, nlost, session_metrics(s),
		    s->today_long, first, count);
		for (i = 0; i < n; i++)
			first[i] -= front + 1;
		if (l == NULL)
			goto out;
		if ((l->npages + 1) / 2 * 2 == front)
			break;
		front = (l->npages + 1) / 2 * 2;
		layout_free(l);
		/* Never a wrong page number: none, if it will not settle. */
		if (tries == 3) {
			l = layout_roster((const struct plan *const *)plans,
			    names, n, (const char *const *)left, nleft,
			    (const char *const *)lost, nlost,
			    session_metrics(s), s->today_long, NULL, NULL);
			if (l == NULL)
				goto out;
			break;
		}
	}
	/* The facilitator sheet goes first. */
	layout_append(l, all, 2);
	all = l;
	session_info(s, "Workshop pack: privacy checklists", &info);
	rc = session_write(s, all, &info, path);
out:
	for (i = 0; i < n; i++)
		plan_free(plans[i]);
	for (i = 0; i < nleft; i++)
		free(left[i]);
	for (i = 0; i < nlost; i++)
		free(lost[i]);
	free(lost);
	free(plans);
	free(names);
	free(left);
	free(first);
	free(count);
	layout_free(all);
	return rc;
}

/* mkdir -p: make dir and any missing parents.  0, or -1 with errno. */
static int
make_dirs(const char *dir)
{
	char	*p, *slash;
	int	 rc = 0;

	if (*dir == '\0') {
		errno = ENOENT;
		return -1;
	}
	p = xstrdup(dir);
	for (slash = p + 1; rc == 0 && (slash = strchr(slash, '/')) != NULL;
	    slash++) {
		*slash = '\0';
		if (mkdir(p, 0777) == -1 && errno != EEXIST)
			rc = -1;
		*slash = '/';
	}
	if (rc == 0 && mkdir(p, 0777) == -1 && errno != EEXIST)
		rc = -1;
	free(p);
	return rc;
}

int
batch_run(struct session *s, const struct batch_opts *o)
{
	struct srcpos	 pos = { o->outdir, 0, 0 };
	struct csv	*c = NULL;
	struct person	*people = NULL;
	const struct csv_record **rows = NULL;
	struct stat	 st;
	char		*buf;
	int		*field_of = NULL, width, jobs, rc = -1;
	size_t		 len, np = 0, nrows = 0, i, todo = 0, made;

	if (o->dump)
		session_dump_device(s);
	/* Before any work: the pack must not replace the roster. */
	if (o->combined != NULL && pdf_check_target(o->combined) == -1)
		return -1;
	if ((buf = read_roster(o->roster, &len)) == NULL)
		return -1;
	/* A spreadsheet by its bytes or its name; otherwise CSV. */
	if (sheet_wanted(o->roster, buf, len))
		c = sheet_parse(o->roster, buf, len, o->sheet);
	else if (o->sheet != NULL) {
		struct srcpos spos = { o->roster, 0, 0 };

		msg(MSG_USAGE_SHEET_CSV, &spos, NULL);
		c = NULL;
	} else
		c = csv_parse(o->roster, buf, len, o->encoding);
	free(buf);
	if (c == NULL)
		return -1;
	if (o->defaults != NULL && check_defaults(s, o->defaults) == -1)
		goto out;
	/* Rows with nothing in them are not people: skip them. */
	rows = xcalloc(c->nrecords + 1, sizeof(*rows));
	for (i = 0; i < c->nrecords; i++)
		if (!csv_record_empty(&c->records[i]))
			rows[nrows++] = &c->records[i];
	if (nrows == 0) {
		struct srcpos rpos = { o->roster, 0, 0 };

		msg(MSG_CSV_HEADER, &rpos, "the file is empty");
		goto out;
	}
	field_of = xcalloc(rows[0]->nfields + 1, sizeof(*field_of));
	if (read_header(rows[0], o->roster, field_of) == -1)
		goto out;
	if (make_dirs(o->outdir) == -1) {
		msg(MSG_SYS_MKDIR, &pos, "%s", strerror(errno));
		goto out;
	}
	if (stat(o->outdir, &st) == -1 || !S_ISDIR(st.st_mode)) {
		msg(MSG_USAGE_NOT_FOLDER, &pos, NULL);
		goto out;
	}

	np = nrows - 1;
	people = xcalloc(np + 1, sizeof(*people));
	for (width = 1, i = np; i >= 10; i /= 10)
		width++;
	for (i = 0; i < np; i++) {
		const struct csv_record *r = rows[i + 1];
		const char *name = NULL, *country = NULL;
		size_t j;

		people[i].row = (int)i + 1;
		for (j = 0; j < r->nfields && j < rows[0]->nfields; j++) {
			if (field_of[j] == SPEC_NAME)
				name = r->fields[j].text;
			else if (field_of[j] == SPEC_COUNTRY)
				country = r->fields[j].text;
		}
		people[i].file = file_name(o->outdir, people[i].row, width,
		    name, country);
		read_person(s, o, r, field_of, rows[0]->nfields, &people[i]);
		/* The name as checked and cleaned, not as typed. */
		people[i].label = people[i].profile != NULL &&
		    people[i].profile->name != NULL ?
		    xasprintf("%s (%s)", people[i].profile->name,
			strrchr(people[i].file, '/') + 1) :
		    xstrdup(strrchr(people[i].file, '/') + 1);
		todo += people[i].profile != NULL;
	}

	/* Load the fonts before the workers start, so they share them. */
	if (todo > 0 && session_fonts(s) == -1)
		goto out;
	jobs = o->jobs > 0 ? o->jobs : (int)sysconf(_SC_NPROCESSORS_ONLN);
	if (jobs < 1)
		jobs = 1;
	made = run_workers(s, people, np, todo, jobs);
	for (made = 0, i = 0; i < np; i++)
		made += people[i].ok;
	fprintf(stderr, "rightsheet: wrote %zu of %zu checklists to %s\n",
	    made, np, o->outdir);
	rc = made == np ? 0 : -1;
	if (o->combined != NULL && made > 0) {
		if (combine(s, people, np, o->combined) == 0)
			fprintf(stderr, "rightsheet: wrote the combined pack "
			    "%s\n", o->combined);
		else
			rc = -1;
	}
out:
	for (i = 0; i < np; i++) {
		profile_free(people[i].profile);
		free(people[i].file);
		free(people[i].label);
		free(people[i].left);
	}
	free(people);
	free(rows);
	free(field_of);
	csv_free(c);
	return rc;
}
