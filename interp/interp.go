// Package interp is exlite's evaluator: it compiles a parsed Elixir file
// (parser/ast) into a tree of Go closures and runs it.
//
// Compilation resolves every variable to a slot of its function's frame and
// every local call to its definition, so running does no name lookups.
// Calls in tail position go through a trampoline, so tail-recursive loops
// run in constant Go stack. Elixir exceptions travel as panic(*rt.Error)
// and are recovered at try, catch and process boundaries.
package interp

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/parser/ast"
)

// Options configures a run.
type Options struct {
	// Stdout and Stderr receive the program's output (os.Stdout and
	// os.Stderr when nil).
	Stdout, Stderr io.Writer
	// Args are the program's command-line arguments (System.argv/0).
	Args []string
	// MaxDepth limits body recursion (nested non-tail calls); 0 means the
	// default, DefaultMaxDepth.
	MaxDepth int
}

// DefaultMaxDepth is the default limit on nested (non-tail) calls.
const DefaultMaxDepth = 400_000

// Interp holds what the processes of one program share: its modules and
// its output.
type Interp struct {
	opts     Options
	file     string
	src      string
	out      *syncWriter
	errOut   *syncWriter
	maxDepth int

	mu      sync.RWMutex
	modules map[term.Atom]*module
	gen     atomic.Uint64 // bumped whenever a module is defined

	funCounter atomic.Uint32
}

// syncWriter is a buffered writer safe for several processes.
type syncWriter struct {
	mu sync.Mutex
	w  *bufio.Writer
}

func (s *syncWriter) Write(b []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(b)
}

// Flush writes out buffered output.
func (s *syncWriter) Flush() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.w.Flush()
}

// flushWriter makes every write to the error stream first flush stdout,
// so the two streams interleave as they were written.
type flushWriter struct {
	in *Interp
}

func (f flushWriter) Write(b []byte) (int, error) {
	f.in.out.Flush()
	n, err := f.in.errOut.Write(b)
	f.in.errOut.Flush()
	return n, err
}

// New prepares an interpreter for file.
func New(file *ast.File, opts Options) *Interp {
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.Stderr == nil {
		opts.Stderr = os.Stderr
	}
	in := &Interp{
		opts:     opts,
		file:     file.Name,
		src:      file.Source,
		out:      &syncWriter{w: bufio.NewWriterSize(opts.Stdout, 64<<10)},
		errOut:   &syncWriter{w: bufio.NewWriter(opts.Stderr)},
		maxDepth: opts.MaxDepth,
		modules:  map[term.Atom]*module{},
	}
	if in.maxDepth <= 0 {
		in.maxDepth = DefaultMaxDepth
	}
	return in
}

// Run compiles and runs a parsed file as `elixir FILE` would and returns
// the exit status.
func Run(file *ast.File, opts Options) int {
	in := New(file, opts)
	defer in.out.Flush()
	return in.RunMain(file)
}

// exitStatus is panicked by System.halt/1 and carries the status.
type exitStatus struct{ code int }

// Halt ends the program with status code (System.halt/1). Built-ins call
// it; it does not return.
func Halt(code int) { panic(&exitStatus{code}) }

// RunMain compiles the file's top level and runs it as the main process.
func (in *Interp) RunMain(file *ast.File) (code int) {
	installHooks()
	p := newProc(in)
	defer func() {
		if r := recover(); r != nil {
			code = in.topLevelFailure(p, r)
		}
	}()
	body := in.compileTop(file)
	body.run(p)
	return 0
}

// topLevelFailure reports an error that ended the main process and
// returns the exit status.
func (in *Interp) topLevelFailure(p *proc, r any) int {
	switch e := r.(type) {
	case *exitStatus:
		in.out.Flush()
		return e.code
	case *compileError:
		in.out.Flush()
		fmt.Fprint(flushWriter{in}, in.formatCompileError(e))
		return 1
	}
	err := p.toError(r)
	in.out.Flush()
	w := flushWriter{in}
	if err.Kind == rt.KindExit {
		switch reason := err.Value.(type) {
		case term.Atom:
			if reason.Name() == "normal" || reason.Name() == "shutdown" {
				return 0
			}
		case term.Tuple:
			if len(reason) == 2 {
				if a, ok := reason[0].(term.Atom); ok && a.Name() == "shutdown" {
					if n, ok := reason[1].(term.Int); ok {
						return int(n)
					}
				}
			}
		}
	}
	fmt.Fprint(w, formatUncaught(p, err))
	return 1
}
