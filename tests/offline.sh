#!/bin/sh
# Nothing leaves the machine: no command opens a socket, of any kind,
# and every command works with no network at all.
# Sourced by tests/run.sh, which provides pass, fail, status and check.

N=$OUT/offline
mkdir -p "$N"
printf 'name,country\nA,DE\nB,US\nC,GB\n' >"$N/room.csv"

# offline_cmd NAME COMMAND...: traced with every child, no socket call.
offline_cmd() {
	name=$1; shift
	# LeakSanitizer needs ptrace, which strace holds.
	ASAN_OPTIONS=${ASAN_OPTIONS:-}:detect_leaks=0 strace -f -qq -e signal=none -e trace=%network -o "$N/trace" "$@" >/dev/null 2>&1
	if [ ! -s "$N/trace" ]; then pass
	else fail "$name touched the network: $(head -3 "$N/trace")"; fi
}
traced=0
if command -v strace >/dev/null 2>&1 && strace -f -qq -o /dev/null true 2>/dev/null; then
	traced=1
	offline_cmd "build" "$RIGHTSHEET" build --country DE --platforms facebook,instagram -o "$N/de.pdf"
	offline_cmd "batch" "$RIGHTSHEET" batch "$N/room.csv" -o "$N/room" --jobs 2 --combined "$N/pack.pdf"
	offline_cmd "explain" "$RIGHTSHEET" explain --country US --state US-CA
	offline_cmd "validate --coverage" "$RIGHTSHEET" validate --coverage
	offline_cmd "list" "$RIGHTSHEET" list
	# The check itself: a program that does open a socket is caught.
	strace -f -qq -e signal=none -e trace=%network -o "$N/trace" sh -c 'exec 3<>/dev/tcp/127.0.0.1/9' >/dev/null 2>&1
	if [ -s "$N/trace" ] || ! command -v bash >/dev/null; then pass
	else
		strace -f -qq -e signal=none -e trace=%network -o "$N/trace" bash -c 'exec 3<>/dev/tcp/127.0.0.1/9' >/dev/null 2>&1
		[ -s "$N/trace" ] && pass || fail "the network trace sees nothing"
	fi
elif ! command -v strace >/dev/null 2>&1; then
	fail "strace is missing: install it (make check does)"
else
	echo "  note: strace cannot trace here (ptrace not allowed); the no-network build below must do"
fi

# With no network at all (a new network namespace has only a loopback
# that is down), a build gives the same bytes.
if unshare -n true 2>/dev/null; then
	status 0 "build with no network" unshare -n "$RIGHTSHEET" build --country DE --platforms facebook,instagram -o "$N/nonet.pdf"
	rs build --country DE --platforms facebook,instagram -o "$N/net.pdf" 2>/dev/null
	check "no network, same bytes" cmp "$N/net.pdf" "$N/nonet.pdf"
elif [ $traced -eq 0 ]; then
	fail "neither strace nor unshare -n works here: the offline promise is untested"
fi
