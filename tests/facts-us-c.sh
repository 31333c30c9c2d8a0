#!/bin/sh
# Fact checks for guides/rights-us.xml, part C (issue 11, corrections
# S1, S2, S4-S8); facts checked on 28 November 2026.  Each of Indiana,
# Kentucky and Rhode Island (in force) and Oklahoma, Louisiana, Alabama
# and Vermont (on a day after their start) names its law, the reply
# deadline and where to complain; Arkansas's 2026 law is a minors' law;
# Global Privacy Control is binding in several states; people in danger
# hear of address confidentiality programmes and the DV hotline; DROP
# no longer gives a broker count.
# Sourced by tests/run.sh, which provides explain_to, build_to, has,
# lacks, rs, status and $OUT (run with SOURCE_DATE_EPOCH = 22 Nov 2026).

UC=$OUT/facts-us-c
mkdir -p "$UC"

# usc_x NAME EPOCH ARGS...: explain on that day (at, from tests/run.sh),
# into $UC/NAME.txt.
usc_x() { n=$1; e=$2; shift 2; at "$e" explain_to "$UC/$n.txt" "$@"; }

usc_2027=1798761600	# 1 January 2027: OK and LA in force
usc_al=1809129600	# 1 May 2027: AL in force
usc_2028=1830297600	# 1 January 2028: VT in force

# States in force since 1 January 2026.
explain_to "$UC/IN.txt" --country US --state US-IN --topics rights
has "$UC/IN.txt" "Indiana's privacy law (Indiana Consumer Data Protection Act (Indiana Code 24-15))"
has "$UC/IN.txt" "reply due within 45 days, and 45 more once if the business tells you why it needs them (Indiana Code 24-15-3-1)"
has "$UC/IN.txt" "complain: https://www.in.gov/attorneygeneral/"

explain_to "$UC/KY.txt" --country US --state US-KY --topics rights
has "$UC/KY.txt" "Kentucky's privacy law (Kentucky Consumer Data Protection Act (KRS 367.3611 to 367.3629))"
has "$UC/KY.txt" "reply due within 45 days (KRS 367.3615)"
has "$UC/KY.txt" "complain: https://www.ag.ky.gov/Resources/Consumer-Resources/Consumers/Pages/Consumer-Complaints.aspx"

explain_to "$UC/RI.txt" --country US --state US-RI --topics rights
has "$UC/RI.txt" "Rhode Island's privacy law (Rhode Island Data Transparency and Privacy Protection Act (R.I. Gen. Laws 6-48.1)) [us-ri-law]"
has "$UC/RI.txt" "reply due within 45 days, and 45 more if the business tells you why it needs them (R.I. Gen. Laws 6-48.1-6)"
has "$UC/RI.txt" "complain: https://riag.ri.gov/ConsumerProtection/About.php"

build_to "$UC/KY.pdf" --country US --state US-KY --topics rights
has "$UC/KY.pdf" "must answer the appeal in writing within 60 days"
has "$UC/KY.pdf" "1-888-432-9257"
lacks "$UC/KY.pdf" "Laws like this usually let you"
lacks "$UC/KY.pdf" "We did not look up the complaint page"
# The general step: appeal and complaint, primary-sourced now.
has "$UC/KY.pdf" "complain to the state Attorney General; your state's item gives the complaint page"
lacks "$UC/KY.txt" "[us-state-use-rights] (not confirmed)"

# Laws passed in 2026, on a day after they start.
usc_x OK $usc_2027 --country US --state US-OK --topics rights
has "$UC/OK.txt" "Oklahoma's privacy law (Oklahoma Consumer Data Privacy Act (Senate Bill 546, 2026))"
has "$UC/OK.txt" "reply due within 45 days, and 45 more once if the business says it needs them (Oklahoma Consumer Data Privacy Act)"
has "$UC/OK.txt" "complain: https://oklahoma.gov/oag/about/divisions/cpu.html"

usc_x LA $usc_2027 --country US --state US-LA --topics rights
has "$UC/LA.txt" "Louisiana's privacy law (Louisiana Data Privacy Act (Senate Bill 386, Act 502 of 2026))"
has "$UC/LA.txt" "complain: https://ag.state.la.us/ConsumerProtection"

usc_x AL $usc_al --country US --state US-AL --topics rights
has "$UC/AL.txt" "Alabama's privacy law (Alabama Personal Data Protection Act (House Bill 351, 2026))"
has "$UC/AL.txt" "reply due within 45 days, and 45 more if the business needs them (Alabama Personal Data Protection Act)"
lacks "$UC/AL.txt" "[us-al-not-yet]"

usc_x VT $usc_2028 --country US --state US-VT --topics rights
has "$UC/VT.txt" "Vermont's privacy law (Vermont Data Privacy and Online Surveillance Act (S.71, 2026))"
has "$UC/VT.txt" "reply due within 45 days (Vermont Data Privacy and Online Surveillance Act)"
has "$UC/VT.txt" "complain: https://ago.vermont.gov/cap/information_for_consumers/"

# No hedges left in the new states' items.
for usc_st in OK LA AL VT; do
	at $usc_2028 build_to "$UC/$usc_st.pdf" --country US \
	    --state US-$usc_st --topics rights
	lacks "$UC/$usc_st.pdf" "We could not confirm"
	lacks "$UC/$usc_st.pdf" "We did not find"
done
has "$UC/AL.pdf" "The Alabama Attorney General enforces it"

# Arkansas (S1) and Global Privacy Control (S5), US-wide handout.
build_to "$UC/US.pdf" --region US --topics rights
has "$UC/US.pdf" "It is the Children and Teens' Online Privacy Protection Act (Act 952 of 2025)"
has "$UC/US.pdf" "In California, Colorado, Oregon and some other states, the law makes businesses treat it as your request to opt out"
# People in danger (S6): address confidentiality and the hotline.
has "$UC/US.pdf" "address confidentiality programme"
has "$UC/US.pdf" "call the National Domestic Violence Hotline at 800-799-7233"
has "$UC/US.pdf" "text START to 88788"
has "$UC/US.pdf" "https://www.thehotline.org"
# DROP (S7): no broker count the regulator does not give.
lacks "$UC/US.pdf" "(more than 500)"
lacks "$UC/US.pdf" "einpresswire.com/article/884868635"

# California's reply deadline on the right itself.
explain_to "$UC/CA.txt" --country US --state US-CA --topics rights
has "$UC/CA.txt" "How fast a business must answer (California Consumer Privacy Act (CCPA)) [us-ca-deadlines]"
