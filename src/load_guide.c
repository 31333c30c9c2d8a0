/* SPDX-License-Identifier: ISC */
/*
 * Guide files: from a schema-valid XML tree to struct guide.  The schema
 * has already checked the structure; this maps it and checks the text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "guide_cache.h"
#include "load_int.h"
#include "msg.h"
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
source_refs(struct guide *g, size_t **v, size_t *n,
    const struct srcpos *pos, const char *refs)
{
	size_t	 cap = *n, len, i;
	char	*id;

	while (refs != NULL && *refs != '\0') {
		len = strcspn(refs, " \t\n");
		id = xstrndup(refs, len);
		for (i = 0; i < g->nsources; i++)
			if (strcmp(g->sources[i].id, id) == 0)
				break;
		if (i < g->nsources)
			*XAPPEND(*v, *n, cap) = i;
		else
			msg(MSG_SOURCE_UNKNOWN, pos, "\"%s\"", id);
		free(id);
		refs += len;
		refs += strspn(refs, " \t\n");
	}
}

static void
parse_source_refs(struct guide *g, struct item *it, const char *refs)
{
	source_refs(g, &it->sources, &it->nsources, &it->pos, refs);
}

/* A list of codes, as in for="EU EEA". */
static void
parse_codes(const char *s, char ***v, size_t *n)
{
	size_t	cap = 0, len;

	while (s != NULL && *s != '\0') {
		s += strspn(s, " \t\n");
		if ((len = strcspn(s, " \t\n")) == 0)
			break;
		*XAPPEND(*v, *n, cap) = xstrndup(s, len);
		s += len;
	}
}

/* An attribute that is printed: checked as text, NULL if absent. */
static char *
text_attr(xmlNodePtr n, const char *name, const struct srcpos *pos)
{
	char	*s;

	if ((s = xml_attr(n, name)) != NULL)
		text_check(s, pos, name);
	return s;
}

static void
parse_address(struct guide *g, struct address *a, xmlNodePtr n,
    const char *file, int need)
{
	xmlNodePtr	 k;
	size_t		 cap = 0;
	char		*s;

	xml_pos(n, file, &a->pos);
	s = xml_attr(n, "sources");
	source_refs(g, &a->sources, &a->nsources, &a->pos, s);
	free(s);
	copy_date(a->verified, xml_attr(n, "verified"));
	if ((s = xml_attr(n, "confirmed")) != NULL) {
		a->unconfirmed = strcmp(s, "no") == 0;
		free(s);
	}
	a->write_in = text_attr(n, "write-in", &a->pos);
	a->email = text_attr(n, "email", &a->pos);
	if (xmlHasProp(n, (const xmlChar *)"form"))
		a->form = xml_uri(n, "form", file);
	for (k = xml_first(n); k != NULL; k = xml_next(k))
		if (xml_is(k, "line"))
			*XAPPEND(a->lines, a->nlines, cap) =
			    xml_text(k, file, "address line");
	/* The schema cannot say "lines or write-in": say it here. */
	if (need && a->nlines == 0 && a->write_in == NULL)
		msg(MSG_LETTER_NO_ADDRESS, &a->pos, NULL);
}

static void
parse_variant(struct guide *g, struct variant *v, xmlNodePtr n,
    const char *file)
{
	xmlNodePtr	 k, q;
	struct lpart	*pt;
	struct complaint *c;
	size_t		 pcap = 0, ccap = 0, scap = 0, qcap;
	char		*s;

	xml_pos(n, file, &v->pos);
	s = xml_attr(n, "for");
	parse_codes(s, &v->fors, &v->nfors);
	free(s);
	v->law = text_attr(n, "law", &v->pos);
	v->deadline = text_attr(n, "deadline", &v->pos);
	v->deadline_law = text_attr(n, "deadline-law", &v->pos);
	if ((s = xml_attr(n, "due-days")) != NULL)
		v->due_days = atoi(s);
	free(s);
	if ((s = xml_attr(n, "due-months")) != NULL)
		v->due_months = atoi(s);
	free(s);
	if (v->due_days > 0 && v->due_months > 0)
		msg(MSG_LETTER_TWO_PERIODS, &v->pos, NULL);
	if ((s = xml_attr(n, "weekend")) != NULL)
		v->weekend_next = strcmp(s, "next") == 0;
	free(s);
	s = xml_attr(n, "sources");
	source_refs(g, &v->sources, &v->nsources, &v->pos, s);
	free(s);
	for (k = xml_first(n); k != NULL; k = xml_next(k)) {
		if (xml_is(k, "to"))
			parse_address(g, &v->to, k, file, 1);
		else if (xml_is(k, "subject"))
			v->subject = xml_text(k, file, "subject");
		else if (xml_is(k, "opening"))
			v->opening = xml_text(k, file, "opening");
		else if (xml_is(k, "closing"))
			v->closing = xml_text(k, file, "closing");
		else if (xml_is(k, "send"))
			*XAPPEND(v->send, v->nsend, scap) =
			    xml_text(k, file, "paragraph");
		else if (xml_is(k, "complain")) {
			c = XAPPEND(v->complaints, v->ncomplaints, ccap);
			/* A complaint page will do instead of an address. */
			parse_address(g, &c->addr, k, file,
			    !xmlHasProp(k, (const xmlChar *)"href") &&
			    !xmlHasProp(k, (const xmlChar *)"note"));
			c->name = text_attr(k, "name", &c->addr.pos);
			s = xml_attr(k, "for");
			parse_codes(s, &c->fors, &c->nfors);
			free(s);
			if (xmlHasProp(k, (const xmlChar *)"href"))
				c->href = xml_uri(k, "href", file);
			c->note = text_attr(k, "note", &c->addr.pos);
			if ((s = xml_attr(k, "fallback")) != NULL)
				c->fallback = strcmp(s, "yes") == 0;
			free(s);
		} else {
			pt = XAPPEND(v->parts, v->nparts, pcap);
			xml_pos(k, file, &pt->pos);
			if (xml_is(k, "p")) {
				pt->type = LPART_P;
				pt->text = xml_text(k, file, "paragraph");
			} else if (xml_is(k, "field")) {
				pt->type = LPART_FIELD;
				pt->text = text_attr(k, "label", &pt->pos);
				s = xml_attr(k, "fill");
				pt->fill = s == NULL ? LFILL_NONE :
				    strcmp(s, "name") == 0 ? LFILL_NAME :
				    LFILL_EMAIL;
				free(s);
			} else {
				pt->type = LPART_WRITEIN;
				pt->text = text_attr(k, "label", &pt->pos);
				s = xml_attr(k, "lines");
				pt->lines = s != NULL ? atoi(s) : 4;
				free(s);
				qcap = 0;
				for (q = xml_first(k); q != NULL;
				    q = xml_next(q))
					*XAPPEND(pt->prompts, pt->nprompts,
					    qcap) = xml_text(q, file,
					    "prompt");
			}
		}
	}
}

static void
parse_letter(struct guide *g, struct letter *l, xmlNodePtr n,
    const char *file)
{
	xmlNodePtr	 k;
	size_t		 cap = 0;

	xml_pos(n, file, &l->pos);
	l->id = xml_attr(n, "id");
	l->ref = xml_attr(n, "ref");
	copy_date(l->verified, xml_attr(n, "verified"));
	for (k = xml_first(n); k != NULL; k = xml_next(k)) {
		if (xml_is(k, "title"))
			l->title = xml_text(k, file, "title");
		else if (xml_is(k, "variant"))
			parse_variant(g, XAPPEND(l->variants, l->nvariants,
			    cap), k, file);
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
	it->letter = xml_attr(n, "letter");

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
	size_t		 lcap = 0;
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
		} else if (xml_is(n, "letters")) {
			for (k = xml_first(n); k != NULL; k = xml_next(k))
				parse_letter(g, XAPPEND(g->letters,
				    g->nletters, lcap), k, file);
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

static void
typeset_all(const char *lang, char **v, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		typeset(lang, &v[i]);
}

/* Addresses and ids stay as written: they are copied onto envelopes. */
static void
typeset_letter(const char *lang, struct letter *l)
{
	struct variant	*v;
	size_t		 i, j;

	l->guide = NULL;
	typeset(lang, &l->title);
	for (i = 0; i < l->nvariants; i++) {
		v = &l->variants[i];
		typeset(lang, &v->deadline);
		typeset(lang, &v->deadline_law);
		typeset(lang, &v->subject);
		typeset(lang, &v->opening);
		typeset(lang, &v->closing);
		typeset(lang, &v->to.write_in);
		typeset_all(lang, v->send, v->nsend);
		for (j = 0; j < v->nparts; j++) {
			typeset(lang, &v->parts[j].text);
			typeset_all(lang, v->parts[j].prompts,
			    v->parts[j].nprompts);
		}
		for (j = 0; j < v->ncomplaints; j++) {
			typeset(lang, &v->complaints[j].note);
			typeset(lang, &v->complaints[j].addr.write_in);
		}
	}
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
	for (i = 0; i < g->nletters; i++)
		typeset_letter(g->lang, &g->letters[i]);
}

static struct guide *
guide_from_doc(xmlDocPtr doc, const char *path)
{
	struct guide	*g;
	size_t		 i;

	if (doc == NULL)
		return NULL;
	g = xcalloc(1, sizeof(*g));
	g->file = xstrdup(path);
	parse_guide(g, xmlDocGetRootElement(doc), g->file);
	typeset_guide(g);
	for (i = 0; i < g->nletters; i++)
		g->letters[i].guide = g;
	xmlFreeDoc(doc);
	return g;
}

static int
msg_total(void)
{
	int	level, n = 0;

	for (level = MSGL_OK; level < MSGL__MAX; level++)
		n += msg_count(level);
	return n;
}

struct guide *
load_guide(struct loader *l, const char *path)
{
	struct guide	*g;
	char		*buf;
	size_t		 len;
	int		 before;

	if ((buf = xml_read_bytes(path, &len)) == NULL)
		return NULL;
	if ((g = guide_cache_get(l->cache, path, buf, len)) == NULL) {
		before = msg_total();
		g = load_guide_buffer(l, path, buf, len);
		/* A guide that drew any message is loaded anew each time. */
		if (g != NULL && msg_total() == before)
			guide_cache_put(l->cache, path, buf, len, g);
	}
	free(buf);
	return g;
}

struct guide *
load_guide_buffer(struct loader *l, const char *name, const char *buf,
    size_t len)
{
	xmlSchemaPtr	schema;

	if ((schema = loader_guide_schema(l)) == NULL)
		return NULL;
	return guide_from_doc(xml_parse(name, buf, len, schema, "guide"),
	    name);
}
