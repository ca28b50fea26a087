package beam

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/exlite/exlite/beam/term"
)

// Test helpers: process bodies written in Go.

func a(name string) term.Atom { return term.MakeAtom(name) }

func anyMsg(term.Term) bool { return true }

// tagged matches tuples whose first element is tag.
func tagged(tag string) func(term.Term) bool {
	at := a(tag)
	return func(m term.Term) bool {
		t, ok := m.(term.Tuple)
		return ok && len(t) > 0 && t[0] == term.Term(at)
	}
}

// is matches exactly the atom name.
func is(name string) func(term.Term) bool {
	at := a(name)
	return func(m term.Term) bool { return m == term.Term(at) }
}

// long is the timeout, in milliseconds, of a receive that waits for an
// event bound to happen: only a bug makes it expire, never a loaded
// machine. Real-time tests wait for events, not for durations.
const long = 60_000

// recv receives with match and fails the test on timeout.
func recv(t testing.TB, p *Process, match func(term.Term) bool, timeout int64) term.Term {
	m, ok := p.Receive(match, timeout)
	if !ok {
		t.Errorf("%s: receive timed out", FormatPid(p.Pid()))
		panic(&Exit{Reason: a("test_timeout")})
	}
	return m
}

// show prints a term roughly as Elixir does, enough for the tests.
func show(t term.Term) string {
	switch v := t.(type) {
	case term.Atom:
		return ":" + v.Name()
	case term.Int:
		return fmt.Sprint(int64(v))
	case term.Binary:
		return fmt.Sprintf("%q", string(v))
	case term.Pid:
		return "#PID"
	case term.Ref:
		return "#Ref"
	case term.Tuple:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = show(e)
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case nil:
		return "nil"
	}
	if items, ok := term.ListToSlice(t); ok {
		parts := make([]string, len(items))
		for i, e := range items {
			parts[i] = show(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return fmt.Sprint(t)
}

// puts writes a line to the program's stdout.
func puts(p *Process, format string, args ...any) {
	fmt.Fprintf(p.Runtime().Stdout(), format+"\n", args...)
}

// run runs main in a deterministic runtime with seed and returns its
// outcome and stdout; it also checks that halting left no goroutine.
func runSeed(t testing.TB, seed int64, main Body) (*Outcome, string) {
	t.Helper()
	var buf bytes.Buffer
	rt := NewRuntime(Options{Deterministic: true, Seed: seed, Stdout: &buf})
	out := rt.RunMain(main)
	if !rt.Wait(long * time.Millisecond) {
		t.Errorf("processes still running after halt")
	}
	return out, buf.String()
}

func run(t testing.TB, main Body) (*Outcome, string) {
	t.Helper()
	return runSeed(t, 0, main)
}

// runReal runs main with real time and tokens run tokens.
func runReal(t testing.TB, tokens int, main Body) (*Outcome, string) {
	t.Helper()
	var buf bytes.Buffer
	rt := NewRuntime(Options{Tokens: tokens, Stdout: &buf})
	out := rt.RunMain(main)
	if !rt.Wait(long * time.Millisecond) {
		t.Errorf("processes still running after halt")
	}
	return out, buf.String()
}

// both runs the test body in deterministic and real-time mode.
func both(t *testing.T, f func(t *testing.T, run func(Body) (*Outcome, string))) {
	t.Run("deterministic", func(t *testing.T) {
		f(t, func(b Body) (*Outcome, string) { return run(t, b) })
	})
	t.Run("real", func(t *testing.T) {
		f(t, func(b Body) (*Outcome, string) { return runReal(t, 2, b) })
	})
}

func checkOut(t *testing.T, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
}

func checkNormal(t *testing.T, out *Outcome) {
	t.Helper()
	if out.Reason != term.Term(Normal) || out.Signal || out.Panic != "" || out.Quiet != nil {
		t.Errorf("outcome = %+v (reason %s), want a normal end", out, show(out.Reason))
	}
}

// waitMessages polls until p's mailbox holds n messages or a minute of
// the runtime's clock passes, without taking any: real-time tests must not
// depend on how loaded the machine is.
func waitMessages(p *Process, n int) {
	for range long {
		if len(p.Messages()) >= n {
			return
		}
		p.Sleep(1)
	}
}

// notifyWriter records what is written to it and closes got at the first
// write, so that a test can wait for output instead of for a duration.
type notifyWriter struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	got  chan struct{}
	once sync.Once
}

func (w *notifyWriter) Write(b []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(b)
	w.once.Do(func() { close(w.got) })
	return len(b), nil
}

func (w *notifyWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}
