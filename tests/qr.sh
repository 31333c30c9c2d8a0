#!/bin/sh
# Every QR code decodes, in every template and paper size.  A code is
# drawn as "q 0 0 0 rg" then its modules (pdf_qr.c); qpdf --qdf makes
# the content readable and names each page's stream, so the codes on
# each page are counted from the file and the page is decoded with
# zbarimg at print-like resolution.  A code drawn over by a box strip
# (merge_fills() once compared floats exactly) decodes no more.
# Sourced by tests/run.sh.

Q=$OUT/qr-all
mkdir -p "$Q"

# qr_all PDF: every code on every page decodes.
qr_all() {
	qpdf --qdf --object-streams=disable "$1" "$Q/qdf.pdf" 2>/dev/null
	awk '/^%% Contents for page/ { pg = $5 }
	    prev == "q" && $0 == "0 0 0 rg" { c[pg]++ }
	    { prev = $0 }
	    END { for (p in c) print p, c[p] }' "$Q/qdf.pdf" >"$Q/drawn"
	if [ ! -s "$Q/drawn" ]; then
		fail "$1: no QR codes drawn"
		return
	fi
	qr_bad=
	while read -r qr_pg qr_n; do
		rm -f "$Q"/pg-*.png
		pdftoppm -r 120 -gray -png -f "$qr_pg" -l "$qr_pg" "$1" \
		    "$Q/pg" 2>/dev/null
		qr_got=$(zbarimg -q --raw "$Q"/pg-*.png 2>/dev/null |
		    grep -c '^https\?://')
		[ "$qr_got" -eq "$qr_n" ] ||
		    qr_bad="$qr_bad page $qr_pg: $qr_got of $qr_n;"
	done <"$Q/drawn"
	if [ -z "$qr_bad" ]; then pass
	else fail "$1: QR codes that do not decode:$qr_bad"; fi
}

# Compact leaves QR codes out (template parts), and so must have none.
build_to "$Q/compact.pdf" --region EU --template compact
qpdf --qdf --object-streams=disable "$Q/compact.pdf" "$Q/qdf.pdf" 2>/dev/null
if awk 'prev == "q" && $0 == "0 0 0 rg" { n++ } { prev = $0 }
    END { exit n > 0 }' "$Q/qdf.pdf"; then pass
else fail "compact template draws QR codes"; fi

for qr_t in standard large-print workshop; do
	for qr_p in a4 letter; do
		qr_f=$Q/EU-$qr_t-$qr_p.pdf
		build_to "$qr_f" --region EU --template "$qr_t" --paper "$qr_p"
		qr_all "$qr_f"
	done
done
# Ireland (the lead authority's country) and the UK, one paper each.
build_to "$Q/IE.pdf" --country IE --template large-print
qr_all "$Q/IE.pdf"
build_to "$Q/UK.pdf" --region UK --template workshop --paper letter
qr_all "$Q/UK.pdf"
