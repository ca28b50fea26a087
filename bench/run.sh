#!/bin/sh
# Runs the CPU-bound programs of bench/ on exlite and, when `elixir` is
# installed, on real Elixir, and prints the time each measured inside the
# program (:timer.tc), the whole-process time, and the ratios exlite/elixir
# of both (inner: in-program time; wall: whole process).
#
#   bench/run.sh            # builds exlite from this checkout
#   EXLITE=path bench/run.sh
set -e
dir=$(cd "$(dirname "$0")" && pwd)
exlite=${EXLITE:-}
if [ -z "$exlite" ]; then
	exlite=$(mktemp -d)/exlite
	(cd "$dir/.." && go build -o "$exlite" ./cmd/exlite)
fi
have_elixir=0
command -v elixir >/dev/null 2>&1 && have_elixir=1

# measure CMD...: prints "inner_ms wall_ms" for one run.
measure() {
	start=$(date +%s%N)
	out=$("$@" 2>&1) || { echo "FAILED: $out" >&2; echo "- -"; return; }
	end=$(date +%s%N)
	inner=$(printf '%s\n' "$out" | sed -n 's/^time_ms //p')
	echo "${inner:--} $(( (end - start) / 1000000 ))"
}

printf '%-18s %12s %12s %12s %12s %8s %8s\n' program exlite_ms elixir_ms exlite_wall elixir_wall inner_x wall_x
for f in "$dir"/*.exs; do
	name=$(basename "$f" .exs)
	set -- $(cd "$dir" && measure "$exlite" run "$name.exs")
	ex_in=$1 ex_wall=$2
	el_in=- el_wall=- ratio=- wratio=-
	if [ $have_elixir = 1 ]; then
		# A million processes exceed the BEAM's default process limit.
		erl=
		[ "$name" = proc_million ] && erl='+P 2000000'
		if [ -n "$erl" ]; then
			set -- $(cd "$dir" && measure elixir --erl "$erl" "$name.exs")
		else
			set -- $(cd "$dir" && measure elixir "$name.exs")
		fi
		el_in=$1 el_wall=$2
		if [ "$el_in" != - ] && [ "$ex_in" != - ] && [ "$el_in" -gt 0 ]; then
			ratio=$(awk "BEGIN { printf \"%.2f\", $ex_in / $el_in }")
		fi
		if [ "$el_wall" != - ] && [ "$ex_wall" != - ] && [ "$el_wall" -gt 0 ]; then
			wratio=$(awk "BEGIN { printf \"%.2f\", $ex_wall / $el_wall }")
		fi
	fi
	printf '%-18s %12s %12s %12s %12s %8s %8s\n' "$name" "$ex_in" "$el_in" "$ex_wall" "$el_wall" "$ratio" "$wratio"
done
