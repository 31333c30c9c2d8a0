#!/bin/sh
# Issue 11, second pass on the 25 steps and rights that had no statute,
# regulator, platform or court source; facts checked 28 November 2026.
#
# expo-children now rests on the Irish Data Protection Commission's
# statement of 21 May 2025 (Meta trains on public content shared by
# adults on Facebook and Instagram), so it loses its "Not confirmed"
# mark.  eu-authority-it now cites GDPR Article 77 on EUR-Lex and a page
# of the Garante itself (its address and certified email); the signing
# and identity-document rules still come only from guides to the form,
# so it keeps "Not confirmed" and says where those points come from.
# The rest were not found in the offline library (see the report);
# their marks are pinned in tests/facts-p-meta.sh and elsewhere.
# Sourced by tests/run.sh; variables start with fc_.

fc=$OUT/facts-content
mkdir -p "$fc"

# --- Children's photos: the regulator's statement backs the step.
explain_to "$fc/fb.txt" --country DE --platforms facebook --topics exposure
build_to "$fc/fb.pdf" --country DE --platforms facebook --topics exposure
has "$fc/fb.txt" "Keep photos of your children out of public posts (10 min) [expo-children]"
lacks "$fc/fb.txt" "(not confirmed) [expo-children]"
has "$fc/fb.pdf" "public content shared by adults"
has "$fc/fb.pdf" "A photo of your child in your own public post is such content"
has_joined "$fc/fb.pdf" "dataprotection.ie/en/news-media/latest-news/dpc-statement-meta-ai"
lacks "$fc/fb.pdf" "Keep photos of your children out of public posts Not confirmed"

# --- Italy: Article 77 and the Garante's own page are cited; the
# form's formalities are flagged as coming from guides to the form.
explain_to "$fc/it.txt" --country IT --topics rights
build_to "$fc/it.pdf" --country IT --topics rights
has "$fc/it.txt" "Complain to the Garante (Italy) (60 min) (not confirmed) [eu-authority-it]"
has "$fc/it.pdf" "protocollo@pec.gpdp.it"
has "$fc/it.pdf" "Piazza Venezia 11, 00187 Roma"
has "$fc/it.pdf" "not from the Garante's own page"
has_joined "$fc/it.pdf" "g7privacy2024.gpdp.it/privacy-policy"
has_joined "$fc/it.pdf" "eur-lex.europa.eu/eli/reg/2016/679/oj/eng#art_77"

# --- A hedge that was only wording is gone.
explain_to "$fc/gb.txt" --country GB --topics data-brokers
build_to "$fc/gb.pdf" --country GB --topics data-brokers
has "$fc/gb.pdf" "The people-search sites this guide covers are run in the United States"
lacks "$fc/gb.pdf" "our sources cover"
