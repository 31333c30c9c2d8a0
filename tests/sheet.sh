#!/bin/sh
# Spreadsheet rosters: .ods and .xlsx saved by LibreOffice give the same
# PDFs as the CSV of the same rows; --sheet; and hostile or damaged
# files are refused with their message, their exit status and nothing
# written.  Sourced by tests/run.sh after tests/batch.sh, which provides
# rs, pass, fail, has, lacks, status and check.

S=$OUT/sheet
rm -rf "$S"
mkdir -p "$S"
F=tests/fixtures/rosters
TOP=$(pwd)
SA=$TOP/$S

# same_pdfs A B: every PDF in folder A is in B with the same text and,
# with SOURCE_DATE_EPOCH set, the same bytes; and B has no others.
same_pdfs() {
	sp_ok=yes
	for f in "$1"/*.pdf; do
		g=$2/$(basename "$f")
		if [ ! -f "$g" ]; then sp_ok="no: $(basename "$f") missing"; break; fi
		if [ "$(pdftotext "$f" - 2>/dev/null)" != "$(pdftotext "$g" - 2>/dev/null)" ]; then
			sp_ok="no: $(basename "$f") text differs"; break
		fi
		cmp -s "$f" "$g" || { sp_ok="no: $(basename "$f") bytes differ"; break; }
	done
	[ "$(ls "$1" | wc -l)" -eq "$(ls "$2" | wc -l)" ] || sp_ok="no: $(ls "$1" | wc -l) files, then $(ls "$2" | wc -l)"
	[ "$sp_ok" = yes ] && pass || fail "$3: $sp_ok"
}

# refused WANT NAME FILE TEXT [ARGS]: batch exits WANT with TEXT in its
# messages, and makes neither the output folder nor a pack.
refused() {
	rf_want=$1 rf_name=$2 rf_file=$3 rf_text=$4
	shift 4
	rm -rf "$S/no" "$S/no.pdf"
	status "$rf_want" "$rf_name" rs batch "$rf_file" -o "$S/no" --combined "$S/no.pdf" "$@"
	has "$OUT/last.err" "$rf_text"
	[ ! -e "$S/no" ] && [ ! -e "$S/no.pdf" ] && pass || fail "$rf_name: something was written"
}

# The same rows as tests/fixtures/roster.csv, as LibreOffice saves them.
status 1 "csv roster" rs batch tests/fixtures/roster.csv -o "$S/csv" --combined "$S/csv.pdf" --jobs 2
for k in ods xlsx; do
	status 1 "$k roster" rs batch $F/roster.$k -o "$S/$k" --combined "$S/$k.pdf" --jobs 2
	# The same rows are refused, named by row and column of the sheet.
	has "$OUT/last.err" "roster.$k:4:2: error: unknown country: \"XX\""
	# An unknown platform costs one cell, not the person (tests/roster.sh).
	has "$OUT/last.err" "roster.$k:7:4: warning: unknown platform, left out of this person's checklist: \"myspace\" in row 6"
	has "$OUT/last.err" "wrote 6 of 7 checklists"
	same_pdfs "$S/csv" "$S/$k" "$k roster: the same checklists as the CSV"
	check "$k roster: the same pack as the CSV" cmp "$S/csv.pdf" "$S/$k.pdf"
done
# What the PDFs hold, so that "the same" is not the same nothing.
has "$S/xlsx/1-maria-garcia.pdf" "A privacy checklist for Maria García"
has "$S/ods/4-multi-line-name.pdf" "Privacy checklist for people in the United Kingdom"
check "ods: a two-paragraph cell is one name" sh -c "pdftotext -f 1 -l 4 '$S/ods.pdf' - | grep -F -q 'Multi line \"name\" (4-multi-line-name.pdf)'"

# Cells of every kind a facilitator's sheet has, against LibreOffice's
# own CSV of the same sheet: bold words, runs of spaces, a line break,
# a number, a formula, a note far right of the header.
status 0 "kinds: LibreOffice's CSV" rs batch $F/kinds.csv -o "$S/kinds-csv"
for k in ods xlsx; do
	status 0 "kinds: $k" rs batch $F/kinds.$k -o "$S/kinds-$k"
	same_pdfs "$S/kinds-csv" "$S/kinds-$k" "kinds: $k and LibreOffice's CSV"
done
has "$S/kinds-ods/2-ana-ruiz.pdf" "You said you have 45 minutes"
has "$S/kinds-xlsx/1-jean-luc-picard.pdf" "You said you have 30 minutes"
has "$S/kinds-ods/3-li-wei.pdf" "Li Wei"

# By content, not by name: an .xlsx without its extension is read.
cp $F/roster.xlsx "$S/roster-from-mail"
status 1 "xlsx without an extension" rs batch "$S/roster-from-mail" -o "$S/noext"
same_pdfs "$S/csv" "$S/noext" "xlsx without an extension"

# --sheet: the first sheet is notes, the roster is "Room B".
for k in ods xlsx; do
	status 1 "$k: the first sheet by default" rs batch $F/two-sheets.$k -o "$S/first-$k"
	has "$OUT/last.err" "two-sheets.$k:1: error: the first row must name the columns: no country column"
	status 0 "$k: --sheet 'Room B'" rs batch $F/two-sheets.$k --sheet "Room B" -o "$S/b-$k"
	has "$OUT/last.err" "wrote 3 of 3 checklists"
	refused 2 "$k: --sheet that is not there" $F/two-sheets.$k \
	    "two-sheets.$k: error: no sheet of that name: \"Room C\"; the sheets are: \"Notes\", \"Room B\"" --sheet "Room C"
done
same_pdfs "$S/b-ods" "$S/b-xlsx" "--sheet: ods and xlsx"
# Calc and Excel do not let two names differ only in case.
status 0 "--sheet in other case" rs batch $F/two-sheets.xlsx --sheet "room b" -o "$S/b-case"
same_pdfs "$S/b-xlsx" "$S/b-case" "--sheet in other case"
# A formula's stored value; a number as written; an empty row skipped.
has "$S/b-ods/1-ana-lopez.pdf" "Ana Lopez"
has "$S/b-xlsx/1-ana-lopez.pdf" "You said you have 1 hour 30 minutes"
has "$S/b-xlsx/3-zoe.pdf" "You said you have 45 minutes"
lacks "$S/b-xlsx/2-bo.pdf" "You said you have"
refused 2 "--sheet with a CSV roster" tests/fixtures/roster.csv "--sheet applies only to .ods and .xlsx rosters" --sheet x

# Edits of LibreOffice's own content.xml, zipped back as it zips.
unpack() { rm -rf "$SA/u" && mkdir -p "$SA/u" && (cd "$SA/u" && unzip -q "$TOP/$F/roster.ods"); }
repack() {
	rm -f "$SA/$1"
	(cd "$SA/u" && zip -q -X -0 "$SA/$1" mimetype && zip -q -X -r "$SA/$1" . -x mimetype)
}
# LibreOffice's empty tail: a million rows of 1024 empty cells, nothing.
unpack
sed -i 's|</table:table>|<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>|' "$SA/u/content.xml"
repack tail.ods
status 1 "ods: an empty tail of a million rows" rs batch "$S/tail.ods" -o "$S/tail"
same_pdfs "$S/csv" "$S/tail" "ods with an empty tail"
# A row with text repeated a million times, a cell two million times.
unpack
sed -i 's|</table:table>|<table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="string"><text:p>Al</text:p></table:table-cell><table:table-cell><text:p>DE</text:p></table:table-cell></table:table-row></table:table>|' "$SA/u/content.xml"
repack rows.ods
refused 1 "ods: a row repeated a million times" "$S/rows.ods" "the sheet is larger than a roster can be: more than 100000 rows with text, in sheet \"roster\""
unpack
sed -i 's|<text:p>Ana</text:p></table:table-cell>|<text:p>Ana</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2000000"><text:p>x</text:p></table:table-cell>|' "$SA/u/content.xml"
repack cols.ods
refused 1 "ods: a cell repeated two million times" "$S/cols.ods" "cols.ods:4: error: the sheet is larger than a roster can be: a cell past column 16384, in sheet \"roster\""
unpack
sed -i 's|<text:p>Ana</text:p>|<text:p>Ana<text:s text:c="2000000000"/></text:p>|' "$SA/u/content.xml"
repack spaces.ods
refused 1 "ods: two billion spaces" "$S/spaces.ods" "spaces.ods:4:1: error: the sheet is larger than a roster can be: a cell longer than 32767 bytes, in sheet \"roster\""
unpack
sed -i 's|^<?xml version="1.0" encoding="UTF-8"?>|&<!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "\&a;\&a;\&a;\&a;\&a;\&a;\&a;\&a;\&a;\&a;">]>|' "$SA/u/content.xml"
repack doctype.ods
refused 1 "ods: a DOCTYPE in content.xml" "$S/doctype.ods" "doctype.ods(content.xml):1: error: DOCTYPE declarations are not allowed"

# What other writers of .xlsx do, in LibreOffice's roster.xlsx: an
# absolute Target, an inline string, a phonetic run (not shown), cells
# without a reference (the next column), a rich shared string.
rm -rf "$SA/x" && mkdir -p "$SA/x" && (cd "$SA/x" && unzip -q "$TOP/$F/roster.xlsx")
sed -i 's|Target="worksheets/sheet1.xml"|Target="/xl/worksheets/sheet1.xml"|' "$SA/x/xl/_rels/workbook.xml.rels"
sed -i -e 's|<c r="B4" s="0" t="s"><v>17</v></c>|<c r="B4" t="inlineStr"><is><r><t>X</t></r><r><t>X</t></r></is></c>|' \
    -e 's|<c r="A2" s="0" t="s"><v>8</v></c><c r="B2" s="0" t="s"><v>9</v></c>|<c t="s"><v>8</v></c><c t="s"><v>9</v></c>|' \
    "$SA/x/xl/worksheets/sheet1.xml"
sed -i 's|<si><t xml:space="preserve">ES</t></si>|<si><r><t>E</t></r><r><t>S</t></r><rPh sb="0" eb="2"><t>ZZ</t></rPh></si>|' "$SA/x/xl/sharedStrings.xml"
rm -f "$SA/excel.xlsx"
(cd "$SA/x" && zip -q -X -r "$SA/excel.xlsx" '[Content_Types].xml' _rels docProps xl)
status 1 "xlsx as other programs write it" rs batch "$S/excel.xlsx" -o "$S/excel"
has "$OUT/last.err" "excel.xlsx:4:2: error: unknown country: \"XX\""
same_pdfs "$S/csv" "$S/excel" "xlsx as other programs write it"

# Zip bombs: too large unpacked, or packed too tightly.
unpack
head -c 70000000 /dev/zero | tr '\0' ' ' >"$SA/u/content.xml"
repack big.ods
refused 1 "zip bomb: 70 MB unpacked" "$S/big.ods" "big.ods: error: a part of the spreadsheet unpacks too large: content.xml would be 66 MB, more than 64"
# The same, claiming to unpack to 1 kB: the bytes are counted as read.
cp "$S/big.ods" "$S/lie.ods"
lh=$(LC_ALL=C grep -a -b -o 'content\.xml' "$S/lie.ods" | head -1 | cut -d: -f1)
cd=$(LC_ALL=C grep -a -b -o 'content\.xml' "$S/lie.ods" | tail -1 | cut -d: -f1)
# The sizes: 8 bytes before the name in the local header, 22 in the
# central directory; 1024 in little-endian.
printf '\000\004\000\000' | dd of="$S/lie.ods" bs=1 seek=$((lh - 8)) conv=notrunc 2>/dev/null
printf '\000\004\000\000' | dd of="$S/lie.ods" bs=1 seek=$((cd - 22)) conv=notrunc 2>/dev/null
refused 1 "zip bomb that lies about its size" "$S/lie.ods" "lie.ods: error: a part of the spreadsheet unpacks too large: content.xml unpacks to more than 64 MB"
head -c 5000000 /dev/zero | tr '\0' ' ' >"$SA/u/content.xml"
repack ratio.ods
refused 1 "zip bomb: 5 MB from a few kB" "$S/ratio.ods" "ratio.ods: error: a part of the spreadsheet unpacks too large: content.xml packs 4 MB into"

# Damaged: cut short, and with bytes overwritten inside a part.
head -c 3000 $F/roster.xlsx >"$S/cut.xlsx"
refused 1 "xlsx cut short" "$S/cut.xlsx" "cut.xlsx: error: cannot read the spreadsheet's zip container: the file is cut short or damaged"
cp $F/roster.xlsx "$S/flipped.xlsx"
off=$(unzip -v $F/roster.xlsx | awk '$NF == "xl/worksheets/sheet1.xml" { print $3 }')
# 30 bytes of header and the name (24 bytes) in, then into the data.
start=$(LC_ALL=C grep -a -b -o 'xl/worksheets/sheet1.xml' $F/roster.xlsx | head -1 | cut -d: -f1)
printf 'XXXXXXXXXXXXXXXX' | dd of="$S/flipped.xlsx" bs=1 seek=$((start + 24 + 200)) conv=notrunc 2>/dev/null
refused 1 "xlsx with a damaged part ($off bytes packed)" "$S/flipped.xlsx" "flipped.xlsx: error: cannot read the spreadsheet's zip container: xl/worksheets/sheet1.xml:"

# Names that lie, and things that are not spreadsheets.
cp $F/roster.xlsx "$S/room.csv"
refused 1 "an .xlsx named .csv" "$S/room.csv" "room.csv: error: the file's name does not match what it holds: named .csv, but it is an Excel workbook (.xlsx)"
cp tests/fixtures/roster.csv "$S/room.xlsx"
refused 1 "a CSV named .xlsx" "$S/room.xlsx" "room.xlsx: error: the file's name does not match what it holds: named .xlsx, but it holds text (a CSV file?)"
cp $F/roster.ods "$S/room2.xlsx"
refused 1 "an .ods named .xlsx" "$S/room2.xlsx" "named .xlsx, but it is an OpenDocument spreadsheet (.ods)"
(cd "$SA" && rm -f notes.zip && cp "$TOP/tests/fixtures/roster-good.csv" notes.txt && zip -q notes.zip notes.txt)
refused 1 "a zip of a text file" "$S/notes.zip" "notes.zip: error: a zip file, but not a spreadsheet"
printf '\320\317\021\340\241\261\032\341rest of an old workbook' >"$S/old.xls"
refused 1 "an Excel 97-2003 file" "$S/old.xls" "old.xls: error: an Excel 97-2003 workbook (.xls) or a password-protected workbook cannot be read"
: >"$S/empty.ods"
refused 1 "an empty .ods" "$S/empty.ods" "named .ods, but it holds nothing"

# libzip is opened only when a spreadsheet is read (src/sheet.c): the
# program itself does not load it, and a machine without it is told
# what to install, with status 3 and nothing written.  A dlopen that
# always fails stands in for the missing library; sanitizer runtimes
# must come first in a process, so the plain build only.
if ldd "$RIGHTSHEET" 2>/dev/null | grep -q 'libzip\|libcrypto'; then
	fail "rightsheet loads libzip at start: $(ldd "$RIGHTSHEET" | grep 'libzip\|libcrypto' | tr -s ' \t' ' ')"
else pass; fi
if ! nm "$RIGHTSHEET" 2>/dev/null | grep -q __asan_init && [ -z "${VALGRIND:-}" ] &&
    command -v cc >/dev/null 2>&1; then
	printf '%s\n' '#include <stddef.h>' \
	    'void *dlopen(const char *f, int m) { (void)f; (void)m; return NULL; }' \
	    'char *dlerror(void) { return "libzip.so.4: cannot open shared object file"; }' >"$S/nodl.c"
	if cc -shared -fPIC -o "$S/nodl.so" "$S/nodl.c" 2>/dev/null; then
		rm -rf "$S/no"
		status 3 "ods roster without libzip" env LD_PRELOAD="$SA/nodl.so" "$RIGHTSHEET" batch $F/roster.ods -o "$S/no"
		has "$OUT/last.err" "cannot load the zip library that reads spreadsheets"
		has "$OUT/last.err" "sudo apt install libzip4"
		[ ! -e "$S/no" ] && pass || fail "ods roster without libzip: something was written"
	fi
fi
