package beam

import (
	"container/heap"
	"sync/atomic"
	"time"

	"github.com/exlite/exlite/beam/term"
)

// sliceMicros is how far the virtual clock moves when a process spends its
// reduction budget (4,000 reductions take roughly that long on the BEAM).
const sliceMicros = 100

// clock is the runtime's monotonic clock in microseconds since the start:
// real time, or virtual time in deterministic mode.
type clock struct {
	virtual bool
	start   time.Time
	now     atomic.Int64 // virtual microseconds
}

func (c *clock) micros() int64 {
	if c.virtual {
		return c.now.Load()
	}
	return time.Since(c.start).Microseconds()
}

func (c *clock) advance(us int64) { c.now.Add(us) }

// timer is a pending action at a point of the runtime's clock.
type timer struct {
	when  int64 // microseconds
	seq   uint64
	fn    func()
	idx   int // position in the heap, -1 once out of it
	state uint8
}

const (
	tPending uint8 = iota
	tFired
	tStopped
)

type timerHeap []*timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].when != h[j].when {
		return h[i].when < h[j].when
	}
	return h[i].seq < h[j].seq
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].idx = i
	h[j].idx = j
}
func (h *timerHeap) Push(x any) {
	t := x.(*timer)
	t.idx = len(*h)
	*h = append(*h, t)
}
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	t.idx = -1
	return t
}

// afterFunc runs fn once the clock has moved by us microseconds. All
// timers live in one heap and fire in deadline order (then creation
// order): with the virtual clock at the scheduler's switches, with the
// real clock from one dispatcher, so that a timer due earlier always acts
// first, as on the BEAM.
func (rt *Runtime) afterFunc(us int64, fn func()) *timer {
	rt.tmu.Lock()
	defer rt.tmu.Unlock()
	rt.timerSeq++
	t := &timer{when: rt.clock.micros() + us, seq: rt.timerSeq, fn: fn}
	rt.pendingTimers.Add(1)
	heap.Push(&rt.theap, t)
	if !rt.clock.virtual && rt.theap[0] == t && !rt.halted.Load() {
		rt.armLocked(t.when)
	}
	return t
}

// armLocked makes the real-time dispatcher run at when; rt.tmu is held.
func (rt *Runtime) armLocked(when int64) {
	d := time.Duration(when-rt.clock.micros()) * time.Microsecond
	if d < 0 {
		d = 0
	}
	if rt.wake == nil {
		rt.wake = time.AfterFunc(d, rt.dispatch)
		return
	}
	rt.wake.Reset(d)
}

// dispatch fires the real-time timers that are due, in order, and arms
// itself for the next one. Runs of it never overlap.
func (rt *Runtime) dispatch() {
	rt.dispatchMu.Lock()
	defer rt.dispatchMu.Unlock()
	rt.tmu.Lock()
	now := rt.clock.micros()
	var due []*timer
	for len(rt.theap) > 0 && rt.theap[0].when <= now {
		t := heap.Pop(&rt.theap).(*timer)
		t.state = tFired
		due = append(due, t)
	}
	if len(rt.theap) > 0 && !rt.halted.Load() {
		rt.armLocked(rt.theap[0].when)
	}
	rt.tmu.Unlock()
	for _, t := range due {
		t.fn()
	}
	if len(due) > 0 {
		// Counted down only now, so that the program never looks quiet
		// while a timer's message is on its way.
		rt.pendingTimers.Add(-int64(len(due)))
		if rt.sched.isIdle() {
			rt.idle()
		}
	}
}

// stopTimers drops every timer (at halt), so that none keeps the runtime
// alive.
func (rt *Runtime) stopTimers() {
	rt.tmu.Lock()
	defer rt.tmu.Unlock()
	if rt.wake != nil {
		rt.wake.Stop()
	}
	for _, t := range rt.theap {
		t.state = tStopped
		t.idx = -1
	}
	rt.theap = nil
	clear(rt.sendTimers)
}

// stopTimer cancels t and reports whether it was still pending.
func (rt *Runtime) stopTimer(t *timer) bool {
	rt.tmu.Lock()
	defer rt.tmu.Unlock()
	if t.state != tPending {
		return false
	}
	t.state = tStopped
	rt.pendingTimers.Add(-1)
	if t.idx >= 0 {
		heap.Remove(&rt.theap, t.idx)
	}
	return true
}

// fireTimers runs the virtual timers that are due. With jump, when none is
// due it first moves the clock to the earliest timer. It reports whether
// any timer fired.
func (rt *Runtime) fireTimers(jump bool) bool {
	if rt.pendingTimers.Load() == 0 {
		return false
	}
	rt.tmu.Lock()
	if len(rt.theap) == 0 {
		rt.tmu.Unlock()
		return false
	}
	now := rt.clock.now.Load()
	if first := rt.theap[0].when; first > now {
		if !jump {
			rt.tmu.Unlock()
			return false
		}
		if lim := rt.opts.MaxVirtualTime.Microseconds(); lim > 0 && first > lim {
			rt.tmu.Unlock()
			select {
			case rt.limitCh <- struct{}{}:
			default:
			}
			return false
		}
		rt.clock.now.Store(first)
		now = first
	}
	var due []*timer
	for len(rt.theap) > 0 && rt.theap[0].when <= now {
		t := heap.Pop(&rt.theap).(*timer)
		t.state = tFired
		rt.pendingTimers.Add(-1)
		due = append(due, t)
	}
	rt.tmu.Unlock()
	for _, t := range due {
		t.fn()
	}
	return true
}

// remaining returns the milliseconds left before t fires.
func (rt *Runtime) remaining(t *timer) int64 {
	left := t.when - rt.clock.micros()
	if left < 0 {
		return 0
	}
	return left / 1000
}

// SendAfter sends msg to dest (a pid, or a registered name or {name, node}
// looked up when the timer fires) after ms milliseconds, as Process.send_after/3 does, and
// returns the timer's reference. A timer aimed at a pid is cancelled when
// that process exits.
func (p *Process) SendAfter(dest term.Term, msg term.Term, ms int64) term.Ref {
	return p.sendAfter(dest, msg, ms, false)
}

// StartTimer is :erlang.start_timer/3: SendAfter whose message is
// {:timeout, timer_ref, msg}.
func (p *Process) StartTimer(dest term.Term, msg term.Term, ms int64) term.Ref {
	return p.sendAfter(dest, msg, ms, true)
}

// sendAfter is SendAfter; tagged wraps msg as {:timeout, ref, msg}.
func (p *Process) sendAfter(dest term.Term, msg term.Term, ms int64, tagged bool) term.Ref {
	rt := p.rt
	ref := rt.MakeRef()
	if tagged {
		msg = term.Tuple{term.MakeAtom("timeout"), ref, msg}
	}
	var target *Process
	if pid, ok := dest.(term.Pid); ok {
		target = rt.lookup(pid)
		if target == nil {
			return ref
		}
	}
	if ms < 0 {
		ms = 0
	}
	t := rt.afterFunc(ms*1000, func() {
		rt.tmu.Lock()
		delete(rt.sendTimers, ref.ID)
		if target != nil {
			delete(target.timers, ref.ID)
		}
		rt.tmu.Unlock()
		if target != nil {
			target.deliver(msg)
		} else if q, err := rt.resolve(dest); err == nil && q != nil {
			q.deliver(msg)
		}
	})
	rt.tmu.Lock()
	if t.state == tPending {
		rt.sendTimers[ref.ID] = t
		if target != nil {
			if target.timers == nil {
				target.timers = map[uint64]*timer{}
			}
			target.timers[ref.ID] = t
		}
	}
	rt.tmu.Unlock()
	return ref
}

// CancelTimer cancels a send_after timer and returns the milliseconds it
// had left; ok is false when the timer had already fired or was unknown
// (Process.cancel_timer then returns false).
func (rt *Runtime) CancelTimer(ref term.Ref) (left int64, ok bool) {
	rt.tmu.Lock()
	t := rt.sendTimers[ref.ID]
	delete(rt.sendTimers, ref.ID)
	rt.tmu.Unlock()
	if t == nil {
		return 0, false
	}
	left = rt.remaining(t)
	if !rt.stopTimer(t) {
		return 0, false
	}
	return left, true
}

// ReadTimer returns the milliseconds left before a send_after timer fires;
// ok is false when it has fired, was cancelled or is unknown.
func (rt *Runtime) ReadTimer(ref term.Ref) (left int64, ok bool) {
	rt.tmu.Lock()
	t := rt.sendTimers[ref.ID]
	rt.tmu.Unlock()
	if t == nil {
		return 0, false
	}
	return rt.remaining(t), true
}

// Now returns the runtime's monotonic clock in milliseconds (virtual in
// deterministic mode, where it starts at 0).
func (rt *Runtime) Now() int64 { return rt.clock.micros() / 1000 }

// NowMicros returns the runtime's monotonic clock in microseconds.
func (rt *Runtime) NowMicros() int64 { return rt.clock.micros() }

// virtualEpoch is the wall-clock time at which a deterministic run starts:
// 2025-01-01T00:00:00Z, in microseconds since the Unix epoch.
const virtualEpoch = 1735689600_000000

// SystemTimeMicros returns the wall-clock time in microseconds since the
// Unix epoch (System.os_time, DateTime.utc_now): real time, or in
// deterministic mode 2025-01-01T00:00:00Z plus the virtual clock, so that
// runs stay reproducible.
func (rt *Runtime) SystemTimeMicros() int64 {
	if rt.clock.virtual {
		return virtualEpoch + rt.clock.micros()
	}
	return time.Now().UnixMicro()
}
