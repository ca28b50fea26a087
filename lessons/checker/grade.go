package checker

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"sync"

	"github.com/exlite/exlite/interp"
	"github.com/exlite/exlite/interp/exunit"
	"github.com/exlite/exlite/lessons"
	"github.com/exlite/exlite/parser"
	"github.com/exlite/exlite/parser/ast"
)

// TestFileName is the name an exercise's ExUnit test file has in messages.
const TestFileName = "test.exs"

// Grade is `exlite check` on exlite's evaluator: Check with e, then, for an
// exercise that ships a test file, its ExUnit tests (AddExUnitTests). The
// command and the service both grade with it, so their verdicts are the
// same.
func Grade(ctx context.Context, e Exlite, ex *lessons.Exercise, submission string, opts Options) (*Result, error) {
	if e.Modules == nil {
		// The submission's modules are compiled once for all its runs.
		e.Modules = interp.NewModuleCache()
	}
	res, err := Check(ctx, e, ex, submission, opts)
	if err != nil {
		return nil, err
	}
	file := opts.File
	if file == "" {
		file = ex.Name + ".exs"
	}
	AddExUnitTests(ctx, e, ex, file, submission, res)
	return res, nil
}

// AddExUnitTests runs the exercise's ExUnit test file against the
// submission (as `exlite test -r SUBMISSION test.exs` would, deterministic,
// tests in file order) with e's limits and sandbox (one reduction budget
// for the whole run), and appends one result per test to res, after the
// scenarios. A test the budget (or the real-time safety net) kept from
// finishing fails with the reason. A submission that does not load keeps
// its error verdict.
func AddExUnitTests(ctx context.Context, e Exlite, ex *lessons.Exercise, file, submission string, res *Result) {
	if ex.Test == "" || res.Status == Error {
		return
	}
	sub, err := trees.parse(file, submission)
	if err != nil {
		return // the scenarios already report it
	}
	tf := testFiles.get(ex.Test)
	if tf.err != nil {
		res.Tests = append(res.Tests, &TestResult{
			Scenario: &lessons.Scenario{Name: TestFileName, File: TestFileName},
			Status:   Error,
			Problems: []lessons.Problem{{Kind: lessons.KindError, Message: tf.err.Error()}},
		})
		res.Status = Fail
		return
	}
	tests := tf.tests
	var prog []*ast.File
	if strings.Contains(ex.Test, "doctest") {
		// A doctest's tests come from the submission's docs.
		listed := &ast.File{Name: tf.file.Name, Source: tf.file.Source, Root: shift(tf.file.Root, 0)}
		_, tests, _ = exunit.Expand(listed, sub)
		prog, err = testProgram(sub, tf.file)
	} else {
		prog, err = tf.program(sub)
		if err == nil && e.Modules != nil {
			// The test module is the same for every submission: it is
			// compiled once per exercise (what the submission defines
			// permitting, see interp.ModuleCache.ShareFile).
			for _, f := range prog[1:] {
				e.Modules.ShareFile(f, tf.modules)
			}
		}
	}
	if err != nil {
		return
	}
	limit := lessons.DefaultTimeLimit
	var stdout, stderr bytes.Buffer
	wall, ok := e.wall(ctx)
	notRun := ctx.Err() != nil || !ok
	stopped := ""
	if !notRun {
		rr := interp.ExecuteFiles(prog, interp.Options{Stdout: &stdout, Stderr: &stderr, Deterministic: true,
			Timeout: wall, MaxVirtualTime: 10 * limit, Limits: e.limits(), Sandbox: !e.NoSandbox, Pace: e.Pace,
			Modules: e.Modules, NoWarnings: true, Compiled: compiledFiles(file)})
		stopped = e.stopped(rr, wall)
	}
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
		tr := &TestResult{Scenario: &lessons.Scenario{Name: t.Name, File: TestFileName, Line: t.Line, Run: code}}
		r, ok := byName[t.Module+"\x00"+t.Name]
		switch {
		case notRun:
			// The check's real-time safety net is spent.
			tr.Status = Fail
			tr.Problems = []lessons.Problem{{Kind: lessons.KindTimeout, Message: NotRunMessage}}
		case !ok && stopped != "":
			// The run ended before this test (or during it).
			tr.Status = Fail
			tr.Problems = []lessons.Problem{{Kind: lessons.KindTimeout, Message: stopped}}
		case !ok:
			tr.Status = Error
			msg := "the test did not run"
			if e := strings.TrimSpace(stderr.String()); e != "" {
				msg += ":\n" + e
			}
			tr.Problems = []lessons.Problem{{Kind: lessons.KindError, Message: msg}}
		case r.Passed:
			tr.Status = Pass
		default:
			tr.Status = Fail
			tr.Problems = []lessons.Problem{{Kind: lessons.KindError, Message: failureText(r.Failure)}}
		}
		if ok {
			tr.Stdout = r.Output
		}
		if tr.Status != Pass {
			res.Status = Fail
		}
		res.Tests = append(res.Tests, tr)
	}
}

// failureText is mix test's report of a failed test as the check shows
// it under the test's name: without the header that repeats the name
// ("  1) test name (Module)": the number counts mix test's failures), and
// without the indentation it sets the rest of the block in.
func failureText(failure string) string {
	lines := strings.Split(strings.TrimRight(failure, "\n"), "\n")
	if len(lines) > 1 && failureHeader.MatchString(lines[0]) {
		lines = lines[1:]
	}
	pad := -1
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if n := len(l) - len(strings.TrimLeft(l, " ")); pad < 0 || n < pad {
			pad = n
		}
	}
	for i, l := range lines {
		if len(l) >= pad && pad > 0 {
			lines[i] = l[pad:]
		} else {
			lines[i] = strings.TrimLeft(l, " ")
		}
	}
	return strings.Join(lines, "\n")
}

// failureHeader is the first line of mix test's report of a failure.
var failureHeader = regexp.MustCompile(`^\s*[0-9]+\) `)

// testFile is an exercise's test file, parsed, and its tests.
type testFile struct {
	file  *ast.File
	tests []exunit.Test
	err   error

	// The files of the ExUnit program after the submission, for a test
	// file without doctests (whose expansion does not depend on the
	// submission): built once, then only read.
	once    sync.Once
	tail    []*ast.File
	tailErr error
	// modules keeps the modules the tail defines, compiled once for
	// every submission's run (interp.ModuleCache.ShareFile).
	modules *interp.ModuleCache
}

// testProgram is the ExUnit program of a submission and a test file:
// exunit.Program, with the machine-readable report and tests in file
// order, except that ExUnit's prelude starts the test file rather than
// the submission's: the submission's file is its parsed tree as it is,
// the same the check's other runs start with, so that its compiled code
// is reused (interp.ModuleCache) and compiled as it was there.
func testProgram(sub, test *ast.File) ([]*ast.File, error) {
	// Program rewrites the test file's tree: it gets a copy.
	test = &ast.File{Name: test.Name, Source: test.Source, Root: shift(test.Root, 0)}
	files, err := exunit.Program([]*ast.File{sub}, []*ast.File{test}, exunit.Config{Machine: true, SeedSet: true})
	if err != nil {
		return nil, err
	}
	// The first file is block(prelude, the submission's root).
	c, ok := files[0].Root.(*ast.Call)
	if !ok || len(c.Args) == 0 || len(files) < 2 {
		return files, nil
	}
	if name, _ := c.CallName(); name != "__block__" {
		return files, nil
	}
	next := files[1]
	args := []ast.Node{c.Args[0]}
	if next.Root != nil {
		args = append(args, next.Root)
	}
	root := &ast.Call{Fun: ast.Atom(ast.Pos{}, "__block__"), Args: args}
	out := []*ast.File{sub, {Name: next.Name, Source: next.Source, Root: root}}
	return append(out, files[2:]...), nil
}

// program is testProgram(sub, tf.file) for a test file without doctests:
// the files after the submission's are built once per test file.
func (tf *testFile) program(sub *ast.File) ([]*ast.File, error) {
	tf.once.Do(func() {
		files, err := testProgram(&ast.File{Name: TestFileName}, tf.file)
		if err != nil {
			tf.tailErr = err
			return
		}
		tf.tail = files[1:]
	})
	if tf.tailErr != nil {
		return nil, tf.tailErr
	}
	return append([]*ast.File{sub}, tf.tail...), nil
}

// testFileCache keeps the parsed test files by text: the exercises' own,
// so few.
type testFileCache struct {
	mu sync.Mutex
	m  map[string]*testFile
}

var testFiles = &testFileCache{m: map[string]*testFile{}}

func (c *testFileCache) get(src string) *testFile {
	c.mu.Lock()
	defer c.mu.Unlock()
	if tf, ok := c.m[src]; ok {
		return tf
	}
	tf := &testFile{modules: interp.NewModuleCache()}
	tf.file, tf.err = parser.Parse(TestFileName, []byte(src))
	if tf.err == nil {
		// Expand rewrites the tree it is given: a copy.
		listed := &ast.File{Name: tf.file.Name, Source: tf.file.Source, Root: shift(tf.file.Root, 0)}
		_, tf.tests, _ = exunit.Expand(listed)
	}
	if len(c.m) >= maxCached {
		c.m = map[string]*testFile{}
	}
	c.m[src] = tf
	return tf
}
