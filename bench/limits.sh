#!/bin/sh
# Measures the cost of resource accounting: runs the CPU-bound programs of
# bench/ on exlite without limits and with every limit on (set high enough
# that none is reached, and the sandbox), and prints the best of RUNS
# runs each: the CPU time of the exlite process (user + system, from
# /usr/bin/time: on a shared machine the time measured inside the program
# mostly measures the other load) and the time inside the program.
#
#   bench/limits.sh            # builds exlite from this checkout
#   RUNS=7 EXLITE=path bench/limits.sh
set -e
dir=$(cd "$(dirname "$0")" && pwd)
exlite=${EXLITE:-}
if [ -z "$exlite" ]; then
	exlite=$(mktemp -d)/exlite
	(cd "$dir/.." && go build -o "$exlite" ./cmd/exlite)
fi
runs=${RUNS:-5}
limits="--sandbox --max-reductions 1000000000000 --max-memory 4G --max-processes 1000000 --max-output 1G --max-atoms 1000000 --max-depth 2000000 --max-queue 10000000 --max-time 10m"

tmp=$(mktemp -d)
# best FLAGS FILE: "cpu_ms inner_ms", the smallest of $runs runs each.
best() {
	bc= bi=
	i=0
	while [ $i -lt "$runs" ]; do
		# shellcheck disable=SC2086
		(cd "$dir" && /usr/bin/time -f "%U %S" -o "$tmp/cpu" "$exlite" run $1 "$2" >"$tmp/out" 2>/dev/null) || true
		c=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$tmp/cpu")
		t=$(sed -n 's/^time_ms //p' "$tmp/out")
		if [ -n "$c" ] && { [ -z "$bc" ] || [ "$c" -lt "$bc" ]; }; then bc=$c; fi
		if [ -n "$t" ] && { [ -z "$bi" ] || [ "$t" -lt "$bi" ]; }; then bi=$t; fi
		i=$((i + 1))
	done
	echo "${bc:--} ${bi:--}"
}

pct() { case "$1$2" in *-*) echo -; return ;; esac; awk "BEGIN { if ($1 > 0) printf \"%+.1f%%\", ($2 - $1) * 100 / $1; else print \"-\" }"; }

printf '%-16s %10s %10s %8s %12s %12s %8s\n' program cpu_off_ms cpu_on_ms change inner_off_ms inner_on_ms change
for f in "$dir"/*.exs; do
	name=$(basename "$f")
	set -- $(best "" "$name") $(best "$limits" "$name")
	printf '%-16s %10s %10s %8s %12s %12s %8s\n' "${name%.exs}" "$1" "$3" "$(pct "$1" "$3")" "$2" "$4" "$(pct "$2" "$4")"
done
rm -r "$tmp"
