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
