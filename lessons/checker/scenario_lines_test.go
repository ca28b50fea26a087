package checker

import "testing"

// TestScenarioLines: positions in the scenario's code (appended to the
// submission after a blank line) are named scenario.exs:LINE from the
// scenario's first line; the submission's own lines and other files keep
// theirs.
func TestScenarioLines(t *testing.T) {
	p := Program{File: "ping.exs", Submission: "defmodule Ping do\n  def go, do: :ok\nend\n", Run: "x = 1\nPing.go!()\n"}
	for _, tc := range []struct{ in, want string }{
		{"** (UndefinedFunctionError) ...\n    ping.exs:6: (file)\n", "** (UndefinedFunctionError) ...\n    scenario.exs:2: (file)\n"},
		{"    ping.exs:2: Ping.go/0\n    ping.exs:5: (file)\n", "    ping.exs:2: Ping.go/0\n    scenario.exs:1: (file)\n"},
		{"    └─ ping.exs:6:1\n", "    └─ scenario.exs:2:1\n"},
		{"    ping.exs:4: (file)\n", "    ping.exs:4: (file)\n"}, // the blank line between them
		{"    xping.exs:6: (file)\n    test.exs:6: (test)\n", "    xping.exs:6: (file)\n    test.exs:6: (test)\n"},
	} {
		if got := scenarioLines(tc.in, p); got != tc.want {
			t.Errorf("scenarioLines(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := scenarioLines("ping.exs:9", Program{File: "ping.exs", Submission: "x"}); got != "ping.exs:9" {
		t.Errorf("without a scenario: %q", got)
	}
}
