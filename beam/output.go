package beam

import (
	"bufio"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/exlite/exlite/beam/term"
)

// Output is the program's shared standard output. Each Write is atomic, so
// lines written by different processes never interleave; it is buffered
// and flushed when the runtime goes idle, every 50ms of real time after a
// write (real-time mode), by Flush and at halt. Writes after the program
// halted are discarded.
type Output struct {
	mu       sync.Mutex
	w        *bufio.Writer
	closed   bool
	periodic bool
	armed    bool
}

// writers keeps the 64 KiB buffers of closed outputs for the next
// runtimes (a service starts many short runs).
var writers = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 64<<10) }}

func newOutput(dst io.Writer, periodic bool) *Output {
	w := writers.Get().(*bufio.Writer)
	w.Reset(dst)
	return &Output{w: w, periodic: periodic}
}

// Write implements io.Writer.
func (o *Output) Write(b []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.closed {
		return len(b), nil
	}
	o.w.Write(b)
	if o.periodic && !o.armed {
		o.armed = true
		time.AfterFunc(50*time.Millisecond, o.timedFlush)
	}
	return len(b), nil
}

// WriteString writes s atomically.
func (o *Output) WriteString(s string) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.closed {
		return len(s), nil
	}
	o.w.WriteString(s)
	if o.periodic && !o.armed {
		o.armed = true
		time.AfterFunc(50*time.Millisecond, o.timedFlush)
	}
	return len(s), nil
}

func (o *Output) timedFlush() {
	o.mu.Lock()
	o.armed = false
	if !o.closed {
		o.w.Flush()
	}
	o.mu.Unlock()
}

// Flush writes out what is buffered.
func (o *Output) Flush() {
	o.mu.Lock()
	if !o.closed {
		o.w.Flush()
	}
	o.mu.Unlock()
}

func (o *Output) close() {
	o.mu.Lock()
	if !o.closed {
		o.w.Flush()
		o.closed = true
		// Every use of w checks closed first: it can go back.
		o.w.Reset(nil)
		writers.Put(o.w)
		o.w = nil
	}
	o.mu.Unlock()
}

// Stdout returns the program's shared standard output (IO.puts writes
// here). Flush it before writing to standard error.
func (rt *Runtime) Stdout() *Output { return rt.out }

// Flush flushes the program's standard output.
func (rt *Runtime) Flush() { rt.out.Flush() }

// Timestamp returns the time of day as the logger prints it,
// "HH:MM:SS.mmm": wall-clock time, or the virtual clock (from
// 00:00:00.000) in deterministic mode.
func (rt *Runtime) Timestamp() string {
	if rt.clock.virtual {
		ms := rt.clock.micros() / 1000
		return fmt.Sprintf("%02d:%02d:%02d.%03d", ms/3600000%24, ms/60000%60, ms/1000%60, ms%1000)
	}
	return time.Now().Format("15:04:05.000")
}

// LogError submits an error report (its text formatted by the evaluator,
// e.g. "Process #PID<0.98.0> raised an exception\n** (RuntimeError) boom\n
// ...") to the runtime's logger process. The report reaches the logger
// 1ms later; the logger, which runs like any process, writes
// "\n" + timestamp + " [error] " + text + "\n" to stdout when it gets its
// turn; the timestamp is taken now. The report is lost if the program
// halts before, as in real Elixir.
func (rt *Runtime) LogError(text string) {
	rt.Log("error", text)
}

// Log submits a report at level ("error", "warning", "info"...) from
// outside any process: it reaches the logger as a crash report does.
// Processes use Process.Log.
func (rt *Runtime) Log(level, text string) {
	if rt.halted.Load() || !rt.Logs(level) {
		return
	}
	rt.sendLog(rt.logLine(level, text))
}

// Log is Logger.error/1 and its siblings called by the running process p:
// "\n" + timestamp + " [level] " + text + "\n" is written to stdout by
// the logger process when it gets its turn, or earlier: before anything p
// (or any process) sends next, an exit signal or :DOWN included, and
// before a program whose main code has ended halts (Elixir's CLI flushes
// the logger then). So what a receiver prints after a crash report was
// logged comes after the report, as in Elixir, where the report leaves
// for the logger before the crashing server's exit signal; and the
// process's own IO.puts right after Logger.error may still come first.
// A text ending in "\n" is followed by a blank line, as in Elixir.
func (p *Process) Log(level, text string) {
	rt := p.rt
	if rt.halted.Load() || !rt.Logs(level) {
		return
	}
	line := "\n" + rt.Timestamp() + " [" + level + "] " + text + "\n"
	rt.logMu.Lock()
	rt.logQ = append(rt.logQ, line)
	rt.logPending.Store(int32(len(rt.logQ)))
	rt.logMu.Unlock()
	// Wake the logger: it writes the queue when it runs.
	rt.toLogger("")
}

// logSeverity ranks Logger's levels, least severe first; "all" and
// "none" are the bounds Logger.configure(level: ...) also takes.
var logSeverity = map[string]int32{
	"all": 0, "debug": 1, "info": 2, "notice": 3, "warning": 4, "warn": 4,
	"error": 5, "critical": 6, "alert": 7, "emergency": 8, "none": 9,
}

// SetLogLevel makes the logger drop reports less severe than level
// (Logger.configure(level: level)); false for a name that is no level.
func (rt *Runtime) SetLogLevel(level string) bool {
	n, ok := logSeverity[level]
	if ok {
		if level == "debug" {
			n = 0 // the default: every report
		}
		rt.logMin.Store(n)
	}
	return ok
}

// LogLevel returns the level set by SetLogLevel ("debug" by default).
func (rt *Runtime) LogLevel() string {
	switch n := rt.logMin.Load(); n {
	case 0:
		return "debug"
	default:
		for name, m := range logSeverity {
			if m == n && name != "warn" {
				return name
			}
		}
		return "debug"
	}
}

// Logs reports whether a report at level would be written.
func (rt *Runtime) Logs(level string) bool {
	n, ok := logSeverity[level]
	return !ok || n >= rt.logMin.Load()
}

// flushLogs writes the lines of Process.Log not written yet, in the
// order they were logged.
func (rt *Runtime) flushLogs() {
	rt.logMu.Lock()
	q := rt.logQ
	rt.logQ = nil
	rt.logPending.Store(0)
	for _, line := range q {
		rt.out.WriteString(line)
	}
	rt.logMu.Unlock()
}

// logLine formats a report as the logger prints it, time-stamped now.
func (rt *Runtime) logLine(level, text string) string {
	if len(text) == 0 || text[len(text)-1] != '\n' {
		text += "\n"
	}
	return "\n" + rt.Timestamp() + " [" + level + "] " + text
}

// sendLog starts line on its way to the logger.
func (rt *Runtime) sendLog(line string) {
	rt.afterFunc(loggerDelay, func() { rt.toLogger(line) })
}

// loggerDelay is how long a report takes to reach the logger, in
// microseconds. In real Elixir the report travels through several
// processes, so a script that halts at once (its last expression spawned
// the crashing process, or a linked crash kills it) loses it.
const loggerDelay = 1000

// toLogger hands line to the logger process, starting it if needed.
func (rt *Runtime) toLogger(line string) {
	if rt.halted.Load() {
		return
	}
	rt.logMu.Lock()
	lg := rt.logger
	if lg == nil {
		lg = rt.newProcess(loggerPid)
		lg.system = true
		rt.logger = lg
		lg.pushLocked(term.Binary(line), 0) // the logger's own reports are not the program's memory
		rt.logMu.Unlock()
		rt.start(lg, rt.loggerBody)
		return
	}
	rt.logMu.Unlock()
	lg.deliver(term.Binary(line))
}

func (rt *Runtime) loggerBody(p *Process) term.Term {
	any := func(term.Term) bool { return true }
	for {
		msg, _ := p.Receive(any, -1)
		if b, ok := msg.(term.Binary); ok && b != "" {
			rt.out.WriteString(string(b))
		}
		// "" is Process.Log's wake-up: write its queue.
		if rt.logPending.Load() != 0 {
			rt.flushLogs()
		}
	}
}

// refBase is where reference numbers start, so that printed references
// look like the BEAM's.
const refBase = 100000

// MakeRef returns a new reference, unique within the runtime
// (make_ref/0).
func (rt *Runtime) MakeRef() term.Ref { return term.Ref{ID: rt.nextRef.Add(1)} }

// FormatRef prints a reference as Elixir does: #Reference<0.A.B.C>.
func FormatRef(r term.Ref) string {
	return fmt.Sprintf("#Reference<0.%d.%d.%d>", 1842947611+uint32(r.ID>>50), 2368470017+uint32(r.ID>>18), uint32(r.ID&0x3ffff))
}

// FormatPid prints a pid as Elixir does: #PID<0.N.0>.
func FormatPid(p term.Pid) string { return fmt.Sprintf("#PID<0.%d.0>", p.ID) }
