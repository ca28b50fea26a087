package interp

import (
	"strings"
	"sync"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// bifFrame is the Erlang BIF that Elixir inlines a built-in to (elem/2
// is :erlang.element/2): an error it raises shows the BIF's frame first,
// ":erlang.element(4, {1})", as on the BEAM.
type bifFrame struct {
	name string
	// args turns the built-in's arguments into the BIF's (nil: no frame).
	args func(a []term.Term) []term.Term
}

var (
	bifFramesOnce sync.Once
	bifFrames     map[*rt.Builtin]bifFrame
)

func sameArgs(a []term.Term) []term.Term { return append([]term.Term(nil), a...) }

// indexPlusOne is elem/put_elem's index as the BIF takes it (one-based).
func indexPlusOne(a []term.Term) []term.Term {
	i, ok := a[1].(term.Int)
	if !ok {
		return nil
	}
	out := []term.Term{i + 1, a[0]}
	return append(out, a[2:]...)
}

func withUTF8(a []term.Term) []term.Term { return []term.Term{a[0], term.MakeAtom("utf8")} }

func swapped(a []term.Term) []term.Term { return []term.Term{a[1], a[0]} }

// lookupBIFFrame returns the BIF frame of built-in b, if Elixir inlines it.
func lookupBIFFrame(b *rt.Builtin) (bifFrame, bool) {
	bifFramesOnce.Do(func() {
		bifFrames = map[*rt.Builtin]bifFrame{}
		add := func(mod, key string, f bifFrame) {
			name, arity := key, 0
			for i := len(key) - 1; i >= 0; i-- {
				if key[i] == '/' {
					name = key[:i]
					for _, c := range key[i+1:] {
						arity = arity*10 + int(c-'0')
					}
					break
				}
			}
			if bi, ok := rt.Lookup(rt.ModuleAtom(mod), term.MakeAtom(name), arity); ok {
				bifFrames[bi] = f
			}
		}
		add("Kernel", "elem/2", bifFrame{"element", indexPlusOne})
		add("Kernel", "put_elem/3", bifFrame{"setelement", indexPlusOne})
		for _, k := range []string{"hd/1", "tl/1", "tuple_size/1", "map_size/1", "byte_size/1", "length/1", "abs/1", "binary_part/3", "send/2"} {
			n := k[:len(k)-2]
			add("Kernel", k, bifFrame{n, sameArgs})
		}
		// Process functions Elixir inlines (elixir_rewrite.erl)
		for k, n := range map[string]string{"send/3": "send", "alive?/1": "is_process_alive", "exit/2": "exit",
			"link/1": "link", "unlink/1": "unlink", "demonitor/1": "demonitor", "demonitor/2": "demonitor",
			"cancel_timer/1": "cancel_timer", "cancel_timer/2": "cancel_timer", "read_timer/1": "read_timer",
			"flag/2": "process_flag", "unregister/1": "unregister"} {
			add("Process", k, bifFrame{n, sameArgs})
		}
		add("Process", "monitor/1", bifFrame{"monitor", func(a []term.Term) []term.Term { return []term.Term{term.MakeAtom("process"), a[0]} }})
		add("Process", "send_after/3", bifFrame{"send_after", func(a []term.Term) []term.Term { return []term.Term{a[2], a[0], a[1]} }})
		add("Process", "send_after/4", bifFrame{"send_after", func(a []term.Term) []term.Term { return []term.Term{a[2], a[0], a[1], a[3]} }})
		add("String", "to_integer/1", bifFrame{"binary_to_integer", sameArgs})
		add("String", "to_integer/2", bifFrame{"binary_to_integer", sameArgs})
		add("String", "to_float/1", bifFrame{"binary_to_float", sameArgs})
		add("String", "to_atom/1", bifFrame{"binary_to_atom", withUTF8})
		add("String", "to_existing_atom/1", bifFrame{"binary_to_existing_atom", withUTF8})
		add("Integer", "to_string/1", bifFrame{"integer_to_binary", sameArgs})
		add("Atom", "to_string/1", bifFrame{"atom_to_binary", sameArgs})
		add("Atom", "to_charlist/1", bifFrame{"atom_to_list", sameArgs})
		add("List", "to_tuple/1", bifFrame{"list_to_tuple", sameArgs})
		add("Tuple", "to_list/1", bifFrame{"tuple_to_list", sameArgs})
		add("Map", "fetch!/2", bifFrame{"map_get", swapped})
		// :maps.get/2 fails as the :erlang.map_get/2 it is compiled to
		add(":maps", "get/2", bifFrame{"map_get", sameArgs})
		// the BIFs themselves, called directly
		for _, k := range []string{"element/2", "setelement/3", "hd/1", "tl/1", "tuple_size/1", "map_size/1",
			"byte_size/1", "length/1", "abs/1", "binary_part/3", "map_get/2", "binary_to_integer/1",
			"binary_to_integer/2", "binary_to_float/1", "binary_to_atom/2", "integer_to_binary/1",
			"integer_to_binary/2", "list_to_tuple/1", "tuple_to_list/1", "atom_to_binary/1", "atom_to_binary/2",
			"atom_to_list/1", "list_to_integer/1", "list_to_atom/1", "and/2", "or/2", "xor/2",
			"is_record/2", "is_record/3", "size/1"} {
			n := k[:strings.IndexByte(k, '/')]
			add(":erlang", k, bifFrame{n, sameArgs})
		}
	})
	f, ok := bifFrames[b]
	return f, ok
}

// callBIF calls a built-in Elixir inlines to a BIF; an ArgumentError,
// BadMapError or KeyError it raises gets the BIF's frame.
func callBIF(p *proc, b *rt.Builtin, f bifFrame, vals []term.Term) term.Term {
	defer func() {
		if x := recover(); x != nil {
			if e, ok := x.(*rt.Error); ok && e.Kind == rt.KindError && e.Stack == nil {
				switch rt.ExceptionName(e.Value) {
				case "ArgumentError", "BadMapError", "KeyError":
					if args := f.args(vals); args != nil {
						e.Args = args
						e.Stack = capTrace(append([]rt.Frame{{Module: atomErlang, Function: "\x00" + f.name, Line: -1}}, p.stackTrace()...))
					}
				}
			}
			panic(x)
		}
	}()
	if p.mem != nil && len(vals) > 0 && b != unheldSend {
		return p.callBuiltinHeld(b, vals)
	}
	return b.Fn(p, vals)
}

// pureBIFs are the BIFs whose failing call is safely made again to learn
// its error (rt.BIFError): they have no side effects.
var pureBIFs = map[string]bool{
	"element": true, "setelement": true, "hd": true, "tl": true, "tuple_size": true,
	"map_size": true, "byte_size": true, "length": true, "abs": true, "binary_part": true,
	"binary_to_integer": true, "binary_to_float": true, "binary_to_atom": true,
	"binary_to_existing_atom": true, "integer_to_binary": true, "list_to_tuple": true,
	"tuple_to_list": true, "map_get": true, "atom_to_binary": true, "atom_to_list": true,
	"and": true, "or": true, "xor": true, "is_record": true, "size": true,
}

func init() {
	rt.BIFError = func(mod, name term.Atom, args []term.Term) (exc term.Term) {
		if mod != atomErlang || !pureBIFs[name.Name()] {
			return nil
		}
		b, ok := rt.Lookup(mod, name, len(args))
		if !ok {
			return nil
		}
		defer func() {
			if x := recover(); x != nil {
				exc = nil
				if e, ok := x.(*rt.Error); ok && e.Kind == rt.KindError && rt.IsException(e.Value) {
					exc = e.Value
				}
			}
		}()
		b.Fn(nil, args)
		return nil
	}
}
