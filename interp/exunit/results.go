package exunit

import (
	"strings"
)

// Result is one test's outcome in a run with Config.Machine.
type Result struct {
	Name   string // "test name"
	Module string
	Passed bool
	// Failure is mix test's text for the failure ("  1) test ...").
	Failure string
	// Output is what the program printed while the test ran.
	Output string
}

const marker = "\x00EXUNIT\x00"

// Results splits the standard output of a run with Config.Machine into
// the tests' results, in the order they ran, and the output printed
// outside any test.
func Results(stdout string) (results []Result, other string) {
	var out strings.Builder
	var cur *Result
	for stdout != "" {
		i := strings.Index(stdout, marker)
		if i < 0 {
			i = len(stdout)
		}
		if cur != nil {
			cur.Output += stdout[:i]
		} else {
			out.WriteString(stdout[:i])
		}
		stdout = stdout[i:]
		if stdout == "" {
			break
		}
		stdout = stdout[len(marker):]
		end := strings.Index(stdout, "\x00\n")
		if end < 0 {
			break
		}
		fields := strings.Split(stdout[:end], "\x00")
		stdout = stdout[end+2:]
		switch {
		case fields[0] == "begin" && len(fields) >= 3:
			results = append(results, Result{Name: fields[1], Module: fields[2]})
			cur = &results[len(results)-1]
		case fields[0] == "end" && len(fields) >= 3 && cur != nil:
			cur.Passed = fields[1] == "pass"
			cur.Failure = fields[2]
			cur = nil
		}
	}
	if cur != nil {
		// The run stopped inside a test.
		cur.Failure = "the test did not finish"
	}
	return results, out.String()
}
