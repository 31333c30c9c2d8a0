#!/bin/sh
# Countries as people type them, through every door (options, profile
# files, rosters, the wizard), and a wizard that never loses work: only
# yes or Enter writes, nothing is overwritten without asking, ~ expands,
# the paper follows the country, large print, whole lines, Ctrl-D.
# Sourced by tests/run.sh, which provides rs, pass, fail, has, lacks,
# status, pages and paper.

WM=$OUT/wizard-more
mkdir -p "$WM"
WM_ABS=$(cd "$WM" && pwd)

# is_country TYPED WANT: explain understands TYPED as WANT, the line
# "Checklist for: WANT" (place and region).
is_country() {
	rs explain --country "$1" >"$WM/x.out" 2>"$WM/x.err"
	ic_got=$(sed -n '1s/^Checklist for: //p' "$WM/x.out")
	if [ "$ic_got" = "$2" ]; then pass
	else fail "--country '$1' is '$ic_got', want '$2' $(head -1 "$WM/x.err")"; fi
}
is_country DE "Germany (EU)"
is_country de "Germany (EU)"
is_country DEU "Germany (EU)"
is_country gbr "United Kingdom (UK)"
is_country UK "United Kingdom (UK)"
is_country US-CA "California, United States (US)"
is_country Germany "Germany (EU)"
is_country "the Netherlands" "Netherlands (EU)"
is_country USA "United States (US)"
is_country U.S.A. "United States (US)"
is_country America "United States (US)"
is_country "United States of America" "United States (US)"
is_country "Great Britain" "United Kingdom (UK)"
is_country Holland "Netherlands (EU)"
is_country Czechia "Czechia (EU)"
is_country "Czech Republic" "Czechia (EU)"
is_country Turkey "Türkiye (OTHER)"
is_country "Viet Nam" "Viet Nam (OTHER)"
is_country Vietnam "Viet Nam (OTHER)"
# In the country's own languages, whatever the case and accents.
is_country Deutschland "Germany (EU)"
is_country España "Spain (EU)"
is_country ESPANA "Spain (EU)"
is_country Sverige "Sweden (EU)"
is_country Österreich "Austria (EU)"
is_country osterreich "Austria (EU)"
is_country Suomi "Finland (EU)"
is_country Nederland "Netherlands (EU)"
is_country Schweiz "Switzerland (CH)"
is_country Brasil "Brazil (BR)"
# Parts of countries.
is_country England "United Kingdom (UK)"
is_country Scotland "United Kingdom (UK)"
is_country Wales "United Kingdom (UK)"
is_country "northern ireland" "United Kingdom (UK)"
is_country California "California, United States (US)"
is_country texas "Texas, United States (US)"
# Georgia the country, not the state: --state says the state.
is_country Georgia "Georgia (OTHER)"

# Slips: the country meant, never a small territory near it in the
# alphabet ("Holland": not the Holy See; "Wales": not Wallis and
# Futuna; "Turkey": not the Turks and Caicos Islands).
# suggests TYPED TEXT: the error for TYPED says TEXT.
suggests() {
	status 2 "--country $1" rs explain --country "$1"
	has "$OUT/last.err" "$2"
}
suggests Frnace 'unknown country: "Frnace", did you mean France (FR)?'
suggests Germny "did you mean Germany (DE)?"
suggests Deutchland "did you mean Germany (DE)?"
suggests "Untied States" "did you mean United States (US)?"
suggests Holand "did you mean Netherlands (NL)"
lacks "$OUT/last.err" "Holy See"
suggests Hollan "did you mean Netherlands (NL)"
lacks "$OUT/last.err" "Holy See"
suggests Wals "United Kingdom (GB)"
lacks "$OUT/last.err" "Wallis"
suggests Turky "did you mean Türkiye (TR)?"
lacks "$OUT/last.err" "Turks"
suggests Turkei "Türkiye (TR)"
lacks "$OUT/last.err" "Turks"
# Cuba and Aruba are one slip from "Auba": the country first.
suggests Auba "did you mean Cuba (CU) or Aruba (AW)?"
suggests Californa "did you mean California (US-CA)?"
suggests Korea "South Korea (KR) or North Korea (KP)"
# Nothing like a name: a plain error that says what to type.
suggests XX "unknown country: \"XX\"; type the country's name in English or in its own language, or its two-letter code, such as DE"
lacks "$OUT/last.err" "did you mean"
# The work is bounded by the input: a long answer is refused at once.
long=$(head -c 100000 /dev/zero | tr '\0' 'a')
started=$(date +%s)
status 2 "a 100 kB country" rs explain --country "$long"
[ $(($(date +%s) - started)) -le 2 ] && pass || fail "a 100 kB country took $(($(date +%s) - started)) s"
lacks "$OUT/last.err" "did you mean"
long=$(head -c 60 /dev/zero | tr '\0' 'q')
status 2 "a 60-letter country" rs explain --country "$long"
lacks "$OUT/last.err" "did you mean"
# A state named twice must agree.
status 2 "California and Texas" rs explain --country California --state US-TX
has "$OUT/last.err" "two different US states given"
status 0 "California twice" rs explain --country California --state California
status 0 "a state by name" rs explain --state "New York"
has "$OUT/last.out" "New York, United States (US)"

# build: the PDF says the place understood, on its usual paper.
status 0 "build --country California" rs build --country California --platforms instagram -o "$WM/ca.pdf"
has "$WM/ca.pdf" "Because you live in California."
[ "$(paper "$WM/ca.pdf")" = "letter" ] && pass || fail "California: paper $(paper "$WM/ca.pdf"), want letter"
status 0 "build --country Deutschland" rs build --country Deutschland --platforms facebook -o "$WM/de.pdf"
has "$WM/de.pdf" "Germany (EU)"
[ "$(paper "$WM/de.pdf")" = "A4" ] && pass || fail "Deutschland: paper $(paper "$WM/de.pdf"), want A4"

# A profile file and a roster go through the same matcher.
cat >"$WM/p.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<profile format="1">
  <country>Österreich</country>
</profile>
EOF
status 0 "profile with Österreich" rs explain --profile "$WM/p.xml"
has "$OUT/last.out" "Austria (EU)"
sed 's/Österreich/Frnace/' "$WM/p.xml" >"$WM/bad.xml"
status 1 "profile with Frnace" rs explain --profile "$WM/bad.xml"
has "$OUT/last.err" "bad.xml:3"
has "$OUT/last.err" "did you mean France (FR)?"
printf 'name,country\nAda,USA\nBea,England\nCai,Deutschland\nDev,California\n' >"$WM/room.csv"
status 0 "roster of names" rs batch "$WM/room.csv" -o "$WM/room" --jobs 1
n=$(ls "$WM/room"/*.pdf 2>/dev/null | wc -l)
[ "$n" -eq 4 ] && pass || fail "roster of names: $n PDFs, want 4"
printf 'name,country\nEve,Frnace\n' >"$WM/bad.csv"
status 1 "roster with Frnace" rs batch "$WM/bad.csv" -o "$WM/bad" --jobs 1
has "$OUT/last.err" "bad.csv:2"
has "$OUT/last.err" "did you mean France (FR)?"

# The wizard, through a terminal.  Answers, in order: country (and
# its state in the US), platforms, topics, time, paper, large print,
# cover (and the name), file, then the summary.
if ! command -v script >/dev/null 2>&1; then
	fail "script(1) is missing: the wizard cannot be tested"
	return 0 2>/dev/null || exit 1
fi
# wiz NAME FORMAT ARGS...: the answers printf FORMAT ARGS gives, into
# the wizard; what it said into $WM/NAME.talk, its status $WM/NAME.rc.
wiz() {
	wz_name=$1; shift
	# shellcheck disable=SC2059
	printf "$@" | script -qec "$RIGHTSHEET wizard" /dev/null >"$WM/$wz_name.talk" 2>&1
	echo $? >"$WM/$wz_name.rc"
}
# rc_is NAME WANT: the wizard run NAME exited with WANT.
rc_is() {
	if [ "$(cat "$WM/$1.rc")" = "$2" ]; then pass
	else fail "wizard $1: exit $(cat "$WM/$1.rc"), want $2: $(tail -2 "$WM/$1.talk")"; fi
}
written() { [ -s "$1" ] && pass || fail "no PDF at $1: $2"; }
unwritten() { [ ! -e "$1" ] && pass || fail "a file at $1: $2"; }

# The names of the matcher, in the wizard.
wiz usa 'USA\n\n\n\n\n\n\nn\n\n%s\n\n' "$WM/usa"
has "$WM/usa.talk" "United States: that is in region US."
has "$WM/usa.talk" "Which US state?"
written "$WM/usa.pdf" "USA"
wiz usstate 'US\nTexsa\nTexas\n\n\n\n\n\nn\n\n%s\n\n' "$WM/usstate"
has "$WM/usstate.talk" "Did you mean Texas? Type it, or its two-letter code."
has "$WM/usstate.pdf" "Because you live in Texas."
wiz england 'England\n\n\n\n\n\nn\n\n%s\n\n' "$WM/england"
has "$WM/england.talk" "United Kingdom: that is in region UK."
written "$WM/england.pdf" "England"
wiz deutsch 'Deutschland\n\n\n\n\n\nn\n\n%s\n\n' "$WM/deutsch"
has "$WM/deutsch.talk" "Germany: that is in region EU."
has "$WM/deutsch.pdf" "Because you live in the EU."
# A slip, and Enter for the one suggestion.
wiz frnace 'Frnace\n\n\n\n\n\n\nn\n\n%s\n\n' "$WM/frnace"
has "$WM/frnace.talk" "Did you mean France (FR)? [Y/n]"
has "$WM/frnace.talk" "France: that is in region EU."
has "$WM/frnace.pdf" "Because you live in the EU."
# Two likely meanings, the country meant first; then the name again.
wiz holand 'Holand\nHolland\n\n\n\n\n\nn\n\n%s\n\n' "$WM/holand"
has "$WM/holand.talk" "Did you mean Netherlands (NL) or Poland (PL)? Type the one you mean."
lacks "$WM/holand.talk" "Holy See"
has "$WM/holand.talk" "Netherlands: that is in region EU."
written "$WM/holand.pdf" "Holand, then Holland"
# No to the suggestion: the country is asked again.
wiz nofr 'Frnace\nn\nSuomi\n\n\n\n\n\nn\n\n%s\n\n' "$WM/nofr"
has "$WM/nofr.talk" "Then type the country again."
has "$WM/nofr.talk" "Finland: that is in region EU."
# California says the state: no state question, Letter paper.
wiz calif 'California\n\n\n\n\n\nn\n\n%s\n\n' "$WM/calif"
has "$WM/calif.talk" "California, United States: that is in region US."
lacks "$WM/calif.talk" "Which US state?"
has "$WM/calif.talk" "Number [2]"
has "$WM/calif.pdf" "Because you live in California."
[ "$(paper "$WM/calif.pdf")" = "letter" ] && pass || fail "wizard California: paper $(paper "$WM/calif.pdf")"

# Only yes or Enter writes.  No, n, a slip and a number out of range
# ask again; Ctrl-D then stops with nothing written.
wiz no 'DE\n\n\n\n\n\nn\n\n%s\nno\nn\nyse\n9\n' "$WM/no"
rc_is no 2
unwritten "$WM/no.pdf" "no at the summary"
has "$WM/no.talk" "Nothing is written. Type the number of the answer to change"
has "$WM/no.talk" "Press Enter (or type yes) to make the checklist"
has "$WM/no.talk" "the questions ended before the last answer"
wiz yes 'DE\n\n\n\n\n\nn\n\n%s\nnope\nyes\n' "$WM/yes"
rc_is yes 0
written "$WM/yes.pdf" "yes at the summary"
wiz upper 'DE\n\n\n\n\n\nn\n\n%s\nY\n' "$WM/upper"
written "$WM/upper.pdf" "Y at the summary"

# An existing file is never replaced without asking: no keeps it and
# asks for another name; yes replaces it.
cp "$WM/yes.pdf" "$WM/keep.pdf"
wiz keep 'DE\n\n\n\n\n\nn\n\n%s\nn\n%s\n\n' "$WM/keep" "$WM/other"
rc_is keep 0
cmp -s "$WM/yes.pdf" "$WM/keep.pdf" && pass || fail "keep.pdf was changed after no"
has "$WM/keep.talk" "keep.pdf already exists. Replace it? [y/N]"
has "$WM/keep.talk" "Then type another name."
written "$WM/other.pdf" "another name"
wiz enterkeeps 'DE\n\n\n\n\n\nn\n\n%s\n\n%s\n\n' "$WM/keep" "$WM/other2"
cmp -s "$WM/yes.pdf" "$WM/keep.pdf" && pass || fail "keep.pdf was changed after Enter"
wiz replace 'US\n\n\n\n\n\n\nn\n\n%s\ny\n\n' "$WM/keep"
rc_is replace 0
has "$WM/replace.talk" "(replacing the file there)"
[ "$(paper "$WM/keep.pdf")" = "letter" ] && pass || fail "keep.pdf was not replaced after yes"
# A file that cannot be replaced (not a PDF) costs no answer: the
# wizard says so and goes back to the summary, and 7 saves elsewhere.
printf 'my notes\n' >"$WM/notes.pdf"
wiz notes 'DE\n\n\n\n\n\nn\n\n%s\ny\n\n7\n%s\n\n' "$WM/notes" "$WM/saved"
rc_is notes 0
has "$WM/notes.talk" "will not replace a file that is not a PDF"
has "$WM/notes.talk" "No checklist was written. Type 7 to save it somewhere else"
[ "$(cat "$WM/notes.pdf")" = "my notes" ] && pass || fail "notes.pdf was changed"
written "$WM/saved.pdf" "saved elsewhere after a failure"
# A folder that does not exist is refused at once.
wiz nofolder 'DE\n\n\n\n\n\nn\n\n%s\n%s\n\n' "$WM/no/such/place" "$WM/there"
has "$WM/nofolder.talk" "There is no folder"
written "$WM/there.pdf" "after a missing folder"

# ~ and ~/... are the home folder; a folder gets the default name.
mkdir -p "$WM/home/Desktop"
(HOME=$WM_ABS/home; export HOME; wiz tilde 'DE\n\n\n\n\n\nn\n\n~/Desktop/me.pdf\n\n')
rc_is tilde 0
written "$WM/home/Desktop/me.pdf" "~/Desktop/me.pdf"
(HOME=$WM_ABS/home; export HOME; wiz tilde2 'DE\n\n\n\n\n\nn\n\n~\n\n')
written "$WM/home/privacy-checklist.pdf" "~"
(HOME=$WM_ABS/home; export HOME; wiz tilde3 'DE\n\n\n\n\n\nn\n\n~/Desktop\n\n')
written "$WM/home/Desktop/privacy-checklist.pdf" "~/Desktop"
# Never a file named after the tilde itself.
unwritten "~.pdf" "~ taken literally"
unwritten "~" "~ taken literally"

# The paper follows the country until the person picks one.
wiz paper 'DE\n\n\n\n\n\nn\n\n%s\n1\nCalifornia\n\n' "$WM/paper"
has "$WM/paper.talk" "5. Paper: US Letter"
[ "$(paper "$WM/paper.pdf")" = "letter" ] && pass || fail "DE then California: paper $(paper "$WM/paper.pdf"), want letter"
wiz paper2 'US\nTX\n\n\n\n\n\nn\n\n%s\n1\nFrance\n\n' "$WM/paper2"
[ "$(paper "$WM/paper2.pdf")" = "A4" ] && pass || fail "US then France: paper $(paper "$WM/paper2.pdf"), want A4"
wiz paper3 'DE\n\n\n\n1\n\nn\n\n%s\n1\nCalifornia\n\n' "$WM/paper3"
[ "$(paper "$WM/paper3.pdf")" = "A4" ] && pass || fail "A4 picked, then California: paper $(paper "$WM/paper3.pdf"), want A4"

# Large print is offered, and is the large-print template.
wiz large 'DE\n1\n\n\n\ny\nn\n\n%s\n\n' "$WM/large"
wiz small 'DE\n1\n\n\n\nn\nn\n\n%s\n\n' "$WM/small"
has "$WM/large.talk" "Large print? [y/N]"
has "$WM/large.talk" "5. Paper: A4, large print"
written "$WM/large.pdf" "large print"
[ "$(pages "$WM/large.pdf")" -gt "$(pages "$WM/small.pdf")" ] && pass ||
    fail "large print has $(pages "$WM/large.pdf") pages, standard $(pages "$WM/small.pdf")"

# The wizard asks about letters; yes puts those that fit at the end.
wiz letters 'DE\n\n\n\n\n\nn\ny\n%s\n\n' "$WM/letters"
has "$WM/letters.talk" "Add the letters? [y/N]"
has "$WM/letters.talk" "6. On the cover: no personal details; letters at the end"
written "$WM/letters.pdf" "letters"
has "$WM/letters.pdf" "Objection under Article 21(1) GDPR"
has "$WM/letters.pdf" "Requests and deadlines"
lacks "$WM/small.pdf" "Objection under Article 21(1) GDPR"

# A line longer than any buffer is one answer: it does not spill into
# the next question.
long=$(head -c 2000 /dev/zero | tr '\0' 'x')
wiz longline '%s\nDE\n\n\n\n\n\ny\n%s\nSam\n\n%s\n\n' "$long" "$long" "$WM/longline"
rc_is longline 0
n=$(grep -c "does not know that place" "$WM/longline.talk")
[ "$n" -eq 1 ] && pass || fail "a long country answer was read as $n answers"
n=$(grep -c "Use at most 80 letters" "$WM/longline.talk")
[ "$n" -eq 1 ] && pass || fail "a long name was read as $n answers"
has "$WM/longline.pdf" "A privacy checklist for Sam"

# Ctrl-D at any question stops: a short message, exit 2, no file.
i=0
for answers in '' 'Frnace\n' 'DE\n' 'DE\n\n' 'DE\n\n\n' 'DE\n\n\n\n' \
    'DE\n\n\n\n\n' 'DE\n\n\n\n\n\n' 'DE\n\n\n\n\n\ny\n' 'US\n' \
    'DE\n\n\n\n\n\nn\n' \
    "DE\\n\\n\\n\\n\\n\\nn\\n\\n$WM/keep\\n" "DE\\n\\n\\n\\n\\n\\nn\\n\\n$WM/eof\\n"; do
	i=$((i + 1))
	wiz "eof$i" "$answers"
	rc_is "eof$i" 2
	has "$WM/eof$i.talk" "the questions ended before the last answer; no checklist was written"
done
unwritten "$WM/eof.pdf" "Ctrl-D at the summary"
[ "$(paper "$WM/keep.pdf")" = "letter" ] && pass || fail "keep.pdf changed by Ctrl-D"
