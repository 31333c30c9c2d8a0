/* SPDX-License-Identifier: ISC */
/*
 * Typography of printed text, in one place so that translations only
 * add a row: quotation marks and apostrophes by language, menu paths
 * with a real arrow, and one way of writing a date.
 */
#ifndef TYPO_H
#define TYPO_H

#include <stddef.h>

/*
 * A new string: s with straight quotes made curly for language lang
 * ("en", "de", "fr"; BCP 47, only the language part is read; anything
 * else is set as English), apostrophes as ’, and a menu path's " > "
 * as " › " held to the word before it, so that no line starts with an
 * arrow.
 */
char	*typo_text(const char *lang, const char *s);

/*
 * "about 45 minutes", "about 1 hour 30 minutes" (without "about" for an
 * exact time, such as a budget the person set): a new string.
 */
char	*typo_duration(int minutes, int exact);

/*
 * "2026-11-22" as "22 November 2026" into buf; anything that is not
 * such a date is copied as it is.  Returns buf.
 */
const char *typo_date(const char *iso, char *buf, size_t size);

/*
 * How a web address is printed: without "https://", which every browser
 * adds, so that lines are shorter and nothing is typed for nothing.
 * Any other scheme (http://, mailto:) is kept.  Points into href.
 */
const char *typo_address(const char *href);

/*
 * The text printed for a link: its address alone when the label only
 * repeats it (the address, or the start of it, with or without
 * "https://"), otherwise "label: address".  A new string.
 */
char	*typo_link(const char *label, const char *href);

#endif
