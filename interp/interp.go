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
	_ "github.com/exlite/exlite/interp/stdlib" // the built-ins every program uses
	"io"
	"os"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/exlite/exlite/beam"
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/lint"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/parser/ast"
)

// Options configures a run.
type Options struct {
	// Stdout and Stderr receive the program's output (os.Stdout and
	// os.Stderr when nil).
	Stdout, Stderr io.Writer
	// Compiled names the files whose modules are compiled as elixirc or
	// mix compile them, keeping their debug info: a FunctionClauseError
	// of their functions lists the attempted clauses in ExUnit's report
	// (Exception.blame_mfa/3). Modules of scripts live in memory only.
	Compiled []string
	// Args are the program's command-line arguments (System.argv/0).
	Args []string
	// Stdin is the program's standard input (none when nil).
	Stdin io.Reader
	// Deterministic runs the program with one scheduler token and a
	// virtual clock (see beam.Options); Seed perturbs the order.
	Deterministic bool
	Seed          int64
	// Timeout stops the program after this much real time (0: no limit);
	// it then exits with status 124.
	Timeout time.Duration
	// MaxVirtualTime stops a deterministic run whose virtual clock
	// reaches it (see beam.Options).
	MaxVirtualTime time.Duration
	// WaitQuiet keeps running after the main process ends until no
	// process can run (the grader's mode, beam.Runtime.RunUntilQuiet).
	WaitQuiet bool
	// MaxDepth limits body recursion (nested non-tail calls); 0 means the
	// default, DefaultMaxDepth.
	MaxDepth int
	// Limits bound output and processes (limits.go); zero bounds nothing.
	Limits Limits
	// Sandbox refuses every built-in not on the allow-list (sandbox.go):
	// no file system, network, environment, OS commands, code loading or
	// halting. The grader and the service turn it on.
	Sandbox bool
	// NoWarnings skips the compile-time warnings (unused variables...):
	// they are neither looked for nor printed. Graders that do not show
	// them set it, and save the time the analysis takes.
	NoWarnings bool
	// Pace, when set, is called by each process of the program at the
	// end of each of its scheduling slices (every few thousand
	// reductions), on the process's goroutine, with the reductions the
	// program has spent so far. A service that runs many programs at once
	// may block there, to give the CPU to others; Timeout keeps counting.
	Pace func(reductions int64)
	// Modules, when set, shares compiled modules between the runs of
	// one submission (see ModuleCache).
	Modules *ModuleCache
}

// maxGoStack is the Go stack allowed to a goroutine (the runtime caps it
// at 2e9 bytes anyway).
const maxGoStack = 2_000_000_000

// DefaultMaxDepth is the default limit on nested (non-tail) calls.
const DefaultMaxDepth = 1_200_000

// Interp holds what the processes of one program share: its modules and
// its output.
type Interp struct {
	// id tells programs apart (programIDs).
	id uint64
	// flags holds the process flags exlite keeps but does not act on.
	flags    procFlags
	opts     Options
	file     string
	src      string
	brt      *beam.Runtime
	out      io.Writer
	maxDepth int
	// multiFile is set when several files run one after the other
	// (ExecuteFiles): file and src are then the current one's, and a
	// function's frames name its module's file.
	multiFile bool
	// caps are the program-wide output captures (capture.go).
	caps captures

	mu      sync.RWMutex
	modules map[term.Atom]*module
	gen     atomic.Uint64 // bumped whenever a module is defined

	funCounter atomic.Uint32
	// unique is the program's System.unique_integer counter.
	unique atomic.Int64
	// vars are the program's environment variables (System.put_env).
	vars rt.Vars
	// stdin is opts.Stdin buffered, made by the first read (host.go).
	stdin     *bufio.Reader
	stdinOnce sync.Once

	// compiling holds the modules being defined, by name (under mu):
	// what Module.defines?/2 asks about.
	compiling map[term.Atom]*module

	// pendingStructs are modules whose defstruct has run while their
	// definition is not finished (a nested defimpl may use the struct).
	pendingStructs map[term.Atom]bool

	libMu     sync.Mutex
	libLoaded map[string]bool
	// diags holds the compile-time warnings found in the file (lint.go).
	diags *lint.Report
	// tree is the file being run (for the analysis lint.go runs late
	// when Options.NoWarnings skipped it).
	tree     *ast.File
	haltCode atomic.Int32
	exitCode atomic.Int32
	// outputCap enforces Options.Limits.Output (nil without a limit).
	outputCap *cappedWriter
	// limit is the limit that ended the run, if one did (limits.go).
	limit atomic.Pointer[LimitError]
	// memBase is the Go heap's bytes at the start.
	memBase int64
	// memUsed is the memory the program's processes hold (memory.go);
	// atoms the atoms it created (limits.go).
	memUsed atomic.Int64
	// memPeak is the most memory the program held, as sampled when
	// processes add to memUsed (stats.go).
	memPeak atomic.Int64
	atoms   atomic.Int64
	// timers are the program's :timer processes (timer.go).
	timers sync.Map
	// kept are the atoms the program made from data (isolate.go).
	keptMu sync.Mutex
	kept   []term.Atom
	// maxStack bounds the Go stack of a process's nested calls
	// (maxStackBytes, or less under a memory limit: limits.go).
	maxStack uint32
}

// errWriter writes to standard error after flushing standard output, so
// the two streams interleave as they were written.
type errWriter struct {
	in *Interp
}

func (f errWriter) Write(b []byte) (int, error) {
	if w := f.in.stderrCapture(); w != nil {
		return w.Write(b)
	}
	f.in.flush()
	return f.in.opts.Stderr.Write(b)
}

func (in *Interp) flush() {
	if in.brt != nil {
		in.brt.Flush()
	}
}

// programIDs numbers the programs of the Go process (Interp.id).
var programIDs atomic.Uint64

// New prepares an interpreter for file.
func New(file *ast.File, opts Options) *Interp {
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.Stderr == nil {
		opts.Stderr = os.Stderr
	}
	initSmallInts()
	in := &Interp{
		id:       programIDs.Add(1),
		opts:     opts,
		file:     file.Name,
		src:      file.Source,
		maxDepth: opts.MaxDepth,
		modules:  map[term.Atom]*module{},
	}
	if opts.Limits.Depth > 0 {
		in.maxDepth = opts.Limits.Depth
	}
	if in.maxDepth <= 0 {
		in.maxDepth = DefaultMaxDepth
	}
	in.maxStack = uint32(stackBudget(opts.Limits.Memory))
	bopts := beam.Options{Stdout: in.limitOutput(opts.Stdout), Deterministic: opts.Deterministic, Seed: opts.Seed, MaxVirtualTime: opts.MaxVirtualTime}
	if opts.Limits.Reductions > 0 {
		bopts.MaxReductions, bopts.OnMaxReductions = opts.Limits.Reductions, in.onMaxReductions
	}
	bopts.OnSlice = opts.Pace
	// An ending process's memory leaves the program's account, and its
	// flags are forgotten.
	bopts.OnProcessExit = func(bp *beam.Process) {
		onProcessExit(bp)
		in.flags.drop(bp.Pid())
	}
	if opts.Limits.Memory > 0 {
		bopts.OnProcessSlice = onProcessSlice
		bopts.CountMailboxes = true
	}
	if opts.Limits.Queue > 0 {
		bopts.MaxQueue = opts.Limits.Queue
		bopts.OnQueueFull = in.queueFull
	}
	in.brt = beam.NewRuntime(bopts)
	in.out = in.brt.Stdout()
	return in
}

// Run compiles and runs a parsed file as `elixir FILE` would and returns
// the exit status.
func Run(file *ast.File, opts Options) int {
	return Execute(file, opts).Code
}

// Result is how a run ended, for graders and services.
type Result struct {
	// Code is the exit status `elixir FILE` would give.
	Code int
	// Outcome is the process runtime's report (nil when the file did not
	// compile).
	Outcome *beam.Outcome
	// MainUnread is the number of messages left in the main process's
	// mailbox when its code finished.
	MainUnread int
	// TimedOut is true when Options.Timeout or MaxVirtualTime stopped it.
	TimedOut bool
	// OutputLimit is true when Options.Limits.Output stopped it.
	OutputLimit bool
	// Limit is the limit of Options.Limits that ended the run (nil if
	// none did); the output written until then was kept.
	Limit *LimitError
	// Reductions is the reductions the program spent; ProcessesPeak the
	// most processes it had alive at once; MemoryPeak the most memory it
	// held as accounted for Limits.Memory (0 without a memory limit),
	// sampled each time a process adds to it (every 32 KB allocated), and
	// when the memory limit stopped the run, at least the amount that
	// went over it (a limit reached between two samples, or by the call
	// stack's part checked on each call, is still the peak).
	Reductions    int64
	ProcessesPeak int
	MemoryPeak    int64
}

// Execute compiles and runs a parsed file and reports how it ended.
func Execute(file *ast.File, opts Options) *Result {
	in := New(file, opts)
	res := &Result{}
	res.Code = in.run([]*ast.File{file}, res)
	return res
}

// ExecuteFiles runs files one after the other in the main process, as
// `elixir -r a.ex -r b.exs c.exs` loads them: each is compiled when the
// previous one has run, and its warnings, errors and stack frames name it.
// An error in one ends the program.
func ExecuteFiles(files []*ast.File, opts Options) *Result {
	if len(files) == 0 {
		files = []*ast.File{{Name: "nofile"}}
	}
	in := New(files[0], opts)
	in.multiFile = len(files) > 1
	res := &Result{}
	res.Code = in.run(files, res)
	return res
}

// RunMain compiles the file's top level and runs it as the main process.
func (in *Interp) RunMain(file *ast.File) int {
	return in.run([]*ast.File{file}, &Result{})
}

func (in *Interp) run(files []*ast.File, res *Result) int {
	file := files[0]
	in.tree = file
	if !in.opts.NoWarnings {
		in.diags = lint.Check(file)
		in.topDeprecations()
	}
	top, cerr := in.compileFirst(file)
	if cerr != nil {
		if in.diags != nil {
			// what Elixir printed before its expansion reached the error
			in.printDiagnostics(lint.Before(in.diags.Top, int(cerr.pos.Line)))
		}
		fmt.Fprint(in.opts.Stderr, in.formatCompileError(cerr))
		return 1
	}
	if in.diags != nil {
		in.printDiagnostics(in.diags.Top)
	}
	in.haltCode.Store(-1)
	// Deep body recursion (a million nested calls works in Elixir) needs
	// far more than Go's default 1 GB of goroutine stack; the depth limit
	// stops runaway recursion well before this.
	debug.SetMaxStack(maxGoStack)
	// The collector's setting while the program runs is beam's (gc.go).
	var timedOut atomic.Bool
	defer in.startLimits(func() {
		timedOut.Store(true)
		in.brt.Halt()
	})()
	body := func(bp *beam.Process) term.Term {
		p := newProc(in)
		p.bp = bp
		bp.Data = p
		p.self = bp.Pid()
		p.startMemory()
		r := p.runMain(top)
		for _, f := range files[1:] {
			if r != atomNormal || in.exitCode.Load() != 0 {
				break
			}
			r = p.runNext(f)
		}
		res.MainUnread = len(bp.Messages())
		return r
	}
	var out *beam.Outcome
	if in.opts.WaitQuiet {
		out = in.brt.RunUntilQuiet(body)
	} else {
		out = in.brt.RunMain(body)
	}
	res.Outcome = out
	res.Reductions, res.ProcessesPeak = in.brt.Reductions(), in.brt.PeakCount()
	res.MemoryPeak = in.memPeak.Load()
	res.TimedOut = timedOut.Load() || out.TimeLimit
	in.brt.Flush()
	if l := in.limit.Load(); l != nil {
		res.Limit = l
		res.MemoryPeak = peakWithLimit(res.MemoryPeak, l)
		res.OutputLimit = l.Name == "output"
		fmt.Fprintln(errWriter{in}, l.Error())
		return 1
	}
	if c := in.haltCode.Load(); c >= 0 {
		return int(c)
	}
	if timedOut.Load() {
		fmt.Fprintf(in.opts.Stderr, "** (exlite) the program was stopped after its time limit of %v\n", in.opts.Timeout)
		return 124
	}
	switch {
	case out.Halted:
		return 0
	case out.Panic != "":
		fmt.Fprintf(errWriter{in}, "** (exlite internal error) %s\n", out.Panic)
		return 1
	case out.Signal:
		if out.Reason == atomNormal {
			fmt.Fprintf(errWriter{in}, "** (EXIT from %s) normal\n\n", beam.FormatPid(term.Pid{ID: beam.MainPid}))
			return 1
		}
		fmt.Fprintf(errWriter{in}, "** (EXIT from %s) %s\n\n", beam.FormatPid(term.Pid{ID: beam.MainPid}), formatExitSignal(newProc(in), out.Reason))
		return 1
	case out.Reason == nil && out.TimeLimit:
		return 124
	case out.Reason == nil && !in.opts.WaitQuiet:
		fmt.Fprintf(errWriter{in}, "** (exlite) the program is deadlocked: the main process waits forever\n")
		return 1
	}
	return int(in.exitCode.Load())
}

// nextFile makes f the current file (for messages and warnings), prints
// its top-level warnings and compiles it, in the main process: a compile
// error panics into runMain, which reports it.
func (in *Interp) nextFile(f *ast.File) *topCode {
	in.flush()
	in.file, in.src, in.tree = f.Name, f.Source, f
	in.diags = nil
	if !in.opts.NoWarnings {
		in.diags = lint.Check(f)
		in.topDeprecations()
	}
	top := in.compileTop(f)
	if in.diags != nil {
		in.printDiagnostics(in.diags.Top)
	}
	return top
}

// runNext compiles and runs the next file in the main process.
func (p *proc) runNext(f *ast.File) (reason term.Term) {
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(*compileError)
			if !ok {
				panic(r)
			}
			reason = p.mainFailure(ce)
		}
	}()
	return p.runMain(p.in.nextFile(f))
}

// compileFile compiles the top level, returning a compile error instead
// of panicking.
func (in *Interp) compileFile(file *ast.File) (top *topCode, cerr *compileError) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*compileError); ok {
				cerr = e
				return
			}
			cerr = &compileError{msg: fmt.Sprintf("internal error in exlite while compiling: %v", r)}
		}
	}()
	return in.compileTop(file), nil
}

// runMain runs the top level in the main process and reports how it
// ended; the exit status goes to in.exitCode.
func (p *proc) runMain(top *topCode) (reason term.Term) {
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case *beam.Exit:
				panic(r)
			case *rt.Halt:
				p.halt(e)
			}
			reason = p.mainFailure(r)
		}
	}()
	top.run(p)
	p.fileEndWarnings()
	return atomNormal
}

// mainFailure reports an error that ended the main process.
func (p *proc) mainFailure(r any) term.Term {
	in := p.in
	if ce, ok := r.(*compileError); ok {
		in.flush()
		fmt.Fprint(errWriter{in}, in.formatCompileError(ce))
		in.exitCode.Store(1)
		return atomNormal
	}
	err := p.toError(r)
	if err.Kind == rt.KindExit {
		switch reason := err.Value.(type) {
		case term.Atom:
			if reason.Name() == "normal" || reason.Name() == "shutdown" {
				return reason
			}
		case term.Tuple:
			if len(reason) == 2 {
				if a, ok := reason[0].(term.Atom); ok && a.Name() == "shutdown" {
					// Kernel.CLI: {:shutdown, n} exits with status n, any
					// other {:shutdown, _} quietly with 0
					if n, ok := reason[1].(term.Int); ok {
						in.exitCode.Store(int32(n))
					}
					return reason
				}
			}
		}
	}
	fmt.Fprint(errWriter{in}, formatUncaught(p, err))
	in.exitCode.Store(1)
	return exitReasonOf(p, err)
}

// exitReasonOf is the exit reason of a process that ended with err.
func exitReasonOf(env rt.Env, err *rt.Error) term.Term {
	switch err.Kind {
	case rt.KindExit:
		return err.Value
	case rt.KindThrow:
		return term.Tuple{term.Tuple{term.MakeAtom("nocatch"), err.Value}, errorStacktrace(err)}
	}
	if err.Raw != nil {
		// As on the BEAM: {:badarith, stack}, not {%ArithmeticError{}, stack}.
		return term.Tuple{err.Raw, errorStacktrace(err)}
	}
	// A raised exception is its struct; a term given to :erlang.error/1
	// stays as it is ({:foo, stack}), as on the BEAM.
	return term.Tuple{err.Value, errorStacktrace(err)}
}

// formatExitSignal prints the reason of an exit signal that killed main.
func formatExitSignal(env rt.Env, reason term.Term) string {
	if t, ok := reason.(term.Tuple); ok && len(t) == 2 && isStacktrace(t[1]) {
		e := &rt.Error{Kind: rt.KindError, Value: t[0], Stack: stacktraceFrames(env, t[1])}
		if structName(t[0]).IsZero() {
			e.Value = rt.NormalizeError(env, t[0], t[1])
		}
		// As Exception.format_exit/1: the banner as it is (a message's
		// own lines are not indented), then each stack entry.
		full := formatUncaught(env, e)
		banner := formatUncaught(env, &rt.Error{Kind: e.Kind, Value: e.Value, Raw: e.Raw, Args: e.Args})
		var b strings.Builder
		b.WriteString("an exception was raised:\n    ")
		b.WriteString(strings.TrimSuffix(banner, "\n"))
		for _, line := range strings.Split(strings.TrimRight(strings.TrimPrefix(full, banner), "\n"), "\n") {
			if line != "" {
				b.WriteString("\n        " + strings.TrimLeft(line, " "))
			}
		}
		return b.String()
	}
	return formatExitReason(env, reason) // "killed", "{:job_failed, 3}"
}

// Process implements rt.ProcessEnv.
func (p *proc) Process() *beam.Process { return p.bp }

// halt ends the program (System.halt/1): it records the status, stops
// the runtime and ends the calling process.
func (p *proc) halt(h *rt.Halt) {
	if h.Message != "" {
		fmt.Fprintln(errWriter{p.in}, h.Message)
	}
	p.in.haltCode.CompareAndSwap(-1, int32(h.Code))
	p.in.brt.Flush()
	p.in.brt.Halt()
	panic(&beam.Exit{Reason: atomNormal})
}

// Body implements rt.ProcessEnv: the code of a spawned process.
//
// The Go frames between a process's body and beam's ReceiveMatch are what
// a waiting process's goroutine stack holds (a million of them are a
// course benchmark), so this path is kept short: the closure is the body
// itself, an interpreted function is invoked directly rather than through
// callValue and callFunction, and a crash is handled by Recover, which
// beam calls from its own deferred recovery, rather than by a deferred
// function here. The new process's evaluator state is made here, in one
// allocation with its first slots and calls (spawnedProc).
func (p *proc) Body(fun term.Term, args []term.Term) beam.Body {
	var sp *spawnedProc
	if p.in.opts.Limits.Memory > 0 {
		spm := &spawnedMemProc{}
		sp = &spm.spawnedProc
		sp.mem = &spm.mem // for startMemory
	} else {
		sp = &spawnedProc{}
	}
	sp.fun = fun
	if args != nil {
		sp.args = &args
	}
	sp.parent = p.self
	sp.in = p.in
	sp.gl = p.gl // the group leader is inherited (capture.go)
	sp.stack = sp.slots0[:]
	sp.calls = sp.calls0[:1]
	sp.calls[0].bits = frameHidden
	return func(bp *beam.Process) term.Term {
		p, fn, env, fr := sp.start(bp)
		if fn != nil {
			if p.invoke(fn, env, fr) == parkMarker {
				return beam.Parked // see parkReceive
			}
		} else {
			p.callValue(sp.fun, sp.argList())
		}
		return atomNormal
	}
}

// spawnedProc is the evaluator state of a spawned process, made with its
// first slot stack and call stack in one allocation: a process waiting in
// receive should cost little (see newProc).
type spawnedProc struct {
	proc
	fun term.Term
	// args are fun's arguments: nil for the spawn of a function value,
	// not nil (mfaArgs, mfaNoArgs) for spawn(M, f, args). (A pointer:
	// spawnedMemProc must stay within 512 bytes, TestSpawnedProcSize.)
	args   *[]term.Term
	parent term.Pid // the spawning process (Process.info's :parent)
	calls0 [2]callRec
	slots0 [3]term.Term
}

// mfaNoArgs stands for the arguments of a spawn(M, f, args) once they
// are in the process's frame.
var mfaNoArgs = []term.Term{}

// argList is the arguments of the spawn (nil for a function value's).
func (sp *spawnedProc) argList() []term.Term {
	if sp.args == nil {
		return nil
	}
	return *sp.args
}

// spawnedMemProc is a spawnedProc with its memory accounting (under a
// memory limit), in the same allocation.
type spawnedMemProc struct {
	spawnedProc
	mem memState
}

// start prepares the process to run in bp and returns, when its function
// is an interpreted function of the right arity, that function, its
// environment and its frame holding the arguments.
//
//go:noinline
func (sp *spawnedProc) start(bp *beam.Process) (p *proc, fn *function, env, fr []term.Term) {
	p = &sp.proc
	p.bp = bp
	p.origin = sp
	// Process.info(pid, :current_stacktrace) reads its stack, and beam
	// calls its Recover.
	bp.Data = p
	p.self = bp.Pid()
	p.startMemory()
	args := sp.argList()
	if f, ok := sp.fun.(*term.Fun); ok && f.Arity == len(args) {
		fn, env = closureOf(f)
		if fn == nil && isMFA(f) {
			// spawn(Mod, :fun, args): a public function of a module
			// defined already is invoked directly too.
			if _, g := p.in.lookupFunction(f.Module, f.Name, len(args)); g != nil && g.public {
				fn = g
			}
		}
		if fn != nil {
			p.entry = true
			fr = p.alloc(fn.nslots)
			copy(fr, args)
			if sp.args != nil {
				// the arguments are let go; an empty non-nil slice
				// still marks a spawn(M, f, args) (spawnedWith)
				sp.args = &mfaNoArgs
			}
		}
	}
	return p, fn, env, fr
}

// Recover implements beam.Recoverer for a spawned process: it reports a
// crash as Elixir's logger does and returns the exit reason.
func (p *proc) Recover(bp *beam.Process, r any) term.Term {
	if p.self.ID == beam.MainPid {
		// The main process recovers in runMain; what escapes it is
		// beam's to report.
		panic(r)
	}
	if h, ok := r.(*rt.Halt); ok {
		p.halt(h)
	}
	if isUncatchable(r) {
		panic(r)
	}
	err := p.toError(r)
	if err.Kind != rt.KindExit {
		report := err
		if err.Kind == rt.KindThrow {
			report = &rt.Error{Kind: rt.KindError, Value: rt.NewException("ErlangError", term.MakeAtom("original"),
				term.Tuple{term.MakeAtom("nocatch"), err.Value}, term.MakeAtom("reason"), term.NilAtom), Stack: err.Stack}
		}
		text := fmt.Sprintf("Process %s raised an exception\n%s", beam.FormatPid(p.self), strings.TrimRight(formatReported(p, report), "\n"))
		// A crash report is a log event: capture_log takes it.
		if !p.in.logCaptured(p, "error", text) {
			bp.LogError(text)
		}
	}
	return exitReasonOf(p, err)
}

// receive waits for a message accepted by match (timeout in ms, -1 for
// infinity).
func (p *proc) receive(match func(term.Term) bool, ms int64) (term.Term, bool) {
	if p.bp == nil {
		rt.RaiseMessage("RuntimeError", "receive is not available outside a process")
	}
	p.beforeReceive()
	msg, ok := p.bp.Receive(match, ms)
	if ok {
		p.received(msg)
	}
	return msg, ok
}

// isStacktrace reports whether t looks like a stacktrace: a list of
// {module, function, arity, location} tuples.
func isStacktrace(t term.Term) bool {
	items, ok := term.ListToSlice(t)
	if !ok {
		return false
	}
	for _, it := range items {
		tu, ok := it.(term.Tuple)
		if !ok || len(tu) != 4 {
			return false
		}
	}
	return true
}
