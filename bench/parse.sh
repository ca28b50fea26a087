#!/usr/bin/env bash
# Measures the parser against the targets of issue 3:
#   - a 1,000-line course-style file parses in under 20 ms warm
#     (BenchmarkParse1kWarm);
#   - `exlite parse` of a 20-line file takes under 10 ms of wall time as a
#     whole process.
#
# It runs the benchmarks of parser/ (ns/op is wall time; cpu-ns/op is the
# CPU time of the test process per parse, garbage collection included,
# which a loaded machine inflates much less), then times RUNS whole
# processes of `exlite parse` on a 20-line file, and of `exlite parse` of
# a missing file, which is the start-up of the binary alone (runtime and
# package initialisation, the command line) and an error message.
#
# For each: the minimum and median wall time of one run, and the mean CPU
# time (user+sys) of a run. On a shared machine the wall times follow the
# load; two figures do not: the CPU time, and the sum of the package
# initialisation times that GODEBUG=inittrace=1 reports (min and median
# over RUNS/4 runs; this is the part of start-up that the program's own
# init functions cost).
#
#   bench/parse.sh                   # RUNS=200, BENCHTIME=20x
#   RUNS=500 BENCHTIME=50x bench/parse.sh
#   BENCH=none bench/parse.sh        # only the whole-process rows
#   EXLITE=path bench/parse.sh       # time another build
set -e
dir=$(cd "$(dirname "$0")" && pwd)
runs=${RUNS:-200}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
exlite=${EXLITE:-}
if [ -z "$exlite" ]; then
	exlite=$tmp/exlite
	(cd "$dir/.." && go build -o "$exlite" ./cmd/exlite)
fi

if [ "${BENCH:-}" != none ]; then
	(cd "$dir/.." && go test ./parser/ -run XXX -bench . -benchtime "${BENCHTIME:-20x}" -benchmem)
fi

# stats: reads numbers, one a line, and prints "min X med Y".
stats() {
	sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "min %6.2f  med %6.2f", v[1], v[int((NR + 1) / 2)] }'
}

# per_run LABEL CMD...: wall time of each run (min, median) and the mean
# CPU (user+sys) of a run, in milliseconds.
per_run() {
	local label=$1
	shift
	local TIMEFORMAT='%R %U %S' t walls=$tmp/walls
	: >"$walls"
	t=$({ time (for ((i = 0; i < runs; i++)); do
		s=$EPOCHREALTIME
		"$@" >/dev/null 2>&1 || true
		e=$EPOCHREALTIME
		echo "${s/[.,]/} ${e/[.,]/}" >>"$walls"
	done); } 2>&1)
	printf '%-30s wall %s ms  ' "$label" "$(awk '{ print ($2 - $1) / 1000 }' "$walls" | stats)"
	echo "$t" | awk -v n="$runs" '{ printf "cpu %6.2f ms (user %.2f, sys %.2f; %d runs)\n", 1000*($2+$3)/n, 1000*$2/n, 1000*$3/n, n }'
}

# inittrace LABEL CMD...: the sum of the package initialisation times of
# one run (GODEBUG=inittrace=1), min and median over runs/4 runs.
inittrace() {
	local label=$1
	shift
	printf '%-30s init %s ms (inittrace sum; %d runs)\n' "$label" "$(for ((i = 0; i < runs / 4 + 1; i++)); do
		GODEBUG=inittrace=1 "$@" 2>&1 >/dev/null | awk '/^init / { s += $5 } END { print s }'
	done | stats)" $((runs / 4 + 1))
}

file=$dir/../tests/conformance/052_system_halt_status.exs # 20 lines
per_run "exlite parse (20 lines)" "$exlite" parse "$file"
per_run "exlite parse (start-up only)" "$exlite" parse "$tmp/missing.exs"
inittrace "exlite parse (20 lines)" "$exlite" parse "$file"
printf '%-30s %s bytes\n' "exlite binary" "$(wc -c <"$exlite")"
