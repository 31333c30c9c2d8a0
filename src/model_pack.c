/* SPDX-License-Identifier: ISC */
/*
 * Packing a guide (model.h) into bytes and unpacking it.  Writing and
 * reading are kept side by side, struct by struct, so that a field
 * added to one is seen missing from the other.  The sizes asserted
 * below change when a struct of model.h gains or loses a field: the
 * build then stops here until the field is packed too, because a field
 * left out would be silently empty whenever a guide came from the
 * cache.
 *
 * Layout: numbers are 32-bit little-endian; a string is its length and
 * its bytes, or NONE for NULL; an array is its count, or NONE for a
 * NULL pointer, then its elements; a position is its line and column
 * (its file is always the guide's own, or NULL).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "model_pack.h"
#include "xalloc.h"

#if UINTPTR_MAX == 0xffffffffffffffffu
_Static_assert(sizeof(struct rule) == 80, "struct rule changed: pack it");
_Static_assert(sizeof(struct source) == 56, "struct source changed: pack it");
_Static_assert(sizeof(struct item) == 232, "struct item changed: pack it");
_Static_assert(sizeof(struct address) == 88,
    "struct address changed: pack it");
_Static_assert(sizeof(struct complaint) == 136,
    "struct complaint changed: pack it");
_Static_assert(sizeof(struct lpart) == 64, "struct lpart changed: pack it");
_Static_assert(sizeof(struct variant) == 248,
    "struct variant changed: pack it");
_Static_assert(sizeof(struct letter) == 80, "struct letter changed: pack it");
_Static_assert(sizeof(struct declared) == 32,
    "struct declared changed: pack it");
_Static_assert(sizeof(struct group) == 40, "struct group changed: pack it");
_Static_assert(sizeof(struct guide) == 248, "struct guide changed: pack it");
#endif

#define NONE		0xffffffffu
/*
 * The fewest bytes each packed struct takes (every string NULL, every
 * array empty), so that a count is checked against the bytes left
 * before anything is allocated: what a damaged count can make the
 * reader allocate stays within a few times the entry's size.
 */
#define PACKED_POS	12
#define PACKED_RULE	(5 * 4 + 11 + PACKED_POS)
#define PACKED_SOURCE	(5 * 4 + PACKED_POS)
#define PACKED_ITEM	(21 * 4 + 11 + 3 * PACKED_POS)
#define PACKED_ADDRESS	(6 * 4 + 11 + PACKED_POS)
#define PACKED_COMPLAINT (PACKED_ADDRESS + 5 * 4)
#define PACKED_LPART	(5 * 4 + PACKED_POS)
#define PACKED_VARIANT	(14 * 4 + PACKED_ADDRESS + PACKED_POS)
#define PACKED_LETTER	(4 * 4 + 11 + PACKED_POS)
#define PACKED_DECLARED	(2 * 4 + PACKED_POS)
#define PACKED_GROUP	(3 * 4 + PACKED_POS)
/* Deeper than libxml2 lets a document nest (256), so never reached. */
#define PACK_DEPTH	300

/*** Writing ***/

struct out {
	struct pack	*pk;
	const char	*file;		/* the guide's own file */
	int		 bad;
};

void
pack_bytes(struct pack *pk, const void *v, size_t n)
{
	if (pk->cap - pk->len < n) {
		while (pk->cap - pk->len < n)
			pk->cap = pk->cap == 0 ? 4096 : pk->cap * 2;
		pk->p = xreallocarray(pk->p, pk->cap, 1);
	}
	memcpy(pk->p + pk->len, v, n);
	pk->len += n;
}

static void
put(struct out *o, const void *v, size_t n)
{
	pack_bytes(o->pk, v, n);
}

static void
put_u32(struct out *o, uint32_t v)
{
	unsigned char	b[4];

	b[0] = (unsigned char)v;
	b[1] = (unsigned char)(v >> 8);
	b[2] = (unsigned char)(v >> 16);
	b[3] = (unsigned char)(v >> 24);
	put(o, b, 4);
}

static void
put_int(struct out *o, int v)
{
	put_u32(o, (uint32_t)v);
}

static void
put_count(struct out *o, const void *ptr, size_t n)
{
	if (n >= NONE)
		o->bad = 1;
	put_u32(o, ptr == NULL ? NONE : (uint32_t)n);
}

static void
put_str(struct out *o, const char *s)
{
	size_t	len;

	if (s == NULL) {
		put_u32(o, NONE);
		return;
	}
	put_count(o, s, len = strlen(s));
	put(o, s, len);
}

static void
put_date(struct out *o, const char d[11])
{
	put(o, d, 11);
}

static void
put_pos(struct out *o, const struct srcpos *pos)
{
	if (pos->file != NULL && pos->file != o->file)
		o->bad = 1;
	put_u32(o, pos->file == NULL ? 0 : 1);
	put_int(o, pos->line);
	put_int(o, pos->col);
}

static void
put_strs(struct out *o, char *const *v, size_t n)
{
	size_t	i;

	put_count(o, v, n);
	for (i = 0; i < n; i++)
		put_str(o, v[i]);
}

static void
put_indices(struct out *o, const size_t *v, size_t n)
{
	size_t	i;

	put_count(o, v, n);
	for (i = 0; i < n; i++)
		put_count(o, v, v[i]);
}

/*** Reading ***/

struct in {
	const unsigned char *p;
	size_t		 left;
	const char	*file;
	int		 bad;
};

static const unsigned char *
take(struct in *in, size_t n)
{
	const unsigned char *p = in->p;

	if (in->bad || in->left < n) {
		in->bad = 1;
		return NULL;
	}
	in->p += n;
	in->left -= n;
	return p;
}

static uint32_t
get_u32(struct in *in)
{
	const unsigned char *b;

	if ((b = take(in, 4)) == NULL)
		return 0;
	return (uint32_t)b[0] | (uint32_t)b[1] << 8 |
	    (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

static int
get_int(struct in *in)
{
	uint32_t	v = get_u32(in);

	/* Two's complement back, without relying on the conversion. */
	return v <= INT32_MAX ? (int)v : -(int)(~v) - 1;
}

/* An enum's value, known to be below max. */
static int
get_enum(struct in *in, uint32_t max)
{
	uint32_t	v = get_u32(in);

	if (v >= max)
		in->bad = 1;
	return in->bad ? 0 : (int)v;
}

/*
 * An array's count, each element taking at least min bytes.  *isnull
 * tells a NULL pointer from an empty array.
 */
static size_t
get_count(struct in *in, size_t min, int *isnull)
{
	uint32_t	n = get_u32(in);

	*isnull = n == NONE;
	if (*isnull)
		return 0;
	if (n > in->left / min)
		in->bad = 1;
	return in->bad ? 0 : n;
}

/* Room for n elements of size sz, or NULL for a NULL array. */
static void *
get_array(size_t n, size_t sz, int isnull)
{
	return isnull ? NULL : xcalloc(n > 0 ? n : 1, sz);
}

static char *
get_str(struct in *in)
{
	const unsigned char *b;
	uint32_t	 n = get_u32(in);
	char		*s;

	if (in->bad || n == NONE)
		return NULL;
	if ((b = take(in, n)) == NULL)
		return NULL;
	if (memchr(b, '\0', n) != NULL) {
		in->bad = 1;
		return NULL;
	}
	s = xmalloc((size_t)n + 1);
	memcpy(s, b, n);
	s[n] = '\0';
	return s;
}

static void
get_date(struct in *in, char d[11])
{
	const unsigned char *b;

	if ((b = take(in, 11)) == NULL || memchr(b, '\0', 11) == NULL) {
		in->bad = 1;
		d[0] = '\0';
		return;
	}
	memcpy(d, b, 11);
}

static void
get_pos(struct in *in, struct srcpos *pos)
{
	uint32_t	has = get_u32(in);

	if (has > 1)
		in->bad = 1;
	pos->file = has == 1 ? in->file : NULL;
	pos->line = get_int(in);
	pos->col = get_int(in);
}

static char **
get_strs(struct in *in, size_t *np)
{
	char	**v;
	size_t	  i, n;
	int	  isnull;

	n = get_count(in, 4, &isnull);
	v = get_array(n, sizeof(*v), isnull);
	*np = n;
	for (i = 0; i < n; i++)
		v[i] = get_str(in);
	return v;
}

/* Indices into an array of max elements. */
static size_t *
get_indices(struct in *in, size_t *np, size_t max)
{
	size_t	*v;
	size_t	 i, n;
	int	 isnull;

	n = get_count(in, 4, &isnull);
	v = get_array(n, sizeof(*v), isnull);
	*np = n;
	for (i = 0; i < n; i++)
		if ((v[i] = get_u32(in)) >= max)
			in->bad = 1;
	return v;
}

/*** The model, struct by struct ***/

static void
put_rule(struct out *o, const struct rule *r, int depth)
{
	size_t	i;

	if (depth > PACK_DEPTH) {
		o->bad = 1;
		return;
	}
	put_u32(o, r->type);
	put_u32(o, r->field);
	put_str(o, r->pattern);
	put_str(o, r->because);
	put_date(o, r->date);
	/* r->re is given by rules_compile(), after loading. */
	put_count(o, r->kids, r->nkids);
	for (i = 0; i < r->nkids; i++)
		put_rule(o, &r->kids[i], depth + 1);
	put_pos(o, &r->pos);
}

static void
get_rule(struct in *in, struct rule *r, int depth)
{
	size_t	i;
	int	isnull;

	if (depth > PACK_DEPTH) {
		in->bad = 1;
		return;
	}
	r->type = get_enum(in, RULE_SINCE + 1);
	r->field = get_enum(in, FIELD__MAX);
	r->pattern = get_str(in);
	r->because = get_str(in);
	get_date(in, r->date);
	r->re = 0;
	r->nkids = get_count(in, PACKED_RULE, &isnull);
	r->kids = get_array(r->nkids, sizeof(*r->kids), isnull);
	for (i = 0; i < r->nkids && !in->bad; i++)
		get_rule(in, &r->kids[i], depth + 1);
	get_pos(in, &r->pos);
}

/* A rule pointer that may be NULL. */
static void
put_rule_ptr(struct out *o, const struct rule *r)
{
	put_u32(o, r != NULL);
	if (r != NULL)
		put_rule(o, r, 0);
}

static struct rule *
get_rule_ptr(struct in *in)
{
	struct rule	*r;
	uint32_t	 has = get_u32(in);

	if (has > 1)
		in->bad = 1;
	if (has != 1 || in->bad)
		return NULL;
	r = xcalloc(1, sizeof(*r));
	get_rule(in, r, 0);
	return r;
}

static void
put_source(struct out *o, const struct source *s)
{
	put_str(o, s->id);
	put_u32(o, s->kind);
	put_str(o, s->href);
	put_str(o, s->date);
	put_str(o, s->title);
	put_pos(o, &s->pos);
}

static void
get_source(struct in *in, struct source *s)
{
	s->id = get_str(in);
	s->kind = get_enum(in, SOURCE__MAX);
	s->href = get_str(in);
	s->date = get_str(in);
	s->title = get_str(in);
	get_pos(in, &s->pos);
}

static void
put_item(struct out *o, const struct item *it)
{
	size_t	i;

	put_u32(o, it->kind);
	put_str(o, it->id);
	put_str(o, it->title);
	put_pos(o, &it->title_pos);
	put_strs(o, it->paras, it->nparas);
	put_u32(o, it->para_pos != NULL);
	for (i = 0; it->para_pos != NULL && i < it->nparas; i++)
		put_pos(o, &it->para_pos[i]);
	put_str(o, it->link);
	put_pos(o, &it->link_pos);
	put_str(o, it->link_label);
	put_str(o, it->law);
	put_int(o, it->minutes);
	put_int(o, it->recheck_days);
	put_int(o, it->priority);
	put_str(o, it->why_first);
	put_str(o, it->only_if);
	put_str(o, it->deadline);
	put_str(o, it->deadline_law);
	put_int(o, it->unconfirmed);
	put_int(o, it->regulator);
	put_u32(o, it->needs);
	put_indices(o, it->sources, it->nsources);
	put_date(o, it->verified);
	put_rule_ptr(o, it->when);
	put_str(o, it->letter);
	put_pos(o, &it->pos);
}

static void
get_item(struct in *in, struct item *it, size_t nsources)
{
	size_t	i;
	uint32_t has;

	it->kind = get_enum(in, ITEM_CAVEAT + 1);
	it->id = get_str(in);
	it->title = get_str(in);
	get_pos(in, &it->title_pos);
	it->paras = get_strs(in, &it->nparas);
	if ((has = get_u32(in)) > 1)
		in->bad = 1;
	if (has == 1 && !in->bad) {
		it->para_pos = get_array(it->nparas, sizeof(*it->para_pos), 0);
		for (i = 0; i < it->nparas; i++)
			get_pos(in, &it->para_pos[i]);
	}
	it->link = get_str(in);
	get_pos(in, &it->link_pos);
	it->link_label = get_str(in);
	it->law = get_str(in);
	it->minutes = get_int(in);
	it->recheck_days = get_int(in);
	it->priority = get_int(in);
	it->why_first = get_str(in);
	it->only_if = get_str(in);
	it->deadline = get_str(in);
	it->deadline_law = get_str(in);
	it->unconfirmed = get_int(in);
	it->regulator = get_int(in);
	it->needs = get_u32(in);
	it->sources = get_indices(in, &it->nsources, nsources);
	get_date(in, it->verified);
	it->when = get_rule_ptr(in);
	it->letter = get_str(in);
	get_pos(in, &it->pos);
}

static void
put_address(struct out *o, const struct address *a)
{
	put_strs(o, a->lines, a->nlines);
	put_str(o, a->write_in);
	put_str(o, a->email);
	put_str(o, a->form);
	put_indices(o, a->sources, a->nsources);
	put_date(o, a->verified);
	put_int(o, a->unconfirmed);
	put_pos(o, &a->pos);
}

static void
get_address(struct in *in, struct address *a, size_t nsources)
{
	a->lines = get_strs(in, &a->nlines);
	a->write_in = get_str(in);
	a->email = get_str(in);
	a->form = get_str(in);
	a->sources = get_indices(in, &a->nsources, nsources);
	get_date(in, a->verified);
	a->unconfirmed = get_int(in);
	get_pos(in, &a->pos);
}

static void
put_variant(struct out *o, const struct variant *v)
{
	const struct lpart	*lp;
	const struct complaint	*c;
	size_t			 i;

	put_strs(o, v->fors, v->nfors);
	put_str(o, v->law);
	put_str(o, v->deadline);
	put_str(o, v->deadline_law);
	put_int(o, v->due_days);
	put_int(o, v->due_months);
	put_int(o, v->weekend_next);
	put_indices(o, v->sources, v->nsources);
	put_address(o, &v->to);
	put_str(o, v->subject);
	put_str(o, v->opening);
	put_count(o, v->parts, v->nparts);
	for (i = 0; i < v->nparts; i++) {
		lp = &v->parts[i];
		put_u32(o, lp->type);
		put_str(o, lp->text);
		put_u32(o, lp->fill);
		put_strs(o, lp->prompts, lp->nprompts);
		put_int(o, lp->lines);
		put_pos(o, &lp->pos);
	}
	put_str(o, v->closing);
	put_count(o, v->complaints, v->ncomplaints);
	for (i = 0; i < v->ncomplaints; i++) {
		c = &v->complaints[i];
		put_address(o, &c->addr);
		put_str(o, c->name);
		put_strs(o, c->fors, c->nfors);
		put_str(o, c->href);
		put_str(o, c->note);
		put_int(o, c->fallback);
	}
	put_strs(o, v->send, v->nsend);
	put_pos(o, &v->pos);
}

static void
get_variant(struct in *in, struct variant *v, size_t nsources)
{
	struct lpart	*lp;
	struct complaint *c;
	size_t		 i;
	int		 isnull;

	v->fors = get_strs(in, &v->nfors);
	v->law = get_str(in);
	v->deadline = get_str(in);
	v->deadline_law = get_str(in);
	v->due_days = get_int(in);
	v->due_months = get_int(in);
	v->weekend_next = get_int(in);
	v->sources = get_indices(in, &v->nsources, nsources);
	get_address(in, &v->to, nsources);
	v->subject = get_str(in);
	v->opening = get_str(in);
	v->nparts = get_count(in, PACKED_LPART, &isnull);
	v->parts = get_array(v->nparts, sizeof(*v->parts), isnull);
	for (i = 0; i < v->nparts && !in->bad; i++) {
		lp = &v->parts[i];
		lp->type = get_enum(in, LPART_WRITEIN + 1);
		lp->text = get_str(in);
		lp->fill = get_enum(in, LFILL_EMAIL + 1);
		lp->prompts = get_strs(in, &lp->nprompts);
		lp->lines = get_int(in);
		get_pos(in, &lp->pos);
	}
	v->closing = get_str(in);
	v->ncomplaints = get_count(in, PACKED_COMPLAINT, &isnull);
	v->complaints = get_array(v->ncomplaints, sizeof(*v->complaints),
	    isnull);
	for (i = 0; i < v->ncomplaints && !in->bad; i++) {
		c = &v->complaints[i];
		get_address(in, &c->addr, nsources);
		c->name = get_str(in);
		c->fors = get_strs(in, &c->nfors);
		c->href = get_str(in);
		c->note = get_str(in);
		c->fallback = get_int(in);
	}
	v->send = get_strs(in, &v->nsend);
	get_pos(in, &v->pos);
}

static void
put_letter(struct out *o, const struct letter *l)
{
	size_t	i;

	put_str(o, l->id);
	put_str(o, l->ref);
	put_str(o, l->title);
	put_date(o, l->verified);
	put_count(o, l->variants, l->nvariants);
	for (i = 0; i < l->nvariants; i++)
		put_variant(o, &l->variants[i]);
	/* l->guide is the guide that holds it: set when reading. */
	put_pos(o, &l->pos);
}

static void
get_letter(struct in *in, struct letter *l, const struct guide *g)
{
	size_t	i;
	int	isnull;

	l->id = get_str(in);
	l->ref = get_str(in);
	l->title = get_str(in);
	get_date(in, l->verified);
	l->nvariants = get_count(in, PACKED_VARIANT, &isnull);
	l->variants = get_array(l->nvariants, sizeof(*l->variants), isnull);
	for (i = 0; i < l->nvariants && !in->bad; i++)
		get_variant(in, &l->variants[i], g->nsources);
	l->guide = g;
	get_pos(in, &l->pos);
}

static void
put_declared(struct out *o, const struct declared *d, size_t n)
{
	size_t	i;

	put_count(o, d, n);
	for (i = 0; i < n; i++) {
		put_str(o, d[i].id);
		put_str(o, d[i].name);
		put_pos(o, &d[i].pos);
	}
}

static struct declared *
get_declared(struct in *in, size_t *np)
{
	struct declared	*d;
	size_t		 i, n;
	int		 isnull;

	n = get_count(in, PACKED_DECLARED, &isnull);
	d = get_array(n, sizeof(*d), isnull);
	*np = n;
	for (i = 0; i < n && !in->bad; i++) {
		d[i].id = get_str(in);
		d[i].name = get_str(in);
		get_pos(in, &d[i].pos);
	}
	return d;
}

int
model_pack(const struct guide *g, struct pack *pk)
{
	struct out	 o;
	size_t		 i;

	o.pk = pk;
	o.file = g->file;
	o.bad = 0;
	put_str(&o, g->id);
	put_str(&o, g->version);
	put_str(&o, g->lang);
	put_str(&o, g->topic);
	put_str(&o, g->code);
	put_int(&o, g->order);
	put_date(&o, g->verified);
	put_date(&o, g->recheck_by);
	put_str(&o, g->title);
	put_pos(&o, &g->title_pos);
	put_str(&o, g->summary);
	put_pos(&o, &g->summary_pos);
	put_declared(&o, g->platforms, g->nplatforms);
	put_declared(&o, g->topics, g->ntopics);
	put_count(&o, g->groups, g->ngroups);
	for (i = 0; i < g->ngroups; i++) {
		put_str(&o, g->groups[i].id);
		put_str(&o, g->groups[i].name);
		put_rule_ptr(&o, g->groups[i].rule);
		put_pos(&o, &g->groups[i].pos);
	}
	put_rule_ptr(&o, g->when);
	put_count(&o, g->sources, g->nsources);
	for (i = 0; i < g->nsources; i++)
		put_source(&o, &g->sources[i]);
	put_count(&o, g->items, g->nitems);
	for (i = 0; i < g->nitems; i++)
		put_item(&o, &g->items[i]);
	put_count(&o, g->letters, g->nletters);
	for (i = 0; i < g->nletters; i++)
		put_letter(&o, &g->letters[i]);
	put_pos(&o, &g->pos);
	return o.bad ? -1 : 0;
}

struct guide *
model_unpack(const unsigned char *p, size_t len, const char *file)
{
	struct in	 in;
	struct guide	*g;
	size_t		 i;
	int		 isnull;

	g = xcalloc(1, sizeof(*g));
	g->file = xstrdup(file);
	in.p = p;
	in.left = len;
	in.file = g->file;
	in.bad = 0;
	g->id = get_str(&in);
	g->version = get_str(&in);
	g->lang = get_str(&in);
	g->topic = get_str(&in);
	g->code = get_str(&in);
	g->order = get_int(&in);
	get_date(&in, g->verified);
	get_date(&in, g->recheck_by);
	g->title = get_str(&in);
	get_pos(&in, &g->title_pos);
	g->summary = get_str(&in);
	get_pos(&in, &g->summary_pos);
	g->platforms = get_declared(&in, &g->nplatforms);
	g->topics = get_declared(&in, &g->ntopics);
	g->ngroups = get_count(&in, PACKED_GROUP, &isnull);
	g->groups = get_array(g->ngroups, sizeof(*g->groups), isnull);
	for (i = 0; i < g->ngroups && !in.bad; i++) {
		g->groups[i].id = get_str(&in);
		g->groups[i].name = get_str(&in);
		g->groups[i].rule = get_rule_ptr(&in);
		get_pos(&in, &g->groups[i].pos);
	}
	g->when = get_rule_ptr(&in);
	g->nsources = get_count(&in, PACKED_SOURCE, &isnull);
	g->sources = get_array(g->nsources, sizeof(*g->sources), isnull);
	for (i = 0; i < g->nsources && !in.bad; i++)
		get_source(&in, &g->sources[i]);
	g->nitems = get_count(&in, PACKED_ITEM, &isnull);
	g->items = get_array(g->nitems, sizeof(*g->items), isnull);
	for (i = 0; i < g->nitems && !in.bad; i++)
		get_item(&in, &g->items[i], g->nsources);
	g->nletters = get_count(&in, PACKED_LETTER, &isnull);
	g->letters = get_array(g->nletters, sizeof(*g->letters), isnull);
	for (i = 0; i < g->nletters && !in.bad; i++)
		get_letter(&in, &g->letters[i], g);
	get_pos(&in, &g->pos);
	if (in.bad || in.left != 0) {
		guide_free(g);
		return NULL;
	}
	return g;
}
