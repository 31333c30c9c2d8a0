#!/bin/sh
# Data brokers (guides/data-brokers.xml), facts checked 28 November 2026
# (issue 11; corrections.md 3.4 D1-D10 and section 4).  Pins what a
# reader sees once the broker items cite the company's own page or the
# law itself:
# - Acxiom (US): its own notices, phone and postal route, no ID for an
#   opt-out; not the volunteer list's acxiom.com/optout (D6, D10).
# - PeopleFinders: its own privacy notice, not an old opt-out address,
#   and no claim that another site's opt-out covers it (D4).
# - "Search for yourself" and "own email" rest on Whitepages',
#   PeopleSmart's and Spokeo's pages; the people-search steps with no
#   primary page stay "Not confirmed" but lose their hedges, say what
#   they ask for, and claim no family coverage.
# - State registries are linked (D9); Acxiom's international portal
#   reaches every non-US reader (D6).
# - Switzerland, Canada and Brazil name the articles of the law.
# Sourced by tests/run.sh (rs, status, has, lacks, explain_to, build_to,
# $OUT); its variables start with fb_.

fb=$OUT/facts-brokers
mkdir -p "$fb"

# Texas: a US reader with no California tools.
explain_to "$fb/tx.txt" --country US --state US-TX --topics data-brokers
build_to "$fb/tx.pdf" --country US --state US-TX --topics data-brokers
for fb_id in broker-search-first broker-own-email broker-peoplefinders \
    broker-acxiom-us; do
	has "$fb/tx.txt" "[$fb_id]"
	lacks "$fb/tx.txt" "(not confirmed) [$fb_id]"
done
for fb_id in broker-beenverified broker-radaris broker-smartbackgroundchecks \
    broker-fastpeoplesearch broker-truepeoplesearch broker-mylife \
    broker-nuwber broker-checkpeople broker-thatsthem broker-familytreenow \
    broker-usphonebook broker-advancedbackgroundchecks; do
	has "$fb/tx.txt" "(not confirmed) [$fb_id]"
done
for fb_code in BROKER-02 BROKER-03 BROKER-15 BROKER-22; do
	lacks "$fb/tx.pdf" "Not confirmed $fb_code"
done

# Acxiom: its own pages and routes.
has "$fb/tx.pdf" "1-877-774-2094"
has "$fb/tx.pdf" "Acxiom LLC, Consumer Care Advocate, P.O. Box 2000, Conway, AR 72033"
has "$fb/tx.pdf" "An opt-out does not normally need an identity check"
has_joined "$fb/tx.pdf" "https://www.acxiom.com/privacy/highlights-for-us-products-privacy-policy"
has "$fb/tx.pdf" "January 2021"
lacks "$fb/tx.pdf" "acxiom.com/optout"

# PeopleFinders: its own notice; no borrowed coverage from another site.
has "$fb/tx.pdf" "peoplefinders.com/about/privacy"
has "$fb/tx.pdf" "updated 1 January 2025"
lacks "$fb/tx.pdf" "peoplefinders.com/opt-out"
lacks "$fb/tx.pdf" "probably also removes you from PeopleFinders"

# Search first, and what the sites ask for.
has "$fb/tx.pdf" "copy its web address (URL)"
has "$fb/tx.pdf" "Spokeo says a new address or a typo makes a new listing"
has "$fb/tx.pdf" "PeopleSmart, for example, sends you a link to click"
has "$fb/tx.pdf" "upload a copy of your driver's licence"
has "$fb/tx.pdf" "date of birth and your full legal name, which your listing may not show"
has "$fb/tx.pdf" "The removal lasts only 12 months"
# No hedges, no family coverage.
lacks "$fb/tx.pdf" "we could not open the site's own page"
lacks "$fb/tx.pdf" "Our sources do not say that this"
lacks "$fb/tx.pdf" "we could not confirm that on BeenVerified"
lacks "$fb/tx.pdf" "covers the family"
lacks "$fb/tx.pdf" "removes your relatives"

# D9: the registries, with California's link.
has "$fb/tx.pdf" "cppa.ca.gov/data_brokers"
has "$fb/tx.pdf" "sos.state.tx.us"

# D6: Acxiom's international portal for readers outside the US.
for fb_c in GB BR JP; do
	explain_to "$fb/$fb_c.txt" --country "$fb_c" --topics data-brokers
	has "$fb/$fb_c.txt" "[broker-acxiom-fr-it-es]"
	lacks "$fb/$fb_c.txt" "[broker-acxiom-us]"
done
lacks "$fb/tx.txt" "[broker-acxiom-fr-it-es]"
explain_to "$fb/de.txt" --country DE --topics data-brokers
lacks "$fb/de.txt" "[broker-acxiom-fr-it-es]"
has "$fb/de.txt" "[broker-acxiom-dach]"

# Switzerland, Canada, Brazil: the law's articles, confirmed.
for fb_c in CH CA BR; do
	build_to "$fb/$fb_c.pdf" --country "$fb_c" --topics data-brokers
done
explain_to "$fb/ch.txt" --country CH --topics data-brokers
lacks "$fb/ch.txt" "(not confirmed) [broker-ch-rights]"
has "$fb/CH.pdf" "Swiss FADP Articles 25, 30 and 32"
has "$fb/CH.pdf" "fedlex.admin.ch/eli/cc/2022/491/en#art_32"
has "$fb/CH.pdf" "normally due within 30 days (Article 25)"
has "$fb/CH.pdf" "or order it deleted (Article 32)"
explain_to "$fb/ca.txt" --country CA --topics data-brokers
lacks "$fb/ca.txt" "(not confirmed) [broker-ca-pipeda]"
has "$fb/CA.pdf" "PIPEDA section 8 and Schedule 1, Principle 4.9; Quebec P-39.1 section 28.1"
has "$fb/CA.pdf" "laws-lois.justice.gc.ca/eng/acts/P-8.6/section-8.html"
has "$fb/CA.pdf" "No answer in time counts as a refusal"
has "$fb/CA.pdf" "de-index a link"
explain_to "$fb/br.txt" --country BR --topics data-brokers
lacks "$fb/br.txt" "(not confirmed) [broker-br-lgpd]"
has "$fb/BR.pdf" "LGPD Articles 18 and 19"
has_joined "$fb/BR.pdf" "planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm#art19"
has "$fb/BR.pdf" "full statement within 15 days (Article 19)"
lacks "$fb/BR.pdf" "proteuscyber.com"
