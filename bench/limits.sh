#!/bin/sh
# Measures the cost of resource accounting: runs the CPU-bound programs of
# bench/ on exlite without limits and with every limit on (set high enough
# that none is reached, and the sandbox), and prints the best time of
# RUNS runs each, as measured inside the program (:timer.tc).
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
limits="--sandbox --max-reductions 1000000000000 --max-memory 4G --max-processes 1000000 --max-output 1G --max-atoms 1000000 --max-depth 2000000 --max-time 10m"

# best FLAGS FILE: the smallest inner time of $runs runs.
best() {
	b=
	i=0
	while [ $i -lt "$runs" ]; do
		# shellcheck disable=SC2086
		t=$(cd "$dir" && "$exlite" run $1 "$2" 2>/dev/null | sed -n 's/^time_ms //p')
		if [ -n "$t" ] && { [ -z "$b" ] || [ "$t" -lt "$b" ]; }; then b=$t; fi
		i=$((i + 1))
	done
	echo "${b:--}"
}

printf '%-18s %12s %12s %8s\n' program no_limits_ms limits_ms change
for f in "$dir"/*.exs; do
	name=$(basename "$f")
	off=$(best "" "$name")
	on=$(best "$limits" "$name")
	change=-
	if [ "$off" != - ] && [ "$on" != - ] && [ "$off" -gt 0 ]; then
		change=$(awk "BEGIN { printf \"%+.1f%%\", ($on - $off) * 100 / $off }")
	fi
	printf '%-18s %12s %12s %8s\n' "${name%.exs}" "$off" "$on" "$change"
done
