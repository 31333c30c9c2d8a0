#!/bin/sh
# Input hardening (issue 10): no input can hang a command, take
# quadratic time, deceive a reader, or flood or steer the terminal.
# Sourced by tests/run.sh, which provides rs, pass, fail, has, lacks,
# status and check.

I=$OUT/input
rm -rf "$I"
mkdir -p "$I"

# nohang NAME WANT COMMAND...: exits WANT within 10 s (a hang is 124).
nohang() {
	want=$1; name=$2; shift 2
	# valgrind runs a big input twenty times slower: a hang is still
	# told from slowness at two minutes.
	timeout ${VALGRIND:+12}10 ${VALGRIND:-} "$@" >"$OUT/last.out" 2>"$OUT/last.err"
	got=$?
	if [ "$got" -eq "$want" ]; then pass
	else fail "$name: exit $got, want $want"; head -3 "$OUT/last.err"; fi
}

# Only regular files are opened: a FIFO named like a guide, profile,
# template or font must be refused at once, naming the file.
mkdir -p "$I/fifo"
cp guides/rights-eu.xml "$I/fifo/"
mkfifo "$I/fifo/zz.xml"
nohang 1 "FIFO guide in a folder" "$RIGHTSHEET" validate "$I/fifo"
has "$OUT/last.err" "$I/fifo/zz.xml: error: not a regular file: it is a named pipe (FIFO)"
mkfifo "$I/profile.xml"
nohang 1 "FIFO profile" "$RIGHTSHEET" build --profile "$I/profile.xml" -o "$I/p.pdf"
has "$OUT/last.err" "$I/profile.xml: error: not a regular file"
mkdir -p "$I/xdg/rightsheet/templates"
mkfifo "$I/xdg/rightsheet/templates/mine.xml"
nohang 1 "FIFO template" env XDG_DATA_HOME="$(pwd)/$I/xdg" "$RIGHTSHEET" \
    build --country DE --template mine -o "$I/t.pdf"
has "$OUT/last.err" "templates/mine.xml: error: not a regular file"
# A data folder of symbolic links is fine; a FIFO font is not.
mkdir -p "$I/data/fonts"
ln -s "$(pwd)/guides" "$I/data/guides"
ln -s "$(pwd)/templates" "$I/data/templates"
for f in fonts/*.ttf; do ln -s "$(pwd)/$f" "$I/data/$f"; done
nohang 0 "data folder of symbolic links" env RIGHTSHEET_DATADIR="$I/data" \
    "$RIGHTSHEET" build --country DE -o "$I/links.pdf"
rm "$I/data/fonts/DejaVuSans.ttf"
mkfifo "$I/data/fonts/DejaVuSans.ttf"
nohang 3 "FIFO font" env RIGHTSHEET_DATADIR="$I/data" \
    "$RIGHTSHEET" build --country DE -o "$I/f.pdf"
has "$OUT/last.err" "fonts/DejaVuSans.ttf: error: cannot load a font: it is a named pipe (FIFO)"
[ ! -e "$I/f.pdf" ] && pass || fail "FIFO font: a PDF was written"

# Messages never pass a control character to the terminal: user data
# (a value, a file name) is escaped where messages are printed.
esc=$(printf '\033')
status 2 "escape in a value" rs build --country "${esc}[31mXX" -o "$I/e.pdf"
has "$OUT/last.err" 'unknown country: "\x1B[31mXX"'
if grep -q "$esc" "$OUT/last.err"; then fail "an escape byte reached the terminal"
else pass; fi
cp guides/rights-eu.xml "$I/${esc}]0;owned$(printf '\a')x.xml"
status 1 "escape in a file name" rs validate "$I/${esc}]0;owned$(printf '\a')x.xml" "$I/${esc}]0;owned$(printf '\a')x.xml"
has "$OUT/last.err" '\x1B]0;owned\x07x.xml'
if LC_ALL=C grep -q "$esc" "$OUT/last.err"; then fail "an escape byte in a file name reached the terminal"
else pass; fi
# C1 controls (U+009B is CSI) and invalid UTF-8 bytes.
status 2 "C1 and bad bytes in an option" rs build --country DE --paper "$(printf 'a\302\233b\377')" -o "$I/c.pdf"
has "$OUT/last.err" '"a\u{009B}b\xFF"'

# One bad value in a long roster: the first 20 messages of a kind, then
# one line with the count of the rest; the status still counts them all.
awk 'BEGIN { print "name,country"; for (i = 0; i < 500; i++) print "P" i ",XX" }' >"$I/roster.csv"
status 1 "roster of 500 bad rows" rs batch "$I/roster.csv" -o "$I/roster" --jobs 1
n=$(grep -c "error: unknown country" "$OUT/last.err")
[ "$n" -eq 20 ] && pass || fail "roster of 500 bad rows: $n messages, want 20"
has "$OUT/last.err" "rightsheet: note: more messages of this kind were not shown: 480 more like \"unknown country\""
[ "$(wc -l <"$OUT/last.err")" -le 60 ] && pass || fail "roster of 500 bad rows: $(wc -l <"$OUT/last.err") lines"
has "$OUT/last.err" "rightsheet: note: further messages of this kind are not shown: \"unknown country\""


# Many small guides merge in n log n time.  10,000 guides (the limit)
# declaring 200,000 platforms and topics: comparing each declaration
# with all kept so far took minutes; sorting takes a second.
# tgen DIR N DECL: N tiny guides, each declaring DECL platforms and as
# many topics of its own.
tgen() {
	mkdir -p "$1"
	awk -v dir="$1" -v n="$2" -v m="$3" 'BEGIN {
		for (g = 0; g < n; g++) {
			f = sprintf("%s/g%05d.xml", dir, g)
			printf "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<guide format=\"1\" id=\"g%d\" version=\"1\" xml:lang=\"en\" topic=\"t%d-0\" code=\"GG\" verified=\"2026-11-01\" recheck-by=\"2027-05-01\"><title>G</title><summary>S</summary><declare>", g, g > f
			for (i = 0; i < m; i++) printf "<platform id=\"p%d-%d\">P</platform>", g, i > f
			for (i = 0; i < m; i++) printf "<topic id=\"t%d-%d\">T</topic>", g, i > f
			printf "</declare><sources><source id=\"s\" kind=\"platform\" href=\"https://e.org/\">E</source></sources><items><step id=\"i%d\" sources=\"s\" verified=\"2026-11-01\"><title>T%d</title><p>P</p></step></items></guide>\n", g, g > f
			close(f)
		}
	}'
}
limit=10
[ -n "${VALGRIND:-}${SLOW:-}" ] && limit=120
case $RIGHTSHEET in *san*) limit=40 ;; esac
tgen "$I/many" 10000 10
nohang_s() {
	t0=$(date +%s)
	timeout "$limit" "$@" >"$OUT/last.out" 2>"$OUT/last.err"
	got=$?
	echo $(( $(date +%s) - t0 ))
	return $got
}
if s=$(nohang_s "$RIGHTSHEET" validate "$I/many"); then pass
else fail "10,000 guides, 200,000 declarations: validate: exit $?"; head -3 "$OUT/last.err"; fi
has "$OUT/last.out" "10000 guides, 10000 items: no errors"
echo "  10,000 guides, 200,000 declarations: validate $s s"
if s=$(nohang_s "$RIGHTSHEET" explain --guides "$I/many" --region EU); then pass
else fail "10,000 guides, 200,000 declarations: explain: exit $?"; head -3 "$OUT/last.err"; fi
echo "  10,000 guides, 200,000 declarations: explain $s s"
# One more is refused at once, naming the limit, before any is read.
tgen "$I/many1" 1 0
mv "$I/many1/g00000.xml" "$I/many/z.xml"
nohang 1 "10,001 guides" "$RIGHTSHEET" validate "$I/many"
has "$OUT/last.err" "many: error: too many guides for one run: more than 10000 files ending in .xml; split the guides"
rm -rf "$I/many" "$I/many1"

# The limits on items and rules: 101 guides of 1,000 items, then one
# guide whose one item holds 32 x 32 x 32 patterns, four times over.
awk -v dir="$I/items" 'BEGIN {
	system("mkdir -p " dir)
	for (g = 0; g < 101; g++) {
		f = sprintf("%s/g%03d.xml", dir, g)
		printf "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<guide format=\"1\" id=\"g%d\" version=\"1\" xml:lang=\"en\" topic=\"t\" code=\"GG\" verified=\"2026-11-01\" recheck-by=\"2027-05-01\"><title>G</title><summary>S</summary><declare><topic id=\"t\">T</topic></declare><sources><source id=\"s\" kind=\"platform\" href=\"https://e.org/\">E</source></sources><items>\n", g > f
		for (i = 0; i < 1000; i++)
			printf "<step id=\"g%d-%d\" sources=\"s\" verified=\"2026-11-01\"><title>T%d-%d</title><p>P</p></step>\n", g, i, g, i > f
		print "</items></guide>" > f
		close(f)
	}
}'
nohang 1 "101,000 items" "$RIGHTSHEET" validate "$I/items"
has "$OUT/last.err" "error: too many items for one run: 101000 items in 101 guides; the limit is 100000"
awk -v dir="$I/rules" 'BEGIN {
	system("mkdir -p " dir)
	for (g = 0; g < 4; g++) {
		f = sprintf("%s/g%d.xml", dir, g)
		printf "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<guide format=\"1\" id=\"g%d\" version=\"1\" xml:lang=\"en\" topic=\"t\" code=\"GG\" verified=\"2026-11-01\" recheck-by=\"2027-05-01\"><title>G</title><summary>S</summary><declare><topic id=\"t\">T</topic></declare><sources><source id=\"s\" kind=\"platform\" href=\"https://e.org/\">E</source></sources><items><step id=\"g%d\" sources=\"s\" verified=\"2026-11-01\"><title>T%d</title><p>P</p><when><all>\n", g, g, g > f
		for (i = 0; i < 32; i++) {
			printf "<any>" > f
			for (j = 0; j < 32; j++) {
				printf "<all>" > f
				for (k = 0; k < 32; k++)
					printf "<match field=\"country\" pattern=\"^D%d$\"/>", k > f
				printf "</all>\n" > f
			}
			printf "</any>\n" > f
		}
		print "</all></when></step></items></guide>" > f
		close(f)
	}
}'
nohang 1 "131,072 rules" "$RIGHTSHEET" validate "$I/rules"
has "$OUT/last.err" "error: too many rules for one run: 131072 <match> rules in 4 guides; the limit is 100000; use fewer, broader rules"
rm -rf "$I/items" "$I/rules"

# Coverage: 21 guides of 1,000 items, each with its own pattern, took
# 20 s and more; past 20,000 patterns the check is refused at once.
awk -v dir="$I/cover" 'BEGIN {
	system("mkdir -p " dir)
	for (g = 0; g < 21; g++) {
		f = sprintf("%s/g%03d.xml", dir, g)
		printf "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<guide format=\"1\" id=\"g%d\" version=\"1\" xml:lang=\"en\" topic=\"t\" code=\"GG\" verified=\"2026-11-01\" recheck-by=\"2027-05-01\"><title>G</title><summary>S</summary><declare><platform id=\"p\">P</platform><topic id=\"t\">T</topic></declare><sources><source id=\"s\" kind=\"platform\" href=\"https://e.org/\">E</source></sources><items>\n", g > f
		for (i = 0; i < 1000; i++)
			printf "<step id=\"g%d-%d\" sources=\"s\" verified=\"2026-11-01\"><title>T%d-%d</title><p>P</p><when><match field=\"country\" pattern=\"^(DE|X%d)$\"/></when></step>\n", g, i, g, i, g * 1000 + i > f
		print "</items></guide>" > f
		close(f)
	}
}'
nohang 1 "coverage of 21,000 patterns" "$RIGHTSHEET" validate --coverage "$I/cover"
has "$OUT/last.err" "error: the coverage check would take too long: 21000 different patterns; the limit is 20000"
[ "$(wc -l <"$OUT/last.err")" -eq 1 ] && pass || fail "coverage of 21,000 patterns: more than one message"
rm -rf "$I/cover"

# JSON output is valid even when a file name is not UTF-8: bad bytes
# are written as U+FFFD.  (python3 -m json.tool lets them through.)
mkdir -p "$I/json"
cp guides/rights-eu.xml "$I/json/$(printf 'r\377\303.xml')"
status 0 "explain --format json, a file name not UTF-8" rs explain --guides "$I/json" --region EU --format json
if python3 -c 'import json, sys; json.loads(sys.stdin.buffer.read().decode("utf-8", "strict"))' <"$OUT/last.out" 2>/dev/null
then pass; else fail "explain --format json: not valid UTF-8 JSON"; fi
has "$OUT/last.out" 'r\ufffd\ufffd.xml'
status 0 "list --format json, a file name not UTF-8" rs list --guides "$I/json" --format json
if python3 -c 'import json, sys; json.loads(sys.stdin.buffer.read().decode("utf-8", "strict"))' <"$OUT/last.out" 2>/dev/null
then pass; else fail "list --format json: not valid UTF-8 JSON"; fi

# White space around a link's href is dropped (xs:anyURI collapses it,
# so the schema let it through and the link and its QR code broke);
# white space inside is refused.
mkdir -p "$I/href"
sed -e 's|<link href="https://www.strava.com/settings/privacy"|<link href="  https://www.strava.com/settings/privacy\
   "|' -e 's|href="https://eur-lex.europa.eu/eli/reg/2016/679/oj"|href=" https://eur-lex.europa.eu/eli/reg/2016/679/oj "|' \
    doc/example-guide.xml >"$I/href/strava.xml"
status 0 "href with spaces around it" rs explain --guides "$I/href" --country DE --platforms strava --format json
has "$OUT/last.out" '"link":"https://www.strava.com/settings/privacy"'
has "$OUT/last.out" '"url":"https://eur-lex.europa.eu/eli/reg/2016/679/oj"'
status 0 "href with spaces around it: build" rs build --guides "$I/href" --country DE --platforms strava -o "$I/href.pdf"
qpdf --qdf --object-streams=disable "$I/href.pdf" "$I/href-qdf.pdf" 2>/dev/null
if grep -a -q '/URI (https://www.strava.com/settings/privacy)' "$I/href-qdf.pdf"; then pass
else fail "href with spaces around it: the PDF link is not the trimmed address"; fi
if command -v zbarimg >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; then
	pdftoppm -r 150 -png "$I/href.pdf" "$I/href-page"
	if zbarimg -q --raw "$I"/href-page*.png 2>/dev/null | grep -q -x 'https://www.strava.com/settings/privacy'
	then pass; else fail "href with spaces around it: the QR code is not the trimmed address"; fi
fi
sed 's|<link href="https://www.strava.com/settings/privacy"|<link href="https://www.strava.com/settings/ privacy"|' \
    doc/example-guide.xml >"$I/href/strava.xml"
status 1 "href with a space inside" rs validate "$I/href"
has "$OUT/last.err" "strava.xml:"

# Declarations are gathered by sorting now: the first of each id still
# wins, and a later one with another name still gets its warning, in
# the order of the guides.
mkdir -p "$I/decl"
for g in a b c; do
	case $g in b) name="Face Book" ;; *) name="Facebook" ;; esac
	cat >"$I/decl/$g.xml" <<EOG
<?xml version="1.0" encoding="UTF-8"?>
<guide format="1" id="g$g" version="1" xml:lang="en" topic="t" code="GG" order="$(printf '%s' "$g" | tr abc 123)" verified="2026-11-01" recheck-by="2027-05-01">
<title>G</title><summary>S</summary>
<declare><platform id="zz">Zed $g</platform><platform id="fb">$name</platform><topic id="t">T</topic></declare>
<sources><source id="s" kind="platform" href="https://example.org/">E</source></sources>
<items><step id="i$g" sources="s" verified="2026-11-01"><title>T$g</title><p>P</p></step></items></guide>
EOG
done
status 0 "declarations gathered" rs list --guides "$I/decl"
has "$OUT/last.out" "Facebook"
lacks "$OUT/last.out" "Face Book"
has "$OUT/last.out" "Zed a"
lacks "$OUT/last.out" "Zed b"
[ "$(grep -c 'declared again' "$OUT/last.err")" -eq 3 ] && pass ||
    fail "declarations gathered: $(grep -c 'declared again' "$OUT/last.err") warnings, want 3"
if grep 'declared again' "$OUT/last.err" | sed 's/^rightsheet: [^ ]*\/\([abc]\.xml\):4: .*"\([a-z]*\)" is "\([^"]*\)" at .*\/\([abc]\.xml\):4;.*/\1 \2 \3 \4/' |
    tr '\n' '|' | grep -q -x 'b.xml zz Zed a a.xml|b.xml fb Facebook a.xml|c.xml zz Zed a a.xml|'
then pass; else fail "declarations gathered: warnings wrong or out of order"; grep 'declared again' "$OUT/last.err"; fi
