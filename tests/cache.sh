#!/bin/sh
# The guide cache (src/guide_cache.c): what a command prints is the
# same bytes whether its guides were parsed or came from the cache; a
# guide changed in any way is read again; a damaged, foreign or
# unusable cache changes nothing but the time taken; a guide that drew
# a message is never cached, so the message comes every time.
# Sourced by tests/run.sh.

ROOT=$(pwd)
# Absolute: XDG_CACHE_HOME is ignored otherwise, as the standard says.
C=$ROOT/$OUT/cache-test
rm -rf "$C"
mkdir -p "$C"

# in_cache DIR CMD...: run with the cache at DIR (none if DIR is "-").
in_cache() {
	d=$1; shift
	if [ "$d" = - ]; then
		env -u XDG_CACHE_HOME HOME= ${VALGRIND:+$VALGRIND --log-file=$SAN/vg.%p} "$RIGHTSHEET" "$@"
	else
		env XDG_CACHE_HOME="$d" ${VALGRIND:+$VALGRIND --log-file=$SAN/vg.%p} "$RIGHTSHEET" "$@"
	fi
}

# same_out NAME ARGS...: the command's output file (the last argument)
# and its stderr are the same with no cache, a cold cache and a warm one.
n=0
same_out() {
	name=$1; shift
	n=$((n + 1))
	rm -rf "$C/x$n"
	mkdir -p "$C/x$n"
	for how in none cold warm; do
		d=$C/x$n/cache
		[ $how = none ] && d=-
		in_cache "$d" "$@" -o "$C/x$n/out" >"$C/x$n/$how.stdout" 2>"$C/x$n/$how.err"
		echo $? >"$C/x$n/$how.rc"
		mv "$C/x$n/out" "$C/x$n/$how.out"
	done
	for how in cold warm; do
		if cmp -s "$C/x$n/none.out" "$C/x$n/$how.out" &&
		    cmp -s "$C/x$n/none.err" "$C/x$n/$how.err" &&
		    cmp -s "$C/x$n/none.stdout" "$C/x$n/$how.stdout" &&
		    cmp -s "$C/x$n/none.rc" "$C/x$n/$how.rc"; then pass
		else fail "cache: $name differs with a $how cache"; fi
	done
}
same_out "Germany, Facebook and Instagram" build --country DE --platforms facebook,instagram
same_out "California, compact, Letter" build --country US --state US-CA --template compact
same_out "UK, large print" build --country GB --template large-print --name "Zoë"
same_out "Brazil, workshop" build --country BR --template workshop --budget 30m
same_out "letters" build --country IE --letters all --sent 2026-11-20
same_out "letters only" letters --country FR --letters meta-objection
same_out "layout dump" build --country CH --platforms instagram,threads --dump-layout
same_out "small guide set" build --guides tests/fixtures/guides --country DE

# explain writes to stdout.
for how in none cold warm; do
	d=$C/ex/cache
	[ $how = none ] && d=-
	mkdir -p "$C/ex"
	in_cache "$d" explain --country US --state US-TX --json >"$C/ex/$how.json" 2>&1
done
cmp -s "$C/ex/none.json" "$C/ex/cold.json" && cmp -s "$C/ex/none.json" "$C/ex/warm.json" &&
    pass || fail "cache: explain --json differs with a cache"

# One entry per guide, readable by its owner only, in a folder of its own.
k=$(ls guides/*.xml | wc -l)
[ "$(ls "$C/x1/cache/rightsheet" | grep -c '\.guide$')" -eq "$k" ] && pass ||
    fail "cache: $(ls "$C/x1/cache/rightsheet" | wc -l) entries for $k guides"
[ "$(stat -c %a "$C/x1/cache/rightsheet")" = 700 ] && pass ||
    fail "cache folder is $(stat -c %a "$C/x1/cache/rightsheet")"
[ -z "$(find "$C/x1/cache/rightsheet" -type f ! -perm 600)" ] && pass ||
    fail "cache entries others can read: $(find "$C/x1/cache/rightsheet" -type f ! -perm 600)"
# Guides only: nothing of the person.
! grep -rq "Zoë" "$C/x3/cache" && pass || fail "cache holds the person's name"

# The cache is used: a warm build never compiles the guide schema,
# which a cold one must (the cache itself only reads it for its hash).
# LeakSanitizer cannot run under strace: the plain build only.
if command -v strace >/dev/null 2>&1 && [ -z "${VALGRIND:-}" ] &&
    ! nm "$RIGHTSHEET" 2>/dev/null | grep -q __asan_init &&
    strace -f -qq -e trace=openat -o "$C/probe" true 2>/dev/null; then
	xsd_opens() {
		strace -f -qq -e trace=openat -o "$C/trace" env XDG_CACHE_HOME="$1" \
		    "$RIGHTSHEET" build --country DE -o "$C/t.pdf" 2>/dev/null
		grep -c 'guide\.xsd' "$C/trace"
	}
	cold=$(xsd_opens "$C/s")
	warm=$(xsd_opens "$C/s")
	[ "$cold" -ge 2 ] && [ "$warm" -eq 1 ] && pass ||
	    fail "cache: guide.xsd opened $cold times cold, $warm warm (want 2+ and 1)"
fi

# A guide changed in place, same size, old date: read again.
mkdir -p "$C/g"
cp guides/*.xml "$C/g/"
in_cache "$C/e" build --guides "$C/g" --country DE -o "$C/e1.pdf" 2>/dev/null
f=$C/g/meta-ai.xml
touch -r "$f" "$C/stamp"
sed -i 's|<title>Meta and AI training|<title>Mxta and AI training|' "$f"
touch -r "$C/stamp" "$f"
in_cache "$C/e" build --guides "$C/g" --country DE -o "$C/e2.pdf" 2>/dev/null
in_cache - build --guides "$C/g" --country DE -o "$C/e3.pdf" 2>/dev/null
cmp -s "$C/e2.pdf" "$C/e3.pdf" && pass || fail "cache: an edited guide came from the cache"
cmp -s "$C/e1.pdf" "$C/e2.pdf" && fail "cache: the edit did not show" || pass

# A guide that drew a message says it every time.
mkdir -p "$C/bad"
cp tests/golden/control-char.xml "$C/bad/"
for i in 1 2; do
	in_cache "$C/m" build --guides "$C/bad" --country DE -o "$C/m.pdf" >/dev/null 2>"$C/m$i.err"
	echo $? >"$C/m$i.rc"
done
grep -q "control character" "$C/m2.err" && cmp -s "$C/m1.err" "$C/m2.err" &&
    cmp -s "$C/m1.rc" "$C/m2.rc" && [ "$(cat "$C/m2.rc")" = 1 ] && pass ||
    fail "cache: a guide's error was not repeated: $(cat "$C/m2.err")"

# Damaged entries: truncated, flipped, emptied, swapped, made links or
# folders.  Each build still gives the same PDF as with no cache.
in_cache - build --country DE -o "$C/ref.pdf" 2>/dev/null
D=$C/dmg
in_cache "$D" build --country DE -o "$C/d.pdf" 2>/dev/null
set -- "$D"/rightsheet/*.guide
i=0
for e in "$@"; do
	case $((i % 7)) in
	0) head -c 100 "$e" >"$e.t" && mv "$e.t" "$e" ;;
	1) printf '\377' | dd of="$e" bs=1 seek=5000 conv=notrunc 2>/dev/null ;;
	2) : >"$e" ;;
	3) cp "$1" "$e" ;;
	4) rm -f "$e"; ln -s "$ROOT/guides/meta-ai.xml" "$e" ;;
	5) rm -f "$e"; mkdir "$e" ;;
	6) sz=$(stat -c %s "$e"); printf '\001' | dd of="$e" bs=1 seek=$((sz - 20)) conv=notrunc 2>/dev/null ;;
	esac
	i=$((i + 1))
done
status 0 "cache: build with damaged entries" in_cache "$D" build --country DE -o "$C/d.pdf"
cmp -s "$C/ref.pdf" "$C/d.pdf" && pass || fail "cache: damaged entries changed the PDF"
[ -z "$(grep -v ': wrote ' "$OUT/last.err")" ] && pass ||
    fail "cache: damaged entries drew a message: $(cat "$OUT/last.err")"
# The next build mends what it can.
status 0 "cache: build after damage" in_cache "$D" build --country DE -o "$C/d.pdf"
cmp -s "$C/ref.pdf" "$C/d.pdf" && pass || fail "cache: mended entries changed the PDF"

# Unusable caches: a file, a folder others can write, one that cannot
# be written.  Same PDF, no message, status 0.
: >"$C/afile"
status 0 "cache: XDG_CACHE_HOME is a file" in_cache "$C/afile" build --country DE -o "$C/u1.pdf"
cmp -s "$C/ref.pdf" "$C/u1.pdf" && pass || fail "cache: a file as the cache changed the PDF"
mkdir -p "$C/open/rightsheet"
chmod 777 "$C/open/rightsheet"
status 0 "cache: a folder others can write" in_cache "$C/open" build --country DE -o "$C/u2.pdf"
[ -z "$(ls -A "$C/open/rightsheet")" ] && pass || fail "cache: wrote to a folder others can write"
if [ "$(id -u)" != 0 ]; then
	mkdir -p "$C/ro/rightsheet"
	chmod 500 "$C/ro/rightsheet"
	status 0 "cache: a folder that cannot be written" in_cache "$C/ro" build --country DE -o "$C/u3.pdf"
	cmp -s "$C/ref.pdf" "$C/u3.pdf" && pass || fail "cache: a read-only cache changed the PDF"
	chmod 700 "$C/ro/rightsheet"
fi
[ -z "$(find "$C" -name '.new-*')" ] && pass || fail "cache: temporary files left: $(find "$C" -name '.new-*')"
