#!/bin/sh
# Half the pages: issue 12 counted 23 pages for Germany with Facebook
# and Instagram, with the guides of 22 November 2026 (commit 72fb9e1).
# Lay those guides out with today's engine, so that the layout is
# compared on the same content: their sources are given the kind the
# format now requires, and the four titles that two steps shared get a
# word each (today's build refuses shared titles).  Prints the count.
# Run by make bench; needs the repository's history.
set -eu

RS=${RIGHTSHEET:-./rightsheet}
T=build/bench/then
THEN=72fb9e1
if ! git cat-file -e "$THEN" 2>/dev/null; then
	echo "pages then: no history here (a shallow clone?); skipped"
	exit 0
fi
rm -rf "$T"
mkdir -p "$T"
git archive "$THEN" guides | tar -x -C "$T"
for f in "$T"/guides/*.xml; do
	sed -i -e 's/<source \([^>]*\)>/<source kind="platform" \1>/' \
	    -e 's/<source kind="platform" \([^>]*kind=[^>]*\)>/<source \1>/' "$f"
done
sed -i -e 's|<title>Ask for your data to be deleted</title>|<title>Ask for your data to be deleted (UK)</title>|' \
    -e 's|do not want</title>|do not want (UK)</title>|' "$T/guides/rights-uk.xml"
sed -i 's|<title>Ask a company what it holds about you</title>|<title>Ask a company what it holds about you (other)</title>|' \
    "$T/guides/rights-other.xml"
# The second of two steps with one title.
awk '/<title>Send an erasure request to each site that lists you<\/title>/ && seen++ {
	sub(/lists you</, "lists you (2)<") } { print }' \
    "$T/guides/data-brokers.xml" >"$T/db.xml"
mv "$T/db.xml" "$T/guides/data-brokers.xml"
echo "\$ $RS build --guides $T/guides --country DE --platforms facebook,instagram -o $T/de.pdf"
$RS build --guides "$T/guides" --country DE --platforms facebook,instagram \
    -o "$T/de.pdf" 2>"$T/err" || { cat "$T/err"; exit 1; }
n=$(pdfinfo "$T/de.pdf" | awk '/^Pages:/ { print $2 }')
echo "Germany, Facebook and Instagram, guides of 22 November: $n pages (23 when issue 12 was filed; the goal is at most 13)"
