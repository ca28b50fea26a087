package interp

import (
	"bufio"
	"bytes"
	"io"
	"strings"
	"sync"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Output capture, for ExUnit.CaptureIO and ExUnit.CaptureLog
// (interp/elixirlib/exunit.ex), through the private module :exlite_capture:
//
//	start(:stdio, input)   the calling process's standard output (and
//	                       standard input, read from input) become a buffer,
//	                       as a StringIO group leader would: the processes it
//	                       spawns from then on inherit it
//	start(:stderr, _)      standard error, of every process, goes to a buffer
//	start(:log, level)     Logger calls, of every process, are formatted into
//	                       a buffer instead of reaching the logger; level
//	                       (nil: all) leaves out the less severe ones, as
//	                       capture_log's :level option
//	stop(device)           ends the innermost capture of device and returns
//	                       what it collected
//
// Captures nest. A program that never captures pays one nil check per
// write.

// ioCapture is a buffer standing for a StringIO group leader.
type ioCapture struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	in   *bufio.Reader
	prev *ioCapture
	in2  *Interp
	// level is a log capture's least severe level ("" for all).
	level string
}

// Write implements io.Writer; past the program's output limit it ends
// the run as the limit does for standard output.
func (c *ioCapture) Write(b []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if max := c.in2.opts.Limits.Output; max > 0 && int64(c.buf.Len()+len(b)) > max {
		go c.in2.limitReached(&LimitError{Name: "output", Max: max, Value: max + 1})
		return len(b), nil
	}
	return c.buf.Write(b)
}

func (c *ioCapture) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.buf.String()
}

// captures holds the program-wide captures (standard error and logs).
type captures struct {
	mu  sync.Mutex
	err *ioCapture
	log *ioCapture
}

func init() { rt.RegisterLazy(registerCapture) }

// registerCapture registers the built-ins of this file (see rt.RegisterLazy).
func registerCapture() {
	rt.Register(":exlite_capture", map[string]rt.BuiltinFunc{
		"start/2": func(env rt.Env, a []term.Term) term.Term {
			p := env.(*proc)
			input, _ := a[1].(term.Binary)
			c := &ioCapture{in2: p.in, in: bufio.NewReader(strings.NewReader(string(input)))}
			switch captureDevice(env, a[0]) {
			case "stdio":
				c.prev = p.gl
				p.gl = c
			case "stderr":
				p.in.caps.mu.Lock()
				c.prev = p.in.caps.err
				p.in.caps.err = c
				p.in.caps.mu.Unlock()
			case "log":
				if l, ok := a[1].(term.Atom); ok && a[1] != term.NilAtom {
					if _, known := logRank[l.Name()]; !known {
						rt.ArgumentError("invalid log level " + rt.Inspect(env, a[1]))
					}
					c.level = l.Name()
				}
				p.in.caps.mu.Lock()
				c.prev = p.in.caps.log
				p.in.caps.log = c
				p.in.caps.mu.Unlock()
			}
			return term.OK
		},
		"stop/1": func(env rt.Env, a []term.Term) term.Term {
			p := env.(*proc)
			var c *ioCapture
			switch captureDevice(env, a[0]) {
			case "stdio":
				c = p.gl
				if c != nil {
					p.gl = c.prev
				}
			case "stderr", "log":
				p.in.caps.mu.Lock()
				slot := &p.in.caps.err
				if captureDevice(env, a[0]) == "log" {
					slot = &p.in.caps.log
				}
				c = *slot
				if c != nil {
					*slot = c.prev
				}
				p.in.caps.mu.Unlock()
			}
			if c == nil {
				return term.Binary("")
			}
			return term.Binary(c.String())
		},
	})
}

func captureDevice(env rt.Env, t term.Term) string {
	switch t {
	case term.MakeAtom("stdio"), term.MakeAtom("standard_io"):
		return "stdio"
	case term.MakeAtom("stderr"), term.MakeAtom("standard_error"):
		return "stderr"
	case term.MakeAtom("log"):
		return "log"
	}
	rt.ArgumentError("unknown capture device " + rt.Inspect(env, t))
	return ""
}

// stderrCapture returns the writer that takes standard error now: the
// innermost capture, or nil.
func (in *Interp) stderrCapture() io.Writer {
	in.caps.mu.Lock()
	defer in.caps.mu.Unlock()
	if in.caps.err == nil {
		return nil
	}
	return in.caps.err
}

// logCaptured writes a log line into every active log capture, and
// reports whether there was one (then the logger does not print it).
func (in *Interp) logCaptured(env rt.Env, level, text string) bool {
	in.caps.mu.Lock()
	var all []*ioCapture
	for c := in.caps.log; c != nil; c = c.prev {
		all = append(all, c)
	}
	in.caps.mu.Unlock()
	if len(all) == 0 {
		return false
	}
	if bp := rt.ProcessOf(env); bp != nil && !bp.Runtime().Logs(level) {
		return true // below Logger's level: neither logged nor captured
	}
	line := logLine(env, level, text)
	for _, c := range all {
		if c.level == "" || logRank[level] >= logRank[c.level] {
			io.WriteString(c, line)
		}
	}
	return true
}

// logRank ranks Logger's levels, least severe first.
var logRank = map[string]int{
	"all": 0, "debug": 1, "info": 2, "notice": 3, "warning": 4, "warn": 4,
	"error": 5, "critical": 6, "alert": 7, "emergency": 8, "none": 9,
}

// logLine formats a Logger call as the default formatter does:
// "\n$time $metadata[$level] $message\n" (no metadata).
func logLine(env rt.Env, level, text string) string {
	ts := "00:00:00.000"
	if bp := rt.ProcessOf(env); bp != nil {
		ts = bp.Runtime().Timestamp()
	}
	if !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	return "\n" + ts + " [" + level + "] " + text
}
