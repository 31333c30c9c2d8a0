#!/bin/sh
# The fuzzers' seeds must reach what they are there to reach: a seed
# guide that the current format refuses leaves a fuzzer exploring parse
# errors only (fuzz_build did, for a while, after sources gained their
# required kind).  Every build seed (the first byte picks the options;
# the rest is a guide) and every valid guide seed must still validate;
# bad-* seeds are refused on purpose.  Sourced by tests/run.sh.

S=$OUT/fuzz-seeds
rm -rf "$S"
mkdir -p "$S"
for f in tests/fuzz/corpus/build/*; do
	case ${f##*/} in bad-*) continue ;; esac
	tail -c +2 "$f" >"$S/guide.xml"
	if "$RIGHTSHEET" validate "$S/guide.xml" >/dev/null 2>"$S/err"; then pass
	else fail "fuzz seed $f no longer validates: $(head -c 200 "$S/err")"; fi
done
for f in tests/fuzz/corpus/guide/test.xml; do
	if "$RIGHTSHEET" validate "$f" >/dev/null 2>"$S/err"; then pass
	else fail "fuzz seed $f no longer validates: $(head -c 200 "$S/err")"; fi
done
for f in tests/fuzz/corpus/profile/de.xml; do
	if "$RIGHTSHEET" explain --profile "$f" >/dev/null 2>"$S/err"; then pass
	else fail "fuzz seed $f is no longer a profile: $(head -c 200 "$S/err")"; fi
done
