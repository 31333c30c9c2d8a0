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
DEP_CFLAGS = `$(PKG_CONFIG) --cflags libxml-2.0 libpcre2-8`
DEP_LIBS = `$(PKG_CONFIG) --libs libxml-2.0 libpcre2-8`
# Debian 12 ships no pkg-config file for libhpdf.
HPDF_LIBS ?= -lhpdf

# Developer and CI overrides (sanitizers): see tests/README.
-include Makefile.local

OBJS	 = src/country.o src/country_table.o src/usstate_table.o \
	   src/explain.o src/layout.o src/load.o src/load_guide.o \
	   src/load_profile.o src/load_template.o src/model.o src/msg.o \
	   src/paths.o src/pdf.o src/pdf_cmap.o src/plan.o src/profile.o src/rules.o \
	   src/template.o src/utf8.o src/validate.o src/xalloc.o
MAIN	 = src/main.o

all: rightsheet

rightsheet: $(OBJS) $(MAIN)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJS) $(MAIN) $(DEP_LIBS) \
	    $(HPDF_LIBS) -lm

.c.o:
	$(CC) $(CFLAGS) $(WARN) $(CPPFLAGS) $(DEP_CFLAGS) -MMD -MP \
	    -c -o $@ $<

-include src/*.d tests/unit/*.d

demo:
	sh build-aux/deps.sh build
	$(MAKE) rightsheet
	./rightsheet build --country DE --platforms facebook,instagram \
	    -o checklist.pdf

check:
	sh build-aux/deps.sh check
	$(MAKE) rightsheet tests/unit/run
	sh tests/run.sh

# Unit tests link every module but main.o.
UNIT_SRCS = tests/unit/run.c tests/unit/t_profile.c tests/unit/t_rules.c \
	    tests/unit/t_plan.c tests/unit/t_layout.c tests/unit/t_utf8.c
UNIT_OBJS = $(UNIT_SRCS:.c=.o)

$(UNIT_OBJS): CPPFLAGS += -Isrc

tests/unit/run: $(UNIT_OBJS) $(OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(UNIT_OBJS) $(OBJS) $(DEP_LIBS) \
	    $(HPDF_LIBS) -lm

install: rightsheet
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/guides/schema \
	    $(DESTDIR)$(DATADIR)/templates $(DESTDIR)$(DATADIR)/fonts
	install -m 0555 rightsheet $(DESTDIR)$(BINDIR)/rightsheet
	install -m 0444 guides/*.xml $(DESTDIR)$(DATADIR)/guides/
	install -m 0444 guides/schema/*.xsd $(DESTDIR)$(DATADIR)/guides/schema/
	install -m 0444 templates/*.xml templates/*.xsd \
	    $(DESTDIR)$(DATADIR)/templates/
	install -m 0444 fonts/*.ttf fonts/LICENSE-DejaVu.txt \
	    $(DESTDIR)$(DATADIR)/fonts/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/rightsheet
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -f rightsheet src/*.o src/*.d tests/unit/*.o tests/unit/*.d \
	    tests/unit/run checklist.pdf
	rm -rf tests/out

.PHONY: all check clean demo install uninstall
