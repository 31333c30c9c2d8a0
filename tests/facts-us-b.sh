#!/bin/sh
# US state laws, part B (facts checked 28 November 2026): Delaware,
# Iowa, Nebraska, New Hampshire, New Jersey, Tennessee, Minnesota and
# Maryland (corrections.md S4, S5, S8).  Each state's item must name
# its law, print the reply deadline from that law and, where we found
# one, the regulator's complaint page.  Iowa's PDF must show what Iowa
# does not give (no right to correct, no profiling opt-out, 90 days),
# Minnesota's the right to question a profiling decision; the old
# boilerplate and "we did not look up" hedges must be gone.
# Sourced by tests/run.sh, which provides explain_to, build_to, has,
# lacks and $OUT; variables start with usb_.

usb_d=$OUT/facts-us-b
mkdir -p "$usb_d"

# usb_state XX ITEM LAW REPLY COMPLAIN: explain for that state and pin
# the item, its law, "reply due within ..." and "complain: ...".
usb_state() {
	usb_f=$usb_d/$1.txt
	explain_to "$usb_f" --country US --state "US-$1" --topics rights
	has "$usb_f" "[$2]"
	has "$usb_f" "$3"
	has "$usb_f" "reply due within $4"
	[ -n "$5" ] && has "$usb_f" "complain: $5"
	lacks "$usb_f" "[us-no-state-law]"
}

usb_state DE us-de-dpdpa "Delaware Personal Data Privacy Act" \
    "45 days, and 45 more if the business says it needs them (Delaware Code title 6, § 12D-104(c))" \
    "https://attorneygeneral.delaware.gov/fraud/personal-data-privacy-portal/frequently-asked-questions"
usb_state IA us-ia-icdpa "Iowa Consumer Data Protection Act" \
    "90 days, and 45 more if the business says it needs them (Iowa Code § 715D.3)" ""
usb_state NE us-ne-ndpa "Nebraska Data Privacy Act" \
    "45 days, and 45 more once if the business says it needs them (Neb. Rev. Stat. § 87-1108)" \
    "http://ago.nebraska.gov/consumer/"
usb_state NH us-nh-nhdpa "New Hampshire Data Privacy Act (RSA 507-H)" \
    "45 days, and 45 more if the business says it needs them (RSA 507-H:4)" \
    "https://www.doj.nh.gov/data-privacy-enforcement"
usb_state NJ us-nj-njdpa "New Jersey Data Privacy Act" \
    "45 days, and 45 more if the business says it needs them (N.J.S.A. 56:8-166.7)" \
    "https://www.njconsumeraffairs.gov/ocp"
usb_state TN us-tn-tipa "Tennessee Information Protection Act" \
    "45 days, and 45 more once if the business says it needs them (Tenn. Code § 47-18-3304(b))" \
    "https://www.tn.gov/attorneygeneral/working-for-tennessee/consumer-affairs.html"
usb_state MN us-mn-mcdpa "Minnesota Consumer Data Privacy Act" \
    "45 days, and 45 more if the business says it needs them (Minn. Stat. § 325M.14)" \
    "https://www.ag.state.mn.us/Data-Privacy/Consumer"
usb_state MD us-md-modpa "Maryland Online Data Privacy Act" \
    "45 days (Maryland Online Data Privacy Act)" \
    "https://www.marylandattorneygeneral.gov/Pages/CPD/faq.aspx"

# Iowa: no complaint page was found, so no "complain:" line, and the
# item stays "not confirmed" (no statute or Attorney General page
# states its rights); the checklist gives the Division's address.
lacks "$usb_d/IA.txt" "complain:"
has "$usb_d/IA.txt" "(Iowa Code chapter 715D)) (not confirmed) [us-ia-icdpa]"
# Delaware, New Hampshire, New Jersey, Minnesota and Maryland cite a
# statute or regulator page: no mark.
for usb_p in DE:us-de-dpdpa NH:us-nh-nhdpa NJ:us-nj-njdpa MN:us-mn-mcdpa \
    MD:us-md-modpa; do
	lacks "$usb_d/${usb_p%%:*}.txt" "(not confirmed) [${usb_p#*:}]"
done

# What an Iowan reads: fewer rights, a longer deadline, the address.
usb_ia=$usb_d/IA.pdf
build_to "$usb_ia" --country US --state US-IA --topics rights
has "$usb_ia" "no right to correct wrong data and no right to stop profiling"
has "$usb_ia" "The business has 90 days to answer"
has "$usb_ia" "1305 E. Walnut Street, Des Moines, IA 50319"
has "$usb_ia" "does not make businesses honour a browser signal such as Global Privacy Control"
has "$usb_ia" "Reply due within 90 days, and 45 more if the business says it needs them. Set by Iowa Code § 715D.3."
lacks "$usb_ia" "Laws like this usually let you"
lacks "$usb_ia" "We did not look up the complaint page"

# Minnesota: a list of the specific companies, and the right to
# question a profiling decision, with the statute on the official site.
usb_mn=$usb_d/MN.pdf
build_to "$usb_mn" --country US --state US-MN --topics rights
has "$usb_mn" "a list of the specific companies it gave your data to"
has "$usb_mn" "you can question the result"
has "$usb_mn" "revisor.mn.gov/statutes/cite/325M.14"
lacks "$usb_mn" "Laws like this usually let you"

# Opt-out signals (S5): New Jersey's date, Nebraska's condition,
# Delaware's date; Tennessee's law has none.
usb_nj=$usb_d/NJ.pdf
build_to "$usb_nj" --country US --state US-NJ --topics rights
has "$usb_nj" "Since 15 July 2025 a business that sells data or uses it for targeted ads must accept an opt-out"
has "$usb_nj" "(973) 504-6200"
lacks "$usb_nj" "We could not verify how to complain"
usb_ne=$usb_d/NE.pdf
build_to "$usb_ne" --country US --state US-NE --topics rights
has "$usb_ne" "only has to honour it if it already honours the same kind of signal under another state's law"
has "$usb_ne" "It must decide your appeal within 60 days"
usb_de=$usb_d/DE.pdf
build_to "$usb_de" --country US --state US-DE --topics rights
has "$usb_de" "Since 1 January 2026 businesses must also accept an opt-out"
has "$usb_de" "privacy@delaware.gov"
usb_tn=$usb_d/TN.pdf
build_to "$usb_tn" --country US --state US-TN --topics rights
has "$usb_tn" "Tennessee's law does not make businesses honour a browser signal"
lacks "$usb_tn" "We did not look up the complaint page"
