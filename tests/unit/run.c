/* SPDX-License-Identifier: ISC */
/* Unit test runner: run from the top of the source tree. */
#include <stdlib.h>

#include "harness.h"
#include "load.h"
#include "validate.h"

int	t_passed, t_failed;

static struct loader	*loader;
static struct guideset	*guides;

struct loader *
fixture_loader(void)
{
	if (loader == NULL)
		loader = loader_alloc("guides/schema", "templates");
	return loader;
}

struct guideset *
fixture_guides(void)
{
	struct guide	**g;

	if (guides == NULL) {
		g = calloc(1, sizeof(*g));
		g[0] = load_guide(fixture_loader(),
		    "tests/fixtures/guides/test.xml");
		if (g[0] == NULL) {
			fprintf(stderr, "cannot load the fixture guide\n");
			exit(1);
		}
		guides = guideset_build(g, 1);
	}
	return guides;
}

int
main(void)
{
	test_utf8();
	test_typo();
	test_text();
	test_country();
	test_wizard_path();
	test_profile();
	test_rules();
	test_plan();
	test_layout();
	test_pdf();
	test_pack();
	guideset_free(guides);
	loader_free(loader);
	printf("unit: %d passed, %d failed\n", t_passed, t_failed);
	return t_failed ? 1 : 0;
}
