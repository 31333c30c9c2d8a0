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
eexplain() { n=$1; shift; explain_to "$E/$n.txt" "$@"; }
# ebuild NAME ARGS...: a PDF in $E/NAME.pdf.
ebuild() { n=$1; shift; build_to "$E/$n.pdf" "$@"; }

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

# I6: X's caveat about the Irish inquiry covers the EEA too, so a
# Norwegian sees it; someone in the US does not.
eexplain no-x --country NO --platforms x
has "$E/no-x.txt" "[ai-x-eu]"
eexplain us-x --country US --state US-CA --platforms x
lacks "$E/us-x.txt" "[ai-x-eu]"
ebuild no-x --country NO --platforms x --topics ai-training
has "$E/no-x.pdf" "users in the EU and the EEA"

# I1: people in the EU, the EEA and the UK get a step to object to AI
# training (GDPR and UK GDPR Article 21); people in the US and in
# Switzerland do not.  LinkedIn keeps its own objection step.
for c in DE NO GB; do
	eexplain "$c-object" --country "$c" --platforms chatgpt,x,reddit,gemini,copilot,claude
	has "$E/$c-object.txt" "[ai-europe-object]"
done
eexplain us-object --country US --state US-TX --platforms chatgpt,x,reddit,gemini,copilot,claude
lacks "$E/us-object.txt" "[ai-europe-object]"
eexplain ch-object --country CH --platforms chatgpt
lacks "$E/ch-object.txt" "[ai-europe-object]"
eexplain li-only --country DE --platforms linkedin
lacks "$E/li-only.txt" "[ai-europe-object]"
has "$E/li-only.txt" "[ai-linkedin-object]"
ebuild gb-object --country GB --platforms reddit --topics ai-training
has "$E/gb-object.pdf" "Under Article 21, I object to you using my personal data to train AI models."
has "$E/gb-object.pdf" "https://www.legislation.gov.uk/eur/2016/679/article/21"

# I2, I3: ChatGPT and Claude from their own help pages, with no
# disagreement about past dates.
ebuild de-chat --country DE --platforms chatgpt,claude,linkedin --topics ai-training
has "$E/de-chat.pdf" "https://help.openai.com/en/articles/7730893-data-controls-faq"
has "$E/de-chat.pdf" "start a Temporary Chat"
lacks "$E/de-chat.pdf" "your chats are used for training by default"
has "$E/de-chat.pdf" "check that \"Help improve Claude\" is off"
lacks "$E/de-chat.pdf" "Sources disagree on whether the switch started on or off"
lacks "$E/de-chat.pdf" "raw.githubusercontent.com"
has "$E/de-chat.pdf" "https://eur-lex.europa.eu/eli/reg/2016/679/oj/eng#art_21"

# R2 (Meta): Hamburg's commissioner is named as the one in charge of
# Meta in Germany, from another German authority's own page.
has "$E/de-rights.pdf" "For Meta, the German authority in charge is Hamburg's"
