/* SPDX-License-Identifier: ISC */
/* new-guide: a valid skeleton guide for a facilitator to start from. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fault.h"
#include "msg.h"
#include "newguide.h"
#include "xalloc.h"

static const char skeleton[] =
"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
"<!--\n"
"  A new rightsheet guide.  Replace the text, keep the structure, and\n"
"  check it with:  rightsheet validate %1$s.xml\n"
"  rightsheet-guide(5) explains every element.\n"
"-->\n"
"<guide format=\"1\" id=\"%1$s\" version=\"0.1\" xml:lang=\"en\"\n"
"       topic=\"%1$s\" code=\"%2$s\" order=\"50\"\n"
"       verified=\"%3$s\" recheck-by=\"%4$s\">\n"
"  <title>What this guide helps with</title>\n"
"  <summary>Two or three plain sentences: who this is for and what they\n"
"    will have done at the end.</summary>\n"
"  <declare>\n"
"    <!-- The topic this guide belongs to, as people choose it. -->\n"
"    <topic id=\"%1$s\">Name of the topic</topic>\n"
"  </declare>\n"
"  <!-- Who the guide is for; leave it out to show it to everyone.\n"
"       Fields: country, region, state, platform, topic. -->\n"
"  <when><match field=\"region\" pattern=\"^(EU|EEA|UK)$\"/></when>\n"
"  <sources>\n"
"    <!-- kind: statute, regulator, platform (the company's own pages),\n"
"         court, press or secondary.  A step or right needs one of the\n"
"         first four, or confirmed=\"no\" to be printed as not confirmed. -->\n"
"    <source id=\"src-1\" kind=\"platform\" href=\"https://example.org/where-the-fact-is\"\n"
"            date=\"%3$s\">Who published it: what it says</source>\n"
"  </sources>\n"
"  <items>\n"
"    <step id=\"%1$s-first-step\" sources=\"src-1\" verified=\"%3$s\"\n"
"          minutes=\"10\" needs=\"account\">\n"
"      <title>Do the first thing</title>\n"
"      <p>Say where to go and what to press, as a menu path:\n"
"        Settings &gt; Privacy &gt; The setting.</p>\n"
"      <link href=\"https://example.org/settings\">The settings page</link>\n"
"    </step>\n"
"    <right id=\"%1$s-right\" law=\"GDPR Article 21\" sources=\"src-1\"\n"
"           verified=\"%3$s\">\n"
"      <title>The right this relies on</title>\n"
"      <p>What the law gives the person, in plain words.</p>\n"
"    </right>\n"
"    <caveat id=\"%1$s-caveat\" sources=\"src-1\" verified=\"%3$s\">\n"
"      <title>What the step does not do</title>\n"
"      <p>Limits, and anything the sources disagree about.</p>\n"
"    </caveat>\n"
"  </items>\n"
"</guide>\n";

/* META from meta-ai: the letters of the id, upper case, 2 to 8 of them. */
static void
make_code(const char *name, char code[9])
{
	size_t	n = 0;

	for (; *name != '\0' && n < 8; name++)
		if (*name >= 'a' && *name <= 'z')
			code[n++] = (char)(*name - 'a' + 'A');
		else if (*name >= '0' && *name <= '9' && n > 0)
			code[n++] = *name;
	while (n < 2)
		code[n++] = 'G';
	code[n] = '\0';
}

int
newguide_write(const char *name, const char *path, const char *today)
{
	struct srcpos	 pos = { path, 0, 0 };
	char		 code[9], recheck[32];
	const char	*p;
	FILE		*f;
	int		 fd, y, m, d, err;

	for (p = name; *p != '\0'; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		    (*p == '-' && p != name && p[1] != '\0' && p[1] != '-')))
			break;
	if (*p != '\0' || p == name || p - name > 64) {
		msg_usage(MSG_USAGE_GUIDE_NAME, "\"%s\"", name);
		return -1;
	}
	make_code(name, code);
	/* Six months from now: guides go stale. */
	if (sscanf(today, "%d-%d-%d", &y, &m, &d) != 3)
		y = 2026, m = d = 1;
	m += 6;
	if (m > 12) {
		m -= 12;
		y++;
	}
	snprintf(recheck, sizeof(recheck), "%04d-%02d-%02d", y, m,
	    d > 28 ? 28 : d);

	/* Never over an existing file: it may be someone's work. */
	if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
	    0666)) == -1) {
		if (errno == EEXIST)
			msg(MSG_USAGE_EXISTS, &pos, NULL);
		else
			msg(MSG_SYS_WRITE, &pos, "%s", strerror(errno));
		return -1;
	}
	if ((f = fdopen(fd, "w")) == NULL) {
		msg(MSG_SYS_WRITE, &pos, "%s", strerror(errno));
		close(fd);
		unlink(path);
		return -1;
	}
	fprintf(f, skeleton, name, code, today, recheck);
	err = fault_point(FAULT_SITE) ? EIO : 0;
	if (fclose(f) == EOF && err == 0)
		err = errno;
	if (err != 0) {
		msg(MSG_SYS_WRITE, &pos, "%s", strerror(err));
		unlink(path);
		return -1;
	}
	return 0;
}
