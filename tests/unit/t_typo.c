/* SPDX-License-Identifier: ISC */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "text.h"
#include "typo.h"

static int
typo_is(const char *lang, const char *in, const char *want)
{
	char	*got = typo_text(lang, in);
	int	 ok = strcmp(got, want) == 0;

	free(got);
	return ok;
}

static int
link_is(const char *label, const char *href, const char *want)
{
	char	*got = typo_link(label, href);
	int	 ok = strcmp(got, want) == 0;

	free(got);
	return ok;
}

static int
dur_is(int minutes, int exact, const char *want)
{
	char	*got = typo_duration(minutes, exact);
	int	 ok = strcmp(got, want) == 0;

	free(got);
	return ok;
}

void
test_typo(void)
{
	char	buf[32];

	CHECK(typo_is("en", "Meta's \"AI\" isn't 'it'",
	    "Meta\u2019s \u201cAI\u201d isn\u2019t \u2018it\u2019"));
	CHECK(typo_is("en", "users' posts", "users\u2019 posts"));
	CHECK(typo_is("de", "\"Nein\"", "\u201eNein\u201c"));
	CHECK(typo_is("fr-FR", "\"Non\"", "\u00ab\u00a0Non\u00a0\u00bb"));
	CHECK(typo_is("xx", "\"x\"", "\u201cx\u201d"));
	CHECK(typo_is(NULL, "(\"x\")", "(\u201cx\u201d)"));
	/* The arrow is held to the word before it. */
	CHECK(typo_is("en", "Settings > Privacy > AI",
	    "Settings\u00a0\u203a Privacy\u00a0\u203a AI"));
	CHECK(typo_is("en", "a >b > ", "a >b\u00a0\u203a "));
	CHECK(typo_is("en", "", ""));
	CHECK(typo_is("en", "\"", "\u201c"));
	CHECK(strcmp(typo_date("2026-11-22", buf, sizeof(buf)),
	    "22 November 2026") == 0);
	CHECK(strcmp(typo_date("2026-13-01", buf, sizeof(buf)),
	    "2026-13-01") == 0);
	CHECK(strcmp(typo_date("26-1-1", buf, sizeof(buf)), "26-1-1") == 0);
	CHECK(dur_is(1, 0, "about 1 minute"));
	CHECK(dur_is(90, 0, "about 1 hour 30 minutes"));
	CHECK(dur_is(121, 1, "2 hours 1 minute"));
	CHECK(dur_is(180, 1, "3 hours"));
	CHECK(dur_is(45, 0, "about 45 minutes"));
	CHECK(strcmp(typo_date("2027-01-05", buf, sizeof(buf)),
	    "5 January 2027") == 0);
	/* Addresses: no https://; a label that repeats one goes. */
	CHECK(strcmp(typo_address("https://privacy.ca.gov/drop"),
	    "privacy.ca.gov/drop") == 0);
	CHECK(strcmp(typo_address("http://example.org/"),
	    "http://example.org/") == 0);
	CHECK(strcmp(typo_address("https://"), "https://") == 0);
	CHECK(link_is(NULL, "https://a.org/x", "a.org/x"));
	CHECK(link_is("a.org/x", "https://a.org/x", "a.org/x"));
	CHECK(link_is("https://a.org/x/", "https://a.org/x", "a.org/x"));
	CHECK(link_is("a.org", "https://a.org/login", "a.org/login"));
	CHECK(link_is("A.ORG", "https://a.org?q=1", "a.org?q=1"));
	CHECK(link_is("a.or", "https://a.org/x", "a.or: a.org/x"));
	CHECK(link_is("Oregon help", "https://a.org/x",
	    "Oregon help: a.org/x"));
	CHECK(link_is("a.org/x", "http://a.org/x", "a.org/x: http://a.org/x"));
}

/* Every printed string is in the table, and counts pick their form. */
void
test_text(void)
{
	int	id, empty = 0;

	for (id = 0; id < T__MAX; id++)
		if (*text_get((enum text)id) == '\0')
			empty++;
	CHECK(empty == 0);
	CHECK(*text_get(T__MAX) == '\0');
	CHECK(strcmp(text_n(T_MINUTES_ONE, 1), "%d minute") == 0);
	CHECK(strcmp(text_n(T_MINUTES_ONE, 0), "%d minutes") == 0);
	CHECK(strcmp(text_n(T_TOTAL_ONE, 2), text_get(T_TOTAL_OTHER)) == 0);
}
