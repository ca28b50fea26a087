// Package backend is the serve.Backend that runs submissions on exlite's
// own evaluator, in this process: every request gets a runtime of its own,
// with the request's limits, and shares nothing mutable with the others.
package backend

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/exlite/exlite/beam"
	"github.com/exlite/exlite/interp"
	"github.com/exlite/exlite/lessons"
	"github.com/exlite/exlite/lessons/checker"
	"github.com/exlite/exlite/parser"
	"github.com/exlite/exlite/serve"
)

// Exlite runs and grades with exlite. Create it with New.
type Exlite struct {
	lessons []*lessons.Lesson
	pacer   *pacer
}

// New loads the lessons the service grades against (the built-in ones
// when list is nil).
func New(list []*lessons.Lesson) (*Exlite, error) {
	if list == nil {
		var err error
		if list, err = lessons.List(); err != nil {
			return nil, err
		}
	}
	tuneGC()
	return &Exlite{lessons: list, pacer: &pacer{rate: LongRate}}, nil
}

// tuneGC keeps beam's collector setting for programs in force for the
// life of the service (beam.HoldGCSetting). A service runs programs one
// after the other on each worker (26 for a PingPong grading); when the
// setting went back to the process's default of 100 between them, each
// return with a heap past its goal started a collection: 56 collections
// for 1,000 gradings, 3.1 ms of CPU per grading, against 7 and 2.3 ms
// with the setting held.
func tuneGC() { beam.HoldGCSetting() }

// entry picks the file to run: the only file, or main.exs, or the only .exs.
func entry(files map[string]string) (string, error) {
	if len(files) == 1 {
		for name := range files {
			return name, nil
		}
	}
	if _, ok := files["main.exs"]; ok {
		return "main.exs", nil
	}
	var scripts []string
	for name := range files {
		if strings.HasSuffix(name, ".exs") {
			scripts = append(scripts, name)
		}
	}
	if len(scripts) == 1 {
		return scripts[0], nil
	}
	return "", fmt.Errorf("%w: name the file to run main.exs (files: %s)", serve.ErrBadSubmission, strings.Join(sortedNames(files), ", "))
}

// source joins the submission's files into one program: library files
// (.ex) first, in name order, then the entry file. Each part keeps its own
// name in messages only when it is the entry; this is enough for course
// submissions, which are one file.
func source(files map[string]string, main string) string {
	var b strings.Builder
	for _, name := range sortedNames(files) {
		if name != main && strings.HasSuffix(name, ".ex") {
			b.WriteString(files[name])
			b.WriteString("\n")
		}
	}
	b.WriteString(files[main])
	return b.String()
}

func sortedNames(files map[string]string) []string {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// cappedBuffer keeps at most max bytes and remembers that more came.
type cappedBuffer struct {
	buf  bytes.Buffer
	max  int64
	over bool
}

func (c *cappedBuffer) Write(p []byte) (int, error) {
	room := c.max - int64(c.buf.Len())
	if int64(len(p)) > room {
		c.over = true
		if room > 0 {
			c.buf.Write(p[:room])
		}
		return len(p), nil
	}
	return c.buf.Write(p)
}

// MaxQueue bounds the messages waiting in one mailbox (a flood of atoms,
// which hold no memory of their own, would pass the memory limit): the
// same bound as `exlite check` (checker.DefaultMaxQueue).
const MaxQueue = checker.DefaultMaxQueue

// interpLimits are the evaluator's limits for a request's: the heap is
// shared by the submissions running at once, so memory is bounded by the
// evaluator's checks before allocating.
func interpLimits(lim serve.Limits) interp.Limits {
	return interp.Limits{Output: lim.OutputBytes, Processes: int(lim.Processes),
		Reductions: lim.Reductions, Memory: lim.MemoryBytes, Atoms: int(lim.Atoms), Queue: MaxQueue, SharedHeap: true}
}

// limitStatus is the status and limit name of a run a limit ended.
func limitStatus(l *interp.LimitError) (status, limit string) {
	switch l.Name {
	case "output":
		return serve.StatusOutputLimit, "output_bytes"
	case "process":
		return serve.StatusProcessLimit, "processes"
	case "reduction":
		return serve.StatusTimeout, "reductions"
	case "atom":
		return serve.StatusMemoryLimit, "atoms"
	case "queue":
		return serve.StatusMemoryLimit, "queue"
	default: // memory, and what takes memory: atoms, call depth
		return serve.StatusMemoryLimit, "memory_bytes"
	}
}

// Run implements serve.Backend.
func (e *Exlite) Run(ctx context.Context, req serve.RunRequest, lim serve.Limits) (serve.RunResult, error) {
	main, err := entry(req.Files)
	if err != nil {
		return serve.RunResult{}, err
	}
	start := time.Now()
	stdout := &cappedBuffer{max: lim.OutputBytes}
	stderr := &cappedBuffer{max: lim.OutputBytes}
	file, perr := parser.Parse(path.Base(main), []byte(source(req.Files, main)))
	if perr != nil {
		stderr.Write([]byte(perr.Error() + "\n"))
		return serve.RunResult{Status: serve.StatusSyntaxError, Stderr: stderr.buf.String(), ExitCode: 1,
			WallMS: time.Since(start).Milliseconds()}, nil
	}
	wall := time.Duration(lim.WallMS) * time.Millisecond
	if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wall {
		wall = time.Until(dl)
	}
	// Whole milliseconds (the message names the limit); a zero Timeout
	// would be none.
	wall = max(wall.Truncate(time.Millisecond), time.Millisecond)
	ctx, cancel := context.WithTimeout(ctx, wall)
	defer cancel()
	pace := e.pacer.start(ctx)
	defer pace.end()
	res := interp.Execute(file, interp.Options{
		Pace:    pace.pace,
		Stdout:  stdout,
		Stderr:  stderr,
		Stdin:   strings.NewReader(req.Stdin),
		Timeout: wall,
		Limits:  interpLimits(lim),
		Sandbox: true,
	})
	out := serve.RunResult{
		Stdout:        stdout.buf.String(),
		Stderr:        stderr.buf.String(),
		ExitCode:      res.Code,
		WallMS:        time.Since(start).Milliseconds(),
		Reductions:    res.Reductions,
		ProcessesPeak: int64(res.ProcessesPeak),
		MemoryPeak:    res.MemoryPeak,
	}
	limit := ""
	switch {
	case res.TimedOut:
		out.Status, limit = serve.StatusTimeout, "wall_ms"
	case res.Limit != nil:
		out.Status, limit = limitStatus(res.Limit)
	case res.OutputLimit || stdout.over || stderr.over:
		out.Status, limit = serve.StatusOutputLimit, "output_bytes"
	case res.Outcome != nil && res.Outcome.Panic != "":
		out.Status = serve.StatusInternalError
	case res.Code == 0:
		out.Status = serve.StatusOK
	default:
		out.Status = serve.StatusRuntimeError
	}
	if limit != "" {
		out.Limit = &limit
	}
	return out, nil
}

// Schedules is how many scheduling orders besides the BEAM's own a check
// explores, as `exlite check` does by default: the same report, warnings
// included.
const Schedules = 3

// checkReport is the answer of POST /v1/check: the results document of
// `exlite check --format json` and the limit that ended a run.
type checkReport struct {
	checker.ExercismReport
	Limit *string `json:"limit"`
}

// Check implements serve.Backend: it grades as `exlite check --format
// json` does (checker.Grade, the scenarios under Schedules more orders,
// then the exercise's ExUnit tests).
func (e *Exlite) Check(ctx context.Context, exercise string, files map[string]string, lim serve.Limits) (serve.CheckResult, error) {
	ex, err := lessons.Find(e.lessons, exercise)
	if err != nil {
		return serve.CheckResult{}, fmt.Errorf("%w: %v", serve.ErrUnknownExercise, err)
	}
	if len(files) != 1 {
		return serve.CheckResult{}, fmt.Errorf("%w: a check takes one file, the submission (got %d)", serve.ErrBadSubmission, len(files))
	}
	var name, src string
	for name, src = range files {
	}
	wall := time.Duration(lim.WallMS) * time.Millisecond
	// Whole milliseconds (the message names the limit); a zero Timeout
	// would be none.
	wall = max(wall.Truncate(time.Millisecond), time.Millisecond)
	ctx, cancel := context.WithTimeout(ctx, wall)
	defer cancel()
	pace := e.pacer.start(ctx)
	defer pace.end()
	runner := checker.Exlite{MaxOutput: lim.OutputBytes, MaxProcesses: int(lim.Processes), Limits: interpLimits(lim), Pace: pace.pace}
	result, err := checker.Grade(ctx, runner, ex, src, checker.Options{File: path.Base(name), Seeds: checker.Seeds(Schedules)})
	if err != nil {
		return serve.CheckResult{}, err
	}
	rep := checkReport{ExercismReport: checker.Exercism(result)}
	limit := ""
	if ctx.Err() != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		limit = "wall_ms"
		rep.Limit = &limit
	}
	return serve.CheckResult{Report: rep, Status: string(rep.Status), Limit: limit}, nil
}

// Exercises implements serve.Backend.
func (e *Exlite) Exercises() []serve.Exercise {
	var out []serve.Exercise
	for _, l := range e.lessons {
		for _, ex := range l.Exercises {
			out = append(out, serve.Exercise{
				Slug:      ex.ID(),
				Title:     ex.Title,
				Statement: ex.Statement,
				Starter:   map[string]string{ex.Name + ".ex": ex.Starter},
			})
		}
	}
	return out
}
