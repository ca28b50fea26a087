#!/bin/sh
# The process benchmarks of issue 10, on exlite and, when `elixir` is
# installed, on real Elixir in the same run, as a table of CPU time (user +
# system, from /usr/bin/time), wall time, maximum resident memory and the
# ratios exlite/elixir. On a loaded machine read the CPU columns: wall
# time then mostly measures the other programs.
#
#   million   bench/proc_million.exs: a million processes spawned, each
#             waiting in receive, then released and collected (elixir
#             runs with --erl "+P 2000000"). Also bytes per process:
#             maximum RSS / 1,000,000.
#   idle      bench/scale/proc_idle.exs: 10,000 processes waiting in
#             receive while the program sleeps 5 s; the CPU time of that
#             run minus the CPU time of the same run sleeping 0 s (what
#             the 5 idle seconds cost), and the whole run's.
#   ring, pingpong  bench/proc_ring.exs and bench/proc_pingpong.exs in
#             exlite's deterministic mode against its parallel mode (the
#             ratio det/par; target at most 1.5).
#
#   bench/scale.sh              # builds exlite from this checkout
#   EXLITE=path bench/scale.sh
#   RUNS=3 bench/scale.sh       # best of 3 runs for each measurement
#
# Each measurement is one command, printed before the table with -v:
#   /usr/bin/time -f '%U %S %e %M' exlite run proc_million.exs
#   /usr/bin/time -f '%U %S %e %M' elixir --erl "+P 2000000" proc_million.exs
#   /usr/bin/time -f '%U %S %e %M' exlite run scale/proc_idle.exs 5000   (and 0)
#   /usr/bin/time -f '%U %S %e %M' elixir scale/proc_idle.exs 5000       (and 0)
#   /usr/bin/time -f '%U %S %e %M' exlite run [--deterministic] proc_ring.exs
#   /usr/bin/time -f '%U %S %e %M' exlite run [--deterministic] proc_pingpong.exs
set -e
dir=$(cd "$(dirname "$0")" && pwd)
exlite=${EXLITE:-}
if [ -z "$exlite" ]; then
	exlite=$(mktemp -d)/exlite
	(cd "$dir/.." && go build -o "$exlite" ./cmd/exlite)
fi
runs=${RUNS:-1}
verbose=0
[ "${1:-}" = -v ] && verbose=1
have_elixir=0
command -v elixir >/dev/null 2>&1 && have_elixir=1
timefile=$(mktemp)
trap 'rm -f "$timefile"' EXIT

# measure CMD...: runs CMD (in bench/) RUNS times and prints the run with
# the least CPU time as "cpu_s wall_s maxrss_kb inner_ms".
measure() {
	[ $verbose = 1 ] && echo "# $*" >&2
	best=
	i=0
	while [ $i -lt "$runs" ]; do
		i=$((i + 1))
		if ! out=$(cd "$dir" && /usr/bin/time -o "$timefile" -f '%U %S %e %M' "$@" 2>&1); then
			echo "FAILED: $* : $out" >&2
			echo "- - - -"
			return
		fi
		inner=$(printf '%s\n' "$out" | sed -n 's/^time_ms //p')
		line=$(awk -v inner="${inner:--}" '{ printf "%.2f %.2f %d %s\n", $1 + $2, $3, $4, inner }' "$timefile")
		if [ -z "$best" ] || [ "$(echo "$line $best" | awk '{ print ($1 < $5) }')" = 1 ]; then
			best=$line
		fi
	done
	echo "$best"
}

ratio() {
	if [ "$1" = - ] || [ "$2" = - ]; then
		echo -
	else
		awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'
	fi
}

row() {
	printf '%-22s %10s %10s %8s %10s %10s %8s\n' "$@"
}

echo "exlite: $exlite   runs: $runs   load: $(cut -d' ' -f1-3 /proc/loadavg)"
row measurement exlite elixir x_elixir "" "" ""

# A million waiting processes.
set -- $(measure "$exlite" run proc_million.exs)
x_cpu=$1 x_wall=$2 x_rss=$3 x_in=$4
e_cpu=- e_wall=- e_rss=- e_in=-
if [ $have_elixir = 1 ]; then
	set -- $(measure elixir --erl "+P 2000000" proc_million.exs)
	e_cpu=$1 e_wall=$2 e_rss=$3 e_in=$4
fi
mb() { [ "$1" = - ] && echo - || awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
perproc() { [ "$1" = - ] && echo - || awk -v k="$1" 'BEGIN { printf "%.0f", k * 1024 / 1000000 }'; }
row "million cpu_s" "$x_cpu" "$e_cpu" "$(ratio "$x_cpu" "$e_cpu")"
row "million wall_s" "$x_wall" "$e_wall" "$(ratio "$x_wall" "$e_wall")"
row "million inner_ms" "$x_in" "$e_in" "$(ratio "$x_in" "$e_in")"
row "million maxrss_mb" "$(mb "$x_rss")" "$(mb "$e_rss")" "$(ratio "$x_rss" "$e_rss")"
row "million bytes/process" "$(perproc "$x_rss")" "$(perproc "$e_rss")" "$(ratio "$x_rss" "$e_rss")"

# 10,000 idle processes for 5 seconds.
set -- $(measure "$exlite" run scale/proc_idle.exs 5000)
x5=$1
set -- $(measure "$exlite" run scale/proc_idle.exs 0)
x0=$1
e5=- e0=-
if [ $have_elixir = 1 ]; then
	set -- $(measure elixir scale/proc_idle.exs 5000)
	e5=$1
	set -- $(measure elixir scale/proc_idle.exs 0)
	e0=$1
fi
idle() { [ "$1" = - ] && echo - || awk -v a="$1" -v b="$2" 'BEGIN { d = a - b; if (d < 0) d = 0; printf "%.2f", d }'; }
x_idle=$(idle "$x5" "$x0")
e_idle=-
[ "$e5" != - ] && e_idle=$(idle "$e5" "$e0")
row "idle 5s cpu_s" "$x_idle" "$e_idle" "$(ratio "$x_idle" "$e_idle")"
row "idle whole run cpu_s" "$x5" "$e5" "$(ratio "$x5" "$e5")"

# Deterministic mode against parallel mode.
row "" parallel determ det/par "" "" ""
for prog in proc_ring proc_pingpong; do
	set -- $(measure "$exlite" run "$prog.exs")
	p_cpu=$1 p_wall=$2
	set -- $(measure "$exlite" run --deterministic "$prog.exs")
	d_cpu=$1 d_wall=$2
	row "$prog cpu_s" "$p_cpu" "$d_cpu" "$(ratio "$d_cpu" "$p_cpu")"
	row "$prog wall_s" "$p_wall" "$d_wall" "$(ratio "$d_wall" "$p_wall")"
done
