/* SPDX-License-Identifier: ISC */
/*
 * Guided questions: plain words, one question at a time, numbered
 * choices with a default, a summary that can be corrected, and at the
 * end the place of the PDF and what to do first.
 */
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "country.h"
#include "plan.h"
#include "wizard.h"
#include "xalloc.h"

struct answers {
	const struct country	*country;	/* NULL: a region handout */
	enum region		 region;
	const struct usstate	*state;
	char			*platforms;	/* comma list; NULL: all */
	char			*topics;	/* comma list; NULL: all */
	enum paper		 paper;
	char			*name;
	int			 cover;		/* details on the cover */
	char			*output;
	int			 budget;	/* minutes; 0: all of it */
};

struct wiz {
	struct session	*s;
	FILE		*in, *out;
	struct answers	 a;
};

/* One line of input without its newline; NULL at end of input. */
static char *
ask(struct wiz *w, const char *prompt)
{
	char	 buf[1024];
	char	*p, *end;

	fprintf(w->out, "%s ", prompt);
	fflush(w->out);
	if (fgets(buf, sizeof(buf), w->in) == NULL)
		return NULL;
	for (p = buf; isspace((unsigned char)*p); p++)
		continue;
	end = p + strlen(p);
	while (end > p && isspace((unsigned char)end[-1]))
		*--end = '\0';
	return xstrdup(p);
}

/* A country by code or by name, as people type it. */
static const struct country *
find_country(const char *s)
{
	const struct country	*c;
	size_t			 i;

	if ((c = country_find(s)) != NULL)
		return c;
	for (i = 0; i < ncountries; i++)
		if (strcasecmp(strip_article(countries[i].name), s) == 0 ||
		    strcasecmp(countries[i].name, s) == 0)
			return &countries[i];
	return NULL;
}

/* Up to a few countries whose names start like s, to suggest. */
static void
suggest(struct wiz *w, const char *s)
{
	size_t	i, n = 0, len = strlen(s);

	/* Names that start the same way catch most slips of the finger. */
	if (len > 3)
		len = 3;
	for (i = 0; i < ncountries && n < 6 && len >= 2; i++)
		if (strncasecmp(strip_article(countries[i].name), s, len) == 0) {
			fprintf(w->out, "%s %s (%s)", n ? "," : "  Did you mean",
			    strip_article(countries[i].name),
			    countries[i].code);
			n++;
		}
	if (n)
		fputs("?\n", w->out);
	else
		fputs("  Type the country's name in English, or its two-letter "
		    "code (rightsheet list shows them all).\n", w->out);
}

static int
ask_where(struct wiz *w)
{
	const struct usstate	*st;
	enum region		 r;
	char			*s;
	int			 i;

	fputs("\n1. Where do you live?\n"
	    "   Your rights depend on it: the EU, the UK and some US states "
	    "give you more.\n"
	    "   Type your country (for example Germany or DE), or press Enter "
	    "to make a\n   handout for a whole region instead.\n", w->out);
	for (;;) {
		if ((s = ask(w, "   Country:")) == NULL)
			return -1;
		if (*s == '\0') {
			free(s);
			break;
		}
		w->a.country = find_country(s);
		if (w->a.country != NULL) {
			w->a.region = w->a.country->region;
			fprintf(w->out, "   %s: that is in region %s.\n",
			    strip_article(w->a.country->name),
			    region_code(w->a.region));
			free(s);
			goto state;
		}
		suggest(w, s);
		free(s);
	}
	/* A region handout. */
	w->a.country = NULL;
	w->a.state = NULL;
	fputs("   Regions:\n", w->out);
	for (i = 0; i < REGION__MAX; i++)
		fprintf(w->out, "   %d. %s\n", i + 1,
		    strip_article(region_name(i)));
	for (;;) {
		if ((s = ask(w, "   Region number:")) == NULL)
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
		fprintf(w->out, "   Type a number from 1 to %d.\n", REGION__MAX);
		free(s);
	}
state:
	w->a.state = NULL;
	if (w->a.region != REGION_US)
		return 0;
	fputs("\n   Which US state? Some states have privacy laws of their "
	    "own, and California\n   has a tool that reaches every data broker "
	    "at once. Press Enter to skip.\n", w->out);
	for (;;) {
		if ((s = ask(w, "   State (for example CA or California):")) ==
		    NULL)
			return -1;
		if (*s == '\0') {
			free(s);
			return 0;
		}
		st = usstate_find(s);
		for (i = 0; st == NULL && (size_t)i < nusstates; i++)
			if (strcasecmp(usstates[i].name, s) == 0)
				st = &usstates[i];
		free(s);
		if (st != NULL) {
			w->a.state = st;
			return 0;
		}
		fputs("   That is not a US state; try its two-letter code, "
		    "like TX.\n", w->out);
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

	fprintf(w->out, "\n%s\n   %s\n", question, why);
	/* Three columns when the names are short, else one a line. */
	for (i = 0, wide = 0; i < n; i++)
		wide |= strlen(d[i]->name) > 20;
	for (i = 0; i < n; i++)
		fprintf(w->out, "   %2zu. %-22s%s", i + 1, d[i]->name,
		    wide || i % 3 == 2 || i + 1 == n ? "\n" : "");
	for (;;) {
		if ((s = ask(w, "   Numbers (for example 1 3), or Enter for "
		    "all:")) == NULL)
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
		fprintf(w->out, "   Type numbers from 1 to %zu, separated by "
		    "spaces.\n", n);
	}
}

static int
ask_budget(struct wiz *w)
{
	char	*s;
	int	 m;

	fputs("\n4. How much time do you have for this?\n"
	    "   The checklist then holds the steps that fit, the most "
	    "important first,\n   and lists the rest for later. For "
	    "example 30m, 1h or 2h30m.\n", w->out);
	for (;;) {
		if ((s = ask(w, "   Time (or Enter for the whole checklist):"))
		    == NULL)
			return -1;
		m = *s == '\0' ? 0 : budget_parse(s);
		free(s);
		if (m >= 0) {
			w->a.budget = m;
			return 0;
		}
		fputs("   Type minutes or hours, such as 45m or 2h, or press "
		    "Enter.\n", w->out);
	}
}

static int
ask_paper(struct wiz *w)
{
	char	*s;
	int	 def;

	def = w->a.region == REGION_US || w->a.region == REGION_CA ? 2 : 1;
	fprintf(w->out, "\n5. Which paper do you print on?\n"
	    "   1. A4 (most of the world)\n   2. US Letter (the US and "
	    "Canada)\n");
	for (;;) {
		if ((s = ask(w, def == 1 ? "   Number [1]:" :
		    "   Number [2]:")) == NULL)
			return -1;
		if (*s == '\0' || strcmp(s, "1") == 0 || strcmp(s, "2") == 0) {
			w->a.paper = (*s == '\0' ? def : atoi(s)) == 2 ?
			    PAPER_LETTER : PAPER_A4;
			free(s);
			return 0;
		}
		free(s);
		fputs("   Type 1 or 2.\n", w->out);
	}
}

static int
ask_cover(struct wiz *w)
{
	char	*s;

	fputs("\n6. Put your details on the cover?\n"
	    "   The cover can show your name, where you live and what you "
	    "use. Say no\n   for a handout you will give to other people.\n",
	    w->out);
	for (;;) {
		if ((s = ask(w, "   Details on the cover? [Y/n]:")) == NULL)
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
		fputs("   Type y or n.\n", w->out);
	}
	if ((s = ask(w, "   Your name for the cover (or Enter to leave it "
	    "off):")) == NULL)
		return -1;
	free(w->a.name);
	w->a.name = *s != '\0' ? s : NULL;
	if (w->a.name == NULL)
		free(s);
	return 0;
}

static int
ask_output(struct wiz *w)
{
	char	*s;

	fputs("\n7. Where should the PDF go?\n", w->out);
	if ((s = ask(w, "   File name [privacy-checklist.pdf]:")) == NULL)
		return -1;
	free(w->a.output);
	if (*s == '\0') {
		free(s);
		s = xstrdup("privacy-checklist.pdf");
	} else if (strlen(s) < 4 || strcasecmp(s + strlen(s) - 4, ".pdf"))
		{
		char *t = xasprintf("%s.pdf", s);

		free(s);
		s = t;
	}
	w->a.output = s;
	return 0;
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
		return platforms ? "all of them" : "all topics";
	*buf = xstrdup("");
	for (p = list; *p != '\0'; p += len + (p[len] == ',')) {
		len = strcspn(p, ",");
		id = xstrndup(p, len);
		d = platforms ? guideset_platform(gs, id) :
		    guideset_topic(gs, id);
		t = xasprintf("%s%s%s", *buf, **buf ? ", " : "",
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

	fputs("\nHere is what you chose:\n", w->out);
	if (w->a.country != NULL)
		fprintf(w->out, "   1. Where you live:  %s%s%s\n",
		    w->a.state != NULL ? w->a.state->name : "",
		    w->a.state != NULL ? ", " : "",
		    strip_article(w->a.country->name));
	else
		fprintf(w->out, "   1. Where you live:  anywhere in %s (a "
		    "handout)\n", region_name(w->a.region));
	fprintf(w->out, "   2. Platforms:       %s\n",
	    names_of(w->s->gs, w->a.platforms, 1, &b1));
	fprintf(w->out, "   3. Topics:          %s\n",
	    names_of(w->s->gs, w->a.topics, 0, &b2));
	if (w->a.budget > 0)
		fprintf(w->out, "   4. Time:            %d minutes\n",
		    w->a.budget);
	else
		fputs("   4. Time:            the whole checklist\n", w->out);
	fprintf(w->out, "   5. Paper:           %s\n", paper_name(w->a.paper));
	fprintf(w->out, "   6. On the cover:    %s\n", !w->a.cover ?
	    "no personal details" : w->a.name != NULL ? w->a.name :
	    "your details, without a name");
	fprintf(w->out, "   7. Save as:         %s\n", w->a.output);
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
	if (w->a.budget > 0) {
		char *b = xasprintf("%d", w->a.budget);

		profile_spec_set(&spec, SPEC_BUDGET, b);
		free(b);
	}
	if (w->a.cover && w->a.name != NULL)
		profile_spec_set(&spec, SPEC_NAME, w->a.name);
	p = profile_make(&spec, w->s->gs);
	profile_spec_clear(&spec);
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
	switch (q) {
	case 1:
		return ask_where(w);
	case 2:
		return ask_list(w, "2. Which of these do you use?",
		    "Steps for the others are left out. Enter gives a "
		    "checklist for all of them.", w->s->gs->platforms,
		    w->s->gs->nplatforms, &w->a.platforms);
	case 3:
		return ask_list(w, "3. What do you want to deal with?",
		    "Pick the topics you care about; Enter gives all of them.",
		    w->s->gs->topics, w->s->gs->ntopics, &w->a.topics);
	case 4:
		return ask_budget(w);
	case 5:
		return ask_paper(w);
	case 6:
		return ask_cover(w);
	default:
		return ask_output(w);
	}
}

int
wizard_run(struct session *s, FILE *in, FILE *out)
{
	struct wiz		 w;
	struct profile		*p = NULL;
	struct build_result	 res;
	char			*ans, *code = NULL, cwd[PATH_MAX];
	const char		*first;
	int			 q, rc = -1, number = 0;

	memset(&w, 0, sizeof(w));
	w.s = s;
	w.in = in;
	w.out = out;
	w.a.cover = 1;
	fputs("rightsheet makes a privacy checklist you can print and work "
	    "through with a pen.\nSeven short questions. Nothing you type "
	    "leaves this computer.\n", out);
	for (q = 1; q <= 7; q++)
		if (ask_question(&w, q) == -1)
			goto eof;
	for (;;) {
		summary(&w);
		if ((ans = ask(&w, "\nType a number to change that answer, or "
		    "press Enter to make the checklist:")) == NULL)
			goto eof;
		q = atoi(ans);
		free(ans);
		if (q == 0)
			break;
		if (q >= 1 && q <= 7 && ask_question(&w, q) == -1)
			goto eof;
	}
	if ((p = to_profile(&w)) == NULL)
		goto out;
	fputs("\nMaking your checklist...\n", out);
	if (session_build(s, p, w.a.output, &res) == -1)
		goto out;
	first = first_step(s, p, &code, &number);
	fprintf(out, "\nDone. Your checklist is %s%s%s\n"
	    "It has %zu pages and %d steps, about %d minutes in all.\n",
	    w.a.output[0] == '/' || getcwd(cwd, sizeof(cwd)) == NULL ? "" :
	    cwd, w.a.output[0] == '/' ? "" : "/", w.a.output, res.pages,
	    res.steps, res.minutes);
	if (first != NULL)
		fprintf(out, "Print it, then start with step %d (%s): %s. "
		    "The cover lists what to do first.\n", number, code,
		    first);
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
