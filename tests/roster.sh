#!/bin/sh
# Rosters as spreadsheets write them: delimiters, encodings, blank rows,
# bad cells that cost a cell and not a person, yes/no cells, defaults
# for every row.  The files in tests/fixtures/rosters/ were written by
# LibreOffice Calc (see its README).  Sourced by tests/run.sh after
# tests/batch.sh; uses rs, pass, fail, has, lacks, status and paper.

R=$OUT/roster
FX=tests/fixtures/rosters
rm -rf "$R"
mkdir -p "$R"

# same_pdfs A B NAME: folders A and B hold the same files, byte for byte.
same_pdfs() {
	sp_a=$(cd "$1" 2>/dev/null && ls)
	sp_b=$(cd "$2" 2>/dev/null && ls)
	if [ -z "$sp_a" ] || [ "$sp_a" != "$sp_b" ]; then
		fail "$3: files differ: [$sp_a] [$sp_b]"
		return
	fi
	for sp_f in $sp_a; do
		if cmp -s "$1/$sp_f" "$2/$sp_f"; then pass
		else fail "$3: $sp_f differs from the comma UTF-8 CSV's"; fi
	done
}

# The same six people, whatever Calc saved them as.
status 0 "roster: comma UTF-8 CSV" rs batch "$FX/comma-utf8.csv" -o "$R/comma" --jobs 2 --combined "$R/comma.pdf"
has "$OUT/last.err" "wrote 6 of 6 checklists"
lacks "$OUT/last.err" "warning"
for f in 1-maria-garcia 2-zoe-o-brien 3-jose-nunez 4-smith-john 5-soren-aero 6-jurgen-gross; do
	[ -s "$R/comma/$f.pdf" ] && pass || fail "roster: $f.pdf missing: $(ls "$R/comma")"
done
has "$R/comma/1-maria-garcia.pdf" "A privacy checklist for María García"
has "$R/comma/2-zoe-o-brien.pdf" "A privacy checklist for Zoë O'Brien"
# Row 3 says cover "no": the name is only on the facilitator sheet.
lacks "$R/comma/3-jose-nunez.pdf" "Ñúñez"
has "$R/comma.pdf" "José Ñúñez (3-jose-nunez.pdf)"
has "$R/comma.pdf" "Søren Ærø (5-soren-aero.pdf)"
has "$R/comma/6-jurgen-gross.pdf" "Jürgen Groß"

status 0 "roster: semicolon Windows-1252 CSV" rs batch "$FX/semicolon-1252.csv" -o "$R/semi" --encoding windows-1252 --jobs 2
lacks "$OUT/last.err" "warning"
same_pdfs "$R/comma" "$R/semi" "semicolon Windows-1252"
status 0 "roster: UTF-16 Unicode Text" rs batch "$FX/unicode-text.txt" -o "$R/u16" --jobs 2
lacks "$OUT/last.err" "warning"
same_pdfs "$R/comma" "$R/u16" "UTF-16 Unicode Text"
# Excel's CSV UTF-8 starts with a byte order mark and ends lines CRLF.
{ printf '\357\273\277'; sed 's/$/\r/' "$FX/comma-utf8.csv"; } >"$R/bom-crlf.csv"
status 0 "roster: UTF-8 with BOM and CRLF" rs batch "$R/bom-crlf.csv" -o "$R/bom" --jobs 2
same_pdfs "$R/comma" "$R/bom" "UTF-8 with BOM and CRLF"
# UTF-16 big-endian, from the little-endian file Calc wrote.
iconv -f UTF-16LE -t UTF-16BE "$FX/unicode-text.txt" >"$R/u16be.txt"
status 0 "roster: UTF-16BE with BOM" rs batch "$R/u16be.txt" -o "$R/u16be" --jobs 2
same_pdfs "$R/comma" "$R/u16be" "UTF-16BE"
# The semicolon inside "facebook;instagram" was quoted by Calc: a list.
has "$R/semi/1-maria-garcia.pdf" "Instagram"

# Not UTF-8 and no --encoding: which encoding it most likely is.
status 1 "roster: Windows-1252 without --encoding" rs batch "$FX/semicolon-1252.csv" -o "$R/no-enc"
has "$OUT/last.err" "semicolon-1252.csv:2:4: error: the roster is not UTF-8; it is most likely Windows-1252: byte 0xED; run again with --encoding windows-1252"
[ ! -e "$R/no-enc" ] && pass || fail "roster: a folder was made for a roster not read"
status 1 "roster: ISO-8859-1 without --encoding" rs batch "$FX/semicolon-latin1.csv" -o "$R/no-enc"
has "$OUT/last.err" "semicolon-latin1.csv:2:4: error: the roster is not UTF-8; it is most likely ISO-8859-1: byte 0xED; run again with --encoding iso-8859-1"
status 0 "roster: ISO-8859-1 with --encoding" rs batch "$FX/semicolon-latin1.csv" -o "$R/latin1" --encoding iso-8859-1
has "$R/latin1/1-maria-garcia.pdf" "A privacy checklist for María García"
[ -s "$R/latin1/2-zoe-lefevre.pdf" ] && pass || fail "roster: ISO-8859-1: $(ls "$R/latin1")"
status 0 "roster: ISO-8859-1 read as Windows-1252" rs batch "$FX/semicolon-latin1.csv" -o "$R/latin1b" --encoding windows-1252
same_pdfs "$R/latin1" "$R/latin1b" "ISO-8859-1 as Windows-1252"
# UTF-16 that lost its byte order mark.
tail -c +3 "$FX/unicode-text.txt" >"$R/bare16.txt"
status 1 "roster: UTF-16 without BOM" rs batch "$R/bare16.txt" -o "$R/x"
has "$OUT/last.err" "bare16.txt: error: the roster looks like UTF-16 without a byte order mark: every other byte is NUL: try --encoding utf-16le"
status 0 "roster: UTF-16 without BOM, named" rs batch "$R/bare16.txt" -o "$R/bare16" --encoding utf-16le --jobs 2
same_pdfs "$R/comma" "$R/bare16" "UTF-16LE named"
status 2 "roster: unknown encoding" rs batch "$FX/comma-utf8.csv" -o "$R/x" --encoding klingon
has "$OUT/last.err" "rightsheet: error: unknown encoding: \"klingon\""
status 2 "roster: --encoding for build" rs build --country DE --encoding utf-8 -o "$R/x.pdf"
# A byte order mark outranks the option, with a word.
status 0 "roster: BOM and --encoding" rs batch "$FX/unicode-text.txt" -o "$R/both" --encoding windows-1252
has "$OUT/last.err" "unicode-text.txt: warning: --encoding ignored: it starts with the byte order mark of UTF-16LE, not windows-1252"
# A byte the named encoding does not have (0x81 is unused in 1252).
printf 'name;country\nA\201b;DE\n' >"$R/b81.csv"
status 1 "roster: byte not in the encoding" rs batch "$R/b81.csv" -o "$R/x" --encoding windows-1252
has "$OUT/last.err" "b81.csv:2:2: error: the roster is not in the encoding given: byte 0x81 is not windows-1252"
# UTF-16 with half a surrogate pair, and with an odd number of bytes.
printf '\377\376c\000o\000u\000n\000t\000r\000y\000\n\000\000\330D\000E\000\n\000' >"$R/surrogate.txt"
status 1 "roster: a lone surrogate in UTF-16" rs batch "$R/surrogate.txt" -o "$R/x"
has "$OUT/last.err" "surrogate.txt:2:1: error: the roster is not in the encoding given: bytes 0x00 0xD8 are not UTF-16LE"
printf '\377\376c\000o\000u\000n\000t\000r\000y\000\n\000D\000E' >"$R/odd16.txt"
status 1 "roster: UTF-16 cut in a character" rs batch "$R/odd16.txt" -o "$R/x"
has "$OUT/last.err" "odd16.txt:2:2: error: the roster is not in the encoding given: the file ends inside a character of UTF-16LE"
printf 'name,country\nA\351,DE\n' >"$R/bad8.csv"
status 1 "roster: --encoding utf-8, not UTF-8" rs batch "$R/bad8.csv" -o "$R/x" --encoding utf-8
has "$OUT/last.err" "bad8.csv:2:2: error: text is not valid UTF-8: byte 0xE9"

# NUL bytes and columns named twice: refused with line and column.
printf 'name,country\nAna,DE\nB\000o,FR\n' >"$R/nul.csv"
status 1 "roster: NUL byte" rs batch "$R/nul.csv" -o "$R/x"
has "$OUT/last.err" "nul.csv:3:2: error: NUL byte in the roster"
printf 'name;Country;platforms; country \nAna;DE;facebook;FR\n' >"$R/dup.csv"
status 1 "roster: a column named twice" rs batch "$R/dup.csv" -o "$R/dup"
has "$OUT/last.err" "dup.csv:1:24: error: column named twice: \"country\" (also column 2)"
[ ! -e "$R/dup" ] && pass || fail "roster: PDFs made from a roster with a column named twice"
# Unnamed columns (Calc and Excel write them) are not columns.
printf 'name;country;;\nAna;DE;;\n' >"$R/unnamed.csv"
status 0 "roster: unnamed columns" rs batch "$R/unnamed.csv" -o "$R/unnamed"
lacks "$OUT/last.err" "unknown column"

# Blank rows, as Excel writes them (;;;; and CRLF), are not people.
printf ';;;\r\nname;country;platforms;cover\r\n;;;\r\nAna;DE;facebook;\r\n;;;\r\n\r\n"";;;\r\nBo;FR;;\r\n;;;\r\n;;;\r\n' >"$R/blank.csv"
status 0 "roster: blank rows" rs batch "$R/blank.csv" -o "$R/blank"
[ "$(ls "$R/blank" | tr '\n' ' ')" = "1-ana.pdf 2-bo.pdf " ] && pass || fail "roster: blank rows: $(ls "$R/blank")"
has "$OUT/last.err" "wrote 2 of 2 checklists"

# Blanks alone do not make a person either.
printf 'name,country\n  ,\t\nAna,DE\n , \n' >"$R/blanks.csv"
status 0 "roster: rows of blanks" rs batch "$R/blanks.csv" -o "$R/blanks"
[ "$(ls "$R/blanks")" = "1-ana.pdf" ] && pass || fail "roster: rows of blanks: $(ls "$R/blanks")"
# Excel's "sep=" line names the delimiter and is not the header.
printf 'sep=;\r\nname;country\r\nAna;DE\r\n' >"$R/sep.csv"
status 0 "roster: a sep= line" rs batch "$R/sep.csv" -o "$R/sep"
lacks "$OUT/last.err" "unknown column"
[ -s "$R/sep/1-ana.pdf" ] && pass || fail "roster: a sep= line: $(ls "$R/sep")"

# The delimiter is found in the header, outside quotes.
printf '"name,with;comma"\tcountry\nAna\tDE\n' >"$R/tab.csv"
status 0 "roster: tab-separated, delimiters in a quoted header" rs batch "$R/tab.csv" -o "$R/tab"
has "$OUT/last.err" "unknown column, ignored: \"name,with;comma\""
printf 'name,country\n"A"x,DE\n' >"$R/after.csv"
status 1 "roster: text after a closing quote" rs batch "$R/after.csv" -o "$R/x"
has "$OUT/last.err" "after.csv:2:4: error: quote out of place"

# Formula-looking cells are text, printed as typed; in messages,
# control characters are escaped.
printf 'name,country,platforms\n"=HYPERLINK(""http://evil.example"",""x"")",DE,facebook\n+1 Ann,DE,\n-Bo,FR,\n@SUM(A1),DE,\n' >"$R/formula.csv"
status 0 "roster: formula-looking cells" rs batch "$R/formula.csv" -o "$R/formula" --jobs 1
has_joined "$R/formula/1-hyperlink-http-evil-example-x.pdf" 'A privacy checklist for =HYPERLINK("http://evil.example","x")'
has "$R/formula/2-1-ann.pdf" "A privacy checklist for +1 Ann"
has "$R/formula/3-bo.pdf" "A privacy checklist for -Bo"
has "$R/formula/4-sum-a1.pdf" "A privacy checklist for @SUM(A1)"
printf 'name,country,platforms\nAna,=1+1,\nBo,DE,"face\033[31mbook\007"\n' >"$R/formula2.csv"
status 1 "roster: a formula as a country" rs batch "$R/formula2.csv" -o "$R/formula2" --jobs 1
has "$OUT/last.err" 'formula2.csv:2:5: error: unknown country'
has "$OUT/last.err" '"=1+1"'
has "$OUT/last.err" 'formula2.csv:3:7: warning: unknown platform, left out of this person'"'"'s checklist: "face\x1B[31mbook\x07" in row 2'
esc=$(printf '\033')
if LC_ALL=C grep -q "$esc" "$OUT/last.err"; then fail "roster: an escape byte from a cell reached the terminal"
else pass; fi

# A bad cell costs one cell, not a person: an unknown platform or topic
# is a warning naming row, column and the values known, the checklist
# is made with the rest, and the facilitator sheet says what is missing.
printf 'name,country,platforms,topics\nAna,DE,facebook;tiktok,\nBo,FR,myspace,rights\nCy,GB,instagram,"cooking, rights"\nDee,IE,,\n' >"$R/unknown.csv"
status 0 "roster: unknown platforms and topics" rs batch "$R/unknown.csv" -o "$R/unknown" --combined "$R/unknown.pdf" --jobs 2
has "$OUT/last.err" "unknown.csv:2:8: warning: unknown platform, left out of this person's checklist: \"tiktok\" in row 1, column platforms (known: chatgpt, claude, copilot, facebook,"
has "$OUT/last.err" "unknown.csv:3:7: warning: unknown platform, left out of this person's checklist: \"myspace\" in row 2, column platforms"
has "$OUT/last.err" "unknown.csv:4:17: warning: unknown topic, left out of this person's checklist: \"cooking\" in row 3, column topics (known: ai-training, data-brokers, exposure, leaving, rights)"
has "$OUT/last.err" "wrote 4 of 4 checklists"
lacks "$OUT/last.err" "error"
rs build --country DE --name Ana --platforms facebook -o "$R/ana-fb.pdf" 2>/dev/null
cmp -s "$R/ana-fb.pdf" "$R/unknown/1-ana.pdf" && pass || fail "roster: the known platform was not kept"
# Only unknown platforms: every platform, as with none named.
has "$R/unknown/2-bo.pdf" "Instagram"
has "$R/unknown/3-cy.pdf" "Your legal rights"
pdftotext -layout -l 6 "$R/unknown.pdf" "$R/unknown.txt"
has "$R/unknown.txt" "Left out of some checklists"
has "$R/unknown.txt" "Ana (1-ana.pdf): platform \"tiktok\""
has "$R/unknown.txt" "Bo (2-bo.pdf): platform \"myspace\"; no platform named is known, so it has every platform"
has "$R/unknown.txt" "Cy (3-cy.pdf): topic \"cooking\""
lacks "$R/unknown.txt" "Dee (4-dee.pdf):"
lacks "$R/unknown.txt" "Not in this pack"
# On paper, a value the font cannot draw or a bidi control is a "?":
# an unknown platform in another script must not cost the pack.
printf 'name,country,platforms\nAna,DE,\345\276\256\345\215\232 facebook\nBo,FR,"\342\200\256evil"\n' >"$R/script.csv"
status 0 "roster: unknown platforms in other scripts" rs batch "$R/script.csv" -o "$R/script" --combined "$R/script.pdf"
has "$OUT/last.err" 'script.csv:2:8: warning: unknown platform, left out of this person'"'"'s checklist: "微博" in row 1'
has "$OUT/last.err" '"\u{202E}evil" in row 2'
has "$R/script.pdf" 'Ana (1-ana.pdf): platform "??"'
has "$R/script.pdf" 'Bo (2-bo.pdf): platform "?evil"'

# Yes/no cells: the usual spellings, anything else refused with its
# line and column (a wrong guess could print a name).
printf 'name,country,cover\nYa,DE,y\nNa,DE,n\nTr,DE,TRUE\nFa,DE,False\nOn,DE,1\nOf,DE,0\nNo,DE, No \nMa,DE,maybe\nEm,DE,\n' >"$R/cover.csv"
status 1 "roster: cover yes/no" rs batch "$R/cover.csv" -o "$R/cover" --jobs 2
has "$OUT/last.err" "cover.csv:9:7: error: not yes or no: \"maybe\" in row 8, column cover"
has "$OUT/last.err" "wrote 8 of 9 checklists"
for who in 1-ya:Ya 3-tr:Tr 5-on:On 9-em:Em; do
	has "$R/cover/${who%%:*}.pdf" "A privacy checklist for ${who#*:}"
done
for who in 2-na:Na 4-fa:Fa 6-of:Of 7-no:No; do
	lacks "$R/cover/${who%%:*}.pdf" "A privacy checklist for ${who#*:}"
done
[ ! -e "$R/cover/8-ma.pdf" ] && pass || fail "roster: a row with a bad cover cell was made"

# Defaults for every row from the options; a cell wins over them.
printf 'name,country,paper,budget,template,topics\nAna,DE,,,,\nBo,DE,a4,1h,standard,exposure\n' >"$R/defaults.csv"
status 0 "roster: defaults" rs batch "$R/defaults.csv" -o "$R/defaults" --template large-print --paper letter --topics rights --budget 30m --jobs 1
rs build --country DE --name Ana --template large-print --paper letter --topics rights --budget 30m -o "$R/ana.pdf" 2>/dev/null
cmp -s "$R/ana.pdf" "$R/defaults/1-ana.pdf" && pass || fail "roster: the defaults were not used for row 1"
rs build --country DE --name Bo --paper a4 --topics exposure --budget 1h -o "$R/bo.pdf" 2>/dev/null
cmp -s "$R/bo.pdf" "$R/defaults/2-bo.pdf" && pass || fail "roster: the cells did not override the defaults in row 2"
[ "$(paper "$R/defaults/1-ana.pdf")" = "letter" ] && pass || fail "roster: --paper default ignored"
has "$R/defaults/1-ana.pdf" "You said you have 30 minutes"
# A topic default, and a row whose topics are all unknown keeps it.
printf 'name,country,topics\nAna,DE,cooking\n' >"$R/deftopic.csv"
status 0 "roster: unknown topics fall back to --topics" rs batch "$R/deftopic.csv" -o "$R/deftopic" --topics rights --combined "$R/deftopic.pdf"
rs build --country DE --name Ana --topics rights -o "$R/ana-rights.pdf" 2>/dev/null
cmp -s "$R/ana-rights.pdf" "$R/deftopic/1-ana.pdf" && pass || fail "roster: --topics not kept for a row of unknown topics"
has "$R/deftopic.pdf" "so it has the topics given for everyone"
# A bad default is a command-line error, said once, before any work.
printf 'name,country\nA,DE\nB,FR\nC,GB\n' >"$R/three.csv"
status 2 "roster: bad --paper default" rs batch "$R/three.csv" -o "$R/bad-default" --paper a5
[ "$(grep -c 'unknown paper size' "$OUT/last.err")" -eq 1 ] && pass || fail "roster: bad --paper said $(grep -c 'unknown paper size' "$OUT/last.err") times"
has "$OUT/last.err" "rightsheet: error: unknown paper size: \"a5\""
[ ! -e "$R/bad-default" ] && pass || fail "roster: work done before a bad default was refused"
status 2 "roster: bad --topics default" rs batch "$R/three.csv" -o "$R/bad-default" --topics cooking
has "$OUT/last.err" "rightsheet: error: unknown topic: \"cooking\""
status 2 "roster: bad --template default" rs batch "$R/three.csv" -o "$R/bad-default" --template fancy
has "$OUT/last.err" "rightsheet: error: unknown template: \"fancy\""
status 2 "roster: bad --budget default" rs batch "$R/three.csv" -o "$R/bad-default" --budget soon
has "$OUT/last.err" "rightsheet: error: not a length of time: \"soon\""
status 2 "roster: --platforms is not a batch option" rs batch "$R/three.csv" -o "$R/bad-default" --platforms facebook

# Too many cells: refused with the place, not read into memory.
awk 'BEGIN { printf "name,country"; for (i = 0; i < 1000001; i++) printf ",x"; print "" }' >"$R/wide.csv"
status 1 "roster: a million cells" rs batch "$R/wide.csv" -o "$R/x"
has "$OUT/last.err" "wide.csv:1:"
has "$OUT/last.err" "error: the roster has too many cells: more than 1000000 cells"
