/* SPDX-License-Identifier: ISC */
/*
 * libFuzzer: a whole build from a guide in arbitrary bytes.  The first
 * byte picks the template, the paper, the profile, whether there is a
 * name on the cover and whether to make a facilitator sheet too; the
 * rest is the guide.  It is planned, checked,
 * laid out with the fake font (dumped as text) and with the real fonts,
 * and written as a PDF to /dev/null.
 *
 * Beyond the sanitizers it asserts what the program promises:
 *   - what layout_check_guide() passes, layout_build() lays out, and
 *     pdf_write() writes (validate and build never disagree);
 *   - every op is finite and on its page, and every bookmark points to
 *     a page that exists.
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dump.h"
#include "layout.h"
#include "load.h"
#include "pdf.h"
#include "plan.h"
#include "rules.h"
#include "validate.h"

static struct loader	*loader;
static struct pdfout	*pdf;

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
check_layout(const struct layout *l)
{
	const struct op	*o;
	size_t		 i, j;

	if (l->npages == 0)
		abort();
	for (i = 0; i < l->npages; i++)
		for (j = 0; j < l->pages[i].nops; j++) {
			o = &l->pages[i].ops[j];
			if (!isfinite(o->x) || !isfinite(o->y) ||
			    !isfinite(o->w) || !isfinite(o->h) ||
			    o->y < 0 || o->y > l->height ||
			    o->x < 0 || o->x > l->width ||
			    (o->type == OP_TEXT && o->text == NULL))
				abort();
		}
	for (i = 0; i < l->nmarks; i++)
		if (l->marks[i].page >= l->npages)
			abort();
}

/* Lay out with m; abort if checked text is refused.  Returns the layout. */
static struct layout *
lay_out(const struct plan *pl, const struct guideset *gs,
    const struct template *t, const struct metrics *m, int checked_ok)
{
	static const struct cover cv = { "22 November 2026", "2026-11-22",
	    "2026-11-22" };
	struct layout	*l;

	l = layout_build(pl, gs, t, m, &cv);
	if (l == NULL && checked_ok)
		abort();		/* validate passed what build refused */
	if (l != NULL)
		check_layout(l);
	return l;
}

/* The facilitator sheet for a room of two people with this plan. */
static void
roster(const struct plan *pl)
{
	const struct plan *plans[2] = { pl, pl };
	const char	*names[2] = { "Zoë García", "Smith, John" };
	const char	*left[1] = { "Row 3: 3-ana.pdf" };
	const char	*lost[1] = { "Zoë García: platform \"tiktok\"" };
	const size_t	 first[2] = { 3, 9 }, count[2] = { 6, 6 };
	struct pdfinfo	 info = { "fuzz", "fuzz", "fuzz", 0 };
	struct layout	*l;

	l = layout_roster(plans, names, 2, left, 1, lost, 1, dump_metrics(),
	    "22 November 2026", NULL, NULL);
	check_layout(l);
	layout_free(l);
	l = layout_roster(plans, names, 2, NULL, 0, NULL, 0, pdf_metrics(pdf),
	    "22 November 2026", first, count);
	check_layout(l);
	if (pdf_write(pdf, l, &info, "/dev/null") == -1)
		abort();
	layout_free(l);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const templates[] = {
		"templates/standard.xml", "templates/large-print.xml",
		"templates/compact.xml", "templates/workshop.xml"
	};
	static const char *const where[][2] = {
		{ "region", "EU" }, { "country", "DE" }, { "country", "US" },
		{ "region", "UK" }
	};
	struct profile_spec	 spec = { { NULL }, { { NULL, 0, 0 } } };
	struct pdfinfo		 info = { "fuzz", "fuzz", "fuzz", 0 };
	struct template		 t;
	struct guide		**g;
	struct guideset		*gs;
	struct rules		*rs;
	struct profile		*p;
	struct plan		*pl;
	struct layout		*l;
	FILE			*f;
	char			*buf;
	size_t			 len;
	int			 failed, ok_fake, ok_real;
	unsigned		 sel;

	if (size < 1)
		return 0;
	sel = data[0];
	msg_quiet(MSGL_SYSERR);
	if (loader == NULL && (loader = loader_alloc("guides/schema",
	    "templates")) == NULL)
		abort();
	if (pdf == NULL && (pdf = pdf_alloc("fonts")) == NULL)
		abort();
	memset(&t, 0, sizeof(t));
	if (load_template(loader, templates[sel & 3], &t) == -1)
		abort();
	g = calloc(1, sizeof(*g));
	if ((g[0] = load_guide_buffer(loader, "fuzz.xml",
	    (const char *)data + 1, size - 1)) == NULL) {
		free(g);
		goto out;
	}
	gs = guideset_build(g, 1);
	rs = rules_compile(gs, &failed);
	/* The checks validate runs, with either device. */
	ok_fake = msg_count(MSGL_ERROR) == 0 &&
	    layout_check_guide(dump_metrics(), g[0]) == 0;
	ok_real = msg_count(MSGL_ERROR) == 0 &&
	    layout_check_guide(pdf_metrics(pdf), g[0]) == 0;
	profile_spec_set(&spec, where[(sel >> 2) & 3][0][0] == 'r' ?
	    SPEC_REGION : SPEC_COUNTRY, where[(sel >> 2) & 3][1]);
	profile_spec_set(&spec, SPEC_PAPER, sel & 16 ? "letter" : "a4");
	if (sel & 32)
		profile_spec_set(&spec, SPEC_NAME, "Zoë García");
	if (sel & 64)
		profile_spec_set(&spec, SPEC_COVER, "no");
	if (msg_count(MSGL_ERROR) == 0 &&
	    (p = profile_make(&spec, gs)) != NULL) {
		if ((pl = plan_build(gs, p, rs, "2026-11-28")) != NULL && pl->nguides > 0) {
			l = lay_out(pl, gs, &t, dump_metrics(), ok_fake);
			if (l != NULL && (f = open_memstream(&buf, &len)) !=
			    NULL) {
				if (dump_layout(f, l) == -1)
					abort();
				fclose(f);
				free(buf);
			}
			layout_free(l);
			l = lay_out(pl, gs, &t, pdf_metrics(pdf), ok_real);
			if (l != NULL && pdf_write(pdf, l, &info,
			    "/dev/null") == -1)
				abort();	/* laid out, not written */
			layout_free(l);
			if (sel & 128)
				roster(pl);
		}
		plan_free(pl);
		profile_free(p);
	}
	profile_spec_clear(&spec);
	rules_free(rs);
	guideset_free(gs);
out:
	template_free_contents(&t);
	msg_reset();
	return 0;
}
