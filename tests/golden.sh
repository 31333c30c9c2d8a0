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

# One with 300,000 attributes: libxml2 checks them pairwise.
mkdir -p "$GOUT/many-attributes"
{
	printf '<?xml version="1.0" encoding="UTF-8"?>\n<!-- <guide> -->\n<guide\n'
	awk 'BEGIN { for (i = 0; i < 300000; i++) printf " a%d=\"\"", i; print "/>" }'
} >"$GOUT/many-attributes/many-attributes.xml"

# One with 1,001 items, one past the schema's limit.
mkdir -p "$GOUT/many-items"
awk 'BEGIN {
	print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
	print "<guide format=\"1\" id=\"big\" version=\"1\" xml:lang=\"en\" topic=\"t\" code=\"BIG\" verified=\"2026-11-01\" recheck-by=\"2027-05-01\">"
	print "<title>G</title><summary>S</summary><declare><topic id=\"t\">T</topic></declare>"
	print "<sources><source id=\"s\" kind=\"platform\" href=\"https://example.org/\">E</source></sources><items>"
	for (i = 1; i <= 1001; i++)
		printf "<step id=\"i%d\" sources=\"s\" verified=\"2026-11-01\"><title>T</title><p>P</p></step>\n", i
	print "</items></guide>"
}' >"$GOUT/many-items/many-items.xml"

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
	# It looks like a PDF, so that only a bug would replace it.
	echo '%PDF-old' >"$dir/out.pdf"
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
	if echo '%PDF-old' | cmp -s - "$dir/out.pdf"; then pass
	else fail "golden $name: out.pdf was changed"; fi
	if grep -q -F "$hostname" "$dir/stderr"; then
		fail "golden $name: /etc/hostname leaked into a message"
	else pass; fi
done

if [ -n "${standalone:-}" ]; then
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
fi
