package rt

import (
	"github.com/exlite/exlite/beam/term"
)

// ErrorKind is the class of an Elixir non-local exit.
type ErrorKind uint8

// The three classes of the BEAM: raise/error, throw and exit.
const (
	KindError ErrorKind = iota
	KindThrow
	KindExit
)

// Frame is one line of an Elixir stack trace: file.exs:8: Inventory.take/3.
type Frame struct {
	Module   term.Atom // zero for top-level script code
	Function string    // "take/3", "anonymous fn/0 in Mod.f/1", or "(file)"
	File     string
	Line     int
}

// Error is an Elixir exception, throw or exit travelling through Go code.
// Built-ins raise one with panic(err); the evaluator recovers it at try,
// catch and process boundaries.
type Error struct {
	Kind ErrorKind
	// Value is the exception struct (KindError), the thrown term
	// (KindThrow) or the exit reason (KindExit).
	Value term.Term
	// Stack is the Elixir stack at the point of raising, innermost first.
	Stack []Frame
	// Raw, when not nil, is the Erlang error term that `catch :error, v`
	// sees instead of the exception struct (:badarith for ArithmeticError,
	// {:badmatch, v} for MatchError...).
	Raw term.Term
	// Args are the arguments of a call that matched no clause, printed
	// under an uncaught FunctionClauseError.
	Args []term.Term
}

// Error implements the error interface with Elixir's banner text.
func (e *Error) Error() string {
	switch e.Kind {
	case KindThrow:
		return "** (throw) " + inspectFn(e.Value)
	case KindExit:
		return "** (exit) " + inspectFn(e.Value)
	}
	return "** (" + ExceptionName(e.Value) + ") " + ExceptionMessage(e.Value)
}

// inspectFn prints terms for messages; package interp/inspect installs the
// real one with SetInspector (rt cannot import it without a cycle).
var inspectFn = func(t term.Term) string { return "<term>" }

// SetInspector installs the function used to print terms in messages.
func SetInspector(f func(term.Term) string) { inspectFn = f }

// Inspect prints a term as inspect/1 does (once an inspector is installed).
func Inspect(t term.Term) string { return inspectFn(t) }

var (
	atomStruct    = term.MakeAtom("__struct__")
	atomException = term.MakeAtom("__exception__")
	atomMessage   = term.MakeAtom("message")
)

// NewException builds the struct %Module{__exception__: true, fields...};
// module is written as in source ("ArgumentError").
func NewException(module string, fields ...term.Term) *term.Map {
	m := term.EmptyMap.Put(atomStruct, ModuleAtom(module)).Put(atomException, term.True)
	for i := 0; i+1 < len(fields); i += 2 {
		m = m.Put(fields[i], fields[i+1])
	}
	return m
}

// Raise panics with exception exc (a struct) as an Elixir error.
func Raise(exc term.Term) {
	panic(&Error{Kind: KindError, Value: exc})
}

// RaiseRaw panics with exception exc whose Erlang form is raw (what
// `catch :error, v` receives), e.g. ArithmeticError and :badarith.
func RaiseRaw(exc, raw term.Term) {
	panic(&Error{Kind: KindError, Value: exc, Raw: raw})
}

// RaiseMessage raises %Module{message: msg}.
func RaiseMessage(module, msg string) {
	Raise(NewException(module, atomMessage, term.Binary(msg)))
}

// ArgumentError raises ArgumentError with msg.
func ArgumentError(msg string) { RaiseMessage("ArgumentError", msg) }

// Throw panics with a thrown value.
func Throw(v term.Term) { panic(&Error{Kind: KindThrow, Value: v}) }

// Exit panics with an exit reason.
func Exit(reason term.Term) { panic(&Error{Kind: KindExit, Value: reason}) }

// ExceptionName returns the module name of an exception struct as Elixir
// prints it ("ArgumentError", "MyApp.Error").
func ExceptionName(exc term.Term) string {
	if m, ok := exc.(*term.Map); ok {
		if mod, ok := m.Get(atomStruct); ok {
			if a, ok := mod.(term.Atom); ok {
				return ModuleName(a)
			}
		}
	}
	return "ErlangError"
}

// ModuleName prints a module atom as Elixir source writes it: Elixir.Enum
// is "Enum", :lists is ":lists".
func ModuleName(a term.Atom) string {
	n := a.Name()
	if len(n) > 7 && n[:7] == "Elixir." {
		return n[7:]
	}
	return ":" + n
}

// messageFn computes an exception's message; the evaluator installs one
// that knows user-defined exceptions (message/1) with SetMessageFunc.
var messageFn = defaultMessage

// SetMessageFunc installs the function behind ExceptionMessage.
func SetMessageFunc(f func(exc term.Term) string) { messageFn = f }

// ExceptionMessage returns Exception.message/1 of exc.
func ExceptionMessage(exc term.Term) string { return messageFn(exc) }

// DefaultMessage returns the :message field of an exception struct.
func DefaultMessage(exc term.Term) string { return defaultMessage(exc) }

func defaultMessage(exc term.Term) string {
	if m, ok := exc.(*term.Map); ok {
		if msg, ok := m.Get(atomMessage); ok {
			if b, ok := msg.(term.Binary); ok {
				return string(b)
			}
		}
	}
	return inspectFn(exc)
}

// messageEnvFn computes an exception's message with access to the running
// program (so user-defined message/1 callbacks can run).
var messageEnvFn func(env Env, exc term.Term) string

// SetMessageEnvFunc installs the function behind ExceptionMessageEnv; the
// evaluator installs one that calls user-defined message/1.
func SetMessageEnvFunc(f func(env Env, exc term.Term) string) { messageEnvFn = f }

// ExceptionMessageEnv returns Exception.message/1 of exc, running a
// user-defined message/1 in env when the exception has one. Built-ins
// should prefer it to ExceptionMessage.
func ExceptionMessageEnv(env Env, exc term.Term) string {
	if messageEnvFn != nil && env != nil {
		return messageEnvFn(env, exc)
	}
	return messageFn(exc)
}
