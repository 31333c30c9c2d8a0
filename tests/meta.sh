#!/bin/sh
# The Meta guide after the review of 28 November 2026 (issue 11, fixes
# 4 and 5): Europeans read that they may object to direct marketing and
# what Meta's ad choices are, the third-party-data form is described as
# letting Europeans object or restrict and is printed with its address,
# a WhatsApp-only user in Europe gets a way to object, no unreliable
# source speaks for other countries, and the three errors of the source
# articles stay absent.
# Sourced by tests/run.sh, which provides rs, pass, fail, has, lacks.

M=$OUT/meta
mkdir -p "$M"
# mbuild NAME ARGS...: a checklist in $M/NAME.pdf, its plan in $M/NAME.txt.
mbuild() {
	n=$1; shift
	build_to "$M/$n.pdf" "$@"
	explain_to "$M/$n.txt" "$@"
}

# A German Facebook user: AI-chat ads are not "no setting to turn it
# off"; the absolute right to object to direct marketing is there.
mbuild de-fb --country DE --platforms facebook
lacks "$M/de-fb.pdf" "no setting to turn it off"
lacks "$M/de-fb.pdf" "There is no setting to turn this off"
lacks "$M/de-fb.pdf" "The only choice is not to use Meta AI"
has "$M/de-fb.pdf" "object to direct marketing"
has "$M/de-fb.pdf" "GDPR Article 21(2) and (3)"
has "$M/de-fb.pdf" "less personalised ads"
has "$M/de-fb.txt" "[meta-ads-object-eu]"
lacks "$M/de-fb.txt" "[meta-ads-object-uk]"
lacks "$M/de-fb.pdf" "UK GDPR"
# The third-party-data form: object or restrict, with its address.
has "$M/de-fb.pdf" "object to or restrict"
has "$M/de-fb.pdf" "https://www.facebook.com/help/contact/1266025207620918"
lacks "$M/de-fb.pdf" "there is only a form to raise a concern"
lacks "$M/de-fb.pdf" "It is not an opt-out, and it is open to people in every country"
check "meta: form link is clickable" sh -c \
    "pdfinfo -url '$M/de-fb.pdf' | grep -q 'https://www.facebook.com/help/contact/1266025207620918'"
# Facebook users object in Facebook, not through the general channel.
lacks "$M/de-fb.txt" "[meta-object-general]"

# The UK: the same right under the UK GDPR, and the subscription choice.
mbuild gb-ig --country GB --platforms instagram
has "$M/gb-ig.pdf" "UK GDPR Article 21(2) and (3)"
has "$M/gb-ig.pdf" "object to direct marketing"
has "$M/gb-ig.pdf" "subscription"
has "$M/gb-ig.txt" "[meta-ads-uk]"
lacks "$M/gb-ig.txt" "[meta-ads-eu]"
has "$M/gb-ig.pdf" "object to or restrict"

# A WhatsApp-only user in the EU has a way to object; in the US not.
mbuild fr-wa --country FR --platforms whatsapp
has "$M/fr-wa.txt" "[meta-object-general]"
has "$M/fr-wa.pdf" "Privacy Rights Request"
has "$M/fr-wa.pdf" "https://www.meta.com/help/quest/126192406164229/"
mbuild it-ai --country IT --platforms meta-ai
has "$M/it-ai.txt" "[meta-object-general]"
mbuild us-wa --country US --state US-TX --platforms whatsapp
lacks "$M/us-wa.txt" "[meta-object-general]"
lacks "$M/us-wa.txt" "[meta-ads-object-eu]"

# Other countries: no claim from a source the guide calls unreliable;
# South Korea gets its own law.
mbuild jp-fb --country JP --platforms facebook
lacks "$M/jp-fb.pdf" "unanswered.io"
lacks "$M/jp-fb.pdf" "One website claims"
lacks "$M/jp-fb.txt" "[meta-right-kr]"
mbuild kr-fb --country KR --platforms facebook
has "$M/kr-fb.txt" "[meta-right-kr]"
has "$M/kr-fb.pdf" "PIPA"
has "$M/kr-fb.pdf" "Personal Information Protection Commission"
lacks "$M/kr-fb.pdf" "object to direct marketing"

# The three errors of the source articles stay absent.
mbuild de-seed --country DE --platforms facebook,instagram --topics ai-training
has "$M/de-seed.txt" "[meta-late-objection]"
has "$M/de-seed.txt" "[meta-one-or-two]"
has "$M/de-seed.txt" "[meta-private-not-enough]"
has "$M/de-seed.pdf" "We found no source for a deadline in 2026"
has "$M/de-seed.pdf" "That is only true when the accounts share an Accounts Center"
has "$M/de-seed.pdf" "making your account private does not keep everything out of AI training"
lacks "$M/de-seed.pdf" "deadline of June 26, 2026"

# An objection covers one use; Messenger rests on Meta's own announcement.
has "$M/de-seed.pdf" "you may need to object to that as well"
lacks "$M/de-seed.pdf" "You do not need to send it again when Meta announces something new"
mbuild de-msg --country DE --platforms messenger
has "$M/de-msg.pdf" "end-to-end encrypted by default"
lacks "$M/de-msg.pdf" "We found only this one report"
has "$M/de-msg.txt" "[meta-object-general]"
has "$M/de-msg.txt" "because you use Meta AI only outside Facebook, Instagram and Threads and you live in the EU"

# Sources: the originals, not copies or the guide's own "low reliability"
# (the Meta part only: other guides are fixed on their own branches).
mbuild au-ai --country AU --platforms facebook --topics ai-training
has "$M/au-ai.pdf" "https://amp.abc.net.au/article/104336170"
lacks "$M/au-ai.pdf" "gigazine"
mbuild gb-ai --country GB --platforms instagram --topics ai-training
has_joined "$M/gb-ai.pdf" "https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2024/09/"
lacks "$M/gb-ai.pdf" "therealistjuggernaut"
has "$M/de-seed.pdf" "https://eur-lex.europa.eu/eli/reg/2016/679/oj/eng#art_21"
lacks "$M/de-seed.pdf" "(search for 2016/679)"

# Advanced chat privacy, as WhatsApp announced it.
has "$M/fr-wa.pdf" "exporting the chat"
lacks "$M/fr-wa.pdf" "nobody in that chat can bring in Meta AI"
# The leaving guide says the same about the third-party form as META-07.
lv=$OUT/leave-de.pdf
rs build --country DE --topics leaving -o "$lv" 2>/dev/null
lacks "$lv" "there is only Meta's form to raise a concern"
has "$lv" "in Europe the law lets you object"
