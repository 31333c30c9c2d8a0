/* SPDX-License-Identifier: ISC */
/* The checklist's own words, in English: see text.h. */
#include <stddef.h>

#include "text.h"

static const char *const english[T__MAX] = {
	[T_NOT_CONFIRMED] = "Not confirmed",
	[T_DONE_ON] = "Done on",
	[T_NOTES] = "Notes",
	[T_KEEP_IN_MIND] = "KEEP IN MIND",
	[T_YOUR_RIGHT] = "YOUR RIGHT · %s",
	[T_BECAUSE] = "Because %s.",
	[T_ONLY_IF] = "Only if %s.",
	[T_FOR_YOU_BECAUSE] = "For you because %s.",
	[T_SOURCES_LIST] = "Sources",
	[T_CHECKED] = " · checked %s",
	[T_CHECKED_ALONE] = "Checked %s",
	[T_STEP_MINUTES] = "%s · %d min",
	[T_SECTION_STALE] = "This part was due to be checked again on %s. "
	    "Some of it may be out of date: check its links before you "
	    "rely on it.",
	[T_NEED_EMAIL] = "EMAIL",
	[T_NEED_PHONE] = "PHONE",
	[T_NEED_ID] = "ID",
	[T_NEED_ACCOUNT] = "ACCOUNT",
	[T_NEED_MONEY] = "COSTS MONEY",
	[T_CONTINUED] = "%s (continued)",

	[T_RUNNING_HEAD] = "rightsheet · privacy checklist",
	[T_TITLE_YOURS] = "Your privacy checklist",
	[T_TITLE_NAMED] = "A privacy checklist for %s",
	[T_TITLE_HANDOUT] = "Privacy checklist for people in %s",
	[T_MADE_ON_ONE_DATE] = "Made on %s. Its facts were checked on %s.",
	[T_MADE_ON_RANGE] = "Made on %s. Its facts were checked between %s "
	    "and %s; each item gives its own date.",
	[T_STALE_ONE] = "One part of this checklist is past the date by "
	    "which it should have been checked again: %s. Some of it may be "
	    "out of date; it says so at its start.",
	[T_STALE_MANY] = "Some parts of this checklist are past the date by "
	    "which they should have been checked again: %s. Some of them may "
	    "be out of date; each says so at its start.",
	[T_STALE_ENTRY] = "“%s” (due %s)",
	[T_WHO_FOR] = "WHO THIS IS FOR",
	[T_WHO_FOR_HANDOUT] = "WHO THIS HANDOUT IS FOR",
	[T_KEY_NAME] = "Name",
	[T_KEY_WHERE] = "Where you live",
	[T_KEY_PLATFORMS] = "Platforms",
	[T_KEY_TOPICS] = "Topics",
	[T_WHERE_COUNTRY] = "%s (%s)",
	[T_WHERE_STATE] = "%s, %s",
	[T_WHERE_ANYWHERE] = "Anywhere in %s",
	[T_ALL_PLATFORMS] = "All the platforms these guides cover",
	[T_ALL_TOPICS] = "All topics",
	[T_HANDOUT_FOR] = "Anyone who lives in %s. It covers %s and %s.",
	[T_HANDOUT_PLATFORMS_LISTED] = "the platforms listed inside",
	[T_HANDOUT_PLATFORMS_ALL] = "every platform these guides know",
	[T_HANDOUT_TOPICS_CHOSEN] = "the chosen topics",
	[T_HANDOUT_TOPICS_ALL] = "every topic",
	[T_START_HERE] = "START HERE",
	[T_START_ONE] = "If you do one thing, do this.",
	[T_START_MANY] = "If you do nothing else, do these, in this order.",
	/* No-break spaces: the bracket is never split over two lines. */
	[T_NUMBER] = "%d.",
	[T_START_STEP] = "%s (step\u00a0%d,\u00a0%s,\u00a0%d\u00a0min)",
	[T_START_STEP_UNTIMED] = "%s (step\u00a0%d,\u00a0%s)",
	[T_TOGETHER] = "Together: %s.",
	[T_HOW_TO_USE] = "How to use this checklist",
	[T_HOW_STEPS] = "Start with the steps above, then work through the "
	    "rest in order. Tick the box when a step is done and write the "
	    "date on its line. Tags such as EMAIL or ACCOUNT say what you "
	    "need to hand.",
	[T_HOW_BOXES] = "Blue boxes say what the law gives you; grey boxes "
	    "say what a step does not do, or what is not certain. Each item "
	    "says why it is in your checklist, and the numbers of its "
	    "sources, listed at the end.",
	[T_HOW_OFFLINE] = "Nothing about you left this computer to make "
	    "this checklist.",
	[T_TOTAL_ONE] = "%d step, %s. You do not have to do them in one "
	    "sitting.",
	[T_TOTAL_OTHER] = "%d steps, %s. You do not have to do them in one "
	    "sitting.",
	[T_TOTAL_IF_ONE] = "%d more step (%s) is needed only in some cases; "
	    "each says when.",
	[T_TOTAL_IF_OTHER] = "%d more steps (%s) are needed only in some "
	    "cases; each says when.",
	[T_BUDGET_ONE] = "You said you have %s, so this sheet holds the "
	    "steps that fit. %d more step (%s) is listed on %s for when you "
	    "have more time.",
	[T_BUDGET_OTHER] = "You said you have %s, so this sheet holds the "
	    "steps that fit. %d more steps (%s) are listed on %s for when "
	    "you have more time.",
	[T_WHAT_IS_INSIDE] = "What is inside",
	[T_PAGE] = "page %zu",

	[T_LATER_HEADING] = "When you have more time",
	[T_LATER_INTRO] = "These steps did not fit in the time you set. They "
	    "are in the order to do them. To get them in full, make the "
	    "checklist again with more time, or without a time limit.",
	[T_LATER_ENTRY] = "%s (%d min)",

	[T_SOURCES_HEADING] = "Sources",
	[T_SOURCES_INTRO] = "The numbers beside each item point here. Each "
	    "item also says when its facts were last checked; a date after a "
	    "source is when that page was published or updated.",
	[T_SOURCE_DATED] = "%d. %s (%s): %s",
	[T_SOURCE] = "%d. %s: %s",
	[T_LINK_LABELLED] = "%s: %s",

	[T_FOOTER] = "rightsheet privacy checklist · guides of %s",
	[T_PAGE_OF] = "Page %zu of %zu",

	[T_DATE] = "%d %s %d",
	[T_JANUARY] = "January",
	[T_FEBRUARY] = "February",
	[T_MARCH] = "March",
	[T_APRIL] = "April",
	[T_MAY] = "May",
	[T_JUNE] = "June",
	[T_JULY] = "July",
	[T_AUGUST] = "August",
	[T_SEPTEMBER] = "September",
	[T_OCTOBER] = "October",
	[T_NOVEMBER] = "November",
	[T_DECEMBER] = "December",
	[T_ABOUT] = "about %s",
	[T_MINUTES_ONE] = "%d minute",
	[T_MINUTES_OTHER] = "%d minutes",
	[T_HOURS_ONE] = "%d hour",
	[T_HOURS_OTHER] = "%d hours",
	[T_HOURS_MINUTES] = "%s %s",

	[T_R_AND] = " and ",
	[T_R_OR] = " or ",
	[T_R_COMMA] = ", ",
	[T_R_COVERS] = "this handout covers %s",
	[T_R_USE] = "you use %s",
	[T_R_NOT_USE] = "you do not use %s",
	[T_R_TOPIC] = "you chose the topic “%s”",
	[T_R_NOT_TOPIC] = "you did not choose the topic “%s”",
	[T_R_LIVE] = "you live in %s",
	[T_R_NOT_LIVE] = "you do not live in %s",
	[T_R_LIVE_PART] = "you live in %s, part of %s",
	[T_R_SINCE] = "it is %s or later",
	[T_R_NOT_YET] = "it is not yet %s",

	[T_LETTER_MARK] = "Letter: %s",
	[T_LETTER_YOUR_NAME] = "your name",
	[T_LETTER_YOUR_STREET] = "your street and number",
	[T_LETTER_YOUR_TOWN] = "your postcode and town",
	[T_LETTER_YOUR_EMAIL] = "your e-mail address",
	[T_LETTER_NAME_CAPS] = "your name in capitals",
	[T_LETTER_SIGNATURE] = "signature",
	[T_LETTER_REF] = "My reference: %s",
	[T_LETTER_REF_DATED] = "My reference: %s-%s",
	[T_LETTER_DATE] = "Date:",
	[T_LETTER_FIELD] = "%s:",
	[T_LETTER_HEAD] = "%s · Page %zu of %zu",
	[T_LETTER_HEAD_NAMED] = "%s · %s · Page %zu of %zu",

	[T_LETTER_ON_PAGE] = "Letter %s, at the end of this checklist: %s, "
	    "ready to sign.",
	[T_LETTER_READY] = "A letter for this is ready to print: run "
	    "rightsheet letters with the options of this checklist (%s).",

	[T_DL_HEADING] = "Requests and deadlines",
	[T_DL_INTRO] = "For each letter, write down when and how you sent "
	    "it. The law gives the company a set time to reply. If no reply "
	    "comes by then, send one reminder that quotes the date of your "
	    "letter, then complain to the authority named here.",
	[T_DL_ENTRY] = "%s (letter on page %zu)",
	[T_DL_LAW] = "Law: %s. Time to reply: %s.",
	[T_DL_LAW_SET_BY] = "Law: %s. Time to reply: %s (%s).",
	[T_DL_SENT] = "Sent on",
	[T_DL_SENT_ON] = "Sent on %s",
	[T_DL_BY] = "by",
	[T_DL_BY_POST] = "post",
	[T_DL_BY_EMAIL] = "e-mail",
	[T_DL_BY_FORM] = "the company's form",
	[T_DL_NO_PERIOD] = "The law sets no reply date for this: see below "
	    "for what to do instead.",
	[T_DL_DUE_BLANK] = "Reply due by ______________; if you post it, "
	    "count from the day it arrives.",
	[T_DL_DUE] = "Reply due by %s. That counts from the day you send "
	    "it; if you post it, count from the day it arrives.",
	[T_DL_DUE_EXAMPLE] = "Reply due by ______________. Sent on %s, it is "
	    "due by %s; if you post it, count from the day it arrives.",
	[T_DL_COMPLAIN] = "If no reply comes in time, or it does not give you "
	    "what you asked for, complain to:",
	[T_DL_NO_AUTHORITY] = "No authority takes a complaint about this "
	    "under a privacy law where you live.",
	[T_DL_ADDRESS_FROM] = "Recipient's address: from %s, checked on %s.",
	[T_DL_ADDRESS_CHECK] = "Recipient's address: checked on %s, but not "
	    "confirmed on the company's own page. Check it in %s before you "
	    "post the letter.",
	[T_DL_WRITE_IN] = "Recipient: not printed. Use %s; to post the "
	    "letter, write the address in the empty window space.",
	[T_DL_SOURCE_FIRST] = "Sources: %s: %s",
	[T_DL_SOURCE_MORE] = "        %s: %s",
	[T_DL_LOG_HEADING] = "Evidence log",
	[T_DL_LOG_INTRO] = "Write down every letter, e-mail, form and reply. "
	    "A complaint to a regulator asks for these dates and references, "
	    "and for copies of what was sent.",
	[T_DL_LOG_DATE] = "Date",
	[T_DL_LOG_LETTER] = "Letter or request",
	[T_DL_LOG_SENT_BY] = "Sent by (post, e-mail, form)",
	[T_DL_LOG_REFERENCE] = "Reference or tracking number",
	[T_DL_LOG_REPLY] = "Reply (date, what it said)",
	[T_DL_LOG_ESCALATED] = "Escalated to (who, when)",
	[T_FOOTER_LETTERS] = "rightsheet letters · guides of %s",

	[T_FS_TITLE] = "Facilitator sheet",
	[T_FS_FOOTER] = "rightsheet workshop pack · facilitator sheet",
	[T_FS_INTRO_ONE] = "Made on %s for %zu person. Each checklist starts "
	    "on an odd page, so double-sided printing keeps people apart. A "
	    "typical checklist here takes %s; the longest (%s) %s.",
	[T_FS_INTRO_OTHER] = "Made on %s for %zu people. Each checklist "
	    "starts on an odd page, so double-sided printing keeps people "
	    "apart. A typical checklist here takes %s; the longest (%s) %s.",
	[T_FS_ORDER] = "Running order for the room",
	[T_FS_ORDER_INTRO] = "The steps in the order to do them: the most "
	    "important first, and among those the ones most people share. "
	    "Call out the code; everyone who has it finds it in their "
	    "checklist.",
	[T_FS_CODE_ONE] = "%zu. %s  %s (%d min) · %d of %zu person",
	[T_FS_CODE_OTHER] = "%zu. %s  %s (%d min) · %d of %zu people",
	[T_FS_CODE_IF_ONE] = "%zu. %s  %s, if needed (%d min) · %d of %zu "
	    "person",
	[T_FS_CODE_IF_OTHER] = "%zu. %s  %s, if needed (%d min) · %d of %zu "
	    "people",
	[T_FS_READY] = "Ready before you start",
	[T_FS_READY_INTRO] = "Tell people before the day what to bring. From "
	    "the steps each checklist holds:",
	[T_FS_NEED_EMAIL] = "Access to their email",
	[T_FS_NEED_PHONE] = "Their phone",
	[T_FS_NEED_ID] = "An ID document",
	[T_FS_NEED_ACCOUNT] = "Their account passwords",
	[T_FS_NEED_MONEY] = "Money (a step costs something)",
	[T_FS_NEED_EVERYONE] = "%s: everyone",
	[T_FS_NEED_WHO] = "%s: %s",
	[T_FS_WHO] = "Who gets what",
	[T_FS_PERSON_PAGES] = "%zu. %s · pages %zu to %zu · %s",
	[T_FS_PERSON] = "%zu. %s",
	[T_FS_A4] = "A4",
	[T_FS_LETTER] = "US Letter",
	[T_FS_ALL_PLATFORMS] = "all platforms",
	[T_FS_STEPS_ONE] = "%s · %s · %d step, %s",
	[T_FS_STEPS_OTHER] = "%s · %s · %d steps, %s",
	[T_FS_SECTIONS] = "Sections:",
	[T_FS_SEP] = ";",
	[T_FS_PARTIAL] = "Left out of some checklists",
	[T_FS_PARTIAL_INTRO] = "These rows of the roster name a platform or "
	    "topic the guides do not know. Each checklist was made with the "
	    "rest of its row; if a name is misspelt, fix the roster and run "
	    "the batch again.",
	[T_FS_LEFT_PLATFORM] = "platform \"%s\"",
	[T_FS_LEFT_TOPIC] = "topic \"%s\"",
	[T_FS_LEFT_MORE] = " and more",
	[T_FS_LEFT_ALL_PLATFORMS] = "; no platform named is known, so it has "
	    "every platform",
	[T_FS_LEFT_ALL_TOPICS] = "; no topic named is known, so it has every "
	    "topic",
	[T_FS_LEFT_DEFAULT_TOPICS] = "; no topic named is known, so it has "
	    "the topics given for everyone",
	[T_FS_MISSING] = "Not in this pack",
	[T_FS_MISSING_INTRO] = "No checklist could be made for these rows of "
	    "the roster; rightsheet said why when it ran. Fix what it said "
	    "and run the batch again, or make their checklists one by one.",

	[T_EVERY_YEAR] = "every year",
	[T_EVERY_YEARS] = "every %d years",
	[T_EVERY_MONTH] = "every month",
	[T_EVERY_MONTHS] = "every %d months",
	[T_EVERY_WEEK] = "every week",
	[T_EVERY_WEEKS] = "every %d weeks",
	[T_EVERY_DAY] = "every day",
	[T_EVERY_DAYS] = "every %d days",
	[T_FU_HEADING] = "Follow-up",
	[T_FU_INTRO_REPLIES] = "Companies have a set time to answer a "
	    "request. Keep track of yours here.",
	[T_FU_INTRO_AGAIN] = "Some steps do not stay done: people-search "
	    "sites often list you again. Keep track of them here.",
	[T_FU_INTRO_BOTH] = "Some steps do not stay done: people-search "
	    "sites often list you again, and companies have a set time to "
	    "answer a request. Keep track of them here.",
	[T_FU_CHECK_AGAIN] = "Check again",
	[T_FU_REQUESTS] = "Requests you sent",
	[T_FU_STEP] = "%d. %s (%s)",
	[T_FU_RIGHT] = "%s (%s)",
	[T_FU_DO_AGAIN] = "Do this again %s.",
	[T_FU_NEXT_CHECK] = "Next check",
	[T_FU_DUE] = "Reply due within %s.",
	[T_FU_DUE_LAW] = "Reply due within %s. Set by %s.",
	[T_FU_SENT_ON] = "Sent on",
	[T_FU_DUE_BY] = "Reply due by",

	[T_WIZ_INTRO] = "rightsheet makes a privacy checklist you can print "
	    "and work through with a pen.\nSeven short questions. Nothing you "
	    "type leaves this computer.\n",
	[T_WIZ_TOO_LONG] = "   That answer is very long; only its first %d "
	    "characters count.\n",
	[T_WIZ_YES_OR_NO] = "   Type y or n.\n",
	[T_WIZ_Q_WHERE] = "\n1. Where do you live?\n"
	    "   Your rights depend on it: the EU, the UK and some US states "
	    "give you more.\n"
	    "   Type your country (for example Germany or DE), or press Enter "
	    "to make a\n   handout for a whole region instead.\n",
	[T_WIZ_COUNTRY] = "   Country:",
	[T_WIZ_PLACE] = "   %s%s%s: that is in region %s.\n",
	[T_WIZ_PLACE_SEP] = ", ",
	[T_WIZ_OTHER_LANGUAGES] = "   (Names in other languages need Debian's "
	    "iso-codes and locales packages.)\n",
	[T_WIZ_UNKNOWN_PLACE] = "   rightsheet does not know that place. Type "
	    "the country's name in English or in\n   its own language, or its "
	    "two-letter code (rightsheet list shows them all).\n",
	[T_WIZ_MEAN_ONE_OF] = "   Did you mean %s? Type the one you mean.\n",
	[T_WIZ_MEAN] = "   Did you mean %s? [Y/n]:",
	[T_WIZ_COUNTRY_AGAIN] = "   Then type the country again.\n",
	[T_WIZ_REGIONS] = "   Regions:\n",
	[T_WIZ_REGION_ENTRY] = "   %d. %s\n",
	[T_WIZ_REGION_NUMBER] = "   Region number:",
	[T_WIZ_REGION_RANGE] = "   Type a number from 1 to %d.\n",
	[T_WIZ_Q_STATE] = "\n   Which US state? Some states have privacy laws "
	    "of their own, and California\n   has a tool that reaches every "
	    "data broker at once. Press Enter to skip.\n",
	[T_WIZ_STATE] = "   State (for example CA or California):",
	[T_WIZ_MEAN_STATE] = "   Did you mean %s? Type it, or its two-letter "
	    "code.\n",
	[T_WIZ_NOT_STATE] = "   That is not a US state; try its two-letter "
	    "code, like TX.\n",
	[T_WIZ_Q_PLATFORMS] = "2. Which of these do you use?",
	[T_WIZ_WHY_PLATFORMS] = "Steps for the others are left out. Enter "
	    "gives a checklist for all of them.",
	[T_WIZ_Q_TOPICS] = "3. What do you want to deal with?",
	[T_WIZ_WHY_TOPICS] = "Pick the topics you care about; Enter gives all "
	    "of them.",
	[T_WIZ_LIST_HEAD] = "\n%s\n   %s\n",
	[T_WIZ_LIST_ENTRY] = "   %2zu. %-22s%s",
	[T_WIZ_NUMBERS] = "   Numbers (for example 1 3), or Enter for all:",
	[T_WIZ_NUMBERS_RANGE] = "   Type numbers from 1 to %zu, separated by "
	    "spaces.\n",
	[T_WIZ_Q_BUDGET] = "\n4. How much time do you have for this?\n"
	    "   The checklist then holds the steps that fit, the most "
	    "important first,\n   and lists the rest for later. For "
	    "example 30m, 1h or 2h30m.\n",
	[T_WIZ_BUDGET] = "   Time (or Enter for the whole checklist):",
	[T_WIZ_BUDGET_AGAIN] = "   Type minutes or hours, such as 45m or 2h, "
	    "or press Enter.\n",
	[T_WIZ_Q_PAPER] = "\n5. Which paper do you print on?\n"
	    "   1. A4 (most of the world)\n   2. US Letter (the US and "
	    "Canada)\n",
	[T_WIZ_PAPER_A4] = "   Number [1]:",
	[T_WIZ_PAPER_LETTER] = "   Number [2]:",
	[T_WIZ_ONE_OR_TWO] = "   Type 1 or 2.\n",
	[T_WIZ_LARGE_PRINT] = "   Large print has bigger letters and more room "
	    "to write, on more pages.\n",
	[T_WIZ_LARGE_YES] = "   Large print? [Y/n]:",
	[T_WIZ_LARGE_NO] = "   Large print? [y/N]:",
	[T_WIZ_Q_COVER] = "\n6. Put your details on the cover?\n"
	    "   The cover can show your name, where you live and what you "
	    "use. Say no\n   for a handout you will give to other people.\n",
	[T_WIZ_COVER] = "   Details on the cover? [Y/n]:",
	[T_WIZ_NAME] = "   Your name for the cover (or Enter to leave it off):",
	[T_WIZ_NAME_AGAIN] = "   Use at most 80 letters, on one line.\n",
	[T_WIZ_LETTERS] = "   Letters ready to sign can go at the end, such as "
	    "an objection to Meta\n   using your posts for its AI, with the "
	    "dates by which a reply is due.\n",
	[T_WIZ_LETTERS_YES] = "   Add the letters? [Y/n]:",
	[T_WIZ_LETTERS_NO] = "   Add the letters? [y/N]:",
	[T_WIZ_Q_OUTPUT] = "\n7. Where should the PDF go?\n"
	    "   A file name, or a folder such as ~/Documents.\n",
	[T_WIZ_OUTPUT] = "   File name [%s]:",
	[T_WIZ_NO_SUCH_HOME] = "   rightsheet cannot find that folder. Type a "
	    "file name, or ~/ and one for\n   your home folder.\n",
	[T_WIZ_NO_FOLDER] = "   There is no folder %s. Type another place, or "
	    "make the folder first.\n",
	[T_WIZ_NOT_A_FILE] = "   %s is not a file rightsheet can replace. Type "
	    "another name.\n",
	[T_WIZ_REPLACE] = "   %s already exists. Replace it? [y/N]:",
	[T_WIZ_ANOTHER_NAME] = "   Then type another name.\n",
	[T_WIZ_SUMMARY] = "\nHere is what you chose:\n",
	[T_WIZ_SUM_PLACE] = "   1. Where you live:  %s%s%s\n",
	[T_WIZ_SUM_REGION] = "   1. Where you live:  anywhere in %s (a "
	    "handout)\n",
	[T_WIZ_SUM_PLATFORMS] = "   2. Platforms:       %s\n",
	[T_WIZ_SUM_TOPICS] = "   3. Topics:          %s\n",
	[T_WIZ_ALL_PLATFORMS] = "all of them",
	[T_WIZ_ALL_TOPICS] = "all topics",
	[T_WIZ_NAME_SEP] = ", ",
	[T_WIZ_SUM_BUDGET] = "   4. Time:            %d minutes\n",
	[T_WIZ_SUM_NO_BUDGET] = "   4. Time:            the whole checklist\n",
	[T_WIZ_SUM_PAPER] = "   5. Paper:           %s%s\n",
	[T_WIZ_SUM_LARGE] = ", large print",
	[T_WIZ_SUM_COVER] = "   6. On the cover:    %s%s\n",
	[T_WIZ_SUM_NO_DETAILS] = "no personal details",
	[T_WIZ_SUM_NO_NAME] = "your details, without a name",
	[T_WIZ_SUM_LETTERS] = "; letters at the end",
	[T_WIZ_SUM_OUTPUT] = "   7. Save as:         %s%s\n",
	[T_WIZ_SUM_REPLACING] = " (replacing the file there)",
	[T_WIZ_CONFIRM] = "\nType a number to change that answer, or press "
	    "Enter to make the checklist:",
	[T_WIZ_CONFIRM_NO] = "   Nothing is written. Type the number of the "
	    "answer to change, or press\n   Ctrl-D to stop without a "
	    "checklist.\n",
	[T_WIZ_CONFIRM_AGAIN] = "   Press Enter (or type yes) to make the "
	    "checklist, or type a number from 1 to 7\n   to change that "
	    "answer.\n",
	[T_WIZ_MAKING] = "\nMaking your checklist...\n",
	[T_WIZ_NOT_WRITTEN] = "\nNo checklist was written. Type 7 to save it "
	    "somewhere else, or another number to\nchange that answer; "
	    "Ctrl-D stops.\n",
	[T_WIZ_DONE] = "\nDone. Your checklist is %s%s%s\n"
	    "It has %zu pages and %d steps, about %d minutes in all.\n",
	[T_WIZ_FIRST_STEP] = "Print it, then start with step %d (%s): %s. "
	    "The cover lists what to do first.\n",
};

const char *
text_get(enum text id)
{
	/* Every id has its string: tests/unit checks the table is full. */
	return (unsigned)id < T__MAX && english[id] != NULL ? english[id] :
	    "";
}

const char *
text_n(enum text id, long n)
{
	return text_get(n == 1 ? id : (enum text)(id + 1));
}
