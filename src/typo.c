/* SPDX-License-Identifier: ISC */
/* Quotation marks, apostrophes, menu arrows and dates for print. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "typo.h"
#include "xalloc.h"

struct quotes {
	const char	*lang;
	const char	*open2, *close2;	/* double */
	const char	*open1, *close1;	/* single */
};

/*
 * French sets its guillemets off with a no-break space; German opens
 * low.  The first row is the default.
 */
static const struct quotes quotes[] = {
	{ "en", "\u201c", "\u201d", "\u2018", "\u2019" },
	{ "de", "\u201e", "\u201c", "\u201a", "\u2018" },
	{ "fr", "\u00ab\u00a0", "\u00a0\u00bb", "\u2039\u00a0", "\u00a0\u203a" },
	{ "es", "\u00ab", "\u00bb", "\u201c", "\u201d" },
	{ "it", "\u00ab", "\u00bb", "\u201c", "\u201d" },
	{ "pt", "\u00ab", "\u00bb", "\u201c", "\u201d" },
	{ "nl", "\u201c", "\u201d", "\u2018", "\u2019" },
	{ "sv", "\u201d", "\u201d", "\u2019", "\u2019" },
	{ "pl", "\u201e", "\u201d", "\u201a", "\u2019" },
};

static const struct quotes *
quotes_for(const char *lang)
{
	size_t	i, n;

	if (lang == NULL)
		return &quotes[0];
	n = strcspn(lang, "-_");
	for (i = 0; i < sizeof(quotes) / sizeof(quotes[0]); i++)
		if (n == 2 && strncasecmp(lang, quotes[i].lang, 2) == 0)
			return &quotes[i];
	return &quotes[0];
}

static int
is_word(unsigned char c)
{
	/* Letters, digits, and any byte of a multibyte (non-ASCII) letter. */
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c >= 0x80;
}

/* A quote opens at the start, after a space or an opening bracket. */
static int
opens(const char *s, size_t i)
{
	return i == 0 || strchr(" (\u00a0[/-", s[i - 1]) != NULL ||
	    (unsigned char)s[i - 1] == 0x94;	/* after an em dash */
}

static void
put(char **out, size_t *len, size_t *cap, const char *s, size_t n)
{
	if (*len + n + 1 > *cap) {
		*cap = (*len + n + 1) * 2;
		*out = xreallocarray(*out, *cap, 1);
	}
	memcpy(*out + *len, s, n);
	*len += n;
	(*out)[*len] = '\0';
}

char *
typo_text(const char *lang, const char *s)
{
	const struct quotes *q = quotes_for(lang);
	const char	*r;
	char		*out = NULL;
	size_t		 i, len = 0, cap = 0, n = strlen(s);

	put(&out, &len, &cap, "", 0);
	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '"':
			r = opens(s, i) ? q->open2 : q->close2;
			break;
		case '\'':
			/* Between letters (it's) or after one (users') it
			   is an apostrophe; at a word's start it opens. */
			if (i > 0 && is_word((unsigned char)s[i - 1]))
				r = "\u2019";
			else if (opens(s, i) && i + 1 < n &&
			    is_word((unsigned char)s[i + 1]))
				r = q->open1;
			else
				r = q->close1;
			break;
		case ' ':
			/* "Settings > Privacy": the arrow stays on the line
			   of the word before it. */
			if (s[i + 1] == '>' && s[i + 2] == ' ') {
				r = "\u00a0\u203a ";
				i += 2;
			} else
				r = " ";
			break;
		default:
			put(&out, &len, &cap, s + i, 1);
			continue;
		}
		put(&out, &len, &cap, r, strlen(r));
	}
	return out;
}

const char *
typo_date(const char *iso, char *buf, size_t size)
{
	static const char *const months[] = {
		"January", "February", "March", "April", "May", "June",
		"July", "August", "September", "October", "November",
		"December"
	};
	int	y, m, d, end = 0;

	if (iso != NULL && strlen(iso) == 10 &&
	    sscanf(iso, "%4d-%2d-%2d%n", &y, &m, &d, &end) == 3 &&
	    end == 10 && m >= 1 && m <= 12 && d >= 1 && d <= 31)
		snprintf(buf, size, "%d %s %d", d, months[m - 1], y);
	else
		snprintf(buf, size, "%s", iso != NULL ? iso : "");
	return buf;
}
