package stdlib

import (
	"github.com/exlite/exlite/beam"
	"github.com/exlite/exlite/interp/rt"
)

// A ppMeter charges the work of Erlang's printers (:io.format's ~p, ~w,
// ~P and ~W, :io.write) to the process that prints, as inspect's meter
// does for Elixir's: a reduction per term measured or written, and the
// node trees and the output as memory the process holds (rt.Hold) while
// they grow, so that printing a huge or deeply shared term (a tuple
// doubled sixty times has 2^60 leaves) is stopped by the program's
// limits. It also keeps the nesting depth of the term being printed,
// which bounds the printers' recursion on the Go stack. A ppMeter made
// without a process counts nothing but the depth.
type ppMeter struct {
	proc  *beam.Process
	hold  rt.Holding
	steps int
	// depth is the nesting of the term being measured or written.
	depth int
	// seen is how much of the layout's output has been counted.
	seen int
}

// maxErlPrintDepth bounds the nesting of terms the Erlang printers
// print: deeper ones print as "..." (Erlang prints them all), as
// inspect does past its own bound. Measuring and laying out recurse on
// the Go stack, and a Go stack that passes its limit ends the whole Go
// process, not just the program.
const maxErlPrintDepth = 20_000

// ppNodeBytes is what the memory limit counts for the node of one term.
const ppNodeBytes = 96

// newPPMeter is the meter of printing in env (nil: counts only depth).
func newPPMeter(env rt.Env) *ppMeter {
	m := &ppMeter{}
	if env != nil {
		m.proc = rt.ProcessOf(env)
		m.hold = rt.Hold(env)
	}
	return m
}

// step counts n units of printing work: a reduction per 16.
func (m *ppMeter) step(n int) {
	m.steps += n
	if m.steps >= 16 {
		if m.proc != nil {
			m.proc.Reduce(m.steps / 16)
		}
		m.steps %= 16
	}
}

// node counts one term measured or written and bytes more held for it.
func (m *ppMeter) node(bytes int) {
	m.step(16)
	m.hold.Add(int64(bytes))
}

// grow counts n bytes more of output.
func (m *ppMeter) grow(n int) {
	m.step(n/64 + 1)
	m.hold.Add(int64(n))
}

// grown counts the output of a builder that has reached length n.
func (m *ppMeter) grown(n int) {
	if n > m.seen {
		m.grow(n - m.seen)
		m.seen = n
	}
}

// release ends the counting of memory.
func (m *ppMeter) release() { m.hold.Release() }
