#!/bin/sh
# PDF output details: fonts, QR codes, sizes.  Sourced by tests/run.sh,
# which provides rs, pass, fail, has, lacks, status and check.
