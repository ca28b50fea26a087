package interp

import (
	"fmt"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// kernelInlined lists the Kernel functions the Elixir compiler inlines
// to an :erlang BIF of the same arity (elixir_rewrite's inline table):
// a capture of one, &Kernel.is_atom/1 or &is_atom/1, is the BIF's own
// external fun and inspects as &:erlang.is_atom/1. The value is the
// BIF's name when it differs from Kernel's.
var kernelInlined = map[string]map[int]string{
	"!=": {2: "/="}, "!==": {2: "=/="}, "===": {2: "=:="}, "<=": {2: "=<"},
	"==": {2: ""}, "<": {2: ""}, ">": {2: ""}, ">=": {2: ""},
	"+": {1: "", 2: ""}, "-": {1: "", 2: ""}, "*": {2: ""}, "/": {2: ""},
	"++": {2: ""}, "--": {2: ""}, "not": {1: ""},
	"abs": {1: ""}, "apply": {2: "", 3: ""}, "binary_part": {3: ""},
	"bit_size": {1: ""}, "byte_size": {1: ""}, "ceil": {1: ""}, "div": {2: ""},
	"exit": {1: ""}, "floor": {1: ""}, "hd": {1: ""}, "tl": {1: ""},
	"is_atom": {1: ""}, "is_binary": {1: ""}, "is_bitstring": {1: ""},
	"is_boolean": {1: ""}, "is_float": {1: ""}, "is_function": {1: "", 2: ""},
	"is_integer": {1: ""}, "is_list": {1: ""}, "is_map": {1: ""},
	"is_number": {1: ""}, "is_pid": {1: ""}, "is_port": {1: ""},
	"is_reference": {1: ""}, "is_tuple": {1: ""},
	"length": {1: ""}, "make_ref": {0: ""}, "map_size": {1: ""},
	"max": {2: ""}, "min": {2: ""}, "node": {0: "", 1: ""}, "rem": {2: ""},
	"round": {1: ""}, "self": {0: ""}, "send": {2: ""},
	"spawn": {1: "", 3: ""}, "spawn_link": {1: "", 3: ""}, "spawn_monitor": {1: "", 3: ""},
	"throw": {1: ""}, "trunc": {1: ""}, "tuple_size": {1: ""},
	"function_exported?": {3: "function_exported"},
}

// inlinedCapture returns the :erlang module and name a capture of
// mod.name/arity stands for, when Kernel inlines it to a BIF.
func inlinedCapture(mod, name term.Atom, arity int) (term.Atom, term.Atom) {
	if mod != atomKernel {
		return mod, name
	}
	if as, ok := kernelInlined[name.Name()][arity]; ok {
		bif := name
		if as != "" {
			bif = term.MakeAtom(as)
		}
		// only where exlite's :erlang has the BIF, so the fun stays callable
		if _, ok := rt.Lookup(atomErlang, bif, arity); ok {
			return atomErlang, bif
		}
	}
	return mod, name
}

// registerInlinedBIFs gives :erlang the BIFs of kernelInlined it lacks
// (the operators, div, rem, self...) as the Kernel built-ins they are
// inlined from, so that a capture such as &Kernel.+/2 is &:erlang.+/2
// and :erlang.+(1, 2) runs. It runs once Kernel's built-ins are
// registered.
func registerInlinedBIFs() {
	fns := map[string]rt.BuiltinFunc{}
	for name, arities := range kernelInlined {
		for arity, as := range arities {
			bif := name
			if as != "" {
				bif = as
			}
			if _, ok := rt.Registered(atomErlang, term.MakeAtom(bif), arity); ok {
				continue
			}
			if b, ok := rt.Registered(atomKernel, term.MakeAtom(name), arity); ok {
				fns[fmt.Sprintf("%s/%d", bif, arity)] = b.Fn
			}
		}
	}
	rt.Register(":erlang", fns)
}
