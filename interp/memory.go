package interp

import (
	"sync"

	"github.com/exlite/exlite/beam"
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Memory accounting per program (Limits.Memory).
//
// Each process of a program counts, as it goes, the bytes it allocates
// (the evaluator's lists, tuples, maps, binaries, closures and big
// integers, and what built-ins announce with rt.CheckAlloc) and, from time
// to time, measures what it really holds: the terms reachable from its
// variables, pending call arguments and process dictionary (beam.Sizer,
// sharing counted once). The program's memory is the sum, over its
// processes, of the last measure plus what was allocated since, plus the
// messages waiting in its mailboxes (beam.Runtime.MailboxBytes). Nothing
// of it depends on the Go heap, so programs running side by side in one
// exlite process (a service) each see their own memory only.
//
// A process measures itself when the program's sum passes the limit (the
// run ends if it is still over after measuring), after every few
// scheduling slices (less often the more it holds, so that measuring
// costs a bounded share of the run), and before waiting in a receive
// after work. The measure is what the process's variables hold at that
// moment: a value held only by a built-in still running (Enum.map's
// result being built) is counted by the allocation counters until then.

// memState is a process's share of the program's memory. Only the
// process's own goroutine touches it.
type memState struct {
	// held is what the last measure found; since is what was allocated
	// after it (both are in Interp.memUsed); pending is allocated but not
	// yet added to Interp.memUsed.
	held, since, pending int64
	// reds is the process's reductions at the last measure, and every
	// the slices (beam.Budget reductions) after which the next is due.
	reds, every int64
	// stretch multiplies the slices between two measures while the
	// measures find what the counters said (see measure).
	stretch int64
	// sentNext is the process's beam.Process.SentBytes from which sent
	// checks the program's memory next: memChunk after the last check.
	sentNext int64
	// inflight is what built-ins running hold in Go (rt.Hold), which a
	// measure does not see; it is part of held.
	inflight int64
	// roots are the values built-ins running show with rt.Root: a
	// measure walks them too, and args, the arguments of the built-ins
	// running (callBuiltinHeld).
	roots []*term.Term
	args  [][]term.Term
	// prevStacks are the slot stacks that alloc replaced, with the slots
	// that were in use then: frames still running may use them.
	prevStacks [][]term.Term
}

const (
	// memChunk is how much a process allocates before it adds it to the
	// program's sum and compares the sum with the limit.
	memChunk = 32 << 10
	// memSliceBytes: a process measures itself after 4 + held/memSliceBytes
	// slices (after 1 + held/memSliceBytes before a receive).
	memSliceBytes = 32 << 10
	// memStretchMax bounds memState.stretch.
	memStretchMax = 8
)

// abs64 is |x|.
func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// startMemory sets up the accounting of a new process (bp nil for the
// evaluator states of hooks, which are not accounted). A spawned
// process's memState comes with its evaluator state (spawnedMemProc);
// others get one here.
func (p *proc) startMemory() {
	if p.in.opts.Limits.Memory > 0 && p.bp != nil {
		m := p.mem
		if m == nil {
			m = new(memState)
		}
		m.every, m.stretch = 4, 1
		m.sentNext = memChunk
		p.mem = m
		p.memDue = beam.Budget // as measure sets it for a process holding nothing
		p.bp.SetSliceDue(m.every * beam.Budget)
	}
}

// count records bytes allocated by the process.
func (p *proc) count(bytes int64) {
	if m := p.mem; m != nil {
		m.pending += bytes
		if m.pending >= memChunk {
			p.flushMemory(0)
		}
	}
}

// flushMemory adds the process's pending allocations to the program's
// sum and ends the run if the sum, plus extra bytes about to be
// allocated, passes the limit after the process has measured itself.
func (p *proc) flushMemory(extra int64) {
	m := p.mem
	in := p.in
	in.memUsed.Add(m.pending)
	in.notePeak()
	m.since += m.pending
	m.pending = 0
	if !in.overMemory(extra) {
		return
	}
	// Measure unless a measure is recent (little allocated since): near
	// its limit a program would otherwise spend its time measuring.
	if m.since > m.held/16 || extra > 0 {
		p.measure()
		if !in.overMemory(extra) {
			return
		}
	}
	total := in.memoryTotal()
	p.stopByLimit(&LimitError{Name: "memory", Max: in.opts.Limits.Memory, Value: satAdd(total, extra)})
}

// overMemory reports whether the program's memory plus extra passes the
// limit.
func (in *Interp) overMemory(extra int64) bool {
	return satAdd(in.memoryTotal(), extra) > in.opts.Limits.Memory
}

// memoryTotal is the program's memory: what its processes hold and
// allocated since, and its messages waiting.
func (in *Interp) memoryTotal() int64 {
	return in.memUsed.Load() + in.brt.MailboxBytes()
}

// satAdd is a + b, or the largest int64 when that overflows.
func satAdd(a, b int64) int64 {
	if b > 0 && a > int64(^uint64(0)>>1)-b {
		return int64(^uint64(0) >> 1)
	}
	return a + b
}

// measure walks what the process holds and replaces its share of the
// program's memory by it.
func (p *proc) measure() {
	m := p.mem
	s := sizers.Get().(*beam.Sizer)
	defer sizers.Put(s)
	s.Reset()
	s.AddAll(p.stack[:p.sp])
	for _, st := range m.prevStacks {
		s.AddAll(st)
	}
	s.AddAll(p.tailArgs)
	s.AddAll(p.tailEnv)
	for _, r := range m.roots {
		s.Add(*r)
	}
	for _, a := range m.args {
		s.AddAll(a)
	}
	if d := p.bp.Dictionary(); d.Len() > 0 {
		s.Add(d)
	}
	held := s.Bytes + m.inflight
	counted := m.held + m.since + m.pending
	in := p.in
	// The process's share of memUsed was held and since (pending was
	// not added yet); it is now what the measure found.
	in.memUsed.Add(held - m.held - m.since)
	in.notePeak()
	// The next measure is due after 4 + held/memSliceBytes slices (so
	// that measuring costs a bounded share of the work), times stretch,
	// or sooner when the process grows fast enough to reach the limit
	// before: at the rate of the last slices, when half the room left
	// would be used. A measure that finds what the process held before
	// plus what it allocated since, within an eighth, shows that the
	// counters follow the process (it keeps what it allocates, as a
	// program building a large value does): measuring again as soon
	// would find nothing, and the next measures come later, up to
	// memStretchMax times. A measure that finds garbage, or growth the
	// counters missed (a value a built-in made without counting it),
	// brings back the usual interval. A receive still measures after
	// 1 + held/memSliceBytes slices of work (memDue).
	if m.held > 0 && abs64(held-counted) <= counted/8 {
		m.stretch = min(2*m.stretch, memStretchMax)
	} else {
		m.stretch = 1
	}
	reds := p.bp.Reductions()
	every := (4 + held/memSliceBytes) * m.stretch
	if grow, slices := held-m.held, (reds-m.reds)/beam.Budget; grow > 0 && slices > 0 {
		rate := grow / slices
		room := in.opts.Limits.Memory - in.memoryTotal()
		every = max(1, min(every, room/2/max(rate, 1)))
	}
	m.held, m.since, m.pending, m.reds, m.every = held, 0, 0, reds, every
	p.memRecvd = 0
	p.memDue = reds + min(every, 1+held/memSliceBytes)*beam.Budget
	p.bp.SetSliceDue(reds + every*beam.Budget)
}

// onProcessSlice is beam's Options.OnProcessSlice: a process at the end
// of a slice, or about to wait, whose turn to measure itself has come.
// beam calls it only then: startMemory and measure tell it when
// (SetSliceDue, every slices after the last measure).
func onProcessSlice(bp *beam.Process) {
	p, ok := bp.Data.(*proc)
	if !ok || p.mem == nil {
		return
	}
	p.measure()
	if in := p.in; in.overMemory(0) {
		// The process may be about to wait (beam holds no lock here but
		// is between states): halt from outside it.
		go in.limitReached(&LimitError{Name: "memory", Max: in.opts.Limits.Memory, Value: in.memoryTotal()})
	}
}

// beforeReceive measures a process about to look for a message when it
// has worked since its last measure, so that what a waiting process
// counts is not what it held in the middle of its work.
func (p *proc) beforeReceive() {
	if p.mem != nil && p.bp.Reductions() >= p.memDue {
		p.measure()
	}
}

// Hold implements rt.HoldEnv.
func (p *proc) Hold(bytes int64) {
	if m := p.mem; m != nil {
		m.inflight += bytes
		if bytes > 0 {
			p.count(bytes)
		}
	}
}

// PushRoot implements rt.RootEnv.
func (p *proc) PushRoot(t *term.Term) {
	if m := p.mem; m != nil {
		m.roots = append(m.roots, t)
	}
}

// PopRoot implements rt.RootEnv.
func (p *proc) PopRoot() {
	if m := p.mem; m != nil && len(m.roots) > 0 {
		m.roots[len(m.roots)-1] = nil
		m.roots = m.roots[:len(m.roots)-1]
	}
}

// callBuiltinHeld calls a built-in with its arguments shown to the
// measure of what the process holds (they may be the only reference to
// a value: `list |> Enum.map(f) |> Enum.sort()`): they are pushed on the
// process's stack of built-in arguments (memState.args), which a measure
// walks, for the time of the call. There is no defer, so that it costs
// next to nothing per call: when the built-in raises, the arguments stay
// until a rescue restores its mark (proc.restore), as a frame's slots
// do. Its frame is small (a process's goroutine starts with a small
// stack).
//
// The callers call send/2 as it is, not through callBuiltinHeld: its
// message counts in the mailbox it goes to from the moment it is
// delivered, before the send can end a slice (and so measure), and the
// pid is no memory. A built-in without arguments has none to show, nor
// one whose arguments are immediates (is_pid(pid)).
func (p *proc) callBuiltinHeld(b *rt.Builtin, vals []term.Term) term.Term {
	if immediates(vals) {
		return b.Fn(p, vals)
	}
	m := p.mem
	n := len(m.args)
	m.args = append(m.args, vals)
	r := b.Fn(p, vals)
	m.args[n] = nil
	m.args = m.args[:n]
	return r
}

// immediates reports whether every term of ts is an immediate, which
// holds no memory.
func immediates(ts []term.Term) bool {
	for _, t := range ts {
		if !beam.Immediate(t) {
			return false
		}
	}
	return true
}

// unheldSend is Kernel.send/2, which is called without showing its
// arguments (see callBuiltinHeld); set by startLimits.
var (
	unheldSend     *rt.Builtin
	unheldSendOnce sync.Once
)

// received counts a message taken from the mailbox (where it was counted
// until now) as held by the process: as one term (sizing it again would
// double the cost of message passing); the process's next measure counts
// what it keeps of it. Messages are counted by the chunk, so that a
// receive reads and writes nothing outside proc, and the check is
// inlined.
func (p *proc) received(msg term.Term) {
	if p.mem != nil {
		if p.memRecvd++; p.memRecvd >= memChunk/receivedBytes {
			p.receivedChunk()
		}
	}
}

// receivedChunk counts a chunk of messages received.
func (p *proc) receivedChunk() {
	p.memRecvd = 0
	p.count(memChunk)
}

// sent checks the program's memory after a send has taken it to
// another memChunk of messages sent (a flood of one message built once
// allocates nothing but fills a mailbox).
func (p *proc) sent() {
	if m := p.mem; m != nil && p.bp.SentBytes() >= m.sentNext {
		p.sentChunk()
	}
}

// sentChunk checks the program's memory after a chunk of messages sent.
func (p *proc) sentChunk() {
	m := p.mem
	m.sentNext = p.bp.SentBytes() + memChunk
	if p.in.overMemory(m.pending) {
		p.flushMemory(0)
	}
}

// onProcessExit is beam's Options.OnProcessExit: the process's share
// of the program's memory goes with it.
func onProcessExit(bp *beam.Process) {
	if p, ok := bp.Data.(*proc); ok {
		p.endMemory()
	}
}

// endMemory removes an ending process's share of the program's memory.
func (p *proc) endMemory() {
	if m := p.mem; m != nil {
		p.in.memUsed.Add(-m.held - m.since)
		p.mem, p.memRecvd = nil, 0
	}
}

// sizers keep the Sizers of measures, whose sets of terms seen are
// worth reusing from one measure to the next.
var sizers = sync.Pool{New: func() any { return new(beam.Sizer) }}

// growStack records the slot stack alloc is about to replace.
func (p *proc) growStack() {
	if m := p.mem; m != nil {
		m.prevStacks = append(m.prevStacks, p.stack[:p.sp])
	}
}

// Sizes the evaluator counts for what it builds (as beam.Sizer measures
// them).
const (
	cellBytes  = 32 // a list cell
	tupleBytes = 24 // a tuple, plus slotBytes per element
	slotBytes  = 16 // an element of a tuple or a captured variable
	pairBytes  = 48 // a key and value of a map
	binBytes   = 16 // a binary, plus its bytes
	funBytes   = 64 // a closure, plus slotBytes per captured variable
	// bigAlloc is the size from which an allocation is asked for before
	// it is made (rt.CheckAlloc) rather than counted after.
	bigAlloc = 1 << 20
	// receivedBytes is what a message taken from the mailbox counts.
	receivedBytes = 64
)

// listCopyCost asks before ++ copies the list x: its cells are counted,
// and a copy that would pass the memory limit is refused before it is
// made (a list that doubles forever).
func (p *proc) listCopyCost(x term.Term) {
	n := int64(0)
	for c, ok := x.(*term.Cons); ok; c, ok = c.Tail.(*term.Cons) {
		n++
	}
	if bytes := n * rt.ListCellBytes; bytes >= bigAlloc {
		p.Alloc(bytes)
	} else {
		p.count(n * cellBytes)
	}
}

// binaryCost asks before a binary of n bytes is built.
func (p *proc) binaryCost(n int64) {
	if n >= bigAlloc {
		p.Alloc(n + binBytes)
	} else {
		p.count(n + binBytes)
	}
}
