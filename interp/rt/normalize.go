package rt

import (
	"strconv"

	"github.com/exlite/exlite/beam/term"
)

// IsException reports whether t is an exception struct: a map with
// __struct__ and __exception__: true.
func IsException(t term.Term) bool {
	m, ok := t.(*term.Map)
	if !ok {
		return false
	}
	v, ok := m.Get(atomException)
	_, isStruct := m.Get(atomStruct)
	return ok && v == term.True && isStruct
}

// NormalizeError is Exception.normalize(:error, reason, stacktrace) of
// Elixir 1.18 (its ErlangError.normalize/2): the exception a raw Erlang
// error reason stands for (:badarith is ArithmeticError, {:badmatch, t}
// MatchError, :undef an UndefinedFunctionError naming the function at the
// top of the stacktrace...). Exceptions pass unchanged; any other term
// becomes ErlangError with it as :original. stack is a stacktrace list
// (or nil) as __STACKTRACE__ gives it; env is the program whose
// Inspect prints the terms a message quotes. The evaluator (rescue, exit
// reasons, reports) and Exception.normalize/3 share this one function.
func NormalizeError(env Env, reason, stack term.Term) term.Term {
	if IsException(reason) {
		return reason
	}
	switch reason {
	case atomBadarg:
		if exc := bifError(stack); exc != nil {
			return exc
		}
		return NewException("ArgumentError", atomMessage, term.Binary("argument error"))
	case atomBadarith:
		return NewException("ArithmeticError", atomMessage, term.Binary("bad argument in arithmetic expression"))
	case atomSystemLimit:
		return NewException("SystemLimitError", atomMessage, term.Binary("a system limit has been reached"))
	case atomCondClause:
		return NewException("CondClauseError")
	case atomUndef:
		mod, fun, arity := topOfStack(stack)
		return NewException("UndefinedFunctionError", atomModule, mod, atomFunction, fun, atomArity, arity,
			atomReason, term.NilAtom, atomMessage, term.NilAtom)
	case atomFunctionClause:
		mod, fun, arity := topOfStack(stack)
		return FunctionClauseException(mod, fun, arity)
	}
	if t, ok := reason.(term.Tuple); ok && len(t) >= 2 {
		if tag, ok := t[0].(term.Atom); ok {
			if exc := normalizeTagged(env, tag.Name(), t, stack); exc != nil {
				return exc
			}
		}
	}
	return NewException("ErlangError", term.MakeAtom("original"), reason, atomReason, term.NilAtom)
}

var (
	atomBadarg         = term.MakeAtom("badarg")
	atomBadarith       = term.MakeAtom("badarith")
	atomSystemLimit    = term.MakeAtom("system_limit")
	atomCondClause     = term.MakeAtom("cond_clause")
	atomUndef          = term.MakeAtom("undef")
	atomFunctionClause = term.MakeAtom("function_clause")
	atomModule         = term.MakeAtom("module")
	atomFunction       = term.MakeAtom("function")
	atomArity          = term.MakeAtom("arity")
	atomKind           = term.MakeAtom("kind")
	atomArgs           = term.MakeAtom("args")
	atomClauses        = term.MakeAtom("clauses")
	atomReason         = term.MakeAtom("reason")
	atomTerm           = term.MakeAtom("term")
	atomKey            = term.MakeAtom("key")
)

// normalizeTagged handles the tuple reasons ({:badmatch, t}...); nil when
// the tag is not one of them.
func normalizeTagged(env Env, tag string, t term.Tuple, stack term.Term) term.Term {
	two := len(t) == 2
	switch {
	case tag == "badmatch" && two:
		return NewException("MatchError", atomTerm, t[1])
	case tag == "case_clause" && two:
		return NewException("CaseClauseError", atomTerm, t[1])
	case tag == "else_clause" && two:
		return NewException("WithClauseError", atomTerm, t[1])
	case tag == "try_clause" && two:
		return NewException("TryClauseError", atomTerm, t[1])
	case tag == "badmap" && two:
		return NewException("BadMapError", atomTerm, t[1])
	case tag == "badfun" && two:
		return NewException("BadFunctionError", atomTerm, t[1])
	case tag == "badarity" && two:
		if fa, ok := t[1].(term.Tuple); ok && len(fa) == 2 {
			return NewException("BadArityError", atomFunction, fa[0], term.MakeAtom("args"), fa[1])
		}
	case tag == "badstruct" && len(t) == 3:
		return NewException("BadStructError", term.MakeAtom("struct"), t[1], atomTerm, t[2])
	case tag == "badbool" && len(t) == 3:
		return NewException("BadBooleanError", atomTerm, t[2], term.MakeAtom("operator"), t[1])
	case tag == "badkey" && two:
		return NewException("KeyError", atomKey, t[1], atomTerm, badkeyTerm(stack), atomMessage, term.NilAtom)
	case tag == "badkey" && len(t) == 3:
		if _, isMap := t[2].(*term.Map); isMap {
			return NewException("KeyError", atomKey, t[1], atomTerm, t[2], atomMessage, term.NilAtom)
		}
		msg := "key " + Inspect(env, t[1]) + " not found in: " + inspectPretty(env, t[2]) + "\n\n" +
			"If you are using the dot syntax, such as map.field, make sure the left-hand side of the dot is a map"
		return NewException("KeyError", atomKey, t[1], atomTerm, t[2], atomMessage, term.Binary(msg))
	case tag == "badarg" && two:
		return NewException("ArgumentError", atomMessage, term.Binary("argument error: "+Inspect(env, t[1])))
	}
	return nil
}

// topOfStack is the {module, function, arity} of a stacktrace's first
// entry (arity counted from an argument list), or three nils.
func topOfStack(stack term.Term) (mod, fun, arity term.Term) {
	if c, ok := stack.(*term.Cons); ok {
		if e, ok := c.Head.(term.Tuple); ok && len(e) == 4 {
			arity = e[2]
			if args, ok := term.ListToSlice(e[2]); ok {
				arity = term.Int(len(args))
			}
			return e[0], e[1], arity
		}
	}
	return term.NilAtom, term.NilAtom, term.NilAtom
}

// badkeyTerm is the map a {:badkey, key} error came from, when the
// stacktrace's first entry is one of the map functions that raise it
// with the map among their arguments.
func badkeyTerm(stack term.Term) term.Term {
	c, ok := stack.(*term.Cons)
	if !ok {
		return term.NilAtom
	}
	e, ok := c.Head.(term.Tuple)
	if !ok || len(e) != 4 {
		return term.NilAtom
	}
	mod, _ := e[0].(term.Atom)
	fun, _ := e[1].(term.Atom)
	args, ok := term.ListToSlice(e[2])
	if !ok {
		return term.NilAtom
	}
	switch mod.Name() + "." + fun.Name() + "/" + strconv.Itoa(len(args)) {
	case "Elixir.Map.get_and_update!/3", "Elixir.Map.update!/3":
		return args[0]
	case "maps.update/3":
		return args[2]
	case "maps.get/2", "erlang.map_get/2":
		return args[1]
	}
	return term.NilAtom
}

// BIFError, when set (the evaluator sets it), is the exception the call
// mod.name(args) of an Erlang BIF raises, or nil: what Elixir's
// ErlangError.normalize/2 learns from the BIF's error_info entry at the
// top of a stacktrace ("errors were found at the given arguments: ...").
var BIFError func(mod, name term.Atom, args []term.Term) term.Term

// bifError is the detailed exception of a :badarg whose stacktrace starts
// with the failing BIF call {:erlang, name, args, [error_info: ...]}.
func bifError(stack term.Term) term.Term {
	c, ok := stack.(*term.Cons)
	if !ok || BIFError == nil {
		return nil
	}
	e, ok := c.Head.(term.Tuple)
	if !ok || len(e) != 4 {
		return nil
	}
	mod, ok1 := e[0].(term.Atom)
	name, ok2 := e[1].(term.Atom)
	args, ok3 := term.ListToSlice(e[2])
	if !ok1 || !ok2 || !ok3 || !term.IsList(e[2]) {
		return nil
	}
	return BIFError(mod, name, args)
}
