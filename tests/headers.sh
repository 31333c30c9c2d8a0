#!/bin/sh
# Header rules: each third-party library is seen by its own files only,
# so that the rest of the program (and its tests) never depends on it.
# Sourced by tests/run.sh, which provides pass and fail.

# rule LIBRARY-HEADER-REGEX ALLOWED-FILES-REGEX
rule() {
	bad=$(grep -l -E "#include <($1)" src/*.c src/*.h | grep -v -E "^src/($2)$")
	if [ -z "$bad" ]; then pass
	else fail "header rules: $1 included by $(echo $bad)"; fi
}
rule 'libxml/' 'load[a-z_]*\.[ch]'
rule 'pcre2\.h' 'rules\.c'
rule 'hpdf' 'pdf[a-z_]*\.[ch]'
rule 'hb(-subset)?\.h' 'pdf_subset\.c'
rule 'qrencode\.h' 'pdf_qr\.c'
# Layout is measured through struct metrics, never through libharu.
if grep -q -E '#include "(pdf|load)' src/layout*.c; then
	fail "header rules: layout includes pdf.h or load.h"
else pass; fi
# The text device is a device: it knows layout, not libharu or the loader.
if grep -q -E '#include "(pdf|load)' src/dump.c src/dump.h; then
	fail "header rules: dump.c includes pdf.h or load.h"
else pass; fi
# What only a device knows stays out of layout: the BMP limit of
# libharu's two-byte codes, and libqrencode's version capacities.
if grep -q -i -E '0xffff|QRcode|ECLEVEL' src/layout*.c src/layout*.h; then
	fail "header rules: layout knows device facts (BMP limit or QR versions)"
else pass; fi
