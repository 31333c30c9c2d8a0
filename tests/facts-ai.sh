#!/bin/sh
# Other platforms' AI (guides/other-ai.xml), facts checked 28 November
# 2026 against the platforms' own pages and the Irish DPC
# (corrections.md 3.5 I4-I8).  Pins: LinkedIn's menu path and its
# Microsoft-ads step shown only outside the EU, EEA, UK and Switzerland;
# LinkedIn's Swiss objection step and X's, Reddit's and LinkedIn's
# confirmed steps without "Not confirmed", each printing the platform
# page; X's Irish caveat for the EEA too, citing the DPC; Copilot's
# excluded countries from Microsoft's FAQ; the new YouTube and Snapchat
# steps; and the hedges that were cut.
# Sourced by tests/run.sh, which provides explain_to, build_to, has,
# lacks and $OUT; variables start with fa_.

section "facts: other platforms' AI"
fa=$OUT/facts-ai
mkdir -p "$fa"

# I5: LinkedIn's Microsoft-ads step only outside EU/EEA/UK/CH.
explain_to "$fa/us-li.txt" --country US --platforms linkedin
has "$fa/us-li.txt" "[ai-linkedin-ads]"
lacks "$fa/us-li.txt" "(not confirmed) [ai-linkedin-ads]"
for fa_c in DE NO GB CH; do
	explain_to "$fa/$fa_c-li.txt" --country "$fa_c" --platforms linkedin
	lacks "$fa/$fa_c-li.txt" "[ai-linkedin-ads]"
done
explain_to "$fa/eu-li.txt" --region EU --platforms linkedin
lacks "$fa/eu-li.txt" "[ai-linkedin-ads]"
build_to "$fa/us-li.pdf" --country US --platforms linkedin --topics ai-training
has "$fa/us-li.pdf" "Data privacy > How LinkedIn uses your data > \"Data for Generative AI Improvement\""
has "$fa/us-li.pdf" "LinkedIn does not do this in the EU, the EEA, the UK or Switzerland."
has "$fa/us-li.pdf" "https://www.linkedin.com/help/linkedin/answer/a8059228"
lacks "$fa/us-li.pdf" "If some of these switches are missing"

# LinkedIn in Switzerland: the objection step now rests on LinkedIn's
# own European notice; the old hedge about Swiss law is gone.
has "$fa/CH-li.txt" "[ai-linkedin-object-ch]"
lacks "$fa/CH-li.txt" "(not confirmed) [ai-linkedin-object-ch]"
build_to "$fa/ch-li.pdf" --country CH --platforms linkedin --topics ai-training
has "$fa/ch-li.pdf" "LinkedIn's European privacy notice covers members in Switzerland too."
has "$fa/ch-li.pdf" "https://www.linkedin.com/legal/privacy-policy"
lacks "$fa/ch-li.pdf" "Our sources do not say what Swiss law requires"
lacks "$fa/ch-li.pdf" "Sources differ on the list"

# I6: X's Irish caveat for the EEA (Norway) as well as the EU, citing
# the DPC itself; none for the US.  The Grok step rests on X's policy.
explain_to "$fa/no-x.txt" --country NO --platforms x
has "$fa/no-x.txt" "[ai-x-eu]"
has "$fa/no-x.txt" "[ai-x-grok]"
lacks "$fa/no-x.txt" "(not confirmed) [ai-x-grok]"
has "$fa/no-x.txt" "(not confirmed) [ai-x-grok-history]"
explain_to "$fa/us-x.txt" --country US --platforms x
lacks "$fa/us-x.txt" "[ai-x-eu]"
build_to "$fa/no-x.pdf" --country NO --platforms x --topics ai-training
has "$fa/no-x.pdf" "dataprotection.ie"
has "$fa/no-x.pdf" "https://x.com/en/privacy"
has "$fa/no-x.pdf" "in September 2024 made that promise permanent"
has "$fa/no-x.pdf" "In February 2026 it opened a second inquiry"
lacks "$fa/no-x.pdf" "We could not find out how it ended"
lacks "$fa/no-x.pdf" "hothardware"

# I7: Reddit's delete step from Reddit's own privacy policy.
explain_to "$fa/us-reddit.txt" --country US --platforms reddit
lacks "$fa/us-reddit.txt" "(not confirmed) [ai-reddit-delete]"
build_to "$fa/us-reddit.pdf" --country US --platforms reddit,quora,slack --topics ai-training
has "$fa/us-reddit.pdf" "https://www.redditinc.com/policies/privacy-policy"
has "$fa/us-reddit.pdf" "Reddit takes your name off your posts and comments, but they stay on the site."
has "$fa/us-reddit.pdf" "https://slack.com/trust/data-management/privacy-principles"
lacks "$fa/us-reddit.pdf" "so turn it off to be safe"

# I4: Copilot's excluded countries are Microsoft's own list, and the
# European caveat no longer says "our sources do not confirm".
build_to "$fa/br-copilot.pdf" --country BR --platforms copilot --topics ai-training
has "$fa/br-copilot.pdf" "Microsoft's privacy FAQ says that, until further notice"
has_joined "$fa/br-copilot.pdf" "privacy-faq-for-microsoft-copilot"
lacks "$fa/br-copilot.pdf" "This comes from a privacy company, not from Microsoft."
build_to "$fa/de-copilot.pdf" --country DE --platforms copilot --topics ai-training
has "$fa/de-copilot.pdf" "No European country is on that list"
lacks "$fa/de-copilot.pdf" "Our sources do not confirm"

# I8: YouTube's third-party training and Snapchat's My AI, from their
# own help pages, only for people who use them.
explain_to "$fa/us-new.txt" --country US --platforms youtube,snapchat --topics ai-training
has "$fa/us-new.txt" "[ai-youtube-third-party]"
has "$fa/us-new.txt" "[ai-snapchat-myai]"
lacks "$fa/us-new.txt" "(not confirmed) [ai-youtube-third-party]"
lacks "$fa/us-new.txt" "(not confirmed) [ai-snapchat-myai]"
lacks "$fa/us-new.txt" "[ai-linkedin-genai]"
build_to "$fa/us-new.pdf" --country US --platforms youtube,snapchat --topics ai-training
has "$fa/us-new.pdf" "Allow third-party companies to train AI models using my content"
has "$fa/us-new.pdf" "https://support.google.com/youtube/answer/15509944"
has "$fa/us-new.pdf" "Clear My AI Data"
has "$fa/us-new.pdf" "help.snapchat.com"
