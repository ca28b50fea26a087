package checker

import (
	"bytes"
	"strings"
	"testing"

	"github.com/exlite/exlite/lessons"
)

// TestScenarioQuote: a failed scenario's text report quotes, numbered,
// the lines of the scenario's code that its error and crash reports name
// (scenario.exs:N), each once and in order; a scenario whose errors
// name none (a stuck receive's position comes with its patterns), and an
// ExUnit test (its failure shows its code), quote nothing; the Exercism report, which carries the code, never does.
func TestScenarioQuote(t *testing.T) {
	run := "a = 1\nb = 2\n{:ok, x} = Foo.open()\nIO.puts(x)\n"
	for _, tc := range []struct {
		name   string
		t      *TestResult
		quoted string
	}{
		{"error", &TestResult{Scenario: &lessons.Scenario{Name: "s", Run: run}, Status: Error,
			Problems: []lessons.Problem{{Kind: lessons.KindError, Message: "the program stopped with an error:\n** (MatchError) no match of right hand side value: nil\n    scenario.exs:3: (file)"}}},
			"scenario.exs, the scenario's code (run after your file):\n  3 | {:ok, x} = Foo.open()\n"},
		{"crash report and error", &TestResult{Scenario: &lessons.Scenario{Name: "s", Run: run}, Status: Error,
			Stdout:   "\n00:00:00.000 [error] Process #PID<0.98.0> raised an exception\n    scenario.exs:4: anonymous fn/0 in :elixir_compiler_0.__FILE__/1\n",
			Problems: []lessons.Problem{{Kind: lessons.KindError, Message: "** (RuntimeError) boom\n    scenario.exs:1: (file)\n    scenario.exs:4: (file)\n    my_scenario.exs:2: (file)"}}},
			"scenario.exs, the scenario's code (run after your file):\n  1 | a = 1\n  4 | IO.puts(x)\n"},
		{"no line named", &TestResult{Scenario: &lessons.Scenario{Name: "s", Run: run}, Status: Fail,
			Problems: []lessons.Problem{{Kind: lessons.KindQuiet, Message: "1 message was left unread in the scenario's mailbox"}}}, ""},
		{"stuck receive", &TestResult{Scenario: &lessons.Scenario{Name: "s", Run: run}, Status: Fail,
			Problems: []lessons.Problem{{Kind: lessons.KindStuck, Message: "the program is stuck: the scenario's code waits in receive for :x (scenario.exs:2), a message that no process will ever send"}}}, ""},
		{"line out of the code", &TestResult{Scenario: &lessons.Scenario{Name: "s", Run: run}, Status: Error,
			Problems: []lessons.Problem{{Kind: lessons.KindError, Message: "scenario.exs:9: (file)"}}}, ""},
		{"ExUnit test", &TestResult{Scenario: &lessons.Scenario{Name: "test t", File: TestFileName, Run: run}, Status: Fail,
			Problems: []lessons.Problem{{Kind: lessons.KindError, Message: "scenario.exs:3: (file)"}}}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := scenarioQuote(tc.t); got != tc.quoted {
				t.Errorf("quote %q, want %q", got, tc.quoted)
			}
			res := &Result{Exercise: &lessons.Exercise{Lesson: "l", Name: "e", Title: "E"}, Status: Fail, Tests: []*TestResult{tc.t}}
			var text, js bytes.Buffer
			if err := WriteText(&text, res, false); err != nil {
				t.Fatal(err)
			}
			if tc.quoted != "" && !strings.Contains(text.String(), indent(tc.quoted, "        ")) {
				t.Errorf("the text report lacks the quote:\n%s", text.String())
			}
			if err := WriteExercism(&js, res); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(js.String(), "the scenario's code (run after your file)") {
				t.Errorf("the Exercism report quotes the code:\n%s", js.String())
			}
		})
	}
}

// TestFailureText: an ExUnit failure is shown without mix test's header
// line (the check names the test already) and without the indentation
// of its block; the lines of a multi-line value keep theirs.
func TestFailureText(t *testing.T) {
	in := "  1) test adds (MathTest)\n     test.exs:4\n     Assertion with == failed\n     code:  assert add(1, 2) == %{\n              a: 1\n            }\n\n     left:  3\n     stacktrace:\n       test.exs:5: (test)\n"
	want := "test.exs:4\nAssertion with == failed\ncode:  assert add(1, 2) == %{\n         a: 1\n       }\n\nleft:  3\nstacktrace:\n  test.exs:5: (test)"
	if got := failureText(in); got != want {
		t.Errorf("failureText:\n%s\nwant:\n%s", got, want)
	}
	if got := failureText("the test did not finish"); got != "the test did not finish" {
		t.Errorf("a one-line failure became %q", got)
	}
}
