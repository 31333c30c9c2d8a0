/* SPDX-License-Identifier: ISC */
/* Guided questions for people who will never type --platforms. */
#ifndef WIZARD_H
#define WIZARD_H

#include <stdio.h>

#include "session.h"

/*
 * Ask where the person lives, what they use, what they care about, the
 * paper, the cover and where to save, one question at a time on out,
 * reading answers from in; show a summary that can be corrected; then
 * write the checklist.  Returns 0 when a PDF was written, -1 otherwise
 * (after messages).
 */
int	wizard_run(struct session *, FILE *in, FILE *out);

#endif
