#!/usr/bin/env bash
# Runs each test program on real Elixir twice: with Elixir's own GenServer,
# Agent, Task, Supervisor, DynamicSupervisor, Registry and :sys, and with
# exlite's Elixir sources (interp/elixirlib/*.ex) loaded under renamed
# modules (GenServer -> GenServeX, same length, ...). Prints ok/FAIL per program and
# "N passed, M failed". Not used by `go test` (it needs `elixir`).
#
# Usage: run_real.sh [-v] [-record] [names...]
#   -v       show a diff for failures
#   -record  write NAME.out (real Elixir's masked stdout) next to NAME.exs
#   names    substrings of program names to run (default: all)
# Programs: testdata/*.exs and tests/conformance/047..050 (compared with
# the recorded Elixir 1.18 output).
set -u
here=$(cd "$(dirname "$0")" && pwd)
lib=$(dirname "$here")
root=$(cd "$lib/../.." && pwd)
verbose=0 record=0 filters=()
for a in "$@"; do
  case $a in
    -v) verbose=1 ;;
    -record) record=1 ;;
    *) filters+=("$a") ;;
  esac
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

rename() {
  # same-length names, so inspect breaks lines at the same places
  sed -E \
    -e 's/\bGenServer\b/GenServeX/g' \
    -e 's/\bAgent\b/AgenX/g' \
    -e 's/\bTask\b/TasX/g' \
    -e 's/\bDynamicSupervisor\b/DynamicSupervisoX/g' \
    -e 's/\bSupervisor\b/SupervisoX/g' \
    -e 's/\bRegistry\b/RegistrX/g' \
    -e 's/:sys\b/XSys/g' "$@"
}

unrename() {
  sed -E -e 's/\bGenServeX\b/GenServer/g' -e 's/\bAgenX\b/Agent/g' -e 's/\bTasX\b/Task/g' \
    -e 's/\bDynamicSupervisoX\b/DynamicSupervisor/g' -e 's/\bSupervisoX\b/Supervisor/g' \
    -e 's/\bRegistrX\b/Registry/g' -e 's/\bXSys\b/:sys/g'
}

# mask PIDs, refs, logger timestamps, and stack-trace lines (runs of them
# become one "    <stack>" line), which differ by implementation.
mask() {
  sed -E \
    -e 's/#PID<[0-9]+\.[0-9]+\.[0-9]+>/#PID<X>/g' \
    -e 's/#Reference<[0-9.]+>/#Reference<X>/g' \
    -e 's/^[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3} \[/HH:MM:SS.mmm [/' \
    -e 's/#Function<[^>]*>/#Function<X>/g' \
  | awk '
    /^ +(\([a-z_]+ [0-9.]+\) )?[^ ]+:[0-9]+: / || /^ +\([a-z_]+ [0-9.]+\) [^ ]+: / ||
    /^    (:[a-z_]+|[A-Z][A-Za-z0-9_.]*)\.[a-z_?!]+\(.*\)$/ {
      if (!instack) print "    <stack>"; instack = 1; next }
    { instack = 0; print }'
}

mkdir -p "$work/src" "$work/ebin"
for f in "$lib"/*.ex; do rename "$f" > "$work/src/$(basename "$f")"; done
cp "$here/harness_helpers.ex" "$work/helpers.ex"
mkdir -p "$work/hebin"
(cd "$work" && elixirc -o hebin helpers.ex > /dev/null 2>&1) || { echo "compiling helpers failed"; exit 1; }
if ! (cd "$work" && elixirc --ignore-module-conflict -o ebin src/*.ex > "$work/compile.log" 2>&1); then
  echo "compiling the library failed:"; cat "$work/compile.log"; exit 1
fi

progs=("$here"/*.exs)
for n in 047_genserver_queue 048_agent_and_task 049_supervisor 050_script_end_kills_children; do
  progs+=("$root/tests/conformance/$n.exs")
done

pass=0 fail=0
for prog in "${progs[@]}"; do
  [ -f "$prog" ] || continue
  name=$(basename "$prog" .exs)
  if [ ${#filters[@]} -gt 0 ]; then
    keep=0; for f in "${filters[@]}"; do [[ $name == *$f* ]] && keep=1; done
    [ $keep = 1 ] || continue
  fi
  dir=$(dirname "$prog")
  if [ "$dir" = "$here" ] && head -1 "$prog" | grep -q '^# expect: recorded'; then
    mask < "$dir/$name.out" > "$work/$name.real"
    echo "exit status $(cat "$dir/$name.code" 2>/dev/null || echo 0)" >> "$work/$name.real"
  elif [ "$dir" = "$here" ]; then
    sed -e 's/Process\.monitor(/XH.monitor(/g' -e 's/:erlang\.monitor(/XH.monitor(/g' "$prog" > "$work/real_$name.exs"
    (cd "$work" && timeout 60 elixir -pa hebin "real_$name.exs" 2>"$work/$name.real.err"; echo "exit status $?" >&2) 2>"$work/$name.real.code" | sed "s/real_$name/$name/g" | mask > "$work/$name.real"
    echo "$(tail -1 "$work/$name.real.code")" >> "$work/$name.real"
    # Elixir 1.14 (here) vs 1.18 (the reference): NAME.to118.sed turns the
    # former's output into the latter's where they are known to differ.
    if [ -f "$dir/$name.to118.sed" ]; then
      sed -E -f "$dir/$name.to118.sed" "$work/$name.real" > "$work/$name.real118"
      mv "$work/$name.real118" "$work/$name.real"
    fi
    if [ $record = 1 ]; then
      sed '$d' "$work/$name.real" > "$dir/$name.out"
      tail -1 "$work/$name.real" | sed 's/exit status //' > "$dir/$name.code"
    fi
  else
    mask < "$dir/$name.out" > "$work/$name.real"
    echo "exit status $(cat "$dir/$name.code")" >> "$work/$name.real"
  fi
  rename "$prog" | sed -e 's/Process\.monitor(/XH.monitor(/g' -e 's/:erlang\.monitor(/XH.monitor(/g' > "$work/$name.exs"
  (cd "$work" && timeout 60 elixir -pa ebin -pa hebin "$name.exs" 2>"$work/$name.mine.err"; echo "exit status $?" >&2) 2>"$work/$name.mine.code" | unrename | mask > "$work/$name.mine"
  echo "$(tail -1 "$work/$name.mine.code")" >> "$work/$name.mine"
  # stderr too, for testdata programs (warnings and uncaught exits), masked
  if [ "$dir" = "$here" ] && [ -f "$work/$name.real.err" ]; then
    { echo "--- stderr"; sed "s/real_$name/$name/g" "$work/$name.real.err" | mask; } >> "$work/$name.real"
    { echo "--- stderr"; unrename < "$work/$name.mine.err" | mask; } >> "$work/$name.mine"
  fi
  if cmp -s "$work/$name.real" "$work/$name.mine"; then
    echo "ok   $name"; pass=$((pass+1))
  else
    echo "FAIL $name"; fail=$((fail+1))
    if [ $verbose = 1 ]; then
      diff -u "$work/$name.real" "$work/$name.mine" | head -60
      echo "--- stderr (mine):"; unrename < "$work/$name.mine.err" | head -20
    fi
  fi
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
