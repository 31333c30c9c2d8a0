#!/bin/sh
# The regional differences that matter, pinned on real checklists:
# EU/UK objections must be honoured, the US has no such right, WhatsApp
# has no opt-out, California has DROP, and no region gets another's law.
# Sourced by tests/run.sh, which provides rs, pass, fail, has, lacks.

C=$OUT/content
mkdir -p "$C"
for p in "FR facebook" "GB instagram" "NO facebook" "CH instagram" \
    "US whatsapp" "CA instagram" "BR facebook" "AU instagram" "JP facebook"; do
	set -- $p
	rs build --country "$1" --platforms "$2" -o "$C/$1.pdf" 2>/dev/null ||
	    fail "content: $1 did not build"
done
honour="After a valid objection Meta has to stop using your data for this"
has "$C/FR.pdf" "$honour"
has "$C/FR.pdf" "GDPR Article 21"
has "$C/NO.pdf" "$honour"
has "$C/GB.pdf" "$honour"
has "$C/GB.pdf" "UK GDPR Article 21"
has "$C/GB.pdf" "ICO"
lacks "$C/FR.pdf" "UK GDPR"
lacks "$C/GB.pdf" "RIGHT · GDPR Article"
lacks "$C/GB.pdf" "Data Protection Commission (DPC), which leads"
has "$C/CH.pdf" "FADP"
lacks "$C/CH.pdf" "GDPR Article 21"
# US.pdf is for WhatsApp alone, which has no public posts: the caveat
# about objecting for posts is not for it (tests/regions.sh).
lacks "$C/US.pdf" "No legal right to object where you live"
for r in CA AU JP; do
	has "$C/$r.pdf" "No legal right to object where you live"
done
for r in US CA AU JP; do
	lacks "$C/$r.pdf" "$honour"
	lacks "$C/$r.pdf" "GDPR Article"
done
has "$C/US.pdf" "WhatsApp has no opt-out"
lacks "$C/US.pdf" "CCPA"
has "$C/CA.pdf" "PIPEDA"
lacks "$C/CA.pdf" "CCPA"
has "$C/BR.pdf" "LGPD"
has "$C/AU.pdf" "OAIC"
lacks "$C/JP.pdf" "LGPD"
# The review of 28 November 2026 (issue 11): Australian organisations
# may charge a fee that is not excessive; access is not simply free.
lacks "$C/AU.pdf" "Under the Privacy Act this is free"
has "$C/AU.pdf" "may charge a fee"
has "$C/AU.pdf" "not excessive"
has_joined "$C/AU.pdf" "serious invasion of privacy"
# Brazil's regulator is now the Agência (Lei 15.352/2026), without the old hedge.
has "$C/BR.pdf" "Agência Nacional de Proteção de Dados"
has "$C/BR.pdf" "Lei 15.352/2026"
lacks "$C/BR.pdf" "could not confirm the final sign-off"
# Canada: Bill C-36 (June 2026) is a proposal; C-27 is not presented
# as the current one, and PIPEDA's own deadline is stated.
has "$C/CA.pdf" "Bill C-36"
has "$C/CA.pdf" "not yet in force"
lacks "$C/CA.pdf" "law (Bill C-27) was proposed"
has "$C/CA.pdf" "PIPEDA, section 8(3) and 8(4)"
# Switzerland: the 30-day deadline (Data Protection Ordinance Art. 18)
# is stated without the old hedge, and an objection has legal force.
has "$C/CH.pdf" "It must answer within 30 days"
lacks "$C/CH.pdf" "We could not check this"
has "$C/CH.pdf" "FADP Article 30(2)(b)"
rs build --country US --state US-CA --platforms instagram -o "$C/CA-state.pdf" 2>/dev/null
has "$C/CA-state.pdf" "Delete Request and Opt-out Platform"
has "$C/CA-state.pdf" "CCPA"
rs build --country US --state US-TX --platforms instagram -o "$C/TX.pdf" 2>/dev/null
lacks "$C/TX.pdf" "Delete Request and Opt-out Platform"
has "$C/TX.pdf" "Texas"

# Every printed item says where its facts come from and when checked.
for f in "$C"/*.pdf; do
	n_items=$(pdftotext "$f" - 2>/dev/null | grep -c -e '^YOUR RIGHT' -e '^KEEP IN MIND' -e 'min$')
	n_checked=$(pdftotext "$f" - 2>/dev/null | grep -c -E 'checked [0-9]+ [A-Z][a-z]+ 20[0-9][0-9]')
	[ "$n_checked" -ge "$n_items" ] && pass ||
	    fail "content: $f has $n_items items but $n_checked dated source lines"
done

echo "machine-readable output:"
status 0 "explain --format json" rs explain --country DE --platforms facebook --format json
check "json: one object" sh -c "head -c 12 '$OUT/last.out' | grep -q '^{\"profile\":{'"
has "$OUT/last.out" "\"code\":\"META-01\""
has "$OUT/last.out" "\"reason\":\"you live in the EU\""
has "$OUT/last.out" "\"url\":\"https://"
status 0 "list --format json" rs list --format json
has "$OUT/last.out" "\"id\":\"whatsapp\",\"name\":\"WhatsApp\""
has "$OUT/last.out" "\"id\":\"DE\",\"name\":\"Germany\",\"region\":\"EU\""
status 2 "bad --format" rs list --format xml

echo "the user's own guides:"
X=$OUT/xdg
mkdir -p "$X/rightsheet/guides" "$X/rightsheet/templates"
sed -e 's/id="test"/id="mine"/' -e 's/id="t-/id="mine-/g' -e 's/code="TEST"/code="MINE"/' \
    -e 's/topic="testing"/topic="my-topic"/' -e 's/<topic id="testing">Testing/<topic id="my-topic">My topic/' \
    tests/fixtures/guides/test.xml >"$X/rightsheet/guides/mine.xml"
sed -e 's/name="workshop"/name="my-look"/' templates/workshop.xml >"$X/rightsheet/templates/my-look.xml"
status 0 "list with a user guide" env XDG_DATA_HOME="$(pwd)/$X" "$RIGHTSHEET" list
has "$OUT/last.out" "my-topic"
has "$OUT/last.out" "my-look"
has "$OUT/last.out" "meta-ai"
status 0 "build with a user guide and template" env XDG_DATA_HOME="$(pwd)/$X" \
    "$RIGHTSHEET" build --country DE --platforms facebook --template my-look -o "$X/mine.pdf"
has "$X/mine.pdf" "Test guide"
has "$X/mine.pdf" "Object on Facebook"
has "$X/mine.pdf" "Notes"
# The brokers part says the same about Australian access fees as the
# rights part: never "free of charge".
au_all=$OUT/au-brokers.pdf
rs build --country AU --topics data-brokers -o "$au_all" 2>/dev/null
lacks "$au_all" "free of charge"
has "$au_all" "not an excessive one"
lacks "$au_all" "thecommonwealthofaustralia"
