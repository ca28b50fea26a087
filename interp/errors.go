package interp

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/interp/stdlib"
)

var (
	atomMessage   = term.MakeAtom("message")
	atomStruct    = term.MakeAtom("__struct__")
	atomException = term.MakeAtom("__exception__")
	atomTerm      = term.MakeAtom("term")
	atomKey       = term.MakeAtom("key")
	atomModule    = term.MakeAtom("module")
	atomFunction  = term.MakeAtom("function")
	atomArity     = term.MakeAtom("arity")
	atomArgs      = term.MakeAtom("args")
	atomReason    = term.MakeAtom("reason")
	atomError     = term.MakeAtom("error")
	atomThrow     = term.MakeAtom("throw")
	atomExit      = term.MakeAtom("exit")
	atomNormal    = term.MakeAtom("normal")
	atomTopModule = term.MakeAtom("elixir_compiler_0")
)

// raiseAt sets the current line and raises exc with its Erlang form raw.
func (p *proc) raiseAt(line int32, exc, raw term.Term) {
	if line > 0 {
		p.setLine(line)
	}
	panic(&rt.Error{Kind: rt.KindError, Value: exc, Raw: raw})
}

func (p *proc) raiseMatch(line int32, v term.Term) {
	p.raiseAt(line, rt.NewException("MatchError", atomTerm, v), term.Tuple{term.MakeAtom("badmatch"), v})
}

func (p *proc) raiseCaseClause(line int32, v term.Term) {
	p.raiseAt(line, rt.NewException("CaseClauseError", atomTerm, v), term.Tuple{term.MakeAtom("case_clause"), v})
}

func (p *proc) raiseWithClause(line int32, v term.Term) {
	p.raiseAt(line, rt.NewException("WithClauseError", atomTerm, v), term.Tuple{term.MakeAtom("with_clause"), v})
}

func (p *proc) raiseTryClause(line int32, v term.Term) {
	p.raiseAt(line, rt.NewException("TryClauseError", atomTerm, v), term.Tuple{term.MakeAtom("try_clause"), v})
}

func (p *proc) raiseCondClause(line int32) {
	p.raiseAt(line, rt.NewException("CondClauseError"), nil)
}

func (p *proc) raiseBadMap(line int32, v term.Term) {
	p.raiseAt(line, rt.NewException("BadMapError", atomTerm, v), term.Tuple{term.MakeAtom("badmap"), v})
}

// raiseKeyUpdate raises the KeyError of a map update or struct build,
// whose message names only the key.
func (p *proc) raiseKeyUpdate(line int32, key term.Term) {
	p.raiseAt(line, rt.NewException("KeyError", atomKey, key, atomTerm, term.NilAtom, atomMessage, term.NilAtom), term.Tuple{term.MakeAtom("badkey"), key})
}

func (p *proc) raiseKey(line int32, key, v term.Term) {
	p.raiseAt(line, rt.NewException("KeyError", atomKey, key, atomTerm, v, atomMessage, term.NilAtom), term.Tuple{term.MakeAtom("badkey"), key})
}

func (p *proc) raiseBadFunction(v term.Term) {
	e := &rt.Error{Kind: rt.KindError, Value: rt.NewException("BadFunctionError", atomTerm, v), Raw: term.Tuple{term.MakeAtom("badfun"), v}}
	if frames := p.stackTrace(); len(frames) > 0 && !frames[0].Module.IsZero() {
		// the VM reports a bad fun called in a compiled function with
		// that function's frame twice (Elixir 1.14 and 1.18 on OTP 25)
		e.Stack = capTrace(append([]rt.Frame{frames[0]}, frames...))
	}
	panic(e)
}

func (p *proc) raiseBadArity(f *term.Fun, args []term.Term) {
	panic(&rt.Error{Kind: rt.KindError, Value: rt.NewException("BadArityError", atomFunction, f, atomArgs, term.List(args...)),
		Raw: term.Tuple{term.MakeAtom("badarity"), term.Tuple{f, term.List(args...)}}})
}

func (p *proc) raiseBadBool(op string, v term.Term) {
	p.raiseAt(0, rt.NewException("BadBooleanError", term.MakeAtom("term"), v, term.MakeAtom("operator"), term.MakeAtom(op)), term.Tuple{term.MakeAtom("badbool"), term.MakeAtom(op), v})
}

func (p *proc) raiseFunctionClause(fn *function, args []term.Term) {
	name := fn.name
	if fn.anon {
		name = term.MakeAtom(fn.funName)
	}
	rt.RaiseFunctionClause(fn.mod, name, fn.arity, args)
}

// raiseUndefined raises UndefinedFunctionError for Module.name/arity.
// As Elixir's, the exception leaves :reason and :message nil: message/1
// computes the text (undefinedWithoutReason, or "undefined or private"
// for a loaded module).
func (p *proc) raiseUndefined(mod, name term.Atom, args []term.Term) {
	exc := rt.NewException("UndefinedFunctionError", atomModule, mod, atomFunction, name, atomArity, term.Int(len(args)),
		atomReason, term.NilAtom, atomMessage, term.NilAtom)
	e := &rt.Error{Kind: rt.KindError, Value: exc, Raw: term.MakeAtom("undef"), Args: args}
	e.Stack = capTrace(append([]rt.Frame{{Module: mod, Function: "\x00" + funName(name), Line: -1}}, p.stackTrace()...))
	panic(e)
}

// structField returns field f of struct/map m (nil when absent).
func structField(m term.Term, f term.Atom) term.Term {
	if mm, ok := m.(*term.Map); ok {
		if v, ok := mm.Get(f); ok {
			return v
		}
	}
	return term.NilAtom
}

// structName returns the __struct__ of a map, or the zero atom.
func structName(t term.Term) term.Atom {
	if m, ok := t.(*term.Map); ok {
		if v, ok := m.Get(atomStruct); ok {
			if a, ok := v.(term.Atom); ok {
				return a
			}
		}
	}
	return term.Atom{}
}

// formatMFA prints a module function for messages, turning the names of
// anonymous functions ("-f/1-fun-0-") into "anonymous fn/A in Mod.f/1".
func formatMFA(mod term.Term, fun term.Term, arity term.Term) string {
	m, _ := mod.(term.Atom)
	f, _ := fun.(term.Atom)
	a, _ := arity.(term.Int)
	n := f.Name()
	if strings.HasPrefix(n, "-") && strings.Contains(n, "-fun-") {
		inner := strings.TrimPrefix(n, "-")
		inner = inner[:strings.LastIndex(inner, "-fun-")]
		return fmt.Sprintf("anonymous fn/%d in %s.%s", a, rt.ModuleName(m), inner)
	}
	return mfaString(m, f, int(a))
}

// formatStackLine prints one frame as Elixir does.
func formatStackLine(f rt.Frame, file string) string {
	if f.Line == -1 && strings.HasPrefix(f.Function, "\x00") {
		return ""
	}
	loc := fmt.Sprintf("%s:%d: ", file, f.Line)
	switch {
	case f.Line <= 0 && file == "":
		loc = "" // an entry without a location: {:erlang, :/, [1, 0], []}
	case f.Line <= 0:
		loc = file + ": "
	}
	loc = stdlib.OTPApp(f.Module) + loc
	switch {
	case f.Function == "(file)":
		return fmt.Sprintf("    %s(file)\n", loc)
	case strings.HasPrefix(f.Function, "anonymous fn"):
		return fmt.Sprintf("    %s%s\n", loc, f.Function)
	case f.Module.IsZero():
		return fmt.Sprintf("    %s%s\n", loc, f.Function)
	}
	return fmt.Sprintf("    %s%s.%s\n", loc, rt.ModuleName(f.Module), f.Function)
}

// formatUncaught prints an error that ended the program, as Elixir does
// on standard error.
func formatUncaught(env rt.Env, e *rt.Error) string { return formatError(env, e, true) }

// formatReported prints the error of a crashed process as Logger's
// report shows it: Exception.format_banner and the stacktrace, without
// what Exception.blame/2 adds for the command line (an undefined
// function's "Did you mean", a function clause's arguments).
func formatReported(env rt.Env, e *rt.Error) string { return formatError(env, e, false) }

func formatError(env rt.Env, e *rt.Error, blame bool) string {
	var b strings.Builder
	switch e.Kind {
	case rt.KindThrow:
		b.WriteString("** (throw) " + rt.Inspect(env, e.Value) + "\n")
	case rt.KindExit:
		b.WriteString("** (exit) " + formatExitReason(env, e.Value) + "\n")
	default:
		exc := normalizeError(env, e)
		name := rt.ExceptionName(exc)
		msg := rt.ExceptionMessage(env, exc)
		if p, ok := env.(*proc); ok && blame {
			msg = p.BlamedMessage(exc, msg)
		}
		if name == "FunctionClauseError" && e.Args != nil && blame {
			// Elixir's CLI prints the unblamed banner and, under it,
			// FunctionClauseError.blame/3's text indented by four.
			blamed := stdlib.FunctionClauseBlame(env, exc, e.Args, attemptedClauses(env, exc, e.Args))
			fmt.Fprintf(&b, "** (%s) %s%s\n", name, msg, "    "+strings.ReplaceAll(blamed, "\n", "\n    "))
		} else {
			if name == "ArithmeticError" && len(e.Args) == 2 && len(e.Stack) > 0 && e.Stack[0].Line == -1 {
				// ArithmeticError.blame/2: the :erlang operation on top
				msg += stdlib.ArithmeticSuffix(env, e.Stack[0].Function[1:], e.Args)
			}
			fmt.Fprintf(&b, "** (%s) %s\n", name, msg)
		}
	}
	for i, f := range e.Stack {
		if i == 0 && !blame {
			f = withClauseArgs(env, e, f)
		}
		if f.Line == -1 && strings.HasPrefix(f.Function, "\x00") {
			if isElixirLibModule(env, f.Module) {
				// Elixir prints "(elixir 1.18.4) String.foo(1)": Elixir's own frame
				continue
			}
			parts := make([]string, len(e.Args))
			for i, a := range e.Args {
				parts[i] = rt.Inspect(env, a)
			}
			mod := rt.ModuleName(f.Module)
			if n := f.Module.Name(); n == "nil" || n == "true" || n == "false" {
				mod = n // Exception.format_mfa prints these bare
			}
			fmt.Fprintf(&b, "    %s.%s(%s)\n", mod, f.Function[1:], strings.Join(parts, ", "))
			continue
		}
		b.WriteString(formatStackLine(f, fileOf(f)))
	}
	return b.String()
}

// attemptedClauses returns the clauses of the function a
// FunctionClauseError exc names as FunctionClauseError.blame/3 lists
// them for args: a compiled module's (Options.Compiled), or those of the
// String functions whose clauses Elixir's CLI blames; none otherwise.
func attemptedClauses(env rt.Env, exc term.Term, args []term.Term) []string {
	mod, ok1 := structField(exc, atomModule).(term.Atom)
	fun, ok2 := structField(exc, atomFunction).(term.Atom)
	if !ok1 || !ok2 {
		return nil
	}
	if p, ok := env.(*proc); ok {
		if _, _, lines, ok := p.BlameClauses(mod, fun, args); ok {
			return lines
		}
	}
	if mod != atomString {
		return nil
	}
	if clause := binaryGuardClause(fun.Name(), args); clause != "" {
		return []string{clause}
	}
	return padClauses(fun.Name(), args)
}

func fileOf(f rt.Frame) string { return f.File }

func indentLines(s, indent string) string {
	return strings.ReplaceAll(s, "\n", "\n"+indent)
}

// formatExitReason prints an exit reason after "** (exit) " as
// Exception.format_exit/1 does ("exited in: GenServer.call(...)\n    **
// (EXIT) time out" for a call's exit).
func formatExitReason(env rt.Env, v term.Term) string {
	return stdlib.FormatExit(env, v)
}

// normalizeError returns the exception struct of an error of kind error:
// raw Erlang terms become ErlangError (as rescue sees them).
func normalizeError(env rt.Env, e *rt.Error) term.Term {
	if !structName(e.Value).IsZero() {
		if m, ok := e.Value.(*term.Map); ok {
			if _, ok := m.Get(atomException); ok {
				return e.Value
			}
		}
	}
	return rt.NormalizeError(env, e.Value, stacktraceTerm(e.Stack))
}

// ExceptionMessage implements rt.MessageEnv: Exception.message/1 in p's
// program, its own exceptions' message/1 run in p, then Elixir's own
// exceptions.
func (p *proc) ExceptionMessage(exc term.Term) string {
	name := structName(exc)
	if !name.IsZero() {
		if _, fn := p.in.lookupFunction(name, atomMessage, 1); fn != nil {
			r := p.callFunction(fn, nil, []term.Term{exc})
			if b, ok := r.(term.Binary); ok {
				return string(b)
			}
			return rt.Inspect(p, r)
		}
	}
	if s, ok := undefinedWithoutReason(p, exc); ok {
		return s
	}
	if s, ok := stdlib.BuiltinExceptionMessage(p, exc); ok {
		return s
	}
	return rt.DefaultMessage(p, exc)
}

// undefinedWithoutReason is the message of an UndefinedFunctionError
// without :reason nor :message (Exception.normalize/3 of :undef builds
// one): Elixir asks whether the module can be loaded.
func undefinedWithoutReason(env rt.Env, exc term.Term) (string, bool) {
	if rt.ExceptionName(exc) != "UndefinedFunctionError" || structField(exc, atomReason) != term.NilAtom ||
		structField(exc, atomMessage) != term.NilAtom {
		return "", false
	}
	mod, ok1 := structField(exc, atomModule).(term.Atom)
	fun, ok2 := structField(exc, atomFunction).(term.Atom)
	arity, ok3 := structField(exc, atomArity).(term.Int)
	if !ok1 || !ok2 || !ok3 || mod == term.NilAtom || fun == term.NilAtom || codeLoadable(env, mod) {
		return "", false
	}
	mfa := mfaString(mod, fun, int(arity))
	return "function " + mfa + " is undefined (module " + rt.ModuleName(mod) + " is not available)" + missingAliasHint(mod), true
}

// withClauseArgs is frame f, the first of e's stack, with the arguments
// of the call that matched no clause when e is such an error, as the
// stacktrace entry holds them ("Shape.area({:triangle, 3, 4})"): what a
// report shows, where the command line shows them under the banner.
func withClauseArgs(env rt.Env, e *rt.Error, f rt.Frame) rt.Frame {
	if e.Raw != atomFunctionClause || e.Args == nil {
		return f
	}
	suffix := "/" + strconv.Itoa(len(e.Args))
	if !strings.HasSuffix(f.Function, suffix) || strings.HasPrefix(f.Function, "anonymous fn") {
		return f
	}
	// Only the failing function's own frame: when it is a library
	// function (String.to_integer/1), whose frame is not shown, the
	// caller's frame keeps its arity.
	if m, ok := structField(e.Value, atomModule).(term.Atom); ok && m != f.Module {
		return f
	}
	if name, ok := structField(e.Value, atomFunction).(term.Atom); ok && f.Function != funName(name)+suffix {
		return f
	}
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		parts[i] = rt.Inspect(env, a)
	}
	f.Function = strings.TrimSuffix(f.Function, suffix) + "(" + strings.Join(parts, ", ") + ")"
	return f
}

var atomString = term.MakeAtom("Elixir.String")

// binaryGuardClauses are the String functions of one clause,
// def f(string) when is_binary(string), whose FunctionClauseError the
// elixir CLI blames with that clause (from Elixir 1.18's lib/string.ex).
var binaryGuardClauses = map[string]bool{
	"length": true, "trim": true, "reverse": true, "codepoints": true, "graphemes": true,
	"first": true, "last": true, "next_grapheme": true, "to_charlist": true,
	"to_atom": true, "to_existing_atom": true, "to_integer": true, "to_float": true,
}

// padClauses are the blamed clauses of String.pad_leading/3 and
// pad_trailing/3 (Elixir 1.18's lib/string.ex): every guard is marked
// + or - by its value, the list pattern by whether the padding (a
// binary already turned into its graphemes) is a non-empty list.
func padClauses(fun string, args []term.Term) []string {
	if fun != "pad_leading" && fun != "pad_trailing" || len(args) != 3 {
		return nil
	}
	mark := func(ok bool, s string) string {
		if ok {
			return "+" + s + "+"
		}
		return "-" + s + "-"
	}
	_, isBin := args[0].(term.Binary)
	n, isInt := args[1].(term.Int)
	_, nonEmpty := args[2].(*term.Cons)
	_, padBin := args[2].(term.Binary)
	atLeast0 := term.Compare(args[1], term.Int(0)) >= 0
	if isInt {
		atLeast0 = n >= 0
	}
	return []string{
		"def " + fun + "(+string+, +count+, +padding+) when " + mark(padBin, "is_binary(padding)"),
		"def " + fun + "(+string+, +count+, " + mark(nonEmpty, "[_ | _] = padding") + ") when " +
			mark(isBin, "is_binary(string)") + " and " + mark(isInt, "is_integer(count)") + " and " + mark(atLeast0, "count >= 0"),
	}
}

// binaryGuardClause is the blamed clause of String.fun/1 given a
// non-binary argument ("def length(+string+) when -is_binary(string)-"),
// or "" when Elixir's clause is not that simple one.
func binaryGuardClause(fun string, args []term.Term) string {
	if len(args) != 1 || !binaryGuardClauses[fun] {
		return ""
	}
	if _, isBin := args[0].(term.Binary); isBin {
		return ""
	}
	return "def " + fun + "(+string+) when -is_binary(string)-"
}
