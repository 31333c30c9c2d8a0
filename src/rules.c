/* SPDX-License-Identifier: ISC */
/*
 * Applicability rules: PCRE2 patterns compiled once, with UTF and UCP,
 * and matched under match, depth and heap limits because patterns come
 * from untrusted guides.  No JIT: rules look at values of a few bytes,
 * so compiling 121 patterns to machine code took 3% of a checklist's
 * time and made neither a 200-person batch nor the coverage check
 * measurably faster (1.70 s and 0.35 s with it or without).
 */
#define PCRE2_CODE_UNIT_WIDTH 8

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pcre2.h>

#include "rules.h"
#include "xalloc.h"

/* Rules look at short values; these limits stop runaway patterns fast. */
#define RULES_MATCH_LIMIT	100000
#define RULES_DEPTH_LIMIT	1000
#define RULES_HEAP_LIMIT	1024		/* KiB */
#define RULES_MAX_PATTERN	1000

/* The last value a pattern was matched against, and the answer. */
#define RULES_MEMO_LEN	64

struct memo {
	char	value[RULES_MEMO_LEN];	/* "" for none yet */
	int	result;
};

struct rules {
	pcre2_code		**codes;	/* NULL where compile failed */
	struct memo		 *memo;		/* per code */
	size_t			  ncodes;
	size_t			  cap;
	pcre2_match_context	 *mctx;
	pcre2_general_context	 *gctx;		/* our allocator */
	pcre2_match_data	 *md;		/* sized for the largest */
	int			  gave_up;	/* limit errors reported */
};

/* Every match rule of a guide set, in the order of the guides. */
struct rulelist {
	struct rule	**v;
	size_t		  n;
	size_t		  cap;
};

static void
collect(struct rulelist *l, struct rule *r)
{
	size_t	i;

	if (r->type != RULE_MATCH) {
		for (i = 0; i < r->nkids; i++)
			collect(l, &r->kids[i]);
		return;
	}
	*XAPPEND(l->v, l->n, l->cap) = r;
}

static int
by_pattern(const void *a, const void *b)
{
	return strcmp((*(struct rule *const *)a)->pattern,
	    (*(struct rule *const *)b)->pattern);
}

/*
 * Compile each distinct pattern once: generated guide sets repeat the
 * same few patterns thousands of times, and each compiled copy would
 * cost memory and cache.  Messages still come per rule, in order.
 */
static void
compile_all(struct rules *rs, pcre2_compile_context *cc, struct rulelist *l,
    int *failed)
{
	PCRE2_UCHAR	 err[256];
	PCRE2_SIZE	 off = 0;
	pcre2_code	*code;
	struct rule	**sorted;
	size_t		 i, j, *offs;
	int		 errcode = 0, *errs;

	if (l->n == 0)
		return;
	sorted = xreallocarray(NULL, l->n, sizeof(*sorted));
	memcpy(sorted, l->v, l->n * sizeof(*sorted));
	qsort(sorted, l->n, sizeof(*sorted), by_pattern);
	errs = xcalloc(l->n, sizeof(*errs));
	offs = xcalloc(l->n, sizeof(*offs));
	for (i = 0; i < l->n; i = j) {
		code = pcre2_compile((PCRE2_SPTR)sorted[i]->pattern,
		    PCRE2_ZERO_TERMINATED, PCRE2_UTF | PCRE2_UCP |
		    PCRE2_NEVER_BACKSLASH_C, &errcode, &off, cc);
		for (j = i; j < l->n && strcmp(sorted[j]->pattern,
		    sorted[i]->pattern) == 0; j++)
			sorted[j]->re = rs->ncodes;
		/* Kept for the messages below, in the rules' order. */
		errs[rs->ncodes] = errcode;
		offs[rs->ncodes] = (size_t)off;
		*XAPPEND(rs->codes, rs->ncodes, rs->cap) = code;
	}
	free(sorted);
	rs->memo = xcalloc(rs->ncodes, sizeof(*rs->memo));
	for (i = 0; i < l->n; i++) {
		if (rs->codes[l->v[i]->re] != NULL)
			continue;
		pcre2_get_error_message(errs[l->v[i]->re], err, sizeof(err));
		msg(MSG_RULE_REGEX, &l->v[i]->pos, "\"%s\": %s at offset %zu",
		    l->v[i]->pattern, (const char *)err, offs[l->v[i]->re]);
		(*failed)++;
	}
	free(errs);
	free(offs);
}

/*
 * PCRE2 allocates through these: out of memory ends the program with
 * its message, rather than coming back as a pattern that "does not
 * compile" or "gave up", which would blame the guide.
 */
static void *
pcre_alloc(PCRE2_SIZE n, void *arg)
{
	return xmalloc(n);
}

static void
pcre_free(void *p, void *arg)
{
	free(p);
}

struct rules *
rules_compile(struct guideset *gs, int *failed)
{
	pcre2_compile_context	*cc = NULL;
	struct rules		*rs;
	struct guide		*g;
	struct rulelist		 l = { NULL, 0, 0 };
	size_t			 i, j;

	*failed = 0;
	rs = xcalloc(1, sizeof(*rs));
	if ((rs->gctx = pcre2_general_context_create(pcre_alloc, pcre_free,
	    NULL)) == NULL ||
	    (cc = pcre2_compile_context_create(rs->gctx)) == NULL ||
	    (rs->mctx = pcre2_match_context_create(rs->gctx)) == NULL ||
	    (rs->md = pcre2_match_data_create(1, rs->gctx)) == NULL) {
		pcre2_compile_context_free(cc);
		msg(MSG_SYS_NOMEM, NULL, NULL);
		exit(EXIT_SYSERR);
	}
	pcre2_set_max_pattern_length(cc, RULES_MAX_PATTERN);
	pcre2_set_match_limit(rs->mctx, RULES_MATCH_LIMIT);
	pcre2_set_depth_limit(rs->mctx, RULES_DEPTH_LIMIT);
	pcre2_set_heap_limit(rs->mctx, RULES_HEAP_LIMIT);

	for (i = 0; i < gs->nguides; i++) {
		g = gs->guides[i];
		if (g->when != NULL)
			collect(&l, g->when);
		for (j = 0; j < g->ngroups; j++)
			if (g->groups[j].rule != NULL)
				collect(&l, g->groups[j].rule);
		for (j = 0; j < g->nitems; j++)
			if (g->items[j].when != NULL)
				collect(&l, g->items[j].when);
	}
	compile_all(rs, cc, &l, failed);
	free(l.v);
	pcre2_compile_context_free(cc);
	return rs;
}

void
rules_free(struct rules *rs)
{
	size_t	i;

	if (rs == NULL)
		return;
	for (i = 0; i < rs->ncodes; i++)
		pcre2_code_free(rs->codes[i]);
	free(rs->codes);
	free(rs->memo);
	pcre2_match_data_free(rs->md);
	pcre2_match_context_free(rs->mctx);
	pcre2_general_context_free(rs->gctx);
	free(rs);
}

size_t
rules_patterns(const struct rules *rs)
{
	return rs->ncodes;
}

int
rules_match(struct rules *rs, const struct rule *r, const char *value)
{
	PCRE2_UCHAR	 err[256];
	pcre2_code	*code;
	int		 rc;

	struct memo	*m;
	size_t		 len;

	if (r->re >= rs->ncodes || (code = rs->codes[r->re]) == NULL)
		return 0;
	/*
	 * The coverage check asks the same pattern about the same value
	 * for profile after profile: remember the last answer.
	 */
	m = &rs->memo[r->re];
	len = strlen(value);
	if (*value != '\0' && strcmp(m->value, value) == 0)
		return m->result;
	rc = pcre2_match(code, (PCRE2_SPTR)value, len, 0, 0, rs->md,
	    rs->mctx);
	if (rc >= 0 || rc == PCRE2_ERROR_NOMATCH) {
		m->result = rc >= 0;
		if (len < sizeof(m->value))
			memcpy(m->value, value, len + 1);
		else
			m->value[0] = '\0';
		return m->result;
	}
	pcre2_get_error_message(rc, err, sizeof(err));
	msg(MSG_RULE_LIMIT, &r->pos, "\"%s\" against \"%s\": %s", r->pattern,
	    value, (const char *)err);
	return -1;
}
