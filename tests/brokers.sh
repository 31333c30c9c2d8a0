#!/bin/sh
# The review of 28 November 2026 (issue 11), brokers and UK parts: the
# UK "complain first" is the ICO's expectation, not the law; the
# PeopleConnect opt-out claims no more than its owner says; the new
# people-search opt-outs; and search-engine delisting (the right to be
# forgotten) for people in the EU, the EEA, the UK and Switzerland only.
# Sourced by tests/run.sh, which provides rs, pass, fail, has, lacks.

B=$OUT/brokers
mkdir -p "$B"
for p in "GB instagram" "FR facebook" "NO facebook" "CH instagram" \
    "US instagram" "CA instagram"; do
	set -- $p
	rs build --country "$1" --platforms "$2" -o "$B/$1.pdf" 2>/dev/null ||
	    fail "brokers: $1 did not build"
done

# U1: not a legal precondition; the ICO expects it in most cases.
lacks "$B/GB.pdf" "You must complain to the organisation first"
lacks "$B/GB.pdf" "You complain to the organisation first, then to the regulator"
has "$B/GB.pdf" "The law does not make you go to the organisation first"
has "$B/GB.pdf" "in most cases"
has "$B/GB.pdf" "This is not a legal condition for going to the ICO"

# D1: PeopleConnect's suppression tool, only as far as its owner says.
lacks "$B/US.pdf" "covers its whole family of sites"
has "$B/US.pdf" "The PeopleConnect pages we could check do not say that the same request"
has "$B/US.pdf" "Classmates is a membership site"
# D2, D3: BeenVerified's sister sites and That's Them are not claimed
# to be covered by another site's opt-out.
lacks "$B/US.pdf" "One volunteer list says this opt-out covers them"
lacks "$B/US.pdf" "That's Them are connected to Spokeo"
# D5: the people-search sites that were missing, with their pages.
for s in "That's Them" FamilyTreeNow USPhoneBook AdvancedBackgroundChecks; do
	has "$B/US.pdf" "Opt out of $s"
done
for u in thatsthem.com/optout familytreenow.com/optout \
    usphonebook.com/opt-out advancedbackgroundchecks.com/removal; do
	has "$B/US.pdf" "$u"
	lacks "$B/FR.pdf" "$u"
done

# R5, D8: delisting for the EU, the EEA, the UK and Switzerland only.
for r in FR NO GB CH; do
	has "$B/$r.pdf" "Ask Google to delist results about you"
	has "$B/$r.pdf" "reportcontent.google.com/forms/rtbf"
	has "$B/$r.pdf" "bing.com/webmaster/tools/eu-privacy-request"
done
for r in FR NO; do
	has "$B/$r.pdf" "case C-131/12"
done
has "$B/GB.pdf" "UK GDPR Article 17"
for r in US CA; do
	lacks "$B/$r.pdf" "right to be forgotten"
	lacks "$B/$r.pdf" "reportcontent.google.com/forms/rtbf"
	lacks "$B/$r.pdf" "eu-privacy-request"
done

# U3: the UK open electoral register, for the UK only.
has "$B/GB.pdf" "Take your name off the open electoral register"
lacks "$B/FR.pdf" "open electoral register"
lacks "$B/US.pdf" "open electoral register"

# D7: Germany's registration office objections (§ 50(5) BMG), for DE only.
rs build --country DE --platforms facebook -o "$B/DE.pdf" 2>/dev/null ||
    fail "brokers: DE did not build"
has "$B/DE.pdf" "Stop your registration office passing on"
has "$B/DE.pdf" "§ 50(5)"
has "$B/DE.pdf" "Ask Google to delist results about you"
lacks "$B/FR.pdf" "Bundesmeldegesetz"
lacks "$B/GB.pdf" "Bundesmeldegesetz"
