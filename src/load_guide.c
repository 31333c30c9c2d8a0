/* SPDX-License-Identifier: ISC */
/*
 * Guide files: from a schema-valid XML tree to struct guide.  The schema
 * has already checked the structure; this maps it and checks the text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "load_int.h"
#include "typo.h"
#include "xalloc.h"

static const char *const field_names[FIELD__MAX] = {
	"country", "region", "state", "platform", "topic", "sovereign",
	"group"
};

const char *
field_name(enum field f)
{
	return field_names[f];
}

static void
copy_date(char dst[11], char *src)
{
	snprintf(dst, 11, "%s", src != NULL ? src : "");
	free(src);
}

static void
parse_rule(xmlNodePtr n, const char *file, struct rule *r)
{
	xmlNodePtr	 k;
	char		*s;
	size_t		 cap = 0;
	int		 f;

	xml_pos(n, file, &r->pos);
	if (xml_is(n, "match")) {
		r->type = RULE_MATCH;
		s = xml_attr(n, "field");
		for (f = 0; f < FIELD__MAX; f++)
			if (s != NULL && strcmp(s, field_names[f]) == 0)
				r->field = f;
		free(s);
		r->pattern = xml_attr(n, "pattern");
		if (r->pattern == NULL)
			r->pattern = xstrdup("");
		text_check(r->pattern, &r->pos, "pattern");
		if ((r->because = xml_attr(n, "because")) != NULL)
			text_check(r->because, &r->pos, "because");
		return;
	}
	if (xml_is(n, "since")) {
		/* The schema has checked the date's form. */
		r->type = RULE_SINCE;
		copy_date(r->date, xml_attr(n, "date"));
		if ((r->because = xml_attr(n, "because")) != NULL)
			text_check(r->because, &r->pos, "because");
		return;
	}
	if (xml_is(n, "all"))
		r->type = RULE_ALL;
	else if (xml_is(n, "any"))
		r->type = RULE_ANY;
	else
		r->type = RULE_NOT;
	for (k = xml_first(n); k != NULL; k = xml_next(k))
		parse_rule(k, file, XAPPEND(r->kids, r->nkids, cap));
}

/* <when> holds exactly one rule. */
static struct rule *
parse_when(xmlNodePtr n, const char *file)
{
	struct rule	*r;
	xmlNodePtr	 k;

	if ((k = xml_first(n)) == NULL)
		return NULL;
	r = xcalloc(1, sizeof(*r));
	parse_rule(k, file, r);
	return r;
}

static void
parse_declared(xmlNodePtr n, const char *file, struct declared **arr,
    size_t *narr, size_t *cap)
{
	struct declared	*d;

	d = XAPPEND(*arr, *narr, *cap);
	xml_pos(n, file, &d->pos);
	d->id = xml_attr(n, "id");
	d->name = xml_text(n, file, "name");
}

static unsigned int
parse_needs(const char *s)
{
	static const struct {
		const char	*name;
		unsigned int	 bit;
	} needs[] = {
		{ "email", NEED_EMAIL }, { "phone", NEED_PHONE },
		{ "id", NEED_ID }, { "account", NEED_ACCOUNT },
		{ "money", NEED_MONEY },
	};
	unsigned int	 bits = 0;
	size_t		 i, len;

	while (s != NULL && *s != '\0') {
		len = strcspn(s, " \t\n");
		for (i = 0; i < sizeof(needs) / sizeof(needs[0]); i++)
			if (strlen(needs[i].name) == len &&
			    strncmp(s, needs[i].name, len) == 0)
				bits |= needs[i].bit;
		s += len;
		s += strspn(s, " \t\n");
	}
	return bits;
}

/* Resolve sources="a b" against the guide's <sources>. */
static void
parse_source_refs(struct guide *g, struct item *it, const char *refs)
{
	size_t	 cap = 0, len, i;
	char	*id;

	while (refs != NULL && *refs != '\0') {
		len = strcspn(refs, " \t\n");
		id = xstrndup(refs, len);
		for (i = 0; i < g->nsources; i++)
			if (strcmp(g->sources[i].id, id) == 0)
				break;
		if (i < g->nsources)
			*XAPPEND(it->sources, it->nsources, cap) = i;
		else
			msg(MSG_SOURCE_UNKNOWN, &it->pos, "\"%s\"", id);
		free(id);
		refs += len;
		refs += strspn(refs, " \t\n");
	}
}

static void
parse_item(struct guide *g, struct item *it, xmlNodePtr n, const char *file)
{
	xmlNodePtr	 k;
	size_t		 pcap = 0;
	char		*s;

	xml_pos(n, file, &it->pos);
	it->kind = xml_is(n, "step") ? ITEM_STEP :
	    xml_is(n, "right") ? ITEM_RIGHT : ITEM_CAVEAT;
	it->id = xml_attr(n, "id");
	copy_date(it->verified, xml_attr(n, "verified"));
	if ((s = xml_attr(n, "minutes")) != NULL)
		it->minutes = atoi(s);
	free(s);
	if ((s = xml_attr(n, "recheck-days")) != NULL)
		it->recheck_days = atoi(s);
	free(s);
	/* The schema allows 1 to 5; the default sits in the middle. */
	it->priority = 3;
	if ((s = xml_attr(n, "priority")) != NULL)
		it->priority = atoi(s);
	free(s);
	if ((it->why_first = xml_attr(n, "why-first")) != NULL)
		text_check(it->why_first, &it->pos, "why-first");
	if ((it->only_if = xml_attr(n, "only-if")) != NULL)
		text_check(it->only_if, &it->pos, "only-if");
	if ((s = xml_attr(n, "confirmed")) != NULL) {
		it->unconfirmed = strcmp(s, "no") == 0;
		free(s);
	}
	if ((s = xml_attr(n, "role")) != NULL) {
		it->regulator = strcmp(s, "regulator") == 0;
		free(s);
	}
	if ((it->deadline = xml_attr(n, "deadline")) != NULL)
		text_check(it->deadline, &it->pos, "deadline");
	if ((it->deadline_law = xml_attr(n, "deadline-law")) != NULL)
		text_check(it->deadline_law, &it->pos, "deadline-law");
	s = xml_attr(n, "needs");
	it->needs = parse_needs(s);
	free(s);
	if ((it->law = xml_attr(n, "law")) != NULL)
		text_check(it->law, &it->pos, "law");
	s = xml_attr(n, "sources");
	parse_source_refs(g, it, s);
	free(s);

	for (k = xml_first(n); k != NULL; k = xml_next(k)) {
		if (xml_is(k, "title")) {
			xml_pos(k, file, &it->title_pos);
			it->title = xml_text(k, file, "title");
		} else if (xml_is(k, "p")) {
			*XAPPEND(it->paras, it->nparas, pcap) =
			    xml_text(k, file, "paragraph");
			/* Its own line, for messages about its text. */
			it->para_pos = xreallocarray(it->para_pos, pcap,
			    sizeof(*it->para_pos));
			xml_pos(k, file, &it->para_pos[it->nparas - 1]);
		} else if (xml_is(k, "link")) {
			xml_pos(k, file, &it->link_pos);
			it->link = xml_uri(k, "href", file);
			it->link_label = xml_text(k, file, NULL);
			if (*it->link_label == '\0') {
				free(it->link_label);
				it->link_label = NULL;
			}
		} else if (xml_is(k, "when"))
			it->when = parse_when(k, file);
	}
}

/* The schema allows only these; anything else is the weakest kind. */
static enum source_kind
parse_source_kind(xmlNodePtr n)
{
	enum source_kind	 k = SOURCE_SECONDARY;
	size_t			 i;
	char			*s;

	if ((s = xml_attr(n, "kind")) == NULL)
		return k;
	for (i = 0; i < SOURCE__MAX; i++)
		if (strcmp(s, source_kinds[i]) == 0)
			k = (enum source_kind)i;
	free(s);
	return k;
}

/* Source ids are local to a guide; a guide has tens, not thousands. */
static void
check_source_id(const struct guide *g, const struct source *src)
{
	size_t	i;

	if (src->id == NULL)
		return;
	for (i = 0; i + 1 < g->nsources; i++)
		if (g->sources[i].id != NULL &&
		    strcmp(g->sources[i].id, src->id) == 0) {
			msg(MSG_SOURCE_DUPID, &src->pos, "\"%s\", first used "
			    "at line %d", src->id, g->sources[i].pos.line);
			return;
		}
}

static void
parse_guide(struct guide *g, xmlNodePtr root, const char *file)
{
	xmlNodePtr	 n, k;
	struct source	*src;
	size_t		 pcap = 0, tcap = 0, gcap = 0, scap = 0, icap = 0;
	struct group	*grp;
	char		*s;

	xml_pos(root, file, &g->pos);
	g->id = xml_attr(root, "id");
	g->version = xml_attr(root, "version");
	g->lang = (char *)xmlNodeGetLang(root);
	if (g->lang != NULL) {
		s = xstrdup(g->lang);
		xmlFree(g->lang);
		g->lang = s;
	}
	g->topic = xml_attr(root, "topic");
	g->code = xml_attr(root, "code");
	s = xml_attr(root, "order");
	g->order = s != NULL ? atoi(s) : 100;
	free(s);
	copy_date(g->verified, xml_attr(root, "verified"));
	copy_date(g->recheck_by, xml_attr(root, "recheck-by"));

	for (n = xml_first(root); n != NULL; n = xml_next(n)) {
		if (xml_is(n, "title")) {
			xml_pos(n, file, &g->title_pos);
			g->title = xml_text(n, file, "title");
		} else if (xml_is(n, "summary")) {
			xml_pos(n, file, &g->summary_pos);
			g->summary = xml_text(n, file, "summary");
		} else if (xml_is(n, "when"))
			g->when = parse_when(n, file);
		else if (xml_is(n, "declare")) {
			for (k = xml_first(n); k != NULL; k = xml_next(k))
				if (xml_is(k, "platform"))
					parse_declared(k, file, &g->platforms,
					    &g->nplatforms, &pcap);
				else if (xml_is(k, "group")) {
					grp = XAPPEND(g->groups, g->ngroups,
					    gcap);
					xml_pos(k, file, &grp->pos);
					grp->id = xml_attr(k, "id");
					grp->name = xml_attr(k, "name");
					if (grp->name == NULL)
						grp->name = xstrdup("");
					text_check(grp->name, &grp->pos,
					    "name");
					grp->rule = parse_when(k, file);
				} else
					parse_declared(k, file, &g->topics,
					    &g->ntopics, &tcap);
		} else if (xml_is(n, "sources")) {
			for (k = xml_first(n); k != NULL; k = xml_next(k)) {
				src = XAPPEND(g->sources, g->nsources, scap);
				xml_pos(k, file, &src->pos);
				src->id = xml_attr(k, "id");
				check_source_id(g, src);
				src->kind = parse_source_kind(k);
				src->href = xml_uri(k, "href", file);
				src->date = xml_attr(k, "date");
				src->title = xml_text(k, file, "source");
			}
		} else if (xml_is(n, "items")) {
			for (k = xml_first(n); k != NULL; k = xml_next(k))
				parse_item(g, XAPPEND(g->items, g->nitems,
				    icap), k, file);
		}
	}
}

/* Replace *s with its typeset form (typo.c); NULL stays NULL. */
static void
typeset(const char *lang, char **s)
{
	char	*t;

	if (*s == NULL)
		return;
	t = typo_text(lang, *s);
	free(*s);
	*s = t;
}

static void
typeset_rule(const char *lang, struct rule *r)
{
	size_t	i;

	if (r == NULL)
		return;
	typeset(lang, &r->because);
	for (i = 0; i < r->nkids; i++)
		typeset_rule(lang, &r->kids[i]);
}

/*
 * Guides are written with the quotes of a keyboard; the page gets the
 * language's own, apostrophes and menu arrows (typo.c).  Done once,
 * after the text was checked as written and before anything measures
 * or prints it.
 */
static void
typeset_guide(struct guide *g)
{
	struct item	*it;
	size_t		 i, j;

	typeset(g->lang, &g->title);
	typeset(g->lang, &g->summary);
	typeset_rule(g->lang, g->when);
	for (i = 0; i < g->ngroups; i++) {
		typeset(g->lang, &g->groups[i].name);
		typeset_rule(g->lang, g->groups[i].rule);
	}
	for (i = 0; i < g->nsources; i++)
		typeset(g->lang, &g->sources[i].title);
	for (i = 0; i < g->nitems; i++) {
		it = &g->items[i];
		typeset(g->lang, &it->title);
		for (j = 0; j < it->nparas; j++)
			typeset(g->lang, &it->paras[j]);
		typeset(g->lang, &it->link_label);
		typeset(g->lang, &it->law);
		typeset(g->lang, &it->deadline);
		typeset(g->lang, &it->deadline_law);
		typeset(g->lang, &it->why_first);
		typeset(g->lang, &it->only_if);
		typeset_rule(g->lang, it->when);
	}
}

static struct guide *
guide_from_doc(xmlDocPtr doc, const char *path)
{
	struct guide	*g;

	if (doc == NULL)
		return NULL;
	g = xcalloc(1, sizeof(*g));
	g->file = xstrdup(path);
	parse_guide(g, xmlDocGetRootElement(doc), g->file);
	typeset_guide(g);
	xmlFreeDoc(doc);
	return g;
}

struct guide *
load_guide(struct loader *l, const char *path)
{
	return guide_from_doc(xml_read(path, l->guide, "guide"), path);
}

struct guide *
load_guide_buffer(struct loader *l, const char *name, const char *buf,
    size_t len)
{
	return guide_from_doc(xml_parse(name, buf, len, l->guide, "guide"),
	    name);
}
