#!/bin/sh
# Letters (issue 14): the right law, article and recipient for each
# place; the address inside the envelope window, measured on the PDF;
# the reply dates counted from a given sent date; the regulator named;
# the choice of letters on the command line.
# Sourced by tests/run.sh, which provides rs, pass, fail, has, lacks,
# status and $OUT.

section "letters"

LD=$OUT/letters
mkdir -p "$LD"

# window NAME PDF X0 Y0 X1 Y1 WORDS...: on the letter's first page (the
# page that holds the first word), each word is among the words that
# lie wholly inside the rectangle (in points from the top-left corner,
# as pdftotext -bbox measures them), and no word of the address that
# is not also in the letter's text (see unique) lies outside it.
window() {
	wn=$1; wp=$2
	wr=$(pdftotext -bbox "$wp" - 2>/dev/null | awk -v x0="$3" -v y0="$4" \
	    -v x1="$5" -v y1="$6" -v words="$(shift 6; echo "$@")" \
	    -v unique="$unique" '
		BEGIN { n = split(words, want, " "); split(unique, u, " ")
			for (k in u) uniq[u[k]] = 1 }
		/<page / { page++ }
		/<word / {
			t = $0; sub(/.*">/, "", t); sub(/<\/word>.*/, "", t)
			for (i = 1; i <= NF; i++) {
				split($i, kv, "\"")
				if ($i ~ /^xMin=/) a = kv[2]
				if ($i ~ /^yMin=/) b = kv[2]
				if ($i ~ /^xMax=/) c = kv[2]
				if ($i ~ /^yMax=/) d = kv[2]
			}
			if (!fpage && t == want[1]) fpage = page
			if (page != fpage && fpage) next
			w[page, t] = w[page, t] ""
			if (a >= x0 && b >= y0 && c <= x1 && d <= y1)
				in_[page, t] = 1
			else if (t in uniq)
				out[page, t] = sprintf("%.1f,%.1f-%.1f,%.1f", a, b, c, d)
		}
		END {
			if (!fpage) { print want[1] " not found"; exit 1 }
			for (k = 1; k <= n; k++) {
				if (!in_[fpage, want[k]])
					print want[k] " not inside"
				if ((fpage, want[k]) in out)
					print want[k] " also at " out[fpage, want[k]]
			}
		}')
	if [ -z "$wr" ]; then pass
	else fail "$wn: address not in the window: $(echo $wr)"; fi
}

# empty_zone NAME PDF PAGE X0 Y0 X1 Y1: no word on that page in the
# rectangle (a window left for writing the address in).
empty_zone() {
	ez=$(pdftotext -bbox -f "$3" -l "$3" "$2" - 2>/dev/null | awk \
	    -v x0="$4" -v y0="$5" -v x1="$6" -v y1="$7" '
		/<word / {
			for (i = 1; i <= NF; i++) {
				split($i, kv, "\"")
				if ($i ~ /^xMin=/) a = kv[2]
				if ($i ~ /^yMin=/) b = kv[2]
			}
			if (a >= x0 && a <= x1 && b >= y0 && b <= y1) print
		}')
	if [ -z "$ez" ]; then pass
	else fail "$1: text in the window to write in: $ez"; fi
}

# The rectangles, in points (1 mm = 72 / 25.4 pt).
# DIN 5008 form B address field: 20-105 mm across, 45-90 mm down; the
# recipient's part starts at 62.7 mm.
DIN="56.69 177.73 297.64 255.12"
# Swiss right window (SN 010130 as KOMA-Script sets it): 112-202 mm.
SN="317.48 177.73 572.60 255.12"
# #10 window, derived in letters.md 4.5: 1.0-4.5 in, 2.17-3.045 in.
NO10="72.00 156.24 324.00 219.24"
META="Merrion Meta Platforms Ireland Limited Road Dublin D04 X2K5 IRELAND"
# Words of the address that the letter's own text does not use.
unique="Merrion Road Dublin D04 X2K5 IRELAND Muster, 5,"

for c in DE IE FR GB CH BR; do
	status 0 "letters $c" rs letters --country $c --platforms facebook \
	    --name "Test Person" --sent 2026-11-23 -o "$LD/meta-$c.pdf"
done
for c in DE IE FR; do
	f=$LD/meta-$c.pdf
	has "$f" "Objection under Article 21(1) GDPR to the use of my data to train AI"
	has "$f" "Article 18(1)(d) GDPR"
	has "$f" "Article 17(1)(c) GDPR"
	has "$f" "Article 19 GDPR"
	has "$f" "Meta Platforms Ireland Limited"
	has "$f" "My particular situation"
	lacks "$f" "UK GDPR"
	# shellcheck disable=SC2086
	window "$c A4" "$f" $DIN $META
done
f=$LD/meta-GB.pdf
has "$f" "Objection under Article 21(1) UK GDPR"
has "$f" "Article 18(1)(d) UK GDPR"
has "$f" "Information Commissioner's Office (ICO)"
has "$f" "How to contact Meta with questions"
lacks "$f" "Merrion Road"
# No address is printed for the UK: the window is left to write in.
empty_zone "GB A4" "$f" 2 $DIN
f=$LD/meta-CH.pdf
has "$f" "Express objection under Article 30(2)(b) FADP"
has "$f" "Swiss Federal Act on Data Protection"
has "$f" "under Article 25 FADP"
has "$f" "Federal Data Protection and Information Commissioner (FDPIC)"
# shellcheck disable=SC2086
window "CH right window" "$f" $SN $META
f=$LD/meta-BR.pdf
has "$f" "Opposition under Article 18 LGPD"
has "$f" "Article 18, paragraph 2"
has "$f" "Agência Nacional de Proteção de Dados (ANPD)"
has "$f" "privacy policy for Brazil"
lacks "$f" "Merrion Road"
empty_zone "BR A4" "$f" 2 $DIN

# US Letter: the #10 window.
status 0 "letters DE on Letter" rs letters --country DE --platforms \
    instagram --paper letter --sent 2026-11-23 -o "$LD/meta-DE-letter.pdf"
# shellcheck disable=SC2086
window "DE #10" "$LD/meta-DE-letter.pdf" $NO10 $META
check "DE on Letter: US Letter paper" sh -c \
    "pdfinfo '$LD/meta-DE-letter.pdf' | grep -q 'Page size: *612 x 792'"

# The sender: from the options, or lines to write on.
status 0 "letters with an address" rs letters --country DE --platforms \
    facebook --name "Eva Muster" --address "Hauptstraße 5; 10115 Berlin" \
    --email eva@example.org --sent 2026-11-23 -o "$LD/sender.pdf"
has "$LD/sender.pdf" "Hauptstraße 5"
has "$LD/sender.pdf" "E-mail address of my account: eva@example.org"
# The return line sits in the window, above the recipient.
window "return line" "$LD/sender.pdf" 56.69 127.56 297.64 255.12 \
    "Merrion" "Muster," "5,"
has "$LD/meta-DE.pdf" "your street and number"
has "$LD/meta-DE.pdf" "your e-mail address"
# Meta Ireland's address comes from Meta's own terms (checked 28
# November 2026), named on the deadlines page; no "could not check" hedge.
has_joined "$LD/meta-DE.pdf" "Recipient's address: from Meta: Controller Addendum"
lacks "$LD/meta-DE.pdf" "we could not check it on the policy page"

# The closing, the room to sign and the name on one page, in every
# template that changes the type size.
for tpl in standard large-print compact; do
	status 0 "build --letters all, $tpl" rs build --country FR \
	    --platforms facebook,instagram --name "Test Person" \
	    --template $tpl --letters all -o "$LD/fr-$tpl.pdf"
	n=$(pages "$LD/fr-$tpl.pdf")
	k=1; ok=0
	while [ "$k" -le "$n" ]; do
		t=$(pdftotext -f $k -l $k "$LD/fr-$tpl.pdf" - 2>/dev/null)
		case $t in
		*"Yours faithfully"*)
			case $t in *signature*"Test Person"*) ok=1 ;; esac ;;
		esac
		k=$((k + 1))
	done
	if [ $ok = 1 ]; then pass
	else fail "$tpl: the closing, signature and name are not on one page"; fi
done

# The step names its letter by the reference the letter's pages carry
# (the letters number their pages apart from the checklist), and a page
# with that reference is the letter.
f=$LD/fr-standard.pdf
ref=$(pdftotext "$f" - 2>/dev/null | sed -n 's/.*Letter \([A-Z0-9-]*\), at the end of this checklist:.*/\1/p' | head -1)
n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ { print $2 }')
found=
for p in $(seq 1 "${n:-0}"); do
	pdftotext -f "$p" -l "$p" "$f" - 2>/dev/null >"$OUT/letter-page.txt"
	if [ -n "$ref" ] && grep -q "My reference: $ref" "$OUT/letter-page.txt" &&
	    grep -q "Objection under Article 21(1) GDPR" "$OUT/letter-page.txt"
	then found=$p; break; fi
done
if [ -n "$found" ]; then pass
else fail "build --letters: no page of $f is the letter the step names ($ref)"; fi
has "$f" "Requests and deadlines"
has "$f" "Evidence log"
# The letters come after the checklist's own pages and footers.
lacks "$LD/meta-DE.pdf" "rightsheet privacy checklist"
# Without --letters, the step says how to print the letter.
build_to "$LD/fr-plain.pdf" --country FR --platforms facebook
has "$LD/fr-plain.pdf" "run rightsheet letters with the options of this checklist"
lacks "$LD/fr-plain.pdf" "Requests and deadlines"
# A step with no letter for the place says nothing about one.
build_to "$LD/us-plain.pdf" --country US --state US-CO --platforms facebook
lacks "$LD/us-plain.pdf" "rightsheet letters"

# People-search sites: the state's law and its deadline.
for st in CA VA TX; do
	status 0 "letters US-$st" rs letters --country US --state US-$st \
	    --topics data-brokers --sent 2026-11-23 -o "$LD/broker-$st.pdf"
	has "$LD/broker-$st.pdf" "Name as the listing shows it"
	has "$LD/broker-$st.pdf" "Web address (URL) of the listing"
done
f=$LD/broker-CA.pdf
has "$f" "Request to know and to delete under the California Consumer Privacy Act"
has "$f" "45 calendar days"
has "$f" "Civil Code section 1798.130"
has "$f" "Use DROP first"
has "$f" "privacy.ca.gov/drop"
has "$f" "California Privacy Protection Agency (CalPrivacy)"
has "$f" "2101 Arena Blvd, Sacramento, CA 95834"
has "$f" "Reply due by 7 January 2027"
f=$LD/broker-VA.pdf
has "$f" "Virginia Consumer Data Protection Act (Code of Virginia § 59.1-577)"
has "$f" "The law gives you 45 days"
has "$f" "Code of Virginia § 59.1-577(B)"
has "$f" "Virginia Attorney General, Consumer Protection Section"
has "$f" "Reply due by 7 January 2027"
f=$LD/broker-TX.pdf
has "$f" "Texas Data Privacy and Security Act (Business and Commerce Code § 541.051)"
has "$f" "§ 541.052"
has "$f" "Texas Attorney General, Consumer Protection Division"
has "$f" "Complaints are public records in Texas"
# A state without a privacy law: the letter says so, and what to do.
status 0 "letters US-NY" rs letters --country US --state US-NY \
    --topics data-brokers --sent 2026-11-23 -o "$LD/broker-NY.pdf"
has "$LD/broker-NY.pdf" "no state privacy law"
has "$LD/broker-NY.pdf" "The law sets no reply date for this"
lacks "$LD/broker-NY.pdf" "Reply due by"

# People-search sites in Europe: GDPR and UK GDPR access and erasure.
for c in NL DE GB; do
	status 0 "letters $c data-brokers" rs letters --country $c \
	    --topics data-brokers --sent 2026-11-23 -o "$LD/broker-$c.pdf"
done
has "$LD/broker-DE.pdf" "Request for access (Article 15 GDPR) and erasure (Article 17 GDPR)"
has "$LD/broker-DE.pdf" "Article 15(1)(g) and (c) GDPR"
has "$LD/broker-DE.pdf" "Town as the listing shows it"
has "$LD/broker-DE.pdf" "The data protection authority of your Land"
lacks "$LD/broker-DE.pdf" "authority of your country"
has "$LD/broker-NL.pdf" "The data protection authority of your country"
has "$LD/broker-GB.pdf" "Request for access (Article 15 UK GDPR) and erasure (Article 17 UK GDPR)"
has "$LD/broker-GB.pdf" "Information Commissioner's Office (ICO)"
has "$LD/broker-GB.pdf" "Reply due by 23 December 2026"

# Reply dates, counted from the sent date.
has "$LD/meta-DE.pdf" "Sent on 23 November 2026"
has "$LD/meta-DE.pdf" "Reply due by 23 December 2026"
has "$LD/meta-CH.pdf" "Reply due by 23 December 2026"
has "$LD/meta-BR.pdf" "Reply due by 8 December 2026"
has "$LD/meta-GB.pdf" "Reply due by 23 December 2026"
# One month from 31 January is the last day of February.
status 0 "letters sent on 31 January" rs letters --country IE \
    --platforms facebook --sent 2027-01-31 -o "$LD/jan31.pdf"
has "$LD/jan31.pdf" "Reply due by 28 February 2027"
# In the UK a period that ends on a Saturday ends on the Monday (ICO);
# the GDPR letter keeps the calendar date.
status 0 "letters GB, due on a Saturday" rs letters --country GB \
    --platforms facebook --sent 2026-11-26 -o "$LD/gb-sat.pdf"
has "$LD/gb-sat.pdf" "Reply due by 28 December 2026"
status 0 "letters DE, due on a Saturday" rs letters --country DE \
    --platforms facebook --sent 2026-11-26 -o "$LD/de-sat.pdf"
has "$LD/de-sat.pdf" "Reply due by 26 December 2026"
# Without --sent: a line to write the date on, and the date for a
# letter sent today (SOURCE_DATE_EPOCH: 22 November 2026).
status 0 "letters without --sent" rs letters --country DE --platforms \
    facebook -o "$LD/nosent.pdf"
has "$LD/nosent.pdf" "Sent on 22 November 2026, it is due by 22 December 2026"

# The regulator for the person's place.
has "$LD/meta-DE.pdf" "Data Protection Commission (Ireland), Meta's lead authority in the EU"
has "$LD/meta-DE.pdf" "21 Fitzwilliam Square South, Dublin 2, D02 RD28, IRELAND"
has "$LD/meta-DE.pdf" "The data protection authority of your Land"
lacks "$LD/meta-DE.pdf" "CNIL"
has "$LD/meta-FR.pdf" "CNIL, the French data protection authority"
has "$LD/meta-FR.pdf" "Write your complaint to the CNIL in French."
lacks "$LD/meta-FR.pdf" "of your Land"

# The choice of letters.
status 2 "--letters with an unknown letter" rs build --country DE \
    --letters meta-objection,nope -o "$LD/bad.pdf"
has "$OUT/last.err" "--letters: \"nope\"; the letters are: all, meta-objection, broker-request"
check "--letters with an unknown letter: no PDF" test ! -e "$LD/bad.pdf"
status 2 "--sent that is not a date" rs letters --country DE --sent 2026-02-30
has "$OUT/last.err" "--sent takes a date as YYYY-MM-DD"
status 0 "--letters naming one" rs build --country US --state US-CA \
    --platforms facebook --letters broker-request -o "$LD/one.pdf"
has "$LD/one.pdf" "Request to know and to delete"
lacks "$LD/one.pdf" "Objection under"
status 1 "letters for a place with none" rs letters --country JP \
    --platforms facebook -o "$LD/none.pdf"
has "$OUT/last.err" "no letter applies to this profile"
status 2 "--letters on explain" rs explain --country DE --letters all

# The lint reports letters with no recipient address.
status 0 "validate --coverage" rs validate --coverage guides
has "$OUT/last.out" "meta-objection for UK has no recipient address"
has "$OUT/last.out" "meta-objection for BR has no recipient address"
lacks "$OUT/last.out" "meta-objection for EU EEA has no recipient"

# A profile file gives the sender's address and e-mail too.
cat >"$LD/profile.xml" <<'EOP'
<?xml version="1.0" encoding="UTF-8"?>
<profile format="1">
  <name>Ana Lima</name>
  <country>BR</country>
  <platforms>instagram</platforms>
  <address>Rua das Flores 10; 01000-000 São Paulo</address>
  <email>ana@example.org</email>
</profile>
EOP
status 0 "letters --profile with an address" rs letters --profile \
    "$LD/profile.xml" -o "$LD/profile.pdf"
has "$LD/profile.pdf" "Rua das Flores 10"
has "$LD/profile.pdf" "E-mail address of my account: ana@example.org"
status 2 "--address with a control character" rs letters --country DE \
    --platforms facebook --address "$(printf 'a\033b')" -o "$LD/ctl.pdf"
has "$OUT/last.err" "in the address"

# A step that names a letter no guide has: validate says so.
mkdir -p "$LD/guides"
sed 's/letter="meta-objection"/letter="meta-objektion"/' guides/meta-ai.xml \
    >"$LD/guides/meta-ai.xml"
status 1 "validate: a step names an unknown letter" rs validate \
    "$LD/guides/meta-ai.xml" guides/letters.xml
has "$OUT/last.err" "step names a letter no guide has: \"meta-objektion\""
# Two letters with one id.
sed 's/ id="letters"/ id="letters-two"/' guides/letters.xml \
    >"$LD/guides/letters-two.xml"
status 1 "validate: duplicate letter id" rs validate guides/letters.xml \
    "$LD/guides/letters-two.xml"
has "$OUT/last.err" "duplicate letter id: \"meta-objection\""

# Text the font cannot print, in a letter: validate says so, at its line.
sed 's/<line>Merrion Road</<line>Merrion Road 漢</' guides/letters.xml \
    >"$LD/guides/letters-glyph.xml"
status 1 "validate: a letter with a character the font lacks" rs validate \
    guides/meta-ai.xml "$LD/guides/letters-glyph.xml"
has "$OUT/last.err" "letters-glyph.xml:$(grep -n '<to ' guides/letters.xml | head -1 | cut -d: -f1): error: character cannot be printed with the font"

# The letters are valid PDFs with embedded fonts.
pdf_ok "$LD/sender.pdf"
pdf_ok "$LD/fr-standard.pdf"

# The complaint cover letter: to the Irish DPC in its window, naming
# Articles 77 and 78(2) and the three months the authority has to say
# how a complaint is going; elsewhere in the EU the authority is written
# in; in California it goes to CalPrivacy.  The complaint step points
# to it.
status 0 "complaint letter IE" rs letters --country IE --letters complaint \
    --sent 2026-11-23 -o "$LD/complaint-IE.pdf"
f=$LD/complaint-IE.pdf
has "$f" "Complaint under Article 77 GDPR: a company did not answer my request"
has "$f" "Under Article 78(2) GDPR I expect to hear within three months"
has "$f" "Reply due by 23 February 2027"
has "$f" "A court, if the authority does not tell you within three months"
# shellcheck disable=SC2086
unique="Fitzwilliam Square South D02 RD28 IRELAND" \
    window "complaint IE A4" "$f" $DIN Fitzwilliam Square South Dublin D02 RD28 IRELAND
status 0 "complaint letter DE" rs letters --country DE --letters complaint -o "$LD/complaint-DE.pdf"
has "$LD/complaint-DE.pdf" "Complaint under Article 77 GDPR"
lacks "$LD/complaint-DE.pdf" "Fitzwilliam"
status 0 "complaint letter US-CA" rs letters --country US --state US-CA --letters complaint -o "$LD/complaint-CA.pdf"
has "$LD/complaint-CA.pdf" "Complaint under the California Consumer Privacy Act"
# shellcheck disable=SC2086
unique="Arena Blvd Sacramento, 95834" \
    window "complaint CA #10" "$LD/complaint-CA.pdf" $NO10 2101 Arena Blvd Sacramento, CA 95834 California Privacy Protection Agency
build_to "$LD/complaint-step.pdf" --country FR --platforms facebook --letters all
has_joined "$LD/complaint-step.pdf" "Letter COMPLNT, at the end of this checklist: Complaint to a data protection authority when a company does not answer"
