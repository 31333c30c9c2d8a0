#!/bin/sh
# The manuals: clean under mandoc's linter, every message of the
# catalogue documented, and the example guide valid and the same as the
# one printed in rightsheet-guide(5).
# Sourced by tests/run.sh, which provides pass, fail, check and
# $RIGHTSHEET.

for page in doc/rightsheet.1 doc/rightsheet-guide.5; do
	if ! command -v mandoc >/dev/null 2>&1; then
		fail "$page: mandoc is not installed"
		continue
	fi
	lint=$(mandoc -T lint -W warning "$page" 2>&1)
	if [ -z "$lint" ]; then pass
	else fail "$page: mandoc -T lint: $(printf '%s\n' "$lint" | head -3)"; fi
done

# Each message id has a ".\" MSG_..." line before its entry in
# DIAGNOSTICS, so a message added to src/msg.h cannot go undocumented.
ids=$(awk '/^enum msgid/ { on = 1; next }
	on && /^};/ { exit }
	on && match($0, /MSG_[A-Z0-9_]+/) { print substr($0, RSTART, RLENGTH) }' src/msg.h |
    grep -v -x -e MSG_WARNING -e MSG_ERROR -e MSG_USAGE -e MSG_SYSERR -e MSG__MAX)
missing=
for id in $ids; do
	grep -F -x -q ".\\\" $id" doc/rightsheet.1 || missing="$missing $id"
done
if [ -n "$ids" ] && [ -z "$missing" ]; then pass
else fail "rightsheet.1 DIAGNOSTICS lacks:${missing:- (no ids found in src/msg.h)}"; fi

# Every command in rightsheet --help has its subsection.
for c in $("$RIGHTSHEET" --help 2>/dev/null | awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }'); do
	if grep -F -x -q ".Ss $c" doc/rightsheet.1; then pass
	else fail "rightsheet.1 has no subsection for the command $c"; fi
done

# The example guide.
check "example guide: rightsheet validate" "$RIGHTSHEET" validate doc/example-guide.xml
check "example guide: validate --coverage" "$RIGHTSHEET" validate --coverage doc/example-guide.xml
check "example guide: beside the built-in guides" "$RIGHTSHEET" validate --coverage guides doc/example-guide.xml
check "example guide: xmllint" xmllint --noout --nonet --schema guides/schema/guide.xsd doc/example-guide.xml
sed -n '/^\.\\" BEGIN example-guide.xml$/,/^\.\\" END example-guide.xml$/p' doc/rightsheet-guide.5 |
    sed '1,2d;$d' | sed '$d' >"$OUT/example-guide.xml"
check "example guide: the same in rightsheet-guide.5" cmp "$OUT/example-guide.xml" doc/example-guide.xml
