package stdlib

import (
	"strconv"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/inspect"
	"github.com/exlite/exlite/interp/rt"
)

// The Exception module and the message texts of Elixir's built-in
// exceptions.
//
// Contract with the evaluator: rt.ExceptionMessage(env, exc) asks env's
// program for its own message/1 (rt.MessageEnv) and falls back on
// BuiltinExceptionMessage, installed here. A FunctionClauseError raised
// here keeps :args nil in the struct (as a rescued one has in Elixir) and
// carries the call's arguments in rt.Error.Args for the report of an
// uncaught error; Exception.blame/3 puts them in the struct, whose
// message/1 then lists them (FunctionClauseBlame, the one writer of that
// text: the evaluator's report of an uncaught error and exlite's ExUnit
// print it too).

func init() {
	rt.SetBuiltinMessages(BuiltinExceptionMessage)
	rt.RegisterLazy(registerException)
}

// registerException registers the built-ins of this file (see rt.RegisterLazy).
func registerException() {
	rt.Register("Exception", map[string]rt.BuiltinFunc{
		"message/1": func(env rt.Env, a []term.Term) term.Term {
			if !isException(a[0]) {
				fnClauseError("Exception.message/1", a)
			}
			return term.Binary(rt.ExceptionMessage(env, a[0]))
		},
		"exception?/1": func(env rt.Env, a []term.Term) term.Term { return boolTerm(isException(a[0])) },
		"format_banner/2": func(env rt.Env, a []term.Term) term.Term {
			return term.Binary(formatBanner(env, kindOf(a[0]), a[1], term.Nil))
		},
		"format_banner/3": func(env rt.Env, a []term.Term) term.Term {
			return term.Binary(formatBanner(env, kindOf(a[0]), a[1], a[2]))
		},
		"format/2": func(env rt.Env, a []term.Term) term.Term {
			return term.Binary(formatBanner(env, kindOf(a[0]), a[1], term.Nil))
		},
		"format/3": func(env rt.Env, a []term.Term) term.Term {
			s := formatBanner(env, kindOf(a[0]), a[1], a[2])
			if st := formatStacktrace(env, a[2]); st != "" {
				s += "\n" + st
			}
			return term.Binary(s)
		},
		"format_stacktrace/1": func(env rt.Env, a []term.Term) term.Term {
			st := formatStacktrace(env, a[0])
			if st == "" {
				return term.Binary("\n")
			}
			return term.Binary(st)
		},
		"format_stacktrace_entry/1": func(env rt.Env, a []term.Term) term.Term {
			return term.Binary(formatStackEntry(env, a[0]))
		},
		"format_mfa/3": func(env rt.Env, a []term.Term) term.Term {
			mod, ok1 := a[0].(term.Atom)
			fun, ok2 := a[1].(term.Atom)
			if !ok1 || !ok2 {
				fnClauseError("Exception.format_mfa/3", a)
			}
			return term.Binary(formatMFA(env, mod, fun, a[2]))
		},
		"format_exit/1": func(env rt.Env, a []term.Term) term.Term { return term.Binary(FormatExit(env, a[0])) },
		"format_file_line/2": func(env rt.Env, a []term.Term) term.Term {
			return formatFileLine(env, a[0], a[1], term.NilAtom, term.Binary(""))
		},
		"format_file_line/3": func(env rt.Env, a []term.Term) term.Term {
			return formatFileLine(env, a[0], a[1], term.NilAtom, a[2])
		},
		"format_file_line_column/3": func(env rt.Env, a []term.Term) term.Term {
			return formatFileLine(env, a[0], a[1], a[2], term.Binary(""))
		},
		"format_file_line_column/4": func(env rt.Env, a []term.Term) term.Term {
			return formatFileLine(env, a[0], a[1], a[2], a[3])
		},
		"normalize/2": func(env rt.Env, a []term.Term) term.Term { return normalize(env, a[0], a[1], term.Nil) },
		"normalize/3": func(env rt.Env, a []term.Term) term.Term { return normalize(env, a[0], a[1], a[2]) },
		"blame/3": func(env rt.Env, a []term.Term) term.Term {
			if a[0] != atom("error") {
				return term.Tuple{a[1], a[2]}
			}
			exc, st := blame(env, rt.NormalizeError(env, a[1], a[2]), a[2])
			return term.Tuple{exc, st}
		},
	})
}

func isException(t term.Term) bool { return rt.IsException(t) }

// normalize is Exception.normalize/3: errors become exceptions (see
// rt.NormalizeError), throws and exits pass unchanged.
func normalize(env rt.Env, kind, payload, stack term.Term) term.Term {
	if kind != atom("error") {
		return payload
	}
	return rt.NormalizeError(env, payload, stack)
}

func kindOf(t term.Term) rt.ErrorKind {
	switch t {
	case atom("throw"):
		return rt.KindThrow
	case atom("exit"):
		return rt.KindExit
	}
	return rt.KindError
}

func field(exc term.Term, name string) term.Term {
	if m, ok := exc.(*term.Map); ok {
		if v, ok := m.Get(atom(name)); ok {
			return v
		}
	}
	return term.NilAtom
}

// BuiltinExceptionMessage returns message/1 of Elixir's built-in
// exceptions whose text is computed from their fields (MatchError,
// FunctionClauseError, KeyError, UndefinedFunctionError...), or their
// :message field, printing the terms they quote in env's program. ok is
// false for a struct it does not know.
func BuiltinExceptionMessage(env rt.Env, exc term.Term) (string, bool) {
	name := rt.ExceptionName(exc)
	insp := func(t term.Term) string { return rt.Inspect(env, t) }
	if msg, ok := field(exc, "message").(term.Binary); ok {
		switch name {
		case "KeyError", "UndefinedFunctionError":
			if msg != "" {
				return string(msg), true
			}
		default:
			return string(msg), true
		}
	}
	switch name {
	case "RuntimeError":
		return "runtime error", true
	case "ArgumentError":
		return "argument error", true
	case "ArithmeticError":
		return "bad argument in arithmetic expression", true
	case "SystemLimitError":
		return "a system limit has been reached", true
	case "Enum.OutOfBoundsError":
		return "out of bounds error", true
	case "Enum.EmptyError":
		return "empty error", true
	case "Regex.CompileError":
		return "regex could not be compiled", true
	case "MatchError":
		return "no match of right hand side value: " + insp(field(exc, "term")), true
	case "CaseClauseError":
		return "no case clause matching: " + insp(field(exc, "term")), true
	case "WithClauseError":
		return "no with clause matching: " + insp(field(exc, "term")), true
	case "TryClauseError":
		return "no try clause matching: " + insp(field(exc, "term")), true
	case "CondClauseError":
		return "no cond clause evaluated to a truthy value", true
	case "BadMapError":
		return "expected a map, got: " + insp(field(exc, "term")), true
	case "BadStructError":
		return "expected a struct named " + insp(field(exc, "struct")) + ", got: " + insp(field(exc, "term")), true
	case "BadBooleanError":
		op, _ := field(exc, "operator").(term.Atom)
		return "expected a boolean on left-side of \"" + op.Name() + "\", got: " + insp(field(exc, "term")), true
	case "BadFunctionError":
		t := field(exc, "term")
		if _, ok := t.(*term.Fun); ok {
			return "function " + insp(t) + " is invalid, likely because it points to an old version of the code", true
		}
		return "expected a function, got: " + insp(t), true
	case "BadArityError":
		return badArityMessage(env, field(exc, "function"), field(exc, "args")), true
	case "FunctionClauseError":
		fun := field(exc, "function")
		if fun == term.NilAtom {
			return "no function clause matches", true
		}
		mod, _ := field(exc, "module").(term.Atom)
		f, _ := fun.(term.Atom)
		msg := "no function clause matching in " + formatMFA(env, mod, f, field(exc, "arity"))
		if args, ok := term.ListToSlice(field(exc, "args")); ok && field(exc, "args") != term.NilAtom {
			msg += FunctionClauseBlame(env, exc, args, blamedClauses(env, exc, args))
		}
		return msg, true
	case "UndefinedFunctionError":
		return undefinedFunctionMessage(env, exc), true
	case "KeyError":
		return keyErrorMessage(env, field(exc, "key"), field(exc, "term")), true
	case "Protocol.UndefinedError":
		return protocolUndefinedMessage(env, exc), true
	case "ErlangError":
		return "Erlang error: " + insp(field(exc, "original")), true
	case "File.Error":
		action, _ := field(exc, "action").(term.Binary)
		reason := field(exc, "reason")
		formatted := fileFormatError(env, reason)
		if action == "remove directory" && reason == atom("eexist") {
			formatted = "directory is not empty"
		}
		return "could not " + string(action) + " " + insp(field(exc, "path")) + ": " + formatted, true
	}
	return "", false
}

func badArityMessage(env rt.Env, fun, args term.Term) string {
	items, _ := term.ListToSlice(args)
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = rt.Inspect(env, it)
	}
	insp := strings.Join(parts, ", ")
	arity := 0
	if f, ok := fun.(*term.Fun); ok {
		arity = f.Arity
	}
	var count string
	switch len(items) {
	case 0:
		count = "no arguments"
	case 1:
		count = "1 argument (" + insp + ")"
	default:
		count = strconv.Itoa(len(items)) + " arguments (" + insp + ")"
	}
	return rt.Inspect(env, fun) + " with arity " + strconv.Itoa(arity) + " called with " + count
}

func undefinedFunctionMessage(env rt.Env, exc term.Term) string {
	mod := field(exc, "module")
	fun := field(exc, "function")
	arity := field(exc, "arity")
	reason := field(exc, "reason")
	if fun == term.NilAtom || arity == term.NilAtom {
		return "undefined function"
	}
	f, _ := fun.(term.Atom)
	m, _ := mod.(term.Atom)
	mfa := formatMFA(env, m, f, arity)
	switch r := reason.(type) {
	case term.Binary:
		return "function " + mfa + " is undefined (" + string(r) + ")"
	case term.Atom:
		switch r.Name() {
		case "module could not be loaded":
			return "function " + mfa + " is undefined (module " + rt.Inspect(env, mod) + " is not available)" + missingAliasHint(m)
		case "function not exported":
			return "function " + mfa + " is undefined or private"
		case "undefined local":
			return "function " + f.Name() + "/" + rt.Inspect(env, arity) + " is undefined (there is no such import)"
		case "nil":
			if mod == term.NilAtom {
				return "function " + mfa + " is undefined" + missingAliasHint(m)
			}
			// without a reason, a built-in module is loaded: not exported
			return "function " + mfa + " is undefined or private"
		default:
			return "function " + mfa + " is undefined (" + r.Name() + ")" + missingAliasHint(m)
		}
	}
	return "function " + mfa + " is undefined"
}

// missingAliasHint is what UndefinedFunctionError.message/1 of Elixir
// 1.18 adds when the module may be missing: a module named by a single
// alias may lack its full name or an alias.
func missingAliasHint(mod term.Atom) string {
	rest, ok := strings.CutPrefix(mod.Name(), "Elixir.")
	if !ok || strings.Contains(rest, ".") {
		return ""
	}
	return ". Make sure the module name is correct and has been specified in full (or that an alias has been defined)"
}

func keyErrorMessage(env rt.Env, key, t term.Term) string {
	msg := "key " + rt.Inspect(env, key) + " not found"
	if t == term.NilAtom {
		return msg
	}
	ta, isAtomT := t.(term.Atom)
	ka, isAtomK := key.(term.Atom)
	if isAtomT && isAtomK {
		return msg + " in: " + rt.Inspect(env, t) + " (if instead you want to invoke " + rt.Inspect(env, ta) + "." + ka.Name() + "(), make sure to add parentheses after the function name)"
	}
	o := inspect.For(env)
	o.Pretty = true
	o.Limit = inspect.Infinity
	return msg + " in: " + inspect.Inspect(t, o)
}

// A script's protocols are not consolidated, so the message lists no
// implementations (Protocol.UndefinedError's maybe_available/1).
func protocolUndefinedMessage(env rt.Env, exc term.Term) string {
	proto := field(exc, "protocol")
	value := field(exc, "value")
	o := inspect.For(env)
	o.Pretty = true
	lines := strings.Split(inspect.Inspect(value, o), "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = "    " + l
		}
	}
	msg := "protocol " + rt.Inspect(env, proto) + " not implemented for type " + valueType(env, value)
	if d, ok := field(exc, "description").(term.Binary); ok && d != "" {
		msg += ", " + string(d)
	}
	return msg + "\n\nGot value:\n\n" + strings.Join(lines, "\n") + "\n"
}

func valueType(env rt.Env, v term.Term) string {
	switch x := v.(type) {
	case *term.Map:
		if s, ok := x.Get(atom("__struct__")); ok {
			return rt.Inspect(env, s) + " (a struct)"
		}
		return "Map"
	case term.Atom:
		return "Atom"
	case term.Binary, *term.Bitstring:
		return "BitString"
	case term.Float:
		return "Float"
	case *term.Fun:
		return "Function"
	case term.Int, *term.BigInt:
		return "Integer"
	case term.EmptyList, *term.Cons:
		return "List"
	case term.Pid:
		return "PID"
	case term.Ref:
		return "Reference"
	case term.Tuple:
		return "Tuple"
	}
	return "Term"
}

// FormatBanner is Exception.format_banner/2: "** (Mod) message" for an
// error, "** (throw) term", "** (exit) reason". Lines after the first
// are not indented here.
func FormatBanner(kind rt.ErrorKind, value term.Term) string {
	return formatBanner(nil, kind, value, term.Nil)
}

// formatBanner is FormatBanner in a running program (env, which may be
// nil, computes messages that need it) with the error's stacktrace (for
// Exception.normalize/3).
func formatBanner(env rt.Env, kind rt.ErrorKind, value term.Term, stack term.Term) string {
	switch kind {
	case rt.KindThrow:
		return "** (throw) " + rt.Inspect(env, value)
	case rt.KindExit:
		return "** (exit) " + FormatExit(env, value)
	}
	if !isException(value) {
		value = rt.NormalizeError(env, value, stack)
	}
	return "** (" + rt.ExceptionName(value) + ") " + rt.ExceptionMessage(env, value)
}

// FormatExit is Exception.format_exit/1.
func FormatExit(env rt.Env, reason term.Term) string {
	return formatExit(env, reason, "\n    ")
}

func formatExit(env rt.Env, reason term.Term, joiner string) string {
	t, ok := reason.(term.Tuple)
	if ok && len(t) == 2 {
		// {exception_or_reason, stacktrace}: an error's exit.
		if st, ok := term.ListToSlice(t[1]); ok && len(st) > 0 && isStackList(st) {
			entries := []string{"an exception was raised:" + joiner + formatBanner(nil, rt.KindError, t[0], t[1])}
			for _, e := range st {
				entries = append(entries, formatStackEntry(env, e))
			}
			return strings.Join(entries, joiner+"    ")
		}
		// {:shutdown, {:failed_to_start_child, child, reason}}
		if t[0] == atom("shutdown") {
			if f, ok := t[1].(term.Tuple); ok && len(f) == 3 && f[0] == atom("failed_to_start_child") {
				r := f[2]
				if ex, ok := r.(term.Tuple); ok && len(ex) == 2 && ex[0] == atom("EXIT") {
					r = ex[1]
				}
				return "shutdown: failed to start child: " + rt.Inspect(env, f[1]) + joiner + "** (EXIT) " + formatExit(env, r, joiner+"    ")
			}
		}
		// {reason, {mod, fun, args}}: the exit of a call (GenServer.call...).
		if mfa, ok := t[1].(term.Tuple); ok && len(mfa) == 3 {
			mod, ok1 := mfa[0].(term.Atom)
			fun, ok2 := mfa[1].(term.Atom)
			if args, ok3 := term.ListToSlice(mfa[2]); ok1 && ok2 && ok3 && len(args) < 256 {
				return "exited in: " + formatMFA(env, mod, fun, mfa[2]) + joiner + "** (EXIT) " + formatExit(env, t[0], joiner+"    ")
			}
		}
	}
	return formatExitReason(env, reason)
}

// isStackList reports whether every entry formats as a stacktrace entry
// (what Exception.format_exit/1 tries before taking {reason, list} for
// an error's exit).
func isStackList(st []term.Term) bool {
	for _, e := range st {
		t, ok := e.(term.Tuple)
		if !ok {
			return false
		}
		switch len(t) {
		case 4:
			_, m := t[0].(term.Atom)
			_, f := t[1].(term.Atom)
			_, n := t[2].(term.Int)
			if !m || !f || !(n || term.IsList(t[2])) || !term.IsList(t[3]) {
				return false
			}
		case 3:
			_, fn := t[0].(*term.Fun)
			if !fn || !term.IsList(t[2]) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// formatExitReason is format_exit_reason/1 of Elixir's Exception.
func formatExitReason(env rt.Env, reason term.Term) string {
	switch reason {
	case atom("normal"):
		return "normal"
	case atom("shutdown"):
		return "shutdown"
	case atom("calling_self"):
		return "process attempted to call itself"
	case atom("timeout"):
		return "time out"
	case atom("killed"):
		return "killed"
	case atom("noconnection"):
		return "no connection"
	case atom("noproc"):
		return "no process: the process is not alive or there's no process currently associated with the given name, possibly because its application isn't started"
	}
	t, ok := reason.(term.Tuple)
	if !ok || len(t) != 2 {
		return rt.Inspect(env, reason)
	}
	switch t[0] {
	case atom("shutdown"):
		return "shutdown: " + rt.Inspect(env, t[1])
	case atom("nodedown"):
		if n, ok := t[1].(term.Atom); ok {
			return "no connection to " + n.Name()
		}
	case atom("already_started"):
		return "already started: " + rt.Inspect(env, t[1])
	case atom("bad_return_value"):
		return "bad return value: " + rt.Inspect(env, t[1])
	case atom("bad_call"):
		return "bad call: " + rt.Inspect(env, t[1])
	case atom("bad_cast"):
		return "bad cast: " + rt.Inspect(env, t[1])
	case atom("bad_return"):
		if b, ok := t[1].(term.Tuple); ok && len(b) == 3 && b[1] == atom("init") {
			if mod, ok := b[0].(term.Atom); ok {
				return formatMFA(env, mod, atom("init"), term.Int(1)) + " returned a bad value: " + rt.Inspect(env, b[2])
			}
		}
	case atom("bad_start_spec"):
		return "bad child specification, invalid children: " + rt.Inspect(env, t[1])
	case atom("start_spec"):
		return "bad child specification, " + formatSupSpec(env, t[1])
	case atom("supervisor_data"):
		return "bad supervisor configuration, " + formatSupData(env, t[1])
	}
	return rt.Inspect(env, reason)
}

// formatSupData explains a {:supervisor_data, data} exit.
func formatSupData(env rt.Env, data term.Term) string {
	if t, ok := data.(term.Tuple); ok && len(t) == 2 {
		if tag, ok := t[0].(term.Atom); ok {
			what := map[string]string{
				"invalid_type": "invalid type: ", "invalid_strategy": "invalid strategy: ",
				"invalid_intensity": "invalid max_restarts (intensity): ", "invalid_period": "invalid max_seconds (period): ",
				"invalid_max_children": "invalid max_children: ", "invalid_extra_arguments": "invalid extra_arguments: ",
			}[tag.Name()]
			if what != "" {
				return what + rt.Inspect(env, t[1])
			}
		}
	}
	return "got: " + rt.Inspect(env, data)
}

// formatSupSpec explains a {:start_spec, spec} exit.
func formatSupSpec(env rt.Env, spec term.Term) string {
	t, ok := spec.(term.Tuple)
	if !ok || len(t) != 2 {
		return "got: " + rt.Inspect(env, spec)
	}
	v := rt.Inspect(env, t[1])
	switch t[0] {
	case atom("duplicate_child_name"):
		return "more than one child specification has the id: " + v + ".\n" +
			"If using maps as child specifications, make sure the :id keys are unique.\n" +
			"If using a module or {module, arg} as child, use Supervisor.child_spec/2 to change the :id, for example:\n\n" +
			"    children = [\n" +
			"      Supervisor.child_spec({MyWorker, arg}, id: :my_worker_1),\n" +
			"      Supervisor.child_spec({MyWorker, arg}, id: :my_worker_2)\n" +
			"    ]\n"
	case atom("invalid_child_spec"):
		return "invalid child specification: " + v
	case atom("invalid_child_type"):
		return "invalid child type: " + v + ". Must be :worker or :supervisor."
	case atom("invalid_mfa"):
		return "invalid mfa: " + v
	case atom("invalid_restart_type"):
		return "invalid restart type: " + v + ". Must be :permanent, :transient or :temporary."
	case atom("invalid_shutdown"):
		return "invalid shutdown: " + v + ". Must be an integer >= 0, :infinity or :brutal_kill."
	case atom("invalid_module"):
		return "invalid module: " + v + ". Must be an atom."
	case atom("invalid_modules"):
		return "invalid modules: " + v + ". Must be a list of atoms or :dynamic."
	}
	return "got: " + rt.Inspect(env, spec)
}

// formatMFA is Exception.format_mfa/3; arity may be a number or a list of
// arguments.
func formatMFA(env rt.Env, mod, fun term.Atom, arity term.Term) string {
	ar := ""
	switch a := arity.(type) {
	case term.Int:
		ar = "/" + strconv.Itoa(int(a))
	default:
		items, _ := term.ListToSlice(a)
		parts := make([]string, len(items))
		for i, it := range items {
			parts[i] = rt.Inspect(env, it)
		}
		ar = "(" + strings.Join(parts, ", ") + ")"
	}
	name := fun.Name()
	// anonymous functions: -outer/arity-fun-N-
	if len(name) > 2 && strings.HasPrefix(name, "-") && strings.HasSuffix(name, "-") {
		inner := name[1 : len(name)-1]
		if i := strings.Index(inner, "-fun-"); i > 0 {
			outer := inner[:i]
			if j := strings.LastIndexByte(outer, '/'); j > 0 {
				return "anonymous fn" + ar + " in " + inspect.AtomLiteral(mod.Name()) + "." +
					inspect.AtomRemoteCall(outer[:j]) + "/" + outer[j+1:]
			}
		}
	}
	return inspect.AtomLiteral(mod.Name()) + "." + inspect.AtomRemoteCall(name) + ar
}

// formatStackEntry formats {mod, fun, arity, location} as Elixir does.
func formatStackEntry(env rt.Env, e term.Term) string {
	t, ok := e.(term.Tuple)
	if !ok || len(t) != 4 {
		return rt.Inspect(env, e)
	}
	loc := ""
	if kw := t[3]; term.IsList(kw) {
		file, ok1 := kwGet(kw, "file")
		line, ok2 := kwGet(kw, "line")
		if ok1 {
			f, _ := chardataToString(file)
			if b, ok := file.(term.Binary); ok {
				f = string(b)
			}
			loc = f
			if ok2 && line != term.NilAtom && line != term.Int(0) {
				loc += ":" + rt.Inspect(env, line)
			}
			loc += ": "
		}
	}
	mod, _ := t[0].(term.Atom)
	fun, _ := t[1].(term.Atom)
	switch {
	case fun.Name() == rt.TopFunction && t[2] == term.Int(1):
		return loc + "(file)"
	case fun.Name() == "__MODULE__" && t[2] == term.Int(1):
		return loc + "(module)"
	case fun.Name() == "__MODULE__" && t[2] == term.Int(0):
		// Macro.Env.stacktrace's entry for a module body
		return loc + rt.Inspect(env, mod) + " (module)"
	}
	return OTPApp(mod) + loc + formatMFA(env, mod, fun, t[2])
}

func formatStacktrace(env rt.Env, st term.Term) string {
	items, ok := term.ListToSlice(st)
	if !ok || len(items) == 0 {
		return ""
	}
	parts := make([]string, len(items))
	for i, e := range items {
		parts[i] = formatStackEntry(env, e)
	}
	return "    " + strings.Join(parts, "\n    ") + "\n"
}

// fileFormatError is :file.format_error/1 for the POSIX reasons.
func fileFormatError(env rt.Env, reason term.Term) string {
	texts := map[string]string{
		"enoent": "no such file or directory", "eacces": "permission denied",
		"eexist": "file already exists", "eisdir": "illegal operation on a directory",
		"enotdir": "not a directory", "enospc": "no space left on device",
		"enotempty": "directory not empty", "eperm": "operation not permitted",
		"ebadf": "bad file number", "einval": "invalid argument", "emfile": "too many open files",
		"erofs": "read-only file system", "exdev": "cross-domain link", "eloop": "too many levels of symbolic links",
		"enametoolong": "file name too long", "ebusy": "file busy",
	}
	if a, ok := reason.(term.Atom); ok {
		if t, ok := texts[a.Name()]; ok {
			return t
		}
		return "unknown POSIX error: " + a.Name()
	}
	return "unknown POSIX error: " + rt.Inspect(env, reason)
}

// formatFileLine is Exception.format_file_line_column/4 (and
// format_file_line/3 with no column).
func formatFileLine(env rt.Env, file, line, column, suffix term.Term) term.Term {
	if file == term.NilAtom {
		return term.Binary("")
	}
	f := toChardata(env, file)
	sfx := toChardata(env, suffix)
	switch {
	case line == term.NilAtom || line == term.Int(0):
		return term.Binary(f + ":" + sfx)
	case column == term.NilAtom || column == term.Int(0):
		return term.Binary(f + ":" + toChardata(env, line) + ":" + sfx)
	}
	return term.Binary(f + ":" + toChardata(env, line) + ":" + toChardata(env, column) + ":" + sfx)
}
