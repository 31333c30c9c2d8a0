#!/bin/sh
# Facts checked 28 November 2026 (helper "europe", issue 11).
# 1. Exposure (corrections 3.6 X1, X2): the checklist prints real menu
#    paths for Facebook's "Limit who can see past posts", Instagram's
#    private account and Threads' private profile, and no longer says
#    "our sources do not give exact menu paths".  The Instagram step
#    cites Meta's own help page and so has no "Not confirmed" mark;
#    expo-tags cites Meta's generative-AI privacy page instead of the
#    Trusted Reviews mirror.
# 2. European exposure points in the data-brokers guide (D7): each new
#    item appears for its own country, says why, and is absent for a
#    neighbour.  France: the consent rule that replaced Bloctel on
#    11 August 2026, not "sign up to Bloctel".
# Sourced by tests/run.sh; variables start with eu_.

eu_dir=$OUT/facts-europe
mkdir -p "$eu_dir"

# --- Exposure: menu paths in the printed checklist -------------------
eu_x=$eu_dir/expo-DE.pdf
build_to "$eu_x" --country DE --platforms facebook,instagram,threads \
    --topics exposure
has "$eu_x" "Limit who can see past posts"
has "$eu_x" "Audience and visibility"
has "$eu_x" "Settings and activity > Account privacy"
has "$eu_x" "Private account"
has "$eu_x" "Private profile"
has "$eu_x" "help.instagram.com/448523408565555"
has "$eu_x" "facebook.com/privacy/genai"
lacks "$eu_x" "do not give exact menu paths"
lacks "$eu_x" "Our sources do not say"
lacks "$eu_x" "trustedreviews.pages.dev"
# The Instagram step (EXPO-03) now rests on Meta's help page.
lacks "$eu_x" "Not confirmed EXPO-03"
# The Facebook path rests on secondary pages only, and the
# generative-AI page was read only as quoted: those keep their mark.
# Threads now cites Meta's help page (tests/facts-p-meta.sh).
has "$eu_x" "Not confirmed EXPO-02"
lacks "$eu_x" "Not confirmed EXPO-04"
has "$eu_x" "Not confirmed EXPO-07"

# --- European exposure points: own country, not the neighbour --------
# eu_check ID COUNTRY NEIGHBOUR TEXT REASON
eu_check() {
	explain_to "$eu_dir/$2.txt" --country "$2" --topics data-brokers
	explain_to "$eu_dir/$3.txt" --country "$3" --topics data-brokers
	has "$eu_dir/$2.txt" "[$1]"
	has "$eu_dir/$2.txt" "$4"
	has "$eu_dir/$2.txt" "because you live in $5"
	lacks "$eu_dir/$3.txt" "[$1]"
}
eu_check broker-de-robinson DE AT "Stop addressed advertising letters" Germany
eu_check broker-es-robinson ES PT "Sign up to the Lista Robinson" Spain
eu_check broker-fr-demarchage FR BE "Sales calls only with your consent" France
eu_check broker-it-rpo IT CH "Registro pubblico delle opposizioni" Italy
eu_check broker-se-soktjanster SE NO "complain to IMY" Sweden

# What the printed items say, pinned on the PDF for each country.
eu_p=$eu_dir/brokers-DE.pdf
build_to "$eu_p" --country DE --topics data-brokers
has "$eu_p" "Robinsonliste"
has "$eu_p" "Article 21(2) GDPR"

eu_p=$eu_dir/brokers-ES.pdf
build_to "$eu_p" --country ES --topics data-brokers
has "$eu_p" "listarobinson.es"
has "$eu_p" "Adigital"

eu_p=$eu_dir/brokers-FR.pdf
build_to "$eu_p" --country FR --topics data-brokers
has "$eu_p" "Since 11 August 2026"
has "$eu_p" "Article L223-1"
has "$eu_p" "vie-publique.fr"
# Bloctel ended with the new rule: no advice to sign up to it.
lacks "$eu_p" "Sign up to Bloctel"
lacks "$eu_p" "bloctel.gouv.fr"

eu_p=$eu_dir/brokers-IT.pdf
build_to "$eu_p" --country IT --topics data-brokers
has "$eu_p" "registrodelleopposizioni.it"
has "$eu_p" "last 30 days"

eu_p=$eu_dir/brokers-SE.pdf
build_to "$eu_p" --country SE --topics data-brokers
has "$eu_p" "utgivningsbevis"
has "$eu_p" "Since May 2024"
has "$eu_p" "imy.se"
