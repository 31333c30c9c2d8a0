/* SPDX-License-Identifier: ISC */
/* Diagnostics: the one catalogue of messages and the one printer. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "msg.h"
#include "utf8.h"

/*
 * After this many messages of one kind the rest are counted, not
 * printed: one bad value in a long roster must not flood the terminal.
 * The exit status still counts every one.
 */
#define MSG_REPEAT_MAX	20

struct msgdef {
	const char	*text;		/* what is wrong, lower case */
	const char	*hint;		/* what to do next, or NULL */
};

static const struct msgdef msgs[MSG__MAX] = {
	[MSG_GUIDE_STALE] = { "guide is past its recheck-by date",
	    "its steps may be out of date: check them against the sources, "
	    "or get a newer guide set" },
	[MSG_DECLARE_NAME] = { "declared again with a different name",
	    "use the same name in every guide that declares it" },
	[MSG_REPEATS_FROM] = { "further messages of this kind are not shown",
	    "how many there were is given at the end" },
	[MSG_REPEATS] = { "more messages of this kind were not shown",
	    "fix the ones shown and run again to see the rest" },

	[MSG_FILE_READ] = { "cannot read file",
	    "check that the file exists and that you may read it" },
	[MSG_FILE_SPECIAL] = { "not a regular file",
	    "rightsheet reads only ordinary files: move it out of the "
	    "folder, or give the path of the file itself" },
	[MSG_FILE_BIG] = { "file is too large",
	    "guides, profiles and templates are small text files: "
	    "check that this is the right file" },
	[MSG_FILE_EMPTY] = { "file is empty",
	    "check that this is the right file" },
	[MSG_FILE_COMPRESSED] = { "file is compressed",
	    "rightsheet reads plain XML only: unpack the file first" },
	[MSG_XML_PARSE] = { "not well-formed XML",
	    "fix the XML at this place; a missing closing tag or an "
	    "unescaped & or < is the usual cause" },
	[MSG_XML_DOCTYPE] = { "DOCTYPE declarations are not allowed",
	    "remove the <!DOCTYPE ...> part; rightsheet files never need one" },
	[MSG_XML_ENTITY] = { "entity declarations and references are not "
	    "allowed", "write the text out in full instead" },
	[MSG_XML_XINCLUDE] = { "XInclude is not allowed",
	    "copy the text into the guide itself" },
	[MSG_XML_ATTRS] = { "element has too many attributes",
	    "no element of a rightsheet file has more than a dozen: check "
	    "that this is the right file" },
	[MSG_XML_ENCODING] = { "file is not UTF-8",
	    "rightsheet files are UTF-8: save the file as UTF-8 and write "
	    "encoding=\"UTF-8\" in its first line, or leave the encoding "
	    "out" },
	[MSG_XML_SCHEMA] = { "does not follow the format",
	    "see rightsheet-guide(5) for what is allowed here" },
	[MSG_XML_LIMIT] = { "more elements than the format allows here",
	    "see rightsheet-guide(5) for the limits" },
	[MSG_XML_ROOT] = { "not a rightsheet file of this kind",
	    "check that this is the right file" },
	[MSG_GUIDE_DUPID] = { "duplicate guide id",
	    "give each guide its own id" },
	[MSG_ITEM_DUPID] = { "duplicate item id",
	    "item ids must be unique across all guides: rename one" },
	[MSG_STEP_DUPTITLE] = { "two steps have the same title",
	    "give each step its own title, such as one naming its law, so "
	    "that a room can tell their codes apart" },
	[MSG_SOURCE_DUPID] = { "duplicate source id",
	    "give each source in a guide its own id" },
	[MSG_GROUP_DUPID] = { "duplicate group id",
	    "group ids must be unique across all guides: rename one, or "
	    "keep one declaration" },
	[MSG_GROUP_NESTED] = { "a group's rule matches a group",
	    "write the group's rule with the fields country, sovereign, "
	    "region, state, platform and topic only" },
	[MSG_SOURCE_UNKNOWN] = { "item names a source the guide does not list",
	    "add it to <sources> or fix the id in sources=\"...\"" },
	[MSG_SOURCE_WEAK] = { "step or right has only press or secondary "
	    "sources",
	    "cite the law, the regulator or the platform's own page, with "
	    "kind=\"statute\", \"regulator\" or \"platform\"; or mark the "
	    "item confirmed=\"no\" to print it as not confirmed" },
	[MSG_TOPIC_UNKNOWN] = { "topic is not declared by any guide",
	    "declare it in <declare><topic id=\"...\">Name</topic></declare>" },
	[MSG_GUIDE_DATES] = { "recheck-by date is before the verified date",
	    "set recheck-by to a date after verified" },
	[MSG_TEXT_CONTROL] = { "control character in text",
	    "remove it; only plain text, spaces and line breaks are allowed" },
	[MSG_TEXT_BIDI] = { "bidirectional control character in text",
	    "remove it: it makes the text read differently in an editor "
	    "than on paper" },
	[MSG_TEXT_UTF8] = { "text is not valid UTF-8",
	    "save the file as UTF-8" },
	[MSG_TEXT_URI] = { "white space inside a link",
	    "a web address has no spaces: write a space as %20" },
	[MSG_TEXT_GLYPH] = { "character cannot be printed with the font",
	    "replace it with a character the font has" },
	[MSG_TEXT_QR] = { "link is too long for a QR code",
	    "use a shorter address for the same page" },
	[MSG_TEXT_LONG] = { "text is too long",
	    "shorten it" },
	[MSG_TEXT_EMPTY] = { "text is empty",
	    "write the text, or leave the element out if it is optional" },
	[MSG_RULE_REGEX] = { "pattern does not compile",
	    "fix the pattern; see pcre2pattern(3) for the syntax" },
	[MSG_RULE_LIMIT] = { "pattern gave up: it would take too long to "
	    "match", "simplify the pattern, for example remove nested "
	    "repeats such as (a+)+" },
	[MSG_NO_GUIDES] = { "no guides found",
	    "give a directory that holds guide files ending in .xml" },
	[MSG_SET_GUIDES] = { "too many guides for one run",
	    "split the guides into folders of fewer files and use each on "
	    "its own" },
	[MSG_SET_ITEMS] = { "too many items for one run",
	    "use fewer guides at a time, or split them into sets" },
	[MSG_SET_RULES] = { "too many rules for one run",
	    "use fewer, broader rules: a rule on a guide covers all its "
	    "items; or use fewer guides at a time" },
	[MSG_PROFILE_NOWHERE] = { "no country or region given",
	    "say where the person lives, for example --country DE or "
	    "--region EU" },
	[MSG_PROFILE_COUNTRY] = { "unknown country",
	    "type the country's name in English or in its own language, "
	    "or its two-letter code, such as DE; rightsheet list shows "
	    "them all" },
	[MSG_PROFILE_REGION] = { "unknown region",
	    "use one of the regions rightsheet list shows" },
	[MSG_PROFILE_MISMATCH] = { "country and region do not agree",
	    "give only the country; rightsheet works out the region" },
	[MSG_PROFILE_STATE] = { "unknown US state",
	    "use the state's name or the code US- and two letters, for "
	    "example US-CA; "
	    "rightsheet list shows them all" },
	[MSG_PROFILE_STATE_US] = { "a state only applies to the US",
	    "leave out the state, or give --country US" },
	[MSG_PROFILE_STATE_TWO] = { "two different US states given",
	    "give the state once, as the country (California) or as the "
	    "state" },
	[MSG_PROFILE_PLATFORM] = { "unknown platform",
	    "rightsheet list shows the platforms the guides know" },
	[MSG_PROFILE_TOPIC] = { "unknown topic",
	    "rightsheet list shows the topics the guides know" },
	[MSG_PROFILE_PAPER] = { "unknown paper size",
	    "use a4 or letter" },
	[MSG_PROFILE_BUDGET] = { "not a length of time",
	    "give minutes or hours, for example 30m, 1h or 1h30m" },
	[MSG_PROFILE_TEMPLATE] = { "unknown template",
	    "rightsheet list shows the templates" },
	[MSG_PLAN_EMPTY] = { "nothing in the guides applies to this profile",
	    "check the platforms and topics, or leave them out to get "
	    "everything for the region" },
	[MSG_CSV_QUOTE] = { "quote out of place",
	    "put quotes around the whole field, and write a quote inside "
	    "it as two quotes (\"\")" },
	[MSG_CSV_HEADER] = { "the first row must name the columns",
	    "start the roster with a row such as: name,country,platforms" },
	[MSG_SHEET_ZIP] = { "cannot read the spreadsheet's zip container",
	    "open it in your spreadsheet program and save it again, or "
	    "save the sheet as CSV" },
	[MSG_SHEET_KIND] = { "a zip file, but not a spreadsheet",
	    "give a roster saved as .ods, .xlsx or CSV" },
	[MSG_SHEET_MISNAMED] = { "the file's name does not match what it "
	    "holds", "rename the file to end in what it holds, or save it "
	    "again in the format its name says" },
	[MSG_SHEET_XLS] = { "an Excel 97-2003 workbook (.xls) or a "
	    "password-protected workbook cannot be read",
	    "save it as .xlsx, .ods or CSV, without a password" },
	[MSG_SHEET_PASSWORD] = { "the spreadsheet is protected with a "
	    "password", "save a copy without a password, or save the sheet "
	    "as CSV" },
	[MSG_SHEET_BIG] = { "a part of the spreadsheet unpacks too large",
	    "a roster is a few hundred rows: check that this is the right "
	    "file, or save the sheet as CSV" },
	[MSG_SHEET_LIMIT] = { "the sheet is larger than a roster can be",
	    "a roster holds one row per person: delete what is not part of "
	    "it, or check that this is the right sheet" },
	[MSG_SHEET_PART] = { "a part of the spreadsheet is missing or "
	    "damaged", "open it in your spreadsheet program and save it "
	    "again, or save the sheet as CSV" },
	[MSG_SHEET_XML] = { "a part of the spreadsheet is not well-formed "
	    "XML", "open it in your spreadsheet program and save it again, "
	    "or save the sheet as CSV" },
	[MSG_CSV_COLUMN] = { "unknown column, ignored",
	    "the columns are name, country, state, platforms, topics, "
	    "template, paper, cover and budget" },
	[MSG_CSV_BOM] = { "--encoding ignored",
	    "the file says which encoding it is in; leave --encoding out "
	    "for this file" },
	[MSG_BATCH_PLATFORM] = { "unknown platform, left out of this "
	    "person's checklist", "fix the spelling in the roster, or add "
	    "a guide for the platform; the rest of the row was made" },
	[MSG_BATCH_TOPIC] = { "unknown topic, left out of this person's "
	    "checklist", "fix the spelling in the roster; the rest of the "
	    "row was made" },
	[MSG_CSV_CP1252] = { "the roster is not UTF-8; it is most likely "
	    "Windows-1252", "run again with --encoding windows-1252, or "
	    "save it from the spreadsheet as CSV UTF-8" },
	[MSG_CSV_LATIN1] = { "the roster is not UTF-8; it is most likely "
	    "ISO-8859-1", "run again with --encoding iso-8859-1 (windows-1252 "
	    "reads it the same way), or save it from the spreadsheet as "
	    "CSV UTF-8" },
	[MSG_CSV_UTF16] = { "the roster looks like UTF-16 without a byte "
	    "order mark", "run again with the --encoding named, or save it "
	    "from the spreadsheet as CSV UTF-8" },
	[MSG_CSV_DECODE] = { "the roster is not in the encoding given",
	    "check --encoding against the encoding the spreadsheet saved "
	    "it in, or save it as CSV UTF-8" },
	[MSG_CSV_NUL] = { "NUL byte in the roster",
	    "the file is damaged or is not text: save it again from the "
	    "spreadsheet as CSV" },
	[MSG_CSV_BIG] = { "the roster has too many cells",
	    "a roster is one row per person: check that this is the right "
	    "file, or split it" },
	[MSG_CSV_DUPCOL] = { "column named twice",
	    "delete or rename one of the two columns: rightsheet will not "
	    "guess which one is meant" },
	[MSG_CSV_YESNO] = { "not yes or no",
	    "write yes or no (y, n, true, false, 1 and 0 are understood "
	    "too); the row was skipped, since a wrong guess could print a "
	    "name the person wanted left off" },
	[MSG_BATCH_ROW] = { "row skipped",
	    "fix the row; the other rows were still made" },
	[MSG_RULE_NEVER] = { "pattern matches no value this field can take",
	    "check the spelling of the values in the pattern "
	    "(rightsheet list shows them)" },
	[MSG_COVER_EMPTY] = { "checklist would be empty",
	    "add an item that applies to these people, or widen a rule" },
	[MSG_COVER_UNREACHED] = { "no profile gets this item",
	    "check its rules and its guide's rules: together they "
	    "exclude everyone" },
	[MSG_COVER_NO_REGULATOR] = { "no regulator or complaint route "
	    "for this country",
	    "add an item for it with role=\"regulator\" that names the "
	    "regulator and links to its complaint page" },

	[MSG_COVER_BIG] = { "the coverage check would take too long",
	    "check the guides in smaller groups, or let items share the "
	    "same patterns; the check was not done" },

	[MSG_LETTER_NO_ADDRESS] = { "address has neither lines nor "
	    "write-in", "give the address a line each, or say in "
	    "write-in=\"...\" where the reader finds it" },
	[MSG_LETTER_TWO_PERIODS] = { "letter variant gives both due-days "
	    "and due-months", "keep the one the law uses" },
	[MSG_LETTER_UNKNOWN] = { "step names a letter no guide has",
	    "fix the id in letter=\"...\" or add the letter to a guide's "
	    "<letters>" },
	[MSG_LETTER_DUPID] = { "duplicate letter id",
	    "letter ids must be unique across all guides: rename one" },
	[MSG_LETTERS_NONE] = { "no letter applies to this profile",
	    "the letters are for the steps that send one; check the "
	    "country, state and platforms (rightsheet explain shows the "
	    "steps)" },

	[MSG_USAGE_COMMAND] = { "unknown command",
	    "run rightsheet --help to see the commands" },
	[MSG_USAGE_OPTION] = { "bad option",
	    "run rightsheet COMMAND --help to see the options" },
	[MSG_USAGE_ARGUMENT] = { "unexpected argument",
	    "run rightsheet COMMAND --help to see what it takes" },
	[MSG_USAGE_MISSING] = { "something is missing",
	    "run rightsheet COMMAND --help to see what it takes" },
	[MSG_USAGE_PROFILE_BOTH] = { "--profile cannot be combined with "
	    "--country, --region, --state, --platforms or --topics",
	    "put everything in the profile file, or use only options" },

	[MSG_USAGE_GUIDE_NAME] = { "a guide name is lower-case letters, "
	    "digits and single hyphens", "for example: rightsheet new-guide "
	    "my-workshop" },
	[MSG_USAGE_NO_TERMINAL] = { "the guided questions need a terminal",
	    "give the answers as options instead, for example: rightsheet "
	    "build --country DE --platforms facebook,instagram -o me.pdf "
	    "(rightsheet build --help lists them)" },
	[MSG_USAGE_WIZARD_EOF] = { "the questions ended before the last "
	    "answer", "no checklist was written; run rightsheet wizard again" },

	[MSG_USAGE_NOT_PDF] = { "will not replace a file that is not a PDF",
	    "choose another name with -o; the file was left as it was" },
	[MSG_USAGE_OUTPUT_EMPTY] = { "the output name is empty",
	    "give a name after -o, for example -o checklist.pdf" },
	[MSG_USAGE_EPOCH] = { "SOURCE_DATE_EPOCH is not a date rightsheet "
	    "can print", "unset it, or give the seconds since 1970 of a "
	    "date before the year 10000" },

	[MSG_USAGE_ENCODING] = { "unknown encoding",
	    "name the encoding the spreadsheet saved the file in, such as "
	    "windows-1252, iso-8859-1 or utf-16le; iconv -l lists them "
	    "all" },
	[MSG_USAGE_SHEET] = { "no sheet of that name",
	    "give --sheet one of the names listed, in quotes if it has "
	    "spaces" },
	[MSG_USAGE_SHEET_CSV] = { "--sheet applies only to .ods and .xlsx "
	    "rosters", "leave out --sheet: a CSV file holds one sheet" },
	[MSG_USAGE_LETTERS] = { "no such letter",
	    "give all, or ids from the list" },

	[MSG_SYS_NOMEM] = { "out of memory", "close other programs and "
	    "try again" },
	[MSG_SYS_DATA] = { "cannot find rightsheet's data files",
	    "reinstall rightsheet, or set RIGHTSHEET_DATADIR to the folder "
	    "that holds guides/, templates/ and fonts/" },
	[MSG_SYS_SCHEMA] = { "cannot load a schema",
	    "reinstall rightsheet; its own files are damaged" },
	[MSG_SYS_FONT] = { "cannot load a font",
	    "reinstall rightsheet; its fonts are missing or damaged" },
	[MSG_SYS_LIBZIP] = { "cannot load the zip library that reads "
	    "spreadsheets", "install it (on Debian: sudo apt install "
	    "libzip4), or save the roster as CSV" },
	[MSG_SYS_PDF] = { "the PDF library failed",
	    "please report this, with the command you ran" },
	[MSG_USAGE_NOT_FOLDER] = { "the output folder is a file",
	    "give -o the name of a folder, new or existing" },
	[MSG_USAGE_OUTDIR] = { "output is a directory",
	    "give a file name, for example -o checklist.pdf" },
	[MSG_SYS_MKDIR] = { "cannot make the output folder",
	    "check the path, and that you may write there" },
	[MSG_USAGE_EXISTS] = { "file already exists",
	    "choose another name with -o, or move the old file away; it "
	    "was left as it was" },
	[MSG_SYS_STDOUT] = { "cannot write the output",
	    "check where the output goes, and that the disk has space" },
	[MSG_SYS_FORK] = { "cannot start a worker process",
	    "close other programs, or try again with --jobs 1" },
	[MSG_SYS_WORKER] = { "a worker process stopped before it finished",
	    "the rows named were not made; run the command again" },
	[MSG_SYS_SILENT] = { "a step failed without saying why",
	    "this is a bug in rightsheet: please report it, with the "
	    "command you ran" },
	[MSG_SYS_WRITE] = { "cannot write the PDF",
	    "check that the folder exists, that you may write to it and "
	    "that the disk has space; no file was changed" },
};

static const char *const level_names[MSGL__MAX] = {
	"ok", "warning", "error", "error", "error"
};

static int	counts[MSGL__MAX];
static int	quiet_level;	/* levels up to this one are not printed */
static int	per_id[MSG__MAX];	/* messages of each kind so far */
static int	summary_set;	/* msg_summary() registered with atexit */

enum msglevel
msg_level(enum msgid id)
{
	if (id >= MSG_SYSERR)
		return MSGL_SYSERR;
	if (id >= MSG_USAGE)
		return MSGL_USAGE;
	if (id >= MSG_ERROR)
		return MSGL_ERROR;
	return MSGL_WARNING;
}

/*
 * Copy src[0..len) to dst (of size cap, cap > 16) so that no byte of
 * the user's data can steer the terminal: C0 controls (newlines too:
 * a message is one line), DEL and invalid UTF-8 bytes are written as
 * \xHH, and C1 controls and the bidirectional controls, which can
 * make a line read differently from what it holds, as \u{HHHH}.
 * Returns the length written, always NUL-terminated.
 */
static size_t
escape(char *dst, size_t cap, const char *src, size_t len)
{
	const unsigned char	*s = (const unsigned char *)src;
	size_t			 i = 0, o = 0, n, bad, off;
	unsigned int		 cp;

	while (i < len && o + 12 < cap) {
		if (s[i] < 0x80) {
			if (s[i] < 0x20 || s[i] == 0x7f)
				o += (size_t)snprintf(dst + o, cap - o,
				    "\\x%02X", s[i]);
			else
				dst[o++] = (char)s[i];
			i++;
			continue;
		}
		n = utf8_seqlen(s[i]);
		if (n == 1 || i + n > len ||
		    utf8_check(src + i, n, &bad) != 0) {
			o += (size_t)snprintf(dst + o, cap - o, "\\x%02X",
			    s[i]);
			i++;
			continue;
		}
		off = i;
		cp = utf8_decode(src, &off);
		if ((cp >= 0x80 && cp < 0xa0) || cp == 0x061c ||
		    cp == 0x200e || cp == 0x200f ||
		    (cp >= 0x202a && cp <= 0x202e) ||
		    (cp >= 0x2066 && cp <= 0x2069))
			o += (size_t)snprintf(dst + o, cap - o,
			    "\\u{%04X}", cp);
		else {
			for (; i < off; i++)
				dst[o++] = (char)s[i];
		}
		i = off;
	}
	dst[o] = '\0';
	return o;
}

/*
 * Write "rightsheet: FILE:LINE:COL: LEVEL: TEXT: DETAIL; HINT" to
 * stderr, every part escaped.  Built whole first: worker processes
 * share stderr, and one write keeps their messages from mixing.
 */
static void
emit(const char *level, enum msgid id, const struct srcpos *pos,
    const char *fmt, va_list ap)
{
	char	raw[4096], line[4096 + 64];
	size_t	len = 0, out;

#define ADD(...) do {							\
	if (len < sizeof(raw))						\
		len += (size_t)snprintf(raw + len, sizeof(raw) - len,	\
		    __VA_ARGS__);					\
} while (0)
	if (pos != NULL && pos->file != NULL) {
		ADD("%s", pos->file);
		if (pos->line > 0)
			ADD(":%d", pos->line);
		if (pos->line > 0 && pos->col > 0)
			ADD(":%d", pos->col);
		ADD(": ");
	}
	ADD("%s: %s", level, msgs[id].text);
	if (fmt != NULL && len < sizeof(raw)) {
		ADD(": ");
		if (len < sizeof(raw))
			len += (size_t)vsnprintf(raw + len,
			    sizeof(raw) - len, fmt, ap);
	}
	if (msgs[id].hint != NULL)
		ADD("; %s", msgs[id].hint);
#undef ADD
	if (len >= sizeof(raw))
		len = sizeof(raw) - 1;
	memcpy(line, "rightsheet: ", 12);
	out = 12 + escape(line + 12, sizeof(line) - 12 - 1, raw, len);
	line[out++] = '\n';
	fwrite(line, 1, out, stderr);
	fflush(stderr);
}

static void
emit_args(const char *level, enum msgid id, const struct srcpos *pos,
    const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	emit(level, id, pos, fmt, ap);
	va_end(ap);
}

void
msg_fputs_escaped(FILE *f, const char *s)
{
	char	buf[4096];
	size_t	len = strlen(s);

	/* Each input byte becomes at most 8 output bytes. */
	while (len > 0) {
		size_t	n = len > 400 ? 400 : len;

		/* Never split a UTF-8 sequence between two chunks. */
		while (n < len && n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--;
		if (n == 0)
			n = len > 400 ? 400 : len;
		escape(buf, sizeof(buf), s, n);
		fputs(buf, f);
		s += n;
		len -= n;
	}
}

/* One line per kind of message that was cut short, with its count. */
void
msg_summary(void)
{
	int	id;

	for (id = 0; id < MSG__MAX; id++) {
		if (per_id[id] <= MSG_REPEAT_MAX || msgs[id].text == NULL)
			continue;
		emit_args("note", MSG_REPEATS, NULL, "%d more like \"%s\"",
		    per_id[id] - MSG_REPEAT_MAX, msgs[id].text);
		per_id[id] = MSG_REPEAT_MAX;
	}
}

static void
vmsg(enum msglevel level, enum msgid id, const struct srcpos *pos,
    const char *fmt, va_list ap)
{
	counts[level]++;
	if ((int)level <= quiet_level)
		return;
	if (++per_id[id] > MSG_REPEAT_MAX) {
		/*
		 * Say so at once as well as at exit: a batch worker ends
		 * with _exit(), and must not hide messages without a word.
		 */
		if (per_id[id] == MSG_REPEAT_MAX + 1)
			emit_args("note", MSG_REPEATS_FROM, NULL, "\"%s\"",
			    msgs[id].text);
		if (!summary_set && atexit(msg_summary) == 0)
			summary_set = 1;
		return;
	}
	emit(level_names[level], id, pos, fmt, ap);
}

void
msg(enum msgid id, const struct srcpos *pos, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vmsg(msg_level(id), id, pos, fmt, ap);
	va_end(ap);
}

void
msg_usage(enum msgid id, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vmsg(MSGL_USAGE, id, NULL, fmt, ap);
	va_end(ap);
}

enum msglevel
msg_worst(void)
{
	int	l;

	for (l = MSGL__MAX - 1; l > MSGL_OK; l--)
		if (counts[l])
			return l;
	return MSGL_OK;
}

int
msg_count(enum msglevel level)
{
	return counts[level];
}

/* Map the worst level seen to the documented exit status. */
int
msg_exit(void)
{
	switch (msg_worst()) {
	case MSGL_SYSERR:
		return EXIT_SYSERR;
	case MSGL_USAGE:
		return EXIT_USAGE;
	case MSGL_ERROR:
		return EXIT_INPUT;
	default:
		return EXIT_OK;
	}
}

int
msg_status(int failed)
{
	int	st = msg_exit();

	if (failed && st == EXIT_OK) {
		msg(MSG_SYS_SILENT, NULL, NULL);
		st = EXIT_SYSERR;
	}
	return st;
}

void
msg_nomem_now(void)
{
	const char	*part[5];
	size_t		 i;

	part[0] = "rightsheet: error: ";
	part[1] = msgs[MSG_SYS_NOMEM].text;
	part[2] = "; ";
	part[3] = msgs[MSG_SYS_NOMEM].hint;
	part[4] = "\n";
	for (i = 0; i < 5; i++)
		if (write(STDERR_FILENO, part[i], strlen(part[i])) == -1)
			return;
}

void
msg_note(enum msglevel level)
{
	if (level > MSGL_OK && level < MSGL__MAX)
		counts[level]++;
}

void
msg_reset(void)
{
	int	l;

	for (l = 0; l < MSGL__MAX; l++)
		counts[l] = 0;
	for (l = 0; l < MSG__MAX; l++)
		per_id[l] = 0;
}

void
msg_quiet(enum msglevel upto)
{
	quiet_level = upto;
}
