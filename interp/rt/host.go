package rt

import (
	"bufio"
	"math/rand"
	"strconv"
	"time"

	"github.com/exlite/exlite/beam/term"
)

// Optional capabilities of an Env. A built-in that needs one type-asserts
// the Env it was given and falls back to a sensible default when the Env
// lacks it, so fakes in tests need implement only what they use. The
// evaluator implements them per program, so several programs can run in
// one Go process (the course backend) without sharing state.

// StdinEnv gives the program's standard input (IO.gets, IO.read),
// buffered once for the whole program so that what one read buffers the
// next one sees; nil, or an Env without it, reads end of file.
type StdinEnv interface {
	Stdin() *bufio.Reader
}

// ArgvEnv gives the program's command-line arguments (System.argv/0).
// Without it, argv is [].
type ArgvEnv interface {
	Argv() []string
}

// ClockEnv gives the program's clocks. In deterministic mode the evaluator
// returns a virtual clock. Without it, the host's clocks are used.
type ClockEnv interface {
	// Now is the wall clock (System.system_time, DateTime.utc_now...).
	Now() time.Time
	// Monotonic is the time elapsed on a monotonic clock since the program
	// started (System.monotonic_time).
	Monotonic() time.Duration
}

// SleepEnv suspends the calling Elixir process (Process.sleep,
// :timer.sleep) through the process runtime, so the virtual clock and the
// scheduler see it. Without it, built-ins call time.Sleep.
type SleepEnv interface {
	Sleep(d time.Duration)
}

// RandEnv gives the program's random source (:rand, Enum.random...),
// seeded by --seed for reproducible runs. Without it, built-ins use a
// fresh source seeded from the clock.
type RandEnv interface {
	Rand() *rand.Rand
}

// UniqueEnv gives the program's counter behind System.unique_integer/1
// and :erlang.unique_integer/1, so a program's values do not depend on
// what other programs ask. Without it, built-ins use a process-wide one.
type UniqueEnv interface {
	// UniqueInteger returns the next value of the counter, from 1.
	UniqueInteger() int64
}

// WarnEnv prints IO.warn/2's warning for a %Macro.Env{} or a keyword
// list of file:, line:, column:, module:, function: as Elixir's
// compiler prints a diagnostic: the line's code and where it is
// ("Foo (module)", "Foo.bar/1", "(file)"). It reports false when it did
// not print (env is not one it can place: another file, no line); the
// caller then prints the warning without the code.
type WarnEnv interface {
	WarnAt(message string, env term.Term) bool
}

// Halt is the panic value of System.halt/0,1 and System.stop/0,1: the
// evaluator stops the whole program at once, flushes standard output, and
// exits with Code. It is not an Elixir error: try/rescue/catch never see it.
type Halt struct {
	Code int
	// Message, when not empty, is printed to standard error first
	// (System.halt("slogan") prints the slogan as a crash dump notice).
	Message string
}

// Error implements error for Halt, so a Halt that escapes is readable.
func (h *Halt) Error() string { return "System.halt(" + strconv.Itoa(h.Code) + ")" }
