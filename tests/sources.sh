#!/bin/sh
# Sources have a kind (issue 11, item 2): a step or right needs a
# statute, regulator, platform or court source, or confirmed="no", and
# then the PDF says "Not confirmed" beside its title.
# Sourced by tests/run.sh, which provides rs, status, pass, fail, has,
# lacks and $OUT.

F=tests/fixtures/sources
status 1 "only press or secondary sources" rs validate "$F/weak"
has "$OUT/last.err" "$F/weak/test.xml:20: error: step or right has only press or secondary sources: step \"w-weak\"; cite the law, the regulator or the platform's own page"
has "$OUT/last.err" "or mark the item confirmed=\"no\" to print it as not confirmed"
has "$OUT/last.err" "$F/weak/test.xml:24: error: step or right has only press or secondary sources: right \"w-right\""
lacks "$OUT/last.err" "w-primary"
lacks "$OUT/last.err" "w-caveat"
status 1 "build refuses it too" rs build --guides "$F/weak" --country DE -o "$OUT/weak.pdf"
has "$OUT/last.err" "$F/weak/test.xml:20: error: step or right has only press or secondary sources"
[ ! -e "$OUT/weak.pdf" ] && pass || fail "a PDF was written for a guide with weak sources"

status 0 "confirmed=\"no\" validates" rs validate "$F/unconfirmed"
has "$OUT/last.out" "no errors"
status 0 "confirmed=\"no\" builds" rs build --guides "$F/unconfirmed" --country DE -o "$OUT/unconfirmed.pdf"
has "$OUT/unconfirmed.pdf" "Backed by a blog Not confirmed"
has "$OUT/unconfirmed.pdf" "A right only the news reports Not confirmed"
n=$(pdftotext "$OUT/unconfirmed.pdf" - 2>/dev/null | grep -c "Not confirmed")
[ "$n" -eq 2 ] && pass || fail "unconfirmed.pdf: \"Not confirmed\" $n times, want 2 (not beside the confirmed step)"

status 1 "a source without its kind" rs validate "$F/nokind"
has "$OUT/last.err" "$F/nokind/test.xml:13: error: does not follow the format: Element 'source': The attribute 'kind' is required but missing"
if xmllint --noout --nonet --schema guides/schema/guide.xsd "$F/nokind/test.xml" >/dev/null 2>&1
then fail "xmllint accepts a source without its kind"; else pass; fi

# The built-in guides: every source has a kind, and every step or right
# without a primary source is marked, so they validate (section
# "guides"); what is marked is printed so.
status 0 "leaving: built-in unconfirmed steps" rs build --country DE --platforms facebook --topics leaving -o "$OUT/leaving.pdf"
has "$OUT/leaving.pdf" "Not confirmed"

# A source the guide itself calls unreliable is never printed: none is
# listed (corrections.md M7 removed the last one, unanswered.io).
if grep -i -E '<source [^>]*>[^<]*unreliable' guides/*.xml >/dev/null
then fail "a built-in guide lists a source it calls unreliable"; else pass; fi

# explain says so too, and JSON gives each source's kind.
status 0 "explain: not confirmed" rs explain --guides "$F/unconfirmed" --country DE
has "$OUT/last.out" "Backed by a blog (5 min) (not confirmed) [w-weak]"
lacks "$OUT/last.out" "Backed by the law (5 min) (not confirmed)"
status 0 "explain --format json: kinds" rs explain --format json --guides "$F/unconfirmed" --country DE
has "$OUT/last.out" '"id":"w-weak"'
has "$OUT/last.out" '"confirmed":false'
has "$OUT/last.out" '"url":"https://example.org/law","date":null,"kind":"statute"'

# The share of steps and rights with a statute, regulator, platform or
# court source, as validate --coverage reports it.  XXX Issue 11 asks for
# 95%; the official pages for the rest (people-search opt-out pages,
# Indiana's and Alabama's statutes, India, Japan and Turkiye, WhatsApp,
# X and Tumblr help pages) were still not in the offline library when
# this was checked a second time (28 November 2026: 217 of 240).  This
# holds the ground gained (68% before) until they are.
rs validate --coverage >"$OUT/sources-share.txt" 2>&1
share=$(sed -n 's/^sources: .*(\([0-9]*\)%).*/\1/p' "$OUT/sources-share.txt")
if [ -n "$share" ] && [ "$share" -ge 90 ]; then pass
else fail "primary-source share is ${share:-missing}%, under 90%"; fi
