/* SPDX-License-Identifier: ISC */
/*
 * Guided questions: plain words, one question at a time, numbered
 * choices with a default, a summary that can be corrected, and at the
 * end the place of the PDF and what to do first.
 */
#include <sys/stat.h>

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "country.h"
#include "plan.h"
#include "text.h"
#include "utf8.h"
#include "wizard.h"
#include "wizard_int.h"
#include "xalloc.h"

#define DEFAULT_OUTPUT	"privacy-checklist.pdf"

struct answers {
	const struct country	*country;	/* NULL: a region handout */
	enum region		 region;
	const struct usstate	*state;
	char			*platforms;	/* comma list; NULL: all */
	char			*topics;	/* comma list; NULL: all */
	enum paper		 paper;
	int			 paper_chosen;	/* 0: follows the country */
	int			 large;		/* large-print template */
	char			*name;
	int			 cover;		/* details on the cover */
	char			*output;	/* ~ already expanded */
	int			 replace;	/* output exists: replace it */
	int			 budget;	/* minutes; 0: all of it */
	int			 letters;	/* the letters that fit, at the end */
};

struct wiz {
	struct session	*s;
	FILE		*in, *out;
	struct answers	 a;
};

/* One whole line of input, trimmed; NULL at end of input (Ctrl-D). */
static char *
ask(struct wiz *w, const char *prompt)
{
	char	*s;
	int	 cut;

	fprintf(w->out, "%s ", prompt);
	fflush(w->out);
	if ((s = wizard_readline(w->in, &cut)) != NULL && cut)
		fprintf(w->out, text_get(T_WIZ_TOO_LONG), WIZARD_LINE_MAX);
	return s;
}

/* 1 for yes, 0 for no, def for Enter, -1 for anything else. */
static int
yes_no(const char *s, int def)
{
	if (*s == '\0')
		return def;
	if (strcasecmp(s, "y") == 0 || strcasecmp(s, "yes") == 0)
		return 1;
	if (strcasecmp(s, "n") == 0 || strcasecmp(s, "no") == 0)
		return 0;
	return -1;
}

/* Ask until the answer is yes, no or Enter (def); -1 at end of input. */
static int
ask_yes_no(struct wiz *w, const char *prompt, int def)
{
	char	*s;
	int	 yn;

	for (;;) {
		if ((s = ask(w, prompt)) == NULL)
			return -1;
		yn = yes_no(s, def);
		free(s);
		if (yn != -1)
			return yn;
		fputs(text_get(T_WIZ_YES_OR_NO), w->out);
	}
}

static enum paper
usual_paper(enum region r)
{
	/* Letter where people use Letter, A4 everywhere else. */
	return r == REGION_US || r == REGION_CA ? PAPER_LETTER : PAPER_A4;
}

static void
set_place(struct wiz *w, const struct country *c, const struct usstate *st)
{
	w->a.country = c;
	w->a.state = st;
	w->a.region = c->region;
	fprintf(w->out, text_get(T_WIZ_PLACE),
	    st != NULL ? st->name : "",
	    st != NULL ? text_get(T_WIZ_PLACE_SEP) : "",
	    strip_article(c->name), region_code(w->a.region));
}

/*
 * A country as people type it (country_match()).  One likely meaning
 * of a slip is offered for a yes; an answer that is neither yes nor no
 * is taken as the country typed again.  Returns 1 when a place is
 * chosen, 0 for Enter (a region handout), -1 at end of input.
 */
static int
ask_country(struct wiz *w)
{
	struct country_guess	 g;
	char			*s, *again = NULL, *hint, *prompt;
	int			 yn;

	for (;;) {
		if ((s = again) == NULL &&
		    (s = ask(w, text_get(T_WIZ_COUNTRY))) == NULL)
			return -1;
		again = NULL;
		if (*s == '\0') {
			free(s);
			return 0;
		}
		if (country_match(s, &g) == 0) {
			free(s);
			set_place(w, g.country, g.state);
			return 1;
		}
		free(s);
		if (g.partial)
			fputs(text_get(T_WIZ_OTHER_LANGUAGES), w->out);
		if ((hint = country_guess_hint(&g)) == NULL) {
			fputs(text_get(T_WIZ_UNKNOWN_PLACE), w->out);
			continue;
		}
		if (g.nmaybe > 1) {
			fprintf(w->out, text_get(T_WIZ_MEAN_ONE_OF), hint);
			free(hint);
			continue;
		}
		prompt = xasprintf(text_get(T_WIZ_MEAN), hint);
		free(hint);
		s = ask(w, prompt);
		free(prompt);
		if (s == NULL)
			return -1;
		if ((yn = yes_no(s, 1)) == 1) {
			free(s);
			set_place(w, g.maybe[0], g.maybe_state[0]);
			return 1;
		}
		if (yn == 0) {
			free(s);
			fputs(text_get(T_WIZ_COUNTRY_AGAIN), w->out);
		} else
			again = s;
	}
}

static int
ask_where(struct wiz *w)
{
	struct country_guess	 g;
	const struct usstate	*st;
	enum region		 r;
	char			*s;
	int			 i;

	fputs(text_get(T_WIZ_Q_WHERE), w->out);
	if ((i = ask_country(w)) == -1)
		return -1;
	if (i == 1)
		goto state;
	/* A region handout. */
	w->a.country = NULL;
	w->a.state = NULL;
	fputs(text_get(T_WIZ_REGIONS), w->out);
	for (i = 0; i < REGION__MAX; i++)
		fprintf(w->out, text_get(T_WIZ_REGION_ENTRY), i + 1,
		    strip_article(region_name(i)));
	for (;;) {
		if ((s = ask(w, text_get(T_WIZ_REGION_NUMBER))) == NULL)
			return -1;
		i = atoi(s);
		if (i >= 1 && i <= REGION__MAX) {
			w->a.region = i - 1;
			free(s);
			return 0;
		}
		if (region_find(s, &r) == 0) {
			w->a.region = r;
			free(s);
			return 0;
		}
		fprintf(w->out, text_get(T_WIZ_REGION_RANGE), REGION__MAX);
		free(s);
	}
state:
	/* "California" answered this already. */
	if (w->a.region != REGION_US || w->a.state != NULL)
		return 0;
	fputs(text_get(T_WIZ_Q_STATE), w->out);
	for (;;) {
		if ((s = ask(w, text_get(T_WIZ_STATE))) == NULL)
			return -1;
		if (*s == '\0') {
			free(s);
			return 0;
		}
		/* The matcher knows the states too, and their slips. */
		memset(&g, 0, sizeof(g));
		if ((st = usstate_find(s)) == NULL && country_match(s, &g) == 0)
			st = g.state;
		free(s);
		if (st != NULL) {
			w->a.state = st;
			return 0;
		}
		if (g.nmaybe > 0 && g.maybe_state[0] != NULL)
			fprintf(w->out, text_get(T_WIZ_MEAN_STATE),
			    g.maybe_state[0]->name);
		else
			fputs(text_get(T_WIZ_NOT_STATE), w->out);
	}
}

static int	ask_numbers(struct wiz *, const char *, const char *,
		    struct declared *const *, size_t, char **);

/*
 * Choose from a numbered list of declarations: numbers separated by
 * spaces or commas, or Enter for all.  *result becomes a comma list of
 * ids, or NULL for all.
 */
static int
by_name(const void *a, const void *b)
{
	return strcasecmp((*(struct declared *const *)a)->name,
	    (*(struct declared *const *)b)->name);
}

static int
ask_list(struct wiz *w, const char *question, const char *why,
    struct declared *const *known, size_t n, char **result)
{
	struct declared	**d;
	int		  rc;

	/* People look for names, not ids: list them by name. */
	d = xcalloc(n + 1, sizeof(*d));
	memcpy(d, known, n * sizeof(*d));
	qsort(d, n, sizeof(*d), by_name);
	rc = ask_numbers(w, question, why, d, n, result);
	free(d);
	return rc;
}

static int
ask_numbers(struct wiz *w, const char *question, const char *why,
    struct declared *const *d, size_t n, char **result)
{
	char	*s, *p, *list, *t;
	size_t	 i;
	long	 k;
	int	 bad, wide;

	fprintf(w->out, text_get(T_WIZ_LIST_HEAD), question, why);
	/* Three columns when the names are short, else one a line. */
	for (i = 0, wide = 0; i < n; i++)
		wide |= strlen(d[i]->name) > 20;
	for (i = 0; i < n; i++)
		fprintf(w->out, text_get(T_WIZ_LIST_ENTRY), i + 1, d[i]->name,
		    wide || i % 3 == 2 || i + 1 == n ? "\n" : "");
	for (;;) {
		if ((s = ask(w, text_get(T_WIZ_NUMBERS))) == NULL)
			return -1;
		free(*result);
		*result = NULL;
		if (*s == '\0') {
			free(s);
			return 0;
		}
		list = xstrdup("");
		bad = 0;
		for (p = s; *p != '\0'; ) {
			if (!isdigit((unsigned char)*p)) {
				if (*p != ' ' && *p != ',')
					bad = 1;
				p++;
				continue;
			}
			k = strtol(p, &p, 10);
			if (k < 1 || (size_t)k > n) {
				bad = 1;
				continue;
			}
			t = xasprintf("%s%s%s", list, *list ? "," : "",
			    d[k - 1]->id);
			free(list);
			list = t;
		}
		free(s);
		if (!bad && *list != '\0') {
			*result = list;
			return 0;
		}
		free(list);
		fprintf(w->out, text_get(T_WIZ_NUMBERS_RANGE), n);
	}
}

static int
ask_budget(struct wiz *w)
{
	char	*s;
	int	 m;

	fputs(text_get(T_WIZ_Q_BUDGET), w->out);
	for (;;) {
		if ((s = ask(w, text_get(T_WIZ_BUDGET))) == NULL)
			return -1;
		m = *s == '\0' ? 0 : budget_parse(s);
		free(s);
		if (m >= 0) {
			w->a.budget = m;
			return 0;
		}
		fputs(text_get(T_WIZ_BUDGET_AGAIN), w->out);
	}
}

/*
 * The paper follows the country until the person picks one: Enter
 * keeps the usual size, so a later change of country changes it too.
 */
static int
ask_paper(struct wiz *w)
{
	char	*s;
	int	 def, yn;

	def = w->a.paper == PAPER_LETTER ? 2 : 1;
	fputs(text_get(T_WIZ_Q_PAPER), w->out);
	for (;;) {
		if ((s = ask(w, text_get(def == 1 ? T_WIZ_PAPER_A4 :
		    T_WIZ_PAPER_LETTER))) == NULL)
			return -1;
		if (*s == '\0' || strcmp(s, "1") == 0 || strcmp(s, "2") == 0) {
			if (*s != '\0') {
				w->a.paper = atoi(s) == 2 ? PAPER_LETTER :
				    PAPER_A4;
				w->a.paper_chosen = 1;
			}
			free(s);
			break;
		}
		free(s);
		fputs(text_get(T_WIZ_ONE_OR_TWO), w->out);
	}
	fputs(text_get(T_WIZ_LARGE_PRINT), w->out);
	if ((yn = ask_yes_no(w, text_get(w->a.large ? T_WIZ_LARGE_YES :
	    T_WIZ_LARGE_NO), w->a.large)) == -1)
		return -1;
	w->a.large = yn;
	return 0;
}

/*
 * A name the cover can print: what profile_make() would accept, checked
 * here so that the last step cannot fail on it.
 */
static int
name_ok(const char *s)
{
	size_t		off = 0, bad, n = 0;
	unsigned int	cp;

	if (utf8_check(s, strlen(s), &bad) == -1)
		return 0;
	while (s[off] != '\0') {
		cp = utf8_decode(s, &off);
		if ((cp < 0x20 && cp != '\t') || (cp >= 0x7f && cp < 0xa0) ||
		    ++n > 80)
			return 0;
	}
	return 1;
}

static int
ask_cover(struct wiz *w)
{
	char	*s;

	fputs(text_get(T_WIZ_Q_COVER), w->out);
	for (;;) {
		if ((s = ask(w, text_get(T_WIZ_COVER))) == NULL)
			return -1;
		if (*s == '\0' || strchr("yY", *s) != NULL) {
			w->a.cover = 1;
			free(s);
			break;
		}
		if (strchr("nN", *s) != NULL) {
			w->a.cover = 0;
			free(s);
			return 0;
		}
		free(s);
		fputs(text_get(T_WIZ_YES_OR_NO), w->out);
	}
	for (;;) {
		if ((s = ask(w, text_get(T_WIZ_NAME))) == NULL)
			return -1;
		if (name_ok(s))
			break;
		free(s);
		fputs(text_get(T_WIZ_NAME_AGAIN), w->out);
	}
	free(w->a.name);
	w->a.name = *s != '\0' ? s : NULL;
	if (w->a.name == NULL)
		free(s);
	return 0;
}

/*
 * Letters ready to sign go at the end of the checklist, those its
 * steps send for where the person lives (none in some places).
 */
static int
ask_letters(struct wiz *w)
{
	int	yn;

	fputs(text_get(T_WIZ_LETTERS), w->out);
	if ((yn = ask_yes_no(w, text_get(w->a.letters ? T_WIZ_LETTERS_YES :
	    T_WIZ_LETTERS_NO), w->a.letters)) == -1)
		return -1;
	w->a.letters = yn;
	return 0;
}

/*
 * Whether path may be written: 1 yes, 0 no (said why), -1 at end of
 * input.  An existing file is replaced only when the person says so.
 */
static int
may_write(struct wiz *w, const char *path)
{
	struct stat	 st;
	char		*dir, *slash, *prompt;
	int		 yn;

	w->a.replace = 0;
	if (stat(path, &st) == -1) {
		dir = xstrdup(path);
		if ((slash = strrchr(dir, '/')) != NULL)
			slash[slash == dir] = '\0';
		if (slash != NULL && (stat(dir, &st) == -1 ||
		    !S_ISDIR(st.st_mode))) {
			fprintf(w->out, text_get(T_WIZ_NO_FOLDER), dir);
			free(dir);
			return 0;
		}
		free(dir);
		return 1;
	}
	if (!S_ISREG(st.st_mode)) {
		fprintf(w->out, text_get(T_WIZ_NOT_A_FILE), path);
		return 0;
	}
	prompt = xasprintf(text_get(T_WIZ_REPLACE), path);
	yn = ask_yes_no(w, prompt, 0);
	free(prompt);
	if (yn == 0)
		fputs(text_get(T_WIZ_ANOTHER_NAME), w->out);
	w->a.replace = yn == 1;
	return yn;
}

static int
ask_output(struct wiz *w)
{
	char	*s, *path, *prompt;
	int	 ok;

	fputs(text_get(T_WIZ_Q_OUTPUT), w->out);
	for (;;) {
		prompt = xasprintf(text_get(T_WIZ_OUTPUT), DEFAULT_OUTPUT);
		s = ask(w, prompt);
		free(prompt);
		if (s == NULL)
			return -1;
		path = strlen(s) < PATH_MAX ? wizard_path(s, DEFAULT_OUTPUT) :
		    NULL;
		free(s);
		if (path == NULL) {
			fputs(text_get(T_WIZ_NO_SUCH_HOME), w->out);
			continue;
		}
		if ((ok = may_write(w, path)) == 1) {
			free(w->a.output);
			w->a.output = path;
			return 0;
		}
		free(path);
		if (ok == -1)
			return -1;
	}
}

static const char *
names_of(const struct guideset *gs, const char *list, int platforms,
    char **buf)
{
	const struct declared	*d;
	const char		*p;
	char			*id, *t;
	size_t			 len;

	free(*buf);
	*buf = NULL;
	if (list == NULL)
		return text_get(platforms ? T_WIZ_ALL_PLATFORMS :
		    T_WIZ_ALL_TOPICS);
	*buf = xstrdup("");
	for (p = list; *p != '\0'; p += len + (p[len] == ',')) {
		len = strcspn(p, ",");
		id = xstrndup(p, len);
		d = platforms ? guideset_platform(gs, id) :
		    guideset_topic(gs, id);
		t = xasprintf("%s%s%s", *buf,
		    **buf ? text_get(T_WIZ_NAME_SEP) : "",
		    d != NULL ? d->name : id);
		free(*buf);
		*buf = t;
		free(id);
	}
	return *buf;
}

static void
summary(struct wiz *w)
{
	char	*b1 = NULL, *b2 = NULL;

	fputs(text_get(T_WIZ_SUMMARY), w->out);
	if (w->a.country != NULL)
		fprintf(w->out, text_get(T_WIZ_SUM_PLACE),
		    w->a.state != NULL ? w->a.state->name : "",
		    w->a.state != NULL ? text_get(T_WIZ_PLACE_SEP) : "",
		    strip_article(w->a.country->name));
	else
		fprintf(w->out, text_get(T_WIZ_SUM_REGION),
		    region_name(w->a.region));
	fprintf(w->out, text_get(T_WIZ_SUM_PLATFORMS),
	    names_of(w->s->gs, w->a.platforms, 1, &b1));
	fprintf(w->out, text_get(T_WIZ_SUM_TOPICS),
	    names_of(w->s->gs, w->a.topics, 0, &b2));
	if (w->a.budget > 0)
		fprintf(w->out, text_get(T_WIZ_SUM_BUDGET), w->a.budget);
	else
		fputs(text_get(T_WIZ_SUM_NO_BUDGET), w->out);
	fprintf(w->out, text_get(T_WIZ_SUM_PAPER), paper_name(w->a.paper),
	    w->a.large ? text_get(T_WIZ_SUM_LARGE) : "");
	fprintf(w->out, text_get(T_WIZ_SUM_COVER), !w->a.cover ?
	    text_get(T_WIZ_SUM_NO_DETAILS) : w->a.name != NULL ? w->a.name :
	    text_get(T_WIZ_SUM_NO_NAME), w->a.letters ?
	    text_get(T_WIZ_SUM_LETTERS) : "");
	fprintf(w->out, text_get(T_WIZ_SUM_OUTPUT), w->a.output,
	    w->a.replace ? text_get(T_WIZ_SUM_REPLACING) : "");
	free(b1);
	free(b2);
}

static struct profile *
to_profile(struct wiz *w)
{
	struct profile_spec	 spec;
	struct profile		*p;

	memset(&spec, 0, sizeof(spec));
	if (w->a.country != NULL)
		profile_spec_set(&spec, SPEC_COUNTRY, w->a.country->code);
	else
		profile_spec_set(&spec, SPEC_REGION, region_code(w->a.region));
	if (w->a.state != NULL)
		profile_spec_set(&spec, SPEC_STATE, w->a.state->code);
	if (w->a.platforms != NULL)
		profile_spec_set(&spec, SPEC_PLATFORMS, w->a.platforms);
	if (w->a.topics != NULL)
		profile_spec_set(&spec, SPEC_TOPICS, w->a.topics);
	profile_spec_set(&spec, SPEC_PAPER, w->a.paper == PAPER_LETTER ?
	    "letter" : "a4");
	profile_spec_set(&spec, SPEC_COVER, w->a.cover ? "yes" : "no");
	if (w->a.large)
		profile_spec_set(&spec, SPEC_TEMPLATE, "large-print");
	if (w->a.budget > 0) {
		char *b = xasprintf("%d", w->a.budget);

		profile_spec_set(&spec, SPEC_BUDGET, b);
		free(b);
	}
	if (w->a.cover && w->a.name != NULL)
		profile_spec_set(&spec, SPEC_NAME, w->a.name);
	p = profile_make(&spec, w->s->gs);
	profile_spec_clear(&spec);
	if (p != NULL && w->a.letters)
		p->letters = "all";
	return p;
}

/* The first step in the plan, to tell the person where to begin. */
static const char *
first_step(struct session *s, const struct profile *p, char **code,
    int *number)
{
	struct plan	*pl;
	const struct plan_item *first;
	const char	*title = NULL;

	*code = NULL;
	if ((pl = plan_build(s->gs, p, s->rules, s->today)) == NULL)
		return NULL;
	/* The first step of "Start here", as the cover says. */
	if (plan_first_steps(pl, &first, 1) == 1) {
		title = first->item->title;
		*number = first->number;
		*code = xstrdup(first->code);
	}
	plan_free(pl);
	return title;
}

static int
ask_question(struct wiz *w, int q)
{
	int	rc;

	switch (q) {
	case 1:
		/* A new country brings its paper, unless one was picked. */
		if ((rc = ask_where(w)) == 0 && !w->a.paper_chosen)
			w->a.paper = usual_paper(w->a.region);
		return rc;
	case 2:
		return ask_list(w, text_get(T_WIZ_Q_PLATFORMS),
		    text_get(T_WIZ_WHY_PLATFORMS), w->s->gs->platforms,
		    w->s->gs->nplatforms, &w->a.platforms);
	case 3:
		return ask_list(w, text_get(T_WIZ_Q_TOPICS),
		    text_get(T_WIZ_WHY_TOPICS), w->s->gs->topics,
		    w->s->gs->ntopics, &w->a.topics);
	case 4:
		return ask_budget(w);
	case 5:
		return ask_paper(w);
	case 6:
		if ((rc = ask_cover(w)) == -1)
			return -1;
		return ask_letters(w);
	default:
		return ask_output(w);
	}
}

/*
 * The summary until the person says yes (or presses Enter): a number
 * changes that answer; no, or anything else, asks again.  Returns 0 to
 * go ahead, -1 at end of input.
 */
static int
confirm(struct wiz *w)
{
	char	*ans, *end;
	long	 q;
	int	 show = 1;

	for (;;) {
		if (show)
			summary(w);
		show = 0;
		if ((ans = ask(w, text_get(T_WIZ_CONFIRM))) == NULL)
			return -1;
		if (yes_no(ans, 1) == 1) {
			free(ans);
			return 0;
		}
		q = strtol(ans, &end, 10);
		if (isdigit((unsigned char)*ans) && *end == '\0' && q >= 1 &&
		    q <= 7) {
			free(ans);
			if (ask_question(w, (int)q) == -1)
				return -1;
			show = 1;
			continue;
		}
		if (yes_no(ans, 1) == 0)
			fputs(text_get(T_WIZ_CONFIRM_NO), w->out);
		else
			fputs(text_get(T_WIZ_CONFIRM_AGAIN), w->out);
		free(ans);
	}
}

/*
 * Write the checklist: 0; -1 after messages, having written nothing and
 * lost no answer; 1 if the file appeared since question 7 and is not to
 * be replaced; -2 at end of input.
 */
static int
write_checklist(struct wiz *w, struct build_result *res,
    struct profile **pp)
{
	struct stat	 st;
	char		*prompt;
	int		 yn;

	if (!w->a.replace && stat(w->a.output, &st) == 0) {
		prompt = xasprintf(text_get(T_WIZ_REPLACE), w->a.output);
		yn = ask_yes_no(w, prompt, 0);
		free(prompt);
		if (yn != 1)
			return yn == -1 ? -2 : 1;
		w->a.replace = 1;
	}
	if ((*pp = to_profile(w)) == NULL)
		return -1;
	fputs(text_get(T_WIZ_MAKING), w->out);
	if (session_build(w->s, *pp, w->a.output, res) == -1) {
		profile_free(*pp);
		*pp = NULL;
		return -1;
	}
	return 0;
}

int
wizard_run(struct session *s, FILE *in, FILE *out)
{
	struct wiz		 w;
	struct profile		*p = NULL;
	struct build_result	 res;
	char			*code = NULL, cwd[PATH_MAX];
	const char		*first;
	int			 q, rc = -1, number = 0, made;

	memset(&w, 0, sizeof(w));
	w.s = s;
	w.in = in;
	w.out = out;
	w.a.cover = 1;
	fputs(text_get(T_WIZ_INTRO), out);
	for (q = 1; q <= 7; q++)
		if (ask_question(&w, q) == -1)
			goto eof;
	for (;;) {
		if (confirm(&w) == -1)
			goto eof;
		if ((made = write_checklist(&w, &res, &p)) == 0)
			break;
		if (made == -2)
			goto eof;
		if (made == 1) {
			if (ask_question(&w, 7) == -1)
				goto eof;
			continue;
		}
		/*
		 * Nothing was written, and every answer is kept: the person
		 * can save elsewhere or change what failed.  The messages
		 * stay on screen; the exit status is the final outcome's.
		 */
		msg_reset();
		fputs(text_get(T_WIZ_NOT_WRITTEN), out);
	}
	first = first_step(s, p, &code, &number);
	fprintf(out, text_get(T_WIZ_DONE),
	    w.a.output[0] == '/' || getcwd(cwd, sizeof(cwd)) == NULL ? "" :
	    cwd, w.a.output[0] == '/' ? "" : "/", w.a.output, res.pages,
	    res.steps, res.minutes);
	if (first != NULL)
		fprintf(out, text_get(T_WIZ_FIRST_STEP), number, code, first);
	rc = 0;
	goto out;
eof:
	fputs("\n", out);
	msg_usage(MSG_USAGE_WIZARD_EOF, NULL);
out:
	free(code);
	profile_free(p);
	free(w.a.platforms);
	free(w.a.topics);
	free(w.a.name);
	free(w.a.output);
	return rc;
}
