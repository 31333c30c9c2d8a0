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
rule 'libxml/' 'load[a-z_]*\.[ch]|sheet_(xml|ods|xlsx)\.[ch]'
rule 'zip\.h' 'sheet\.c'
rule 'pcre2\.h' 'rules\.c'
rule 'hpdf' 'pdf[a-z_]*\.[ch]'
rule 'hb(-subset)?\.h' 'pdf_subset(_cmap)?\.[ch]'
rule 'qrencode\.h' 'pdf_qr\.c'
rule 'zlib\.h' 'pdf_deflate\.c'
# Layout is measured through struct metrics, never through libharu.
if grep -q -E '#include "(pdf|load)' src/layout*.c; then
	fail "header rules: layout includes pdf.h or load.h"
else pass; fi
# Every libharu call is checked: made through HP() or HPP() (pdf_int.h),
# bar the few that cannot fail.  A call on a line of its own, or after
# anything but "HP(" or "HPP(", is a call nobody checks.
unchecked=$(grep -n -E '\bHPDF_[A-Za-z_]+\(' src/pdf*.c |
    grep -v -E '\bHPP?\(HPDF_[A-Za-z_]+\(' |
    grep -v -E 'HPDF_(Free|TTFontDef_GetGlyphid|MemStream_FreeData|MemStream_GetBufCount|ReadFromStream)\(' |
    grep -v -E '^[^:]+:[0-9]+:(static |[a-zA-Z_]+\*? *$|\s*/?\*)' || true)
if [ -z "$unchecked" ]; then pass
else fail "libharu calls not made through HP()/HPP(): $unchecked"; fi
# The text device is a device: it knows layout, not libharu or the loader.
if grep -q -E '#include "(pdf|load)' src/dump.c src/dump.h; then
	fail "header rules: dump.c includes pdf.h or load.h"
else pass; fi
# What only a device knows stays out of layout: the BMP limit of
# libharu's two-byte codes, and libqrencode's version capacities.
if grep -q -i -E '0xffff|QRcode|ECLEVEL' src/layout*.c src/layout*.h; then
	fail "header rules: layout knows device facts (BMP limit or QR versions)"
else pass; fi
