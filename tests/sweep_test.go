package tests

import "testing"

// TestSweep runs the programs of tests/sweep: course-style programs
// whose expectations were derived from Elixir 1.14 runs adjusted to 1.18
// (see tests/sweep/README.md). stdout and the exit status must match;
// stderr too where a NAME.err is recorded.
func TestSweep(t *testing.T) { checkCorpusStderr(t, "sweep", stderrWhereRecorded) }
