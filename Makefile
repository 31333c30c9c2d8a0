# Makefile -- rightsheet.  Plain GNU make; no configure step.
#
#   make            build ./rightsheet
#   make demo       install missing Debian packages, build, and write
#                   checklist.pdf for a default profile
#   make check      install missing test tools, build, run every test
#   make install    PREFIX=/usr/local DESTDIR= (for packagers)

PREFIX	?= /usr/local
BINDIR	?= $(PREFIX)/bin
# guides/, templates/ and fonts/ go here
DATADIR	?= $(PREFIX)/share/rightsheet
PKG_CONFIG ?= pkg-config

CC	?= cc
CFLAGS	?= -O2 -g
WARN	 = -std=c11 -Wall -Wextra -Wshadow -Wstrict-prototypes \
	   -Wmissing-prototypes -Wpointer-arith -Wno-unused-parameter
CPPFLAGS += -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L \
	   -DDATADIR=\"$(DATADIR)\"
DEP_CFLAGS = `$(PKG_CONFIG) --cflags libxml-2.0 libpcre2-8 harfbuzz-subset \
	    libqrencode libzip zlib`
# libzip is not linked: src/sheet.c opens it when a spreadsheet is read.
DEP_LIBS = `$(PKG_CONFIG) --libs libxml-2.0 libpcre2-8 harfbuzz-subset \
	    libqrencode zlib`
# Debian 12 ships no pkg-config file for libhpdf.
HPDF_LIBS ?= -lhpdf

# Developer and CI overrides (sanitizers): see tests/README.
-include Makefile.local

# Objects go to $(O); the sanitizer build uses its own.
O	?= build
BIN	?= rightsheet
SRCS	 = src/batch.c src/cleanup.c src/csv.c src/country.c src/country_table.c src/coverage.c src/dump.c src/usstate_table.c \
	   src/explain.c src/fault.c src/json.c src/layout.c src/layout_break.c \
	   src/layout_check.c src/layout_cover.c src/layout_followup.c src/layout_items.c src/layout_later.c src/layout_refs.c src/layout_roster.c src/layout_rows.c src/load.c src/load_guide.c \
	   src/load_profile.c src/load_template.c src/model.c src/model_pack.c src/guide_cache.c src/msg.c src/newguide.c \
	   src/paths.c src/pdf.c src/pdf_cmap.c src/pdf_deflate.c src/pdf_link.c src/pdf_qr.c \
	   src/pdf_subset.c src/pdf_subset_cmap.c src/plan.c src/profile.c \
	   src/rules.c src/session.c src/sheet.c src/sheet_ods.c \
	   src/sheet_xlsx.c src/sheet_xml.c src/template.c src/text.c src/typo.c src/utf8.c src/validate.c src/wizard.c src/xalloc.c src/xml_scan.c
# Letters (issue 14).
SRCS	+= src/letters.c src/layout_letter.c src/layout_deadlines.c
# Country matching and the wizard's input (a line of their own keeps
# merges with the lines above small).
SRCS	+= src/country_match.c src/country_names.c src/fold.c src/wizard_io.c
OBJS	 = $(SRCS:%.c=$(O)/%.o)
MAIN	 = $(O)/src/main.o

all: $(BIN)

$(BIN): $(OBJS) $(MAIN)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJS) $(MAIN) $(DEP_LIBS) \
	    $(HPDF_LIBS) -lm

$(O)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(WARN) $(CPPFLAGS) $(DEP_CFLAGS) -MMD -MP \
	    -c -o $@ $<


demo:
	sh build-aux/deps.sh build
	$(MAKE) rightsheet
	./rightsheet build --country DE --platforms facebook,instagram \
	    --letters meta-objection -o checklist.pdf

# The whole suite runs twice: as built, and under AddressSanitizer and
# UndefinedBehaviorSanitizer, which stop at the first error.
SAN	 = -fsanitize=address,undefined -fno-sanitize-recover=all \
	   -fno-omit-frame-pointer

check:
	sh build-aux/deps.sh check
	$(MAKE) rightsheet build/unit-run
	@# The fuzz harnesses are built with clang by make fuzz only: at
	@# least check here that they still compile against the code.
	$(CC) -fsyntax-only $(WARN) $(CPPFLAGS) $(DEP_CFLAGS) -Isrc \
	    tests/fuzz/fuzz_*.c
	@# clang warns of some things gcc does not (a pointer freed before
	@# it was set, on an error path): where it is installed, no warning.
	if command -v clang >/dev/null 2>&1; then \
		clang -fsyntax-only -Werror $(WARN) $(CPPFLAGS) \
		    $(DEP_CFLAGS) -Isrc src/*.c tests/fuzz/fuzz_*.c; fi
	$(MAKE) O=build-san BIN=build-san/rightsheet \
	    CFLAGS="-O1 -g $(SAN) -DRIGHTSHEET_FAULTS" LDFLAGS="$(SAN)" \
	    build-san/rightsheet build-san/unit-run
	@rm -f build/tally
	-@echo "== normal build"; TALLY=build/tally sh tests/run.sh
	-@echo "== sanitizer build"; TALLY=build/tally \
	    RIGHTSHEET=build-san/rightsheet UNIT=build-san/unit-run \
	    RIGHTSHEET_DATADIR=. sh tests/run.sh
	@touch build/tally; awk '{ p += $$1; f += $$2 } END { \
	    if (NR < 2) { f += 2 - NR; printf "(%d of 2 test runs did " \
	    "not finish: counted as failures)\n", 2 - NR } \
	    printf "%d passed, %d failed\n", p, f; exit f > 0 }' build/tally

# Rewrite tests/golden/*.out from what the program does now; review
# the change with git diff before committing it.
regen: rightsheet
	REGEN=1 sh tests/golden.sh

valgrind: rightsheet build/unit-run
	VALGRIND="valgrind -q --leak-check=full --errors-for-leak-kinds=all \
	    --show-leak-kinds=all --suppressions=tests/valgrind.supp \
	    --child-silent-after-fork=yes \
	    --error-exitcode=99" SLOW=1 sh tests/run.sh

# Unit tests link every module but main.o.
UNIT_SRCS = tests/unit/run.c tests/unit/t_profile.c tests/unit/t_rules.c \
	    tests/unit/t_plan.c tests/unit/t_layout.c tests/unit/t_pdf.c \
	    tests/unit/t_utf8.c tests/unit/t_typo.c tests/unit/t_country.c \
	    tests/unit/t_pack.c
UNIT_OBJS = $(UNIT_SRCS:%.c=$(O)/%.o)

$(UNIT_OBJS): CPPFLAGS += -Isrc

$(O)/unit-run: $(UNIT_OBJS) $(OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(UNIT_OBJS) $(OBJS) $(DEP_LIBS) \
	    $(HPDF_LIBS) -lm

# Speed against a naive libharu floor; see tests/bench/bench.sh.
bench: rightsheet
	sh tests/bench/bench.sh

# Fuzzing (clang's libFuzzer): make fuzz FUZZTIME=seconds per harness.
# Findings land in build-fuzz/; add each to tests/golden or a unit test.
FUZZERS	 = guide profile rules layout build csv sheet country pack
FUZZTIME ?= 60
FUZZSAN	 = -fsanitize=fuzzer-no-link,address,undefined

fuzz-build:
	$(MAKE) O=build-fuzz BIN=build-fuzz/rightsheet CC=clang \
	    CFLAGS="-O1 -g $(FUZZSAN)" LDFLAGS="-fsanitize=address,undefined" \
	    $(FUZZERS:%=build-fuzz/fuzz_%)

build-fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(OBJS)
	$(CC) $(CFLAGS) $(WARN) $(CPPFLAGS) $(DEP_CFLAGS) -Isrc \
	    -fsanitize=fuzzer,address,undefined -o $@ $< $(OBJS) \
	    $(DEP_LIBS) $(HPDF_LIBS) -lm

# The seeds of fuzz_pack, after the packed form of a guide changed.
pack-seeds: $(OBJS)
	$(CC) $(CFLAGS) $(WARN) $(CPPFLAGS) $(DEP_CFLAGS) -Isrc \
	    -o $(O)/pack_seed tests/fuzz/pack_seed.c $(OBJS) $(DEP_LIBS) \
	    $(HPDF_LIBS) -lm
	$(O)/pack_seed tests/fixtures/guides/test.xml \
	    tests/fuzz/corpus/pack/test-guide guides/rights-br.xml \
	    tests/fuzz/corpus/pack/rights-br guides/rights-ch.xml \
	    tests/fuzz/corpus/pack/rights-ch

fuzz: fuzz-build
	for f in $(FUZZERS); do \
		mkdir -p build-fuzz/corpus-$$f && \
		build-fuzz/fuzz_$$f -max_total_time=$(FUZZTIME) \
		    -dict=tests/fuzz/xml.dict -max_len=65536 -timeout=5 \
		    -artifact_prefix=build-fuzz/$$f- \
		    build-fuzz/corpus-$$f tests/fuzz/corpus/$$f || exit 1; \
	done

MANDIR	?= $(PREFIX)/share/man
COMPDIR	?= $(PREFIX)/share/bash-completion/completions

install: rightsheet
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/guides/schema \
	    $(DESTDIR)$(DATADIR)/templates $(DESTDIR)$(DATADIR)/fonts \
	    $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
	    $(DESTDIR)$(COMPDIR)
	install -m 0444 doc/rightsheet.1 $(DESTDIR)$(MANDIR)/man1/
	install -m 0444 doc/rightsheet-guide.5 $(DESTDIR)$(MANDIR)/man5/
	install -m 0444 doc/rightsheet.bash $(DESTDIR)$(COMPDIR)/rightsheet
	install -m 0555 rightsheet $(DESTDIR)$(BINDIR)/rightsheet
	install -m 0444 guides/*.xml $(DESTDIR)$(DATADIR)/guides/
	install -m 0444 guides/schema/*.xsd $(DESTDIR)$(DATADIR)/guides/schema/
	install -m 0444 templates/*.xml templates/*.xsd \
	    $(DESTDIR)$(DATADIR)/templates/
	install -m 0444 fonts/*.ttf fonts/LICENSE-DejaVu.txt \
	    $(DESTDIR)$(DATADIR)/fonts/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/rightsheet \
	    $(DESTDIR)$(MANDIR)/man1/rightsheet.1 \
	    $(DESTDIR)$(MANDIR)/man5/rightsheet-guide.5 \
	    $(DESTDIR)$(COMPDIR)/rightsheet
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -f rightsheet checklist.pdf
	rm -rf build build-san build-fuzz tests/out

.PHONY: all bench check clean demo fuzz fuzz-build install pack-seeds regen \
	uninstall \
	valgrind

-include $(OBJS:.o=.d) $(MAIN:.o=.d) $(UNIT_OBJS:.o=.d)
