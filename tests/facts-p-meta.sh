#!/bin/sh
# Platform pages for nine Meta, X and Tumblr items (issue 11, M10, M12,
# M16, M20, I7; facts checked 28 November 2026).
#
# Confirmed: expo-threads-private now rests on the Instagram Help Center
# page "About Threads and the fediverse" (help.instagram.com/169559812696339):
# a Threads profile can be private, and then you approve each follow
# request; with sharing to the fediverse on, people on other servers can
# follow you and see and pass on your posts; deleting a post makes
# Threads ask the other servers to delete it, but a copy may stay.  The
# item loses its "Not confirmed" mark, cites that page and no longer
# gives a menu path taken from the press ("Open Privacy").
#
# Not found: no platform page could be read for the other eight
# (expo-fb-past, meta-wa-reset, meta-wa-advanced, meta-app-discover,
# ai-x-grok-history, ai-x-protect, ai-tumblr-sharing; expo-children now
# rests on the Irish DPC, see tests/facts-content.sh);
# they keep their "not confirmed" mark, pinned here so that nobody drops
# it without a primary source.
# Sourced by tests/run.sh, which provides rs, pass, fail, has, lacks,
# explain_to and build_to.  Variables start with fpm_.

fpm=$OUT/facts-p-meta
mkdir -p "$fpm"

# --- Threads: confirmed from Meta's own help page.
explain_to "$fpm/threads.txt" --country DE --platforms threads --topics exposure
build_to "$fpm/threads.pdf" --country DE --platforms threads --topics exposure
has "$fpm/threads.txt" "Make your Threads profile private (5 min) [expo-threads-private]"
lacks "$fpm/threads.txt" "(not confirmed) [expo-threads-private]"
has "$fpm/threads.pdf" "Make your Threads profile private EXPO-04"
lacks "$fpm/threads.pdf" "Make your Threads profile private Not confirmed"
has "$fpm/threads.pdf" "turn on Private profile"
has "$fpm/threads.pdf" "you approve each one"
has "$fpm/threads.pdf" "If you turn on sharing to the fediverse"
has "$fpm/threads.pdf" "Threads asks the other servers to delete it too, but a copy may stay there"
has_joined "$fpm/threads.pdf" "https://help.instagram.com/169559812696339"
lacks "$fpm/threads.pdf" "Open Privacy and turn on Private profile"
lacks "$fpm/threads.pdf" "Then only followers you approve can see your posts and reply to them"

# --- Still without a platform source: the mark stays.
explain_to "$fpm/rest.txt" --country DE \
    --platforms facebook,whatsapp,meta-ai,x,tumblr --topics exposure,ai-training
for fpm_id in expo-fb-past meta-wa-reset meta-wa-advanced \
    meta-app-discover ai-x-grok-history ai-x-protect ai-tumblr-sharing; do
	has "$fpm/rest.txt" "(not confirmed) [$fpm_id]"
done
