package main

import (
	"bytes"
	"context"
	"strings"
	"time"

	"github.com/exlite/exlite/interp"
	"github.com/exlite/exlite/interp/exunit"
	"github.com/exlite/exlite/lessons"
	"github.com/exlite/exlite/lessons/checker"
	"github.com/exlite/exlite/parser"
	"github.com/exlite/exlite/parser/ast"
)

// testFileName is the name an exercise's test file has in messages.
const testFileName = "test.exs"

// addExUnitTests runs the exercise's ExUnit test file against the
// submission (as `exlite test -r SUBMISSION test.exs` would, deterministic,
// tests in file order) and appends one result per test to res, after the
// scenarios. A submission that does not load keeps its error verdict.
func addExUnitTests(ctx context.Context, ex *lessons.Exercise, file, submission string, res *checker.Result) {
	if ex.Test == "" || res.Status == checker.Error {
		return
	}
	sub, err := parser.Parse(file, []byte(submission))
	if err != nil {
		return // the scenarios already report it
	}
	test, err := parser.Parse(testFileName, []byte(ex.Test))
	if err != nil {
		res.Tests = append(res.Tests, &checker.TestResult{
			Scenario: &lessons.Scenario{Name: testFileName, File: testFileName},
			Status:   checker.Error,
			Problems: []lessons.Problem{{Kind: lessons.KindError, Message: err.Error()}},
		})
		res.Status = checker.Fail
		return
	}
	// The test file's own tree, for each test's code (Program rewrites it).
	listed, _ := parser.Parse(testFileName, []byte(ex.Test))
	_, tests, _ := exunit.Expand(listed)
	prog, err := exunit.Program([]*ast.File{sub}, []*ast.File{test}, exunit.Config{Machine: true, SeedSet: true})
	if err != nil {
		return
	}
	limit := lessons.DefaultTimeLimit
	wall := limit
	if d, ok := ctx.Deadline(); ok {
		wall = min(wall, time.Until(d))
	}
	var stdout, stderr bytes.Buffer
	interp.Execute(prog, interp.Options{Stdout: &stdout, Stderr: &stderr, Deterministic: true,
		Timeout: wall, MaxVirtualTime: 10 * limit,
		Limits: interp.Limits{Output: checker.DefaultMaxOutput, Processes: checker.DefaultMaxProcesses}})
	results, _ := exunit.Results(stdout.String())
	byName := map[string]exunit.Result{}
	for _, r := range results {
		byName[r.Module+"\x00"+r.Name] = r
	}
	lines := strings.Split(ex.Test, "\n")
	for _, t := range tests {
		code := ""
		if t.Line >= 1 && t.EndLine <= len(lines) {
			code = strings.Join(lines[t.Line-1:t.EndLine], "\n")
		}
		tr := &checker.TestResult{Scenario: &lessons.Scenario{Name: t.Name, File: testFileName, Line: t.Line, Run: code}}
		r, ok := byName[t.Module+"\x00"+t.Name]
		switch {
		case !ok:
			tr.Status = checker.Error
			msg := "the test did not run"
			if e := strings.TrimSpace(stderr.String()); e != "" {
				msg += ":\n" + e
			}
			tr.Problems = []lessons.Problem{{Kind: lessons.KindError, Message: msg}}
		case r.Passed:
			tr.Status = checker.Pass
		default:
			tr.Status = checker.Fail
			tr.Problems = []lessons.Problem{{Kind: lessons.KindError, Message: strings.TrimRight(r.Failure, "\n")}}
		}
		if ok {
			tr.Stdout = r.Output
		}
		if tr.Status != checker.Pass {
			res.Status = checker.Fail
		}
		res.Tests = append(res.Tests, tr)
	}
}
