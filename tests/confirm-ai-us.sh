#!/bin/sh
# Items confirmed from a primary source (the platform's own help page,
# a state statute or the attorney general's page) no longer carry
# confirmed="no", and print that source; US state items that name the
# attorney general's complaint page count as the state's regulator.
# Sourced by tests/run.sh, which provides rs, status, has, lacks.

C=$OUT/confirm-ai-us
mkdir -p "$C"

# Each state whose item names its attorney general (or agency) and
# links to where to complain has a regulator and a complaint route.
rs validate --coverage >"$C/coverage.txt" 2>"$C/coverage.err" ||
    fail "confirm-ai-us: validate --coverage failed: $(head -1 "$C/coverage.err")"
for s in "US-CA California" "US-CO Colorado" "US-DE Delaware" \
    "US-LA Louisiana" "US-MN Minnesota" "US-NH New Hampshire" \
    "US-OK Oklahoma" "US-TX Texas" "US-VA Virginia" "US-VT Vermont"; do
	has "$C/coverage.txt" "regulator: $s: named yes, complaint route yes"
done

# Platform steps confirmed from the platform's own help page: explain
# shows no "(not confirmed)" beside them, and the checklist prints the
# help page among its sources.
rs explain --country US --platforms linkedin,gemini --topics ai-training \
    >"$C/ai.txt" 2>"$C/ai.err" ||
    fail "confirm-ai-us: explain failed: $(head -1 "$C/ai.err")"
has "$C/ai.txt" "Switch off LinkedIn's AI training setting (5 min) [ai-linkedin-genai]"
lacks "$C/ai.txt" "(not confirmed) [ai-linkedin-genai]"
has "$C/ai.txt" "Turn off \"Keep Activity\" in Gemini (5 min) [ai-gemini-activity]"
lacks "$C/ai.txt" "(not confirmed) [ai-gemini-activity]"
status 0 "confirm-ai-us: build" \
    rs build --country US --platforms linkedin,gemini --topics ai-training -o "$C/ai.pdf"
has "$C/ai.pdf" "https://www.linkedin.com/help/linkedin/answer/a6278444"
has "$C/ai.pdf" "https://support.google.com/gemini/answer/13278892"
lacks "$C/ai.pdf" "Switch off LinkedIn's AI training setting Not confirmed"
lacks "$C/ai.pdf" "Keep Activity\" in Gemini Not confirmed"
