/* SPDX-License-Identifier: ISC */
/* Plain-text output: the plan and why (explain), what is known (list). */
#include <string.h>

#include "country.h"
#include "explain.h"
#include "json.h"

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
	const struct plan_item	*pi, *first[5];
	size_t			 i, j, n;

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
	    "checked %s\n", paper_name(p->paper), pl->nsteps - pl->nsteps_if,
	    pl->minutes, pl->verified[0] != '\0' ? pl->verified : "-");
	if (pl->nsteps_if > 0)
		fprintf(f, "%d more only in some cases, about %d minutes\n",
		    pl->nsteps_if, pl->minutes_if);
	if (pl->budget > 0)
		fprintf(f, "Budget: %d minutes; %d steps left for later, about "
		    "%d minutes\n", pl->budget, pl->nlater,
		    pl->minutes_later);
	n = plan_first_steps(pl, first, sizeof(first) / sizeof(first[0]));
	if (n > 0) {
		fputs("Start here:", f);
		for (j = 0; j < n; j++)
			fprintf(f, " %s", first[j]->code);
		fputc('\n', f);
	}

	for (i = 0; i < pl->nguides; i++) {
		pg = &pl->guides[i];
		if (pg->later)
			continue;
		fprintf(f, "\n%s  [%s, ", pg->guide->title, pg->guide->id);
		/* The name of a file is the user's, not the guide's. */
		msg_fputs_escaped(f, pg->guide->file);
		fputs("]\n", f);
		if (pg->reason != NULL)
			fprintf(f, "  because %s\n", pg->reason);
		for (j = 0; j < pg->nitems; j++) {
			pi = &pg->items[j];
			if (pi->later)
				continue;
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
			if (pi->item->unconfirmed)
				fputs(" (not confirmed)", f);
			fprintf(f, "  [%s]\n", pi->item->id);
			if (pi->reason != NULL)
				fprintf(f, "        because %s\n", pi->reason);
			if (pi->item->kind == ITEM_STEP &&
			    (pi->item->priority != 3 ||
			    pi->item->why_first != NULL))
				fprintf(f, "        priority %d%s%s\n",
				    pi->item->priority,
				    pi->item->why_first != NULL ? ": " : "",
				    pi->item->why_first != NULL ?
				    pi->item->why_first : "");
			if (pi->item->only_if != NULL)
				fprintf(f, "        only if %s\n",
				    pi->item->only_if);
			if (pi->item->deadline != NULL)
				fprintf(f, "        reply due within %s%s%s%s\n",
				    pi->item->deadline,
				    pi->item->deadline_law != NULL ? " (" : "",
				    pi->item->deadline_law != NULL ?
				    pi->item->deadline_law : "",
				    pi->item->deadline_law != NULL ? ")" : "");
			if (pi->item->regulator && pi->item->link != NULL)
				fprintf(f, "        complain: %s\n",
				    pi->item->link);
		}
	}
	if (pl->nlater == 0)
		return;
	fputs("\nWhen you have more time (left out by the budget):\n", f);
	for (i = 0; i < pl->nguides; i++)
		for (j = 0; j < pl->guides[i].nitems; j++) {
			pi = &pl->guides[i].items[j];
			if (pi->later && pi->item->kind == ITEM_STEP)
				fprintf(f, "       %s %s (%d min) (priority %d)"
				    "  [%s]\n", pi->code, pi->item->title,
				    pi->item->minutes, pi->item->priority,
				    pi->item->id);
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
		fprintf(f, "  %s  %-6s %s%s%s\n", countries[i].code,
		    region_code(countries[i].region),
		    strip_article(countries[i].name),
		    countries[i].part_of != NULL ? ", part of " : "",
		    countries[i].part_of != NULL ?
		    strip_article(country_find(countries[i].part_of)->name) :
		    "");
}

/*** JSON ***/

static void
json_declared(FILE *f, const char *key, const struct declared **d,
    size_t n)
{
	size_t	i;

	fprintf(f, ",\"%s\":[", key);
	for (i = 0; i < n; i++) {
		if (i)
			fputc(',', f);
		json_string(f, d[i]->id);
	}
	fputc(']', f);
}

static void
json_item(FILE *f, const struct guide *g, const struct plan_item *pi)
{
	static const char *const kinds[] = { "step", "right", "caveat" };
	static const char *const needs[] = {
		"email", "phone", "id", "account", "money"
	};
	const struct item	*it = pi->item;
	const struct source	*src;
	size_t			 i;
	int			 first = 1;

	fputc('{', f);
	json_member(f, 1, "id", it->id);
	json_member(f, 0, "kind", kinds[it->kind]);
	json_member(f, 0, "title", it->title);
	if (it->kind == ITEM_STEP) {
		fprintf(f, ",\"priority\":%d,\"later\":%s", it->priority,
		    pi->later ? "true" : "false");
		json_member(f, 0, "only_if", it->only_if);
		json_member(f, 0, "why_first", it->why_first);
	}
	if (it->kind == ITEM_STEP) {
		json_member(f, 0, "code", pi->code);
		fprintf(f, ",\"number\":%d,\"minutes\":%d", pi->number,
		    it->minutes);
		fputs(",\"needs\":[", f);
		for (i = 0; i < sizeof(needs) / sizeof(needs[0]); i++)
			if (it->needs & (1u << i)) {
				if (!first)
					fputc(',', f);
				json_string(f, needs[i]);
				first = 0;
			}
		fputc(']', f);
		if (it->recheck_days > 0)
			fprintf(f, ",\"recheck_days\":%d", it->recheck_days);
		if (it->deadline != NULL) {
			json_member(f, 0, "deadline", it->deadline);
			json_member(f, 0, "deadline_law", it->deadline_law);
		}
	}
	if (it->law != NULL)
		json_member(f, 0, "law", it->law);
	json_member(f, 0, "reason", pi->reason);
	json_member(f, 0, "link", it->link);
	json_member(f, 0, "verified", it->verified);
	fprintf(f, ",\"confirmed\":%s", it->unconfirmed ? "false" : "true");
	fputs(",\"paragraphs\":[", f);
	for (i = 0; i < it->nparas; i++) {
		if (i)
			fputc(',', f);
		json_string(f, it->paras[i]);
	}
	fputs("],\"sources\":[", f);
	for (i = 0; i < it->nsources; i++) {
		src = &g->sources[it->sources[i]];
		fputs(i ? ",{" : "{", f);
		json_member(f, 1, "title", src->title);
		json_member(f, 0, "url", src->href);
		json_member(f, 0, "date", src->date);
		json_member(f, 0, "kind", source_kinds[src->kind]);
		fputc('}', f);
	}
	fputs("]}", f);
}

void
explain_plan_json(FILE *f, const struct plan *pl)
{
	const struct profile	*p = pl->profile;
	const struct plan_guide	*pg;
	size_t			 i, j;

	fputs("{\"profile\":{", f);
	json_member(f, 1, "name", p->name);
	json_member(f, 0, "country", p->country != NULL ? p->country->code :
	    NULL);
	json_member(f, 0, "region", region_code(p->region));
	json_member(f, 0, "state", p->state != NULL ? p->state->code : NULL);
	json_declared(f, "platforms", p->platforms, p->nplatforms);
	fprintf(f, ",\"all_platforms\":%s", p->platforms_given ? "false" :
	    "true");
	json_declared(f, "topics", p->topics, p->ntopics);
	fprintf(f, ",\"all_topics\":%s", p->topics_given ? "false" : "true");
	json_member(f, 0, "paper", paper_name(p->paper));
	json_member(f, 0, "template", p->template);
	fprintf(f, "},\"steps\":%d,\"minutes\":%d,\"steps_if\":%d,"
	    "\"minutes_if\":%d,\"budget\":%d,\"later\":%d,"
	    "\"minutes_later\":%d", pl->nsteps, pl->minutes, pl->nsteps_if,
	    pl->minutes_if, pl->budget, pl->nlater, pl->minutes_later);
	json_member(f, 0, "verified", pl->verified);
	fputs(",\"guides\":[", f);
	for (i = 0; i < pl->nguides; i++) {
		pg = &pl->guides[i];
		fputs(i ? ",{" : "{", f);
		json_member(f, 1, "id", pg->guide->id);
		json_member(f, 0, "title", pg->guide->title);
		json_member(f, 0, "file", pg->guide->file);
		json_member(f, 0, "version", pg->guide->version);
		json_member(f, 0, "lang", pg->guide->lang);
		json_member(f, 0, "topic", pg->guide->topic);
		json_member(f, 0, "verified", pg->guide->verified);
		json_member(f, 0, "recheck_by", pg->guide->recheck_by);
		json_member(f, 0, "reason", pg->reason);
		fprintf(f, ",\"minutes\":%d,\"items\":[", pg->minutes);
		for (j = 0; j < pg->nitems; j++) {
			if (j)
				fputc(',', f);
			json_item(f, pg->guide, &pg->items[j]);
		}
		fputs("]}", f);
	}
	fputs("]}\n", f);
}

void
explain_list_json(FILE *f, const struct guideset *gs,
    char *const *templates, size_t ntemplates)
{
	size_t	i;
	int	r;

	fputs("{\"regions\":[", f);
	for (r = 0; r < REGION__MAX; r++) {
		fputs(r ? ",{" : "{", f);
		json_member(f, 1, "id", region_code(r));
		json_member(f, 0, "name", strip_article(region_name(r)));
		fputc('}', f);
	}
	fputs("],\"platforms\":[", f);
	for (i = 0; i < gs->nplatforms; i++) {
		fputs(i ? ",{" : "{", f);
		json_member(f, 1, "id", gs->platforms[i]->id);
		json_member(f, 0, "name", gs->platforms[i]->name);
		fputc('}', f);
	}
	fputs("],\"topics\":[", f);
	for (i = 0; i < gs->ntopics; i++) {
		fputs(i ? ",{" : "{", f);
		json_member(f, 1, "id", gs->topics[i]->id);
		json_member(f, 0, "name", gs->topics[i]->name);
		fputc('}', f);
	}
	fputs("],\"guides\":[", f);
	for (i = 0; i < gs->nguides; i++) {
		fputs(i ? ",{" : "{", f);
		json_member(f, 1, "id", gs->guides[i]->id);
		json_member(f, 0, "title", gs->guides[i]->title);
		json_member(f, 0, "topic", gs->guides[i]->topic);
		json_member(f, 0, "version", gs->guides[i]->version);
		json_member(f, 0, "verified", gs->guides[i]->verified);
		json_member(f, 0, "recheck_by", gs->guides[i]->recheck_by);
		fprintf(f, ",\"items\":%zu}", gs->guides[i]->nitems);
	}
	fputs("],\"templates\":[", f);
	for (i = 0; i < ntemplates; i++) {
		if (i)
			fputc(',', f);
		json_string(f, templates[i]);
	}
	fputs("],\"papers\":[\"a4\",\"letter\"],\"states\":[", f);
	for (i = 0; i < nusstates; i++) {
		fputs(i ? ",{" : "{", f);
		json_member(f, 1, "id", usstates[i].code);
		json_member(f, 0, "name", usstates[i].name);
		fputc('}', f);
	}
	fputs("],\"countries\":[", f);
	for (i = 0; i < ncountries; i++) {
		fputs(i ? ",{" : "{", f);
		json_member(f, 1, "id", countries[i].code);
		json_member(f, 0, "name", strip_article(countries[i].name));
		json_member(f, 0, "region", region_code(countries[i].region));
		if (countries[i].part_of != NULL)
			json_member(f, 0, "part_of", countries[i].part_of);
		fputc('}', f);
	}
	fputs("]}\n", f);
}
