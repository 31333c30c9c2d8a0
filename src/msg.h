/* SPDX-License-Identifier: ISC */
/* Diagnostics: the one catalogue of messages and the one printer. */
#ifndef MSG_H
#define MSG_H

#include <stdio.h>

/* Exit statuses, documented in rightsheet.1. */
#define EXIT_OK		0	/* done, perhaps with warnings */
#define EXIT_INPUT	1	/* a guide, profile or template is wrong */
#define EXIT_USAGE	2	/* the command line is wrong */
#define EXIT_SYSERR	3	/* the system failed us: disk, memory, data */

enum msglevel {
	MSGL_OK = 0,
	MSGL_WARNING,
	MSGL_ERROR,
	MSGL_USAGE,
	MSGL_SYSERR,
	MSGL__MAX
};

/* A place in an input file; line 0 means the whole file. */
struct srcpos {
	const char	*file;		/* name as the user gave it */
	int		 line;		/* 1-based, 0 if unknown */
	int		 col;		/* 1-based, 0 if unknown */
};

/* The level of a message is given by its place in this list. */
enum msgid {
	MSG_WARNING,	/* ===== start of warnings ===== */
	MSG_GUIDE_STALE,
	MSG_DECLARE_NAME,
	MSG_CSV_COLUMN,
	MSG_CSV_BOM,
	MSG_BATCH_PLATFORM,
	MSG_BATCH_TOPIC,
	MSG_REPEATS_FROM,	/* notes printed by msg.c itself */
	MSG_REPEATS,

	MSG_ERROR,	/* ===== start of input errors ===== */
	MSG_FILE_READ,
	MSG_FILE_SPECIAL,
	MSG_FILE_BIG,
	MSG_FILE_EMPTY,
	MSG_FILE_COMPRESSED,
	MSG_XML_PARSE,
	MSG_XML_DOCTYPE,
	MSG_XML_ENTITY,
	MSG_XML_XINCLUDE,
	MSG_XML_ATTRS,
	MSG_XML_ENCODING,
	MSG_XML_SCHEMA,
	MSG_XML_LIMIT,
	MSG_XML_ROOT,
	MSG_GUIDE_DUPID,
	MSG_ITEM_DUPID,
	MSG_STEP_DUPTITLE,
	MSG_SOURCE_DUPID,
	MSG_GROUP_DUPID,
	MSG_GROUP_NESTED,
	MSG_SOURCE_UNKNOWN,
	MSG_SOURCE_WEAK,
	MSG_TOPIC_UNKNOWN,
	MSG_GUIDE_DATES,
	MSG_TEXT_CONTROL,
	MSG_TEXT_BIDI,
	MSG_TEXT_UTF8,
	MSG_TEXT_URI,
	MSG_TEXT_GLYPH,
	MSG_TEXT_QR,
	MSG_TEXT_LONG,
	MSG_TEXT_EMPTY,
	MSG_RULE_REGEX,
	MSG_RULE_LIMIT,
	MSG_NO_GUIDES,
	MSG_SET_GUIDES,
	MSG_SET_ITEMS,
	MSG_SET_RULES,
		MSG_PROFILE_NOWHERE,
	MSG_PROFILE_COUNTRY,
	MSG_PROFILE_REGION,
	MSG_PROFILE_MISMATCH,
	MSG_PROFILE_STATE,
	MSG_PROFILE_STATE_US,
	MSG_PROFILE_STATE_TWO,
	MSG_PROFILE_PLATFORM,
	MSG_PROFILE_TOPIC,
	MSG_PROFILE_PAPER,
	MSG_PROFILE_BUDGET,
	MSG_PROFILE_TEMPLATE,
	MSG_PLAN_EMPTY,
	MSG_CSV_QUOTE,
	MSG_CSV_HEADER,
	MSG_CSV_CP1252,
	MSG_CSV_LATIN1,
	MSG_CSV_UTF16,
	MSG_CSV_DECODE,
	MSG_CSV_NUL,
	MSG_CSV_BIG,
	MSG_CSV_DUPCOL,
	MSG_CSV_YESNO,
	MSG_SHEET_ZIP,
	MSG_SHEET_KIND,
	MSG_SHEET_MISNAMED,
	MSG_SHEET_XLS,
	MSG_SHEET_PASSWORD,
	MSG_SHEET_BIG,
	MSG_SHEET_LIMIT,
	MSG_SHEET_PART,
	MSG_SHEET_XML,
	MSG_BATCH_ROW,
	MSG_RULE_NEVER,
	MSG_COVER_EMPTY,
	MSG_COVER_UNREACHED,
	MSG_COVER_NO_REGULATOR,
	MSG_COVER_BIG,
	MSG_LETTER_NO_ADDRESS,
	MSG_LETTER_TWO_PERIODS,
	MSG_LETTER_UNKNOWN,
	MSG_LETTER_DUPID,
	MSG_LETTERS_NONE,

	MSG_USAGE,	/* ===== start of usage errors ===== */
	MSG_USAGE_COMMAND,
	MSG_USAGE_OPTION,
	MSG_USAGE_ARGUMENT,
	MSG_USAGE_MISSING,
	MSG_USAGE_PROFILE_BOTH,
	MSG_USAGE_GUIDE_NAME,
	MSG_USAGE_NO_TERMINAL,
	MSG_USAGE_WIZARD_EOF,
	MSG_USAGE_NOT_PDF,
	MSG_USAGE_OUTDIR,
	MSG_USAGE_EXISTS,
	MSG_USAGE_NOT_FOLDER,
	MSG_USAGE_OUTPUT_EMPTY,
	MSG_USAGE_EPOCH,
	MSG_USAGE_ENCODING,
	MSG_USAGE_SHEET,
	MSG_USAGE_SHEET_CSV,
	MSG_USAGE_LETTERS,

	MSG_SYSERR,	/* ===== start of system errors ===== */
	MSG_SYS_NOMEM,
	MSG_SYS_DATA,
	MSG_SYS_SCHEMA,
	MSG_SYS_FONT,
	MSG_SYS_LIBZIP,
	MSG_SYS_PDF,
	MSG_SYS_MKDIR,
	MSG_SYS_WRITE,
	MSG_SYS_STDOUT,
	MSG_SYS_FORK,
	MSG_SYS_WORKER,
	MSG_SYS_SILENT,

	MSG__MAX
};

/*
 * Print one message, "rightsheet: FILE:LINE:COL: LEVEL: TEXT: DETAIL; HINT",
 * leaving out what is unknown, and remember its level for msg_exit().
 * pos may be NULL; fmt may be NULL for no detail.
 */
void	msg(enum msgid, const struct srcpos *, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

/* As msg(), but counts as a usage error: for problems in options. */
void	msg_usage(enum msgid, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

enum msglevel	msg_level(enum msgid);
enum msglevel	msg_worst(void);
int		msg_count(enum msglevel);
int		msg_exit(void);
/*
 * The exit status of a command that failed (failed != 0) or not: the
 * worst level reported; a failure that reported nothing is a bug, said
 * as such, and exits 3.  Never 0 for a failure.
 */
int		msg_status(int failed);
/*
 * Write s to f as messages show user data: control characters, bidi
 * controls and invalid UTF-8 escaped, so a file name cannot steer the
 * terminal.
 */
void		msg_fputs_escaped(FILE *, const char *);

/* The out-of-memory message, async-signal-safe: for a signal handler. */
void		msg_nomem_now(void);
/* Count a message of this level printed by another process. */
void		msg_note(enum msglevel);
void		msg_reset(void);
/*
 * Print one line for each kind of message cut short after the first
 * few, with how many were not shown.  Runs at exit by itself.
 */
void		msg_summary(void);
/* Count but do not print messages up to this level (for fuzzers). */
void		msg_quiet(enum msglevel);

#endif
