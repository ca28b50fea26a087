package beam

import (
	"runtime/debug"
	"sync"
	"sync/atomic"
)

// The garbage collector's setting while programs run. It is the one place
// exlite sets it (debug.SetGCPercent), for every runtime of the Go
// process together, so that the setting does not depend on which runtime
// or package set it last.
//
// An interpreted program makes much short-lived garbage on a small heap,
// so a program with few processes runs with the collector relaxed
// (gcPercentFew). With many processes the trade changes: every collection
// scans every goroutine stack, but the heap goal grows with the stacks
// too (Go counts the scanned stack in the goal), so a relaxed setting
// lets a program of a million processes take several times the memory it
// uses. The setting steps down as the number of live processes (all
// runtimes together) crosses gcSteps. Measured on bench/proc_million.exs
// (a million processes waiting in receive): steps from 100,000 and
// 300,000 to 200 and 100 took the same memory and about 2 s more CPU time
// (more collections, each scanning every stack) than these.

// gcPercentFew is the setting with fewer processes than gcSteps[0].
const gcPercentFew = 800

// gcSteps are the process counts from which the setting steps down, and
// the setting from each.
var gcSteps = [...]struct {
	procs   int64
	percent int
}{
	{10_000, 400},
	{300_000, 200},
	{1_000_000, 100},
}

var gcCtl struct {
	sync.Mutex
	runtimes int // runtimes counting in the setting
	old      int // the setting before the first of them
	cur      int // the setting in force while runtimes > 0
}

// gcProcs is the number of live processes of the runtimes counting in the
// setting.
var gcProcs atomic.Int64

// gcPercentFor returns the setting for n live processes.
func gcPercentFor(n int64) int {
	p := gcPercentFew
	for _, s := range gcSteps {
		if n >= s.procs {
			p = s.percent
		}
	}
	return p
}

// gcStep reports whether n is one of the counts at which the setting
// changes.
func gcStep(n int64) bool {
	for _, s := range gcSteps {
		if n == s.procs {
			return true
		}
	}
	return false
}

// gcApplyLocked sets the collector for the current process count;
// gcCtl is held.
func gcApplyLocked() {
	if gcCtl.runtimes == 0 {
		return
	}
	if p := gcPercentFor(gcProcs.Load()); p != gcCtl.cur {
		gcCtl.cur = p
		debug.SetGCPercent(p)
	}
}

// gcClosed is Runtime.gcLive's value while the runtime does not count in
// the setting (before it starts, after it halts, with NoGCTuning).
const gcClosed = -1 << 62

// gcBegin makes rt count in the setting (when the program starts).
func (rt *Runtime) gcBegin() {
	if rt.opts.NoGCTuning || !rt.gcLive.CompareAndSwap(gcClosed, 0) {
		return
	}
	gcCtl.Lock()
	defer gcCtl.Unlock()
	if gcCtl.runtimes == 0 {
		gcCtl.cur = gcPercentFor(gcProcs.Load())
		gcCtl.old = debug.SetGCPercent(gcCtl.cur)
	}
	gcCtl.runtimes++
}

// gcDone gives back rt's share of the setting (when it halts): its
// processes no longer count, and the original setting returns with the
// last runtime.
func (rt *Runtime) gcDone() {
	n := rt.gcLive.Swap(gcClosed)
	if n < 0 {
		return
	}
	gcCtl.Lock()
	defer gcCtl.Unlock()
	gcProcs.Add(-n)
	gcCtl.runtimes--
	if gcCtl.runtimes == 0 {
		debug.SetGCPercent(gcCtl.old)
		return
	}
	gcApplyLocked()
}

// gcHold makes HoldGCSetting count once.
var gcHold sync.Once

// HoldGCSetting keeps the setting for programs in force from now on, also
// while no program runs, for a Go process that runs programs one after
// another for its whole life (a service): otherwise the setting returns
// to the process's own between two programs, and each return with a heap
// past that setting's goal starts a collection. The setting still steps
// down while programs with many processes run.
func HoldGCSetting() {
	gcHold.Do(func() {
		gcCtl.Lock()
		defer gcCtl.Unlock()
		if gcCtl.runtimes == 0 {
			gcCtl.cur = gcPercentFor(gcProcs.Load())
			gcCtl.old = debug.SetGCPercent(gcCtl.cur)
		}
		gcCtl.runtimes++ // held: never given back
	})
}

// gcCount adds d (1 or -1) to rt's live processes. Every change made to
// rt.gcLive reaches gcProcs, and gcDone takes back exactly rt.gcLive, so
// the total is right once both are done, whatever their order.
func (rt *Runtime) gcCount(d int64) {
	for {
		n := rt.gcLive.Load()
		if n < 0 {
			return
		}
		if rt.gcLive.CompareAndSwap(n, n+d) {
			break
		}
	}
	n := gcProcs.Add(d)
	if d < 0 {
		n++
	}
	if gcStep(n) {
		gcCtl.Lock()
		gcApplyLocked()
		gcCtl.Unlock()
	}
}
