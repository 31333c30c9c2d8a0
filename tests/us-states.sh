#!/bin/sh
# US state laws and the date rule.  A law passed but not yet in force
# shows with its start date before that day, and as in force from that
# day on (<since date="..."/> in the guide, today from the session:
# SOURCE_DATE_EPOCH here).  Arkansas's 2026 law is a minors' law.
# Sourced by tests/run.sh, which provides rs, status, has, lacks.

U=$OUT/us-states
mkdir -p "$U"

# usx NAME EPOCH ARGS...: explain on that day, into $U/NAME.txt.
usx() { n=$1; e=$2; shift 2; at "$e" explain_to "$U/$n.txt" "$@"; }

before=1798761599	# 31 December 2026, 23:59:59 UTC
on=1798761600		# 1 January 2027
vt_on=1830297600	# 1 January 2028

# Oklahoma: coming, with its date, until 31 December 2026; in force from
# 1 January 2027, when "if your state has no privacy law" goes away.
usx OK-before $before --country US --state US-OK --topics rights
has "$U/OK-before.txt" "[us-ok-law]"
has "$U/OK-before.txt" "Oklahoma's law starts on 1 January 2027 [us-ok-not-yet]"
has "$U/OK-before.txt" "because you live in Oklahoma and Oklahoma's law is not in force yet"
has "$U/OK-before.txt" "[us-no-state-law]"
lacks "$U/OK-before.txt" "[us-state-use-rights]"
usx OK-on $on --country US --state US-OK --topics rights
has "$U/OK-on.txt" "[us-ok-law]"
lacks "$U/OK-on.txt" "[us-ok-not-yet]"
lacks "$U/OK-on.txt" "[us-no-state-law]"
lacks "$U/OK-on.txt" "[us-check-state-law]"
has "$U/OK-on.txt" "[us-state-use-rights]"
at $before status 0 "us-states: OK build" \
    rs build --country US --state US-OK --topics rights -o "$U/OK.pdf"
has "$U/OK.pdf" "It applies from 1 January 2027"
has "$U/OK.pdf" "ConsumerProtection@oag.ok.gov"

# Louisiana starts the same day; Alabama on 1 May 2027.
usx LA-on $on --state US-LA --topics rights
has "$U/LA-on.txt" "[us-la-law]"
lacks "$U/LA-on.txt" "[us-la-not-yet]"
lacks "$U/LA-on.txt" "[us-no-state-law]"
usx AL-on $on --state US-AL --topics rights
has "$U/AL-on.txt" "Alabama's law starts on 1 May 2027 [us-al-not-yet]"
has "$U/AL-on.txt" "[us-no-state-law]"

# Vermont: 1 January 2028, not before.
usx VT-2027 $on --state US-VT --topics rights
has "$U/VT-2027.txt" "Vermont's law starts on 1 January 2028 [us-vt-not-yet]"
has "$U/VT-2027.txt" "[us-no-state-law]"
usx VT-2028 $vt_on --state US-VT --topics rights
lacks "$U/VT-2028.txt" "[us-vt-not-yet]"
lacks "$U/VT-2028.txt" "[us-no-state-law]"
has "$U/VT-2028.txt" "[us-vt-law]"
has "$U/VT-2028.txt" "[us-state-use-rights]"

# Arkansas: a law for children and teenagers, not a general one.
usx AR $on --state US-AR --topics rights
has "$U/AR.txt" "Arkansas's 2026 law is for children and teenagers [us-ar-minors]"
has "$U/AR.txt" "[us-no-state-law]"
usx US-all $on --region US --topics rights
lacks "$U/US-all.txt" "[us-ar-minors]"
status 0 "us-states: US handout" rs build --region US --topics rights \
    -o "$U/US.pdf"
lacks "$U/US.pdf" "One source says Arkansas has a law"
has "$U/US.pdf" "Arkansas's law of 1 July 2026 is not a general privacy law"

# States already in force: the complaint route and the opt-out signal
# as their enforcers' own pages give them (S4, S5).
status 0 "us-states: TX build" rs build --state US-TX --topics rights \
    -o "$U/TX.pdf"
has "$U/TX.pdf" "texasattorneygeneral.gov/cpd/the-consumer-complaint-process"
lacks "$U/TX.pdf" "we could not verify its address"
status 0 "us-states: OR build" rs build --state US-OR --topics rights \
    -o "$U/OR.pdf"
has "$U/OR.pdf" "Since 1 January 2026 they must also accept an opt-out"
lacks "$U/OR.pdf" "one older source says 2025"

# Virginia and Connecticut: the rights as their Attorneys General list
# them, not "laws like this usually let you" (S4).
status 0 "us-states: VA build" rs build --state US-VA --topics rights \
    -o "$U/VA.pdf"
has "$U/VA.pdf" "You can ask a business whether it uses your data"
lacks "$U/VA.pdf" "Laws like this usually"
status 0 "us-states: CT build" rs build --state US-CT --topics rights \
    -o "$U/CT.pdf"
lacks "$U/CT.pdf" "Laws like this usually"

# Address confidentiality programmes, beyond California's (S6).
usx NY $on --state US-NY --topics rights
has "$U/NY.txt" "[us-address-confidential]"
usx CA $on --state US-CA --topics rights
lacks "$U/CA.txt" "[us-address-confidential]"
has "$U/CA.txt" "[us-ca-safe-at-home]"

# The format: <since> takes a real date and says where a bad one is;
# the coverage check tries every date, so an item shown only before
# (or only from) a date is reached.
G=$U/guides
mkdir -p "$G"
since_guide() {
	cat >"$G/since.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<guide format="1" id="since" version="1.0" xml:lang="en" topic="tsince" code="SNC" order="1" verified="2026-11-28" recheck-by="2027-05-28">
  <title>Dates</title>
  <summary>A guide for testing the date rule.</summary>
  <declare><topic id="tsince">Test</topic></declare>
  <sources><source id="s1" kind="platform" href="https://example.org/">Example</source></sources>
  <items>
    <caveat id="c-before" sources="s1" verified="2026-11-28">
      <title>Before</title>
      <p>Text.</p>
      <when><not><since date="$1"/></not></when>
    </caveat>
    <caveat id="c-from" sources="s1" verified="2026-11-28">
      <title>From</title>
      <p>Text.</p>
      <when><since date="$1"/></when>
    </caveat>
  </items>
</guide>
EOF
}
since_guide 2027-13-01
status 1 "since: bad date" rs validate "$G/since.xml"
has "$OUT/last.err" "since.xml:16"
since_guide 2027-1-1
status 1 "since: short date" rs validate "$G/since.xml"
has "$OUT/last.err" "since.xml:16"
since_guide 2030-06-01
status 0 "since: coverage" rs validate --coverage "$G/since.xml"
lacks "$OUT/last.err" "c-before"
lacks "$OUT/last.err" "c-from"
status 0 "since: before" rs explain --guides "$G" --country FR
has "$OUT/last.out" "[c-before]"
has "$OUT/last.out" "because it is not yet 1 June 2030"
lacks "$OUT/last.out" "[c-from]"
at 1906502400 status 0 "since: from" \
    rs explain --guides "$G" --country FR
has "$OUT/last.out" "because it is 1 June 2030 or later"
lacks "$OUT/last.out" "[c-before]"
