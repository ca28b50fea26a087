#!/bin/sh
# record_ref.sh NAME: prints what ExUnit 1.18.4 reports for NAME_test.exs
# (with NAME.ex compiled first when there is one), to make NAME.ref.
# Needs Debian's elixir (1.14) and ExUnit 1.18.4 compiled for it in
# $EXUNIT118 (default /tmp/exunit118), made once with:
#   git -C ELIXIR_CHECKOUT archive v1.18.4 lib/ex_unit | tar -x -C /tmp/src118
#   mkdir -p /tmp/exunit118 && cd /tmp/exunit118 && elixirc --ignore-module-conflict \
#     /tmp/src118/lib/ex_unit/lib/ex_unit.ex /tmp/src118/lib/ex_unit/lib/ex_unit/*.ex \
#     /tmp/src118/lib/ex_unit/lib/ex_unit/on_exit_handler/*.ex
# and an ex_unit.app there listing those modules, with vsn "1.18.4" and the
# application env of lib/ex_unit/mix.exs at v1.18.4.
# See README.md for what is adjusted afterwards.
set -e
name=$1
ebin=${EXUNIT118:-/tmp/exunit118}
d=$(mktemp -d)
cp "${name}_test.exs" "$d/"
if [ -f "$name.ex" ]; then cp "$name.ex" "$d/"; (cd "$d" && elixirc "$name.ex" >/dev/null 2>&1); fi
(cd "$d" && timeout 60 elixir --erl "+S 8:8 -ex_unit seed 0" -pa "$ebin" -pa "$d" "${name}_test.exs" 2>"$d/stderr") |
	sed -e 's/max_cases: [0-9]*/max_cases: 16/' -e "s#$d/##g" -e "s#(ex_unit 1.18.4) [^ ]*/lib/ex_unit/#(ex_unit 1.18.4) lib/ex_unit/#"
cat "$d/stderr" >&2
rm -rf "$d"
