/* SPDX-License-Identifier: ISC */
/*
 * The guide model shared by every stage.  No third-party types here.
 * Stage outputs are owned by the caller; inputs passed as const are
 * borrowed and must outlive the output.
 */
#ifndef MODEL_H
#define MODEL_H

#include <stddef.h>

#include "msg.h"

/* Profile fields that rules can look at. */
enum field {
	FIELD_COUNTRY,
	FIELD_REGION,
	FIELD_STATE,
	FIELD_PLATFORM,
	FIELD_TOPIC,
	FIELD_SOVEREIGN,		/* country, or the one it is part of */
	FIELD_GROUP,			/* declared groups that hold */
	FIELD__MAX
};

enum rule_type {
	RULE_MATCH,			/* field matches pattern */
	RULE_ALL,			/* every kid holds */
	RULE_ANY,			/* some kid holds */
	RULE_NOT,			/* the one kid does not hold */
	RULE_SINCE			/* today is on or after date */
};

struct rule {
	enum rule_type	 type;
	enum field	 field;		/* RULE_MATCH only */
	char		*pattern;	/* RULE_MATCH only: PCRE2 source */
	char		*because;	/* RULE_MATCH, RULE_SINCE: reason */
	char		 date[11];	/* RULE_SINCE only: YYYY-MM-DD */
	size_t		 re;		/* RULE_MATCH: index in struct rules */
	struct rule	*kids;		/* RULE_ALL, RULE_ANY, RULE_NOT */
	size_t		 nkids;
	struct srcpos	 pos;
};

enum item_kind {
	ITEM_STEP,			/* something to do: a checkbox */
	ITEM_RIGHT,			/* what the law gives */
	ITEM_CAVEAT			/* what a step does not do */
};

/* What a step needs; bits of item.needs. */
#define NEED_EMAIL	(1u << 0)
#define NEED_PHONE	(1u << 1)
#define NEED_ID		(1u << 2)
#define NEED_ACCOUNT	(1u << 3)
#define NEED_MONEY	(1u << 4)

/*
 * What a source is.  The primary kinds come first: a step or right needs
 * one of them, or confirmed="no".
 */
enum source_kind {
	SOURCE_STATUTE,			/* text of a law or bill */
	SOURCE_REGULATOR,		/* a public authority */
	SOURCE_PLATFORM,		/* the company's own pages */
	SOURCE_COURT,			/* a court */
	SOURCE_PRESS,			/* a news outlet */
	SOURCE_SECONDARY		/* blogs, firms, lists, copies */
};
#define SOURCE_PRIMARY(k)	((k) <= SOURCE_COURT)
#define SOURCE__MAX		(SOURCE_SECONDARY + 1)

/* Their names, as in kind="...": source_kinds[SOURCE_PRESS] is "press". */
extern const char *const source_kinds[SOURCE__MAX];

struct source {
	char		*id;
	enum source_kind kind;
	char		*href;		/* http(s) URL */
	char		*date;		/* YYYY-MM-DD or NULL */
	char		*title;
	struct srcpos	 pos;
};

struct item {
	enum item_kind	 kind;
	char		*id;
	char		*title;
	struct srcpos	 title_pos;	/* the <title> element */
	char		**paras;	/* paragraphs of plain text */
	struct srcpos	*para_pos;	/* each paragraph's <p> */
	size_t		 nparas;
	char		*link;		/* URL or NULL */
	struct srcpos	 link_pos;	/* the <link> element */
	char		*link_label;	/* NULL: print the URL alone */
	char		*law;		/* ITEM_RIGHT: article or statute */
	int		 minutes;	/* 0 if not given */
	int		 recheck_days;	/* 0: no need to do it again */
	int		 priority;	/* steps: 1 (do first) .. 5; 3 */
	char		*why_first;	/* steps: why it comes first, or NULL */
	char		*only_if;	/* steps: "Only if ...", or NULL */
	char		*deadline;	/* legal reply period, or NULL */
	char		*deadline_law;	/* the law that sets it, or NULL */
	int		 unconfirmed;	/* confirmed="no": no primary
					   source; printed with a mark */
	int		 regulator;	/* role="regulator": names the
					   regulator; its link, if any, is
					   the complaint route */
	unsigned int	 needs;		/* NEED_* bits */
	size_t		*sources;	/* indices into guide.sources */
	size_t		 nsources;
	char		 verified[11];	/* YYYY-MM-DD */
	struct rule	*when;		/* NULL: whenever the guide applies */
	char		*letter;	/* steps: id of the letter it sends,
					   or NULL */
	struct srcpos	 pos;
};

/*
 * A postal address as printed in an envelope window, or, with no
 * lines, where the reader finds the address to write in.
 */
struct address {
	char		**lines;	/* at most six */
	size_t		  nlines;
	char		 *write_in;	/* no lines: where to find it */
	char		 *email;	/* or NULL */
	char		 *form;		/* web form URL, or NULL */
	size_t		 *sources;	/* indices into guide.sources */
	size_t		  nsources;
	char		  verified[11];
	int		  unconfirmed;	/* confirmed="no" */
	struct srcpos	  pos;
};

/* Where to complain when no reply comes in time. */
struct complaint {
	struct address	 addr;
	char		*name;
	char		**fors;		/* NULL: for everyone */
	size_t		 nfors;
	char		*href;		/* complaint page, or NULL */
	char		*note;		/* or NULL */
	int		 fallback;	/* only if no other is for the place */
};

enum lpart_type {
	LPART_P,			/* a paragraph */
	LPART_FIELD,			/* "label: value" or a line */
	LPART_WRITEIN			/* a box to write in, with prompts */
};

/* What a field is filled with from the profile. */
enum lfill {
	LFILL_NONE,
	LFILL_NAME,
	LFILL_EMAIL
};

struct lpart {
	enum lpart_type	 type;
	char		*text;		/* paragraph, or label */
	enum lfill	 fill;		/* LPART_FIELD */
	char		**prompts;	/* LPART_WRITEIN */
	size_t		 nprompts;
	int		 lines;		/* LPART_WRITEIN */
	struct srcpos	 pos;
};

/* A letter as the law of some places has it. */
struct variant {
	char		**fors;		/* region, country or state codes */
	size_t		 nfors;
	char		*law;		/* "GDPR" */
	char		*deadline;	/* in words */
	char		*deadline_law;	/* or NULL */
	int		 due_days;	/* 0: not in days */
	int		 due_months;	/* 0: not in months */
	int		 weekend_next;	/* a Saturday or Sunday moves on */
	size_t		*sources;
	size_t		 nsources;
	struct address	 to;
	char		*subject;
	char		*opening;
	struct lpart	*parts;
	size_t		 nparts;
	char		*closing;
	struct complaint *complaints;
	size_t		 ncomplaints;
	char		**send;		/* how to send it, what to keep */
	size_t		 nsend;
	struct srcpos	 pos;
};

struct letter {
	char		*id;
	char		*ref;		/* META-OBJ */
	char		*title;
	char		 verified[11];
	struct variant	*variants;
	size_t		 nvariants;
	const struct guide *guide;	/* the guide that holds it */
	struct srcpos	 pos;
};

/* A platform or topic that a guide declares. */
struct declared {
	char		*id;
	char		*name;		/* as printed: "Instagram" */
	struct srcpos	 pos;
};

/*
 * A named condition, declared once and matched by rules with
 * field="group": "a state with its own privacy law".  Its rule may
 * not itself match a group.
 */
struct group {
	char		*id;
	char		*name;		/* as in "you live in ..." */
	struct rule	*rule;		/* exactly one */
	struct srcpos	 pos;
};

struct guide {
	char		*file;		/* path as given; owned here */
	char		*id;
	char		*version;
	char		*lang;
	char		*topic;		/* id of a declared topic */
	char		*code;		/* item code prefix: META */
	int		 order;
	char		 verified[11];
	char		 recheck_by[11];
	char		*title;
	struct srcpos	 title_pos;	/* the <title> element */
	char		*summary;
	struct srcpos	 summary_pos;	/* the <summary> element */
	struct declared	*platforms;
	size_t		 nplatforms;
	struct declared	*topics;
	size_t		 ntopics;
	struct group	*groups;
	size_t		 ngroups;
	struct rule	*when;		/* NULL: whenever its topic is chosen */
	struct source	*sources;
	size_t		 nsources;
	struct item	*items;
	size_t		 nitems;
	struct letter	*letters;
	size_t		 nletters;
	struct srcpos	 pos;
};

/*
 * What one run takes, far beyond any real guide set (13 guides, 254
 * items, 224 rules): past these, time and memory run away, so the
 * whole set is refused with a message naming the limit.
 */
#define GUIDES_MAX	10000	/* guide files */
#define ITEMS_MAX	100000	/* items in all guides */
#define RULES_MAX	100000	/* <match> rules in all guides */

struct guideset {
	struct guide	**guides;	/* sorted by order, then id */
	size_t		  nguides;
	struct declared	**platforms;	/* borrowed from guides, by id */
	size_t		  nplatforms;
	struct declared	**topics;	/* borrowed from guides, by id */
	size_t		  ntopics;
	struct group	**groups;	/* borrowed from guides, by id */
	size_t		  ngroups;
};

void			 guide_free(struct guide *);
void			 guideset_free(struct guideset *);
const struct declared	*guideset_platform(const struct guideset *,
			    const char *);
const struct declared	*guideset_topic(const struct guideset *,
			    const char *);
const struct group	*guideset_group(const struct guideset *,
			    const char *);
const char		*field_name(enum field);

/* The letter with this id in any guide, or NULL. */
const struct letter	*guideset_letter(const struct guideset *,
			    const char *);

/* "a, b, c" of the declarations' names (or ids); caller frees. */
char			*declared_join(const struct declared *const *, size_t,
			    int names);

#endif
