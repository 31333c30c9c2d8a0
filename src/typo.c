/* SPDX-License-Identifier: ISC */
/* Quotation marks, apostrophes, menu arrows and dates for print. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text.h"
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

char *
typo_text(const char *lang, const char *s)
{
	const struct quotes *q = quotes_for(lang);
	const char	*r;
	char		*out, *o;
	size_t		 i, run, n = strlen(s);

	/* No mark is more than five bytes for one: room for the worst. */
	o = out = xreallocarray(NULL, n + 1, 5);
	for (i = 0; i < n; ) {
		run = strcspn(s + i, "\"' ");
		memcpy(o, s + i, run);
		o += run;
		if ((i += run) == n)
			break;
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
		default:
			/* "Settings > Privacy": the arrow stays on the line
			   of the word before it. */
			if (s[i + 1] == '>' && s[i + 2] == ' ') {
				r = "\u00a0\u203a ";
				i += 2;
			} else
				r = " ";
			break;
		}
		memcpy(o, r, strlen(r));
		o += strlen(r);
		i++;
	}
	*o = '\0';
	return out;
}

const char *
typo_address(const char *href)
{
	if (strncasecmp(href, "https://", 8) == 0 && href[8] != '\0')
		return href + 8;
	return href;
}

char *
typo_link(const char *label, const char *href)
{
	const char	*addr = typo_address(href), *l;
	size_t		 n;

	if (label == NULL)
		return xstrdup(addr);
	l = typo_address(label);
	n = strlen(l);
	while (n > 0 && l[n - 1] == '/')
		n--;
	/* The label is the address or its first part (host, folders). */
	if (n > 0 && strncasecmp(l, addr, n) == 0 &&
	    (addr[n] == '\0' || addr[n] == '/' || addr[n] == '?' ||
	    addr[n] == '#'))
		return xstrdup(addr);
	return xasprintf(text_get(T_LINK_LABELLED), label, addr);
}

const char *
typo_date(const char *iso, char *buf, size_t size)
{
	int	y, m, d, end = 0;

	if (iso != NULL && strlen(iso) == 10 &&
	    sscanf(iso, "%4d-%2d-%2d%n", &y, &m, &d, &end) == 3 &&
	    end == 10 && m >= 1 && m <= 12 && d >= 1 && d <= 31)
		snprintf(buf, size, text_get(T_DATE), d,
		    text_get((enum text)(T_JANUARY + m - 1)), y);
	else
		snprintf(buf, size, "%s", iso != NULL ? iso : "");
	return buf;
}

char *
typo_duration(int minutes, int exact)
{
	char	*h, *m, *hm, *s;

	if (minutes < 90)
		hm = xasprintf(text_n(T_MINUTES_ONE, minutes), minutes);
	else if (minutes % 60 == 0)
		hm = xasprintf(text_n(T_HOURS_ONE, minutes / 60), minutes / 60);
	else {
		h = xasprintf(text_n(T_HOURS_ONE, minutes / 60), minutes / 60);
		m = xasprintf(text_n(T_MINUTES_ONE, minutes % 60),
		    minutes % 60);
		hm = xasprintf(text_get(T_HOURS_MINUTES), h, m);
		free(h);
		free(m);
	}
	if (exact)
		return hm;
	s = xasprintf(text_get(T_ABOUT), hm);
	free(hm);
	return s;
}
