/* SPDX-License-Identifier: ISC */
/*
 * Folding, edit distance and the country matcher, below the CLI; and
 * the wizard's file names.
 */
#include <stdlib.h>

#include "country.h"
#include "fold.h"
#include "harness.h"
#include "wizard_int.h"

/* fold_text() of a, compared with the plain ASCII b. */
static int
folds_to(const char *a, const char *b)
{
	unsigned int	t[FOLD_MAX];
	int		n, i;

	if ((n = fold_text(a, t)) != (int)strlen(b))
		return 0;
	for (i = 0; i < n; i++)
		if (t[i] != (unsigned char)b[i])
			return 0;
	return 1;
}

static int
distance(const char *a, const char *b)
{
	unsigned int	ta[FOLD_MAX], tb[FOLD_MAX];
	int		na, nb;

	na = fold_text(a, ta);
	nb = fold_text(b, tb);
	return fold_distance(ta, na, tb, nb);
}

static const char *
code_of(const char *typed)
{
	struct country_guess	g;

	return country_match(typed, &g) == 0 ? g.country->code : NULL;
}

void
test_country(void)
{
	struct country_guess	 g;
	unsigned int		 t[FOLD_MAX];
	char			 big[200];
	char			*hint;

	CHECK(folds_to("Österreich", "osterreich"));
	CHECK(folds_to("the Netherlands", "netherlands"));
	CHECK(folds_to("Viet Nam", "vietnam"));
	CHECK(folds_to("U.S.A.", "usa"));
	CHECK(folds_to("Côte d’Ivoire", "cotedivoire"));
	CHECK(folds_to("Straße", "strasse"));
	CHECK(folds_to("Łódź", "lodz"));
	CHECK(folds_to("România", "romania") && folds_to("Ţara", "tara"));
	CHECK(fold_text("\xff", t) == -1);
	memset(big, 'a', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	CHECK(fold_text(big, t) == -1);

	CHECK(distance("Frnace", "France") == 1);	/* a swap is one */
	CHECK(distance("Germny", "Germany") == 1);
	CHECK(distance("abc", "abc") == 0);
	CHECK(distance("", "abc") == 3);

	CHECK_STR(code_of("uk"), "GB");
	CHECK_STR(code_of(" Deutschland "), "DE");
	CHECK_STR(code_of("SVERIGE"), "SE");
	CHECK_STR(code_of("Holland"), "NL");
	CHECK_STR(code_of("Wales"), "GB");
	CHECK_STR(code_of("Turkey"), "TR");
	CHECK(code_of("") == NULL && code_of("   ") == NULL);
	CHECK(country_match("California", &g) == 0 && g.state != NULL &&
	    strcmp(g.state->code, "US-CA") == 0);
	CHECK(country_match("Frnace", &g) == -1 && g.nmaybe == 1);
	hint = country_guess_hint(&g);
	CHECK_STR(hint, "France (FR)");
	free(hint);
	CHECK(country_match("Qqqqqq", &g) == -1 && g.nmaybe == 0 &&
	    country_guess_hint(&g) == NULL);
	CHECK(usstate_find("new york") != NULL && usstate_find("ny") ==
	    usstate_find("US-NY"));
}

static int
path_is(const char *typed, const char *want)
{
	char	*got;
	int	 ok;

	got = wizard_path(typed, "d.pdf");
	ok = got != NULL && want != NULL ? strcmp(got, want) == 0 :
	    got == want;
	if (!ok)
		fprintf(stderr, "wizard_path(\"%s\"): %s\n", typed,
		    got != NULL ? got : "(null)");
	free(got);
	return ok;
}

void
test_wizard_path(void)
{
	char	*home = getenv("HOME") != NULL ? strdup(getenv("HOME")) :
		    NULL;

	setenv("HOME", "/h", 1);
	CHECK(path_is("", "d.pdf"));
	CHECK(path_is("me", "me.pdf"));
	CHECK(path_is("me.PDF", "me.PDF"));
	CHECK(path_is("~", "/h/d.pdf"));
	CHECK(path_is("~/", "/h/d.pdf"));
	CHECK(path_is("~/Desktop/me", "/h/Desktop/me.pdf"));
	CHECK(path_is("tests/", "tests/d.pdf"));
	CHECK(path_is("tests", "tests/d.pdf"));	/* an existing folder */
	CHECK(path_is("~no-such-user-here/x", NULL));
	CHECK(path_is("~root/x", "/root/x.pdf"));
	if (home != NULL)
		setenv("HOME", home, 1);
	else
		unsetenv("HOME");
	free(home);
}
