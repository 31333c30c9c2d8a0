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
