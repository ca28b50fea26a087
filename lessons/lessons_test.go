package lessons

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestEmbeddedContent(t *testing.T) {
	ls, err := List()
	if err != nil {
		t.Fatal(err)
	}
	var processes *Lesson
	for _, l := range ls {
		if l.Name == "processes" {
			processes = l
		}
	}
	if processes == nil {
		t.Fatal("no processes lesson")
	}
	if processes.Title != "Processes" {
		t.Errorf("title %q", processes.Title)
	}
	want := []string{"ping_pong", "counter", "scoreboard", "watcher", "restarter", "countdown"}
	var got []string
	for _, e := range processes.Exercises {
		got = append(got, e.Name)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("exercises %v, want %v", got, want)
	}
	for _, l := range ls {
		for _, e := range l.Exercises {
			t.Run(e.ID(), func(t *testing.T) {
				if e.Title == "" || e.Statement == "" || e.Starter == "" || e.Solution == "" {
					t.Errorf("incomplete: title %q, statement %d bytes, starter %d, solution %d",
						e.Title, len(e.Statement), len(e.Starter), len(e.Solution))
				}
				if e.Starter == e.Solution {
					t.Error("the starter is the solution")
				}
				if len(e.Scenarios) == 0 {
					t.Fatal("no scenarios")
				}
				base := 0
				for _, s := range e.Scenarios {
					if !s.Bonus {
						base++
					}
					if s.Task == 0 {
						t.Errorf("scenario %q has no task", s.Name)
					}
					if !strings.Contains(s.Program(e.Solution), s.Run) {
						t.Errorf("scenario %q: program lacks the run code", s.Name)
					}
				}
				if base == 0 {
					t.Error("only bonus scenarios")
				}
			})
		}
	}
}

func TestFind(t *testing.T) {
	ls, err := List()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"processes/ping_pong", "ping_pong"} {
		e, err := Find(ls, id)
		if err != nil || e.Name != "ping_pong" {
			t.Errorf("Find(%q) = %v, %v", id, e, err)
		}
	}
	if _, err := Find(ls, "processes/nope"); err == nil {
		t.Error("Find of a missing exercise succeeded")
	}
}

func TestOpenDir(t *testing.T) {
	ls, err := Open("testdata/course")
	if err != nil {
		t.Fatal(err)
	}
	if len(ls) != 1 || ls[0].Name != "basics" || len(ls[0].Exercises) != 1 {
		t.Fatalf("loaded %+v", ls)
	}
	e := ls[0].Exercises[0]
	if e.Title != "Hello" || !strings.Contains(e.Test, "ExUnit") || len(e.Scenarios) != 1 {
		t.Errorf("exercise %+v", e)
	}
	if _, err := Open("testdata/nowhere"); err == nil {
		t.Error("Open of a missing folder succeeded")
	}
}

func TestLoadReportsProblems(t *testing.T) {
	fsys := fstest.MapFS{
		"l/lesson.txt":         {Data: []byte("title: L\nexercises: a b\ncolour: red\n")},
		"l/a/README.md":        {Data: []byte("no heading\n")},
		"l/a/starter.exs":      {Data: []byte("x\n")},
		"l/a/solution.exs":     {Data: []byte("y\n")},
		"l/a/scenarios.txt":    {Data: []byte("scenario: s\nrun:\n    1\n")},
		"l/b/README.md":        {Data: []byte("# B\n")},
		"l/stray/solution.exs": {Data: []byte("z\n")},
	}
	_, err := Load(fsys)
	if err == nil {
		t.Fatal("Load accepted broken content")
	}
	for _, want := range []string{
		`l/lesson.txt:3: unknown key "colour"`,
		`l/a/README.md: no "# Title" line`,
		`l/a/scenarios.txt:1: scenario "s" checks nothing`,
		`l/b: missing starter.exs`,
		`l/b: missing solution.exs`,
		`l/b: missing scenarios.txt`,
		`folder stray is not listed`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}

func TestParseScenarios(t *testing.T) {
	src := `# comment
scenario: first
task: 2
bonus: yes
time limit: 1500ms
run:
    x = 1

    IO.puts(x)
        # deeper indent kept
stdout:
    1
stdout:
    one
quiet: all ended
quiet: mailboxes empty
exit status: 3
hint: think: twice

scenario: second
run:
	IO.puts("tab")
stdout has lines:
    a
      b
stdout extra lines: 2

scenario: third
run:
    :ok
stdout:
`
	got, err := ParseScenarios("x.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("%d scenarios", len(got))
	}
	a, b, c := got[0], got[1], got[2]
	if a.Name != "first" || a.Line != 2 || a.Task != 2 || !a.Bonus || a.TimeLimit != 1500*time.Millisecond ||
		a.Run != "x = 1\n\nIO.puts(x)\n    # deeper indent kept\n" || len(a.Stdout) != 2 || a.Stdout[0] != "1\n" ||
		a.Stdout[1] != "one\n" || len(a.Quiet) != 2 || a.ExitStatus != 3 || a.Hint != "think: twice" {
		t.Errorf("first: %+v", a)
	}
	if b.Run != "IO.puts(\"tab\")\n" || strings.Join(b.HasLines, "|") != "a|  b" || b.ExtraLines != 2 ||
		b.TimeLimit != DefaultTimeLimit || b.Bonus || b.Task != 0 {
		t.Errorf("second: %+v", b)
	}
	if len(c.Stdout) != 1 || c.Stdout[0] != "" || c.ExtraLines != AnyExtraLines {
		t.Errorf("third: %+v", c)
	}
}

func TestParseScenarioErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"", "x.txt:1: no scenario"},
		{"run:\n    1\n", `x.txt:1: "run" before the first "scenario:" line`},
		{"scenario: a\nstdout:\n    1\n", `x.txt:1: scenario "a" has no run: block`},
		{"scenario: a\nrun:\n    1\nquiet: all gone\n", `x.txt:4: quiet: expected "all ended" or "mailboxes empty", got "all gone"`},
		{"scenario: a\nrun: 1\nquiet: all ended\n", "x.txt:2: run: takes an indented block"},
		{"scenario: a\nrun:\n    1\nstdout:\n    1\nstdout has lines:\n    1\n", "not both"},
		{"scenario: a\nrun:\n    1\nquiet: all ended\nstdout extra lines: 1\n", "goes with stdout has lines"},
		{"scenario: a\nrun:\n    1\nquiet: all ended\ntime limit: 5 minutes\n", "x.txt:5: time limit: expected a duration"},
		{"scenario: a\nrun:\n    1\nquiet: all ended\ntask: 0\n", "x.txt:5: task: expected a number from 1"},
		{"scenario: a\nrun:\n    1\nquiet: all ended\nhint: a\nhint: b\n", "x.txt:6: hint given twice"},
		{"scenario: a\nrun:\n    1\nquiet: all ended\nexpect: 1\n", `x.txt:5: unknown key "expect"`},
		{"scenario: a\nrun:\n    1\nquiet: all ended\nscenario: a\nrun:\n    2\nquiet: all ended\n", `x.txt:5: scenario "a" already defined at line 1`},
		{"scenario: a\nrun:\n    1\nquiet: all ended\n  stray\n", "x.txt:5: expected \"key: value\""},
		{"scenario: a\nrun:\n    1\nquiet: all ended\nbonus: maybe\n", "bonus: expected yes or no"},
	} {
		_, err := ParseScenarios("x.txt", tc.src)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseScenarios(%q) error %v, want %q", tc.src, err, tc.want)
		}
	}
}

func TestJudge(t *testing.T) {
	exact := &Scenario{Stdout: []string{"a\nb\n", "b\na\n"}, ExtraLines: AnyExtraLines, TimeLimit: time.Second}
	lines := &Scenario{HasLines: []string{"a", "c"}, ExtraLines: 1, TimeLimit: time.Second}
	quiet := &Scenario{Quiet: []Quiet{AllEnded, MailboxesEmpty}, ExtraLines: AnyExtraLines}
	pidOut := &Scenario{Stdout: []string{"#PID<0.1.0>\n"}, ExtraLines: AnyExtraLines}
	left := &QuietReport{MainUnread: 2, Left: []ProcessState{{Pid: "#PID<0.9.0>", Name: "pong", Unread: 1, Where: "PingPong.pong_loop/1"}}}
	for _, tc := range []struct {
		name string
		s    *Scenario
		o    Outcome
		want []ProblemKind
		msg  string
	}{
		{"exact first", exact, Outcome{Stdout: "a\nb\n"}, nil, ""},
		{"exact alternative", exact, Outcome{Stdout: "b\na\n"}, nil, ""},
		{"exact wrong", exact, Outcome{Stdout: "a\n"}, []ProblemKind{KindStdout}, "none of the 2"},
		{"masked pids", pidOut, Outcome{Stdout: "#PID<0.123.0>\n"}, nil, ""},
		{"lines in order", lines, Outcome{Stdout: "a\nb\nc\n"}, nil, ""},
		{"lines missing", lines, Outcome{Stdout: "c\na\n"}, []ProblemKind{KindStdout}, `expected line 2 of 2, "c", is missing`},
		{"too many lines", lines, Outcome{Stdout: "x\na\ny\nc\n"}, []ProblemKind{KindStdout}, "2 lines besides"},
		{"lines on empty output", lines, Outcome{}, []ProblemKind{KindStdout}, "the output is empty; the scenario expects these lines, in this order:"},
		{"exact on empty output", exact, Outcome{}, []ProblemKind{KindStdout}, "the output is empty; the scenario expects one of 2 outputs, such as:"},
		{"error before any output", lines, Outcome{ExitStatus: 1, Error: "** (RuntimeError) boom"}, []ProblemKind{KindError, KindStdout},
			"nothing was printed before the program stopped; the scenario expects these lines, in this order:"},
		{"error after some output", lines, Outcome{Stdout: "a\n", ExitStatus: 1, Error: "** (RuntimeError) boom"}, []ProblemKind{KindError, KindStdout},
			`expected line 2 of 2, "c", is missing`},
		{"timeout", lines, Outcome{Stdout: "a\nc\n", TimedOut: true}, []ProblemKind{KindTimeout}, "still running after 1s"},
		{"error", exact, Outcome{Stdout: "a\nb\n", ExitStatus: 1, Error: "** (RuntimeError) boom"}, []ProblemKind{KindError}, "boom"},
		{"status", exact, Outcome{Stdout: "a\nb\n", ExitStatus: 3}, []ProblemKind{KindStatus}, "status 3"},
		{"stuck", exact, Outcome{Stuck: true, Quiet: left}, []ProblemKind{KindStuck}, "waits for a message that no process will ever send\nthe other processes waiting:\n  #PID<0.9.0>"},
		{"stuck, placed", exact, Outcome{Stuck: true, Quiet: &QuietReport{Main: &ProcessState{WaitsFor: ":go", At: "scenario.exs:2"},
			Left: []ProcessState{{Pid: "#PID<0.9.0>", Where: "P.loop/0", WaitsFor: "{:ping, from}", At: "p.ex:7"}}}},
			[]ProblemKind{KindStuck}, "the scenario's code waits in receive for :go (scenario.exs:2), a message that no process will ever send\nthe other processes waiting:\n  #PID<0.9.0> in P.loop/0 is still waiting in receive for {:ping, from} (p.ex:7)"},
		{"quiet ok", quiet, Outcome{Quiet: &QuietReport{}}, nil, ""},
		{"never quiet", quiet, Outcome{}, []ProblemKind{KindNoQuiet}, "never came to rest"},
		{"left waiting", quiet, Outcome{Quiet: left}, []ProblemKind{KindQuiet, KindQuiet, KindQuiet},
			"1 process is still alive when everything else was done: #PID<0.9.0> (registered as :pong) in PingPong.pong_loop/1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			probs := tc.s.Judge(tc.o)
			var kinds []ProblemKind
			var msgs []string
			for _, p := range probs {
				kinds = append(kinds, p.Kind)
				msgs = append(msgs, p.Message)
			}
			if len(kinds) != len(tc.want) {
				t.Fatalf("problems %v (%q), want %v", kinds, msgs, tc.want)
			}
			for i := range kinds {
				if kinds[i] != tc.want[i] {
					t.Fatalf("problems %v, want %v", kinds, tc.want)
				}
			}
			if tc.msg != "" && !strings.Contains(strings.Join(msgs, "\n"), tc.msg) {
				t.Errorf("messages %q lack %q", msgs, tc.msg)
			}
		})
	}
}
