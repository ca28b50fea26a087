package inspect

import (
	mathbig "math/big"
	"strings"

	"github.com/exlite/exlite/beam/term"
)

// Helpers that build terms for the tests.

func atom(s string) term.Atom { return term.MakeAtom(s) }

func ints(from, to int) []term.Term {
	var out []term.Term
	for i := from; i <= to; i++ {
		out = append(out, term.Int(i))
	}
	return out
}

func list(items ...term.Term) term.Term { return term.List(items...) }

func tuple(items ...term.Term) term.Term { return term.Tuple(items) }

func str(s string) term.Term { return term.Binary(s) }

// kv builds a map from alternating keys and values.
func kv(pairs ...term.Term) *term.Map {
	m := term.EmptyMap
	for i := 0; i+1 < len(pairs); i += 2 {
		m = m.Put(pairs[i], pairs[i+1])
	}
	return m
}

// kw builds a keyword list from alternating atom names and values.
func kw(pairs ...any) term.Term {
	var items []term.Term
	for i := 0; i+1 < len(pairs); i += 2 {
		items = append(items, term.Tuple{atom(pairs[i].(string)), pairs[i+1].(term.Term)})
	}
	return term.List(items...)
}

func structOf(module string, pairs ...term.Term) *term.Map {
	return kv(append([]term.Term{atom("__struct__"), atom("Elixir." + module)}, pairs...)...)
}

func rangeOf(first, last, step int) term.Term {
	return structOf("Range", atom("first"), term.Int(first), atom("last"), term.Int(last), atom("step"), term.Int(step))
}

func mapSetOf(items ...term.Term) term.Term {
	m := term.EmptyMap
	for _, it := range items {
		m = m.Put(it, term.Nil)
	}
	return structOf("MapSet", atom("map"), m)
}

func dup(s string, n int) term.Term { return term.Binary(strings.Repeat(s, n)) }

func bigInt(s string) term.Term {
	v, ok := new(mathbig.Int).SetString(s, 10)
	if !ok {
		panic("bad big integer " + s)
	}
	return term.MakeInt(v)
}

// pairsOf builds Enum.map(1..n, &{&1, String.duplicate("a", &1 * 5)}).
func pairsOf(n int) term.Term {
	var out []term.Term
	for i := 1; i <= n; i++ {
		out = append(out, tuple(term.Int(i), dup("a", i*5)))
	}
	return term.List(out...)
}

// testProgram stands for a running program (Options.Program): custom
// for its defimpl Inspect, fields for its structs' field order.
type testProgram struct {
	custom func(t term.Term, opts Options) (Doc, bool)
	fields map[string][]term.Atom
}

func (p testProgram) InspectStruct(t term.Term, opts Options) (Doc, bool) {
	if p.custom == nil {
		return nil, false
	}
	return p.custom(t, opts)
}

func (p testProgram) StructFields(m term.Atom) ([]term.Atom, bool) {
	f, ok := p.fields[m.Name()]
	return f, ok
}
