package checker

import (
	"fmt"
	"strings"

	"github.com/exlite/exlite/lessons"
)

// Seeds returns the scheduling seeds of a check that also explores n other
// schedules: 0 (the BEAM's own order), then 1 to n.
func Seeds(n int) []int64 {
	seeds := []int64{0}
	for i := 1; i <= n; i++ {
		seeds = append(seeds, int64(i))
	}
	return seeds
}

// ScheduleWarning says that a scenario's output depends on the order in
// which processes take turns: with seed Seed it printed Other instead of
// Base (seed BaseSeed). Both passed the scenario; real Elixir may print
// either.
type ScheduleWarning struct {
	Scenario       *lessons.Scenario
	BaseSeed, Seed int64
	Base, Other    string
}

// Text is the warning for people, with both outputs.
func (w *ScheduleWarning) Text() string {
	return fmt.Sprintf("warning: output differs under another legal schedule (real Elixir may print either)\n"+
		"with scheduling seed %d:\n%swith scheduling seed %d:\n%s", w.BaseSeed, outputBlock(w.Base), w.Seed, outputBlock(w.Other))
}

func outputBlock(s string) string {
	if s == "" {
		return "  (no output)\n"
	}
	return indent(strings.TrimSuffix(s, "\n"), "  ") + "\n"
}
