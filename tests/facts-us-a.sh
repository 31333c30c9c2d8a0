#!/bin/sh
# Facts checked 28 November 2026 (helper us-a, issue 11): the state
# privacy-law items for Virginia, Colorado, Connecticut, Utah, Texas,
# Florida, Oregon and Montana in guides/rights-us.xml (corrections.md
# S2, S4, S5, S8).  Each item must name its law, carry the law's reply
# deadline ("reply due within ..."), link the enforcer's complaint page
# ("complain: https://..."), and say what that state gives -- not
# "laws like this usually let you".  Utah's PDF shows its differences:
# no profiling opt-out, deletion only of data you gave, and a right to
# correct only since 1 July 2026 (Chapter 468, 2025 General Session).
# Sourced by tests/run.sh, which provides rs, status, has, lacks,
# explain_to and build_to; variables here start with ua_.

ua_dir=$OUT/facts-us-a
mkdir -p "$ua_dir"

# ua_state CODE NAME LAW DEADLINE COMPLAINT: explain for that state and
# pin the law, the reply deadline and the complaint page.
ua_state() {
	ua_f=$ua_dir/$1.txt
	explain_to "$ua_f" --country US --state "US-$1" --topics rights
	has "$ua_f" "$2's privacy law ($3"
	has "$ua_f" "reply due within $4"
	has "$ua_f" "complain: $5"
	lacks "$ua_f" "(not confirmed) [$6]"
}

ua_state VA Virginia "Virginia Consumer Data Protection Act" \
    "45 days, and 45 more once if the business says it needs them (Code of Virginia § 59.1-577(B))" \
    "https://www.oag.state.va.us/consumer-protection/index.php/file-a-complaint" us-va-vcdpa
ua_state CO Colorado "Colorado Privacy Act" \
    "45 days, and 45 more if the business says it needs them (C.R.S. 6-1-1306(2))" \
    "https://coag.gov/file-complaint/" us-co-cpa
ua_state CT Connecticut "Connecticut Data Privacy Act" \
    "45 days, and 45 more if the business says it needs them (Conn. Gen. Stat. 42-518)" \
    "https://portal.ct.gov/AG/Common/Complaint-Form-Landing-page" us-ct-ctdpa
ua_state UT Utah "Utah Consumer Privacy Act" \
    "45 days, and 45 more if the business says it needs them (Utah Code 13-61-203)" \
    "https://dcp.utah.gov/ucpa/" us-ut-ucpa
ua_state TX Texas "Texas Data Privacy and Security Act" \
    "45 days, and 45 more once if the business says it needs them (Tex. Bus. & Com. Code 541.052)" \
    "https://texasattorneygeneral.gov/cpd/the-consumer-complaint-process" us-tx-tdpsa
ua_state FL Florida "Florida Digital Bill of Rights" \
    "45 days, and 15 more if the company says it needs them (Florida Statutes 501.706)" \
    "https://www.myfloridalegal.com/consumer-protection/consumer-complaint-form" us-fl-law
ua_state OR Oregon "Oregon Consumer Privacy Act" \
    "45 days, and 45 more if the business says it needs them (ORS 646A.576)" \
    "https://justice.oregon.gov/consumercomplaints/" us-or-ocpa
ua_state MT Montana "Montana Consumer Data Privacy Act" \
    "45 days, and 45 more if the business says it needs them (Montana Code 30-14-2808)" \
    "https://dojmt.gov/office-of-consumer-protection/consumer-complaints/" us-mt-mcdpa

# Utah: what a reader sees on paper.  The rights Utah lacks are said
# plainly; the boilerplate and the "could not verify" hedge are gone.
build_to "$ua_dir/UT.pdf" --country US --state US-UT --topics rights
has "$ua_dir/UT.pdf" "Utah's law gives no right to stop profiling"
has "$ua_dir/UT.pdf" "Since 1 July 2026 you can also ask it to correct mistakes"
has "$ua_dir/UT.pdf" "deletion covers only the data you gave the business yourself"
has "$ua_dir/UT.pdf" "Utah's law does not require an appeal step"
lacks "$ua_dir/UT.pdf" "Laws like this usually"
lacks "$ua_dir/UT.pdf" "We could not verify"

# Florida: very few companies; no longer marked "Not confirmed".
build_to "$ua_dir/FL.pdf" --country US --state US-FL --topics rights
has "$ua_dir/FL.pdf" "more than \$1 billion a year in worldwide revenue"
has "$ua_dir/FL.pdf" "Most businesses you deal with are not covered"
lacks "$ua_dir/FL.pdf" "Florida's privacy law Not confirmed"
lacks "$ua_dir/FL.pdf" "We did not check Florida's complaint route"

# Oregon's list of third parties; Virginia's 2026 ban on selling exact
# location; Connecticut's 2026 act; the opt-out signal where binding
# and where not (S5).
has "$ua_dir/OR.txt" "[us-or-ocpa]"
build_to "$ua_dir/OR.pdf" --country US --state US-OR --topics rights
has "$ua_dir/OR.pdf" "a list of the specific companies and organisations it gave your data to"
build_to "$ua_dir/VA.pdf" --country US --state US-VA --topics rights
has "$ua_dir/VA.pdf" "Since 1 July 2026, a business may not sell data that shows exactly where you are"
has "$ua_dir/VA.pdf" "does not make businesses act on a browser opt-out signal"
lacks "$ua_dir/VA.pdf" "We did not find the address"
build_to "$ua_dir/CT.pdf" --country US --state US-CT --topics rights
has "$ua_dir/CT.pdf" "Public Act 26-64"
has "$ua_dir/CT.pdf" "Since 1 January 2025, businesses must honour a universal opt-out signal"
lacks "$ua_dir/CT.pdf" "we did not capture its address"
build_to "$ua_dir/MT.pdf" --country US --state US-MT --topics rights
has "$ua_dir/MT.pdf" "Since 1 January 2025, businesses must accept an opt-out"
lacks "$ua_dir/MT.pdf" "Montana's privacy law Not confirmed"
lacks "$ua_dir/MT.pdf" "We did not look up the complaint page"
