package rt

import (
	"slices"

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

// TopFunction is the function a file's top level runs as, as Elixir
// names it in stacktraces: {:elixir_compiler_0, :__FILE__, 1, loc},
// printed "(file)".
const TopFunction = "__FILE__"

// Frame is one line of an Elixir stack trace: file.exs:8: Inventory.take/3.
type Frame struct {
	Module   term.Atom // zero for top-level script code
	Function string    // "take/3", "anonymous fn/0 in Mod.f/1", or "(file)"
	File     string
	Line     int
	// Entry, when not nil, is the stacktrace entry ({m, f, args, loc})
	// this frame was read back from (reraise/3 of a __STACKTRACE__): it
	// turns into that entry again as it was, arguments included.
	Entry term.Term
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
	// Above, set by a built-in, holds the frames above the process's own
	// (a BIF's: ":erlang.+(:a, 1)"); the evaluator puts its stack under.
	Above []Frame
}

// Error implements the error interface with Elixir's banner text.
func (e *Error) Error() string {
	switch e.Kind {
	case KindThrow:
		return "** (throw) " + Inspect(nil, e.Value)
	case KindExit:
		return "** (exit) " + Inspect(nil, e.Value)
	}
	return "** (" + ExceptionName(e.Value) + ") " + ExceptionMessage(nil, e.Value)
}

// The printing and message functions of packages rt cannot import
// (interp/inspect, interp/stdlib) are installed once, by their init
// functions, and hold no state of any program: the program whose
// structs, Inspect implementations and exceptions they print travels in
// the Env they are given.
var (
	inspectFn       = func(env Env, t term.Term, pretty bool) string { return "<term>" }
	builtinMessages func(env Env, exc term.Term) (string, bool)
)

// SetInspector installs the function that prints terms for Inspect
// (pretty is Elixir's pretty: true, limit: :infinity). Package
// interp/inspect calls it from its init function.
func SetInspector(f func(env Env, t term.Term, pretty bool) string) { inspectFn = f }

// Inspect prints a term as inspect/1 does in env's program (its own
// Inspect implementations and struct field order); env nil prints as a
// program that defines nothing.
func Inspect(env Env, t term.Term) string { return inspectFn(env, t, false) }

// inspectPretty prints a term as inspect(t, pretty: true, limit:
// :infinity) does in env's program.
func inspectPretty(env Env, t term.Term) string { return inspectFn(env, t, true) }

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

// FunctionClauseException is the %FunctionClauseError{} a call of
// mod.fun/arity that matches no clause raises: :kind, :args and :clauses
// nil until Exception.blame/3 fills them. The fields are terms because a
// normalized :function_clause takes them from a stacktrace entry, which
// may hold nil.
func FunctionClauseException(mod, fun, arity term.Term) *term.Map {
	return NewException("FunctionClauseError", atomModule, mod, atomFunction, fun, atomArity, arity,
		atomKind, term.NilAtom, atomArgs, term.NilAtom, atomClauses, term.NilAtom)
}

// RaiseFunctionClause raises FunctionClauseError for mod.fun/arity as a
// call with args that matches none of its clauses: `catch :error, v`
// sees :function_clause, and the uncaught error's report blames args (a
// copy, so the caller may reuse its slice; nil blames nothing).
func RaiseFunctionClause(mod, fun term.Atom, arity int, args []term.Term) {
	panic(&Error{Kind: KindError, Value: FunctionClauseException(mod, fun, term.Int(arity)),
		Raw: atomFunctionClause, Args: slices.Clone(args)})
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

// MessageEnv is implemented by an Env whose program may define
// exceptions of its own (defexception with message/1): ExceptionMessage
// asks it first. The evaluator implements it per process.
type MessageEnv interface {
	// ExceptionMessage returns Exception.message/1 of exc, running the
	// program's own message/1 in the calling process when it has one.
	ExceptionMessage(exc term.Term) string
}

// SetBuiltinMessages installs the messages of Elixir's built-in
// exceptions whose text is computed from their fields; package
// interp/stdlib calls it from its init function.
func SetBuiltinMessages(f func(env Env, exc term.Term) (string, bool)) { builtinMessages = f }

// ExceptionMessage returns Exception.message/1 of exc in env's program:
// its own message/1 (MessageEnv), else the built-in message. env nil
// gives the built-in message.
func ExceptionMessage(env Env, exc term.Term) string {
	if me, ok := env.(MessageEnv); ok {
		return me.ExceptionMessage(exc)
	}
	return BuiltinMessage(env, exc)
}

// BuiltinMessage returns the message of exc as Elixir's own exceptions
// compute it, ignoring any message/1 of the program's: the built-in
// text, else the :message field, else the inspected struct.
func BuiltinMessage(env Env, exc term.Term) string {
	if builtinMessages != nil {
		if s, ok := builtinMessages(env, exc); ok {
			return s
		}
	}
	return DefaultMessage(env, exc)
}

// DefaultMessage returns the :message field of an exception struct, or
// the struct inspected in env's program when it has none.
func DefaultMessage(env Env, exc term.Term) string {
	if m, ok := exc.(*term.Map); ok {
		if msg, ok := m.Get(atomMessage); ok {
			if b, ok := msg.(term.Binary); ok {
				return string(b)
			}
		}
	}
	return Inspect(env, exc)
}
