#!/bin/sh
# Named non-European countries and Italy, checked 28 November 2026:
# items that had only secondary or press sources.  Only South Africa's
# access right gained a primary source: the Information Regulator's
# PAIA page (Form 2, sent to the head or deputy information officer of
# a private body; POPIA section 23).  Its 30-day deadline still rests on
# a copy of the Government Gazette, so the item keeps "Not confirmed".
# Korea's access right now cites PIPA Article 35 on law.go.kr (the
# right, postponement and refusal with reasons); its 10 days sit in the
# Enforcement Decree, read only on a secondary site: still "Not confirmed".
# No official text was found for India (Board, 90 days), Japan (APPI
# disclosure), Turkiye (KVKK 13 and 14) or Italy (the Garante's
# reclamo); those items are unchanged.
# Sourced by tests/run.sh; variables start with pw_.

pw_dir=$OUT/facts-p-world
mkdir -p "$pw_dir"
explain_to "$pw_dir/za.txt" --country ZA --topics rights
build_to "$pw_dir/za.pdf" --country ZA --topics rights

# The regulator's own page backs the how-to; Form 2 and who gets it.
has "$pw_dir/za.pdf" "Fill in Form 2"
has "$pw_dir/za.pdf" "deputy information officer"
has "$pw_dir/za.pdf" "PAIA manual"
has_joined "$pw_dir/za.pdf" "inforegulator.org.za/legislation/paia"
# The deadline is still only from a copy of the Gazette.
has "$pw_dir/za.txt" "South Africa: the right to see records about you (Promotion of Access to Information Act (PAIA), sections 56 and 57) (not confirmed)"
has "$pw_dir/za.txt" "reply due within 30 days, once up to 30 more"

# Korea: the statute on the national law site is printed as a source.
explain_to "$pw_dir/kr.txt" --country KR --topics rights
build_to "$pw_dir/kr.pdf" --country KR --topics rights
has_joined "$pw_dir/kr.pdf" "law.go.kr/lsLawLinkInfo.do?lsJoLnkSeq=900078723"
has "$pw_dir/kr.txt" "South Korea: the right to see your data"
has "$pw_dir/kr.txt" "reply due within 10 days"
