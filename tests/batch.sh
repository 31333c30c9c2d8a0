#!/bin/sh
# Workshop mode: a roster in, a PDF per good row and a combined pack out.
# Sourced by tests/run.sh, which provides rs, pass, fail, has, lacks,
# status, check and pages.

B=$OUT/batch
rm -rf "$B"
status 1 "batch with bad rows" rs batch tests/fixtures/roster.csv -o "$B/one" --combined "$B/pack.pdf" --jobs 1
has "$OUT/last.err" "roster.csv:4:5: error: unknown country: \"XX\""
# An unknown platform costs the platform, not the person (tests/roster.sh).
has "$OUT/last.err" "roster.csv:8:9: warning: unknown platform, left out of this person's checklist: \"myspace\" in row 6"
has "$OUT/last.err" "wrote 6 of 7 checklists to $B/one"
has "$OUT/last.err" "wrote the combined pack"
lacks "$OUT/last.err" "rightsheet: 1 of"
for f in 1-maria-garcia 2-smith-john 4-multi-line-name 5-etc-passwd 6-zoe 7-br; do
	[ -s "$B/one/$f.pdf" ] && pass || fail "batch: $f.pdf missing"
done
[ "$(ls "$B/one" | wc -l)" -eq 6 ] && pass || fail "batch: stray files: $(ls "$B/one")"
[ ! -e "$OUT/etc" ] && [ ! -e "$B/etc" ] && pass || fail "batch: a path from the roster was used"
has "$B/one/1-maria-garcia.pdf" "A privacy checklist for Maria García"
has "$B/one/1-maria-garcia.pdf" "GDPR Article 21"
has "$B/one/2-smith-john.pdf" "DROP"
lacks "$B/one/2-smith-john.pdf" "GDPR"
has "$B/one/4-multi-line-name.pdf" "Privacy checklist for people in the United Kingdom"
lacks "$B/one/4-multi-line-name.pdf" "Multi line"
[ "$(paper "$B/one/5-etc-passwd.pdf")" = "letter" ] && pass || fail "batch: paper column ignored"
lacks "$B/one/5-etc-passwd.pdf" "What is inside"
has "$B/one/7-br.pdf" "LGPD"

# The pack: a facilitator sheet, then each person from an odd page.
check "pack: qpdf" qpdf --check "$B/pack.pdf"
has "$B/pack.pdf" "Facilitator sheet"
# Whoever is missing is named on paper, not only in the terminal.
has "$B/pack.pdf" "Not in this pack"
has "$B/pack.pdf" "Row 3: 3-ana.pdf"
has "$B/pack.pdf" "Zoë (6-zoe.pdf): platform \"myspace\"; no platform named is known, so it has every platform"
has "$B/pack.pdf" "Maria García (1-maria-garcia.pdf)"
# Unsqueezed: a line break from the CSV cell must become one space.
check "pack: cleaned name" sh -c "pdftotext -f 1 -l 4 '$B/pack.pdf' - | grep -F -q 'Multi line \"name\" (4-multi-line-name.pdf)'"
has "$B/pack.pdf" "META-01"
starts=""
n=$(pages "$B/pack.pdf")
i=1
while [ "$i" -le "$n" ]; do
	if pdftotext -f $i -l $i "$B/pack.pdf" - 2>/dev/null | head -1 |
	    grep -q -e '^rightsheet · privacy checklist' -e '^Your privacy' -e '^Privacy checklist for'; then
		starts="$starts $i"
	fi
	i=$((i + 1))
done
[ "$(echo $starts | wc -w)" -eq 6 ] && pass || fail "pack: found people starting at pages:$starts"
odd=yes
for p in $starts; do [ $((p % 2)) -eq 1 ] || odd=no; done
[ "$odd" = yes ] && pass || fail "pack: a person starts on an even page:$starts"

# The same roster gives the same bytes, however many workers.
status 1 "batch with two workers" rs batch tests/fixtures/roster.csv -o "$B/two" --jobs 2
same=yes
for f in "$B"/one/*.pdf; do cmp -s "$f" "$B/two/$(basename "$f")" || same=no; done
[ "$same" = yes ] && pass || fail "batch: --jobs 1 and --jobs 2 differ"

status 0 "a good roster" rs batch tests/fixtures/roster-good.csv -o "$B/good"
status 2 "batch without -o" rs batch tests/fixtures/roster.csv
status 2 "batch --jobs 0" rs batch tests/fixtures/roster.csv -o "$B/x" --jobs 0
printf 'name,platforms\nA,facebook\n' >"$OUT/nocountry.csv"
status 1 "roster without a country column" rs batch "$OUT/nocountry.csv" -o "$B/x"
has "$OUT/last.err" "the first row must name the columns: no country column"
printf 'name,country\n"A,DE\n' >"$OUT/badquote.csv"
status 1 "roster with an open quote" rs batch "$OUT/badquote.csv" -o "$B/x"
has "$OUT/last.err" "badquote.csv:2:1: error: quote out of place"

# The facilitator sheet a room can be run from: a running order (most
# important first), what to bring, each person's pages in the pack (each
# in their own paper size) and time per person, not one total.
R=$OUT/room
mkdir -p "$R"
printf 'name,country,state,platforms\nAna,DE,,facebook\nBo,US,US-TX,instagram\nCy,GB,,\n' >"$R/room.csv"
status 0 "batch: a mixed room" rs batch "$R/room.csv" -o "$R/out" --combined "$R/pack.pdf"
pdftotext -layout -l 4 "$R/pack.pdf" "$R/sheet.txt"
has "$R/sheet.txt" "Running order for the room"
has "$R/sheet.txt" "1. META-01 Object on Facebook (10 min) · 2 of 3 people"
has "$R/sheet.txt" "Ready before you start"
has "$R/sheet.txt" "Access to their email: everyone"
has "$R/sheet.txt" "A typical checklist here takes about"
lacks "$R/sheet.txt" "Together they hold"
# Each "pages N to M" is where that person's checklist starts.
for who in Ana Bo Cy; do
	p=$(sed -n "s/.* $who (.*) · pages \([0-9]*\) to.*/\1/p" "$R/sheet.txt")
	if [ -n "$p" ] && pdftotext -f "$p" -l "$p" "$R/pack.pdf" - |
	    grep -q "A privacy checklist for $who"; then pass
	else fail "pack: $who's checklist is not on page '$p'"; fi
	paper=$(sed -n "s/.* $who (.*) · pages [0-9]* to [0-9]* · \(.*\)$/\1/p" "$R/sheet.txt")
	size=$(pdfinfo -f "$p" -l "$p" "$R/pack.pdf" 2>/dev/null | awk '/^Page.*size/ { print $4 "x" $6 }')
	case "$paper:$size" in
	"A4:595.276x841.89"|"US Letter:612x792") pass ;;
	*) fail "pack: $who's page $p is $size, the sheet says $paper" ;;
	esac
done
