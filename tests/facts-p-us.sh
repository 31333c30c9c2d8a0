#!/bin/sh
# Fact checks by helper p-us (issue 11), facts checked 28 November 2026.
# Kentucky: the General Assembly's own record of HB 15 (2024), Acts
# Chapter 72, confirms the rights, the Attorney General as the only
# enforcer and the start on 1 January 2026; the sheet says so and lists
# that record as a source.  No official text or Attorney General page
# could be read for the reply deadlines of Indiana, Kentucky, Iowa,
# Nebraska and Tennessee, nor for the 2026 laws of Oklahoma, Louisiana,
# Alabama and Vermont, so those items, and the list of states, stay
# marked "not confirmed".  Drop a "(not confirmed)" line here only when
# an official source for that item has been read and added.
# Sourced by tests/run.sh, which provides explain_to, build_to, has,
# lacks and $OUT (run with SOURCE_DATE_EPOCH = 22 Nov 2026).

PU=$OUT/facts-p-us
mkdir -p "$PU"

# Kentucky: the law, its start, who enforces it, and the official record.
explain_to "$PU/KY.txt" --country US --state US-KY --topics rights
has "$PU/KY.txt" "Kentucky's privacy law (Kentucky Consumer Data Protection Act (KRS 367.3611 to 367.3629))"
has "$PU/KY.txt" "complain: https://www.ag.ky.gov/Resources/Consumer-Resources/Consumers/Pages/Consumer-Complaints.aspx"
build_to "$PU/KY.pdf" --country US --state US-KY --topics rights
has "$PU/KY.pdf" "In force since 1 January 2026"
has "$PU/KY.pdf" "The Kentucky Attorney General alone enforces the law"
has_joined "$PU/KY.pdf" "Acts Chapter 72 (signed 4 April 2024)"
has_joined "$PU/KY.pdf" "apps.legislature.ky.gov/record/24rs/hb15.html"

# Items still resting on copies or secondary sources keep their mark.
for pu_s in IN:us-in-law KY:us-ky-law IA:us-ia-icdpa NE:us-ne-ndpa \
    TN:us-tn-tipa OK:us-ok-law LA:us-la-law AL:us-al-law VT:us-vt-law; do
	pu_st=${pu_s%%:*}
	pu_id=${pu_s#*:}
	explain_to "$PU/$pu_st.txt" --country US --state "US-$pu_st" --topics rights
	has "$PU/$pu_st.txt" "(not confirmed) [$pu_id]"
done
explain_to "$PU/US.txt" --country US --topics rights
has "$PU/US.txt" "Check whether your state has a privacy law (5 min) (not confirmed) [us-check-state-law]"
