/* SPDX-License-Identifier: ISC */
/* Freeing and looking up in the guide model. */
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "xalloc.h"

const char *const source_kinds[SOURCE__MAX] = {
	[SOURCE_STATUTE] = "statute",
	[SOURCE_REGULATOR] = "regulator",
	[SOURCE_PLATFORM] = "platform",
	[SOURCE_COURT] = "court",
	[SOURCE_PRESS] = "press",
	[SOURCE_SECONDARY] = "secondary"
};

static void
rule_free_contents(struct rule *r)
{
	size_t	i;

	for (i = 0; i < r->nkids; i++)
		rule_free_contents(&r->kids[i]);
	free(r->kids);
	free(r->pattern);
	free(r->because);
}

static void
rule_free(struct rule *r)
{
	if (r != NULL) {
		rule_free_contents(r);
		free(r);
	}
}

static void
declared_free(struct declared *d, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		free(d[i].id);
		free(d[i].name);
	}
	free(d);
}

static void
address_free(struct address *a)
{
	xfree_strings(a->lines, a->nlines);
	free(a->write_in);
	free(a->email);
	free(a->form);
	free(a->sources);
}

static void
letter_free(struct letter *l)
{
	struct variant	*v;
	size_t		 i, j;

	for (i = 0; i < l->nvariants; i++) {
		v = &l->variants[i];
		xfree_strings(v->fors, v->nfors);
		free(v->law);
		free(v->deadline);
		free(v->deadline_law);
		free(v->sources);
		address_free(&v->to);
		free(v->subject);
		free(v->opening);
		for (j = 0; j < v->nparts; j++) {
			free(v->parts[j].text);
			xfree_strings(v->parts[j].prompts,
			    v->parts[j].nprompts);
		}
		free(v->parts);
		free(v->closing);
		for (j = 0; j < v->ncomplaints; j++) {
			address_free(&v->complaints[j].addr);
			free(v->complaints[j].name);
			xfree_strings(v->complaints[j].fors,
			    v->complaints[j].nfors);
			free(v->complaints[j].href);
			free(v->complaints[j].note);
		}
		free(v->complaints);
		xfree_strings(v->send, v->nsend);
	}
	free(l->variants);
	free(l->id);
	free(l->ref);
	free(l->title);
}

const struct letter *
guideset_letter(const struct guideset *gs, const char *id)
{
	size_t	i, j;

	for (i = 0; i < gs->nguides; i++)
		for (j = 0; j < gs->guides[i]->nletters; j++)
			if (strcmp(gs->guides[i]->letters[j].id, id) == 0)
				return &gs->guides[i]->letters[j];
	return NULL;
}

void
guide_free(struct guide *g)
{
	struct item	*it;
	size_t		 i, j;

	if (g == NULL)
		return;
	for (i = 0; i < g->nitems; i++) {
		it = &g->items[i];
		free(it->id);
		free(it->title);
		for (j = 0; j < it->nparas; j++)
			free(it->paras[j]);
		free(it->paras);
		free(it->para_pos);
		free(it->link);
		free(it->link_label);
		free(it->law);
		free(it->deadline);
		free(it->why_first);
		free(it->only_if);
		free(it->deadline_law);
		free(it->sources);
		free(it->letter);
		rule_free(it->when);
	}
	free(g->items);
	for (i = 0; i < g->nletters; i++)
		letter_free(&g->letters[i]);
	free(g->letters);
	for (i = 0; i < g->nsources; i++) {
		free(g->sources[i].id);
		free(g->sources[i].href);
		free(g->sources[i].date);
		free(g->sources[i].title);
	}
	free(g->sources);
	declared_free(g->platforms, g->nplatforms);
	declared_free(g->topics, g->ntopics);
	for (i = 0; i < g->ngroups; i++) {
		free(g->groups[i].id);
		free(g->groups[i].name);
		rule_free(g->groups[i].rule);
	}
	free(g->groups);
	rule_free(g->when);
	free(g->id);
	free(g->version);
	free(g->lang);
	free(g->topic);
	free(g->code);
	free(g->title);
	free(g->summary);
	free(g->file);
	free(g);
}

void
guideset_free(struct guideset *gs)
{
	size_t	i;

	if (gs == NULL)
		return;
	for (i = 0; i < gs->nguides; i++)
		guide_free(gs->guides[i]);
	free(gs->guides);
	free(gs->platforms);
	free(gs->topics);
	free(gs->groups);
	free(gs);
}

/* Binary search: guideset_build() sorts the declarations by id. */
static const struct declared *
find_declared(struct declared *const *d, size_t n, const char *id)
{
	size_t	lo = 0, hi = n, mid;
	int	c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((c = strcmp(id, d[mid]->id)) == 0)
			return d[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

const struct declared *
guideset_platform(const struct guideset *gs, const char *id)
{
	return find_declared(gs->platforms, gs->nplatforms, id);
}

const struct declared *
guideset_topic(const struct guideset *gs, const char *id)
{
	return find_declared(gs->topics, gs->ntopics, id);
}

const struct group *
guideset_group(const struct guideset *gs, const char *id)
{
	size_t	lo = 0, hi = gs->ngroups, mid;
	int	c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((c = strcmp(id, gs->groups[mid]->id)) == 0)
			return gs->groups[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* One allocation, not one per name: a set may declare thousands. */
char *
declared_join(const struct declared *const *d, size_t n, int names)
{
	char	*s, *p;
	size_t	 i, len = 1, k;

	for (i = 0; i < n; i++)
		len += strlen(names ? d[i]->name : d[i]->id) + 2;
	s = p = xmalloc(len);
	for (i = 0; i < n; i++) {
		if (i) {
			memcpy(p, ", ", 2);
			p += 2;
		}
		k = strlen(names ? d[i]->name : d[i]->id);
		memcpy(p, names ? d[i]->name : d[i]->id, k);
		p += k;
	}
	*p = '\0';
	return s;
}
