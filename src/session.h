/* SPDX-License-Identifier: ISC */
/*
 * A session: what every command that reads guides sets up once (data
 * directory, schemas, guides, compiled rules, fonts), and the one way
 * to go from a profile to a PDF on disk.
 */
#ifndef SESSION_H
#define SESSION_H

#include "layout.h"
#include "model.h"
#include "pdf.h"
#include "plan.h"
#include "profile.h"
#include "template.h"

struct session {
	char		*datadir;
	struct loader	*loader;
	struct guideset	*gs;
	struct rules	*rules;
	struct pdfout	*pdf;		/* fonts, loaded on first build */
	const struct metrics *metrics;	/* fake font, or NULL for the PDF */
	char		 today[11];	/* YYYY-MM-DD */
	char		 today_long[32];	/* 22 November 2026 */
	long long	 epoch;		/* SOURCE_DATE_EPOCH or -1 */
};

/* What a build produced. */
struct build_result {
	size_t		 pages;
	int		 steps;
	int		 minutes;
};

/*
 * Set today's date: SOURCE_DATE_EPOCH if set, else the clock.  Returns
 * 0, or -1 after a message if SOURCE_DATE_EPOCH is not a usable date.
 */
int		 session_clock(struct session *);

/*
 * Find the data, load the schemas and the guides: those in paths if
 * npaths > 0, else those in guides_dir if set, else the built-in ones
 * and the user's own ($XDG_DATA_HOME/rightsheet/guides).  Returns 0, or
 * -1 after messages.  Call session_end() in either case.  Guides read
 * before come from the user's guide cache (guide_cache.h).
 */
int		 session_start(struct session *, const char *guides_dir,
		    char *const *paths, size_t npaths);
/*
 * As session_start(), but every guide is parsed and validated, none
 * taken from the guide cache: what validate reports must not depend on
 * what an earlier run left behind.
 */
int		 session_start_uncached(struct session *, const char *guides_dir,
		    char *const *paths, size_t npaths);
void		 session_end(struct session *);

/*
 * The profile from a profile file (or NULL) with the options in spec
 * laid over it, checked against the guides.  NULL after messages.
 */
struct profile	*session_profile(struct session *,
		    const struct profile_spec *spec, const char *file);

/*
 * Load the template called name (built-in, else the user's own) into t.
 * Returns 0, or -1 after a message.
 */
int		 session_template(struct session *, const char *name,
		    struct template *);

/* Non-zero if there is a template called name. */
int		 session_has_template(struct session *, const char *name);

/*
 * The names of the templates a build can use, built-in and the user's
 * own, each once, in *names (the caller frees each and the array).
 */
size_t		 session_templates(struct session *, char ***names);

/* Load the fonts, once.  Returns 0, or -1 after a message. */
int		 session_fonts(struct session *);

/*
 * Plan and lay out the checklist for p.  Returns the layout and, in
 * *plan, its plan (the caller frees both), or NULL after messages.
 */
struct layout	*session_layout(struct session *, const struct profile *p,
		    struct plan **plan);

/*
 * Check that every field of every guide can be printed, as a build
 * checks what it prints (layout_check_guide()), loading the fonts if
 * need be.  Returns 0, or -1 after messages.
 */
int		 session_check_print(struct session *);

/*
 * The hidden --dump-layout of build and batch, for the golden tests:
 * from now on lay out with the fake font of dump.c and write drawing
 * lists as text (dump_layout()) where PDFs would go ("-": stdout).
 */
void		 session_dump_device(struct session *);

/*
 * What layout measures with: the fake font, or the PDF fonts (loaded
 * on first use).  NULL after a message if the fonts cannot be loaded.
 */
const struct metrics *session_metrics(struct session *);

/*
 * Write l to path with the session's device: a PDF (pdf_write()), or
 * the drawing list as text.  Returns 0, or -1 after a message.
 */
int		 session_write(struct session *, const struct layout *,
		    const struct pdfinfo *, const char *path);

/* Fill in the document information for a PDF titled title. */
void		 session_info(const struct session *, const char *title,
		    struct pdfinfo *);

/*
 * Plan, lay out and write the checklist for p to output.  Returns 0,
 * or -1 after messages with output untouched.
 */
int		 session_build(struct session *, const struct profile *p,
		    const char *output, struct build_result *);

#endif
