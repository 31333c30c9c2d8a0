/* SPDX-License-Identifier: ISC */
/* Plain-text output: the plan and why (explain), what is known (list). */
#include <string.h>

#include "country.h"
#include "explain.h"

static void
print_names(FILE *f, const struct declared **d, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		fprintf(f, "%s%s", i ? ", " : "", d[i]->name);
}

void
explain_plan(FILE *f, const struct plan *pl)
{
	static const char *const kinds[] = { "step", "right", "caveat" };
	const struct profile	*p = pl->profile;
	const struct plan_guide	*pg;
	const struct plan_item	*pi;
	size_t			 i, j;

	fputs("Checklist for: ", f);
	if (p->name != NULL)
		fprintf(f, "%s, ", p->name);
	if (p->state != NULL)
		fprintf(f, "%s, ", p->state->name);
	if (p->country != NULL)
		fprintf(f, "%s (%s)\n", strip_article(p->country->name),
		    region_code(p->region));
	else
		fprintf(f, "anywhere in %s (%s)\n", region_name(p->region),
		    region_code(p->region));
	fputs("Platforms: ", f);
	if (p->platforms_given)
		print_names(f, p->platforms, p->nplatforms);
	else
		fputs("all (a handout)", f);
	fputs("\nTopics: ", f);
	if (p->topics_given)
		print_names(f, p->topics, p->ntopics);
	else
		fputs("all", f);
	fprintf(f, "\nPaper: %s\n%d steps, about %d minutes; guides "
	    "checked %s\n", paper_name(p->paper), pl->nsteps, pl->minutes,
	    pl->verified[0] != '\0' ? pl->verified : "-");

	for (i = 0; i < pl->nguides; i++) {
		pg = &pl->guides[i];
		fprintf(f, "\n%s  [%s, %s]\n", pg->guide->title, pg->guide->id,
		    pg->guide->file);
		if (pg->reason != NULL)
			fprintf(f, "  because %s\n", pg->reason);
		for (j = 0; j < pg->nitems; j++) {
			pi = &pg->items[j];
			if (pi->item->kind == ITEM_STEP)
				fprintf(f, "  %3d. %s %s", pi->number,
				    pi->code, pi->item->title);
			else
				fprintf(f, "     [%s] %s",
				    kinds[pi->item->kind], pi->item->title);
			if (pi->item->law != NULL)
				fprintf(f, " (%s)", pi->item->law);
			if (pi->item->minutes > 0)
				fprintf(f, " (%d min)", pi->item->minutes);
			fprintf(f, "  [%s]\n", pi->item->id);
			if (pi->reason != NULL)
				fprintf(f, "        because %s\n", pi->reason);
		}
	}
}

void
explain_list(FILE *f, const struct guideset *gs, char *const *templates,
    size_t ntemplates)
{
	size_t	i;
	int	r;

	fputs("Regions (--region):\n", f);
	for (r = 0; r < REGION__MAX; r++)
		fprintf(f, "  %-6s %s\n", region_code(r),
		    strip_article(region_name(r)));
	fputs("\nPlatforms (--platforms):\n", f);
	for (i = 0; i < gs->nplatforms; i++)
		fprintf(f, "  %-14s %s\n", gs->platforms[i]->id,
		    gs->platforms[i]->name);
	fputs("\nTopics (--topics):\n", f);
	for (i = 0; i < gs->ntopics; i++)
		fprintf(f, "  %-14s %s\n", gs->topics[i]->id,
		    gs->topics[i]->name);
	fputs("\nTemplates (--template):\n", f);
	for (i = 0; i < ntemplates; i++)
		fprintf(f, "  %s\n", templates[i]);
	fputs("\nPaper sizes (--paper):\n  a4\n  letter\n", f);
	fputs("\nUS states (--state):\n", f);
	for (i = 0; i < nusstates; i++)
		fprintf(f, "  %-6s %s\n", usstates[i].code, usstates[i].name);
	fputs("\nCountries (--country), with their region:\n", f);
	for (i = 0; i < ncountries; i++)
		fprintf(f, "  %s  %-6s %s\n", countries[i].code,
		    region_code(countries[i].region),
		    strip_article(countries[i].name));
}
