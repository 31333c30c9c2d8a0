/* SPDX-License-Identifier: ISC */
/*
 * Can this text be printed?  The one judge, asked by layout_build() for
 * what it prints and by validate for every field of every guide, so the
 * two can never disagree.  The answers come from the device (struct
 * metrics): which characters its fonts hold, and whether a link fits in
 * a QR code.
 */
#include <stdio.h>
#include <string.h>

#include "layout_int.h"
#include "profile.h"
#include "utf8.h"

/* Characters named in one message; more are counted. */
#define MAX_NAMED	8

/* Non-zero if some face of the device lacks cp. */
static int
missing(const struct metrics *m, unsigned int cp)
{
	int	f;

	if (m->has_glyph_all != NULL)
		return !m->has_glyph_all(m->arg, cp);
	for (f = 0; f < FONT__MAX; f++)
		if (!m->has_glyph(m->arg, f, cp))
			return 1;
	return 0;
}

/*
 * A field may be printed in more than one face (a step's title is bold
 * on its page and regular on the follow-up page), so every face must
 * hold every character.  One message per field, each character named
 * once: a guide in a script the font lacks gives a line per paragraph,
 * not a line per letter.
 */
int
layout_check_text(const struct metrics *m, const char *text,
    const struct srcpos *pos, const char *what)
{
	unsigned int	 named[MAX_NAMED], cp;
	char		 list[MAX_NAMED * 10 + 32];
	size_t		 off = 0, n = 0, i, len = 0;
	int		 more = 0;

	if (text == NULL)
		return 0;
	while (text[off] != '\0') {
		cp = utf8_decode(text, &off);
		/*
		 * Control characters, and the bidirectional controls, are
		 * refused where text is read (text_check() in load.c), with
		 * a message of their own: one message per problem.
		 */
		if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp == 0x061c ||
		    cp == 0x200e || cp == 0x200f ||
		    (cp >= 0x202a && cp <= 0x202e) ||
		    (cp >= 0x2066 && cp <= 0x2069))
			continue;
		if (!missing(m, cp))
			continue;
		for (i = 0; i < n; i++)
			if (named[i] == cp)
				break;
		if (i < n)
			continue;
		if (n == MAX_NAMED) {
			more = 1;
			continue;
		}
		named[n++] = cp;
	}
	if (n == 0)
		return 0;
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(list + len, sizeof(list) - len,
		    "%sU+%04X", i > 0 ? ", " : "", named[i]);
	if (more)
		snprintf(list + len, sizeof(list) - len, " and more");
	msg(MSG_TEXT_GLYPH, pos, "%s: %s", what, list);
	return -1;
}

int
layout_check_link(const struct metrics *m, const char *uri,
    const struct srcpos *pos)
{
	int	rc;

	if (uri == NULL)
		return 0;
	rc = layout_check_text(m, uri, pos, "link");
	if (m->qr_modules(m->arg, uri) < 0) {
		msg(MSG_TEXT_QR, pos, "%zu bytes", strlen(uri));
		rc = -1;
	}
	return rc;
}

/* A rule's reason override is printed as "Because ...". */
static int
check_rule(const struct metrics *m, const struct rule *r)
{
	size_t	i;
	int	bad = 0;

	if (r == NULL)
		return 0;
	if (r->type == RULE_MATCH || r->type == RULE_SINCE)
		return layout_check_text(m, r->because, &r->pos, "because")
		    == -1;
	for (i = 0; i < r->nkids; i++)
		bad += check_rule(m, &r->kids[i]);
	return bad;
}

/* Every printed field of one item; the number reported. */
static int
check_item(const struct metrics *m, const struct item *it)
{
	size_t	i;
	int	bad = 0;

	bad += layout_check_text(m, it->title, &it->title_pos, "title") == -1;
	bad += layout_check_text(m, it->law, &it->pos, "law") == -1;
	bad += layout_check_text(m, it->deadline, &it->pos, "deadline") == -1;
	bad += layout_check_text(m, it->deadline_law, &it->pos,
	    "deadline-law") == -1;
	for (i = 0; i < it->nparas; i++)
		bad += layout_check_text(m, it->paras[i], &it->para_pos[i],
		    "paragraph") == -1;
	bad += layout_check_text(m, it->link_label, &it->link_pos,
	    "link text") == -1;
	bad += layout_check_link(m, it->link, &it->link_pos) == -1;
	bad += check_rule(m, it->when);
	return bad;
}

/* What a guide prints whichever of its items are chosen. */
static int
check_guide_fields(const struct metrics *m, const struct guide *g)
{
	const struct source *src;
	size_t	i;
	int	bad = 0;

	bad += layout_check_text(m, g->title, &g->title_pos, "title") == -1;
	bad += layout_check_text(m, g->summary, &g->summary_pos, "summary")
	    == -1;
	for (i = 0; i < g->nplatforms; i++)
		bad += layout_check_text(m, g->platforms[i].name,
		    &g->platforms[i].pos, "platform") == -1;
	for (i = 0; i < g->ntopics; i++)
		bad += layout_check_text(m, g->topics[i].name,
		    &g->topics[i].pos, "topic") == -1;
	for (i = 0; i < g->nsources; i++) {
		src = &g->sources[i];
		bad += layout_check_text(m, src->title, &src->pos, "source")
		    == -1;
		bad += layout_check_text(m, src->href, &src->pos,
		    "source link") == -1;
	}
	bad += check_rule(m, g->when);
	return bad;
}

int
layout_check_guide(const struct metrics *m, const struct guide *g)
{
	size_t	i;
	int	bad;

	bad = check_guide_fields(m, g);
	for (i = 0; i < g->nitems; i++)
		bad += check_item(m, &g->items[i]);
	return bad;
}

/*
 * What a build prints: the name on the cover, the chosen guides and
 * only their chosen items, so that an item for someone else does not
 * stop this checklist.
 */
int
layout_check_plan(const struct metrics *m, const struct plan *pl)
{
	const struct plan_guide *pg;
	size_t	i, j;
	int	bad = 0;

	/* The profile keeps no line for the name: the message has none. */
	bad += layout_check_text(m, pl->profile->name, NULL, "name") == -1;
	for (i = 0; i < pl->nguides; i++) {
		pg = &pl->guides[i];
		bad += check_guide_fields(m, pg->guide);
		for (j = 0; j < pg->nitems; j++)
			bad += check_item(m, pg->items[j].item);
	}
	return bad;
}
