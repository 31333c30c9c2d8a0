#!/bin/sh
# Data brokers, 28 November 2026: items that had only press or
# secondary sources (confirmed="no") and now cite the primary page --
# the California Secretary of State for Safe at Home, the FTC (and a
# state regulator) for the marketing-list and credit-freeze step, and
# Acxiom's own privacy notices for its European and international
# requests.  Each must lose its "Not confirmed" mark, keep its code and
# print the new source; the corrected text is pinned too.
# Sourced by tests/run.sh, which provides rs, pass, fail, has, lacks;
# its variables start with cb_ so as not to clobber run.sh's ($de).

cb_dir=$OUT/confirm-brokers
mkdir -p "$cb_dir"
for cb_p in "US US-CA" "DE" "FR"; do
	set -- $cb_p
	rs build --country "$1" ${2:+--state "$2"} --topics data-brokers \
	    -o "$cb_dir/$1.pdf" 2>/dev/null || fail "confirm-brokers: $1 did not build"
done

# California: Safe at Home (BROKER-01) and the marketing lists (BROKER-23).
cb_ca=$cb_dir/US.pdf
for cb_code in BROKER-01 BROKER-23; do
	has "$cb_ca" "$cb_code"
	lacks "$cb_ca" "Not confirmed $cb_code"
done
for cb_u in sos.ca.gov/registries/safe-home/about-safeathome \
    sos.ca.gov/registries/safe-home/frequently-asked-questions \
    ftc.gov/node/41795 \
    ftc.gov/consumer-alerts/2018/09/free-credit-freezes-are-here \
    iub.iowa.gov/consumers/federal-do-not-call-registry; do
	has_joined "$cb_ca" "$cb_u"
done
# The Secretary of State says the programme's rules bind government
# agencies, not private companies: no claim that members can make
# people-search sites remove them.
lacks "$cb_ca" "Members can demand that people-search sites remove"
has "$cb_ca" "bind government agencies, not private companies"
has "$cb_ca" "(877) 322-5227"
# Only what the FTC pages say: no fee-charging DMAchoice, no bureaus
# they do not name.
lacks "$cb_ca" "DMAchoice"
has "$cb_ca" "1-888-5-OPTOUT"
has "$cb_ca" "Equifax, Experian and TransUnion"
# Acxiom's US step (BROKER-22) now cites Acxiom's own pages
# (tests/facts-brokers.sh); people-search steps without one stay marked.
lacks "$cb_ca" "Not confirmed BROKER-22"
has "$cb_ca" "Not confirmed BROKER-16"

status 0 "explain US-CA data-brokers" rs explain --country US --state US-CA --topics data-brokers
for cb_id in broker-ca-safe-at-home broker-us-marketing-lists; do
	has "$OUT/last.out" "[$cb_id]"
	lacks "$OUT/last.out" "(not confirmed) [$cb_id]"
done
lacks "$OUT/last.out" "(not confirmed) [broker-acxiom-us]"
has "$OUT/last.out" "(not confirmed) [broker-fastpeoplesearch]"

# Acxiom in Europe and India: its German company's notice and its
# international notice, not a volunteer list's mailbox.
cb_de=$cb_dir/DE.pdf
cb_fr=$cb_dir/FR.pdf
has "$cb_de" "BROKER-28"
lacks "$cb_de" "Not confirmed BROKER-28"
has_joined "$cb_de" "acxiom.de/datenschutz/datenschutzinformationen-fuer-verbraucher-und-firmendatenbank/"
has "$cb_de" "acxiom.com/privacy/international-privacy-notice"
lacks "$cb_de" "For Austria, Germany, Switzerland and India it takes privacy requests"
has "$cb_fr" "BROKER-29"
lacks "$cb_fr" "Not confirmed BROKER-29"
has "$cb_fr" "acxiom.com/privacy/international-privacy-notice"
for cb_c in DE AT CH IN; do
	status 0 "explain $cb_c data-brokers" rs explain --country "$cb_c" --topics data-brokers
	has "$OUT/last.out" "[broker-acxiom-dach]"
	lacks "$OUT/last.out" "(not confirmed) [broker-acxiom-dach]"
done
status 0 "explain FR data-brokers" rs explain --country FR --topics data-brokers
has "$OUT/last.out" "[broker-acxiom-fr-it-es]"
lacks "$OUT/last.out" "(not confirmed) [broker-acxiom-fr-it-es]"
