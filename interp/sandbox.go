package interp

import (
	"fmt"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The sandbox (Options.Sandbox) is an allow-list: a sandboxed program may
// call the functions of its own modules, of exlite's library modules
// written in Elixir, and of the built-in modules and functions listed
// here, whether called directly, captured, imported or through apply/3
// with a computed module name. Everything else (a module exlite may add
// later included) is refused with a RuntimeError naming the function. The
// lists leave out what touches the host: files, the network, the
// environment, OS commands, code loading and halting.

// sandboxModules are the built-in modules all of whose functions are
// allowed.
var sandboxModules = atomSet(
	"Elixir.Access", "Elixir.Atom", "Elixir.Bitwise", "Elixir.Calendar.ISO",
	"Elixir.Collectable", "Elixir.Date", "Elixir.DateTime", "Elixir.Enum",
	"Elixir.Enumerable", "Elixir.Exception", "Elixir.Float", "Elixir.Function",
	"Elixir.IO", "Elixir.IO.ANSI", "Elixir.Inspect.Algebra", "Elixir.Integer", "Elixir.Keyword",
	"Elixir.Kernel", "Elixir.List", "Elixir.Logger", "Elixir.Map",
	"Elixir.MapSet", "Elixir.Module", "Elixir.NaiveDateTime", "Elixir.Process",
	"Elixir.Range", "Elixir.Regex", "Elixir.Stream", "Elixir.String",
	"Elixir.String.Chars", "Elixir.Time", "Elixir.Tuple",
	"Elixir.URI", "Elixir.Base", "Elixir.Duration", "Elixir.Calendar",
	"Elixir.Calendar.UTCOnlyTimeZoneDatabase", "Elixir.String.Chars.URI", "Elixir.OptionParser",
	"binary", "io", "io_lib", "lists", "maps", "math", "rand", "string",
	"timer", "unicode",
	// exlite's ExUnit reaches the evaluator through this (capture.go): it
	// captures the program's own output, nothing of the host.
	"exlite_capture",
)

// sandboxFunctions are the allowed functions (all arities) of the
// built-in modules that also have functions reaching the host.
var sandboxFunctions = map[term.Atom]map[term.Atom]bool{
	term.MakeAtom("Elixir.Code"): atomSet("ensure_compiled", "ensure_loaded", "ensure_loaded?"),
	// :crypto's hashes and random bytes (from the program's seeded source)
	term.MakeAtom("crypto"):            atomSet("hash", "mac", "strong_rand_bytes"),
	term.MakeAtom("Elixir.Inspect"):    atomSet("impl_for", "impl_for!"),
	term.MakeAtom("Elixir.List.Chars"): atomSet("impl_for", "impl_for!", "to_charlist"),
	// Path's string functions; absname/1, expand and relative_to_cwd read
	// the current directory or the user's home (absname/2 is refused with
	// absname/1: the list is by name).
	term.MakeAtom("Elixir.Path"): atomSet(
		"basename", "dirname", "extname", "join", "relative", "relative_to",
		"rootname", "split", "type",
	),
	term.MakeAtom("Elixir.System"): atomSet(
		"argv", "build_info", "convert_time_unit", "monotonic_time", "os_time",
		"otp_release", "schedulers", "schedulers_online", "system_time",
		"unique_integer", "version",
	),
	term.MakeAtom("erlang"): atomSet(
		"++", "--", "+", "-", "*", "/", "==", "/=", "=<", ">=", "<", ">",
		"=:=", "=/=", "not", "div", "rem", "ceil", "floor", "self",
		"is_reference", "is_bitstring", "is_port", "abs", "append_element", "apply", "atom_to_binary",
		"atom_to_list", "band", "binary_part", "binary_to_atom",
		"binary_to_existing_atom", "binary_to_float", "binary_to_integer",
		"binary_to_list", "bit_size", "bnot", "bor", "bsl", "bsr", "bxor",
		"byte_size", "convert_time_unit", "date", "delete_element", "element",
		"error", "exit", "float", "float_to_binary", "float_to_list",
		"function_exported", "hd", "insert_element", "integer_to_binary",
		"integer_to_list", "iolist_size", "iolist_to_binary", "is_atom",
		"is_binary", "is_boolean", "is_float", "is_function", "is_integer",
		"is_list", "is_map", "is_map_key", "is_number", "is_pid", "is_tuple",
		"length", "list_to_atom", "list_to_binary", "list_to_existing_atom",
		"list_to_float", "list_to_integer", "list_to_tuple", "localtime",
		"make_ref", "make_tuple", "map_size", "max", "min", "monotonic_time",
		"node", "phash2", "round", "send", "setelement", "spawn", "spawn_link",
		"spawn_monitor", "split_binary", "system_info", "system_time", "throw",
		"time", "timestamp", "tl", "trunc", "tuple_size", "tuple_to_list",
		"unique_integer", "universaltime", "yield",
	),
}

func atomSet(names ...string) map[term.Atom]bool {
	m := make(map[term.Atom]bool, len(names))
	for _, n := range names {
		m[term.MakeAtom(n)] = true
	}
	return m
}

// sandboxAllows reports whether a sandboxed program may call the
// built-in (or undefined) function mod.name.
func sandboxAllows(mod, name term.Atom) bool {
	if sandboxModules[mod] {
		return true
	}
	return sandboxFunctions[mod][name]
}

// checkSandbox raises when the program is sandboxed and may not call the
// built-in mod.name/arity.
func (p *proc) checkSandbox(mod, name term.Atom, arity int) {
	if p.in.opts.Sandbox && !sandboxAllows(mod, name) {
		p.raiseSandbox(mod, name, arity)
	}
}

// raiseSandbox raises the refusal of mod.name/arity.
func (p *proc) raiseSandbox(mod, name term.Atom, arity int) {
	rt.RaiseMessage("RuntimeError", fmt.Sprintf("%s is not allowed here: programs run in a sandbox without files, network, environment, OS commands, code loading or halting", mfaString(mod, name, arity)))
}
