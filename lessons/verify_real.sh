#!/usr/bin/env bash
# Verifies the built-in exercises on real Elixir (needs `elixir` on PATH):
# every reference solution passes every scenario, every starter fails, and
# every recorded submission of testdata/wrong and testdata/right gets the
# verdict its header gives ("# real:", or "# verdict:").
#   lessons/verify_real.sh [-run REGEXP]   e.g. -run 'TestRealElixir/ping_pong'
# Submissions are graded with the grader's own code (lessons/checker.Check)
# with a runner for real Elixir. Real Elixir cannot see the quiet point: after a
# scenario's code finishes, the processes it started get up to 3 seconds to
# end, and those still alive are reported as left.
set -eu
cd "$(dirname "$0")/.."
run='TestRealElixir'
if [ "${1:-}" = "-run" ]; then run=$2; shift 2; fi
exec go test ./lessons/checker/ -count=1 -timeout 30m -v -run "$run" -real "$@"
