package interp

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/exlite/exlite/beam"
	"github.com/exlite/exlite/interp/rt"
)

// Limits bound what a run may use, so that no program can hang or flood
// its caller (the grader, a course backend). A zero field bounds nothing.
//
// These are the limits the grader needs; a fuller limits package (memory,
// reductions) can take them over: each is enforced at one place (the
// wall-clock timer, the output writer, spawn), and a run that reaches one
// is stopped with Runtime.Halt and reported in Report.Limit.
//
// The limit on real time is Options.Timeout.
type Limits struct {
	// VirtualTime, in deterministic mode, stops the run when its virtual
	// clock would pass it (beam.Options.MaxVirtualTime).
	VirtualTime time.Duration
	// Output stops the run once it has written more than this many bytes
	// to stdout; what fits is kept.
	Output int64
	// Processes bounds the processes alive at once: spawn raises
	// SystemLimitError beyond it, as the BEAM does at its process limit.
	Processes int
}

// Limit names the limit that stopped a run.
type Limit string

// The limits a run can reach.
const (
	LimitWallClock   Limit = "wall clock"
	LimitVirtualTime Limit = "virtual time"
	LimitOutput      Limit = "output"
)

// limitState is what the limits observed during a run.
type limitState struct {
	mu         sync.Mutex
	reached    Limit
	mainUnread int
	mainEnded  bool
}

func (in *Interp) reach(l Limit) {
	in.limits.mu.Lock()
	if in.limits.reached == "" {
		in.limits.reached = l
	}
	in.limits.mu.Unlock()
}

// startWallClock arms the wall-clock limit; the returned function disarms
// it.
func (in *Interp) startWallClock() (stop func()) {
	d := in.opts.Timeout
	if d <= 0 {
		return func() {}
	}
	t := time.AfterFunc(d, func() {
		in.reach(LimitWallClock)
		in.brt.Halt()
	})
	return func() { t.Stop() }
}

// limitOutput wraps w so that writing past the output limit halts the run.
func (in *Interp) limitOutput(w io.Writer) io.Writer {
	if in.opts.Limits.Output <= 0 {
		return w
	}
	return &cappedWriter{w: w, left: in.opts.Limits.Output, full: func() {
		in.reach(LimitOutput)
		// Halting takes the output's lock, which the caller holds.
		go in.brt.Halt()
	}}
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
	if c.left <= 0 {
		return n, nil
	}
	if int64(len(b)) > c.left {
		b = b[:c.left]
	}
	c.left -= int64(len(b))
	if _, err := c.w.Write(b); err != nil {
		return 0, err
	}
	if c.left <= 0 && !c.done.Swap(true) {
		c.full()
	}
	return n, nil
}

// checkSpawn raises SystemLimitError when spawning one more process would
// pass the process limit.
func (in *Interp) checkSpawn() {
	if max := in.opts.Limits.Processes; max > 0 && in.brt.LiveCount() >= max {
		rt.RaiseMessage("SystemLimitError", "a system limit has been reached")
	}
}

// noteMainEnd records, when the main process's code has finished, how
// many messages it left unread (the quiet point's report no longer has
// them once main has ended).
func (in *Interp) noteMainEnd(bp *beam.Process) {
	n := 0
	if info, ok := in.brt.Info(bp.Pid()); ok {
		n = info.MessageQueueLen
	}
	in.limits.mu.Lock()
	in.limits.mainUnread, in.limits.mainEnded = n, true
	in.limits.mu.Unlock()
}

// limitMessage is the message and exit status for a run stopped by a
// limit ("" if none stopped it): 124 for the real-time limit (as
// timeout(1) gives), 1 for the others.
func (in *Interp) limitMessage(out *beam.Outcome) (string, int) {
	if out.TimeLimit {
		in.reach(LimitVirtualTime)
	}
	in.limits.mu.Lock()
	l := in.limits.reached
	in.limits.mu.Unlock()
	switch l {
	case LimitWallClock:
		return fmt.Sprintf("** (exlite) the program was stopped after its time limit of %v", in.opts.Timeout), 124
	case LimitVirtualTime:
		return fmt.Sprintf("** (exlite) the program was stopped: its clock passed %v", in.opts.Limits.VirtualTime), 1
	case LimitOutput:
		return fmt.Sprintf("** (exlite) the program was stopped: it printed more than %d bytes", in.opts.Limits.Output), 1
	}
	return "", 0
}

// Report is what a finished run observed besides its exit status.
type Report struct {
	// Limit is the limit that stopped the run, "" if none did.
	Limit Limit
	// Quiet is the runtime's report of the quiet point, when the run
	// stopped at one (with Options.Wait, or a deadlock); nil otherwise.
	Quiet *beam.QuietReport
	// MainEnded tells whether the main process's code finished; MainUnread
	// is then the number of messages it left in its mailbox.
	MainEnded  bool
	MainUnread int
	// VirtualTime is the runtime's clock at the end, in milliseconds.
	VirtualTime int64
}

// Report returns what the last RunMain observed.
func (in *Interp) Report() Report {
	in.limits.mu.Lock()
	defer in.limits.mu.Unlock()
	r := Report{Limit: in.limits.reached, MainEnded: in.limits.mainEnded, MainUnread: in.limits.mainUnread}
	if in.outcome != nil {
		r.Quiet = in.outcome.Quiet
	}
	if in.brt != nil {
		r.VirtualTime = in.brt.Now()
	}
	return r
}
