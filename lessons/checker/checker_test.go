package checker

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/exlite/exlite/beam"
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/lessons"
)

// fakeRunner answers each program from a table keyed by the scenario's
// code ("" for the submission run alone); it records the programs run.
type fakeRunner struct {
	outcomes map[string]func(seed int64) lessons.Outcome
	err      error
	runs     []Program
}

func (f *fakeRunner) Run(_ context.Context, p Program) (lessons.Outcome, error) {
	f.runs = append(f.runs, p)
	if f.err != nil {
		return lessons.Outcome{}, f.err
	}
	if fn, ok := f.outcomes[p.Run]; ok {
		return fn(p.Seed), nil
	}
	return lessons.Outcome{Quiet: &lessons.QuietReport{}}, nil
}

func always(o lessons.Outcome) func(int64) lessons.Outcome {
	return func(int64) lessons.Outcome { return o }
}

func quietly(stdout string) func(int64) lessons.Outcome {
	return always(lessons.Outcome{Stdout: stdout, Quiet: &lessons.QuietReport{}})
}

// exercise builds an exercise from a scenarios file.
func exercise(t *testing.T, scenarios string) *lessons.Exercise {
	t.Helper()
	sc, err := lessons.ParseScenarios("scenarios.txt", scenarios)
	if err != nil {
		t.Fatal(err)
	}
	return &lessons.Exercise{Lesson: "l", Name: "ex", Title: "An Exercise", Scenarios: sc}
}

const twoScenarios = `
scenario: greets
task: 1
run:
    Ex.greet()
stdout:
    hello
    world
hint: print two lines.

scenario: bonus: ends
task: 2
bonus: yes
run:
    Ex.stop()
stdout has lines:
    stopped
quiet: all ended
`

func TestCheckVerdicts(t *testing.T) {
	ex := exercise(t, twoScenarios)
	stuckLeft := &lessons.QuietReport{Left: []lessons.ProcessState{{Pid: "#PID<0.97.0>"}}}
	for _, tc := range []struct {
		name     string
		outcomes map[string]func(int64) lessons.Outcome
		status   Status
		tests    []Status
		message  string
	}{
		{"all pass", map[string]func(int64) lessons.Outcome{
			"Ex.greet()\n": quietly("hello\nworld\n"),
			"Ex.stop()\n":  quietly("stopped\n"),
		}, Pass, []Status{Pass, Pass}, ""},
		{"bonus fails only", map[string]func(int64) lessons.Outcome{
			"Ex.greet()\n": quietly("hello\nworld\n"),
			"Ex.stop()\n":  always(lessons.Outcome{Stdout: "stopped\n", Quiet: stuckLeft}),
		}, Pass, []Status{Pass, Fail}, ""},
		{"main fails", map[string]func(int64) lessons.Outcome{
			"Ex.greet()\n": quietly("hello\n"),
			"Ex.stop()\n":  quietly("stopped\n"),
		}, Fail, []Status{Fail, Pass}, ""},
		{"scenario crashes", map[string]func(int64) lessons.Outcome{
			"Ex.greet()\n": always(lessons.Outcome{ExitStatus: 1, Error: "** (RuntimeError) boom"}),
		}, Fail, []Status{Error, Fail}, ""},
		{"does not load", map[string]func(int64) lessons.Outcome{
			"": always(lessons.Outcome{ExitStatus: 1, Error: "** (SyntaxError) ex.exs:3:1: missing end\n"}),
		}, Error, nil, "** (SyntaxError) ex.exs:3:1: missing end"},
		{"loading never ends", map[string]func(int64) lessons.Outcome{
			"": always(lessons.Outcome{TimedOut: true}),
		}, Error, nil, "ex.exs did not finish loading within 10s: its top-level code must only define modules"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Check(context.Background(), &fakeRunner{outcomes: tc.outcomes}, ex, "defmodule Ex do end", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != tc.status || r.Message != tc.message {
				t.Errorf("status %s, message %q; want %s, %q", r.Status, r.Message, tc.status, tc.message)
			}
			var got []Status
			for _, tr := range r.Tests {
				got = append(got, tr.Status)
			}
			if len(got) != len(tc.tests) {
				t.Fatalf("tests %v, want %v", got, tc.tests)
			}
			for i := range got {
				if got[i] != tc.tests[i] {
					t.Errorf("tests %v, want %v", got, tc.tests)
				}
			}
		})
	}
}

func TestCheckWarnsWhenAnotherSeedDiffers(t *testing.T) {
	ex := exercise(t, twoScenarios)
	f := &fakeRunner{outcomes: map[string]func(int64) lessons.Outcome{
		"Ex.greet()\n": func(seed int64) lessons.Outcome {
			if seed == 7 {
				return lessons.Outcome{Stdout: "world\nhello\n", Quiet: &lessons.QuietReport{}}
			}
			return lessons.Outcome{Stdout: "hello\nworld\n", Quiet: &lessons.QuietReport{}}
		},
		"Ex.stop()\n": quietly("stopped\n"),
	}}
	r, err := Check(context.Background(), f, ex, "sub", Options{Seeds: []int64{0, 7, 9}, File: "mine.exs"})
	if err != nil {
		t.Fatal(err)
	}
	// The first seed gives the verdict; seed 7's different output warns
	// without failing.
	if r.Status != Pass || r.Tests[0].Status != Pass || r.Tests[0].Seed != 0 || r.Tests[0].Stdout != "hello\nworld\n" {
		t.Errorf("status %s, seed %d, stdout %q", r.Status, r.Tests[0].Seed, r.Tests[0].Stdout)
	}
	w := r.Tests[0].Warning
	if w == nil || w.Seed != 7 || w.Other != "world\nhello\n" {
		t.Fatalf("warning %+v, want one for seed 7", w)
	}
	if r.Tests[1].Warning != nil {
		t.Errorf("a scenario with the same output under every seed warns: %+v", r.Tests[1].Warning)
	}
	// The submission alone, then every scenario with every seed.
	var seeds []int64
	for _, p := range f.runs {
		seeds = append(seeds, p.Seed)
		if p.File != "mine.exs" || p.Submission != "sub" {
			t.Errorf("program %+v", p)
		}
	}
	if want := []int64{0, 0, 7, 9, 0, 7, 9}; fmt.Sprint(seeds) != fmt.Sprint(want) {
		t.Errorf("seeds run %v, want %v", seeds, want)
	}
	if f.runs[1].TimeLimit != lessons.DefaultTimeLimit || f.runs[1].Source() != "sub\n\nEx.greet()\n" {
		t.Errorf("program %+v, source %q", f.runs[1], f.runs[1].Source())
	}
	var b bytes.Buffer
	WriteText(&b, r, false)
	if !strings.Contains(b.String(), "output differs under another legal schedule") {
		t.Errorf("report lacks the warning:\n%s", b.String())
	}
}

func TestCheckRunnerError(t *testing.T) {
	boom := errors.New("no evaluator")
	_, err := Check(context.Background(), &fakeRunner{err: boom}, exercise(t, twoScenarios), "", Options{})
	if !errors.Is(err, boom) {
		t.Errorf("error %v", err)
	}
}

func TestWriteText(t *testing.T) {
	ex := exercise(t, twoScenarios)
	r, err := Check(context.Background(), &fakeRunner{outcomes: map[string]func(int64) lessons.Outcome{
		"Ex.greet()\n": quietly("hello\nWorld\n"),
		"Ex.stop()\n": always(lessons.Outcome{Stdout: "bye\n", Quiet: &lessons.QuietReport{
			Left: []lessons.ProcessState{{Pid: "#PID<0.97.0>", Where: "Ex.loop/1"}}}}),
	}}, ex, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteText(&b, r, false); err != nil {
		t.Fatal(err)
	}
	want := `l/ex: An Exercise
  FAIL  greets
        the output is not the expected one
        --- expected
        +++ actual
        @@ -1,2 +1,2 @@
         hello
        -world
        +World
        hint: print two lines.
  FAIL  bonus: ends (bonus)
        expected line 1 of 1, "stopped", is missing from the output (or out of order)
        expected lines, in this order:
          stopped
        the output:
          bye
        1 process is still alive when everything else was done: #PID<0.97.0> in Ex.loop/1
FAIL: 0 of 2 scenarios pass.
`
	if b.String() != want {
		t.Errorf("report:\n%s\nwant:\n%s", b.String(), want)
	}
	b.Reset()
	WriteText(&b, r, true)
	for _, esc := range []string{red + "-world" + reset, green + "+World" + reset, cyan + "@@ -1,2 +1,2 @@" + reset, red + "FAIL" + reset} {
		if !strings.Contains(b.String(), esc) {
			t.Errorf("coloured report lacks %q:\n%q", esc, b.String())
		}
	}

	b.Reset()
	WriteText(&b, &Result{Exercise: ex, Status: Error, Message: "** (SyntaxError) boom\n    line"}, false)
	if want := "l/ex: An Exercise\nERROR your code does not run:\n  ** (SyntaxError) boom\n      line\n"; b.String() != want {
		t.Errorf("error report %q, want %q", b.String(), want)
	}
}

func TestColorWantedHonoursNoColor(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	// Even a terminal gets no colour; a pipe never does.
	if ColorWanted(nil) {
		t.Error("colour with NO_COLOR set")
	}
}

func TestUnifiedDiff(t *testing.T) {
	long := func(n int, change map[int]string) string {
		var b strings.Builder
		for i := 1; i <= n; i++ {
			if c, ok := change[i]; ok {
				b.WriteString(c + "\n")
			} else {
				b.WriteString("line " + string(rune('a'+i-1)) + "\n")
			}
		}
		return b.String()
	}
	for _, tc := range []struct {
		name, want, got, diff string
	}{
		{"equal", "a\n", "a\n", ""},
		{"empty actual", "a\nb\n", "", "--- expected\n+++ actual\n@@ -1,2 +0,0 @@\n-a\n-b\n"},
		{"added line", "a\n", "a\nb\n", "--- expected\n+++ actual\n@@ -1 +1,2 @@\n a\n+b\n"},
		{"missing final newline", "a\n", "a", "--- expected\n+++ actual\n@@ -1 +1 @@\n-a\n+a\n\\ No newline at end of file\n"},
		{"two hunks", long(12, nil), long(12, map[int]string{2: "X", 11: "Y"}),
			"--- expected\n+++ actual\n@@ -1,5 +1,5 @@\n line a\n-line b\n+X\n line c\n line d\n line e\n" +
				"@@ -8,5 +8,5 @@\n line h\n line i\n line j\n-line k\n+Y\n line l\n"},
		{"one hunk when close", long(9, nil), long(9, map[int]string{2: "X", 8: "Y"}),
			"--- expected\n+++ actual\n@@ -1,9 +1,9 @@\n line a\n-line b\n+X\n line c\n line d\n line e\n line f\n line g\n-line h\n+Y\n line i\n"},
	} {
		if got := UnifiedDiff(tc.want, tc.got, false); got != tc.diff {
			t.Errorf("%s: diff\n%s\nwant\n%s", tc.name, got, tc.diff)
		}
	}
}

func TestExercism(t *testing.T) {
	ex := exercise(t, twoScenarios)
	long := strings.Repeat("é", 600)
	r, err := Check(context.Background(), &fakeRunner{outcomes: map[string]func(int64) lessons.Outcome{
		"Ex.greet()\n": quietly("hello\nworld\n"),
		"Ex.stop()\n":  quietly(long),
	}}, ex, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteExercism(&b, r); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got["version"] != float64(3) || got["status"] != "fail" || got["message"] != nil {
		t.Errorf("top level %v", got)
	}
	tests := got["tests"].([]any)
	first, second := tests[0].(map[string]any), tests[1].(map[string]any)
	if first["name"] != "greets" || first["status"] != "pass" || first["message"] != nil ||
		first["output"] != "hello\nworld\n" || first["test_code"] != "Ex.greet()" || first["task_id"] != float64(1) {
		t.Errorf("first test %v", first)
	}
	out := second["output"].(string)
	if second["status"] != "fail" || !strings.HasPrefix(out, strings.Repeat("é", OutputLimit)+OutputTruncated) ||
		len([]rune(out)) != OutputLimit+len([]rune(OutputTruncated)) || second["task_id"] != float64(2) ||
		!strings.Contains(second["message"].(string), `expected line 1 of 1, "stopped", is missing`) {
		t.Errorf("second test %v", second)
	}

	b.Reset()
	WriteExercism(&b, &Result{Exercise: ex, Status: Error, Message: "** (SyntaxError) boom"})
	if want := "{\n  \"version\": 3,\n  \"status\": \"error\",\n  \"message\": \"** (SyntaxError) boom\"\n}\n"; b.String() != want {
		t.Errorf("error report %q, want %q", b.String(), want)
	}
}

func TestProgramSource(t *testing.T) {
	p := Program{Submission: "defmodule A do end", Run: "A.go()\n", TimeLimit: time.Second}
	if got := p.Source(); got != "defmodule A do end\n\nA.go()\n" {
		t.Errorf("source %q", got)
	}
}

func TestQuietFromBeam(t *testing.T) {
	if r, stuck := QuietFromBeam(nil, 0); r != nil || stuck {
		t.Errorf("nil report gives %v, %v", r, stuck)
	}
	q := &beam.QuietReport{Processes: []beam.WaitingProcess{
		{Pid: term.Pid{ID: 94}, Main: true, InReceive: true},
		{Pid: term.Pid{ID: 98}, Name: term.MakeAtom("pong"), InReceive: true, Mailbox: []term.Term{term.MakeAtom("ping")}},
	}}
	r, stuck := QuietFromBeam(q, 2)
	if !stuck || r.MainUnread != 2 || len(r.Left) != 1 || !reflect.DeepEqual(r.Left[0], lessons.ProcessState{Pid: "#PID<0.98.0>", Name: "pong", Unread: 1, Mailbox: []string{":ping"}}) {
		t.Errorf("report %+v, stuck %v", r, stuck)
	}
}
