#!/bin/sh
# End-to-end tests: build real PDFs and check what a reader would see.
# Run from the top of the source tree (make check does).
set -u

RIGHTSHEET=${RIGHTSHEET:-./rightsheet}
UNIT=${UNIT:-build/unit-run}
# make valgrind sets VALGRIND to run every command under it.
rs() { ${VALGRIND:+$VALGRIND --log-file=$SAN/vg.%p} "$RIGHTSHEET" "$@"; }
OUT=tests/out
rm -rf "$OUT"
mkdir -p "$OUT"
export SOURCE_DATE_EPOCH=1795305600	# 22 November 2026
# The guide cache of the tests, never the user's (tests/cache.sh).
export XDG_CACHE_HOME="$(pwd)/$OUT/cache"

# Sanitizer and valgrind findings fail the run whatever a test expected
# of the exit status (a hostile input exits 1, and so could a leak): each
# report goes to a file of its own under $SAN, and every file there is a
# failure.  The exit status of a finding is its own too.
SAN=$(pwd)/$OUT/sanitizer
mkdir -p "$SAN"
export ASAN_OPTIONS="log_path=$SAN/asan:exitcode=86:detect_leaks=1:abort_on_error=0"
export UBSAN_OPTIONS="log_path=$SAN/ubsan:exitcode=87:halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="exitcode=86"
san_check() {
	for f in "$SAN"/*; do
		case $f in *.seen) continue ;; esac
		[ -s "$f" ] || continue
		fail "sanitizer or valgrind finding ($1): $(grep -m1 -E 'ERROR|runtime error|definitely|Invalid|uninitialised' "$f" || head -1 "$f")"
		mv "$f" "$f.seen"
	done
}
# section NAME: a heading; findings so far belong to the one before.
section_name=start
section() { san_check "$section_name"; section_name=$1; echo "$1:"; }

passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); printf 'FAIL: %s\n' "$*"; }

# check NAME COMMAND...: the command must succeed.
check() {
	name=$1; shift
	if "$@" >/dev/null 2>&1; then pass; else fail "$name"; fi
}

# has FILE TEXT / lacks FILE TEXT: text of a PDF (or a text file).
# What a reader sees, with the page's typography folded back to the
# keyboard's (curly quotes, apostrophes, menu arrows, no-break spaces:
# typo.c), so that tests quote guides as they are written.  tests/
# typography.sh checks the typography itself.
plain() {
	sed -e "s/[‘’‚]/'/g" -e 's/[“”„]/"/g' -e 's/«\xc2\xa0/"/g' \
	    -e 's/\xc2\xa0»/"/g' -e 's/\xc2\xa0›/ >/g' -e 's/›/>/g' \
	    -e 's/\xc2\xa0/ /g'
}
text_of() {
	case $1 in
	*.pdf) pdftotext -layout "$1" - 2>/dev/null | plain | tr -s ' \n' '  ' ;;
	*) plain <"$1" | tr -s ' \n' '  ' ;;
	esac
}
# A PDF prints web addresses without "https://" (typo_address()):
# tests quote them whole, as the guides and the links hold them.
printed() {
	case $1 in
	*.pdf) printf '%s' "${2#https://}" ;;
	*) printf '%s' "$2" ;;
	esac
}
has() {
	if text_of "$1" | grep -F -q -- "$(printed "$1" "$2")"; then pass
	else fail "$1 should contain: $2"; fi
}
lacks() {
	if text_of "$1" | grep -F -q -- "$(printed "$1" "$2")"; then
		fail "$1 should not contain: $2"
	else pass; fi
}

# status WANT NAME COMMAND...: the command exits with WANT.
# has_joined FILE TEXT: like has, with all white space removed from
# both, for addresses that a narrow column breaks over lines.
has_joined() {
	case $1 in
	*.pdf) hj_t=$(pdftotext "$1" - 2>/dev/null | plain | tr -d ' \n') ;;
	*) hj_t=$(plain <"$1" | tr -d ' \n') ;;
	esac
	if printf '%s' "$hj_t" |
	    grep -F -q -- "$(printed "$1" "$2" | tr -d ' ')"
	then pass
	else fail "$1 should contain (white space aside): $2"; fi
}

status() {
	want=$1; name=$2; shift 2
	"$@" >"$OUT/last.out" 2>"$OUT/last.err"
	got=$?
	if [ "$got" -eq "$want" ]; then pass
	else fail "$name: exit $got, want $want"; cat "$OUT/last.err"; fi
}

# A valid, clean PDF: qpdf finds nothing, poppler prints no warning.
pdf_ok() {
	check "$1: qpdf --check" qpdf --check "$1"
	if [ -z "$(pdftotext "$1" /dev/null 2>&1)" ]; then pass
	else fail "$1: poppler warns: $(pdftotext "$1" /dev/null 2>&1 | head -1)"; fi
	if pdffonts "$1" 2>/dev/null | awk 'NR > 2 && ($5 != "yes" || $6 != "yes") { bad = 1 } END { exit bad }'
	then pass; else fail "$1: a font is not embedded and subset"; fi
}

# explain_to FILE ARGS... / build_to FILE ARGS...: the plan as text or
# the checklist into FILE, its messages into FILE.err; a command that
# fails is a test failure.  Shared by the content tests.
explain_to() {
	xt_f=$1; shift
	rs explain "$@" >"$xt_f" 2>"$xt_f.err" ||
	    fail "explain $* failed: $(head -1 "$xt_f.err")"
}
build_to() {
	xt_f=$1; shift
	rs build "$@" -o "$xt_f" 2>"$xt_f.err" ||
	    fail "build $* failed: $(head -1 "$xt_f.err")"
}

# at EPOCH COMMAND...: run the command on that day (rs is a function,
# so env(1) cannot run it; the date is put back after).
at() {
	at_saved=$SOURCE_DATE_EPOCH
	SOURCE_DATE_EPOCH=$1
	shift
	"$@"
	at_rc=$?
	SOURCE_DATE_EPOCH=$at_saved
	return $at_rc
}

pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }'; }
paper() { pdfinfo "$1" 2>/dev/null | sed -n 's/^Page size:.*(\(.*\))/\1/p'; }

section "unit tests"
if ${VALGRIND:-} "$UNIT" 2>"$OUT/unit.err"; then pass; else fail "unit tests"; cat "$OUT/unit.err"; fi

section "header rules"
. tests/headers.sh

section "guides"
status 0 "validate guides" rs validate guides
has "$OUT/last.out" "no errors"
for g in guides/*.xml; do
	check "xmllint $g" xmllint --noout --nonet --schema guides/schema/guide.xsd "$g"
done
check "xmllint templates" xmllint --noout --nonet --schema templates/template.xsd templates/standard.xml
check "xmllint profile" xmllint --noout --nonet --schema guides/schema/profile.xsd tests/fixtures/profiles/de.xml

section "coverage"
status 0 "validate --coverage" rs validate --coverage
has "$OUT/last.out" "every item reached, no checklist empty"
status 1 "coverage finds holes" rs validate --coverage tests/fixtures/bad/coverage
has "$OUT/last.err" "gaps.xml:23: error: pattern matches no value this field can take: region \"^EUR\$\""
has "$OUT/last.err" "no profile gets this item: \"gap-typo\""
has "$OUT/last.err" "gaps.xml:25: error: no profile gets this item: \"gap-never\""
has "$OUT/last.err" "checklist would be empty: for someone in region US who uses facebook"
lacks "$OUT/last.err" "region EU who"

section "Germany, Facebook and Instagram"
de=$OUT/de.pdf
status 0 "build DE" rs build --country DE --platforms facebook,instagram -o "$de"
pdf_ok "$de"
[ "$(paper "$de")" = "A4" ] && pass || fail "DE paper is $(paper "$de"), want A4"
[ "$(pages "$de")" -ge 4 ] && pass || fail "DE has $(pages "$de") pages"
has "$de" "Your privacy checklist"
has "$de" "Germany (EU)"
has "$de" "Object on Facebook"
has "$de" "Object on Instagram"
has "$de" "GDPR Article 21"
has "$de" "Because you live in the EU."
has "$de" "For you because you use Facebook and Instagram."
has "$de" "Privacy Center"
has "$de" "https://www.facebook.com/privacy/center"
has "$de" "Page 1 of $(pages "$de")"
has "$de" "Made on 22 November 2026"
lacks "$de" "WhatsApp has no"
lacks "$de" "CCPA"
lacks "$de" "No legal right to object where you live"
lacks "$de" "Delete Request and Opt-out Platform"
check "DE link is clickable" sh -c "pdfinfo -url '$de' | grep -q 'https://www.facebook.com/privacy/center'"

section "Texas, WhatsApp"
tx=$OUT/tx.pdf
status 0 "build US-TX" rs build --country US --state US-TX --platforms whatsapp -o "$tx"
pdf_ok "$tx"
[ "$(paper "$tx")" = "letter" ] && pass || fail "TX paper is $(paper "$tx"), want letter"
has "$tx" "Texas, United States (US)"
has "$tx" "no opt-out"
# That caveat is about posts on Facebook, Instagram and Threads.
lacks "$tx" "No legal right to object where you live"
has "$tx" "Because you live in Texas."
lacks "$tx" "GDPR Article 21"
lacks "$tx" "Object on Facebook"
lacks "$tx" "Object on Instagram"
lacks "$tx" "Delete Request and Opt-out Platform"

section "California, Instagram"
ca=$OUT/ca.pdf
status 0 "build US-CA" rs build --state US-CA --platforms instagram --paper a4 -o "$ca"
[ "$(paper "$ca")" = "A4" ] && pass || fail "--paper a4 ignored"
has "$ca" "DROP"
has "$ca" "Because you live in California."
lacks "$ca" "GDPR Article 21"

section "UK region handout"
uk=$OUT/uk.pdf
status 0 "build region UK" rs build --region UK -o "$uk"
pdf_ok "$uk"
has "$uk" "Privacy checklist for people in the UK"
has "$uk" "UK GDPR"
lacks "$uk" "Where you live"

section "regional content"
. tests/content.sh

section "territories and groups"
. tests/regions.sh
. tests/world.sh

section "brokers, UK complaints and delisting"
. tests/brokers.sh
. tests/confirm-brokers.sh

section "US state laws and the date rule"
. tests/us-states.sh
. tests/confirm-ai-us.sh

section "Meta: ads, objections and the review"
. tests/meta.sh
. tests/eu-ai.sh

# Fact checks, one file per guide or group of items, each with the
# date its facts were checked (tests/facts-*.sh).
section "fact checks"
for facts in tests/facts-*.sh; do
	[ -f "$facts" ] && . "$facts"
done

section "explain says why"
status 0 "explain DE" rs explain --country DE --platforms facebook,instagram
has "$OUT/last.out" "because you use Facebook and Instagram"
has "$OUT/last.out" "Object on Facebook"
has "$OUT/last.out" "because you live in the EU"
status 0 "explain TX" rs explain --country US --state US-TX --platforms whatsapp
has "$OUT/last.out" "because you use WhatsApp"
has "$OUT/last.out" "because you live in Texas"
lacks "$OUT/last.out" "Object on Facebook"

section "profile file"
pf=$OUT/profile.pdf
status 0 "build --profile" rs build --profile tests/fixtures/profiles/de.xml -o "$pf"
has "$pf" "A privacy checklist for Alex Beispiel"
has "$pf" "Object on Instagram"
lacks "$pf" "Making less of you public"
status 1 "bad profile file" rs build --profile tests/fixtures/profiles/bad-platform.xml -o "$OUT/nope.pdf"
has "$OUT/last.err" "bad-platform.xml:4: error: unknown platform: \"myspace\""
[ ! -e "$OUT/nope.pdf" ] && pass || fail "a PDF was written for a bad profile"

section "stale guides"
status 0 "stale guide still builds" rs build --guides tests/fixtures/stale --country DE -o "$OUT/stale.pdf"
has "$OUT/last.err" "test.xml:4: warning: guide is past its recheck-by date: \"test\" was due for a check on 2026-10-01"
status 0 "fresh guide, no warning" rs build --guides tests/fixtures/guides --country DE -o "$OUT/fresh.pdf"
lacks "$OUT/last.err" "warning"

section "usage errors"
status 2 "unknown country" rs build --country XX -o "$OUT/nope.pdf"
has "$OUT/last.err" "unknown country: \"XX\""
status 2 "unknown platform" rs build --country DE --platforms myspace -o "$OUT/nope.pdf"
has "$OUT/last.err" "known: chatgpt, claude, copilot, facebook"
status 2 "unknown topic" rs explain --country DE --topics gardening
has "$OUT/last.err" "unknown topic: \"gardening\""
[ ! -e "$OUT/nope.pdf" ] && pass || fail "a PDF was written for bad options"
status 2 "unknown command" rs frobnicate
status 2 "unknown option" rs build --colour red
status 2 "an option the command does not take" rs validate --paper a4
status 2 "-o where nothing is written" rs explain --country DE -o x.pdf
status 2 "profile and options" rs build --profile x.xml --country DE
status 0 "--help" rs build --help
has "$OUT/last.out" "Example:"
status 0 "--version" rs --version
status 0 "list" rs list
has "$OUT/last.out" "whatsapp"
has "$OUT/last.out" "US-CA California"

section "bad guides"
status 1 "bad regex" rs validate tests/fixtures/bad/regex
has "$OUT/last.err" "tests/fixtures/bad/regex/test.xml:28: error: pattern does not compile: \"^(EU|EEA|UK\$\": missing closing parenthesis at offset 12"
status 1 "duplicate id" rs validate tests/fixtures/bad/dupid
has "$OUT/last.err" "duplicate item id: \"t-insta\""
has "$OUT/last.err" "item names a source the guide does not list: \"s2\""
. tests/sources.sh
echo %PDF-old >"$OUT/keep.pdf"
status 1 "build with bad guides" rs build --guides tests/fixtures/bad/regex --country DE -o "$OUT/keep.pdf"
check "old PDF untouched" sh -c "echo %PDF-old | cmp -s - $OUT/keep.pdf"
status 2 "output is a directory" rs build --country DE -o "$OUT"
has "$OUT/last.err" "output is a directory"
status 3 "unwritable folder" rs build --country DE -o /nonexistent/dir/x.pdf
has "$OUT/last.err" "cannot write the PDF"
if [ -w /dev/full ]; then
	status 3 "full disk" rs build --country DE -o /dev/full
	has "$OUT/last.err" "No space left on device"
	[ -c /dev/full ] && pass || fail "/dev/full was replaced"
fi
ls -a "$OUT" | grep -q '^\.rightsheet-' && fail "a temporary file was left behind" || pass

. tests/layout.sh
. tests/blank.sh
. tests/plan.sh
. tests/letters.sh

section "workshop batch"
. tests/batch.sh
. tests/roster.sh
. tests/sheet.sh

section "wizard"
. tests/wizard.sh
. tests/wizard-more.sh

if [ "$RIGHTSHEET" = ./rightsheet ] && [ -z "${VALGRIND:-}" ]; then
	echo "install:"
	. tests/install.sh
fi

section "manual and completion"
. tests/man.sh
. tests/completion.sh

section "PDF output"
. tests/pdf.sh
. tests/qr.sh

section "golden layouts and hostile input"
. tests/golden.sh
. tests/fuzz-seeds.sh

section "guide cache"
. tests/cache.sh

section "never silently wrong"
. tests/faults.sh

section "offline"
. tests/offline.sh

section "input hardening"
. tests/input.sh

section "fuzz findings stay fixed"
for f in tests/fuzz/regress/guide-*; do
	d=$OUT/regress/$(basename "$f")
	mkdir -p "$d"
	cp "$f" "$d/guide.xml"
	rs explain --guides "$d" --region EU >/dev/null 2>&1
	st=$?
	[ "$st" -le 2 ] && pass || fail "fuzz regression $f: exit $st"
done

section "scale"
. tests/scale.sh

section "reproducible"
rs build --country DE --platforms facebook,instagram -o "$OUT/de2.pdf" 2>/dev/null
check "same input, same bytes" cmp "$de" "$OUT/de2.pdf"

san_check "anywhere above"
echo "$passed passed, $failed failed"
[ -n "${TALLY:-}" ] && echo "$passed $failed" >>"$TALLY"
[ "$failed" -eq 0 ]
