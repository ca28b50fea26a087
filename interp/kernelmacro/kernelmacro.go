// Package kernelmacro says which of Kernel's names Elixir 1.18 defines
// as macros, by name and arity: what the evaluator's captures
// (&Kernel.to_string/1 is an anonymous function, not an external one)
// and exlite's ExUnit (a failed assert lists no arguments of a macro
// call) both need to know.
package kernelmacro

import "strings"

// arities are the Kernel macros that a program may call or capture like
// functions, each with its arities (defining forms such as def and
// defmodule are left out). A name with another arity may be a function
// (get_in/2, put_in/3).
var arities = map[string][]int{
	"tap": {2}, "or": {2}, "and": {2}, "!": {1}, "<>": {2}, "raise": {1, 2},
	"reraise": {2, 3}, "is_struct": {1, 2}, "is_non_struct_map": {1},
	"is_exception": {1, 2}, "then": {2}, "get_in": {1}, "put_in": {2},
	"pop_in": {1}, "update_in": {2}, "get_and_update_in": {2},
	"to_string": {1}, "to_charlist": {1}, "is_nil": {1}, "match?": {2},
	"binding": {0, 1}, "if": {2}, "unless": {2}, "destructure": {2},
	"..": {0, 2}, "..//": {3}, "&&": {2}, "||": {2}, "|>": {2}, "in": {2},
	"var!": {1, 2}, "dbg": {0, 1, 2}, "to_char_list": {1},
}

// Is reports whether Kernel defines name/arity as a macro (the sigils,
// sigil_x/2, included).
func Is(name string, arity int) bool {
	for _, a := range arities[name] {
		if a == arity {
			return true
		}
	}
	return strings.HasPrefix(name, "sigil_") && arity == 2
}
