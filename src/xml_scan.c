/* SPDX-License-Identifier: ISC */
/* The pass over XML bytes before parsing: see xml_scan.h. */
#include <string.h>

#include "xml_scan.h"

size_t
xml_find(const char *buf, size_t len, size_t from, const char *s, size_t n)
{
	const char	*p;

	/* memmem() is a GNU extension; memchr() then memcmp() will do. */
	while (from + n <= len &&
	    (p = memchr(buf + from, s[0], len - from - n + 1)) != NULL) {
		from = (size_t)(p - buf);
		if (memcmp(p, s, n) == 0)
			return from;
		from++;
	}
	return len;
}

enum xml_scan
xml_prescan(const char *buf, size_t len, int max_attrs,
    struct xml_scan_hit *hit)
{
	size_t	 i = 0, end, name;
	int	 line = 1, attrs;
	char	 quote;

	while (i < len) {
		if (buf[i] != '<') {
			line += buf[i++] == '\n';
			continue;
		}
		hit->line = line;
		if (len - i >= 4 && memcmp(buf + i, "<!--", 4) == 0)
			end = xml_find(buf, len, i + 4, "-->", 3) + 3;
		else if (len - i >= 9 && memcmp(buf + i, "<![CDATA[", 9) == 0)
			end = xml_find(buf, len, i + 9, "]]>", 3) + 3;
		else if (len - i >= 2 && buf[i + 1] == '?')
			end = xml_find(buf, len, i + 2, "?>", 2) + 2;
		else if (len - i >= 2 && buf[i + 1] == '!')
			return XML_SCAN_DOCTYPE;
		else {
			name = i + 1;
			attrs = 0;
			quote = 0;
			for (end = name; end < len; end++) {
				if (quote != 0) {
					if (buf[end] == quote)
						quote = 0;
				} else if (buf[end] == '"' || buf[end] == '\'')
					quote = buf[end];
				else if (buf[end] == '>')
					break;
				else if (buf[end] == '=' &&
				    ++attrs > max_attrs) {
					hit->name = buf + name;
					for (hit->namelen = 0; hit->namelen <
					    40 && name + hit->namelen < len &&
					    strchr(" \t\r\n/>=", buf[name +
					    hit->namelen]) == NULL;
					    hit->namelen++)
						continue;
					return XML_SCAN_ATTRS;
				}
			}
			end++;
		}
		if (end > len)
			end = len;
		for (; i < end; i++)
			line += buf[i] == '\n';
	}
	return XML_SCAN_OK;
}

void
xml_message_line(char *text)
{
	size_t	len;

	for (len = 0; text[len] != '\0'; len++)
		if (text[len] == '\n')
			text[len] = ' ';
	while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '.'))
		text[--len] = '\0';
}
