package interp

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"

	"github.com/exlite/exlite/interp/rt"
)

// Limits bound what a run may use besides time (Options.Timeout and
// MaxVirtualTime), so that no program can flood its caller (the grader, a
// course backend). A zero field bounds nothing.
//
// These are the limits the grader needs; a fuller limits package (memory,
// reductions) can take them over: each is enforced at one place (the
// output writer, spawn).
type Limits struct {
	// Output stops the run (Runtime.Halt) once it has written more than
	// this many bytes to stdout; what fits is kept, and Result.OutputLimit
	// is set.
	Output int64
	// Processes bounds the processes alive at once: spawn raises
	// SystemLimitError beyond it, as the BEAM does at its process limit.
	Processes int
}

// limitOutput wraps w so that writing past the output limit halts the run.
func (in *Interp) limitOutput(w io.Writer) io.Writer {
	if in.opts.Limits.Output <= 0 {
		return w
	}
	in.outputCap = &cappedWriter{w: w, left: in.opts.Limits.Output, full: func() {
		// Halting takes the output's lock, which the caller holds.
		go in.brt.Halt()
	}}
	return in.outputCap
}

// outputLimitMessage is the error for a run stopped by the output limit,
// "" if it was not.
func (in *Interp) outputLimitMessage() string {
	if in.outputCap == nil || !in.outputCap.done.Load() {
		return ""
	}
	return fmt.Sprintf("** (exlite) the program was stopped: it printed more than %d bytes", in.opts.Limits.Output)
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

// checkSpawn raises SystemLimitError when spawning one more process would
// pass the process limit.
func (in *Interp) checkSpawn() {
	if max := in.opts.Limits.Processes; max > 0 && in.brt.LiveCount() >= max {
		rt.RaiseMessage("SystemLimitError", "a system limit has been reached")
	}
}
