/* SPDX-License-Identifier: ISC */
/*
 * A session: the data, schemas, guides, rules and fonts a command sets
 * up once, and the one path from a profile to a PDF on disk.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dump.h"
#include "layout.h"
#include "load.h"
#include "paths.h"
#include "pdf.h"
#include "plan.h"
#include "rules.h"
#include "session.h"
#include "template.h"
#include "validate.h"
#include "xalloc.h"

/*
 * The user's own data folder for kind ("guides", "templates"):
 * $XDG_DATA_HOME/rightsheet/KIND or ~/.local/share/rightsheet/KIND.
 * Returns a new string if the folder exists, else NULL.
 */
static char *
user_dir(const char *kind)
{
	struct stat	 st;
	const char	*xdg, *home;
	char		*dir;

	if ((xdg = getenv("XDG_DATA_HOME")) != NULL && *xdg == '/')
		dir = xasprintf("%s/rightsheet/%s", xdg, kind);
	else if ((home = getenv("HOME")) != NULL && *home == '/')
		dir = xasprintf("%s/.local/share/rightsheet/%s", home, kind);
	else
		return NULL;
	if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
		return dir;
	free(dir);
	return NULL;
}

/* The last second of 9999-12-31: a date prints with four-digit years. */
#define EPOCH_MAX	253402300799LL

int
session_clock(struct session *s)
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
	/*
	 * Reproducible builds: https://reproducible-builds.org/specs/
	 * asks for an error, not a guess, when the value is malformed.
	 */
	if ((env = getenv("SOURCE_DATE_EPOCH")) != NULL && *env != '\0') {
		errno = 0;
		s->epoch = strtoll(env, &end, 10);
		if (errno != 0 || *end != '\0' || *env < '0' || *env > '9' ||
		    s->epoch < 0 || s->epoch > EPOCH_MAX) {
			msg_usage(MSG_USAGE_EPOCH, "\"%.40s\"", env);
			s->epoch = -1;
			return -1;
		}
		t = (time_t)s->epoch;
	}
	if (gmtime_r(&t, &tm) == NULL || tm.tm_year > 9999 - 1900)
		memset(&tm, 0, sizeof(tm));
	strftime(s->today, sizeof(s->today), "%Y-%m-%d", &tm);
	snprintf(s->today_long, sizeof(s->today_long), "%d %s %d",
	    tm.tm_mday, months[tm.tm_mon % 12], tm.tm_year + 1900);
	return 0;
}

void
session_end(struct session *s)
{
	pdf_free(s->pdf);
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
start(struct session *s, const char *guides_dir, char *const *paths,
    size_t npaths, int cached)
{
	char	*schemadir, *templatedir, *one[2], *user;
	size_t	 n;
	int	 rc;

	memset(s, 0, sizeof(*s));
	if (session_clock(s) == -1 ||
	    (s->datadir = paths_datadir()) == NULL)
		return -1;
	schemadir = xasprintf("%s/guides/schema", s->datadir);
	templatedir = xasprintf("%s/templates", s->datadir);
	s->loader = loader_alloc(schemadir, templatedir);
	free(schemadir);
	free(templatedir);
	if (s->loader == NULL)
		return -1;
	if (cached)
		loader_use_cache(s->loader);
	if (npaths > 0)
		return load_guides(s, paths, npaths);
	if (guides_dir != NULL) {
		one[0] = (char *)guides_dir;
		return load_guides(s, one, 1);
	}
	/* The built-in guides, and the user's own beside them. */
	one[0] = xasprintf("%s/guides", s->datadir);
	n = 1;
	if ((user = user_dir("guides")) != NULL)
		one[n++] = user;
	rc = load_guides(s, one, n);
	free(one[0]);
	free(user);
	return rc;
}

int
session_start(struct session *s, const char *guides_dir, char *const *paths,
    size_t npaths)
{
	return start(s, guides_dir, paths, npaths, 1);
}

int
session_start_uncached(struct session *s, const char *guides_dir,
    char *const *paths, size_t npaths)
{
	return start(s, guides_dir, paths, npaths, 0);
}

/*
 * The file of the template called name (built-in, else the user's own),
 * or NULL if there is none.  Names are checked first: never a path.
 */
static char *
template_path(struct session *s, const char *name)
{
	char	*path, *user;
	size_t	 i;

	for (i = 0; name[i] != '\0'; i++)
		if (!((name[i] >= 'a' && name[i] <= 'z') ||
		    (name[i] >= '0' && name[i] <= '9') || name[i] == '-'))
			return NULL;
	if (i == 0)
		return NULL;
	path = xasprintf("%s/templates/%s.xml", s->datadir, name);
	/* A user's own template, if there is no built-in one of its name. */
	if (access(path, R_OK) == -1 && (user = user_dir("templates")) !=
	    NULL) {
		free(path);
		path = xasprintf("%s/%s.xml", user, name);
		free(user);
	}
	if (access(path, R_OK) == -1) {
		free(path);
		return NULL;
	}
	return path;
}

int
session_has_template(struct session *s, const char *name)
{
	char	*path;

	if ((path = template_path(s, name)) == NULL)
		return 0;
	free(path);
	return 1;
}

int
session_template(struct session *s, const char *name, struct template *t)
{
	char	*path;
	int	 rc;

	if ((path = template_path(s, name)) == NULL) {
		msg_usage(MSG_PROFILE_TEMPLATE, "\"%s\"", name);
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

/* Add the bare names of the templates in dir to names, once each. */
static void
add_templates(const char *dir, char ***names, size_t *n, size_t *cap)
{
	char	**files, *name, *dot;
	size_t	  j;
	int	  nf, i;

	if ((nf = paths_list_xml(dir, &files)) < 0)
		return;
	for (i = 0; i < nf; i++) {
		/* Show the bare name: standard, not a path. */
		name = strrchr(files[i], '/') + 1;
		if ((dot = strrchr(name, '.')) != NULL)
			*dot = '\0';
		for (j = 0; j < *n; j++)
			if (strcmp((*names)[j], name) == 0)
				break;
		if (j == *n)
			*XAPPEND(*names, *n, *cap) = xstrdup(name);
		free(files[i]);
	}
	free(files);
}

size_t
session_templates(struct session *s, char ***names)
{
	char	*dir;
	size_t	 n = 0, cap = 0;

	*names = NULL;
	dir = xasprintf("%s/templates", s->datadir);
	add_templates(dir, names, &n, &cap);
	free(dir);
	if ((dir = user_dir("templates")) != NULL) {
		add_templates(dir, names, &n, &cap);
		free(dir);
	}
	return n;
}

struct profile *
session_profile(struct session *s, const struct profile_spec *opts,
    const char *file)
{
	struct profile_spec	 spec;
	struct profile		*p;
	int			 f;

	memset(&spec, 0, sizeof(spec));
	if (file != NULL && load_profile(s->loader, file, &spec) == -1) {
		profile_spec_clear(&spec);
		return NULL;
	}
	/* Options given beside a profile file override it. */
	for (f = 0; f < SPEC__MAX; f++)
		if (opts->value[f] != NULL) {
			profile_spec_set(&spec, f, opts->value[f]);
			spec.pos[f].file = NULL;
		}
	p = profile_make(&spec, s->gs);
	/* Checked here, not at layout: a profile file's template has a line. */
	if (p != NULL && !session_has_template(s, p->template)) {
		if (spec.pos[SPEC_TEMPLATE].file == NULL)
			msg_usage(MSG_PROFILE_TEMPLATE, "\"%s\"", p->template);
		else
			msg(MSG_PROFILE_TEMPLATE, &spec.pos[SPEC_TEMPLATE],
			    "\"%s\"", p->template);
		profile_free(p);
		p = NULL;
	}
	profile_spec_clear(&spec);
	return p;
}

struct layout *
session_layout(struct session *s, const struct profile *p,
    struct plan **plp)
{
	struct template	 t;
	struct plan	*pl = NULL;
	struct layout	*l = NULL;
	struct cover	 cv;
	const struct metrics *m;
	size_t		 i;

	memset(&t, 0, sizeof(t));
	*plp = NULL;
	if (session_template(s, p->template, &t) == -1 ||
	    (pl = plan_build(s->gs, p, s->rules, s->today)) == NULL)
		goto out;
	if (pl->nguides == 0) {
		msg(MSG_PLAN_EMPTY, NULL, NULL);
		goto out;
	}
	/* Only the guides that are printed need to be fresh. */
	for (i = 0; i < pl->nguides; i++)
		guide_warn_stale(pl->guides[i].guide, s->today);
	if ((m = session_metrics(s)) == NULL)
		goto out;
	cv.date = s->today_long;
	cv.today = s->today;
	cv.version = guideset_version(s->gs);
	l = layout_build(pl, s->gs, &t, m, &cv);
out:
	template_free_contents(&t);
	if (l == NULL)
		plan_free(pl);
	else
		*plp = pl;
	return l;
}

int
session_fonts(struct session *s)
{
	char	*fontdir;

	/* Fonts are read once, however many checklists follow. */
	if (s->pdf == NULL) {
		fontdir = xasprintf("%s/fonts", s->datadir);
		s->pdf = pdf_alloc(fontdir);
		free(fontdir);
	}
	return s->pdf != NULL ? 0 : -1;
}

const struct metrics *
session_metrics(struct session *s)
{
	if (s->metrics != NULL)
		return s->metrics;
	return session_fonts(s) == 0 ? pdf_metrics(s->pdf) : NULL;
}

void
session_dump_device(struct session *s)
{
	s->metrics = dump_metrics();
}

int
session_check_print(struct session *s)
{
	const struct metrics *m;
	size_t	i;
	int	bad = 0;

	if ((m = session_metrics(s)) == NULL)
		return -1;
	for (i = 0; i < s->gs->nguides; i++)
		bad += layout_check_guide(m, s->gs->guides[i]);
	return bad > 0 ? -1 : 0;
}

/* The drawing list as text, to path or to stdout for "-". */
static int
write_dump(const struct layout *l, const char *path)
{
	struct srcpos	 pos = { path, 0, 0 };
	FILE		*f = stdout;
	int		 rc = -1;

	if (strcmp(path, "-") != 0 && (f = fopen(path, "w")) == NULL)
		msg(MSG_SYS_WRITE, &pos, "%s", strerror(errno));
	else if (dump_layout(f, l) == -1)
		msg(MSG_SYS_WRITE, &pos, "%s", strerror(errno));
	else
		rc = 0;
	if (f != NULL && f != stdout && fclose(f) == EOF && rc == 0) {
		msg(MSG_SYS_WRITE, &pos, "%s", strerror(errno));
		rc = -1;
	}
	return rc;
}

int
session_write(struct session *s, const struct layout *l,
    const struct pdfinfo *info, const char *path)
{
	if (s->metrics != NULL)
		return write_dump(l, path);
	return pdf_write(s->pdf, l, info, path);
}

void
session_info(const struct session *s, const char *title,
    struct pdfinfo *info)
{
	info->title = title;
	info->subject = "Personal privacy checklist: rights and steps";
	info->keywords = "privacy, checklist, GDPR, data brokers, "
	    "AI training";
	info->epoch = s->epoch;
}

int
session_build(struct session *s, const struct profile *p,
    const char *output, struct build_result *res)
{
	struct plan	*pl;
	struct layout	*l;
	struct pdfinfo	 info;
	char		*title;
	int		 rc = -1;

	memset(res, 0, sizeof(*res));
	if (pdf_check_target(output) == -1 ||
	    (l = session_layout(s, p, &pl)) == NULL)
		return -1;
	title = xasprintf("Privacy checklist: %s", p->country != NULL ?
	    strip_article(p->country->name) :
	    strip_article(region_name(p->region)));
	session_info(s, title, &info);
	if (session_write(s, l, &info, output) == 0) {
		res->pages = l->npages;
		res->steps = pl->nsteps;
		res->minutes = pl->minutes;
		rc = 0;
	}
	free(title);
	layout_free(l);
	plan_free(pl);
	return rc;
}
