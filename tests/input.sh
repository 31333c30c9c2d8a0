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
	timeout 10 ${VALGRIND:-} "$@" >"$OUT/last.out" 2>"$OUT/last.err"
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
has "$OUT/last.err" 'unknown country code: "\x1B[31mXX"'
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
n=$(grep -c "error: unknown country code" "$OUT/last.err")
[ "$n" -eq 20 ] && pass || fail "roster of 500 bad rows: $n messages, want 20"
has "$OUT/last.err" "rightsheet: note: more messages of this kind were not shown: 480 more like \"unknown country code\""
[ "$(wc -l <"$OUT/last.err")" -le 60 ] && pass || fail "roster of 500 bad rows: $(wc -l <"$OUT/last.err") lines"
