// Package checker grades a submission against an exercise's scenarios: it
// runs each scenario's program through a Runner (exlite's evaluator in
// deterministic mode, or real Elixir), judges the outcomes with the
// scenarios' expectations, and reports the verdict as text (with unified
// diffs) or as Exercism's test-runner JSON (version 3).
package checker

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/exlite/exlite/lessons"
)

// Program is one program the grader runs: the submission, then a
// scenario's code.
type Program struct {
	// File is the name the submission has in messages, e.g. "ping_pong.exs".
	File string
	// Submission is the learner's code; Run the scenario's code, run after
	// it in the main process ("" when only the submission is run).
	Submission, Run string
	// Seed is the scheduling seed of the deterministic mode (0 is the
	// BEAM's plain order).
	Seed int64
	// TimeLimit bounds the program's running time on its virtual clock;
	// a runner also stops a program that computes that long in real time.
	TimeLimit time.Duration
}

// Source is the whole program as one file, laid out as
// lessons.Scenario.Program does: the submission first, so that its line
// numbers are the learner's.
func (p Program) Source() string {
	s := &lessons.Scenario{Run: p.Run}
	return s.Program(p.Submission)
}

// Runner runs programs for the grader. exlite's evaluator provides one
// (deterministic mode: one process at a time, a virtual clock, and a run
// that goes on after the main process's code until the quiet point);
// RealElixir is another, for checking content on real Elixir.
type Runner interface {
	// Run runs the program and reports what happened. An error means the
	// runner itself failed, not the program.
	Run(ctx context.Context, p Program) (lessons.Outcome, error)
}

// Status is a verdict, in Exercism's words.
type Status string

// The verdicts.
const (
	Pass  Status = "pass"
	Fail  Status = "fail"
	Error Status = "error" // the submission does not run at all (syntax error...)
)

// Options tune a check.
type Options struct {
	// Seeds are the scheduling seeds every scenario is run with. The first
	// decides the verdict; a scenario whose output differs under another
	// seed gets a TestResult.Warning and keeps its verdict (a race the
	// learner should know about, not a failure). Default: {0}. Runs after
	// ctx is done, the first seed's aside, are skipped.
	Seeds []int64
	// File is the submission's name in messages; default "EXERCISE.exs".
	File string
}

// Result is the verdict on a submission.
type Result struct {
	Exercise *lessons.Exercise
	// Status is Pass when every scenario but bonus ones passes, Error when
	// the submission does not run on its own (then Message says why and
	// Tests is empty), Fail otherwise.
	Status  Status
	Message string
	Tests   []*TestResult
}

// TestResult is the verdict on one scenario.
type TestResult struct {
	Scenario *lessons.Scenario
	// Status is Pass, Fail, or Error when the program stopped with an
	// uncaught error.
	Status   Status
	Problems []lessons.Problem
	// Stdout is the program's output (from the failing run, if any).
	Stdout string
	// Seed is the scheduling seed of the run reported.
	Seed int64
	// Warning is set when the scenario's output was not the same under
	// every seed: real Elixir may print either.
	Warning *ScheduleWarning
}

// Counts returns how many scenarios passed, failed, and of the failed how
// many are bonus ones.
func (r *Result) Counts() (passed, failed, bonusFailed int) {
	for _, t := range r.Tests {
		switch {
		case t.Status == Pass:
			passed++
		case t.Scenario.Bonus:
			failed++
			bonusFailed++
		default:
			failed++
		}
	}
	return
}

// NotRunMessage is the problem of a scenario not run because the
// check's real-time safety net (its context) ran out before it: every
// run is bounded by reductions, so only a machine too slow or too busy
// gets there.
const NotRunMessage = "not run: the check's real-time safety limit ran out before this scenario: the machine was too busy or too slow (this says nothing about your code: run the check again)"

// Check grades a submission: first it runs the submission alone (it must
// load without error), then every scenario with every seed.
func Check(ctx context.Context, r Runner, ex *lessons.Exercise, submission string, opts Options) (*Result, error) {
	seeds := opts.Seeds
	if len(seeds) == 0 {
		seeds = []int64{0}
	}
	file := opts.File
	if file == "" {
		file = ex.Name + ".exs"
	}
	res := &Result{Exercise: ex}

	alone, err := r.Run(ctx, Program{File: file, Submission: submission, Seed: seeds[0], TimeLimit: lessons.DefaultTimeLimit})
	if err != nil {
		return nil, err
	}
	switch {
	case alone.Stopped == SlowMessage:
		res.Status, res.Message = Error, fmt.Sprintf("%s was not graded: %s", file, SlowMessage)
		return res, nil
	case alone.Stopped != "":
		res.Status, res.Message = Error, fmt.Sprintf("%s did not finish loading: %s; its top-level code must only define modules", file, alone.Stopped)
		return res, nil
	case alone.TimedOut:
		within := lessons.DefaultTimeLimit.String()
		if ctx.Err() != nil {
			within = "the check's time limit"
		}
		res.Status, res.Message = Error, fmt.Sprintf("%s did not finish loading within %s: its top-level code must only define modules", file, within)
		return res, nil
	case alone.ExitStatus != 0:
		msg := strings.TrimRight(alone.Error, "\n")
		if msg == "" {
			msg = fmt.Sprintf("%s stopped with status %d", file, alone.ExitStatus)
		}
		res.Status, res.Message = Error, msg
		return res, nil
	}

	res.Status = Pass
	for _, s := range ex.Scenarios {
		t := &TestResult{Scenario: s, Status: Pass}
		if ctx.Err() != nil {
			t.Status = Fail
			t.Problems = []lessons.Problem{{Kind: lessons.KindTimeout, Message: NotRunMessage}}
			if !s.Bonus {
				res.Status = Fail
			}
			res.Tests = append(res.Tests, t)
			continue
		}
		for i, seed := range seeds {
			o, err := r.Run(ctx, Program{File: file, Submission: submission, Run: s.Run, Seed: seed, TimeLimit: s.TimeLimit})
			if err != nil {
				return nil, err
			}
			if i > 0 && (o.TimedOut || o.Stopped != "") && ctx.Err() != nil {
				// The check's real-time budget ran out: the other
				// schedules stay unexplored.
				break
			}
			probs := s.Judge(o)
			if i > 0 {
				// Another legal schedule: a different output only warns,
				// whether or not it would pass (a race to know about).
				if t.Warning == nil && lessons.Mask(o.Stdout) != lessons.Mask(t.Stdout) {
					t.Warning = &ScheduleWarning{Scenario: s, BaseSeed: t.Seed, Seed: seed, Base: t.Stdout, Other: o.Stdout}
				}
				continue
			}
			if len(probs) > 0 {
				t.Stdout, t.Seed = o.Stdout, seed
				t.Problems, t.Status = probs, Fail
				if probs[0].Kind == lessons.KindError {
					t.Status = Error
				}
				break
			}
			t.Stdout, t.Seed = o.Stdout, seed
		}
		if t.Status != Pass && !s.Bonus {
			res.Status = Fail
		}
		res.Tests = append(res.Tests, t)
	}
	return res, nil
}
