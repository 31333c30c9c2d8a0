#!/bin/sh
# The guided questions, driven through a pseudo-terminal by script(1).
# Sourced by tests/run.sh, which provides rs, pass, fail, has, lacks,
# status and pages.

W=$OUT/wizard
mkdir -p "$W"
if command -v script >/dev/null 2>&1; then
	# A misspelt country, a correction from the summary, then Enter.
	printf 'Germny\nGermany\n1 2\n\n\n\n\n\nSam\n\n%s\n2\n3\n\n\n' "$W/mine" |
	    script -qec "$RIGHTSHEET wizard" /dev/null >"$W/talk" 2>&1
	[ -s "$W/mine.pdf" ] && pass || fail "wizard wrote no PDF: $(tail -3 "$W/talk")"
	has "$W/talk" "Did you mean"
	has "$W/talk" "Germany: that is in region EU."
	has "$W/talk" "Here is what you chose:"
	has "$W/talk" "Done. Your checklist is"
	has "$W/talk" "start with step "
	has "$W/talk" "The cover lists what to do first."
	has "$W/mine.pdf" "A privacy checklist for Sam"
	has "$W/mine.pdf" "Germany (EU)"
	# Platform 3 (Facebook) replaced 1 and 2 in the correction.
	has "$W/mine.pdf" "Object on Facebook"
	lacks "$W/mine.pdf" "ChatGPT"

	# The US asks for a state; a region handout needs no country.
	printf 'US\nTexas\n\n\n\n2\n\nn\n\n%s\n\n' "$W/tx" |
	    script -qec "$RIGHTSHEET wizard" /dev/null >"$W/talk2" 2>&1
	has "$W/talk2" "Which US state?"
	has "$W/tx.pdf" "Because you live in Texas."
	[ "$(paper "$W/tx.pdf")" = "letter" ] && pass || fail "wizard: Letter not kept for the US"
	lacks "$W/tx.pdf" "Where you live"

	printf '\n2\n\n\n\n\n\nn\n\n%s\n\n' "$W/uk" |
	    script -qec "$RIGHTSHEET wizard" /dev/null >"$W/talk3" 2>&1
	has "$W/uk.pdf" "Privacy checklist for people in the EEA"

	# A time budget: the steps that fit, the rest listed for later.
	printf 'DE\n\n\n30m\n\n\nn\n\n%s\n\n' "$W/budget" |
	    script -qec "$RIGHTSHEET wizard" /dev/null >"$W/talk5" 2>&1
	has "$W/talk5" "4. Time: 30 minutes"
	has "$W/budget.pdf" "When you have more time"
	has "$W/budget.pdf" "You said you have 30 minutes"

	# Input that stops early writes nothing.
	printf 'DE\n' | script -qec "$RIGHTSHEET wizard" /dev/null >"$W/talk4" 2>&1
	has "$W/talk4" "the questions ended before the last answer"
fi
status 2 "wizard without a terminal" rs wizard
has "$OUT/last.err" "the guided questions need a terminal"
has "$OUT/last.err" "rightsheet build --country DE"
status 2 "no arguments without a terminal" rs
