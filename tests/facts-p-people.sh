#!/bin/sh
# People-search opt-outs (guides/data-brokers.xml), facts checked
# 28 November 2026.  Twelve steps rested only on volunteer lists:
# BeenVerified, Radaris, SmartBackgroundChecks, FastPeopleSearch,
# TruePeopleSearch, MyLife, Nuwber, CheckPeople, That's Them,
# FamilyTreeNow, USPhoneBook and AdvancedBackgroundChecks.  A search for
# each company's own opt-out page, privacy policy, FAQ or terms, and for
# a regulator's page about it, found one company page:
# SmartBackgroundChecks' Terms of Use (last updated 9 February 2021),
# which opens with a link for record removal requests.  The step now
# cites it and tells the reader to use it if the opt-out page has moved.
# That page does not state the 12-month limit or the "no ID, no account"
# facts, so the step keeps its "Not confirmed" mark, and so do the
# eleven steps for which no company or regulator page was found.
# Sourced by tests/run.sh (rs, has, lacks, has_joined, explain_to,
# build_to, $OUT); its variables start with pp_.

pp=$OUT/facts-p-people
mkdir -p "$pp"

explain_to "$pp/tx.txt" --country US --state US-TX --topics data-brokers
build_to "$pp/tx.pdf" --country US --state US-TX --topics data-brokers

# SmartBackgroundChecks: its own terms page is printed as a source, and
# the step points to the removal link on it.
has_joined "$pp/tx.pdf" "smartbackgroundchecks.com/terms"
has "$pp/tx.pdf" "SmartBackgroundChecks: Terms of Use, last updated 9"
has "$pp/tx.pdf" "its first line is a link for record removal requests"
# The 12-month limit still rests on a secondary source only.
has "$pp/tx.pdf" "The removal lasts only 12 months"
has "$pp/tx.txt" "(not confirmed) [broker-smartbackgroundchecks]"

# No company or regulator page was found for these: they stay marked.
for pp_id in broker-beenverified broker-radaris broker-fastpeoplesearch \
    broker-truepeoplesearch broker-mylife broker-nuwber broker-checkpeople \
    broker-thatsthem broker-familytreenow broker-usphonebook \
    broker-advancedbackgroundchecks; do
	has "$pp/tx.txt" "(not confirmed) [$pp_id]"
done

# Nobody outside the US gets the people-search steps.
explain_to "$pp/de.txt" --country DE --topics data-brokers
lacks "$pp/de.txt" "[broker-smartbackgroundchecks]"
