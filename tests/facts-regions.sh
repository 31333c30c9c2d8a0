#!/bin/sh
# Rights by region and beyond (issue 11, item 4; corrections 3.2, R1-R6,
# U1, C1-C2, K1-K2, O1).  Facts checked on 28 November 2026.
# For each of the 13 countries with a note of their own in rights-other,
# explain names the regulator, prints the answer deadline ("reply due
# within") and the complaint page ("complain: https://...").  Meta's AI
# form is said to be offered in the EU/EEA, UK and Switzerland only.
# Some EU authorities now confirmed on their own sites, the UK
# complaints-process duty, and Canada's consent withdrawal are pinned,
# with their "not confirmed" marks gone.
# Sourced by tests/run.sh, which provides explain_to, build_to, has,
# lacks, $OUT; variables start with fr_ so as not to clobber run.sh's.

fr_dir=$OUT/facts-regions
mkdir -p "$fr_dir"

# fr_country CODE REGULATOR DEADLINE COMPLAINT-URL
fr_country() {
	explain_to "$fr_dir/$1.txt" --country "$1" --topics rights
	has "$fr_dir/$1.txt" "$2"
	has "$fr_dir/$1.txt" "reply due within $3"
	has "$fr_dir/$1.txt" "complain: $4"
	has "$fr_dir/$1.txt" "[other-meta-form-unconfirmed]"
}

fr_country IN "Data Protection Board of India" \
    "90 days, from 13 May 2027 (Digital Personal Data Protection Rules 2025, rule 14)" \
    "https://www.dpb.gov.in"
fr_country JP "Personal Information Protection Commission (PPC)" \
    "no set number of days; the law says without delay (APPI Article 33)" \
    "https://www.ppc.go.jp/personalinfo/pipldial/"
fr_country KR "Personal Information Protection Commission (PIPC)" \
    "10 days (PIPA Enforcement Decree, Articles 41 and 42)" \
    "https://www.pipc.go.kr/eng/user/lgp/ntp/reportingInfringement.do"
fr_country TR "Personal Data Protection Board" \
    "30 days (KVKK (Law No. 6698) Article 13)" \
    "https://sikayet.kvkk.gov.tr"
fr_country ZA "Information Regulator" \
    "30 days, once up to 30 more (PAIA sections 56 and 57)" \
    "https://inforegulator.org.za/?p=7037"
fr_country MX "Secretaría Anticorrupción y Buen Gobierno (SABG)" \
    "20 days (Federal Law on the Protection of Personal Data held by Private Parties (2025))" \
    "https://www.gob.mx/buengobierno"
fr_country AR "Agency for Access to Public Information (AAIP)" \
    "10 calendar days (Law 25.326, Article 14)" \
    "https://www.argentina.gob.ar/aaip/datospersonales"
fr_country SG "Personal Data Protection Commission (PDPC)" \
    "30 calendar days (as the PDPC states it)" \
    "https://www.pdpc.gov.sg/complaints-and-reviews/before-you-lodge-a-complaint-with-us-4/access-review-checklist"
fr_country NZ "Privacy Commissioner" \
    "20 working days (Privacy Act 2020, section 44)" \
    "https://www.privacy.org.nz/your-rights/making-a-complaint/complaint-form"
fr_country GI "Gibraltar Regulatory Authority" \
    "one month; up to three for complex requests (Gibraltar GDPR Article 12(3))" \
    "https://www.gra.gi/data-protection/complaints/data-protection-complaints"
fr_country JE "Jersey Office of the Information Commissioner (JOIC)" \
    "four weeks (Data Protection (Jersey) Law 2018, Article 27(1))" \
    "https://jerseyoic.org/make-a-complaint"
fr_country GG "Office of the Data Protection Authority (ODPA)" \
    "one month (as the ODPA states it)" \
    "https://www.odpa.gg/exercising-your-rights/"
fr_country IM "Isle of Man: complain to the Information Commissioner" \
    "one month (Applied GDPR Article 12(3))" \
    "https://inforights.im/complaint-handling/how-to-make-a-complaint-to-the-information-commissioner/data-protection-complaints/"

# Confirmed on the regulator's own page: no "not confirmed" mark.
has "$fr_dir/ZA.txt" "South Africa: complain to the Information Regulator (30 min) [other-za-regulator]"
has "$fr_dir/JE.txt" "Jersey: the right to see your data (Data Protection (Jersey) Law 2018, Articles 27 and 28) [other-je-right-access]"
# Still unconfirmed, and printed so.
has "$fr_dir/IN.txt" "(not confirmed) [other-in-board]"
has "$fr_dir/MX.txt" "(not confirmed) [other-mx-authority]"
lacks "$fr_dir/MX.txt" "Mexico: the data-protection regulator changed in 2025"

# Meta's form: where it is offered, said plainly, and what to do instead.
build_to "$fr_dir/JP.pdf" --country JP --topics rights
has "$fr_dir/JP.pdf" "EU and EEA, the UK and Switzerland"
has "$fr_dir/JP.pdf" "Meta has not said that it offers the form where you live"
lacks "$fr_dir/JP.pdf" "We could not confirm whether Meta offers"
build_to "$fr_dir/KE.pdf" --country KE --topics rights
has "$fr_dir/KE.pdf" "UNCTAD"
lacks "$fr_dir/KE.pdf" "Meta's form to object to AI training is only offered in certain regions"

# EU authorities confirmed on their own sites (corrections R6 and the
# S-only rows of regulators.md).
explain_to "$fr_dir/HR.txt" --country HR --topics rights
has "$fr_dir/HR.txt" "Complain to the Croatian Personal Data Protection Agency (AZOP) (45 min) [eu-authority-hr]"
build_to "$fr_dir/HR.pdf" --country HR --topics rights
has "$fr_dir/HR.pdf" "Selska cesta 136"
lacks "$fr_dir/HR.pdf" "open community list"
explain_to "$fr_dir/CY.txt" --country CY --topics rights
has "$fr_dir/CY.txt" "(Cyprus) (45 min) [eu-authority-cy]"
explain_to "$fr_dir/RO.txt" --country RO --topics rights
has "$fr_dir/RO.txt" "Complain to the ANSPDCP (Romania) (45 min) [eu-authority-ro]"
explain_to "$fr_dir/IT.txt" --country IT --topics rights
has "$fr_dir/IT.txt" "Complain to the Garante (Italy) (60 min) (not confirmed) [eu-authority-it]"
build_to "$fr_dir/IT.pdf" --country IT --topics rights
has "$fr_dir/IT.pdf" "protocollo@pec.gpdp.it"
lacks "$fr_dir/IT.pdf" "We could not check"
has "$fr_dir/IT.pdf" "2 April 2027"

# UK: the complaints-process duty (DUAA s.103, new s.164A), from 19 June
# 2026, with its 30-day acknowledgement; no longer "not confirmed".
explain_to "$fr_dir/GB.txt" --country GB --topics rights
has "$fr_dir/GB.txt" "A complaints process in every organisation (Data Protection Act 2018 section 164A) [uk-right-complaints-process]"
has "$fr_dir/GB.txt" "reply due within 30 days, to confirm it got your complaint (Data Protection Act 2018 section 164A(3))"
build_to "$fr_dir/GB.pdf" --country GB --topics rights
has "$fr_dir/GB.pdf" "legislation.gov.uk/ukpga/2025/18/section/103"
has "$fr_dir/GB.pdf" "legislation.gov.uk/eur/2016/679/article/21"

# Canada: withdrawing consent, confirmed by the OPC's consent principle.
explain_to "$fr_dir/CA.txt" --country CA --topics rights
has "$fr_dir/CA.txt" "The right to withdraw your consent (PIPEDA, Schedule 1, clause 4.3.8) [ca-right-withdraw]"
has "$fr_dir/CA.txt" "Withdraw consent to a use you do not want (10 min) [ca-withdraw-consent]"
