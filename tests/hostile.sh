#!/bin/sh
# Hostile inputs: each tests/hostile/NAME.xml must give exactly the
# messages in NAME.err and exit 1, within a second or two, leaving no
# PDF.  NAME.args (optional) gives the command, with @FILE@ for the
# guide's path and @DIR@ for its folder; the default is "validate @FILE@".
# Sourced by tests/run.sh, which provides rs, pass and fail.
# REGEN=1 rewrites the .err files instead of comparing.

HOUT=$OUT/hostile
mkdir -p "$HOUT"

# Made here rather than kept in git: a guide with a 10 MB attribute.
{
	printf '<?xml version="1.0" encoding="UTF-8"?>\n<guide id="'
	head -c 10485760 /dev/zero | tr '\0' a
	printf '"/>\n'
} >"$HOUT/big-attribute.xml"

# And one with 300,000 attributes: libxml2 checks them pairwise.
{
	printf '<?xml version="1.0" encoding="UTF-8"?>\n<!-- <guide> -->\n<guide\n'
	awk 'BEGIN { for (i = 0; i < 300000; i++) printf " a%d=\"\"", i; print "/>" }'
} >"$HOUT/many-attributes.xml"

# And one with 1,001 items, one past the schema's limit.
awk 'BEGIN {
	print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
	print "<guide format=\"1\" id=\"big\" version=\"1\" xml:lang=\"en\" topic=\"t\" code=\"BIG\" verified=\"2026-11-01\" recheck-by=\"2027-05-01\">"
	print "<title>G</title><summary>S</summary><declare><topic id=\"t\">T</topic></declare>"
	print "<sources><source id=\"s\" href=\"https://example.org/\">E</source></sources><items>"
	for (i = 1; i <= 1001; i++)
		printf "<step id=\"i%d\" sources=\"s\" verified=\"2026-11-01\"><title>T</title><p>P</p></step>\n", i
	print "</items></guide>"
}' >"$HOUT/many-items.xml"

for src in tests/hostile/*.xml "$HOUT/big-attribute.xml" \
    "$HOUT/many-attributes.xml" "$HOUT/many-items.xml"; do
	name=$(basename "$src" .xml)
	dir=$HOUT/$name
	mkdir -p "$dir"
	cp "$src" "$dir/$name.xml"
	file=$dir/$name.xml
	args="validate @FILE@"
	[ -f "tests/hostile/$name.args" ] && args=$(cat "tests/hostile/$name.args")
	args=$(printf '%s' "$args" | sed -e "s|@FILE@|$file|g" -e "s|@DIR@|$dir|g")
	echo '%PDF-old' >"$dir/out.pdf"
	start=$(date +%s%N)
	# shellcheck disable=SC2086
	timeout 20 "$RIGHTSHEET" $args >/dev/null 2>"$dir/err"
	got=$?
	ms=$(( ($(date +%s%N) - start) / 1000000 ))
	if [ "${REGEN:-}" = 1 ]; then
		cp "$dir/err" "tests/hostile/$name.err"
	fi
	if [ "$got" -eq 1 ]; then pass; else fail "hostile $name: exit $got, want 1"; fi
	if cmp -s "$dir/err" "tests/hostile/$name.err"; then pass
	else fail "hostile $name: messages differ"; diff "tests/hostile/$name.err" "$dir/err" | head -5; fi
	# Sanitizer and valgrind builds are slower; the limit is for real ones.
	limit=2000
	[ -n "${VALGRIND:-}${SLOW:-}" ] && limit=30000
	if [ "$ms" -le "$limit" ]; then pass; else fail "hostile $name: took $ms ms"; fi
	if echo '%PDF-old' | cmp -s - "$dir/out.pdf"; then pass
	else fail "hostile $name: out.pdf was changed"; fi
	if grep -q -F "$(cat /etc/hostname 2>/dev/null || echo no-hostname)" "$dir/err"; then
		fail "hostile $name: /etc/hostname leaked into a message"
	else pass; fi
done
