/* SPDX-License-Identifier: ISC */
/* rightsheet: the command line, and the stages called in order. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch.h"
#include "cleanup.h"
#include "coverage.h"
#include "explain.h"
#include "fault.h"
#include "letters.h"
#include "newguide.h"
#include "plan.h"
#include "profile.h"
#include "session.h"
#include "wizard.h"
#include "xalloc.h"

#define RIGHTSHEET_VERSION "0.1.0"

struct opts {
	struct profile_spec	 spec;
	char			*profile_file;
	char			*guides_dir;
	char			*output;
	int			 profile_opts;	/* options set a field */
	int			 coverage;	/* validate --coverage */
	char			*combined;	/* batch --combined */
	char			*encoding;	/* batch --encoding */
	char			*sheet;		/* batch --sheet */
	int			 jobs;		/* batch --jobs */
	int			 json;		/* --format json */
	int			 dump_layout;	/* build, batch --dump-layout */
	char			*letters;	/* build, letters --letters */
	char			*sent;		/* build, letters --sent */
};

enum {
	OPT_COUNTRY = 256, OPT_REGION, OPT_STATE, OPT_PLATFORMS, OPT_TOPICS,
	OPT_PROFILE, OPT_PAPER, OPT_TEMPLATE, OPT_GUIDES, OPT_NO_PROFILE,
	OPT_NAME, OPT_HELP, OPT_VERSION, OPT_COVERAGE, OPT_COMBINED,
	OPT_JOBS, OPT_FORMAT, OPT_DUMP_LAYOUT, OPT_BUDGET, OPT_ENCODING,
	OPT_SHEET, OPT_LETTERS = 400, OPT_SENT, OPT_ADDRESS, OPT_EMAIL
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
	{ "budget",	required_argument, NULL, OPT_BUDGET },
	{ "guides",	required_argument, NULL, OPT_GUIDES },
	{ "no-profile",	no_argument,	   NULL, OPT_NO_PROFILE },
	{ "output",	required_argument, NULL, 'o' },
	{ "help",	no_argument,	   NULL, OPT_HELP },
	{ "version",	no_argument,	   NULL, OPT_VERSION },
	{ "coverage",	no_argument,	   NULL, OPT_COVERAGE },
	{ "combined",	required_argument, NULL, OPT_COMBINED },
	{ "jobs",	required_argument, NULL, OPT_JOBS },
	{ "encoding",	required_argument, NULL, OPT_ENCODING },
	{ "sheet",	required_argument, NULL, OPT_SHEET },
	{ "format",	required_argument, NULL, OPT_FORMAT },
	{ "letters",	required_argument, NULL, OPT_LETTERS },
	{ "sent",	required_argument, NULL, OPT_SENT },
	{ "address",	required_argument, NULL, OPT_ADDRESS },
	{ "email",	required_argument, NULL, OPT_EMAIL },
	/* Hidden: the drawing list as text, for tests (tests/README). */
	{ "dump-layout", no_argument,	   NULL, OPT_DUMP_LAYOUT },
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
"  batch      make a checklist for every person on a workshop roster\n"
"  new-guide  write a skeleton guide to start your own from\n"
"  wizard     ask a few questions, then make the checklist\n"
"  letters    print only the letters the checklist's steps send\n"
"\n"
"Example:\n"
"  rightsheet build --country DE --platforms facebook,instagram -o me.pdf\n"
"\n"
"Run 'rightsheet COMMAND --help' for a command's options.\n";

static const char usage_profile[] =
"Who it is for (or --profile FILE, an XML profile):\n"
"  --country COUNTRY   where the person lives: a code or a name, such\n"
"                      as DE, Germany, Deutschland, USA, California\n"
"  --region REGION     a whole region instead: EU, EEA, UK, CH, US, CA,\n"
"                      BR, AU or OTHER\n"
"  --state US-XX       the US state, for state laws: US-CA, US-TX ...\n"
"  --platforms LIST    platforms used, comma-separated (default: all)\n"
"  --topics LIST       topics wanted, comma-separated (default: all)\n"
"  --budget TIME       the time the person has, such as 30m or 2h: the\n"
"                      steps that fit, most important first; the rest\n"
"                      are listed for later\n"
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
"  -o, --output FILE   where to write the PDF\n";

static const char usage_build_example[] =
"\n"
"Example:\n"
"  rightsheet build --country US --state US-CA --platforms instagram\n";

static const char usage_letters_opts[] =
"\n"
"Letters (for the steps that send one):\n"
"  --letters LIST      all, or letter ids separated by commas: add\n"
"                      these letters, ready to sign, and a page of\n"
"                      requests and deadlines\n"
"  --sent DATE         the date they go out (YYYY-MM-DD): printed on\n"
"                      the letters, and the reply dates counted from it\n"
"  --address TEXT      your postal address for the letters, lines\n"
"                      separated by \";\" (default: lines to write on)\n"
"  --email ADDRESS     your e-mail address for the letters\n";

static const char usage_letters_head[] =
"usage: rightsheet letters [options] [-o FILE]\n"
"\n"
"Write only the letters the checklist's steps send, ready to sign, with\n"
"a page of requests and deadlines (default: letters.pdf).  The address\n"
"sits in the window of a DL envelope (A4, DIN 5008) or a #10 envelope\n"
"(US Letter).\n"
"\n";

static const char usage_letters_tail[] =
"  --name NAME         your name, as the company knows it\n"
"  --paper SIZE        a4 or letter (default: letter in the US and\n"
"                      Canada, a4 elsewhere)\n"
"  -o, --output FILE   where to write the PDF\n";

static const char usage_letters_example[] =
"\n"
"Example:\n"
"  rightsheet letters --country DE --platforms facebook --name 'Eva Muster'\n";

static const char usage_explain_head[] =
"usage: rightsheet explain [options]\n"
"\n"
"Print which guides and items apply to a profile, and why.\n"
"\n";

static const char usage_explain_tail[] =
"  --format FORMAT     text (the default) or json, for other tools\n"
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
"usage: rightsheet list [--format text|json] [--guides DIR]\n"
"\n"
"Show the regions, countries, US states, platforms, topics, templates\n"
"and paper sizes that --country, --platforms and the rest accept.\n";

static const char usage_batch[] =
"usage: rightsheet batch ROSTER -o DIR [--combined FILE] [--jobs N]\n"
"                        [--sheet NAME] [--encoding NAME] [--template NAME]\n"
"                        [--paper SIZE] [--topics LIST] [--budget TIME]\n"
"\n"
"Make one checklist per row of a roster, for a workshop.  The roster is\n"
"a CSV file, or a spreadsheet saved as .ods or .xlsx (its first sheet,\n"
"or the one --sheet names), whose first row names the columns: name,\n"
"country, state, platforms, topics, template, paper, cover, budget (only\n"
"country is needed; platforms and topics are lists separated by spaces\n"
"or semicolons; cover is yes or no).  In a CSV file, commas, semicolons\n"
"or tabs may separate the columns; the file is UTF-8, or UTF-16 with a\n"
"byte order mark, as spreadsheets save it.\n"
"\n"
"  -o, --output DIR    folder for the PDFs (made if missing)\n"
"  --combined FILE     also one PDF of all of them, for the printer\n"
"  --jobs N            worker processes (default: one per core)\n"
"  --encoding NAME     the roster's encoding if it is not UTF-8, such as\n"
"                      windows-1252 or iso-8859-1\n"
"  --sheet NAME        the sheet of an .ods or .xlsx roster to read\n"
"  --guides DIR        use the guides in DIR instead of the built-in ones\n"
"\n"
"Defaults for every row; a value in the row's own column wins:\n"
"  --template NAME     page layout (default: standard)\n"
"  --paper SIZE        a4 or letter (default: the country's usual size)\n"
"  --topics LIST       topics wanted, comma-separated (default: all)\n"
"  --budget TIME       the time each person has, such as 30m or 1h\n"
"\n"
"Example:\n"
"  rightsheet batch room.csv -o room/ --combined room-pack.pdf\n"
"  rightsheet batch room.csv -o room/ --encoding windows-1252 \\\n"
"      --template workshop --budget 45m\n";

static const char *const help_batch[] = { usage_batch, NULL };

static const char usage_newguide[] =
"usage: rightsheet new-guide NAME [-o FILE]\n"
"\n"
"Write a small, valid guide to start your own from (default: NAME.xml\n"
"in this folder; an existing file is never replaced).  NAME is its id:\n"
"lower-case letters, digits and hyphens.\n"
"\n"
"Example:\n"
"  rightsheet new-guide city-library && rightsheet validate city-library.xml\n";

static const char *const help_newguide[] = { usage_newguide, NULL };

static const char usage_wizard[] =
"usage: rightsheet wizard [--guides DIR]\n"
"\n"
"Ask a few plain questions in the terminal (where you live, what you\n"
"use, what you care about, paper, cover, where to save), then make the\n"
"checklist.  Running rightsheet with nothing after it in a terminal\n"
"does the same.\n"
"\n"
"Example:\n"
"  rightsheet wizard\n";

static const char *const help_wizard[] = { usage_wizard, NULL };

static const char *const help_build[] = {
	usage_build_head, usage_profile, usage_build_tail, usage_letters_opts,
	usage_build_example, NULL
};
static const char *const help_letters[] = {
	usage_letters_head, usage_profile, usage_letters_tail,
	usage_letters_opts, usage_letters_example, NULL
};
static const char *const help_explain[] = {
	usage_explain_head, usage_profile, usage_explain_tail, NULL
};
static const char *const help_validate[] = { usage_validate, NULL };
static const char *const help_list[] = { usage_list, NULL };

/*** Session ***/

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
	char	*end;
	int	 c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":o:", long_opts, NULL)) != -1) {
		switch (c) {
		case OPT_TOPICS:
			/* batch: a default for every row. */
			if (!takes_profile && help != help_batch)
				goto bad;
			profile_spec_set(&o->spec, SPEC_TOPICS, optarg);
			o->profile_opts = 1;
			break;
		case OPT_COUNTRY:
		case OPT_REGION:
		case OPT_STATE:
		case OPT_PLATFORMS:
			if (!takes_profile)
				goto bad;
			profile_spec_set(&o->spec, fields[c - OPT_COUNTRY],
			    optarg);
			o->profile_opts = 1;
			break;
		case OPT_NAME:
			if (!takes_profile)
				goto bad;
			profile_spec_set(&o->spec, SPEC_NAME, optarg);
			break;
		case OPT_PAPER:
			if (!takes_profile && help != help_batch)
				goto bad;
			profile_spec_set(&o->spec, SPEC_PAPER, optarg);
			break;
		case OPT_TEMPLATE:
			if (!takes_profile && help != help_batch)
				goto bad;
			profile_spec_set(&o->spec, SPEC_TEMPLATE, optarg);
			break;
		case OPT_BUDGET:
			if (!takes_profile && help != help_batch)
				goto bad;
			profile_spec_set(&o->spec, SPEC_BUDGET, optarg);
			break;
		case OPT_NO_PROFILE:
			if (!takes_profile)
				goto bad;
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
		case OPT_COMBINED:
			if (help != help_batch)
				goto bad;
			if (*optarg == '\0') {
				msg_usage(MSG_USAGE_OUTPUT_EMPTY, "--combined");
				return -1;
			}
			free(o->combined);
			o->combined = xstrdup(optarg);
			break;
		case OPT_SHEET:
			if (help != help_batch)
				goto bad;
			if (*optarg == '\0') {
				msg_usage(MSG_USAGE_OPTION, "--sheet needs the "
				    "name of a sheet");
				return -1;
			}
			free(o->sheet);
			o->sheet = xstrdup(optarg);
			break;
		case OPT_JOBS:
			if (help != help_batch)
				goto bad;
			o->jobs = (int)strtol(optarg, &end, 10);
			if (*end != '\0' || o->jobs < 1 || o->jobs > 256) {
				msg_usage(MSG_USAGE_OPTION, "--jobs takes a "
				    "number from 1 to 256, not \"%s\"", optarg);
				return -1;
			}
			break;
		case OPT_ENCODING:
			if (help != help_batch)
				goto bad;
			free(o->encoding);
			o->encoding = xstrdup(optarg);
			break;
		case OPT_FORMAT:
			if (help != help_explain && help != help_list)
				goto bad;
			if (strcmp(optarg, "json") == 0)
				o->json = 1;
			else if (strcmp(optarg, "text") == 0)
				o->json = 0;
			else {
				msg_usage(MSG_USAGE_OPTION, "--format takes "
				    "text or json, not \"%s\"", optarg);
				return -1;
			}
			break;
		case OPT_DUMP_LAYOUT:
			if (help != help_build && help != help_batch &&
			    help != help_letters)
				goto bad;
			o->dump_layout = 1;
			break;
		case OPT_LETTERS:
		case OPT_SENT:
			if (help != help_build && help != help_letters)
				goto bad;
			if (c == OPT_SENT && !date_valid(optarg)) {
				msg_usage(MSG_USAGE_OPTION, "--sent takes a "
				    "date as YYYY-MM-DD, not \"%s\"", optarg);
				return -1;
			}
			free(c == OPT_SENT ? o->sent : o->letters);
			if (c == OPT_SENT)
				o->sent = xstrdup(optarg);
			else
				o->letters = xstrdup(optarg);
			break;
		case OPT_ADDRESS:
		case OPT_EMAIL:
			if (help != help_build && help != help_letters)
				goto bad;
			profile_spec_set(&o->spec, c == OPT_ADDRESS ?
			    SPEC_ADDRESS : SPEC_EMAIL, optarg);
			break;
		case OPT_GUIDES:
			free(o->guides_dir);
			o->guides_dir = xstrdup(optarg);
			break;
		case 'o':
			/* Only the commands that write something take -o. */
			if (help != help_build && help != help_batch &&
			    help != help_newguide && help != help_letters)
				goto bad;
			if (*optarg == '\0') {
				msg_usage(MSG_USAGE_OUTPUT_EMPTY, NULL);
				return -1;
			}
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
	free(o->combined);
	free(o->encoding);
	free(o->sheet);
	free(o->letters);
	free(o->sent);
}

/*** Commands ***/

static int
cmd_explain(int argc, char **argv)
{
	struct opts	 o;
	struct session	 s;
	struct profile	*p = NULL;
	struct plan	*pl = NULL;
	int		 rc, failed = 1;

	memset(&o, 0, sizeof(o));
	memset(&s, 0, sizeof(s));
	if ((rc = parse_opts(argc, argv, &o, help_explain, 1)) != 0)
		goto out;
	if (optind < argc) {
		msg_usage(MSG_USAGE_ARGUMENT, "%s", argv[optind]);
		goto out;
	}
	if (session_start(&s, o.guides_dir, NULL, 0) == 0 &&
	    (p = session_profile(&s, &o.spec, o.profile_file)) != NULL &&
	    (pl = plan_build(s.gs, p, s.rules, s.today)) != NULL) {
		/* An empty plan is an answer, but not a useful one. */
		if (pl->nguides == 0)
			msg(MSG_PLAN_EMPTY, NULL, NULL);
		else
			failed = 0;
		if (o.json)
			explain_plan_json(stdout, pl);
		else
			explain_plan(stdout, pl);
	}
	plan_free(pl);
	profile_free(p);
	session_end(&s);
out:
	opts_free(&o);
	return rc == 1 ? EXIT_OK : msg_status(failed);
}

/* build and letters: the same, but letters prints only the letters. */
static int
build_run(int argc, char **argv, int letters_only)
{
	struct opts		 o;
	struct session		 s;
	struct profile		*p = NULL;
	struct build_result	 res;
	const char		*out;
	int			 rc, failed = 1;

	memset(&o, 0, sizeof(o));
	memset(&s, 0, sizeof(s));
	if ((rc = parse_opts(argc, argv, &o, letters_only ? help_letters :
	    help_build, 1)) != 0)
		goto out;
	if (optind < argc) {
		msg_usage(MSG_USAGE_ARGUMENT, "%s", argv[optind]);
		goto out;
	}
	out = o.output != NULL ? o.output : o.dump_layout ? "-" :
	    letters_only ? "letters.pdf" : "checklist.pdf";
	if (session_start(&s, o.guides_dir, NULL, 0) == 0 &&
	    (o.letters == NULL || letters_check_list(s.gs, o.letters) == 0) &&
	    (p = session_profile(&s, &o.spec, o.profile_file)) != NULL) {
		/* Borrowed by the profile: o outlives it. */
		p->letters = o.letters != NULL ? o.letters :
		    letters_only ? "all" : NULL;
		p->letters_only = letters_only;
		p->sent = o.sent;
		if (o.dump_layout)
			session_dump_device(&s);
		if (session_build(&s, p, out, &res) == 0) {
			if (letters_only)
				fprintf(stderr, "rightsheet: wrote %s: %zu "
				    "page%s\n", out, res.pages,
				    res.pages == 1 ? "" : "s");
			else
				fprintf(stderr, "rightsheet: wrote %s: %zu "
				    "page%s, %d step%s\n", out, res.pages,
				    res.pages == 1 ? "" : "s", res.steps,
				    res.steps == 1 ? "" : "s");
			failed = 0;
		}
	}
	profile_free(p);
	session_end(&s);
out:
	opts_free(&o);
	return rc == 1 ? EXIT_OK : msg_status(failed);
}

static int
cmd_build(int argc, char **argv)
{
	return build_run(argc, argv, 0);
}

static int
cmd_letters(int argc, char **argv)
{
	return build_run(argc, argv, 1);
}

static int
cmd_validate(int argc, char **argv)
{
	struct opts	 o;
	struct session	 s;
	size_t		 i, items = 0;
	long		 tried;
	int		 rc, failed = 1;

	memset(&o, 0, sizeof(o));
	memset(&s, 0, sizeof(s));
	if ((rc = parse_opts(argc, argv, &o, help_validate, 0)) != 0)
		goto out;
	rc = session_start_uncached(&s, o.guides_dir, argv + optind,
	    (size_t)(argc - optind));
	/* What build would refuse to print, decided the way build does. */
	if (s.gs != NULL && session_check_print(&s) == -1)
		rc = -1;
	if (s.gs != NULL && letters_check(s.gs) > 0)
		rc = -1;
	if (s.gs != NULL && session_metrics(&s) != NULL)
		for (i = 0; i < s.gs->nguides; i++)
			if (letters_check_print(session_metrics(&s),
			    s.gs->guides[i]) > 0)
				rc = -1;
	if (rc == 0) {
		for (i = 0; i < s.gs->nguides; i++)
			items += s.gs->guides[i]->nitems;
		tried = o.coverage ? coverage_check(s.gs, s.rules) : 0;
		/* Finding errors is what validate is for. */
		if (msg_count(MSGL_ERROR) == 0) {
			failed = 0;
			printf("%zu guides, %zu items: no errors\n",
			    s.gs->nguides, items);
			if (o.coverage)
				printf("coverage: %ld profiles tried, every "
				    "item reached, no checklist empty\n",
				    tried);
			if (o.coverage)
				coverage_sources(stdout, s.gs);
			if (o.coverage)
				letters_coverage(stdout, s.gs);
		}
	}
	session_end(&s);
out:
	opts_free(&o);
	return rc == 1 ? EXIT_OK : msg_status(failed);
}

static int
cmd_batch(int argc, char **argv)
{
	struct opts		 o;
	struct session		 s;
	struct batch_opts	 bo;
	int			 rc, failed = 1;

	memset(&o, 0, sizeof(o));
	memset(&s, 0, sizeof(s));
	if ((rc = parse_opts(argc, argv, &o, help_batch, 0)) != 0)
		goto out;
	if (optind + 1 != argc || o.output == NULL) {
		if (optind + 1 < argc)
			msg_usage(MSG_USAGE_ARGUMENT, "%s", argv[optind + 1]);
		else
			msg_usage(MSG_USAGE_MISSING, "%s", optind == argc ?
			    "the roster file" : "-o DIR, the folder for the "
			    "PDFs");
		goto out;
	}
	memset(&bo, 0, sizeof(bo));
	bo.roster = argv[optind];
	bo.encoding = o.encoding;
	bo.defaults = &o.spec;
	bo.outdir = o.output;
	bo.combined = o.combined;
	bo.sheet = o.sheet;
	bo.jobs = o.jobs;
	bo.dump = o.dump_layout;
	if (session_start(&s, o.guides_dir, NULL, 0) == 0 &&
	    batch_run(&s, &bo) == 0)
		failed = 0;
	session_end(&s);
out:
	opts_free(&o);
	return rc == 1 ? EXIT_OK : msg_status(failed);
}

static int
cmd_new_guide(int argc, char **argv)
{
	struct opts	 o;
	struct session	 s;
	char		*path = NULL;
	int		 rc, failed = 1;

	memset(&o, 0, sizeof(o));
	if ((rc = parse_opts(argc, argv, &o, help_newguide, 0)) != 0)
		goto out;
	if (optind + 1 != argc) {
		if (optind == argc)
			msg_usage(MSG_USAGE_MISSING, "the guide's name");
		else
			msg_usage(MSG_USAGE_ARGUMENT, "%s", argv[optind + 1]);
		goto out;
	}
	path = o.output != NULL ? xstrdup(o.output) :
	    xasprintf("%s.xml", argv[optind]);
	if (session_clock(&s) == 0 &&
	    newguide_write(argv[optind], path, s.today) == 0) {
		fprintf(stderr, "rightsheet: wrote %s; edit it, then check it "
		    "with: rightsheet validate %s\n", path, path);
		failed = 0;
	}
out:
	free(path);
	opts_free(&o);
	return rc == 1 ? EXIT_OK : msg_status(failed);
}

static int
cmd_wizard(int argc, char **argv)
{
	struct opts	 o;
	struct session	 s;
	int		 rc, failed = 1;

	memset(&o, 0, sizeof(o));
	memset(&s, 0, sizeof(s));
	if ((rc = parse_opts(argc, argv, &o, help_wizard, 0)) != 0)
		goto out;
	if (optind < argc) {
		msg_usage(MSG_USAGE_ARGUMENT, "%s", argv[optind]);
		goto out;
	}
	/* Questions need someone to answer them. */
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		msg_usage(MSG_USAGE_NO_TERMINAL, NULL);
		goto out;
	}
	if (session_start(&s, o.guides_dir, NULL, 0) == 0 &&
	    wizard_run(&s, stdin, stdout) == 0)
		failed = 0;
	session_end(&s);
out:
	opts_free(&o);
	return rc == 1 ? EXIT_OK : msg_status(failed);
}

static int
cmd_list(int argc, char **argv)
{
	struct opts	 o;
	struct session	 s;
	char		**names = NULL;
	size_t		  n = 0, i;
	int		  rc, failed = 1;

	memset(&o, 0, sizeof(o));
	memset(&s, 0, sizeof(s));
	if ((rc = parse_opts(argc, argv, &o, help_list, 0)) != 0)
		goto out;
	if (optind < argc) {
		msg_usage(MSG_USAGE_ARGUMENT, "%s", argv[optind]);
		goto out;
	}
	if (session_start(&s, o.guides_dir, NULL, 0) == 0) {
		n = session_templates(&s, &names);
		if (o.json)
			explain_list_json(stdout, s.gs, names, n);
		else
			explain_list(stdout, s.gs, names, n);
		for (i = 0; i < n; i++)
			free(names[i]);
		free(names);
		failed = 0;
	}
	session_end(&s);
out:
	opts_free(&o);
	return rc == 1 ? EXIT_OK : msg_status(failed);
}

/*
 * Whatever went to standard output must have arrived: a full disk or a
 * closed pipe behind "explain > file" is a failure like any other.
 */
static int
finish(int status, int printed)
{
	errno = 0;
	if (fflush(stdout) == EOF || ferror(stdout) ||
	    (printed && fault_point(FAULT_SITE))) {
		msg(MSG_SYS_STDOUT, NULL, "%s", strerror(errno ? errno : EIO));
		if (status < EXIT_SYSERR)
			status = EXIT_SYSERR;
	}
	return status;
}

int
main(int argc, char **argv)
{
	static const struct {
		const char	*name;
		int		(*run)(int, char **);
		int		 printed;	/* its result goes to stdout */
	} cmds[] = {
		{ "build", cmd_build, 0 },
		{ "explain", cmd_explain, 1 },
		{ "validate", cmd_validate, 1 },
		{ "list", cmd_list, 1 },
		{ "batch", cmd_batch, 0 },
		{ "new-guide", cmd_new_guide, 0 },
		{ "wizard", cmd_wizard, 1 },
		{ "letters", cmd_letters, 0 },
	};
	size_t	i;

	xalloc_reserve_stack();
	cleanup_signals();
	/* Someone at a terminal with no idea what to type gets questions. */
	if (argc < 2) {
		if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO))
			return finish(cmd_wizard(1, argv), 1);
		fputs(usage_main, stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		fputs(usage_main, stdout);
		return finish(EXIT_OK, 1);
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("rightsheet %s\n", RIGHTSHEET_VERSION);
		return finish(EXIT_OK, 1);
	}
	for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		if (strcmp(argv[1], cmds[i].name) == 0)
			return finish(cmds[i].run(argc - 1, argv + 1),
			    cmds[i].printed);
	msg_usage(MSG_USAGE_COMMAND, "\"%s\"", argv[1]);
	return EXIT_USAGE;
}
