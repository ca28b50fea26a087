package interp

import (
	"fmt"
	"io"
	"math"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"time"

	"github.com/exlite/exlite/beam"
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Limits bound what a run may use besides time (Options.Timeout and
// MaxVirtualTime), so that no program can exhaust the machine or flood its
// caller (the grader, a course backend). A zero field bounds nothing.
//
// When a limit ends a run, every process of the program is killed, the
// output written so far is kept, Result.Limit says which limit and the
// value reached, standard error gets one line such as
//
//	** (exlite) reduction limit of 10000000 reached
//
// and the exit status is 1. (Options.Timeout keeps its status 124.)
type Limits struct {
	// Output stops the run once it has written more than this many bytes
	// to stdout; what fits is kept.
	Output int64
	// Processes bounds the processes alive at once: a spawn beyond it
	// ends the run.
	Processes int
	// Reductions bounds the reductions (function calls, and work in
	// proportion to their size for long built-ins) of all the program's
	// processes together. It is checked at the end of each scheduling
	// slice (every 4,000 reductions), so a run may pass it by one slice.
	Reductions int64
	// Memory bounds, in bytes, the memory the program holds: the terms
	// its processes hold and its messages waiting, accounted per program
	// (memory.go); an allocation whose size is known beforehand
	// (String.duplicate, List.duplicate, a big power, a large bitstring,
	// a huge range made a list, ++) is refused before it happens when it
	// would pass the limit. Unless SharedHeap is set, the Go heap is also
	// sampled as a backstop (see memoryInUse: it is the whole Go
	// process's heap, exact only when one program runs per process).
	Memory int64
	// Atoms bounds the atoms a run adds to the atom table (which is never
	// collected, as on the BEAM); an atom another program made first
	// costs nothing.
	Atoms int
	// Queue bounds the messages waiting in one process's mailbox: a send
	// beyond it ends the run.
	Queue int
	// Depth bounds nested (non-tail) calls of one process; 0 keeps
	// Options.MaxDepth (or DefaultMaxDepth). Reaching it ends the run.
	Depth int
	// SharedHeap says other programs run in the same Go process at once
	// (a service): the memory limit is then enforced by the program's own
	// accounting only, since the sampled heap is everyone's.
	SharedHeap bool
}

// LimitError says which limit ended a run and the value reached.
type LimitError struct {
	// Name is "output", "process", "reduction", "memory", "atom",
	// "depth" or "queue" (a mailbox's length).
	Name string
	// Max is the limit; Value the amount reached (at least Max).
	Max, Value int64
}

// peakWithLimit is a run's memory peak, peak as sampled, when limit l
// stopped it: at least the amount a memory limit was reached with.
func peakWithLimit(peak int64, l *LimitError) int64 {
	if l != nil && l.Name == "memory" && l.Value > peak {
		return l.Value
	}
	return peak
}

// Error is the one line printed to standard error.
func (e *LimitError) Error() string {
	unit := ""
	switch e.Name {
	case "memory", "output":
		unit = " bytes"
	case "queue":
		return fmt.Sprintf("** (exlite) message queue limit of %d messages reached", e.Max)
	}
	return fmt.Sprintf("** (exlite) %s limit of %d%s reached", e.Name, e.Max, unit)
}

// limitReached ends the run for l: the first limit reached wins. It halts
// the runtime, which kills every process.
func (in *Interp) limitReached(l *LimitError) {
	if in.limit.CompareAndSwap(nil, l) {
		in.brt.Halt()
	}
}

// stopByLimit ends the run from inside a process: the process unwinds
// as a killed one (no error report).
func (p *proc) stopByLimit(l *LimitError) {
	p.in.limitReached(l)
	panic(&beam.Exit{Reason: beam.Killed})
}

// limitOutput wraps w so that writing past the output limit halts the run.
func (in *Interp) limitOutput(w io.Writer) io.Writer {
	if in.opts.Limits.Output <= 0 {
		return w
	}
	in.outputCap = &cappedWriter{w: w, left: in.opts.Limits.Output, full: func() {
		// Halting takes the output's lock, which the caller holds.
		go in.limitReached(&LimitError{Name: "output", Max: in.opts.Limits.Output, Value: in.opts.Limits.Output + 1})
	}}
	return in.outputCap
}

// cappedWriter passes through at most left bytes, then calls full once
// and discards the rest.
type cappedWriter struct {
	w    io.Writer
	mu   sync.Mutex
	left int64
	full func()
	done atomic.Bool
}

func (c *cappedWriter) Write(b []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := len(b)
	if c.done.Load() {
		return n, nil
	}
	over := int64(len(b)) > c.left
	if over {
		b = b[:c.left]
	}
	c.left -= int64(len(b))
	if len(b) > 0 {
		if _, err := c.w.Write(b); err != nil {
			return 0, err
		}
	}
	if over {
		c.done.Store(true)
		c.full()
	}
	return n, nil
}

// checkSpawn ends the run when spawning one more process would pass the
// process limit.
func (in *Interp) checkSpawn() {
	if max := in.opts.Limits.Processes; max > 0 && in.brt.LiveCount() >= max {
		in.limitReached(&LimitError{Name: "process", Max: int64(max), Value: int64(max) + 1})
		panic(&beam.Exit{Reason: beam.Killed})
	}
}

// queueFull is beam's Options.OnQueueFull: a send would pass the
// mailbox limit. It runs on the sender's goroutine (or a timer's), which
// may hold locks of the runtime: the halt runs apart.
func (in *Interp) queueFull(n int) {
	go in.limitReached(&LimitError{Name: "queue", Max: int64(in.opts.Limits.Queue), Value: int64(n)})
}

// CountAtom implements rt.AtomEnv: the process's program created an atom.
func (p *proc) CountAtom() {
	if max := int64(p.in.opts.Limits.Atoms); max > 0 {
		if n := p.in.atoms.Add(1); n > max {
			p.stopByLimit(&LimitError{Name: "atom", Max: max, Value: n})
		}
	}
}

// onMaxReductions is beam's Options.OnMaxReductions: the program has
// passed its reduction limit (beam compares; total is past it). (The Go
// heap is sampled by startLimits's goroutine: reading it at every
// receive would double the cost of message passing.)
func (in *Interp) onMaxReductions(total int64) {
	in.limitReached(&LimitError{Name: "reduction", Max: in.opts.Limits.Reductions, Value: total})
}

// checkHeap ends the run when the Go heap has grown by more than the
// memory limit since the run began (the backstop of memory.go's
// accounting when one program runs per Go process). It returns the
// room left.
func (in *Interp) checkHeap() int64 {
	l := &in.opts.Limits
	n := memoryInUse() - in.memBase
	if n > l.Memory {
		in.limitReached(&LimitError{Name: "memory", Max: l.Memory, Value: n})
	}
	return l.Memory - n
}

// heapInterval is how long the heap may go unsampled with room bytes
// left below the memory limit: the time to fill half of it at
// heapRate, between 2 ms and 250 ms (a sample wakes a thread, which
// costs the run more than the sample: see stopper; every 2 ms far from
// the limit would cost a few percent of a busy run).
func heapInterval(room int64) time.Duration {
	const heapRate = 2 << 30 // bytes a second a program may allocate, at most
	d := time.Duration(float64(room) / 2 / heapRate * float64(time.Second))
	return min(max(d, 2*time.Millisecond), 250*time.Millisecond)
}

// memorySample is the Go heap metric sampled for the memory limit: the
// bytes of live and not yet collected objects.
var memorySample = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}

var memoryMu sync.Mutex

// memoryInUse is the bytes of heap objects of the Go process.
func memoryInUse() int64 {
	memoryMu.Lock()
	defer memoryMu.Unlock()
	metrics.Read(memorySample)
	if memorySample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(memorySample[0].Value.Uint64())
}

// startLimits prepares the limits of a run, and Options.Timeout, which
// calls timeout when the time is up, and returns a function that ends
// their monitoring. Unless the heap is shared, the Go heap is sampled
// every few milliseconds (less often the farther it is from the limit),
// for programs that spend long in one built-in between slices.
func (in *Interp) startLimits(timeout func()) func() {
	l := &in.opts.Limits
	unheldSendOnce.Do(func() { unheldSend, _ = rt.Lookup(rt.ModuleAtom("Kernel"), term.MakeAtom("send"), 2) })
	heap := l.Memory > 0 && !l.SharedHeap
	if !heap && in.opts.Timeout <= 0 {
		return func() {}
	}
	stopGC := func() {}
	if heap {
		in.memBase = memoryInUse()
		// Collect garbage before the heap reaches the limit, so that the
		// sampled heap is close to what the program holds.
		old := debug.SetMemoryLimit(in.memBase + l.Memory)
		stopGC = func() { debug.SetMemoryLimit(old) }
	}
	var deadline time.Time
	if in.opts.Timeout > 0 {
		deadline = time.Now().Add(in.opts.Timeout)
	}
	s := newStopper()
	go in.watch(heap, deadline, timeout, s)
	return func() { s.stop(); stopGC() }
}

// watch is the goroutine of a run's time limit (deadline, unless zero)
// and of the memory limit's samples of the Go heap (heap). It sleeps in
// the operating system (stopper), not on a Go timer: while any Go timer
// is pending, Go's scheduler reads the clock at every switch of
// goroutines, that is at every message a waiting process receives, and
// reading the clock can cost as much as passing the message (on a
// virtual machine without a fast clock). It wakes only for a heap
// sample, at the deadline, and when the run ends (s stopped).
func (in *Interp) watch(heap bool, deadline time.Time, timeout func(), s *stopper) {
	room := in.opts.Limits.Memory
	for {
		d := time.Duration(math.MaxInt64)
		if heap {
			d = heapInterval(room)
		}
		if !deadline.IsZero() {
			left := time.Until(deadline)
			if left <= 0 {
				if !s.stopped() {
					timeout()
				}
				return
			}
			d = min(d, left)
		}
		s.sleep(d)
		if s.stopped() {
			return
		}
		if heap {
			room = in.checkHeap()
		}
	}
}

// stackBudget is the Go stack a process's nested calls may use under a
// memory limit of memory bytes (0: none): half of it (a Go stack grows
// by doubling), at most maxStackBytes.
func stackBudget(memory int64) uintptr {
	if memory > 0 && uint64(memory/2) < maxStackBytes {
		return uintptr(memory / 2)
	}
	return maxStackBytes
}

// stackExceeded ends a process whose nested calls passed its stack
// budget: under a memory limit the run ends with it, else the process
// raises SystemLimitError as at the depth limit.
func (p *proc) stackExceeded() {
	if m := p.in.opts.Limits.Memory; m > 0 && p.in.maxStack < maxStackBytes {
		p.stopByLimit(&LimitError{Name: "memory", Max: m, Value: int64(p.stackBytes) * 2})
	}
	p.depthExceeded()
}

// bigMulCost counts the work of multiplying big integers x and y as
// reductions (about one per 16 products of machine words) and asks
// before allocating the result.
func (p *proc) bigMulCost(x, y term.Term) {
	wx, wy := bigWords(x), bigWords(y)
	p.Alloc(rt.AllocProduct(wx+wy, 8))
	if p.bp != nil {
		p.bp.Reduce(int(min(rt.AllocProduct(wx, wy)/16, 1<<30)))
	}
}

// bigWords is the machine words of an integer.
func bigWords(t term.Term) int64 {
	if b, ok := t.(*term.BigInt); ok {
		return int64(len(b.V.Bits()))
	}
	return 1
}

// Alloc implements rt.AllocEnv: a built-in about to allocate about bytes
// at once asks first. The run ends if they would take the program past
// its memory limit (after it has measured what it holds); else they are
// counted as allocated. Without a limit, an allocation larger than
// maxAlloc alone ends the run.
func (p *proc) Alloc(bytes int64) {
	if p.mem != nil {
		p.flushMemory(bytes)
		p.count(bytes)
		return
	}
	max := p.in.opts.Limits.Memory
	if max <= 0 {
		max = maxAlloc
	}
	if bytes > max {
		p.stopByLimit(&LimitError{Name: "memory", Max: max, Value: bytes})
	}
}

// maxAlloc bounds a single allocation when no memory limit is set: far
// beyond what a course program needs, below what would kill the host.
const maxAlloc = 8 << 30
