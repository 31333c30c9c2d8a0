/* SPDX-License-Identifier: ISC */
/*
 * Applicability rules: PCRE2 patterns compiled once, with UTF and UCP,
 * JIT where available, and matched under match, depth and JIT stack
 * limits because patterns come from untrusted guides.
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
#define RULES_JIT_STACK		(256 * 1024)
#define RULES_MAX_PATTERN	1000

struct rules {
	pcre2_code		**codes;	/* NULL where compile failed */
	size_t			  ncodes;
	size_t			  cap;
	pcre2_match_context	 *mctx;
	pcre2_general_context	 *gctx;		/* our allocator */
	pcre2_jit_stack		 *jit_stack;
	pcre2_match_data	 *md;		/* sized for the largest */
	int			  gave_up;	/* limit errors reported */
};

static void
compile_one(struct rules *rs, pcre2_compile_context *cc, struct rule *r,
    int *failed)
{
	PCRE2_UCHAR	 err[256];
	PCRE2_SIZE	 off;
	pcre2_code	*code;
	int		 errcode;
	size_t		 i;

	if (r->type != RULE_MATCH) {
		for (i = 0; i < r->nkids; i++)
			compile_one(rs, cc, &r->kids[i], failed);
		return;
	}
	code = pcre2_compile((PCRE2_SPTR)r->pattern, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_NEVER_BACKSLASH_C, &errcode, &off,
	    cc);
	if (code == NULL) {
		pcre2_get_error_message(errcode, err, sizeof(err));
		msg(MSG_RULE_REGEX, &r->pos, "\"%s\": %s at offset %zu",
		    r->pattern, (const char *)err, (size_t)off);
		(*failed)++;
	} else
		/* JIT is optional: the interpreter is used where it fails. */
		(void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
	r->re = rs->ncodes;
	*XAPPEND(rs->codes, rs->ncodes, rs->cap) = code;
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
	pcre2_compile_context	*cc;
	struct rules		*rs;
	struct guide		*g;
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
	rs->jit_stack = pcre2_jit_stack_create(32 * 1024, RULES_JIT_STACK,
	    rs->gctx);
	if (rs->jit_stack != NULL)
		pcre2_jit_stack_assign(rs->mctx, NULL, rs->jit_stack);

	for (i = 0; i < gs->nguides; i++) {
		g = gs->guides[i];
		if (g->when != NULL)
			compile_one(rs, cc, g->when, failed);
		for (j = 0; j < g->nitems; j++)
			if (g->items[j].when != NULL)
				compile_one(rs, cc, g->items[j].when, failed);
	}
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
	pcre2_match_data_free(rs->md);
	pcre2_match_context_free(rs->mctx);
	pcre2_jit_stack_free(rs->jit_stack);
	pcre2_general_context_free(rs->gctx);
	free(rs);
}

int
rules_match(struct rules *rs, const struct rule *r, const char *value)
{
	PCRE2_UCHAR	 err[256];
	pcre2_code	*code;
	int		 rc;

	if (r->re >= rs->ncodes || (code = rs->codes[r->re]) == NULL)
		return 0;
	rc = pcre2_match(code, (PCRE2_SPTR)value, strlen(value), 0, 0,
	    rs->md, rs->mctx);
	if (rc >= 0)
		return 1;
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	pcre2_get_error_message(rc, err, sizeof(err));
	msg(MSG_RULE_LIMIT, &r->pos, "\"%s\" against \"%s\": %s", r->pattern,
	    value, (const char *)err);
	return -1;
}
