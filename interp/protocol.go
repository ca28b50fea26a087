package interp

import (
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/inspect"
	"github.com/exlite/exlite/interp/rt"
)

// typeName is the protocol implementation suffix for a term's type.
func typeName(v term.Term) string {
	switch x := v.(type) {
	case term.Int, *term.BigInt:
		return "Integer"
	case term.Float:
		return "Float"
	case term.Atom:
		return "Atom"
	case term.Binary, *term.Bitstring:
		return "BitString"
	case term.EmptyList, *term.Cons:
		return "List"
	case term.Tuple:
		return "Tuple"
	case *term.Map:
		_ = x
		return "Map"
	case *term.Fun:
		return "Function"
	case term.Pid:
		return "PID"
	case term.Ref:
		return "Reference"
	}
	return "Any"
}

// findImpl returns the module implementing protocol proto for v.
func (in *Interp) findImpl(proto term.Atom, v term.Term, fallback bool) *module {
	pn := proto.Name()
	if sn := structName(v); !sn.IsZero() {
		if m := in.getModule(term.MakeAtom(pn + "." + strings.TrimPrefix(sn.Name(), "Elixir."))); m != nil {
			return m
		}
		if sm := in.getModule(sn); sm != nil && derives(sm, proto) {
			if m := in.getModule(term.MakeAtom(pn + ".Any")); m != nil {
				return m
			}
		}
		// a struct without an implementation of its own falls back to
		// Any, never to the Map implementation
		if fallback {
			return in.getModule(term.MakeAtom(pn + ".Any"))
		}
		return nil
	}
	if m := in.getModule(term.MakeAtom(pn + "." + typeName(v))); m != nil {
		return m
	}
	if fallback {
		if m := in.getModule(term.MakeAtom(pn + ".Any")); m != nil {
			return m
		}
	}
	return nil
}

// derives reports whether a struct module has @derive proto.
func derives(m *module, proto term.Atom) bool {
	d, ok := m.attrs["\x00derive"]
	if !ok {
		return false
	}
	if a, ok := d.(term.Atom); ok {
		return a == proto
	}
	items, isList := term.ListToSlice(d)
	if !isList {
		items = []term.Term{d} // @derive {Proto, opts}
	}
	for _, it := range items {
		if it == proto {
			return true
		}
		if t, ok := it.(term.Tuple); ok && len(t) == 2 && t[0] == proto {
			return true
		}
	}
	return false
}

// defineProtocolFuncs turns a protocol's bodiless heads into dispatchers.
func (in *Interp) defineProtocolFuncs(mod *module) {
	fallback := term.IsTruthy(orNil(mod.attrs["fallback_to_any"]))
	mod.protocol.fallbackToAny = fallback
	for key, fn := range mod.funcs {
		if len(fn.clauses) > 0 || fn.native != nil || key.arity == 0 {
			continue
		}
		key := key
		fn.nslots = key.arity
		fn.native = func(p *proc, args []term.Term) term.Term {
			impl := p.in.findImpl(mod.name, args[0], fallback)
			if impl == nil {
				p.raiseProtocolImplFor(mod, args[0])
			}
			f := impl.funcs[key]
			if f == nil {
				p.raiseUndefined(impl.name, key.name, args)
			}
			return p.callFunction(f, nil, append([]term.Term(nil), args...))
		}
	}
	mod.funcs[fnKey{term.MakeAtom("impl_for"), 1}] = &function{mod: mod.name, name: term.MakeAtom("impl_for"), arity: 1, public: true, nslots: 1, generated: true,
		display: "impl_for/1", native: func(p *proc, args []term.Term) term.Term {
			if impl := p.in.findImpl(mod.name, args[0], fallback); impl != nil {
				return impl.name
			}
			return term.NilAtom
		}}
	mod.funcs[fnKey{term.MakeAtom("impl_for!"), 1}] = &function{mod: mod.name, name: term.MakeAtom("impl_for!"), arity: 1, public: true, nslots: 1, generated: true,
		display: "impl_for!/1", native: func(p *proc, args []term.Term) term.Term {
			impl := p.in.findImpl(mod.name, args[0], fallback)
			if impl == nil {
				p.raiseProtocolImplFor(mod, args[0])
			}
			return impl.name
		}}
	protoFn := &function{mod: mod.name, name: term.MakeAtom("__protocol__"), arity: 1, public: true, nslots: 1, generated: true, display: "__protocol__/1"}
	protoFn.native = func(p *proc, args []term.Term) term.Term { return p.protocolInfo(mod, protoFn, args) }
	mod.funcs[fnKey{term.MakeAtom("__protocol__"), 1}] = protoFn
}

// protocolInfo is a protocol's generated __protocol__/1: its module, its
// functions (sorted), and, as protocols are never consolidated in a
// script, false and :not_consolidated.
func (p *proc) protocolInfo(mod *module, fn *function, args []term.Term) term.Term {
	key, _ := args[0].(term.Atom)
	switch key.Name() {
	case "module":
		return mod.name
	case "functions":
		var keys []fnKey
		for k, f := range mod.funcs {
			if !f.generated && f.public {
				keys = append(keys, k)
			}
		}
		sortKeys(keys)
		return keyList(keys)
	case "consolidated?":
		return term.False
	case "impls":
		return term.MakeAtom("not_consolidated")
	}
	p.raiseFunctionClause(fn, args)
	return nil
}

// raiseProtocolImplFor raises Protocol.UndefinedError from a user
// protocol's dispatcher: as in Elixir, from the protocol's impl_for!/1,
// whose frame (at the defprotocol's line) tops the stack.
func (p *proc) raiseProtocolImplFor(mod *module, v term.Term) {
	defer func() {
		r := recover()
		if e, ok := r.(*rt.Error); ok && e.Stack == nil {
			frame := rt.Frame{Module: mod.name, Function: "impl_for!/1", File: p.in.file, Line: int(mod.protocol.line)}
			if mod.file != "" {
				frame.File = mod.file
			}
			e.Stack = capTrace(append([]rt.Frame{frame}, p.stackTrace()...))
		}
		panic(r)
	}()
	p.raiseProtocol(strings.TrimPrefix(mod.name.Name(), "Elixir."), v)
}

func orNil(t term.Term) term.Term {
	if t == nil {
		return term.NilAtom
	}
	return t
}

// protocolDispatch calls a user implementation of a protocol defined in
// Go (String.Chars, Inspect, Enumerable...) for a user struct.
func (p *proc) protocolDispatch(mod, name term.Atom, args []term.Term) (term.Term, bool) {
	if !builtinProtocols[mod.Name()] || len(args) == 0 {
		return nil, false
	}
	impl := p.in.findImpl(mod, args[0], false)
	if impl == nil {
		return nil, false
	}
	f := impl.funcs[fnKey{name, len(args)}]
	if f == nil {
		return nil, false
	}
	return p.callFunction(f, nil, args), true
}

var (
	atomStringChars = rt.ModuleAtom("String.Chars")
	atomToString    = term.MakeAtom("to_string")
)

// toString is Kernel.to_string/1 (String.Chars).
func (p *proc) toString(v term.Term) term.Term {
	if r, ok := p.protocolDispatch(atomStringChars, atomToString, []term.Term{v}); ok {
		return r
	}
	if b, ok := rt.Lookup(atomStringChars, atomToString, 1); ok {
		return b.Fn(p, []term.Term{v})
	}
	if b, ok := rt.Lookup(atomKernel, atomToString, 1); ok {
		return b.Fn(p, []term.Term{v})
	}
	switch x := v.(type) {
	case term.Atom:
		if x == term.NilAtom {
			return term.Binary("")
		}
		return term.Binary(x.Name())
	case term.Int, *term.BigInt:
		return term.Binary(rt.Inspect(p, x))
	case term.Float:
		return term.Binary(inspect.FloatToString(float64(x)))
	}
	p.raiseProtocol("String.Chars", v)
	return nil
}

// derivedInspect prints a struct whose module has
// @derive {Inspect, only: [...]} (or except:) as #Name<field: value, ...>.
func derivedInspect(m *module, t term.Term, opts inspect.Options) (inspect.Doc, bool) {
	d, ok := m.attrs["\x00derive"]
	if !ok || m.structDefault == nil {
		return nil, false
	}
	var spec term.Term
	items, isList := term.ListToSlice(d)
	if !isList {
		items = []term.Term{d}
	}
	inspectAtom := rt.ModuleAtom("Inspect")
	for _, it := range items {
		if tu, ok := it.(term.Tuple); ok && len(tu) == 2 && tu[0] == inspectAtom {
			spec = tu[1]
		}
	}
	if spec == nil {
		return nil, false
	}
	mm, ok := t.(*term.Map)
	if !ok {
		return nil, false
	}
	// As Inspect.__deriving__/2: the fields kept, in definition order, are
	// those in only: (all by default) and not in except:; an optional:
	// field is left out while it equals its default. Deriving with every
	// field and no except: prints as a struct (Inspect.Map), otherwise as
	// #Name<..., ...> (Inspect.Any).
	onlyT := accessKeyword(spec, "only")
	only, _ := term.ListToSlice(onlyT)
	except, _ := term.ListToSlice(accessKeyword(spec, "except"))
	optional, _ := term.ListToSlice(accessKeyword(spec, "optional"))
	in := func(list []term.Term, a term.Atom) bool {
		for _, x := range list {
			if x == a {
				return true
			}
		}
		return false
	}
	allFields := onlyT == term.NilAtom
	if !allFields {
		allFields = len(only) == len(m.structOrder)
		for _, f := range m.structOrder {
			allFields = allFields && in(only, f)
		}
	}
	var fields []term.Atom
	for _, f := range m.structOrder {
		if onlyT != term.NilAtom && !in(only, f) || in(except, f) {
			continue
		}
		if in(optional, f) {
			def, _ := m.structDefault.Get(f)
			if v, _ := mm.Get(f); def != nil && v != nil && term.Equal(v, def) {
				continue
			}
		}
		fields = append(fields, f)
	}
	name := inspect.ModuleName(m.name.Name())
	if allFields && len(except) == 0 {
		return inspect.StructDoc(mm, name, fields, opts), true
	}
	return inspect.DerivedStructDoc(mm, name, fields, opts), true
}
