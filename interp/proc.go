package interp

import (
	"fmt"
	"io"
	"math/rand"

	"github.com/exlite/exlite/beam"
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// proc is the evaluation state of one Elixir process: its slot stack, its
// Elixir call stack and the pending tail call. It implements rt.Env.
type proc struct {
	in *Interp

	// stack holds the frames' variable slots; sp is the first free one.
	// When it fills up a larger one replaces it: frames already handed
	// out keep their old backing array, which is safe because a frame's
	// slots are only ever used by its own activation.
	stack []term.Term
	sp    int

	// calls is the Elixir call stack (innermost last).
	calls []callRec

	// The pending tail call, set by a call in tail position before it
	// returns tailMarker.
	tailFn   *function
	tailEnv  []term.Term
	tailArgs []term.Term // grown to the largest arity tail-called

	// The receive in progress, its frame, and the clause that matched
	// (Match).
	rcv      *receiveCode
	rfr      []term.Term
	rmatched *matchClause
	// entry is true for a spawned process whose first function was
	// invoked right from its body: a receive in tail position of that
	// function (len(calls) == 2) may park without a goroutine
	// (parkReceive).
	entry bool
	// memRecvd is how many messages the process took since they were
	// last counted as held (memory.go: received).
	memRecvd int32
	// stackBytes estimates the Go stack used by nested calls (at most
	// maxStackBytes and one call's more).
	stackBytes uint32
	// slabLeft is how many integers the slab (boxInt) has room for.
	// These small fields are together, so that proc, and with it a
	// spawned process's state (spawnedProc), stays small.
	slabLeft int32

	self term.Pid
	// bp is the beam process this evaluator state runs in (nil for the
	// short-lived states of hooks).
	bp *beam.Process
	// origin is the spawn that started a spawned process (nil for the
	// main process): Process.info's :initial_call reads its function.
	origin *spawnedProc
	// rng is the process's random source (rt.RandEnv).
	rng *rand.Rand
	// slab boxes integer results without one allocation each (boxInt).
	slab *[intSlabSize]term.Int
	// gl, when not nil, is the process's StringIO group leader
	// (ExUnit.CaptureIO): its standard output and input (capture.go).
	gl *ioCapture
	// mem is the process's memory accounting (memory.go); nil without a
	// memory limit.
	mem *memState
	// memDue is the reductions at which a receive measures the process
	// (memory.go: beforeReceive). It and memRecvd are kept here rather
	// than in mem, so that a receive touches no more memory than without
	// a limit.
	memDue int64
}

// maxArgs bounds the arity of functions (as the BEAM's 255).
const maxArgs = 256

// callRec is one entry of the Elixir call stack.
type callRec struct {
	fn *function // nil for the file's top level
	// sp is where its invoke's frame was (see enter).
	sp   uintptr
	line int32 // line currently executing in this frame
	// bits holds the Go stack this call's nesting took (cost) and the
	// flags frameHidden and frameModule: a call record is 24 bytes, and
	// a spawned process's first two come in its evaluator state's
	// allocation (spawnedProc).
	bits uint32
}

const (
	// frameHidden marks a frame left by a tail call into a built-in: it
	// does not appear in stack traces (the BEAM has no frame for it).
	frameHidden = 1 << 31
	// frameModule marks the frame of a module body being evaluated
	// (printed "(module)"); its fn is nil.
	frameModule = 1 << 30
)

// hidden reports whether the frame is hidden from stack traces.
func (c *callRec) hidden() bool { return c.bits&frameHidden != 0 }

// module reports whether the frame is a module body's.
func (c *callRec) module() bool { return c.bits&frameModule != 0 }

// cost is the Go stack the call's nesting took (below 1<<20, see enter).
func (c *callRec) cost() uint32 { return c.bits &^ (frameHidden | frameModule) }

// tailMark is the type of tailMarker.
type tailMark struct{}

func (*tailMark) Kind() term.Kind { return term.KindAtom }

// tailMarker is returned by a call in tail position: the call itself is
// pending in proc.tailFn and proc.tailArgs.
var tailMarker term.Term = &tailMark{}

func newProc(in *Interp) *proc {
	// Small to start with: a process waiting in receive should cost a few
	// KB (a million of them are a course benchmark), so the slot stack
	// starts at 16 slots (256 bytes), the call stack at 2 entries and
	// tailArgs empty; all three grow on demand.
	return &proc{in: in, stack: make([]term.Term, 16), calls: make([]callRec, 1, 2)}
}

// alloc returns n zeroed slots for a new frame.
func (p *proc) alloc(n int) []term.Term {
	if p.sp+n > len(p.stack) {
		p.growStack()
		p.stack = make([]term.Term, 2*len(p.stack)+n)
	}
	s := p.stack[p.sp : p.sp+n : p.sp+n]
	p.sp += n
	return s
}

// free releases the frame fr, the last allocated.
func (p *proc) free(fr []term.Term) {
	for i := range fr {
		fr[i] = nil
	}
	p.sp -= len(fr)
}

// mark is a saved evaluation position, restored when an error is caught.
type mark struct {
	sp    int
	stack []term.Term
	depth int
	args  int // of memState.args
}

func (p *proc) mark() mark {
	mk := mark{sp: p.sp, stack: p.stack, depth: len(p.calls)}
	if p.mem != nil {
		mk.args = len(p.mem.args)
	}
	return mk
}

func (p *proc) restore(m mark) {
	p.stack = m.stack
	p.sp = m.sp
	if mem := p.mem; mem != nil && len(mem.args) > m.args {
		clear(mem.args[m.args:])
		mem.args = mem.args[:m.args]
	}
	for _, c := range p.calls[m.depth:] {
		p.stackBytes -= c.cost()
	}
	p.calls = p.calls[:m.depth]
}

// setLine records the line being executed in the current frame.
func (p *proc) setLine(line int32) { p.calls[len(p.calls)-1].line = line }

// push enters a function.
func (p *proc) push(fn *function) {
	if len(p.calls) >= p.in.maxDepth {
		p.depthExceeded()
	}
	p.calls = append(p.calls, callRec{fn: fn})
}

func (p *proc) depthExceeded() {
	if p.in.opts.Limits.Depth > 0 {
		d := int64(p.in.maxDepth)
		p.stopByLimit(&LimitError{Name: "depth", Max: d, Value: d + 1})
	}
	rt.RaiseMessage("SystemLimitError", fmt.Sprintf("a system limit has been reached: %d nested calls (body recursion too deep)", len(p.calls)))
}

// backtraceDepth is the BEAM's default backtrace_depth: how many
// entries an exception's stacktrace keeps.
const backtraceDepth = 8

// capTrace cuts a stacktrace to the BEAM's backtraceDepth entries.
func capTrace(frames []rt.Frame) []rt.Frame {
	if len(frames) > backtraceDepth {
		return frames[:backtraceDepth:backtraceDepth]
	}
	return frames
}

// clauseTrace is the stack of a FunctionClauseError raised by the
// function of frames[0]: as the BEAM reports a body-recursive function
// failing to match, the returns into that same function are not listed
// (Elixir 1.14 and 1.18 on OTP 25: sum([h | t]) = h + sum(t) failing on
// [] lists sum/1 once, then its caller).
func clauseTrace(frames []rt.Frame) []rt.Frame {
	if len(frames) < 2 || frames[0].Module.IsZero() {
		return frames
	}
	i := 1
	for i < len(frames) && frames[i].Module == frames[0].Module && frames[i].Function == frames[0].Function {
		i++
	}
	if i == 1 {
		return frames
	}
	return append(frames[:1:1], frames[i:]...)
}

// stackTrace returns the Elixir stack, innermost first, as the BEAM
// records it (erts_save_stacktrace): a frame equal to the one before it
// (a body recursion's return into the same call site) is recorded once,
// and at most backtraceDepth frames are.
func (p *proc) stackTrace() []rt.Frame {
	frames := make([]rt.Frame, 0, min(len(p.calls), backtraceDepth))
	inModule := false
	for i := len(p.calls) - 1; i >= 0 && len(frames) < backtraceDepth; i-- {
		c := p.calls[i]
		if c.hidden() || c.fn != nil && c.fn.lib {
			continue
		}
		f := rt.Frame{File: p.in.file, Line: int(c.line)}
		if c.module() {
			// a module body runs apart from the file's code: Elixir
			// compiles a top-level defmodule on its own, without a
			// (file) frame under its (module) one
			inModule = true
			f.Function = "(module)"
			frames = append(frames, f)
			continue
		}
		if c.fn == nil && inModule {
			continue
		}
		if p.in.multiFile && c.fn != nil {
			p.in.mu.RLock()
			if m := p.in.modules[c.fn.mod]; m != nil && m.file != "" {
				f.File = m.file
			}
			p.in.mu.RUnlock()
		}
		if c.fn == nil {
			f.Function = "(file)"
		} else {
			f.Module = c.fn.mod
			f.Function = c.fn.display
			if c.fn.file != "" {
				f.File = c.fn.file
			}
		}
		if n := len(frames); n > 1 && frames[n-1] == f {
			// (the first frame is where the error is, not a return
			// address: never merged)
			continue
		}
		frames = append(frames, f)
	}
	return frames
}

// toError turns anything recovered from a panic into an Elixir error with
// the stack at the point of failure (which is still in p.calls, since
// frames are popped only on normal return).
func (p *proc) toError(r any) *rt.Error {
	switch e := r.(type) {
	case *rt.Error:
		if e.Stack == nil {
			st := p.stackTrace()
			if e.Raw == atomFunctionClause && len(e.Above) == 0 {
				st = clauseTrace(st)
			}
			e.Stack = capTrace(append(e.Above, st...))
			e.Above = nil
		}
		return e
	case *compileError, *beam.Exit, *rt.Halt:
		panic(r)
	}
	msg := fmt.Sprint(r)
	return &rt.Error{Kind: rt.KindError, Value: rt.NewException("RuntimeError", atomMessage, term.Binary("internal error in exlite: "+msg)), Stack: p.stackTrace()}
}

// Env implementation.

// Call implements rt.Env.
func (p *proc) Call(fun term.Term, args []term.Term) term.Term { return p.callValue(fun, args) }

// Apply implements rt.Env.
func (p *proc) Apply(module, name term.Atom, args []term.Term) term.Term {
	return p.applyMFA(module, name, args)
}

// Stdout implements rt.Env.
func (p *proc) Stdout() io.Writer {
	if p.gl != nil {
		return p.gl
	}
	return p.in.out
}

// Stderr implements rt.Env.
func (p *proc) Stderr() io.Writer { return errWriter{p.in} }

// Self implements rt.Env.
func (p *proc) Self() term.Pid { return p.self }

// reduce counts one reduction of the process (letting others run and
// making exit signals and halts take effect).
func (p *proc) reduce() {
	if p.bp != nil {
		p.bp.Reduce(1)
	}
}
