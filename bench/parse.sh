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
# processes of `exlite parse` on a 20-line file, and of `exlite --help`,
# which is the start-up of the binary alone (package initialisation).
#
#   bench/parse.sh                   # RUNS=200, BENCHTIME=20x
#   RUNS=500 BENCHTIME=50x bench/parse.sh
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

(cd "$dir/.." && go test ./parser/ -run XXX -bench . -benchtime "${BENCHTIME:-20x}" -benchmem)

# per_run LABEL CMD...: wall and CPU (user+sys) milliseconds per run.
per_run() {
	local label=$1
	shift
	local TIMEFORMAT='%R %U %S' t
	t=$({ time (for ((i = 0; i < runs; i++)); do "$@" >/dev/null 2>&1 || true; done); } 2>&1)
	echo "$t" | awk -v n="$runs" -v l="$label" \
		'{ printf "%-28s wall %6.2f ms  cpu %6.2f ms  (user %.2f, sys %.2f; %d runs)\n", l, 1000*$1/n, 1000*($2+$3)/n, 1000*$2/n, 1000*$3/n, n }'
}

file=$dir/../tests/conformance/052_system_halt_status.exs # 20 lines
per_run "exlite parse (20 lines)" "$exlite" parse "$file"
per_run "exlite --help (start-up)" "$exlite" --help
