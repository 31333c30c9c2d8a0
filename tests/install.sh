#!/bin/sh
# make install into a temporary PREFIX: the program runs from another
# folder and finds its data; make uninstall leaves nothing behind.
# Sourced by tests/run.sh (normal build only: it installs ./rightsheet).

P=$(pwd)/$OUT/prefix
rm -rf "$P"
if make -s install PREFIX="$P" >"$OUT/install.log" 2>&1; then pass
else fail "make install: $(tail -3 "$OUT/install.log")"; fi
for f in bin/rightsheet share/man/man1/rightsheet.1 \
    share/man/man5/rightsheet-guide.5 \
    share/bash-completion/completions/rightsheet \
    share/rightsheet/guides/meta-ai.xml share/rightsheet/guides/schema/guide.xsd \
    share/rightsheet/templates/standard.xml share/rightsheet/fonts/DejaVuSans.ttf; do
	[ -f "$P/$f" ] && pass || fail "make install: $f missing"
done
(cd / && env -u RIGHTSHEET_DATADIR "$P/bin/rightsheet" build --country IE \
    --platforms instagram -o "$P/ie.pdf") >"$OUT/install.log" 2>&1 &&
    [ -s "$P/ie.pdf" ] && pass || fail "installed program: $(tail -2 "$OUT/install.log")"
has "$P/ie.pdf" "Ireland (EU)"
rm -f "$P/ie.pdf"
# DESTDIR, for packagers: the same tree under a staging root.
make -s install PREFIX=/usr/local DESTDIR="$P/stage" >/dev/null 2>&1
[ -f "$P/stage/usr/local/bin/rightsheet" ] && pass || fail "make install DESTDIR"
make -s uninstall PREFIX=/usr/local DESTDIR="$P/stage" >/dev/null 2>&1
make -s uninstall PREFIX="$P" >/dev/null 2>&1
left=$(find "$P" -type f | head -3)
[ -z "$left" ] && pass || fail "make uninstall left: $left"
rm -rf "$P"
