# Blank share of each page of a PDF, from pdftotext -bbox-layout's words
# (FILENAME) and the pages where sections start (-v starts="2 7 11").
# Prints "page share" for every page that is not a section's last (the
# page before a section starts, the last page) and not the cover.
# The content area runs from the highest word on any page to the lowest
# word above the footer on any page; a page's share is the part of that
# area below its lowest word.  Drawings reach no lower than the words
# beside them but for a QR code's last few points, so this errs strict.
BEGIN {
	n = split(starts, s, " ")
	for (i = 1; i <= n; i++)
		start[s[i]] = 1
	top = 1e9
	floor = 0
}
/<page / { page++; low[page] = 0 }
/<word / {
	match($0, /yMin="[0-9.]+"/)
	ymin = substr($0, RSTART + 6, RLENGTH - 7) + 0
	match($0, /yMax="[0-9.]+"/)
	ymax = substr($0, RSTART + 6, RLENGTH - 7) + 0
	w = $0
	sub(/.*">/, "", w)
	sub(/<\/word>.*/, "", w)
	# The footer: "Page N of M" and the line it sits on.
	if (w == "Page") { footer[page] = ymin; next }
	y[page, ++nw[page]] = ymax
	if (ymin < top)
		top = ymin
}
END {
	for (p = 1; p <= page; p++)
		for (i = 1; i <= nw[p]; i++)
			if (y[p, i] < footer[p] - 4) {
				if (y[p, i] > low[p]) low[p] = y[p, i]
				if (y[p, i] > floor) floor = y[p, i]
			}
	for (p = 2; p < page; p++) {
		if (start[p + 1])
			continue
		printf "%d %.0f\n", p, 100 * (floor - low[p]) / (floor - top)
	}
}
