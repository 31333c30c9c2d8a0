/* SPDX-License-Identifier: ISC */
/* Workshop mode: a roster in, one checklist per person out. */
#ifndef BATCH_H
#define BATCH_H

#include "session.h"

struct batch_opts {
	const char	*roster;	/* CSV, .ods or .xlsx file */
	const char	*sheet;		/* --sheet: its name, NULL: the first */
	const char	*encoding;	/* --encoding, or NULL: UTF-8 */
	const struct profile_spec *defaults; /* --paper ... for every row,
					   or NULL; a cell overrides */
	const char	*outdir;	/* one PDF per row goes here */
	const char	*combined;	/* one PDF for the printer, or NULL */
	int		 jobs;		/* worker processes; 0: one per core */
	int		 dump;		/* --dump-layout: text, for tests */
};

/*
 * Make a checklist for every good row of the roster, in parallel, and
 * the combined pack if asked.  Bad rows are reported and skipped; an
 * unknown platform or topic is a warning, and left out.  Returns 0 if
 * every row made a PDF, -1 otherwise (after messages).
 */
int	batch_run(struct session *, const struct batch_opts *);

#endif
