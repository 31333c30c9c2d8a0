/* SPDX-License-Identifier: ISC */
/* Diagnostics: the one catalogue of messages and the one printer. */
#include <stdarg.h>
#include <stdio.h>

#include "msg.h"

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

	[MSG_FILE_READ] = { "cannot read file",
	    "check that the file exists and that you may read it" },
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
	[MSG_XML_SCHEMA] = { "does not follow the format",
	    "see rightsheet-guide(5) for what is allowed here" },
	[MSG_XML_ROOT] = { "not a rightsheet file of this kind",
	    "check that this is the right file" },
	[MSG_GUIDE_DUPID] = { "duplicate guide id",
	    "give each guide its own id" },
	[MSG_ITEM_DUPID] = { "duplicate item id",
	    "item ids must be unique across all guides: rename one" },
	[MSG_SOURCE_DUPID] = { "duplicate source id",
	    "give each source in a guide its own id" },
	[MSG_SOURCE_UNKNOWN] = { "item names a source the guide does not list",
	    "add it to <sources> or fix the id in sources=\"...\"" },
	[MSG_TOPIC_UNKNOWN] = { "topic is not declared by any guide",
	    "declare it in <declare><topic id=\"...\">Name</topic></declare>" },
	[MSG_GUIDE_DATES] = { "recheck-by date is before the verified date",
	    "set recheck-by to a date after verified" },
	[MSG_TEXT_CONTROL] = { "control character in text",
	    "remove it; only plain text, spaces and line breaks are allowed" },
	[MSG_TEXT_UTF8] = { "text is not valid UTF-8",
	    "save the file as UTF-8" },
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
	[MSG_PROFILE_NOWHERE] = { "no country or region given",
	    "say where the person lives, for example --country DE or "
	    "--region EU" },
	[MSG_PROFILE_COUNTRY] = { "unknown country code",
	    "use a two-letter ISO 3166 code; rightsheet list shows them all" },
	[MSG_PROFILE_REGION] = { "unknown region",
	    "use one of the regions rightsheet list shows" },
	[MSG_PROFILE_MISMATCH] = { "country and region do not agree",
	    "give only the country; rightsheet works out the region" },
	[MSG_PROFILE_STATE] = { "unknown US state",
	    "use the code US- and two letters, for example US-CA; "
	    "rightsheet list shows them all" },
	[MSG_PROFILE_STATE_US] = { "a state only applies to the US",
	    "leave out the state, or give --country US" },
	[MSG_PROFILE_PLATFORM] = { "unknown platform",
	    "rightsheet list shows the platforms the guides know" },
	[MSG_PROFILE_TOPIC] = { "unknown topic",
	    "rightsheet list shows the topics the guides know" },
	[MSG_PROFILE_PAPER] = { "unknown paper size",
	    "use a4 or letter" },
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
	[MSG_CSV_COLUMN] = { "unknown column, ignored",
	    "the columns are name, country, state, platforms, topics, "
	    "template, paper and cover" },
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

	[MSG_SYS_NOMEM] = { "out of memory", "close other programs and "
	    "try again" },
	[MSG_SYS_DATA] = { "cannot find rightsheet's data files",
	    "reinstall rightsheet, or set RIGHTSHEET_DATADIR to the folder "
	    "that holds guides/, templates/ and fonts/" },
	[MSG_SYS_SCHEMA] = { "cannot load a schema",
	    "reinstall rightsheet; its own files are damaged" },
	[MSG_SYS_FONT] = { "cannot load a font",
	    "reinstall rightsheet; its fonts are missing or damaged" },
	[MSG_SYS_PDF] = { "the PDF library failed",
	    "please report this, with the command you ran" },
	[MSG_SYS_OUTDIR] = { "output is a directory",
	    "give a file name, for example -o checklist.pdf" },
	[MSG_SYS_MKDIR] = { "cannot make the output folder",
	    "check the path, and that you may write there" },
	[MSG_SYS_EXISTS] = { "file already exists",
	    "choose another name with -o, or move the old file away; it "
	    "was left as it was" },
	[MSG_SYS_WRITE] = { "cannot write the PDF",
	    "check that the folder exists, that you may write to it and "
	    "that the disk has space; no file was changed" },
};

static const char *const level_names[MSGL__MAX] = {
	"ok", "warning", "error", "error", "error"
};

static int	counts[MSGL__MAX];
static int	quiet_level;	/* levels up to this one are not printed */

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

static void
vmsg(enum msglevel level, enum msgid id, const struct srcpos *pos,
    const char *fmt, va_list ap)
{
	char	line[4096];
	size_t	len = 0;

	counts[level]++;
	if ((int)level <= quiet_level)
		return;

	/*
	 * Build the whole line first: worker processes share stderr, and
	 * one write keeps their messages from mixing.
	 */
#define ADD(...) do {							\
	if (len < sizeof(line))						\
		len += (size_t)snprintf(line + len, sizeof(line) - len,	\
		    __VA_ARGS__);					\
} while (0)
	ADD("rightsheet: ");
	if (pos != NULL && pos->file != NULL) {
		ADD("%s", pos->file);
		if (pos->line > 0)
			ADD(":%d", pos->line);
		if (pos->line > 0 && pos->col > 0)
			ADD(":%d", pos->col);
		ADD(": ");
	}
	ADD("%s: %s", level_names[level], msgs[id].text);
	if (fmt != NULL && len < sizeof(line)) {
		ADD(": ");
		if (len < sizeof(line))
			len += (size_t)vsnprintf(line + len,
			    sizeof(line) - len, fmt, ap);
	}
	if (msgs[id].hint != NULL)
		ADD("; %s", msgs[id].hint);
#undef ADD
	if (len >= sizeof(line) - 1)
		len = sizeof(line) - 2;
	line[len++] = '\n';
	fwrite(line, 1, len, stderr);
	fflush(stderr);
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

void
msg_reset(void)
{
	int	l;

	for (l = 0; l < MSGL__MAX; l++)
		counts[l] = 0;
}

void
msg_quiet(enum msglevel upto)
{
	quiet_level = upto;
}
