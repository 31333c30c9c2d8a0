/* SPDX-License-Identifier: ISC */
/* Reading rightsheet's XML files: guides, profiles and templates. */
#ifndef LOAD_H
#define LOAD_H

#include <stddef.h>

#include "model.h"
#include "profile.h"
#include "template.h"

struct loader;

/*
 * Load the schemas from the directories given (the guide and profile
 * schemas from schemadir, the template schema from templatedir).
 * Returns NULL after a message if they cannot be loaded.  Free with
 * loader_free(), which also releases libxml2's global state.
 */
struct loader	*loader_alloc(const char *schemadir, const char *templatedir);
void		 loader_free(struct loader *);

/*
 * From now on, take guides from the user's guide cache where it holds
 * them, and keep new ones there (guide_cache.h).  Without this call,
 * every guide is parsed and validated.
 */
void		 loader_use_cache(struct loader *);

/*
 * Load and check one guide file.  Returns a new guide, or NULL after
 * messages if the file is not a well-formed guide of the format.  A
 * guide whose text or source references are wrong is still returned,
 * after messages, so that checks across guides can run too: callers
 * must look at the error count before using it.
 */
struct guide	*load_guide(struct loader *, const char *path);

/* As load_guide(), from memory; name is used in messages. */
struct guide	*load_guide_buffer(struct loader *, const char *name,
		    const char *buf, size_t len);

/* Fill spec from a profile file.  Returns 0, or -1 after messages. */
int		 load_profile(struct loader *, const char *path,
		    struct profile_spec *);

/* As load_profile(), from memory; name is used in messages. */
int		 load_profile_buffer(struct loader *, const char *name,
		    const char *buf, size_t len, struct profile_spec *);

/* Fill tpl from a template file.  Returns 0, or -1 after messages. */
int		 load_template(struct loader *, const char *path,
		    struct template *);

#endif
