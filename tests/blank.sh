#!/bin/sh
# Pages that are full: over many profiles (countries, states, platform
# mixes, every template, A4 and Letter), no page but a section's last
# is more than a third blank.  Measured from the PDFs themselves:
# pdftotext -bbox gives the words, qpdf the bookmarks where sections
# start (tests/blank.awk).  Prints the worst page and the mean.
# Sourced by tests/run.sh.

B=$OUT/blank
mkdir -p "$B"
# The bound: a third.  A step that does not fit at a page's foot
# moves whole to the next page (a paragraph never splits, and a QR code
# holds its paragraph and its address together); a box from up to two
# steps further on moves up into the gap (box_float()).  Mean and worst
# are printed.
BOUND=33
blank_n=0
blank_sum=0
blank_worst=0
blank_where=

# blank_check NAME ARGS...: build, measure, remember the worst page.
blank_check() {
	bc_name=$1
	shift
	build_to "$B/$bc_name.pdf" "$@"
	[ -s "$B/$bc_name.pdf" ] || return
	bc_starts=$(qpdf --json --json-key=outlines "$B/$bc_name.pdf" |
	    grep -o '"destpageposfrom1": [0-9]*' | awk '{ print $2 }' |
	    tr '\n' ' ')
	pdftotext -bbox "$B/$bc_name.pdf" "$B/$bc_name.html"
	awk -v starts="$bc_starts" -f tests/blank.awk "$B/$bc_name.html" \
	    >"$B/$bc_name.blank"
	bc_bad=$(awk -v b=$BOUND '$2 > b { printf " page %d %d%%", $1, $2 }' \
	    "$B/$bc_name.blank")
	if [ -z "$bc_bad" ]; then pass
	else fail "blank pages in $bc_name ($*):$bc_bad"; fi
	while read -r bc_p bc_s; do
		blank_n=$((blank_n + 1))
		blank_sum=$((blank_sum + bc_s))
		if [ "$bc_s" -gt "$blank_worst" ]; then
			blank_worst=$bc_s
			blank_where="$bc_name page $bc_p"
		fi
	done <"$B/$bc_name.blank"
}

blank_check de-std --country DE --platforms facebook,instagram
blank_check de-large --country DE --platforms facebook,instagram --template large-print
blank_check de-compact --country DE --template compact
blank_check fr-work --country FR --platforms instagram --template workshop
blank_check ie-letter --country IE --paper letter
blank_check gb-large --country GB --platforms facebook --template large-print
blank_check ca-std --country US --state US-CA --platforms instagram
blank_check tx-compact --country US --state US-TX --template compact
blank_check va-work --country US --state US-VA --platforms instagram,whatsapp --template workshop
blank_check ny-large --country US --state US-NY --template large-print
blank_check canada --country CA --platforms facebook
blank_check au --country AU --platforms instagram
blank_check br-compact --country BR --platforms facebook,instagram --template compact
blank_check ch-large --country CH --template large-print
blank_check jp --country JP --platforms facebook
blank_check in-work --country IN --template workshop
blank_check no --country NO --platforms facebook,instagram
blank_check eu-region --region EU
blank_check us-region --region US --template compact
blank_check uk-work --region UK --template workshop
blank_check es-large --country ES --platforms linkedin,x --template large-print
blank_check se --country SE
blank_check it-compact --country IT --platforms facebook --template compact
blank_check nl-work --country NL --platforms instagram,threads --template workshop
blank_check co --country US --state US-CO --paper a4
blank_check or-large --country US --state US-OR --platforms facebook,instagram --template large-print
blank_check kr --country KR
blank_check za-compact --country ZA --platforms facebook --template compact --paper letter
blank_check mx-large --country MX --template large-print --paper letter
blank_check nz --country NZ --platforms instagram
blank_check de-budget --country DE --platforms facebook,instagram --budget 45m
blank_check ca-budget --country US --state US-CA --budget 1h --template large-print

if [ "$blank_n" -gt 0 ]; then
	echo "  $blank_n pages measured: mean $((blank_sum / blank_n))% blank, worst $blank_worst% ($blank_where)"
fi
