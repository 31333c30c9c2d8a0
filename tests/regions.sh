#!/bin/sh
# Who counts as where: territories that are part of an EU state, the
# places Meta held back AI-chat ads, the apps a Meta caveat is about,
# and US states with and without a law of their own.  These groups come
# from data (the territory table, declared groups), so each is pinned
# here on one member and one outsider.
# Sourced by tests/run.sh, which provides rs, pass, fail, has, lacks.

R=$OUT/regions
mkdir -p "$R"

# explain NAME ARGS...: the plan as text, in $R/NAME.txt.
explain() { n=$1; shift; explain_to "$R/$n.txt" "$@"; }

# Réunion is France, so the EU: the GDPR objection, France's authority,
# and none of the "no right" text for places without one.
rs build --country RE --platforms facebook -o "$R/RE.pdf" 2>/dev/null ||
    fail "regions: RE did not build"
has "$R/RE.pdf" "GDPR Article 21"
has "$R/RE.pdf" "Object on Facebook"
has "$R/RE.pdf" "CNIL"
lacks "$R/RE.pdf" "No legal right to object"
lacks "$R/RE.pdf" "without its own guide"
explain RE --country RE --platforms facebook
has "$R/RE.txt" "Checklist for: Réunion (EU)"
has "$R/RE.txt" "[eu-authority-fr]"
has "$R/RE.txt" "because you live in Réunion, part of France"
lacks "$R/RE.txt" "[meta-no-right"
for c in GP MQ GF YT MF; do
	explain "$c" --country "$c" --topics rights
	has "$R/$c.txt" "[eu-authority-fr]"
done

# The Åland Islands are Finland: its authority, and Åland's own one
# named for public bodies only.
explain AX --country AX --topics rights
has "$R/AX.txt" "Checklist for: Åland Islands (EU)"
has "$R/AX.txt" "[eu-authority-fi]"
has "$R/AX.txt" "[eu-authority-ax]"
lacks "$R/AX.txt" "[eu-authority-fr]"
explain FI --country FI --topics rights
has "$R/FI.txt" "[eu-authority-fi]"
lacks "$R/FI.txt" "[eu-authority-ax]"

# French Polynesia is French but outside the EU treaties: not the EU.
explain PF --country PF --topics rights
lacks "$R/PF.txt" "[eu-authority-fr]"
lacks "$R/PF.txt" "(EU)"

# Meta held back AI-chat ads in the EU, the UK and South Korea.
explain KR --country KR --platforms whatsapp
has "$R/KR.txt" "[meta-chat-ads-held-back]"
has "$R/KR.txt" "because you live in South Korea"
lacks "$R/KR.txt" "[meta-chat-ads]"
explain DE-ads --country DE --platforms whatsapp
has "$R/DE-ads.txt" "[meta-chat-ads-held-back]"
lacks "$R/DE-ads.txt" "[meta-chat-ads]"
explain JP --country JP --platforms whatsapp
has "$R/JP.txt" "[meta-chat-ads]"
lacks "$R/JP.txt" "[meta-chat-ads-held-back]"

# "No legal right to object" is about posts on Facebook, Instagram and
# Threads: not for someone who uses only WhatsApp.
explain US-wa --country US --state US-TX --platforms whatsapp
lacks "$R/US-wa.txt" "[meta-no-right]"
lacks "$R/US-wa.txt" "[meta-no-right-us]"
explain JP-wa --country JP --platforms whatsapp
lacks "$R/JP-wa.txt" "[meta-no-right]"
explain US-fb --country US --platforms facebook
has "$R/US-fb.txt" "[meta-no-right]"
has "$R/US-fb.txt" "[meta-no-right-us]"
explain US-handout --region US
has "$R/US-handout.txt" "[meta-no-right]"

# A state with its own law gets that law, not "if your state has no
# privacy law" or the step to find out; a state without one gets the
# caveat; a handout for the whole US gets both.
for s in US-VA US-TX; do
	explain "$s" --state "$s" --topics rights
	lacks "$R/$s.txt" "[us-no-state-law]"
	lacks "$R/$s.txt" "[us-check-state-law]"
	has "$R/$s.txt" "[us-state-use-rights]"
done
has "$R/US-VA.txt" "[us-va-vcdpa]"
explain US-GA --state US-GA --topics rights
has "$R/US-GA.txt" "[us-no-state-law]"
has "$R/US-GA.txt" "because your state has no general consumer privacy law"
lacks "$R/US-GA.txt" "[us-check-state-law]"
lacks "$R/US-GA.txt" "[us-state-use-rights]"
explain US-CA --state US-CA --topics rights
lacks "$R/US-CA.txt" "[us-no-state-law]"
lacks "$R/US-CA.txt" "[us-state-use-rights]"
explain US-all --region US --topics rights
has "$R/US-all.txt" "[us-no-state-law]"
has "$R/US-all.txt" "[us-check-state-law]"

# The format: a misspelt group is reported by the coverage check, a
# group defined by a group and a second group of the same id are
# refused, and rightsheet list names each territory's country.
G=$R/guides
mkdir -p "$G"
group_guide() {
	cat >"$G/$1.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<guide format="1" id="$1" version="1.0" xml:lang="en" topic="t$1" code="GRP" order="1" verified="2026-11-28" recheck-by="2027-05-28">
  <title>Groups</title>
  <summary>A guide for testing groups.</summary>
  <declare>
    <topic id="t$1">Test</topic>
    <group id="$2" name="somewhere"><$3/></group>
  </declare>
  <sources><source id="s1" kind="platform" href="https://example.org/">Example</source></sources>
  <items>
    <caveat id="c-$1" sources="s1" verified="2026-11-28">
      <title>In the group</title>
      <p>Text.</p>
      <when><match field="group" pattern="^$4\$"/></when>
    </caveat>
  </items>
</guide>
EOF
}
group_guide one places 'match field="region" pattern="^EU$"' placse
status 1 "group: misspelt" rs validate --coverage "$G/one.xml"
has "$OUT/last.err" "pattern matches no value this field can take: group \"^placse\$\""
group_guide one places 'match field="group" pattern="^places$"' places
status 1 "group: nested" rs validate "$G/one.xml"
has "$OUT/last.err" "a group's rule matches a group: \"places\""
group_guide one places 'match field="region" pattern="^EU$"' places
group_guide two places 'match field="region" pattern="^UK$"' places
status 1 "group: duplicate" rs validate "$G/one.xml" "$G/two.xml"
has "$OUT/last.err" "duplicate group id: \"places\""
rm -f "$G/two.xml"
status 0 "group: in use" rs explain --guides "$G" --country FR
has "$OUT/last.out" "[c-one]"
status 1 "group: outside" rs explain --guides "$G" --country GB
has "$OUT/last.err" "nothing in the guides applies to this profile"

status 0 "list --format json: part of" rs list --format json
has "$OUT/last.out" "{\"id\":\"RE\",\"name\":\"Réunion\",\"region\":\"EU\",\"part_of\":\"FR\"}"
status 0 "list: part of" rs list
has "$OUT/last.out" "RE EU Réunion, part of France"
has "$OUT/last.out" "AX EU Åland Islands, part of Finland"
