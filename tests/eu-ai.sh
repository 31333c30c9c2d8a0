#!/bin/sh
# The EU rights guide and other platforms' AI, as the review of 28
# November 2026 asked (corrections.md 3.2 R2-R6, 3.5 I1-I7): article-level
# GDPR citations, Germany's rule on passing complaints on, the Digital
# Omnibus stated plainly, and objection steps for people in Europe.
# Sourced by tests/run.sh, which provides rs, pass, fail, has, lacks.

section "EU rights and other platforms' AI"
E=$OUT/eu-ai
mkdir -p "$E"

# explain NAME ARGS...: the plan as text, in $E/NAME.txt.
eexplain() {
	name=$1; shift
	rs explain "$@" >"$E/$name.txt" 2>"$E/$name.err" ||
	    fail "eu-ai: explain $* failed: $(head -1 "$E/$name.err")"
}
# ebuild NAME ARGS...: a PDF in $E/NAME.pdf.
ebuild() {
	name=$1; shift
	rs build "$@" -o "$E/$name.pdf" 2>"$E/$name.err" ||
	    fail "eu-ai: build $* failed: $(head -1 "$E/$name.err")"
}

# R4: each GDPR right cites its own article on EUR-Lex, not a home page,
# a GitHub summary or an aggregator.
ebuild de-rights --country DE --topics rights
for a in 12 15 17 21 77; do
	has "$E/de-rights.pdf" "https://eur-lex.europa.eu/eli/reg/2016/679/oj/eng#art_$a"
done
lacks "$E/de-rights.pdf" "(search for 2016/679)"
lacks "$E/de-rights.pdf" "raw.githubusercontent.com"
lacks "$E/de-rights.pdf" "legalviz.eu"
lacks "$E/de-rights.pdf" "yourdata-yourrights.eu"
lacks "$E/de-rights.pdf" "gdprhub.eu"

# R2: in Germany, any authority passes a complaint on to the one in
# charge (section 19 BDSG), so the old "our sources do not say" is gone.
has "$E/de-rights.pdf" "section 19 of the BDSG"
has "$E/de-rights.pdf" "https://www.gesetze-im-internet.de/bdsg_2018/__19.html"
has "$E/de-rights.pdf" "Complain to the authority of the state where you live."
lacks "$E/de-rights.pdf" "Our sources do not say which German authority"

# R3: the Digital Omnibus is a proposal, cited from EUR-Lex.
has "$E/de-rights.pdf" "On 19 November 2025 the European Commission proposed changes to the GDPR"
has "$E/de-rights.pdf" "CELEX:52025PC0837"
lacks "$E/de-rights.pdf" "not in force in August 2026"

# R6: Portugal's and Estonia's routes as their own sites give them.
ebuild pt-rights --country PT --topics rights
has "$E/pt-rights.pdf" "The CNPD's own site says it takes complaints through online forms."
lacks "$E/pt-rights.pdf" "We could not confirm how to file a complaint."
ebuild ee-rights --country EE --topics rights
has "$E/ee-rights.pdf" "The AKI asks you to use your rights with the organisation first."
