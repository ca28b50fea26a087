package checker

import (
	"bytes"
	"context"
	"errors"
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
)

// Exlite runs programs with exlite's own evaluator, in this process, in
// deterministic mode: one process at a time in the order the program's
// seed gives, a virtual clock, and a run that goes on after the scenario's
// code until the quiet point. Each program is bounded: by its time limit
// on the virtual clock, by as much real time (or less: what is left of the
// context's deadline), by MaxOutput bytes of output and MaxProcesses live
// processes. The zero value uses the defaults.
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
		// The whole check's real-time budget is spent.
		return lessons.Outcome{TimedOut: true}, nil
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
	wall := limit
	if d, ok := ctx.Deadline(); ok {
		wall = min(wall, time.Until(d))
	}
	if e.MaxTime > 0 {
		wall = min(wall, e.MaxTime)
	}
	if wall <= 0 {
		// The budget ran out while parsing: a zero Timeout would be none.
		return lessons.Outcome{TimedOut: true}, nil
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
	})
	o := lessons.Outcome{Stdout: stdout.String(), ExitStatus: res.Code, Error: dropWarnings(stderr.String())}
	// Errors and crash reports in the scenario's code name its own lines.
	o.Error = scenarioLines(o.Error, p)
	o.Stdout = scenarioLines(o.Stdout, p)
	if res.TimedOut {
		o.TimedOut = true
		return o, nil
	}
	if res.Outcome != nil && res.Outcome.Quiet != nil && !res.OutputLimit {
		o.Quiet, o.Stuck = QuietFromBeam(res.Outcome.Quiet, res.MainUnread)
	}
	return o, nil
}

// limits are the evaluator's limits of a graded program: e.Limits with
// the output and process bounds filled in.
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
