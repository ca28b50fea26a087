package stdlib

import "github.com/exlite/exlite/beam/term"

// stdlibVsn is the version of OTP 25's stdlib application that the
// reference Elixir runs on (as Application.spec(:stdlib, :vsn) says).
const stdlibVsn = "4.2"

// stdlibModules are the modules of OTP's stdlib application whose
// frames exlite shows: the behaviours' loops (gen_server, gen,
// proc_lib, ...) and the library modules a stack can pass through.
var stdlibModules = map[string]bool{
	"gen_server": true, "gen": true, "proc_lib": true, "gen_statem": true, "gen_event": true,
	"supervisor": true, "supervisor_bridge": true, "sys": true, "timer": true, "lists": true,
	"maps": true, "erl_eval": true, "io_lib": true, "string": true, "unicode": true,
	"queue": true, "sets": true, "dict": true, "orddict": true, "ordsets": true, "proplists": true,
	"gb_trees": true, "gb_sets": true, "ets": true, "rand": true, "calendar": true,
	"io": true, "binary": true, "base64": true, "array": true, "digraph": true, "filename": true,
	"re": true, "uri_string": true, "math": true, "erl_scan": true, "erl_parse": true,
}

// elixirVsn is the version of the reference Elixir (System.version/0).
const elixirVsn = "1.18.4"

// elixirModules are the modules of Elixir's own library whose frames
// exlite shows (the ones under a task's function or a GenServer call).
var elixirModules = map[string]bool{
	"Elixir.Task.Supervised": true, "Elixir.Agent.Server": true, "Elixir.GenServer": true,
}

// OTPApp is what Exception.format_stacktrace_entry/1 prints before a
// frame of module mod to name the OTP application that holds it,
// "(stdlib 4.2) " for :gen_server; "" for a module of no application
// (the program's own, :erlang's BIFs); "(elixir 1.18.4) " for the few
// Elixir modules of elixirModules.
func OTPApp(mod term.Atom) string {
	if stdlibModules[mod.Name()] {
		return "(stdlib " + stdlibVsn + ") "
	}
	if elixirModules[mod.Name()] {
		return "(elixir " + elixirVsn + ") "
	}
	return ""
}
