/* SPDX-License-Identifier: ISC */
/*
 * Every string the checklist prints that does not come from a guide:
 * labels, headings, the cover's sentences, dates and durations; and
 * every line the wizard shows in the terminal.  They live in one table
 * (text.c) so that a translation can replace the table as a whole, as
 * data, and so that no English is left behind in the layout code or
 * the wizard.  Formats take their arguments in the order given beside
 * each; a translation may reorder them with %1$s and so on.
 *
 * Where a string depends on a count, two ids follow each other, the
 * form for one and the form for any other count; text_n() picks.
 */
#ifndef TEXT_H
#define TEXT_H

enum text {
	/* Items (layout_items.c). */
	T_NOT_CONFIRMED,	/* beside the title of an unconfirmed item */
	T_DONE_ON,		/* before the line to write the date on */
	T_NOTES,		/* over the note lines */
	T_KEEP_IN_MIND,		/* label of a caveat box */
	T_YOUR_RIGHT,		/* label of a right box: law */
	T_BECAUSE,		/* an item's reason: reason */
	T_ONLY_IF,		/* a step needed only in some cases: case */
	T_FOR_YOU_BECAUSE,	/* a section's reason: reason */
	T_SOURCES_LIST,		/* "Sources" before an item's numbers */
	T_CHECKED,		/* after the numbers: date */
	T_CHECKED_ALONE,	/* with no numbers: date */
	T_STEP_MINUTES,		/* beside a step's title: code, minutes */
	T_SECTION_STALE,	/* a section past its recheck date: date */
	T_NEED_EMAIL,		/* what a step needs, as tags */
	T_NEED_PHONE,
	T_NEED_ID,
	T_NEED_ACCOUNT,
	T_NEED_MONEY,
	T_CONTINUED,		/* an item going on over a page: title */

	/* The cover (layout_cover.c). */
	T_RUNNING_HEAD,
	T_TITLE_YOURS,
	T_TITLE_NAMED,		/* name */
	T_TITLE_HANDOUT,	/* country or region */
	T_MADE_ON_ONE_DATE,	/* date made, date checked */
	T_MADE_ON_RANGE,	/* date made, oldest, newest */
	T_STALE_ONE,		/* one guide past its date: its name */
	T_STALE_MANY,		/* several: their names */
	T_STALE_ENTRY,		/* a guide in that list: title, date */
	T_WHO_FOR,
	T_WHO_FOR_HANDOUT,
	T_KEY_NAME,
	T_KEY_WHERE,
	T_KEY_PLATFORMS,
	T_KEY_TOPICS,
	T_WHERE_COUNTRY,	/* country, region */
	T_WHERE_STATE,		/* state, then the above */
	T_WHERE_ANYWHERE,	/* region */
	T_ALL_PLATFORMS,
	T_ALL_TOPICS,
	T_HANDOUT_FOR,		/* country or region, platforms, topics */
	T_HANDOUT_PLATFORMS_LISTED,
	T_HANDOUT_PLATFORMS_ALL,
	T_HANDOUT_TOPICS_CHOSEN,
	T_HANDOUT_TOPICS_ALL,
	T_START_HERE,
	T_START_ONE,
	T_START_MANY,
	T_NUMBER,		/* a step's number, or a place in a list */
	T_START_STEP,		/* title, step number, code, minutes */
	T_START_STEP_UNTIMED,	/* title, step number, code */
	T_TOGETHER,		/* duration */
	T_HOW_TO_USE,
	T_HOW_STEPS,
	T_HOW_BOXES,
	T_HOW_OFFLINE,
	T_TOTAL_ONE,		/* count, duration */
	T_TOTAL_OTHER,
	T_TOTAL_IF_ONE,		/* count, duration */
	T_TOTAL_IF_OTHER,
	T_BUDGET_ONE,		/* budget, count, duration, page */
	T_BUDGET_OTHER,
	T_WHAT_IS_INSIDE,
	T_PAGE,			/* page number */

	/* "When you have more time" (layout_later.c). */
	T_LATER_HEADING,
	T_LATER_INTRO,
	T_LATER_ENTRY,		/* title, minutes */

	/* Sources at the end (layout_refs.c). */
	T_SOURCES_HEADING,
	T_SOURCES_INTRO,
	T_SOURCE_DATED,		/* number, title, date, address */
	T_SOURCE,		/* number, title, address */
	T_LINK_LABELLED,	/* label, address */

	/* Every page (layout.c). */
	T_FOOTER,		/* date of the guides */
	T_PAGE_OF,		/* page, pages */

	/* Dates and durations (typo.c). */
	T_DATE,			/* day, month name, year */
	T_JANUARY,		/* and the eleven months after it */
	T_FEBRUARY,
	T_MARCH,
	T_APRIL,
	T_MAY,
	T_JUNE,
	T_JULY,
	T_AUGUST,
	T_SEPTEMBER,
	T_OCTOBER,
	T_NOVEMBER,
	T_DECEMBER,
	T_ABOUT,		/* before an estimate: duration */
	T_MINUTES_ONE,		/* minutes */
	T_MINUTES_OTHER,
	T_HOURS_ONE,		/* hours */
	T_HOURS_OTHER,
	T_HOURS_MINUTES,	/* hours part, minutes part */

	/*
	 * Why an item is on the sheet (plan.c): clauses that follow the
	 * word "because" (T_BECAUSE), joined with "and".
	 */
	T_R_AND,		/* before the last of a list */
	T_R_OR,			/* the same, in a negated list */
	T_R_COMMA,		/* between the others */
	T_R_COVERS,		/* a handout for all platforms: list */
	T_R_USE,		/* platforms */
	T_R_NOT_USE,
	T_R_TOPIC,		/* topics */
	T_R_NOT_TOPIC,
	T_R_LIVE,		/* country, region or state */
	T_R_NOT_LIVE,
	T_R_LIVE_PART,		/* territory, the country it is part of */
	T_R_SINCE,		/* a law in force: date */
	T_R_NOT_YET,		/* a law not yet in force: date */

	/* Letters (layout_letter.c). */
	T_LETTER_MARK,		/* bookmark: title */
	T_LETTER_YOUR_NAME,	/* captions under lines to write on */
	T_LETTER_YOUR_STREET,
	T_LETTER_YOUR_TOWN,
	T_LETTER_YOUR_EMAIL,
	T_LETTER_NAME_CAPS,
	T_LETTER_SIGNATURE,
	T_LETTER_REF,		/* ref */
	T_LETTER_REF_DATED,	/* ref, date as YYYYMMDD */
	T_LETTER_DATE,		/* before a line for the date */
	T_LETTER_FIELD,		/* a field's label: label */
	T_LETTER_HEAD,		/* later pages: ref, page, pages */
	T_LETTER_HEAD_NAMED,	/* name, ref, page, pages */

	/* Under a step that sends a letter (layout_deadlines.c). */
	T_LETTER_ON_PAGE,	/* reference, title */
	T_LETTER_READY,		/* title */

	/* The requests and deadlines page (layout_deadlines.c). */
	T_DL_HEADING,
	T_DL_INTRO,
	T_DL_ENTRY,		/* title, page */
	T_DL_LAW,		/* law, period in words */
	T_DL_LAW_SET_BY,	/* law, period in words, where it comes from */
	T_DL_SENT,		/* before a line for the date */
	T_DL_SENT_ON,		/* date */
	T_DL_BY,
	T_DL_BY_POST,
	T_DL_BY_EMAIL,
	T_DL_BY_FORM,
	T_DL_NO_PERIOD,
	T_DL_DUE_BLANK,
	T_DL_DUE,		/* date */
	T_DL_DUE_EXAMPLE,	/* date sent, date due */
	T_DL_COMPLAIN,
	T_DL_NO_AUTHORITY,
	T_DL_ADDRESS_FROM,	/* source, date */
	T_DL_ADDRESS_CHECK,	/* date, source */
	T_DL_WRITE_IN,		/* where to find the address */
	T_DL_SOURCE_FIRST,	/* title, address */
	T_DL_SOURCE_MORE,	/* title, address */
	T_DL_LOG_HEADING,
	T_DL_LOG_INTRO,
	T_DL_LOG_DATE,		/* the log's six columns */
	T_DL_LOG_LETTER,
	T_DL_LOG_SENT_BY,
	T_DL_LOG_REFERENCE,
	T_DL_LOG_REPLY,
	T_DL_LOG_ESCALATED,
	T_FOOTER_LETTERS,	/* rightsheet letters: date of the guides */

	/* The facilitator sheet (layout_roster.c). */
	T_FS_TITLE,
	T_FS_FOOTER,
	T_FS_INTRO_ONE,		/* date, people, typical, name, longest */
	T_FS_INTRO_OTHER,
	T_FS_ORDER,
	T_FS_ORDER_INTRO,
	T_FS_CODE_ONE,		/* n, code, title, minutes, people, of */
	T_FS_CODE_OTHER,
	T_FS_CODE_IF_ONE,	/* the same, for a step needed in some cases */
	T_FS_CODE_IF_OTHER,
	T_FS_READY,
	T_FS_READY_INTRO,
	T_FS_NEED_EMAIL,
	T_FS_NEED_PHONE,
	T_FS_NEED_ID,
	T_FS_NEED_ACCOUNT,
	T_FS_NEED_MONEY,
	T_FS_NEED_EVERYONE,	/* need */
	T_FS_NEED_WHO,		/* need, names */
	T_FS_WHO,
	T_FS_PERSON_PAGES,	/* n, name, first, last page, paper */
	T_FS_PERSON,		/* n, name */
	T_FS_A4,
	T_FS_LETTER,
	T_FS_ALL_PLATFORMS,
	T_FS_STEPS_ONE,		/* where, platforms, steps, duration */
	T_FS_STEPS_OTHER,
	T_FS_SECTIONS,
	T_FS_SEP,		/* between sections */
	T_FS_PARTIAL,
	T_FS_PARTIAL_INTRO,
	T_FS_MISSING,
	T_FS_MISSING_INTRO,
	T_FS_LEFT_PLATFORM,	/* a value a row named that no guide knows */
	T_FS_LEFT_TOPIC,
	T_FS_LEFT_MORE,		/* after the first few of them */
	T_FS_LEFT_ALL_PLATFORMS,
	T_FS_LEFT_ALL_TOPICS,
	T_FS_LEFT_DEFAULT_TOPICS,

	/* The follow-up page (layout_followup.c). */
	T_EVERY_YEAR,		/* years */
	T_EVERY_YEARS,
	T_EVERY_MONTH,		/* months */
	T_EVERY_MONTHS,
	T_EVERY_WEEK,		/* weeks */
	T_EVERY_WEEKS,
	T_EVERY_DAY,		/* days */
	T_EVERY_DAYS,
	T_FU_HEADING,
	T_FU_INTRO_REPLIES,
	T_FU_INTRO_AGAIN,
	T_FU_INTRO_BOTH,
	T_FU_CHECK_AGAIN,
	T_FU_REQUESTS,
	T_FU_STEP,		/* number, title, code */
	T_FU_RIGHT,		/* title, law */
	T_FU_DO_AGAIN,		/* interval */
	T_FU_NEXT_CHECK,
	T_FU_DUE,		/* deadline */
	T_FU_DUE_LAW,		/* deadline, law */
	T_FU_SENT_ON,
	T_FU_DUE_BY,

	/*
	 * The wizard's questions and answers (wizard.c), printed as they
	 * are: each keeps its own leading spaces and newlines.  Prompts
	 * are followed by a space and the person's answer.
	 */
	T_WIZ_INTRO,
	T_WIZ_TOO_LONG,		/* the most bytes an answer keeps */
	T_WIZ_YES_OR_NO,
	T_WIZ_Q_WHERE,
	T_WIZ_COUNTRY,
	T_WIZ_PLACE,		/* state, T_WIZ_PLACE_SEP, country, region */
	T_WIZ_PLACE_SEP,	/* between state and country; "" if none */
	T_WIZ_OTHER_LANGUAGES,
	T_WIZ_UNKNOWN_PLACE,
	T_WIZ_MEAN_ONE_OF,	/* the places it may be */
	T_WIZ_MEAN,		/* the place it may be */
	T_WIZ_COUNTRY_AGAIN,
	T_WIZ_REGIONS,
	T_WIZ_REGION_ENTRY,	/* number, region */
	T_WIZ_REGION_NUMBER,
	T_WIZ_REGION_RANGE,	/* the last number */
	T_WIZ_Q_STATE,
	T_WIZ_STATE,
	T_WIZ_MEAN_STATE,	/* the state it may be */
	T_WIZ_NOT_STATE,
	T_WIZ_Q_PLATFORMS,
	T_WIZ_WHY_PLATFORMS,
	T_WIZ_Q_TOPICS,
	T_WIZ_WHY_TOPICS,
	T_WIZ_LIST_HEAD,	/* question, why it is asked */
	T_WIZ_LIST_ENTRY,	/* number, name, "\n" at a line's end or "" */
	T_WIZ_NUMBERS,
	T_WIZ_NUMBERS_RANGE,	/* the last number */
	T_WIZ_Q_BUDGET,
	T_WIZ_BUDGET,
	T_WIZ_BUDGET_AGAIN,
	T_WIZ_Q_PAPER,
	T_WIZ_PAPER_A4,		/* the prompt when A4 is the default */
	T_WIZ_PAPER_LETTER,	/* the same, when Letter is */
	T_WIZ_ONE_OR_TWO,
	T_WIZ_LARGE_PRINT,
	T_WIZ_LARGE_YES,	/* the prompt when yes is the default */
	T_WIZ_LARGE_NO,		/* the same, when no is */
	T_WIZ_Q_COVER,
	T_WIZ_COVER,
	T_WIZ_NAME,
	T_WIZ_NAME_AGAIN,
	T_WIZ_LETTERS,
	T_WIZ_LETTERS_YES,	/* the prompt when yes is the default */
	T_WIZ_LETTERS_NO,	/* the same, when no is */
	T_WIZ_Q_OUTPUT,
	T_WIZ_OUTPUT,		/* the default file name */
	T_WIZ_NO_SUCH_HOME,
	T_WIZ_NO_FOLDER,	/* folder */
	T_WIZ_NOT_A_FILE,	/* path */
	T_WIZ_REPLACE,		/* path */
	T_WIZ_ANOTHER_NAME,
	T_WIZ_SUMMARY,
	T_WIZ_SUM_PLACE,	/* state, T_WIZ_PLACE_SEP, country */
	T_WIZ_SUM_REGION,	/* region */
	T_WIZ_SUM_PLATFORMS,	/* names, or T_WIZ_ALL_PLATFORMS */
	T_WIZ_SUM_TOPICS,	/* names, or T_WIZ_ALL_TOPICS */
	T_WIZ_ALL_PLATFORMS,
	T_WIZ_ALL_TOPICS,
	T_WIZ_NAME_SEP,		/* between names in those lists */
	T_WIZ_SUM_BUDGET,	/* minutes */
	T_WIZ_SUM_NO_BUDGET,
	T_WIZ_SUM_PAPER,	/* paper, T_WIZ_SUM_LARGE or "" */
	T_WIZ_SUM_LARGE,
	T_WIZ_SUM_COVER,	/* name or next two, T_WIZ_SUM_LETTERS or "" */
	T_WIZ_SUM_NO_DETAILS,
	T_WIZ_SUM_NO_NAME,
	T_WIZ_SUM_LETTERS,
	T_WIZ_SUM_OUTPUT,	/* path, T_WIZ_SUM_REPLACING or "" */
	T_WIZ_SUM_REPLACING,
	T_WIZ_CONFIRM,
	T_WIZ_CONFIRM_NO,
	T_WIZ_CONFIRM_AGAIN,
	T_WIZ_MAKING,
	T_WIZ_NOT_WRITTEN,
	T_WIZ_DONE,		/* folder, "/", file, pages, steps, minutes */
	T_WIZ_FIRST_STEP,	/* number, code, title */

	T__MAX
};

/* The string for id. */
const char	*text_get(enum text);

/* Of the pair that starts at id, the form for a count of n. */
const char	*text_n(enum text, long n);

#endif
