/* SPDX-License-Identifier: ISC */
/* A tiny test harness: each check counts, the runner prints the total. */
#ifndef HARNESS_H
#define HARNESS_H

#include <stdio.h>
#include <string.h>

extern int	t_passed, t_failed;

#define CHECK(cond) do {						\
	if (cond)							\
		t_passed++;						\
	else {								\
		t_failed++;						\
		fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__,	\
		    #cond);						\
	}								\
} while (0)

#define CHECK_STR(got, want) do {					\
	const char *g_ = (got), *w_ = (want);				\
	if (g_ != NULL && w_ != NULL && strcmp(g_, w_) == 0)		\
		t_passed++;						\
	else {								\
		t_failed++;						\
		fprintf(stderr, "FAIL %s:%d: got \"%s\", want \"%s\"\n",	\
		    __FILE__, __LINE__, g_ ? g_ : "(null)",		\
		    w_ ? w_ : "(null)");				\
	}								\
} while (0)

struct guideset;
struct loader;

/* The fixture guide set (tests/fixtures/guides), loaded once. */
struct guideset	*fixture_guides(void);
struct loader	*fixture_loader(void);

void	test_utf8(void);
void	test_typo(void);
void	test_text(void);
void	test_country(void);
void	test_wizard_path(void);
void	test_profile(void);
void	test_rules(void);
void	test_plan(void);
void	test_layout(void);
void	test_pdf(void);
void	test_pack(void);

#endif
