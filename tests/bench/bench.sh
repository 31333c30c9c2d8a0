#!/bin/sh
# make bench: our time against the floor (a naive libharu program that
# only places the same text with the same fonts), measured in one run.
# Prints every command it runs.  Not part of make check: it is slow and
# its numbers are only meaningful side by side, on one machine.
set -u
cd "$(dirname "$0")/../.."
RS=./rightsheet
B=build/bench
rm -rf "$B"
mkdir -p "$B"
export SOURCE_DATE_EPOCH=1795305600
# A guide cache of the bench's own (absolute, as XDG asks), never the
# user's: the runs below say whether it is warm, cold or unused.
CACHE=$(pwd)/$B/cache
export XDG_CACHE_HOME="$CACHE"
RUNS=${RUNS:-15}

run() { echo "\$ $*" >&2; "$@"; }

# median_ms CMD...: median wall time of RUNS runs, in milliseconds;
# with COLD=1, the guide cache is emptied before each run (outside the
# time taken).
median_ms() {
	i=0
	: >"$B/times"
	while [ $i -lt "$RUNS" ]; do
		[ "${COLD:-0}" = 1 ] && rm -rf "$CACHE"
		t0=$(date +%s%N)
		"$@" >/dev/null 2>&1
		echo $(( ($(date +%s%N) - t0) / 1000 )) >>"$B/times"
		i=$((i + 1))
	done
	sort -n "$B/times" | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) / 2)] / 1000 }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "== machine"
echo "$(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(uname -sr)"

echo "== build"
run make -s rightsheet
run cc -O2 -o "$B/floor" tests/bench/floor.c -lhpdf

echo "== one checklist: DE, Facebook and Instagram"
cmd="$RS build --country DE --platforms facebook,instagram -o $B/de.pdf"
echo "\$ $cmd  (x$RUNS, guide cache emptied before each)"
cold=$(COLD=1 median_ms $cmd)
echo "\$ env -u XDG_CACHE_HOME HOME= $cmd  (x$RUNS, no guide cache)"
none=$(median_ms env -u XDG_CACHE_HOME HOME= $cmd)
echo "\$ $cmd  (x$RUNS, guides from the cache)"
ours=$(median_ms $cmd)
/usr/bin/time -f %M -o "$B/mem" $cmd 2>/dev/null
pdftotext "$B/de.pdf" "$B/de.txt"
fcmd="$B/floor $B/de.txt fonts $B/floor.pdf"
echo "\$ $fcmd  (x$RUNS)"
floor=$(median_ms $fcmd)
echo "rightsheet: median $ours ms, peak $(cat "$B/mem") KB, $(stat -c %s "$B/de.pdf") bytes, $(pdfinfo "$B/de.pdf" | awk '/^Pages:/ { print $2 }') pages"
echo "floor:      median $floor ms, $(stat -c %s "$B/floor.pdf") bytes"
echo "first build, empty guide cache: median $cold ms, $(ratio "$cold" "$floor")x the floor"
echo "no guide cache at all:          median $none ms, $(ratio "$none" "$floor")x the floor"
echo "one checklist: $(ratio "$ours" "$floor")x the floor (target 0.6x; every build after the first)"

echo "== 200-person roster"
awk 'BEGIN {
	split("DE FR ES IT PL NL SE IE GB US US US CA BR AU CH NO JP IN", c, " ")
	split("facebook instagram threads whatsapp linkedin x reddit gemini", p, " ")
	split("US-CA US-TX US-NY US-VA US-CO", s, " ")
	print "name,country,state,platforms"
	for (i = 1; i <= 200; i++) {
		k = c[(i * 7) % 18 + 1]
		st = k == "US" ? s[i % 5 + 1] : ""
		printf "Person %d,%s,%s,%s;%s\n", i, k, st, p[i % 8 + 1], p[(i * 3) % 8 + 1]
	}
}' >"$B/roster.csv"
n=$(nproc)
for j in 1 "$n"; do
	rm -rf "$B/out-$j"
	echo "\$ $RS batch $B/roster.csv -o $B/out-$j --jobs $j"
	t0=$(date +%s%N)
	/usr/bin/time -f %M -o "$B/mem-$j" $RS batch "$B/roster.csv" -o "$B/out-$j" --jobs "$j" 2>/dev/null
	ms=$(( ($(date +%s%N) - t0) / 1000000 ))
	eval "ms_$j=$ms"
	echo "jobs $j: $ms ms, $(ratio 200000 "$ms") PDFs per second, peak $(cat "$B/mem-$j") KB in the parent"
done
eval "m1=\$ms_1; mn=\$ms_$n"
echo "scaling from 1 to $n workers: $(ratio "$m1" "$mn")x (target 1.7x on two cores)"
same=yes
for f in "$B"/out-1/*.pdf; do cmp -s "$f" "$B/out-$n/$(basename "$f")" || same=no; done
echo "byte-identical across worker counts: $same"

echo "\$ $B/floor $B/de.txt fonts $B/floor.pdf 50  (50 documents in one process)"
t0=$(date +%s%N)
"$B/floor" "$B/de.txt" fonts "$B/floor.pdf" 50
floor_doc=$(( ($(date +%s%N) - t0) / 50000 ))
per_doc=$(( ms_1 * 1000 / 200 ))
echo "per checklist in a batch (1 worker): $(ratio "$per_doc" 1000) ms; floor per document in a loop: $(ratio "$floor_doc" 1000) ms"
echo "batch checklist: $(ratio "$per_doc" "$floor_doc")x the floor's per-document cost (target 0.3x)"

echo "== peak memory against roster length (1 worker, parent process)"
for rows in 50 200; do
	head -n $((rows + 1)) "$B/roster.csv" >"$B/r$rows.csv"
	rm -rf "$B/m$rows"
	/usr/bin/time -f %M -o "$B/mm$rows" $RS batch "$B/r$rows.csv" -o "$B/m$rows" --jobs 1 2>/dev/null
	echo "$rows rows: $(cat "$B/mm$rows") KB"
done

echo "== half the pages (issue 12): the guides of 22 November, laid out today"
RIGHTSHEET=$RS sh tests/bench/pages-then.sh
