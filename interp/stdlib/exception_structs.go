package stdlib

import (
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// exceptionField is one field of a standard library exception with its
// default value (nil when it is a string that is empty).
type exceptionField struct {
	name string
	def  string
	str  bool // the default is the string def, not nil
}

// builtinExceptions lists the fields of Elixir 1.18's own exceptions with
// their defexception defaults, so %KeyError{key: :a}, %RuntimeError{} and
// raise KeyError, key: :a build the struct Elixir builds.
var builtinExceptions = map[string][]exceptionField{
	"RuntimeError":            {{"message", "runtime error", true}},
	"ArgumentError":           {{"message", "argument error", true}},
	"ArithmeticError":         {{"message", "bad argument in arithmetic expression", true}},
	"SystemLimitError":        {{"message", "a system limit has been reached", true}},
	"SyntaxError":             {{"file", "", false}, {"line", "", false}, {"column", "", false}, {"snippet", "", false}, {"description", "syntax error", true}},
	"CompileError":            {{"file", "", false}, {"line", "", false}, {"description", "compile error", true}},
	"BadFunctionError":        {{"term", "", false}},
	"BadStructError":          {{"struct", "", false}, {"term", "", false}},
	"BadMapError":             {{"term", "", false}},
	"BadBooleanError":         {{"term", "", false}, {"operator", "", false}},
	"MatchError":              {{"term", "", false}},
	"CaseClauseError":         {{"term", "", false}},
	"WithClauseError":         {{"term", "", false}},
	"CondClauseError":         {},
	"TryClauseError":          {{"term", "", false}},
	"BadArityError":           {{"function", "", false}, {"args", "", false}},
	"UndefinedFunctionError":  {{"module", "", false}, {"function", "", false}, {"arity", "", false}, {"reason", "", false}, {"message", "", false}},
	"FunctionClauseError":     {{"module", "", false}, {"function", "", false}, {"arity", "", false}, {"kind", "", false}, {"args", "", false}, {"clauses", "", false}},
	"Protocol.UndefinedError": {{"protocol", "", false}, {"value", "", false}, {"description", "", true}},
	"KeyError":                {{"key", "", false}, {"term", "", false}, {"message", "", false}},
	"UnicodeConversionError":  {{"encoded", "", false}, {"message", "", false}},
	"Enum.OutOfBoundsError":   {{"message", "out of bounds error", true}},
	"Enum.EmptyError":         {{"message", "empty error", true}},
	"Regex.CompileError":      {{"message", "regex could not be compiled", true}},
	"ErlangError":             {{"original", "", false}, {"reason", "", false}},
}

func init() { rt.RegisterLazy(registerExceptionStructs) }

// registerExceptionStructs registers the built-ins of this file (see rt.RegisterLazy).
func registerExceptionStructs() {
	for name := range builtinExceptions {
		mod := rt.ModuleAtom(name)
		rt.Register(name, map[string]rt.BuiltinFunc{
			"__struct__/0": func(env rt.Env, a []term.Term) term.Term {
				m, _ := ExceptionDefault(mod)
				return m
			},
		})
	}
}

// ExceptionDefault is the default struct of one of Elixir's own
// exceptions (RuntimeError.__struct__/0); ok is false for other modules.
func ExceptionDefault(mod term.Atom) (*term.Map, bool) {
	fields, ok := builtinExceptions[rt.ModuleName(mod)]
	if !ok {
		return nil, false
	}
	m := rt.NewException(rt.ModuleName(mod))
	for _, f := range fields {
		var v term.Term = term.NilAtom
		if f.str {
			v = term.Binary(f.def)
		}
		m = m.Put(term.MakeAtom(f.name), v)
	}
	return m, true
}
