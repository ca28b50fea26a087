package interp

import (
	"fmt"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// kernelInlined lists the Kernel functions the Elixir compiler turns
// into an :erlang function (elixir_rewrite's inline table, and elem/2's
// rewrite to element/2): Kernel's name, arity, and the :erlang name. A
// capture of one inlined as it is, &Kernel.is_atom/1 or &is_atom/1, is
// the BIF's own external fun and inspects as &:erlang.is_atom/1; one
// called inside a match is reported as the :erlang function.
var kernelInlined = map[string]map[int]string{
	"!=": {2: "/="}, "!==": {2: "=/="}, "===": {2: "=:="}, "<=": {2: "=<"},
	"==": {2: "=="}, "<": {2: "<"}, ">": {2: ">"}, ">=": {2: ">="},
	"+": {1: "+", 2: "+"}, "-": {1: "-", 2: "-"}, "*": {2: "*"}, "/": {2: "/"},
	"++": {2: "++"}, "--": {2: "--"}, "not": {1: "not"},
	"abs": {1: "abs"}, "apply": {2: "apply", 3: "apply"}, "binary_part": {3: "binary_part"},
	"bit_size": {1: "bit_size"}, "byte_size": {1: "byte_size"}, "ceil": {1: "ceil"}, "div": {2: "div"},
	"elem": {2: "element"},
	"exit": {1: "exit"}, "floor": {1: "floor"}, "hd": {1: "hd"}, "tl": {1: "tl"},
	"is_atom": {1: "is_atom"}, "is_binary": {1: "is_binary"}, "is_bitstring": {1: "is_bitstring"},
	"is_boolean": {1: "is_boolean"}, "is_float": {1: "is_float"}, "is_function": {1: "is_function", 2: "is_function"},
	"is_integer": {1: "is_integer"}, "is_list": {1: "is_list"}, "is_map": {1: "is_map"},
	"is_number": {1: "is_number"}, "is_pid": {1: "is_pid"}, "is_port": {1: "is_port"},
	"is_reference": {1: "is_reference"}, "is_tuple": {1: "is_tuple"},
	"length": {1: "length"}, "make_ref": {0: "make_ref"}, "map_size": {1: "map_size"},
	"max": {2: "max"}, "min": {2: "min"}, "node": {0: "node", 1: "node"}, "rem": {2: "rem"},
	"round": {1: "round"}, "self": {0: "self"}, "send": {2: "send"},
	"spawn": {1: "spawn", 3: "spawn"}, "spawn_link": {1: "spawn_link", 3: "spawn_link"},
	"spawn_monitor": {1: "spawn_monitor", 3: "spawn_monitor"},
	"throw":         {1: "throw"}, "trunc": {1: "trunc"}, "tuple_size": {1: "tuple_size"},
	"function_exported?": {3: "function_exported"},
}

// reorderedInline are the functions of kernelInlined whose :erlang
// function takes other arguments (elem(t, i) is :erlang.element(i + 1,
// t)): a capture of one stays Kernel's.
var reorderedInline = map[string]bool{"elem": true}

// erlangInlined is the :erlang function Kernel's name/arity becomes, if
// the compiler inlines it.
func erlangInlined(name string, arity int) (string, bool) {
	bif, ok := kernelInlined[name][arity]
	return bif, ok
}

// inlinedCapture returns the :erlang module and name a capture of
// mod.name/arity stands for, when Kernel inlines it to a BIF.
func inlinedCapture(mod, name term.Atom, arity int) (term.Atom, term.Atom) {
	if mod != atomKernel {
		return mod, name
	}
	if as, ok := erlangInlined(name.Name(), arity); ok && !reorderedInline[name.Name()] {
		bif := term.MakeAtom(as)
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
		if reorderedInline[name] {
			continue
		}
		for arity, bif := range arities {
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
