#!/bin/sh
# Golden tests: each tests/golden/NAME.args holds a command line (after
# "rightsheet"), and NAME.out what it must print: its stdout, then a
# line "-- stderr" and its stderr, then "-- exit N".  Two kinds share
# the format:
#
#   layout goldens run "build --dump-layout ...": the drawing list as
#     text, measured with the fake font of src/dump.c, so they change
#     when layout does and not when DejaVu, libharu or libqrencode do;
#   hostile inputs come with NAME.xml: a guide the command must refuse
#     with exactly the messages pinned, exit 1.
#
# In NAME.args, @FILE@ stands for a copy of NAME.xml and @DIR@ for the
# folder it is in (tests/out/golden/NAME); words are split at spaces,
# with no quoting.  Every case must also finish
# within a time limit, leave @DIR@/out.pdf untouched, and not leak
# /etc/hostname into what it prints.
#
# Sourced by tests/run.sh, which provides rs, pass and fail; run alone
# (make regen does, with REGEN=1) it sets them up itself.  REGEN=1
# rewrites the .out files: review them with git diff before committing.

if [ -z "${OUT:-}" ]; then
	RIGHTSHEET=${RIGHTSHEET:-./rightsheet}
	OUT=tests/out
	mkdir -p "$OUT"
	export SOURCE_DATE_EPOCH=1795305600	# 22 November 2026
	passed=0
	failed=0
	pass() { passed=$((passed + 1)); }
	fail() { failed=$((failed + 1)); printf 'FAIL: %s\n' "$*"; }
	standalone=1
fi

GOUT=$OUT/golden
rm -rf "$GOUT"
mkdir -p "$GOUT"
# The user's own guides and templates must not leak into a golden.
mkdir -p "$GOUT/xdg"

# Made here rather than kept in git: a guide with a 10 MB attribute.
mkdir -p "$GOUT/big-attribute"
{
	printf '<?xml version="1.0" encoding="UTF-8"?>\n<guide id="'
	head -c 10485760 /dev/zero | tr '\0' a
	printf '"/>\n'
} >"$GOUT/big-attribute/big-attribute.xml"

hostname=$(cat /etc/hostname 2>/dev/null || echo no-hostname)
for argsfile in tests/golden/*.args; do
	name=$(basename "$argsfile" .args)
	dir=$GOUT/$name
	mkdir -p "$dir"
	file=$dir/$name.xml
	hostile=0
	[ -f "tests/golden/$name.xml" ] && cp "tests/golden/$name.xml" "$file"
	[ -f "$file" ] && hostile=1
	args=$(sed -e "s|@FILE@|$file|g" -e "s|@DIR@|$dir|g" "$argsfile")
	echo old >"$dir/out.pdf"
	start=$(date +%s%N)
	# shellcheck disable=SC2086
	XDG_DATA_HOME=$GOUT/xdg timeout 20 ${VALGRIND:-} "$RIGHTSHEET" $args \
	    >"$dir/stdout" 2>"$dir/stderr"
	got=$?
	ms=$(( ($(date +%s%N) - start) / 1000000 ))
	{
		cat "$dir/stdout"
		echo "-- stderr"
		cat "$dir/stderr"
		echo "-- exit $got"
	} >"$dir/out"
	if [ "${REGEN:-}" = 1 ]; then
		cp "$dir/out" "tests/golden/$name.out"
	fi
	if cmp -s "$dir/out" "tests/golden/$name.out"; then pass
	else
		fail "golden $name: output differs (diff -u tests/golden/$name.out $dir/out)"
		diff -u "tests/golden/$name.out" "$dir/out" | sed -n '3,12p'
	fi
	# A hostile guide is refused as an input error, never as a crash
	# or a sanitizer report, whatever a regenerated .out says.
	if [ "$hostile" -eq 0 ] || [ "$got" -eq 1 ]; then pass
	else fail "golden $name: exit $got, want 1 for a hostile guide"; fi
	# Sanitizer and valgrind builds are slower; the limit is for real ones.
	limit=2000
	[ -n "${VALGRIND:-}${SLOW:-}" ] && limit=30000
	if [ "$ms" -le "$limit" ]; then pass; else fail "golden $name: took $ms ms"; fi
	if echo old | cmp -s - "$dir/out.pdf"; then pass
	else fail "golden $name: out.pdf was changed"; fi
	if grep -q -F "$hostname" "$dir/stderr"; then
		fail "golden $name: /etc/hostname leaked into a message"
	else pass; fi
done

if [ -n "${standalone:-}" ]; then
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
fi
