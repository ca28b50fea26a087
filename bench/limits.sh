#!/bin/sh
# Measures the cost of resource accounting: runs the CPU-bound programs of
# bench/ on exlite without limits ("off"), with every limit on (set high
# enough that none is reached) and the sandbox ("on"), and with the
# sandbox alone ("sandbox"). The runs of the three are interleaved (off,
# on, sandbox, off, on, ...), RUNS times each, so that the other load of a
# shared machine falls on all three alike. It prints the CPU time of the
# exlite process (user + system, from /usr/bin/time: on a shared machine
# the time measured inside the program mostly measures the other load),
# the median and the best of the runs, and the change from "off".
#
#   bench/limits.sh                      # builds exlite from this checkout
#   RUNS=7 EXLITE=path bench/limits.sh [PROGRAM.exs...]
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
trap 'rm -r "$tmp"' EXIT

# cpu FLAGS FILE: the CPU milliseconds of one run.
cpu() {
	# shellcheck disable=SC2086
	(cd "$dir" && /usr/bin/time -f "%U %S" -o "$tmp/cpu" "$exlite" run $1 "$2" >/dev/null 2>&1) || true
	awk '{ printf "%d\n", ($1 + $2) * 1000 }' "$tmp/cpu"
}

# stats FILE: "median best" of the numbers in FILE.
stats() { sort -n "$1" | awk '{ a[NR] = $1 } END { printf "%d %d", a[int((NR + 1) / 2)], a[1] }'; }

pct() { awk "BEGIN { if ($1 > 0) printf \"%+.1f%%\", ($2 - $1) * 100 / $1; else print \"-\" }"; }

if [ $# -eq 0 ]; then
	set -- "$dir"/*.exs
fi
printf '%-16s %15s %15s %15s %9s %9s %9s\n' program off_med/best on_med/best sbox_med/best on_med on_best sbox_med
for f in "$@"; do
	name=$(basename "$f")
	case $name in proc_million.exs) continue ;; esac # a scale test, not a CPU benchmark
	: >"$tmp/off"
	: >"$tmp/on"
	: >"$tmp/sbox"
	i=0
	while [ $i -lt "$runs" ]; do
		cpu "" "$name" >>"$tmp/off"
		cpu "$limits" "$name" >>"$tmp/on"
		cpu "--sandbox" "$name" >>"$tmp/sbox"
		i=$((i + 1))
	done
	set -- $(stats "$tmp/off") $(stats "$tmp/on") $(stats "$tmp/sbox")
	printf '%-16s %15s %15s %15s %9s %9s %9s\n' "${name%.exs}" "$1/$2" "$3/$4" "$5/$6" "$(pct "$1" "$3")" "$(pct "$2" "$4")" "$(pct "$1" "$5")"
done
