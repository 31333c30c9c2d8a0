#!/bin/sh
# Install the Debian packages rightsheet needs, only those missing.
# Usage: build-aux/deps.sh build|check
set -eu

# iso-codes and locales are data read at run time: the names of countries
# in their own languages, and which languages each country speaks.
build="gcc make pkg-config libhpdf-dev libxml2-dev libpcre2-dev libharfbuzz-dev
    libqrencode-dev libzip-dev zlib1g-dev iso-codes locales"
check="$build poppler-utils qpdf libxml2-utils strace zbar-tools mandoc zip
    unzip"

case "${1:-build}" in
build)	want=$build ;;
check)	want=$check ;;
*)	echo "usage: $0 build|check" >&2; exit 2 ;;
esac

missing=
for p in $want; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null |
	    grep -q 'install ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "rightsheet: installing Debian packages:$missing" >&2
if [ "$(id -u)" -eq 0 ]; then
	sudo=
elif command -v sudo >/dev/null 2>&1; then
	sudo=sudo
else
	echo "rightsheet: run as root, or install:$missing" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq || true
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing
