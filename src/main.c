/* SPDX-License-Identifier: ISC */
/* rightsheet: the command line, and the stages called in order. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "coverage.h"
#include "explain.h"
#include "layout.h"
#include "load.h"
#include "paths.h"
#include "pdf.h"
#include "plan.h"
#include "profile.h"
#include "rules.h"
#include "validate.h"
#include "xalloc.h"

#define RIGHTSHEET_VERSION "0.1.0"

struct opts {
	struct profile_spec	 spec;
	char			*profile_file;
	char			*guides_dir;
	char			*output;
	int			 profile_opts;	/* options set a field */
	int			 coverage;	/* validate --coverage */
};

/* What every command that reads guides sets up. */
struct session {
	char		*datadir;
	struct loader	*loader;
	struct guideset	*gs;
	struct rules	*rules;
	char		 today[11];	/* YYYY-MM-DD */
	char		 today_long[32];	/* 22 November 2026 */
	long long	 epoch;		/* SOURCE_DATE_EPOCH or -1 */
};

enum {
	OPT_COUNTRY = 256, OPT_REGION, OPT_STATE, OPT_PLATFORMS, OPT_TOPICS,
	OPT_PROFILE, OPT_PAPER, OPT_TEMPLATE, OPT_GUIDES, OPT_NO_PROFILE,
	OPT_NAME, OPT_HELP, OPT_VERSION, OPT_COVERAGE
};

static const struct option long_opts[] = {
	{ "country",	required_argument, NULL, OPT_COUNTRY },
	{ "region",	required_argument, NULL, OPT_REGION },
	{ "state",	required_argument, NULL, OPT_STATE },
	{ "platforms",	required_argument, NULL, OPT_PLATFORMS },
	{ "topics",	required_argument, NULL, OPT_TOPICS },
	{ "name",	required_argument, NULL, OPT_NAME },
	{ "profile",	required_argument, NULL, OPT_PROFILE },
	{ "paper",	required_argument, NULL, OPT_PAPER },
	{ "template",	required_argument, NULL, OPT_TEMPLATE },
	{ "guides",	required_argument, NULL, OPT_GUIDES },
	{ "no-profile",	no_argument,	   NULL, OPT_NO_PROFILE },
	{ "output",	required_argument, NULL, 'o' },
	{ "help",	no_argument,	   NULL, OPT_HELP },
	{ "version",	no_argument,	   NULL, OPT_VERSION },
	{ "coverage",	no_argument,	   NULL, OPT_COVERAGE },
	{ NULL, 0, NULL, 0 }
};

static const char usage_main[] =
"usage: rightsheet COMMAND [options]\n"
"\n"
"Make a personal privacy checklist as a PDF, offline.\n"
"\n"
"Commands:\n"
"  build      write the checklist PDF for a profile\n"
"  explain    print what the checklist would hold, and why\n"
"  validate   check guide files for mistakes\n"
"  list       show the regions, countries, platforms and topics known\n"
"\n"
"Example:\n"
"  rightsheet build --country DE --platforms facebook,instagram -o me.pdf\n"
"\n"
"Run 'rightsheet COMMAND --help' for a command's options.\n";

static const char usage_profile[] =
"Who it is for (or --profile FILE, an XML profile):\n"
"  --country CODE      where the person lives: DE, FR, GB, US ...\n"
"  --region REGION     a whole region instead: EU, EEA, UK, CH, US, CA,\n"
"                      BR, AU or OTHER\n"
"  --state US-XX       the US state, for state laws: US-CA, US-TX ...\n"
"  --platforms LIST    platforms used, comma-separated (default: all)\n"
"  --topics LIST       topics wanted, comma-separated (default: all)\n"
"  --guides DIR        use the guides in DIR instead of the built-in ones\n";

static const char usage_build_head[] =
"usage: rightsheet build [options] [-o FILE]\n"
"\n"
"Write the checklist PDF (default: checklist.pdf).\n"
"\n";

static const char usage_build_tail[] =
"  --name NAME         a name for the cover\n"
"  --paper SIZE        a4 or letter (default: letter in the US and\n"
"                      Canada, a4 elsewhere)\n"
"  --template NAME     page layout (default: standard)\n"
"  --no-profile        leave the person's details off the cover\n"
"  -o, --output FILE   where to write the PDF\n"
"\n"
"Example:\n"
"  rightsheet build --country US --state US-CA --platforms instagram\n";

static const char usage_explain_head[] =
"usage: rightsheet explain [options]\n"
"\n"
"Print which guides and items apply to a profile, and why.\n"
"\n";

static const char usage_explain_tail[] =
"\n"
"Example:\n"
"  rightsheet explain --country DE --platforms facebook,instagram\n";

static const char usage_validate[] =
"usage: rightsheet validate [--coverage] [FILE|DIR ...]\n"
"\n"
"Check guide files against the format and against each other. With no\n"
"arguments, check the built-in guides.  Prints the same messages a\n"
"build would, and exits 1 if any guide has an error.\n"
"\n"
"  --coverage   also try every region, country and US state with every\n"
"               platform, and report empty checklists, items no one\n"
"               gets and patterns that can never match\n"
"\n"
"Example:\n"
"  rightsheet validate --coverage my-guides/\n";

static const char usage_list[] =
"usage: rightsheet list [--guides DIR]\n"
"\n"
"Show the regions, countries, US states, platforms, topics, templates\n"
"and paper sizes that --country, --platforms and the rest accept.\n";

static const char *const help_build[] = {
	usage_build_head, usage_profile, usage_build_tail, NULL
};
static const char *const help_explain[] = {
	usage_explain_head, usage_profile, usage_explain_tail, NULL
};
static const char *const help_validate[] = { usage_validate, NULL };
static const char *const help_list[] = { usage_list, NULL };

/*** Session ***/

static void
set_today(struct session *s)
{
	static const char *const months[] = {
		"January", "February", "March", "April", "May", "June",
		"July", "August", "September", "October", "November",
		"December"
	};
	const char	*env;
	char		*end;
	struct tm	 tm;
	time_t		 t;

	s->epoch = -1;
	t = time(NULL);
	/* Reproducible builds: https://reproducible-builds.org/specs/ */
	if ((env = getenv("SOURCE_DATE_EPOCH")) != NULL && *env != '\0') {
		errno = 0;
		s->epoch = strtoll(env, &end, 10);
		if (errno == 0 && *end == '\0' && s->epoch >= 0)
			t = (time_t)s->epoch;
		else
			s->epoch = -1;
	}
	if (gmtime_r(&t, &tm) == NULL)
		memset(&tm, 0, sizeof(tm));
	strftime(s->today, sizeof(s->today), "%Y-%m-%d", &tm);
	snprintf(s->today_long, sizeof(s->today_long), "%d %s %d",
	    tm.tm_mday, months[tm.tm_mon % 12], tm.tm_year + 1900);
}

static void
session_end(struct session *s)
{
	rules_free(s->rules);
	guideset_free(s->gs);
	loader_free(s->loader);
	free(s->datadir);
}

/*
 * Load every guide in the given files and directories, so that one run
 * reports every problem in all of them.
 */
static int
load_guides(struct session *s, char *const *paths, size_t npaths)
{
	struct guide	**guides = NULL, *g;
	char		**files;
	size_t		  n = 0, cap = 0, i;
	int		  nf, k, failed = 0, before;
	size_t		  len;

	before = msg_count(MSGL_ERROR) + msg_count(MSGL_SYSERR);
	for (i = 0; i < npaths; i++) {
		len = strlen(paths[i]);
		if (len > 4 && strcmp(paths[i] + len - 4, ".xml") == 0) {
			if ((g = load_guide(s->loader, paths[i])) != NULL)
				*XAPPEND(guides, n, cap) = g;
			continue;
		}
		if ((nf = paths_list_xml(paths[i], &files)) == -1)
			continue;
		if (nf == 0) {
			struct srcpos pos = { paths[i], 0, 0 };

			msg(MSG_NO_GUIDES, &pos, NULL);
		}
		for (k = 0; k < nf; k++) {
			if ((g = load_guide(s->loader, files[k])) != NULL)
				*XAPPEND(guides, n, cap) = g;
			free(files[k]);
		}
		free(files);
	}
	s->gs = guideset_build(guides, n);
	s->rules = rules_compile(s->gs, &failed);
	return msg_count(MSGL_ERROR) + msg_count(MSGL_SYSERR) > before ?
	    -1 : 0;
}

static int
session_start(struct session *s, const struct opts *o, char *const *paths,
    size_t npaths)
{
	char	*dir, *schemadir, *templatedir, *one[1];
	int	 rc;

	memset(s, 0, sizeof(*s));
	set_today(s);
	if ((s->datadir = paths_datadir()) == NULL)
		return -1;
	schemadir = xasprintf("%s/guides/schema", s->datadir);
	templatedir = xasprintf("%s/templates", s->datadir);
	s->loader = loader_alloc(schemadir, templatedir);
	free(schemadir);
	free(templatedir);
	if (s->loader == NULL)
		return -1;
	if (npaths > 0)
		return load_guides(s, paths, npaths);
	dir = o != NULL && o->guides_dir != NULL ? xstrdup(o->guides_dir) :
	    xasprintf("%s/guides", s->datadir);
	one[0] = dir;
	rc = load_guides(s, one, 1);
	free(dir);
	return rc;
}

/*** Options ***/

static int
parse_opts(int argc, char **argv, struct opts *o,
    const char *const *help, int takes_profile)
{
	static const enum spec_field fields[] = {
		[OPT_COUNTRY - OPT_COUNTRY] = SPEC_COUNTRY,
		[OPT_REGION - OPT_COUNTRY] = SPEC_REGION,
		[OPT_STATE - OPT_COUNTRY] = SPEC_STATE,
		[OPT_PLATFORMS - OPT_COUNTRY] = SPEC_PLATFORMS,
		[OPT_TOPICS - OPT_COUNTRY] = SPEC_TOPICS,
	};
	int	c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":o:", long_opts, NULL)) != -1) {
		switch (c) {
		case OPT_COUNTRY:
		case OPT_REGION:
		case OPT_STATE:
		case OPT_PLATFORMS:
		case OPT_TOPICS:
			if (!takes_profile)
				goto bad;
			profile_spec_set(&o->spec, fields[c - OPT_COUNTRY],
			    optarg);
			o->profile_opts = 1;
			break;
		case OPT_NAME:
			profile_spec_set(&o->spec, SPEC_NAME, optarg);
			break;
		case OPT_PAPER:
			profile_spec_set(&o->spec, SPEC_PAPER, optarg);
			break;
		case OPT_TEMPLATE:
			profile_spec_set(&o->spec, SPEC_TEMPLATE, optarg);
			break;
		case OPT_NO_PROFILE:
			profile_spec_set(&o->spec, SPEC_COVER, "no");
			break;
		case OPT_PROFILE:
			if (!takes_profile)
				goto bad;
			free(o->profile_file);
			o->profile_file = xstrdup(optarg);
			break;
		case OPT_COVERAGE:
			if (help != help_validate)
				goto bad;
			o->coverage = 1;
			break;
		case OPT_GUIDES:
			free(o->guides_dir);
			o->guides_dir = xstrdup(optarg);
			break;
		case 'o':
			free(o->output);
			o->output = xstrdup(optarg);
			break;
		case OPT_HELP:
			while (*help != NULL)
				fputs(*help++, stdout);
			return 1;
		case OPT_VERSION:
			printf("rightsheet %s\n", RIGHTSHEET_VERSION);
			return 1;
		case ':':
			msg_usage(MSG_USAGE_OPTION, "%s needs a value",
			    argv[optind - 1]);
			return -1;
		default:
		bad:
			msg_usage(MSG_USAGE_OPTION, "%s", argv[optind - 1]);
			return -1;
		}
	}
	if (o->profile_file != NULL && o->profile_opts) {
		msg_usage(MSG_USAGE_PROFILE_BOTH, NULL);
		return -1;
	}
	return 0;
}

static void
opts_free(struct opts *o)
{
	profile_spec_clear(&o->spec);
	free(o->profile_file);
	free(o->guides_dir);
	free(o->output);
}

/* The profile from the options or the file, checked against the guides. */
static struct profile *
make_profile(struct session *s, struct opts *o)
{
	struct profile_spec	 spec;
	struct profile		*p;
	int			 f;

	memset(&spec, 0, sizeof(spec));
	if (o->profile_file != NULL &&
	    load_profile(s->loader, o->profile_file, &spec) == -1) {
		profile_spec_clear(&spec);
		return NULL;
	}
	/* Options given beside a profile file override it. */
	for (f = 0; f < SPEC__MAX; f++)
		if (o->spec.value[f] != NULL) {
			profile_spec_set(&spec, f, o->spec.value[f]);
			spec.pos[f].file = NULL;
		}
	p = profile_make(&spec, s->gs);
	profile_spec_clear(&spec);
	return p;
}

/*** Commands ***/

static int
cmd_explain(int argc, char **argv)
{
	struct opts	 o;
	struct session	 s;
	struct profile	*p = NULL;
	struct plan	*pl = NULL;
	int		 rc;

	memset(&o, 0, sizeof(o));
	if ((rc = parse_opts(argc, argv, &o, help_explain, 1)) != 0)
		goto out;
	if (optind < argc) {
		msg_usage(MSG_USAGE_ARGUMENT, "%s", argv[optind]);
		goto out;
	}
	if (session_start(&s, &o, NULL, 0) == 0 &&
	    (p = make_profile(&s, &o)) != NULL &&
	    (pl = plan_build(s.gs, p, s.rules)) != NULL) {
		if (pl->nguides == 0)
			msg(MSG_PLAN_EMPTY, NULL, NULL);
		explain_plan(stdout, pl);
	}
	plan_free(pl);
	profile_free(p);
	session_end(&s);
out:
	opts_free(&o);
	return rc == 1 ? EXIT_OK : msg_exit();
}

static int
load_template_named(struct session *s, const char *name, struct template *t)
{
	char	*path;
	size_t	 i;
	int	 rc;

	for (i = 0; name[i] != '\0'; i++)
		if (!((name[i] >= 'a' && name[i] <= 'z') ||
		    (name[i] >= '0' && name[i] <= '9') || name[i] == '-'))
			break;
	path = xasprintf("%s/templates/%s.xml", s->datadir, name);
	if (name[i] != '\0' || i == 0 || access(path, R_OK) == -1) {
		msg_usage(MSG_PROFILE_TEMPLATE, "\"%s\"", name);
		free(path);
		return -1;
	}
	rc = load_template(s->loader, path, t);
	free(path);
	return rc;
}

/* The newest verification date in the set names its version. */
static const char *
guideset_version(const struct guideset *gs)
{
	const char	*v = "";
	size_t		 i;

	for (i = 0; i < gs->nguides; i++)
		if (strcmp(gs->guides[i]->verified, v) > 0)
			v = gs->guides[i]->verified;
	return v;
}

static int
cmd_build(int argc, char **argv)
{
	struct opts	 o;
	struct session	 s;
	struct template	 t;
	struct profile	*p = NULL;
	struct plan	*pl = NULL;
	struct pdfout	*po = NULL;
	struct layout	*l = NULL;
	struct cover	 cv;
	struct pdfinfo	 info;
	char		*title = NULL, *fontdir = NULL;
	size_t		 i;
	int		 rc;

	memset(&o, 0, sizeof(o));
	memset(&t, 0, sizeof(t));
	memset(&s, 0, sizeof(s));
	if ((rc = parse_opts(argc, argv, &o, help_build, 1)) != 0)
		goto out;
	if (optind < argc) {
		msg_usage(MSG_USAGE_ARGUMENT, "%s", argv[optind]);
		goto out;
	}
	if (session_start(&s, &o, NULL, 0) == -1 ||
	    (p = make_profile(&s, &o)) == NULL ||
	    load_template_named(&s, p->template, &t) == -1 ||
	    (pl = plan_build(s.gs, p, s.rules)) == NULL)
		goto done;
	if (pl->nguides == 0) {
		msg(MSG_PLAN_EMPTY, NULL, NULL);
		goto done;
	}
	/* Only the guides that are printed need to be fresh. */
	for (i = 0; i < pl->nguides; i++)
		guide_warn_stale(pl->guides[i].guide, s.today);

	fontdir = xasprintf("%s/fonts", s.datadir);
	if ((po = pdf_alloc(fontdir)) == NULL)
		goto done;
	cv.date = s.today_long;
	cv.version = guideset_version(s.gs);
	if ((l = layout_build(pl, s.gs, &t, pdf_metrics(po), &cv)) == NULL)
		goto done;
	title = p->country != NULL ?
	    xasprintf("Privacy checklist: %s", strip_article(p->country->name)) :
	    xasprintf("Privacy checklist: %s",
		strip_article(region_name(p->region)));
	info.title = title;
	info.subject = "Personal privacy checklist: rights and steps";
	info.keywords = "privacy, checklist, GDPR, data brokers, AI training";
	info.epoch = s.epoch;
	if (pdf_write(po, l, &t, &info, o.output != NULL ? o.output :
	    "checklist.pdf") == 0)
		fprintf(stderr, "rightsheet: wrote %s: %zu pages, %d steps\n",
		    o.output != NULL ? o.output : "checklist.pdf", l->npages,
		    pl->nsteps);
done:
	free(title);
	free(fontdir);
	layout_free(l);
	pdf_free(po);
	plan_free(pl);
	profile_free(p);
	template_free_contents(&t);
	session_end(&s);
out:
	opts_free(&o);
	return rc == 1 ? EXIT_OK : msg_exit();
}

static int
cmd_validate(int argc, char **argv)
{
	struct opts	 o;
	struct session	 s;
	size_t		 i, items = 0;
	long		 tried;
	int		 rc;

	memset(&o, 0, sizeof(o));
	memset(&s, 0, sizeof(s));
	if ((rc = parse_opts(argc, argv, &o, help_validate, 0)) != 0)
		goto out;
	if (session_start(&s, &o, argv + optind, (size_t)(argc - optind))
	    == 0) {
		for (i = 0; i < s.gs->nguides; i++)
			items += s.gs->guides[i]->nitems;
		tried = o.coverage ? coverage_check(s.gs, s.rules) : 0;
		if (msg_count(MSGL_ERROR) == 0) {
			printf("%zu guides, %zu items: no errors\n",
			    s.gs->nguides, items);
			if (o.coverage)
				printf("coverage: %ld profiles tried, every "
				    "item reached, no checklist empty\n",
				    tried);
		}
	}
	session_end(&s);
out:
	opts_free(&o);
	return rc == 1 ? EXIT_OK : msg_exit();
}

static int
cmd_list(int argc, char **argv)
{
	struct opts	 o;
	struct session	 s;
	char		**files = NULL, *dir, *name, *dot;
	int		 n = 0, i, rc;

	memset(&o, 0, sizeof(o));
	memset(&s, 0, sizeof(s));
	if ((rc = parse_opts(argc, argv, &o, help_list, 0)) != 0)
		goto out;
	if (optind < argc) {
		msg_usage(MSG_USAGE_ARGUMENT, "%s", argv[optind]);
		goto out;
	}
	if (session_start(&s, &o, NULL, 0) == 0) {
		dir = xasprintf("%s/templates", s.datadir);
		if ((n = paths_list_xml(dir, &files)) < 0)
			n = 0;
		for (i = 0; i < n; i++) {
			/* Show the bare name: standard, not a path. */
			name = strrchr(files[i], '/') + 1;
			if ((dot = strrchr(name, '.')) != NULL)
				*dot = '\0';
			memmove(files[i], name, strlen(name) + 1);
		}
		explain_list(stdout, s.gs, files, (size_t)n);
		for (i = 0; i < n; i++)
			free(files[i]);
		free(files);
		free(dir);
	}
	session_end(&s);
out:
	opts_free(&o);
	return rc == 1 ? EXIT_OK : msg_exit();
}

int
main(int argc, char **argv)
{
	static const struct {
		const char	*name;
		int		(*run)(int, char **);
	} cmds[] = {
		{ "build", cmd_build },
		{ "explain", cmd_explain },
		{ "validate", cmd_validate },
		{ "list", cmd_list },
	};
	size_t	i;

	if (argc < 2) {
		fputs(usage_main, stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		fputs(usage_main, stdout);
		return EXIT_OK;
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("rightsheet %s\n", RIGHTSHEET_VERSION);
		return EXIT_OK;
	}
	for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		if (strcmp(argv[1], cmds[i].name) == 0)
			return cmds[i].run(argc - 1, argv + 1);
	msg_usage(MSG_USAGE_COMMAND, "\"%s\"", argv[1]);
	return EXIT_USAGE;
}
