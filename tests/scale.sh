#!/bin/sh
# Scale: 2,000 guides with 50,000 items load, validate and render, in
# time that grows about linearly (200 guides are the yardstick).
# Sourced by tests/run.sh, which provides rs, pass and fail.

# gen DIR NGUIDES: NGUIDES guides of 25 steps each.
gen() {
	mkdir -p "$1"
	awk -v dir="$1" -v n="$2" 'BEGIN {
		for (g = 0; g < n; g++) {
			f = sprintf("%s/g%04d.xml", dir, g)
			print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" > f
			printf "<guide format=\"1\" id=\"g%d\" version=\"1.0\" xml:lang=\"en\" topic=\"scale\" code=\"G%d\" verified=\"2026-11-01\" recheck-by=\"2027-05-01\">\n", g, g > f
			print "<title>Guide " g "</title><summary>Generated for the scale test.</summary>" > f
			print "<declare><platform id=\"facebook\">Facebook</platform><topic id=\"scale\">Scale</topic></declare>" > f
			print "<sources><source id=\"s1\" kind=\"platform\" href=\"https://example.org/\">Example</source></sources><items>" > f
			for (i = 0; i < 25; i++) {
				printf "<step id=\"g%d-i%d\" sources=\"s1\" verified=\"2026-11-01\" minutes=\"5\"><title>Step %d of guide %d</title>", g, i, i, g > f
				print "<p>Do the thing. This paragraph is long enough to wrap onto a second line, as real guides do.</p>" > f
				print "<when><match field=\"region\" pattern=\"^(EU|UK)$\"/></when></step>" > f
			}
			print "</items></guide>" > f
			close(f)
		}
	}'
}

# elapsed CMD...: run it, print milliseconds taken, keep its status.
elapsed() {
	t0=$(date +%s%N)
	"$@" >/dev/null 2>&1
	st=$?
	echo $(( ($(date +%s%N) - t0) / 1000000 ))
	return $st
}

small=$OUT/scale-200
big=$OUT/scale-2000
gen "$small" 200
gen "$big" 2000
if ms_small=$(elapsed rs build --guides "$small" --country DE -o "$OUT/scale-200.pdf"); then
	pass; else fail "scale: 200 guides did not build"; fi
if ms_big=$(elapsed rs build --guides "$big" --country DE -o "$OUT/scale-2000.pdf"); then
	pass; else fail "scale: 2,000 guides did not build"; fi
n=$(pdftotext "$OUT/scale-2000.pdf" - 2>/dev/null | grep -c 'Step 24 of guide')
[ "$n" -eq 2000 ] && pass || fail "scale: $n of 2,000 guides printed"
echo "  200 guides: $ms_small ms; 2,000 guides: $ms_big ms"
# Linear would be 10x; quadratic 100x.  Allow noise, catch the blow-up.
[ "$ms_big" -le $((ms_small * 30 + 1000)) ] && pass ||
    fail "scale: 10x the guides took $ms_big ms vs $ms_small ms"
rm -rf "$small" "$big" "$OUT"/scale-*.pdf
