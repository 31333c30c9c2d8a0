#!/bin/sh
# Fact checks for guides/meta-ai.xml and guides/leaving.xml (issue 11,
# corrections.md 3.1 and L1/L2; facts checked 28 November 2026).
#
# Leaving: each app gets its own deletion rule.  Facebook and Instagram
# wait 30 days, during which logging in cancels the deletion; WhatsApp
# has no such window (its privacy policy: once deletion starts you cannot
# log in or re-register), and neither does Threads or Messenger.  The
# download and delete steps rest on Meta's and WhatsApp's own policies
# and are no longer marked "Not confirmed".
#
# Meta AI: the objection steps for Facebook, Instagram and Threads and
# the step on deleting old posts cite Meta's own pages and lose their
# "Not confirmed" mark; the Mastodon source and the old "Privacy Topics"
# route are gone; the WhatsApp caveat says what WhatsApp's policy says;
# hedges such as "we could not confirm" are cut.  Items still resting on
# press only (/reset-ai, Advanced chat privacy, the Meta AI app) stay
# marked.
# Sourced by tests/run.sh, which provides rs, pass, fail, has, lacks,
# explain_to and build_to.  Variables start with fm_.

fm=$OUT/facts-meta
mkdir -p "$fm"
# fm_both NAME ARGS...: the plan in $fm/NAME.txt, the checklist in .pdf.
fm_both() {
	fm_n=$1; shift
	explain_to "$fm/$fm_n.txt" "$@"
	build_to "$fm/$fm_n.pdf" "$@"
}

# --- Leaving: WhatsApp alone gets WhatsApp's rule, not Facebook's.
fm_both wa-leave --country DE --platforms whatsapp --topics leaving
lacks "$fm/wa-leave.txt" "[leave-30-days]"
lacks "$fm/wa-leave.txt" "[leave-90-days]"
lacks "$fm/wa-leave.txt" "[leave-delete]"
has "$fm/wa-leave.txt" "[leave-delete-wa]"
has "$fm/wa-leave.txt" "[leave-wa-final]"
lacks "$fm/wa-leave.pdf" "wait 30 days"
lacks "$fm/wa-leave.pdf" "cancels deletion"
has "$fm/wa-leave.pdf" "WhatsApp gives you no time to change your mind"
has "$fm/wa-leave.pdf" "you cannot log in to it again, register it again"
has "$fm/wa-leave.pdf" "Settings > Account"
has "$fm/wa-leave.pdf" "120 days without use"
has "$fm/wa-leave.pdf" "https://www.whatsapp.com/legal/privacy-policy-eea"
lacks "$fm/wa-leave.pdf" "Not confirmed"

# Facebook: the 30-day window (still marked: Meta's Help Center page
# itself could not be read), up to 90 days plus 90 for backups, Meta's
# own help page, and confirmed download and delete steps.
fm_both fb-leave --country US --state US-TX --platforms facebook --topics leaving
has "$fm/fb-leave.txt" "[leave-30-days]"
has "$fm/fb-leave.txt" "[leave-delete]"
lacks "$fm/fb-leave.txt" "[leave-delete-wa]"
lacks "$fm/fb-leave.txt" "[leave-wa-final]"
has "$fm/fb-leave.pdf" "Facebook and Instagram wait 30 days"
has "$fm/fb-leave.pdf" "it can take up to 90 days to delete your information, and up to 90 more days to clear it from backups"
has "$fm/fb-leave.pdf" "Download your information"
has "$fm/fb-leave.pdf" "https://www.facebook.com/help/224562897555674"
has "$fm/fb-leave.pdf" "https://www.facebook.com/privacy/policy/"
has "$fm/fb-leave.pdf" "LEAVE-01"
lacks "$fm/fb-leave.pdf" "Not confirmed LEAVE-01"
lacks "$fm/fb-leave.pdf" "Not confirmed LEAVE-02"
lacks "$fm/fb-leave.pdf" "Second-hand details"
lacks "$fm/fb-leave.pdf" "reportedly"
lacks "$fm/fb-leave.pdf" "deletingsolutions"

# Instagram, Threads, Messenger: each its own rule.
fm_both ig-leave --country GB --platforms instagram --topics leaving
has "$fm/ig-leave.txt" "[leave-delete-ig]"
has "$fm/ig-leave.txt" "[leave-30-days]"
has "$fm/ig-leave.pdf" "https://help.instagram.com/370452623149242"
fm_both th-leave --country FR --platforms threads --topics leaving
has "$fm/th-leave.txt" "[leave-delete-threads]"
lacks "$fm/th-leave.txt" "[leave-30-days]"
has "$fm/th-leave.pdf" "https://help.instagram.com/313703828012423"
fm_both ms-leave --country DE --platforms messenger --topics leaving
has "$fm/ms-leave.txt" "[leave-messenger]"
lacks "$fm/ms-leave.txt" "[leave-30-days]"
has "$fm/ms-leave.pdf" "delete your Facebook account"

# --- Meta AI: a German Facebook and Instagram user gets confirmed
# objection steps with the Privacy Center route, no Mastodon source.
fm_both de-ai --country DE --platforms facebook,instagram
has "$fm/de-ai.pdf" "META-01"
has "$fm/de-ai.pdf" "META-02"
lacks "$fm/de-ai.pdf" "Not confirmed META-01"
lacks "$fm/de-ai.pdf" "Not confirmed META-02"
has "$fm/de-ai.pdf" "Settings & privacy, then Privacy Center"
has "$fm/de-ai.pdf" "A box for your reasons is optional"
lacks "$fm/de-ai.pdf" "Privacy Topics"
lacks "$fm/de-ai.pdf" "mastodawn"
lacks "$fm/de-ai.pdf" "In 2024 you had to fill it in"
has_joined "$fm/de-ai.pdf" "https://about.fb.com/news/2024/09/building-ai-technology-for-the-uk"
# M6: what the objection covers is stated, not hedged.
has "$fm/de-ai.pdf" "covers both your public posts and your chats with Meta AI"
lacks "$fm/de-ai.pdf" "Our sources do not say whether"
lacks "$fm/de-ai.pdf" "We could not see the European version"
lacks "$fm/de-ai.pdf" "We could not confirm this on Meta's own pages"

# Threads: covered through Accounts Center or Meta's rights form.
fm_both de-th --country DE --platforms threads --topics ai-training
has "$fm/de-th.txt" "[meta-threads-object]"
lacks "$fm/de-th.pdf" "Not confirmed META-03"
has "$fm/de-th.pdf" "https://help.instagram.com/contact/1169130897068670"
lacks "$fm/de-th.pdf" "This is our own conclusion"

# Outside Europe: deleting old posts cites Meta's policy (trash, 30
# days); the US caveat rests on Meta's help page, not on a hedge.
fm_both us-fb --country US --state US-TX --platforms facebook --topics ai-training
has "$fm/us-fb.txt" "[meta-delete-posts]"
lacks "$fm/us-fb.pdf" "Not confirmed META-06"
has "$fm/us-fb.pdf" "activity log"
lacks "$fm/us-fb.pdf" "We found no firm evidence"
lacks "$fm/us-fb.pdf" "We found no law where you live"
has "$fm/us-fb.pdf" "Objecting from the US"

# WhatsApp: what WhatsApp's own policy says; press-only steps stay marked.
fm_both fr-wa --country FR --platforms whatsapp --topics ai-training
has "$fm/fr-wa.pdf" "WhatsApp has no opt-out"
has "$fm/fr-wa.pdf" "not even WhatsApp, can read or listen to them"
has "$fm/fr-wa.pdf" "questions and objections about it go to Meta"
lacks "$fm/fr-wa.pdf" "It is unclear whether this form helps"
lacks "$fm/fr-wa.pdf" "It has no public posts"
has "$fm/fr-wa.pdf" "Not confirmed META-08"
has "$fm/fr-wa.pdf" "Not confirmed META-09"
lacks "$fm/fr-wa.pdf" "Guides say"

# No hedges of the "we could not" kind anywhere in either guide's prose.
# (Other guides are checked by their own files.)
fm_both kr-all --country KR --platforms facebook,whatsapp,meta-ai --topics ai-training,leaving
fm_both br-all --country BR --platforms facebook,instagram,threads --topics ai-training,leaving
fm_both ca-all --country CA --platforms facebook,messenger --topics ai-training,leaving
fm_both de-all --country DE --platforms facebook,instagram,threads,whatsapp --topics ai-training,leaving
for fm_f in kr-all br-all ca-all de-all us-fb fr-wa fb-leave wa-leave; do
	lacks "$fm/$fm_f.pdf" "could not confirm"
	lacks "$fm/$fm_f.pdf" "Our sources do not"
done

# M3: where Meta uses AI chats for ads, a WhatsApp user who also has
# Facebook or Instagram is told to check Accounts Center; in the EU,
# where Meta has not started, and for WhatsApp alone, not.
fm_both us-wafb --country US --state US-TX --platforms whatsapp,facebook --topics ai-training
has "$fm/us-wafb.txt" "[meta-wa-accounts-center]"
has "$fm/us-wafb.pdf" "https://accountscenter.facebook.com/"
lacks "$fm/us-wafb.pdf" "Not confirmed META-13"
fm_both de-wafb --country DE --platforms whatsapp,facebook --topics ai-training
lacks "$fm/de-wafb.txt" "[meta-wa-accounts-center]"
lacks "$fm/fr-wa.txt" "[meta-wa-accounts-center]"
