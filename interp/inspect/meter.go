package inspect

import (
	"github.com/exlite/exlite/beam"
	"github.com/exlite/exlite/interp/rt"
)

// A meter charges the work of printing to the process that prints, so
// that printing a huge or deeply shared term (a tuple of a tuple of...
// doubled sixty times prints 2^60 leaves) is bounded by the program's
// limits as the evaluator's own work is: it counts reductions as terms
// become documents and documents are laid out (the time limit and the
// kill of the process take effect there), and counts the documents and
// the output as memory the process holds (rt.Hold) while they grow.
// A meter without a process counts nothing but the nesting depth.
type meter struct {
	proc  *beam.Process
	hold  rt.Holding
	steps int
	// depth is the nesting of ToDoc calls of the current term.
	depth int
	// docBytes counts the documents built, and outBytes the output
	// written, since the last hold.
	docBytes, outBytes int64
}

// maxPrintDepth bounds the nesting of terms printed: deeper ones print
// as "..." (Elixir prints them all). ToDoc recurses on the Go stack,
// about a kilobyte per level, and a Go stack that passes its limit ends
// the whole Go process, not just the program.
const maxPrintDepth = 20_000

// docNodeBytes is what the memory limit counts for the document of one
// term printed.
const docNodeBytes = 128

// holdChunk is how many bytes of documents or output are gathered before
// they are counted.
const holdChunk = 64 << 10

// newMeter is the meter of printing in env (nil: none).
func newMeter(env any) *meter {
	m := &meter{}
	if e, ok := env.(rt.Env); ok {
		m.proc = rt.ProcessOf(e)
		m.hold = rt.Hold(e)
	}
	return m
}

// step counts n units of printing work: a reduction per 16.
func (m *meter) step(n int) {
	if m == nil {
		return
	}
	m.steps += n
	if m.steps >= 16 {
		if m.proc != nil {
			m.proc.Reduce(m.steps / 16)
		}
		m.steps %= 16
	}
}

// node counts the document of one term.
func (m *meter) node() {
	m.step(16)
	m.docBytes += docNodeBytes
	if m.docBytes >= holdChunk {
		m.hold.Add(m.docBytes)
		m.docBytes = 0
	}
}

// grow counts n bytes more of output, before they are made.
func (m *meter) grow(n int) {
	if m == nil {
		return
	}
	m.outBytes += int64(n)
	if m.outBytes >= holdChunk {
		m.hold.Add(m.outBytes)
		m.outBytes = 0
	}
}

// release ends the counting of memory.
func (m *meter) release() {
	if m != nil {
		m.hold.Release()
	}
}
