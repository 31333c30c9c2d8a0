#!/bin/sh
# Countries beyond the eight regions (issue 11, item 4): each country
# with a note of its own is told its regulator, and the generic "find
# your authority" step is left for everyone else.  The coverage check
# reports who has a regulator and a complaint route (item 5), and a
# country of a named region without one is an error.
# Sourced by tests/run.sh, which provides rs, pass, fail, has, lacks.

W=$OUT/world
mkdir -p "$W"

# world CODE TEXT...: explain for CODE names each TEXT.
world() {
	c=$1; shift
	explain_to "$W/$c.txt" --country "$c" --topics rights
	for t in "$@"; do
		has "$W/$c.txt" "$t"
	done
	lacks "$W/$c.txt" "[other-find-authority]"
	lacks "$W/$c.txt" "[other-law-unknown]"
	has "$W/$c.txt" "[other-meta-form-unconfirmed]"
}
world IN "Data Protection Board of India"
world JP "Personal Information Protection Commission (PPC)"
world KR "Personal Information Protection Commission (PIPC)"
world TR "Personal Data Protection Board"
world ZA "Information Regulator"
world MX "Mexico: the Secretaría Anticorrupción y Buen Gobierno (SABG)"
world AR "Agency for Access to Public Information (AAIP)"
world SG "Personal Data Protection Commission (PDPC)"
world NZ "Privacy Commissioner"
world GI "Gibraltar Regulatory Authority"
world JE "Jersey Office of the Information Commissioner (JOIC)"
world GG "Office of the Data Protection Authority (ODPA)"
world IM "Isle of Man: complain to the Information Commissioner"

# A country without a note of its own keeps the generic steps, and is
# told no other country's regulator.
rs explain --country KE --topics rights >"$W/KE.txt" 2>&1 ||
    fail "world: explain --country KE failed"
has "$W/KE.txt" "[other-find-authority]"
has "$W/KE.txt" "[other-law-unknown]"
lacks "$W/KE.txt" "[other-meta-form-unconfirmed]"
lacks "$W/KE.txt" "Regulatory Authority"

# The deadlines the law or the regulator sets reach the follow-up page.
rs build --country TR --topics rights -o "$W/TR.pdf" 2>/dev/null ||
    fail "world: TR did not build"
has "$W/TR.pdf" "30 days"
has "$W/TR.pdf" "KVKK (Law No. 6698) Article 13"

# The coverage check reports every country and state, and the built-in
# guides give each country of a named region a regulator to turn to.
status 0 "world: coverage of the built-in guides" rs validate --coverage
has "$OUT/last.out" "regulator: JP Japan: named yes, complaint route yes"
has "$OUT/last.out" "regulator: GG Guernsey: named yes, complaint route yes"
has "$OUT/last.out" "regulator: AR Argentina: named yes, complaint route yes"
has "$OUT/last.out" "regulator: FR France: named yes, complaint route yes"
has "$OUT/last.out" "regulator: RE Réunion: named yes, complaint route yes"
has "$OUT/last.out" "regulator: KE Kenya: named no, complaint route no"
has "$OUT/last.out" "regulator: US-CA California: named yes, complaint route yes"
lacks "$OUT/last.err" "no regulator or complaint route"
places=$(rs list --format json | grep -o '"region":"\|"id":"US-' | wc -l)
[ "$(grep -c '^regulator: ' "$OUT/last.out")" -eq "$places" ] && pass ||
    fail "world: coverage does not report every country and state once"

# A fixture set: France has a regulator with a link, Austria one with
# no link, the UK one named by title alone; the rest of the EU none.
F=tests/fixtures/world/regulators.xml
status 1 "world: region country without a regulator" rs validate --coverage "$F"
has "$OUT/last.err" "error: no regulator or complaint route for this country: Belgium (BE, region EU)"
has "$OUT/last.err" "error: no regulator or complaint route for this country: Austria (AT, region EU): it is named, with no link"
lacks "$OUT/last.err" "France (FR"
lacks "$OUT/last.err" "United Kingdom (GB"
lacks "$OUT/last.err" "(JP,"
lacks "$OUT/last.err" "region US"
has "$OUT/last.out" "regulator: GB United Kingdom: named yes, complaint route yes"
has "$OUT/last.out" "regulator: AT Austria: named yes, complaint route no"

# role takes one value only.
sed 's/role="regulator"/role="authority"/' "$F" >"$W/bad-role.xml"
status 1 "world: role outside the schema" rs validate "$W/bad-role.xml"
