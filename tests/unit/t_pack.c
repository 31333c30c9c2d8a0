/* SPDX-License-Identifier: ISC */
/*
 * Packing guides for the cache: every guide comes back exactly, and
 * damaged bytes give NULL, never a crash or a half guide (the
 * sanitizer build runs this too).
 */
#include <glob.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "load.h"
#include "model_pack.h"
#include "msg.h"

/* Damage the packed bytes in many ways; each must be refused or whole. */
static void
damage(const struct pack *pk, const char *file)
{
	struct guide	*g;
	unsigned char	*copy;
	size_t		 len, i, step;
	unsigned int	 seed = 12345;
	int		 refused = 0, tries = 0;

	/* Every shorter length is refused: the bytes must end exactly. */
	step = pk->len / 400 + 1;
	for (len = 0; len < pk->len; len += step) {
		tries++;
		if ((g = model_unpack(pk->p, len, file)) == NULL)
			refused++;
		guide_free(g);
	}
	CHECK(refused == tries);
	CHECK(model_unpack(pk->p, pk->len - 1, file) == NULL);
	/* Longer is refused too. */
	copy = malloc(pk->len + 1);
	memcpy(copy, pk->p, pk->len);
	copy[pk->len] = 0;
	CHECK(model_unpack(copy, pk->len + 1, file) == NULL);
	/* Flipped bytes: refused, or a guide that frees cleanly. */
	for (i = 0; i < 3000; i++) {
		size_t	at;

		seed = seed * 1103515245u + 12345u;
		at = (seed >> 8) % pk->len;
		copy[at] ^= (unsigned char)(1u << (seed & 7));
		guide_free(model_unpack(copy, pk->len, file));
		copy[at] = pk->p[at];
	}
	/* A count near 2^32 must not allocate before checking. */
	memset(copy, 0xfe, pk->len);
	CHECK(model_unpack(copy, pk->len, file) == NULL);
	free(copy);
}

static void
round_trip(const char *file)
{
	struct pack	 a, b;
	struct guide	*g, *back;
	int		 before;

	before = msg_count(MSGL_WARNING) + msg_count(MSGL_ERROR);
	g = load_guide(fixture_loader(), file);
	/* Only guides loaded without a word are ever cached. */
	if (g == NULL || msg_count(MSGL_WARNING) + msg_count(MSGL_ERROR) !=
	    before) {
		guide_free(g);
		return;
	}
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	CHECK(model_pack(g, &a) == 0);
	back = model_unpack(a.p, a.len, file);
	CHECK(back != NULL);
	if (back != NULL) {
		CHECK(model_pack(back, &b) == 0);
		CHECK(a.len == b.len && memcmp(a.p, b.p, a.len) == 0);
		CHECK(back->nitems == g->nitems && back->nsources ==
		    g->nsources && back->nletters == g->nletters);
		CHECK(strcmp(back->file, file) == 0);
		CHECK(back->nitems == 0 ||
		    back->items[0].pos.file == back->file);
		CHECK(back->nletters == 0 ||
		    back->letters[0].guide == back);
		damage(&a, file);
	}
	guide_free(back);
	guide_free(g);
	free(a.p);
	free(b.p);
}

/*
 * Arrays of the smallest elements there are (every string NULL, every
 * array empty), last in the bytes: the count checks in model_unpack()
 * must take them, so no element may be packed in fewer bytes than the
 * unpacker assumes.
 */
#define MINIMAL	50

static void
roundtrip_ok(struct guide *g, const char *what)
{
	struct pack	 pk;
	struct guide	*back;

	memset(&pk, 0, sizeof(pk));
	g->file = "minimal.xml";
	CHECK(model_pack(g, &pk) == 0);
	back = model_unpack(pk.p, pk.len, "minimal.xml");
	if (back == NULL)
		fprintf(stderr, "minimal %s: not unpacked\n", what);
	CHECK(back != NULL);
	guide_free(back);
	free(pk.p);
}

static void
minimal(void)
{
	struct guide	 g;
	struct rule	 r;
	struct letter	 l;
	struct variant	 v;
	void		*arr;

	arr = calloc(MINIMAL, 256);
	memset(&g, 0, sizeof(g));
	g.items = arr;
	g.nitems = MINIMAL;
	roundtrip_ok(&g, "items");
	memset(&g, 0, sizeof(g));
	g.sources = arr;
	g.nsources = MINIMAL;
	roundtrip_ok(&g, "sources");
	memset(&g, 0, sizeof(g));
	g.topics = arr;
	g.ntopics = MINIMAL;
	roundtrip_ok(&g, "topics");
	memset(&g, 0, sizeof(g));
	g.groups = arr;
	g.ngroups = MINIMAL;
	roundtrip_ok(&g, "groups");
	memset(&g, 0, sizeof(g));
	g.letters = arr;
	g.nletters = MINIMAL;
	roundtrip_ok(&g, "letters");
	memset(&g, 0, sizeof(g));
	memset(&r, 0, sizeof(r));
	r.type = RULE_ALL;
	r.kids = arr;
	r.nkids = MINIMAL;
	g.when = &r;
	roundtrip_ok(&g, "rules");
	memset(&g, 0, sizeof(g));
	memset(&l, 0, sizeof(l));
	l.variants = arr;
	l.nvariants = MINIMAL;
	g.letters = &l;
	g.nletters = 1;
	roundtrip_ok(&g, "variants");
	memset(&v, 0, sizeof(v));
	l.variants = &v;
	l.nvariants = 1;
	v.parts = arr;
	v.nparts = MINIMAL;
	roundtrip_ok(&g, "letter parts");
	v.parts = NULL;
	v.nparts = 0;
	v.complaints = arr;
	v.ncomplaints = MINIMAL;
	roundtrip_ok(&g, "complaints");
	free(arr);
}

/* fuzz_pack's seeds still unpack: else make pack-seeds. */
static void
seeds(void)
{
	glob_t		 gl;
	struct guide	*g;
	FILE		*f;
	unsigned char	*buf;
	size_t		 i, n;
	int		 bad = 0;

	if (glob("tests/fuzz/corpus/pack/*", 0, NULL, &gl) != 0) {
		CHECK(!"no seeds in tests/fuzz/corpus/pack");
		return;
	}
	buf = malloc(1 << 20);
	for (i = 0; i < gl.gl_pathc; i++) {
		if ((f = fopen(gl.gl_pathv[i], "rb")) == NULL) {
			bad++;
			continue;
		}
		n = fread(buf, 1, 1 << 20, f);
		fclose(f);
		if ((g = model_unpack(buf, n, "seed.xml")) == NULL) {
			fprintf(stderr, "%s no longer unpacks: run make "
			    "pack-seeds\n", gl.gl_pathv[i]);
			bad++;
		}
		guide_free(g);
	}
	CHECK(bad == 0 && gl.gl_pathc >= 3);
	free(buf);
	globfree(&gl);
}

void
test_pack(void)
{
	glob_t	gl;
	size_t	i;
	int	before = t_passed;

	if (glob("guides/*.xml", 0, NULL, &gl) == 0) {
		for (i = 0; i < gl.gl_pathc; i++)
			round_trip(gl.gl_pathv[i]);
		globfree(&gl);
	}
	if (glob("tests/fixtures/guides/*.xml", 0, NULL, &gl) == 0) {
		for (i = 0; i < gl.gl_pathc; i++)
			round_trip(gl.gl_pathv[i]);
		globfree(&gl);
	}
	/* The built-in guides at least were all packed and checked. */
	CHECK(t_passed - before >= 14 * 10);
	seeds();
	minimal();
}
