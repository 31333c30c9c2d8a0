#!/bin/sh
# Layout: every word inside the margins, templates, follow-up page.
# Sourced by tests/run.sh, which provides rs, pass, fail, has, lacks.

# inside PDF LEFT TOP RIGHT BOTTOM: every word's box lies within the
# page less these margins (points), on every page.
inside() {
	pdftotext -bbox "$1" "$OUT/bbox.html" 2>/dev/null
	bad=$(awk -v l="$2" -v t="$3" -v r="$4" -v b="$5" '
	/<page / { match($0, /width="[0-9.]+"/); w = substr($0, RSTART + 7, RLENGTH - 8)
		   match($0, /height="[0-9.]+"/); h = substr($0, RSTART + 8, RLENGTH - 9); p++ }
	/<word / {
		split($0, a, "\"")
		x0 = a[2]; y0 = a[4]; x1 = a[6]; y1 = a[8]
		if (x0 < l - 0.5 || y0 < t - 0.5 || x1 > w - r + 0.5 || y1 > h - b + 0.5) {
			sub(/.*">/, ""); sub(/<.*/, "")
			printf "page %d: %s at %s,%s-%s,%s\n", p, $0, x0, y0, x1, y1
		}
		n++
	}
	END { if (n == 0) print "no words at all" }' "$OUT/bbox.html" | head -3)
	if [ -z "$bad" ]; then pass; else fail "$1: outside the margins: $bad"; fi
}

echo "margins:"
# margins_of TEMPLATE: its margins as inside() takes them.
margins_of() {
	sed -n 's/.*<margins top="\([0-9]*\)" bottom="\([0-9]*\)" left="\([0-9]*\)" right="\([0-9]*\)".*/\3 \1 \4 \2/p' "templates/$1.xml"
}
rs build --country US --state US-CA -o "$OUT/big.pdf" 2>/dev/null
# shellcheck disable=SC2046
inside "$OUT/big.pdf" $(margins_of standard)
[ "$(pages "$OUT/big.pdf")" -ge 20 ] && pass || fail "the largest profile is short"
rs build --region EU --template large-print -o "$OUT/eu-large.pdf" 2>/dev/null
inside "$OUT/eu-large.pdf" 54 54 54 62
status 0 "long URL and word" rs build --guides tests/fixtures/long --country DE -o "$OUT/long.pdf"
# shellcheck disable=SC2046
inside "$OUT/long.pdf" $(margins_of standard)
has "$OUT/long.pdf" "segment13-with-words"
for t in large-print compact workshop; do
	rs build --guides tests/fixtures/long --country DE --template $t -o "$OUT/long-$t.pdf" 2>/dev/null
	m=$(margins_of $t)
	# shellcheck disable=SC2086
	inside "$OUT/long-$t.pdf" $m
done

echo "templates:"
for t in standard large-print compact workshop; do
	for p in a4 letter; do
		f=$OUT/tpl-$t-$p.pdf
		status 0 "template $t on $p" rs build --country DE --platforms instagram --template $t --paper $p -o "$f"
		check "template $t on $p: qpdf" qpdf --check "$f"
		has "$f" "Object on Instagram"
	done
done
[ "$(pages "$OUT/tpl-compact-a4.pdf")" -lt "$(pages "$OUT/tpl-standard-a4.pdf")" ] && pass ||
    fail "compact is not shorter than standard"
[ "$(pages "$OUT/tpl-large-print-a4.pdf")" -gt "$(pages "$OUT/tpl-standard-a4.pdf")" ] && pass ||
    fail "large print is not longer than standard"
lacks "$OUT/tpl-compact-a4.pdf" "What is inside"
has "$OUT/tpl-workshop-a4.pdf" "Notes"
lacks "$OUT/tpl-standard-a4.pdf" "Notes"
# Large print: body text at 14 pt or more.
check "large print is 14 pt" sh -c "pdftotext -bbox '$OUT/tpl-large-print-a4.pdf' - | awk -F'\"' '/<word .*>Instagram</ { if (\$8 - \$4 >= 14) ok = 1 } END { exit !ok }'"

echo "follow-up page:"
rs build --guides tests/fixtures/guides --country DE -o "$OUT/follow.pdf" 2>/dev/null
has "$OUT/follow.pdf" "Follow-up"
has "$OUT/follow.pdf" "Do this again every 3 months."
has "$OUT/follow.pdf" "Reply due within one month. Set by GDPR Article 12(3)."
has "$OUT/follow.pdf" "Sent on"
# The follow-up flows on from the last section (a page of its own left
# most of the page before it blank), its heading kept with its text.
check "follow-up heading kept with its text" sh -c "pdftotext -layout '$OUT/follow.pdf' - | grep -A3 '^ *Follow-up' | grep -q 'Keep track'"

# A step too tall for the room left at a page's foot goes to the next
# page, and the short caveat after it moves up to fill the room.
status 0 "box moves up" rs build --guides tests/fixtures/float --country DE -o "$OUT/float.pdf"
# last_page_of PDF TEXT: the last page that prints TEXT (the cover's
# Start here may name a step too), 0 if none.
last_page_of() {
	lp=0
	for p in $(seq 1 "$(pages "$1")"); do
		pdftotext -f "$p" -l "$p" "$1" - | grep -qF -- "$2" && lp=$p
	done
	echo $lp
}
fc=$(last_page_of "$OUT/float.pdf" "A short caveat that fits")
fs=$(last_page_of "$OUT/float.pdf" "A step too tall for the room left")
if [ "$fc" -gt 0 ] && [ "$fc" -lt "$fs" ]
then pass; else fail "float.pdf: the caveat (page $fc) did not move up in front of the step that did not fit (page $fs)"; fi
