package backend

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/exlite/exlite/serve"
)

// Pacing: most submissions are quick (a grading spends a few thousand
// reductions), some run until a limit stops them (an infinite loop is
// stopped by its wall-clock limit, seconds later). Left alone, the long
// ones would take the CPU from the quick ones, and hold the service's
// workers. So a submission that has spent LongAfter reductions in one
// program becomes long-running: it gives its worker back
// (serve.LongRunning), and while quick submissions are under way, the
// long ones together may spend only LongRate reductions per second (they
// sleep the rest of the time, their wall-clock limits running on). When
// nothing quick is under way they run at full speed.
//
// Reductions, not time, decide, so that a loaded machine does not make a
// quick submission look long. Limits stay exact (reductions, memory,
// processes, output); a wall-clock limit can be reached sooner, in work
// done, under load, as it can on any loaded machine.
const (
	// LongAfter is the reductions after which a program is long-running
	// (a few milliseconds of CPU; the programs of the course's gradings
	// spend less than 3,000).
	LongAfter = 100_000
	// LongRate is the reductions per second the long-running submissions
	// may spend together while quick ones are under way (about a tenth of
	// a core).
	LongRate = 4_000_000
)

// pacer shares the CPU between quick and long-running submissions.
type pacer struct {
	// quick counts the submissions under way that are not long-running.
	quick atomic.Int64
	// rate is in reductions per second; 0 turns pacing off.
	rate float64
	mu   sync.Mutex
	// next is when the long-running lane will have paid for the
	// reductions charged so far.
	next time.Time
}

// burst is how far ahead of its rate the long-running lane may be.
const burst = 20 * time.Millisecond

// paced is one submission's pacing state.
type paced struct {
	p    *pacer
	ctx  context.Context
	long atomic.Bool
	// last is the program's reductions at its previous slice.
	last atomic.Int64
	done atomic.Bool
}

// start begins pacing a submission: call pace at each slice of its
// programs (interp.Options.Pace) and end when it is over.
func (p *pacer) start(ctx context.Context) *paced {
	p.quick.Add(1)
	return &paced{p: p, ctx: ctx}
}

// end stops counting the submission.
func (s *paced) end() {
	if s.done.CompareAndSwap(false, true) && !s.long.Load() {
		s.p.quick.Add(-1)
	}
}

// pace is interp.Options.Pace: total is the reductions the current
// program has spent (a grading runs many programs, each from 0).
func (s *paced) pace(total int64) {
	last := s.last.Swap(total)
	n := total - last
	if n < 0 {
		n = total // a new program
	}
	if !s.long.Load() {
		if total < LongAfter {
			return
		}
		if s.long.CompareAndSwap(false, true) && !s.done.Load() {
			s.p.quick.Add(-1)
			serve.LongRunning(s.ctx)
		}
	}
	if wait := s.p.charge(n); wait > 0 {
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-s.ctx.Done():
			t.Stop()
		}
	}
}

// charge counts n reductions of the long-running lane and returns how
// long to sleep to keep it to its rate (0 while no quick submission is
// under way).
func (p *pacer) charge(n int64) time.Duration {
	if p.rate <= 0 || p.quick.Load() == 0 {
		return 0
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if p.next.Before(now) {
		p.next = now
	}
	p.next = p.next.Add(time.Duration(float64(n) / p.rate * float64(time.Second)))
	return p.next.Sub(now) - burst
}
