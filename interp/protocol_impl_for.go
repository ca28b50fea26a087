package interp

import (
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// impl_for/1 and impl_for!/1 of the protocols exlite implements in Go
// (Enumerable, Collectable, String.Chars, List.Chars, Inspect): the user's
// implementation if the program defines one, else the module that
// implements the protocol in Elixir 1.18 for that type, else nil (or
// Protocol.UndefinedError from impl_for!/1).

// builtinImpls lists, for each protocol, the types Elixir 1.18 itself
// implements it for: typeName's names for the basic types and the
// struct names (without "Elixir.") for structs.
var builtinImpls = map[string]map[string]bool{
	"Enumerable": setOf("List", "Map", "Function", "Range", "Stream", "MapSet", "Date.Range",
		"IO.Stream", "File.Stream", "GenEvent.Stream", "HashDict", "HashSet"),
	"Collectable":  setOf("List", "Map", "BitString", "MapSet", "IO.Stream", "File.Stream", "HashDict", "HashSet"),
	"String.Chars": setOf("Atom", "BitString", "List", "Integer", "Float", "URI", "Version", "Version.Requirement", "Date", "Time", "NaiveDateTime", "DateTime"),
	"List.Chars":   setOf("Atom", "BitString", "List", "Integer", "Float"),
	"Inspect": setOf("Atom", "BitString", "List", "Map", "Integer", "Float", "Function", "PID", "Port", "Reference", "Tuple",
		"Range", "Stream", "Regex", "MapSet", "Date", "Time", "NaiveDateTime", "DateTime", "Date.Range",
		"Version", "Version.Requirement", "URI", "Duration", "HashDict", "HashSet", "Inspect.Error"),
}

func setOf(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// builtinImplFor is Proto.impl_for(v) for a protocol implemented in Go:
// the implementing module, or nil.
func (p *proc) builtinImplFor(proto string, v term.Term) term.Term {
	protoAtom := rt.ModuleAtom(proto)
	if m := p.in.findImpl(protoAtom, v, false); m != nil {
		return m.name
	}
	impls := builtinImpls[proto]
	if sn := structName(v); !sn.IsZero() {
		name := strings.TrimPrefix(sn.Name(), "Elixir.")
		if impls[name] {
			return rt.ModuleAtom(proto + "." + name)
		}
		if sm := p.in.getModule(sn); sm != nil && proto == "Inspect" && derives(sm, protoAtom) {
			// @derive Inspect defines Inspect.Name
			return rt.ModuleAtom(proto + "." + name)
		}
		if proto == "Inspect" {
			// Inspect falls back to Any for every other struct
			return rt.ModuleAtom("Inspect.Any")
		}
		return term.NilAtom
	}
	if t := typeName(v); impls[t] {
		return rt.ModuleAtom(proto + "." + t)
	}
	return term.NilAtom
}

func init() { rt.RegisterLazy(registerImplFor) }

// registerImplFor registers impl_for/1 and impl_for!/1 of the Go-side
// protocols (see rt.RegisterLazy).
func registerImplFor() {
	for proto := range builtinImpls {
		proto := proto
		rt.Register(proto, map[string]rt.BuiltinFunc{
			"impl_for/1": func(env rt.Env, a []term.Term) term.Term {
				return env.(*proc).builtinImplFor(proto, a[0])
			},
			"impl_for!/1": func(env rt.Env, a []term.Term) term.Term {
				p := env.(*proc)
				impl := p.builtinImplFor(proto, a[0])
				if impl == term.NilAtom {
					p.raiseProtocol(proto, a[0])
				}
				return impl
			},
		})
	}
}
