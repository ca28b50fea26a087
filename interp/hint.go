package interp

import (
	"fmt"
	"sort"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/elixirlib"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/interp/stdlib"
)

// Elixir's "did you mean" hints (UndefinedFunctionError.blame/2 and
// KeyError.blame/2) keep candidates at least this similar, at most five.
const (
	hintThreshold      = 0.77
	hintMaxSuggestions = 5
)

// blameHint is what Exception.blame/2 adds to the message of an uncaught
// UndefinedFunctionError or KeyError: ". Did you mean:" and the close
// names, or "" when nothing is close.
func (in *Interp) blameHint(env rt.Env, exc term.Term) string {
	switch rt.ExceptionName(exc) {
	case "UndefinedFunctionError":
		return in.undefinedFunctionHint(exc)
	case "KeyError":
		return keyErrorHint(env, exc)
	}
	return ""
}

// export is one public function or macro of a module.
type export struct {
	name  string
	arity int
}

// macroExported is macro_exported?/3: mod defines the macro name/arity
// (a defmacro of a user module, or a built-in Elixir defines as a macro).
func (in *Interp) macroExported(mod, name term.Atom, arity int) bool {
	if m := in.getModule(mod); m != nil {
		_, ok := m.macros[fnKey{name, arity}]
		return ok
	}
	b, ok := rt.Lookup(mod, name, arity)
	return ok && b.Macro
}

// moduleExports lists a module's functions and macros as __info__ gives
// them: macros first, each group sorted by name and arity.
func (in *Interp) moduleExports(mod term.Atom) []export {
	var macros, funs []export
	if m := in.getModule(mod); m != nil {
		for k, f := range m.funcs {
			if f.public {
				funs = append(funs, export{k.name.Name(), k.arity})
			}
		}
		for k := range m.macros {
			macros = append(macros, export{k.name.Name(), k.arity})
		}
	} else {
		for _, b := range rt.ModuleExports(mod) {
			if b.Macro {
				macros = append(macros, export{b.Name.Name(), b.Arity})
			} else {
				funs = append(funs, export{b.Name.Name(), b.Arity})
			}
		}
	}
	for _, l := range [][]export{macros, funs} {
		sort.Slice(l, func(i, j int) bool {
			if l[i].name != l[j].name {
				return l[i].name < l[j].name
			}
			return l[i].arity < l[j].arity
		})
	}
	return append(macros, funs...)
}

// missingAliasHint is UndefinedFunctionError's hint_for_missing_alias: a
// missing Elixir module named by a single alias may lack its full name.
func missingAliasHint(mod term.Atom) string {
	rest, ok := strings.CutPrefix(mod.Name(), "Elixir.")
	if !ok || strings.Contains(rest, ".") {
		return ""
	}
	return ". Make sure the module name is correct and has been specified in full (or that an alias has been defined)"
}

// missingModuleHint is hint_for_missing_module's list of the modules an
// uncaught UndefinedFunctionError for a missing module may have meant:
// the same name in another case, or a name ending with it, that export
// the function; "" when there are none.
func (in *Interp) missingModuleHint(exc term.Term) string {
	if rt.ExceptionName(exc) != "UndefinedFunctionError" {
		return ""
	}
	mod, ok1 := structField(exc, atomModule).(term.Atom)
	fun, ok2 := structField(exc, atomFunction).(term.Atom)
	arity, ok3 := structField(exc, atomArity).(term.Int)
	if !ok1 || !ok2 || !ok3 || mod == term.NilAtom || in.moduleExists(mod) {
		return ""
	}
	return in.moduleCandidates(mod, fun, int(arity))
}

// moduleCandidates lists, as hint_for_missing_module does, the modules
// that export fun/arity and whose name is mod's in another case or ends
// with it: ". Did you mean:" and their functions, or "".
func (in *Interp) moduleCandidates(mod, fun term.Atom, arity int) string {
	down := strings.ToLower(mod.Name())
	stripped := strings.TrimPrefix(mod.Name(), "Elixir.")
	mods := rt.Modules()
	in.mu.RLock()
	for m := range in.modules {
		mods = append(mods, m)
	}
	in.mu.RUnlock()
	var names []string
	seen := map[term.Atom]bool{}
	for _, m := range mods {
		if seen[m] || m == mod || strings.ToLower(m.Name()) != down && !strings.HasSuffix(m.Name(), stripped) {
			continue
		}
		seen[m] = true
		exported := false
		if um := in.getModule(m); um != nil {
			f := um.funcs[fnKey{fun, arity}]
			exported = f != nil && f.public
		} else if b, ok := rt.Lookup(m, fun, arity); ok && !b.Macro {
			exported = true
		}
		if exported {
			names = append(names, mfaString(m, fun, arity))
		}
	}
	if len(names) == 0 {
		return ""
	}
	sort.Strings(names)
	if len(names) > hintMaxSuggestions {
		names = names[:hintMaxSuggestions]
	}
	return ". Did you mean:\n\n      * " + strings.Join(names, "\n      * ") + "\n"
}

// undefinedFunctionHint is the hint of a call to a missing function of a
// module that exists: the other arities of the name, or the names close
// to it.
func (in *Interp) undefinedFunctionHint(exc term.Term) string {
	mod, ok1 := structField(exc, atomModule).(term.Atom)
	fun, ok2 := structField(exc, atomFunction).(term.Atom)
	if !ok1 || !ok2 || mod == term.NilAtom || !in.moduleExists(mod) {
		return ""
	}
	if r := structField(exc, atomReason); r != term.NilAtom && r != term.MakeAtom("function not exported") {
		return ""
	}
	arity := -1
	if a, ok := structField(exc, atomArity).(term.Int); ok {
		arity = int(a)
	}
	return in.functionHint(mod, fun, arity)
}

// functionHint is UndefinedFunctionError.hint_for_loaded_module/3 for a
// missing mod.fun/arity of a module that exists (arity -1 when unknown).
func (in *Interp) functionHint(mod, fun term.Atom, arity int) string {
	if arity >= 0 && in.macroExported(mod, fun, arity) {
		return ". However, there is a macro with the same name and arity. Be sure to require " + rt.ModuleName(mod) + " if you intend to invoke this macro"
	}
	type cand struct {
		dist float64
		e    export
	}
	exports := in.moduleExports(mod)
	var cands []cand
	for _, e := range exports {
		if e.name == fun.Name() {
			cands = append(cands, cand{1.0, e})
		}
	}
	if len(cands) == 0 {
		for _, e := range exports {
			if d := stdlib.JaroDistance(fun.Name(), e.name); d >= hintThreshold {
				cands = append(cands, cand{d, e})
			}
		}
	}
	if len(cands) == 0 {
		return ""
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].dist > cands[j].dist })
	if len(cands) > hintMaxSuggestions {
		cands = cands[:hintMaxSuggestions]
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].e.name < cands[j].e.name })
	var b strings.Builder
	b.WriteString(". Did you mean:\n\n")
	for _, c := range cands {
		fmt.Fprintf(&b, "      * %s/%d\n", funName(term.MakeAtom(c.e.name)), c.e.arity)
	}
	return b.String()
}

// keyErrorHint is the hint of a KeyError without an explicit message
// for an atom key missing from a map with atom keys or a keyword list.
func keyErrorHint(env rt.Env, exc term.Term) string {
	if structField(exc, atomMessage) != term.NilAtom {
		return ""
	}
	key, ok := structField(exc, atomKey).(term.Atom)
	if !ok {
		return ""
	}
	var keys []term.Atom
	switch t := structField(exc, atomTerm).(type) {
	case *term.Map:
		for _, k := range t.Keys() {
			a, ok := k.(term.Atom)
			if !ok {
				return ""
			}
			keys = append(keys, a)
		}
	case *term.Cons:
		items, ok := term.ListToSlice(t)
		if !ok {
			return ""
		}
		for _, it := range items {
			tup, ok := it.(term.Tuple)
			if !ok || len(tup) != 2 {
				return ""
			}
			a, ok := tup[0].(term.Atom)
			if !ok {
				return ""
			}
			keys = append(keys, a)
		}
	default:
		return ""
	}
	type cand struct {
		dist float64
		key  term.Atom
	}
	var cands []cand
	for _, k := range keys {
		if d := stdlib.JaroDistance(key.Name(), k.Name()); d >= hintThreshold {
			cands = append(cands, cand{d, k})
		}
	}
	if len(cands) == 0 {
		return ""
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].dist > cands[j].dist })
	if len(cands) > hintMaxSuggestions {
		cands = cands[:hintMaxSuggestions]
	}
	sort.SliceStable(cands, func(i, j int) bool { return term.Compare(cands[i].key, cands[j].key) < 0 })
	var b strings.Builder
	b.WriteString(". Did you mean:\n\n")
	for _, c := range cands {
		b.WriteString("      * " + rt.Inspect(env, c.key) + "\n")
	}
	return b.String()
}

// isElixirLibModule reports whether mod is one of Elixir's own modules
// (String, Enum, GenServer...), whose frames Elixir prefixes with
// "(elixir 1.18.4)" and exlite leaves out.
func isElixirLibModule(env rt.Env, mod term.Atom) bool {
	name := mod.Name()
	if !strings.HasPrefix(name, "Elixir.") {
		return false
	}
	if p, ok := env.(*proc); ok {
		if m := p.in.getModule(mod); m != nil {
			for _, f := range m.funcs {
				if f.lib {
					return true
				}
			}
			return false
		}
	}
	if _, ok := elixirlib.Lookup(rt.ModuleName(mod)); ok {
		return true
	}
	return len(rt.ModuleExports(mod)) > 0
}
