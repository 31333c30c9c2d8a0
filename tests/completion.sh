#!/bin/sh
# bash completion (doc/rightsheet.bash): source it in bash, set COMP_WORDS
# and COMP_CWORD as bash would, call the function, look at COMPREPLY.
# Sourced by tests/run.sh, which provides pass, fail, check and
# $RIGHTSHEET.

# comp WORD...: the completions, one a line, for a command line whose
# last word is the one being completed.
comp() {
	RIGHTSHEET=${RIGHTSHEET:-./rightsheet} bash -c '
		. doc/rightsheet.bash || exit 1
		COMP_WORDS=("$@")
		COMP_CWORD=$(($# - 1))
		COMP_LINE="$*"
		COMP_POINT=${#COMP_LINE}
		_rightsheet rightsheet "${COMP_WORDS[COMP_CWORD]}" \
		    "${COMP_WORDS[COMP_CWORD-1]}"
		printf "%s\n" "${COMPREPLY[@]}"' comp rightsheet "$@" 2>&1
}

# comp_has WANT WORD...: WANT is among the completions.
comp_has() {
	want=$1; shift
	if comp "$@" | grep -F -x -q -- "$want"; then pass
	else fail "completion of '$*' should offer '$want', got: $(comp "$@" | tr '\n' ' ')"; fi
}

# comp_lacks NOTWANT WORD...: NOTWANT is not among them.
comp_lacks() {
	want=$1; shift
	if comp "$@" | grep -F -x -q -- "$want"; then
		fail "completion of '$*' should not offer '$want'"
	else pass; fi
}

# comp_only WANT WORD...: exactly these completions (space-separated).
comp_only() {
	want=$1; shift
	got=$(comp "$@" | sort | tr '\n' ' ' | sed 's/ $//')
	if [ "$got" = "$want" ]; then pass
	else fail "completion of '$*': got '$got', want '$want'"; fi
}

check "completion: bash -n" bash -n doc/rightsheet.bash

# Commands and options.
comp_only "batch build" b
comp_has new-guide ""
comp_has wizard w
comp_has --country build --co
comp_has --no-profile build --no
comp_has --format explain --fo
comp_lacks --format build --fo
comp_has --coverage validate --c
comp_lacks --coverage build --cov
comp_has --jobs batch --j
comp_has --combined batch --com
comp_has --encoding batch --enc
comp_has --template batch --te
comp_lacks --platforms batch --pl
comp_only "windows-1252" batch --encoding w
comp_has large-print batch --template l
comp_has --sheet batch --sh
comp_lacks --sheet build --sh
comp_has --guides list --g
comp_has -o new-guide -
comp_has --help validate --h

# Values from `rightsheet list`.
comp_has DE build --country D
comp_has DK build --country D
comp_lacks FR build --country D
comp_has DE build --country d
comp_has GB explain --country G
comp_only "EEA EU" build --region E
comp_has OTHER build --region O
comp_has US-CA build --state US-C
comp_has US-CO build --state US-C
comp_lacks US-TX build --state US-C
comp_has facebook build --platforms face
comp_has instagram build --platforms ""
comp_has meta-ai build --platforms me
comp_only "facebook,instagram" build --platforms facebook,inst
comp_has facebook,instagram,threads build --platforms facebook,instagram,
comp_lacks facebook,instagram,facebook build --platforms facebook,instagram,
comp_has ai-training build --topics ai
comp_has rights,data-brokers explain --topics rights,d
comp_only "workshop" build --template w
comp_has large-print build --template ""
comp_only "letter" build --paper l
comp_only "json text" explain --format ""
comp_only "json" list --format j
comp_has DE build --country = D

# Files and folders.
comp_has tests/fixtures/profiles/de.xml build --profile tests/fixtures/profiles/d
comp_has tests/fixtures/roster.csv batch tests/fixtures/ros
comp_has tests/fixtures/rosters/roster.xlsx batch tests/fixtures/rosters/ros
comp_has tests/fixtures/rosters/roster.ods batch tests/fixtures/rosters/ros
comp_lacks tests/fixtures/rosters/README batch tests/fixtures/rosters/
comp_lacks tests/fixtures/roster.csv build tests/fixtures/ros
comp_has tests/fixtures build --guides tests/fix
comp_has tests/fixtures/guides/test.xml validate tests/fixtures/guides/t
comp_has doc/rightsheet.1 build -o doc/rightsheet.

# No program: no values, and no noise on the terminal.
if [ -z "$(RIGHTSHEET=/nonexistent/rightsheet comp build --country D)" ]
then pass; else fail "completion without the program should print nothing"; fi
