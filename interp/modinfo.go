package interp

import (
	"crypto/md5"
	"math/big"
	"path/filepath"
	"sort"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/parser/ast"
)

// moduleInfo is what a module's reflection functions report beyond its
// definitions: the persisted attributes and the callbacks it declares.
type moduleInfo struct {
	behaviours []term.Atom
	// vsn is @vsn's value, nil when the module sets none.
	vsn term.Term
	// callbacks are the @callback and @macrocallback declarations, in
	// order (a macro callback as :"MACRO-name" with one more argument).
	callbacks []fnKey
	// optional is @optional_callbacks' value, nil when not set.
	optional term.Term
}

// infoAttr records the module attributes that module_info/1,
// __info__(:attributes) and behaviour_info/1 report (@behaviour, @vsn,
// @callback, @macrocallback, @optional_callbacks); false for any other.
func (c *compiler) infoAttr(p *proc, name string, arg ast.Node, s *scope, fr *[]term.Term) bool {
	info := &c.mod.info
	switch name {
	case "behaviour":
		if m, ok := c.runBody(p, c.expr(arg, s, false), s, fr).(term.Atom); ok {
			info.behaviours = append(info.behaviours, m)
		}
	case "vsn":
		info.vsn = c.runBody(p, c.expr(arg, s, false), s, fr)
	case "optional_callbacks":
		info.optional = c.runBody(p, c.expr(arg, s, false), s, fr)
	case "callback", "macrocallback":
		if key, ok := callbackKey(arg); ok {
			if name == "macrocallback" {
				key = fnKey{term.MakeAtom("MACRO-" + key.name.Name()), key.arity + 1}
			}
			info.callbacks = append(info.callbacks, key)
		}
	default:
		return false
	}
	return true
}

// callbackKey reads the name and arity a callback's spec declares:
// name(args) :: result, possibly followed by `when` constraints.
func callbackKey(spec ast.Node) (fnKey, bool) {
	call, ok := spec.(*ast.Call)
	if !ok {
		return fnKey{}, false
	}
	if n, _ := call.CallName(); n == "when" && len(call.Args) == 2 {
		return callbackKey(call.Args[0])
	}
	if n, _ := call.CallName(); n != "::" || len(call.Args) != 2 {
		return fnKey{}, false
	}
	switch h := call.Args[0].(type) {
	case *ast.Var:
		return fnKey{term.MakeAtom(h.Name), 0}, true
	case *ast.Call:
		if n, ok := h.CallName(); ok {
			return fnKey{term.MakeAtom(n), len(h.Args)}, true
		}
	}
	return fnKey{}, false
}

// reflection names the functions every module gets from the compiler,
// which __info__(:functions) does not list.
var reflection = map[string]bool{"__info__": true, "module_info": true, "behaviour_info": true}

// addModuleInfo defines __info__/1, module_info/0,1 and, for a module
// declaring callbacks, behaviour_info/1, as Elixir 1.18's compiler
// (elixir_erl) and the BEAM give them.
func (in *Interp) addModuleInfo(mod *module) {
	define := func(name string, arity int, f func(p *proc, args []term.Term) term.Term) {
		key := fnKey{term.MakeAtom(name), arity}
		mod.funcs[key] = &function{mod: mod.name, name: key.name, arity: arity, public: true, nslots: arity,
			display: name + "/" + string(rune('0'+arity)), generated: true, native: f}
	}
	define("__info__", 1, func(p *proc, args []term.Term) term.Term {
		what, _ := args[0].(term.Atom)
		switch what.Name() {
		case "functions":
			return keyList(mod.infoFunctions())
		case "macros":
			return keyList(mod.infoMacros())
		case "module":
			return mod.name
		case "attributes", "compile", "md5":
			return p.moduleInfoKey(mod, what.Name())
		case "deprecated":
			return term.Nil
		case "exports_md5":
			return mod.md5("exports")
		case "struct":
			if mod.structDefault == nil {
				return term.NilAtom
			}
			fields := make([]term.Term, len(mod.structOrder))
			for i, f := range mod.structOrder {
				v, _ := mod.structDefault.Get(f)
				fields[i] = term.NewMap([]term.Term{term.MakeAtom("default"), term.MakeAtom("field")}, []term.Term{v, f})
			}
			return term.List(fields...)
		}
		rt.RaiseFunctionClause(mod.name, term.MakeAtom("-inlined-__info__/1-"), 1, args)
		return nil
	})
	define("module_info", 0, func(p *proc, args []term.Term) term.Term {
		var out []term.Term
		for _, k := range []string{"module", "exports", "attributes", "compile", "md5"} {
			out = append(out, term.Tuple{term.MakeAtom(k), p.moduleInfoKey(mod, k)})
		}
		return term.List(out...)
	})
	define("module_info", 1, func(p *proc, args []term.Term) term.Term {
		if what, ok := args[0].(term.Atom); ok {
			if v := p.moduleInfoKey(mod, what.Name()); v != nil {
				return v
			}
		}
		rt.ArgumentError("argument error")
		return nil
	})
	if len(mod.info.callbacks) > 0 {
		define("behaviour_info", 1, func(p *proc, args []term.Term) term.Term {
			switch args[0] {
			case term.MakeAtom("callbacks"):
				return keyList(mod.info.callbacks)
			case term.MakeAtom("optional_callbacks"):
				if mod.info.optional == nil {
					return term.Nil
				}
				return mod.info.optional
			}
			rt.RaiseFunctionClause(mod.name, term.MakeAtom("behaviour_info"), 1, args)
			return nil
		})
	}
}

// moduleInfoKey is module_info/1: nil for a key the BEAM does not know.
func (p *proc) moduleInfoKey(mod *module, key string) term.Term {
	switch key {
	case "module":
		return mod.name
	case "exports":
		return keyList(mod.exports())
	case "functions":
		keys := mod.exports()
		for k, f := range mod.funcs {
			if !f.public {
				keys = append(keys, k)
			}
		}
		return keyList(keys)
	case "attributes":
		return mod.attributes()
	case "compile":
		src := p.in.file
		if abs, err := filepath.Abs(src); err == nil {
			src = abs
		}
		return term.List(
			term.Tuple{term.MakeAtom("version"), term.List(charlist("8.2.6")...)},
			term.Tuple{term.MakeAtom("options"), term.List(term.MakeAtom("no_spawn_compiler_process"), term.MakeAtom("from_core"),
				term.MakeAtom("no_core_prepare"), term.MakeAtom("no_auto_import"))},
			term.Tuple{term.MakeAtom("source"), term.List(charlist(src)...)})
	case "md5":
		return mod.md5("module")
	case "native":
		return term.False
	}
	return nil
}

// infoFunctions are the public functions __info__(:functions) lists,
// sorted.
func (mod *module) infoFunctions() []fnKey {
	var keys []fnKey
	for k, f := range mod.funcs {
		if f.public && !reflection[k.name.Name()] {
			keys = append(keys, k)
		}
	}
	sortKeys(keys)
	return keys
}

// infoMacros are the public macros __info__(:macros) lists, sorted.
func (mod *module) infoMacros() []fnKey {
	var keys []fnKey
	for k := range mod.macros {
		if !mod.privateMacros[k] {
			keys = append(keys, k)
		}
	}
	sortKeys(keys)
	return keys
}

// exports is module_info(:exports): the public functions and the macros
// (as :"MACRO-name" with one more argument) in name order, then
// module_info/0,1 and __info__/1.
func (mod *module) exports() []fnKey {
	type named struct {
		sortName string
		key      fnKey
	}
	var all []named
	for _, k := range mod.infoFunctions() {
		all = append(all, named{k.name.Name(), k})
	}
	if _, ok := mod.funcs[fnKey{term.MakeAtom("behaviour_info"), 1}]; ok {
		all = append(all, named{"behaviour_info", fnKey{term.MakeAtom("behaviour_info"), 1}})
	}
	for _, k := range mod.infoMacros() {
		all = append(all, named{k.name.Name(), fnKey{term.MakeAtom("MACRO-" + k.name.Name()), k.arity + 1}})
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].sortName != all[j].sortName {
			return all[i].sortName < all[j].sortName
		}
		return all[i].key.arity < all[j].key.arity
	})
	keys := make([]fnKey, 0, len(all)+3)
	for _, n := range all {
		keys = append(keys, n.key)
	}
	return append(keys, fnKey{term.MakeAtom("module_info"), 0}, fnKey{term.MakeAtom("module_info"), 1},
		fnKey{term.MakeAtom("__info__"), 1})
}

// attributes is module_info(:attributes): the persisted attributes, with
// the vsn the compiler derives from the module when @vsn is not set.
func (mod *module) attributes() term.Term {
	var out []term.Term
	behaviours := func() {
		for _, b := range mod.info.behaviours {
			out = append(out, term.Tuple{term.MakeAtom("behaviour"), term.List(b)})
		}
	}
	if mod.info.vsn == nil {
		sum := mod.md5("vsn").(term.Binary)
		out = append(out, term.Tuple{term.MakeAtom("vsn"), term.List(term.MakeInt(new(big.Int).SetBytes([]byte(sum))))})
		behaviours()
	} else {
		behaviours()
		vsn := mod.info.vsn
		if _, isList := vsn.(*term.Cons); !isList {
			vsn = term.List(vsn)
		}
		out = append(out, term.Tuple{term.MakeAtom("vsn"), vsn})
	}
	return term.List(out...)
}

// md5 is a 16-byte digest standing for the module's compiled code: the
// same module definition gives the same one.
func (mod *module) md5(salt string) term.Term {
	var b strings.Builder
	b.WriteString(salt + "\x00" + mod.name.Name())
	for _, k := range mod.exports() {
		b.WriteString("\x00" + k.name.Name() + "/" + string(rune('0'+k.arity)))
	}
	sum := md5.Sum([]byte(b.String()))
	return term.Binary(sum[:])
}

// sortKeys sorts name/arity pairs by name, then arity.
func sortKeys(keys []fnKey) {
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].name != keys[j].name {
			return keys[i].name.Name() < keys[j].name.Name()
		}
		return keys[i].arity < keys[j].arity
	})
}

// keyList turns name/arity pairs into a keyword list [name: arity].
func keyList(keys []fnKey) term.Term {
	out := make([]term.Term, len(keys))
	for i, k := range keys {
		out[i] = term.Tuple{k.name, term.Int(k.arity)}
	}
	return term.List(out...)
}

// builtinReflection answers __info__/1 and module_info/0,1 for a module
// implemented in Go (Enum.__info__(:functions)); ok is false for any
// other call.
func builtinReflection(mod, name term.Atom, args []term.Term) (term.Term, bool) {
	exports := rt.ModuleExports(mod)
	if len(exports) == 0 {
		return nil, false
	}
	var funs, macros []fnKey
	for _, b := range exports {
		if b.Macro {
			macros = append(macros, fnKey{b.Name, b.Arity})
		} else {
			funs = append(funs, fnKey{b.Name, b.Arity})
		}
	}
	sortKeys(funs)
	sortKeys(macros)
	elixir := strings.HasPrefix(mod.Name(), "Elixir.")
	exported := func() term.Term {
		keys := append([]fnKey(nil), funs...)
		for _, k := range macros {
			keys = append(keys, fnKey{term.MakeAtom("MACRO-" + k.name.Name()), k.arity + 1})
		}
		keys = append(keys, fnKey{term.MakeAtom("module_info"), 0}, fnKey{term.MakeAtom("module_info"), 1})
		if elixir {
			keys = append(keys, fnKey{term.MakeAtom("__info__"), 1})
		}
		return keyList(keys)
	}
	switch {
	case name.Name() == "__info__" && len(args) == 1 && elixir:
		switch args[0] {
		case term.MakeAtom("functions"):
			return keyList(funs), true
		case term.MakeAtom("macros"):
			return keyList(macros), true
		case term.MakeAtom("module"):
			return mod, true
		}
	case name.Name() == "module_info" && len(args) == 0:
		return term.List(term.Tuple{term.MakeAtom("module"), mod}, term.Tuple{term.MakeAtom("exports"), exported()}), true
	case name.Name() == "module_info" && len(args) == 1:
		switch args[0] {
		case term.MakeAtom("module"):
			return mod, true
		case term.MakeAtom("exports"):
			return exported(), true
		}
	}
	return nil, false
}
