package checker

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/exlite/exlite/interp"
	"github.com/exlite/exlite/lessons"
	"github.com/exlite/exlite/parser"
)

// Defaults of Exlite's limits.
const (
	// DefaultMaxOutput is the most standard output a graded program may
	// print: 1 MiB.
	DefaultMaxOutput = 1 << 20
	// DefaultMaxProcesses is the most processes a graded program may have
	// alive at once.
	DefaultMaxProcesses = 10_000
	// DefaultMaxQueue bounds the messages waiting in one mailbox of a
	// graded program, as the service bounds them (serve/backend's
	// MaxQueue is this): a flood of messages that hold no memory of
	// their own (atoms, small integers) would otherwise pass the memory
	// limit.
	DefaultMaxQueue = 1_000_000
	// DefaultBudget is the reductions (function calls, and work in
	// proportion to their size for long built-ins) one graded program
	// may spend: a scenario's run under one seed, or the run of an
	// exercise's ExUnit tests. Reductions, unlike real time, do not
	// depend on the machine's load, so a submission that loops without
	// end is stopped at the same point, with the same report, on every
	// run. Measured on the reference solutions and the recorded right
	// submissions (lessons/testdata/right), under every seed the check
	// explores: a scenario's run takes at most 742 reductions
	// (chat_rooms), an ExUnit run at most 2,323 (chat_rooms); the budget
	// is over 400 times the larger, and a busy loop spends it in about a
	// tenth of a second.
	DefaultBudget = 1_000_000
	// SafetyTime is the real time a graded program may take when neither
	// the context's deadline nor Exlite.MaxTime bounds it: a safety net
	// only, far above what the reduction budget allows on a sane machine.
	SafetyTime = 60 * time.Second
)

// SlowMessage is the problem of a run stopped by the check's real-time
// safety net (its context's deadline) rather than by its reduction budget
// or its time limit: the machine, not the submission, is to blame.
const SlowMessage = "stopped by the check's real-time safety limit: the machine was too busy or too slow to finish this run (this says nothing about your code: run the check again)"

// BudgetMessage is the problem of a run stopped by its reduction budget.
func BudgetMessage(budget int64) string {
	return fmt.Sprintf("the program was stopped after %d reductions (function calls), the most one run may take: is a process looping without waiting in receive?", budget)
}

// Exlite runs programs with exlite's own evaluator, in this process, in
// deterministic mode: one process at a time in the order the program's
// seed gives, a virtual clock, and a run that goes on after the scenario's
// code until the quiet point. Each program is bounded by things that do
// not depend on the machine's load, so that its verdict and report do
// not either: its time limit on the virtual clock, its reduction budget
// (Budget), MaxOutput bytes of output and MaxProcesses live processes.
// Real time (what is left of the context's deadline, MaxTime, or
// SafetyTime) is only a safety net: a run it stops is reported with
// SlowMessage. The zero value uses the defaults.
type Exlite struct {
	// MaxOutput bounds a program's standard output in bytes (default
	// DefaultMaxOutput); a program printing more is stopped with an error.
	MaxOutput int64
	// MaxProcesses bounds the processes alive at once (default
	// DefaultMaxProcesses); a spawn beyond it ends the run.
	MaxProcesses int
	// Limits adds the other limits of interp.Limits (reductions, memory,
	// atoms, depth); its Output and Processes, when set, replace
	// MaxOutput and MaxProcesses. MaxTime, when set, bounds each
	// program's real time below its own time limit.
	Limits  interp.Limits
	MaxTime time.Duration
	// Budget is the reductions each program may spend (default
	// DefaultBudget); Limits.Reductions, when set and lower, wins.
	Budget int64
	// NoSandbox lets graded programs call every built-in (by default
	// they run in interp's sandbox).
	NoSandbox bool
	// Pace is interp.Options.Pace for every program (a service paces
	// long-running submissions with it).
	Pace func(reductions int64)
	// Modules shares the submission's compiled modules between the
	// programs of a check (Grade sets it).
	Modules *interp.ModuleCache
}

// syncBuffer is a bytes.Buffer safe for concurrent writers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// Run implements Runner.
func (e Exlite) Run(ctx context.Context, p Program) (lessons.Outcome, error) {
	if ctx.Err() != nil {
		// The whole check's real-time safety net is spent.
		return lessons.Outcome{TimedOut: true, Stopped: SlowMessage}, nil
	}
	file, err := parseProgram(p)
	if err != nil {
		var se *parser.SyntaxError
		if errors.As(err, &se) {
			return lessons.Outcome{ExitStatus: 1, Error: se.Render()}, nil
		}
		return lessons.Outcome{ExitStatus: 1, Error: err.Error() + "\n"}, nil
	}
	limit := p.TimeLimit
	if limit <= 0 {
		limit = lessons.DefaultTimeLimit
	}
	wall, ok := e.wall(ctx)
	if !ok {
		// The budget ran out while parsing: a zero Timeout would be none.
		return lessons.Outcome{TimedOut: true, Stopped: SlowMessage}, nil
	}
	lim := e.limits()
	var stdout, stderr syncBuffer
	res := interp.Execute(file, interp.Options{
		Stdout: &stdout, Stderr: &stderr,
		Deterministic: true, Seed: p.Seed,
		// The submission alone halts with its main code, as `elixir` does;
		// a scenario runs on to the quiet point.
		WaitQuiet:      p.Run != "",
		Timeout:        wall,
		MaxVirtualTime: limit,
		Limits:         lim,
		Sandbox:        !e.NoSandbox,
		// Warnings would be dropped from the error output (dropWarnings).
		NoWarnings: true,
		Pace:       e.Pace,
		Modules:    e.Modules,
		Compiled:   compiledFiles(p.File),
	})
	o := lessons.Outcome{Stdout: stdout.String(), ExitStatus: res.Code, Error: dropWarnings(stderr.String())}
	// Errors and crash reports in the scenario's code name its own lines.
	o.Error = scenarioLines(o.Error, p)
	o.Stdout = scenarioLines(o.Stdout, p)
	if msg := e.stopped(res, wall); msg != "" {
		o.Stopped = msg
		return o, nil
	}
	if res.TimedOut {
		o.TimedOut = true
		return o, nil
	}
	if res.Outcome != nil && res.Outcome.Quiet != nil && !res.OutputLimit {
		o.Quiet, o.Stuck = QuietFromBeam(res.Outcome.Quiet, res.MainUnread)
		if o.Quiet != nil {
			// The receives in the scenario's code, by its own lines.
			if o.Quiet.Main != nil {
				o.Quiet.Main.At = scenarioLines(o.Quiet.Main.At, p)
			}
			for i := range o.Quiet.Left {
				o.Quiet.Left[i].At = scenarioLines(o.Quiet.Left[i].At, p)
			}
		}
	}
	return o, nil
}

// compiledFiles is interp.Options.Compiled for a submission named file:
// a module file (.ex) is compiled as mix compiles a project's lib/, with
// its debug info, so that a FunctionClauseError of its functions lists
// the attempted clauses, as `mix test` and `exlite test -r FILE.ex`
// show them; a script (.exs) keeps its modules in memory only, as
// `elixir -r FILE.exs` does, and they list none.
func compiledFiles(file string) []string {
	if strings.HasSuffix(file, ".ex") {
		return []string{file}
	}
	return nil
}

// wall is the real time a program may take: what is left of the
// context's deadline, MaxTime, or SafetyTime when neither is set; false
// when nothing is left.
func (e Exlite) wall(ctx context.Context) (time.Duration, bool) {
	wall := SafetyTime
	if d, ok := ctx.Deadline(); ok {
		wall = time.Until(d)
	}
	if e.MaxTime > 0 {
		wall = min(wall, e.MaxTime)
	}
	return wall, wall > 0
}

// stopped is the problem of a run that the reduction budget or the
// real-time safety net ended ("" for any other end).
func (e Exlite) stopped(res *interp.Result, wall time.Duration) string {
	switch {
	case res.Limit != nil && res.Limit.Name == "reduction":
		return BudgetMessage(res.Limit.Max)
	case res.TimedOut && (res.Outcome == nil || !res.Outcome.TimeLimit):
		// The real time ran out, not the virtual clock.
		if e.MaxTime > 0 && wall == e.MaxTime {
			return fmt.Sprintf("the program was stopped after its real-time limit of %v", e.MaxTime)
		}
		return SlowMessage
	}
	return ""
}

// limits are the evaluator's limits of a graded program: e.Limits with
// the output, process, mailbox and reduction bounds filled in.
func (e Exlite) limits() interp.Limits {
	maxOut, maxProcs := e.MaxOutput, e.MaxProcesses
	if e.Limits.Output > 0 {
		maxOut = e.Limits.Output
	}
	if e.Limits.Processes > 0 {
		maxProcs = e.Limits.Processes
	}
	lim := e.Limits
	if maxOut <= 0 {
		maxOut = DefaultMaxOutput
	}
	if maxProcs <= 0 {
		maxProcs = DefaultMaxProcesses
	}
	lim.Output, lim.Processes = maxOut, maxProcs
	if lim.Queue <= 0 {
		lim.Queue = DefaultMaxQueue
	}
	budget := e.Budget
	if budget <= 0 {
		budget = DefaultBudget
	}
	if lim.Reductions <= 0 || lim.Reductions > budget {
		lim.Reductions = budget
	}
	return lim
}

// dropWarnings removes compiler warnings (unused variables...) from a
// program's error output, so that the error a learner must see is not
// buried under them. A warning runs from its "warning:" line to its
// "└─ file:line" line and the blank line after it.
func dropWarnings(stderr string) string {
	lines := strings.SplitAfter(stderr, "\n")
	var b strings.Builder
	for i := 0; i < len(lines); i++ {
		if !strings.HasPrefix(strings.TrimSpace(lines[i]), "warning:") {
			b.WriteString(lines[i])
			continue
		}
		for i < len(lines) && !strings.HasPrefix(strings.TrimSpace(lines[i]), "└─") {
			i++
		}
		if i+1 < len(lines) && strings.TrimSpace(lines[i+1]) == "" {
			i++
		}
	}
	return b.String()
}
