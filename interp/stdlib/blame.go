package stdlib

import (
	"fmt"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Exception.blame/3 and the text FunctionClauseError.blame/3 writes.

// ClauseLimit is the most clauses FunctionClauseError.blame/3 lists.
const ClauseLimit = 10

// Blamer is implemented by an Env whose program knows what the fields of
// Elixir's own exceptions do not say (the evaluator implements it per
// process); Exception.blame/3 asks it.
type Blamer interface {
	// BlameClauses is Exception.blame_mfa/3 for mod.fun/len(args): the
	// function's kind (:def or :defp), its clauses as blame_mfa returns
	// them ({args, guards}, each part %{match?: bool, node: quoted}),
	// and the same clauses as FunctionClauseError's message prints them
	// ("def f(-x-) when is_integer(x)"). ok is false when the function
	// keeps no clause heads (a script's module, a built-in).
	BlameClauses(mod, fun term.Atom, args []term.Term) (kind, clauses term.Term, lines []string, ok bool)
	// BlamedMessage is msg, the message of an UndefinedFunctionError or
	// KeyError exc, as their blame/2 words it: with the "did you mean"
	// hints of the names the program defines.
	BlamedMessage(exc term.Term, msg string) string
}

// FunctionClauseBlame is what FunctionClauseError.blame/3 adds to the
// message of exc, a FunctionClauseError called with args: "\n\nThe
// following arguments were given to M.f/n:\n", each argument numbered
// and inspected, then, when clauses (each as "def f(-x-) when ...") are
// given, at most ClauseLimit of them under "Attempted function clauses".
// Lines are not indented beyond Elixir's own text: the command line's
// report indents it all by four.
func FunctionClauseBlame(env rt.Env, exc term.Term, args []term.Term, clauses []string) string {
	mod, _ := field(exc, "module").(term.Atom)
	f, _ := field(exc, "function").(term.Atom)
	pad := func(s string) string { return strings.ReplaceAll(s, "\n", "\n    ") }
	var sb strings.Builder
	sb.WriteString("\n\nThe following arguments were given to " + formatMFA(env, mod, f, field(exc, "arity")) + ":\n")
	for i, a := range args {
		fmt.Fprintf(&sb, "%s%d%s%s\n", pad("\n# "), i+1, pad("\n"), pad(rt.Inspect(env, a)))
	}
	if len(clauses) == 0 {
		return sb.String()
	}
	shown := clauses[:min(len(clauses), ClauseLimit)]
	fmt.Fprintf(&sb, "\nAttempted function clauses (showing %d out of %d):\n\n", len(shown), len(clauses))
	for _, c := range shown {
		sb.WriteString("    " + c + "\n")
	}
	switch more := len(clauses) - ClauseLimit; {
	case more == 1:
		sb.WriteString("    ...\n    (1 clause not shown)\n")
	case more > 1:
		fmt.Fprintf(&sb, "    ...\n    (%d clauses not shown)\n", more)
	}
	return sb.String()
}

// blamedClauses are the clause lines message/1 prints for a blamed
// FunctionClauseError exc (its :clauses a non-empty list), as env's
// program blames them for args; none when env cannot tell.
func blamedClauses(env rt.Env, exc term.Term, args []term.Term) []string {
	if _, ok := field(exc, "clauses").(*term.Cons); !ok {
		return nil
	}
	b, ok := env.(Blamer)
	mod, ok1 := field(exc, "module").(term.Atom)
	fun, ok2 := field(exc, "function").(term.Atom)
	if !ok || !ok1 || !ok2 {
		return nil
	}
	_, _, lines, _ := b.BlameClauses(mod, fun, args)
	return lines
}

// blame is Exception.blame/3 of an error, exc already normalized: a
// program's exception with blame/2 runs it; Elixir's own exceptions
// get what theirs adds (a FunctionClauseError its arguments and
// clauses, an ArithmeticError its operation, an UndefinedFunctionError
// or KeyError its hints).
func blame(env rt.Env, exc, stack term.Term) (term.Term, term.Term) {
	m, ok := exc.(*term.Map)
	if !ok {
		return exc, stack
	}
	name, _ := field(exc, "__struct__").(term.Atom)
	switch rt.ExceptionName(exc) {
	case "FunctionClauseError":
		return blameFunctionClause(env, m, stack)
	case "ArithmeticError":
		return blameArithmetic(env, m, stack), stack
	case "UndefinedFunctionError", "KeyError":
		if _, ok := field(exc, "message").(term.Binary); ok && rt.ExceptionName(exc) == "KeyError" {
			return exc, stack
		}
		msg := rt.ExceptionMessage(env, exc)
		if b, ok := env.(Blamer); ok {
			msg = b.BlamedMessage(exc, msg)
		}
		return m.Put(atom("message"), term.Binary(msg)), stack
	}
	if _, builtin := builtinExceptions[rt.ExceptionName(exc)]; !builtin && functionExported(env, name, atom("blame"), term.Int(2)) {
		if r, ok := env.Apply(name, atom("blame"), []term.Term{exc, stack}).(term.Tuple); ok && len(r) == 2 {
			return r[0], r[1]
		}
	}
	return exc, stack
}

// blameFunctionClause is FunctionClauseError.blame/2: when the
// stacktrace's first entry is the call that failed, with its arguments,
// they go into :args (and the function's kind and clauses into :kind
// and :clauses when the program keeps them), and the entry shows the
// arity instead.
func blameFunctionClause(env rt.Env, exc *term.Map, stack term.Term) (term.Term, term.Term) {
	c, ok := stack.(*term.Cons)
	if !ok {
		return exc, stack
	}
	top, ok := c.Head.(term.Tuple)
	mod, fun, arity := field(exc, "module"), field(exc, "function"), field(exc, "arity")
	if !ok || len(top) != 4 || top[0] != mod || top[1] != fun {
		return exc, stack
	}
	args, ok := term.ListToSlice(top[2])
	if n, isInt := arity.(term.Int); !ok || top[2] == term.NilAtom || !isInt || len(args) != int(n) {
		return exc, stack
	}
	blamed := exc.Put(atom("args"), top[2])
	if b, ok := env.(Blamer); ok {
		m, _ := mod.(term.Atom)
		f, _ := fun.(term.Atom)
		if kind, clauses, _, ok := b.BlameClauses(m, f, args); ok {
			blamed = blamed.Put(atom("kind"), kind).Put(atom("clauses"), clauses)
		}
	}
	return blamed, &term.Cons{Head: term.Tuple{top[0], top[1], arity, top[3]}, Tail: c.Tail}
}

// blameArithmetic is ArithmeticError.blame/2 of Elixir 1.18: the
// message names the operation of an :erlang entry on top of the
// stacktrace ("bad argument in arithmetic expression: 1 / 0").
func blameArithmetic(env rt.Env, exc *term.Map, stack term.Term) term.Term {
	msg, ok := field(exc, "message").(term.Binary)
	c, ok1 := stack.(*term.Cons)
	if !ok || !ok1 {
		return exc
	}
	top, ok := c.Head.(term.Tuple)
	if !ok || len(top) != 4 || top[0] != atom("erlang") {
		return exc
	}
	fun, _ := top[1].(term.Atom)
	args, ok := term.ListToSlice(top[2])
	if !ok || top[2] == term.NilAtom {
		return exc
	}
	return exc.Put(atom("message"), term.Binary(string(msg)+ArithmeticSuffix(env, fun.Name(), args)))
}

// ArithmeticSuffix is what ArithmeticError.blame/2 adds to the message
// for the :erlang operation op failed on args: ": 1 / 0", ": div(1,
// 0)", ": Bitwise.band(1, :a)", or "" for another function.
func ArithmeticSuffix(env rt.Env, op string, args []term.Term) string {
	insp := func(t term.Term) string { return rt.Inspect(env, t) }
	switch len(args) {
	case 1:
		switch op {
		case "+", "-":
			return ": " + op + "(" + insp(args[0]) + ")"
		case "bnot":
			return ": Bitwise.bnot(" + insp(args[0]) + ")"
		}
	case 2:
		switch op {
		case "+", "-", "*", "/":
			return ": " + insp(args[0]) + " " + op + " " + insp(args[1])
		case "div", "rem":
			return ": " + op + "(" + insp(args[0]) + ", " + insp(args[1]) + ")"
		case "band", "bor", "bxor", "bsl", "bsr":
			return ": Bitwise." + op + "(" + insp(args[0]) + ", " + insp(args[1]) + ")"
		}
	}
	return ""
}
