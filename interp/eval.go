package interp

import (
	"sort"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/parser/ast"
)

// Code.eval_string/1,2 and Code.eval_quoted/1,2: the code is compiled as
// a file's top level with the binding's variables bound, and run in the
// calling process; they return {value, binding}, the binding holding
// every variable the code left bound (sorted by name).

func init() {
	rt.Register("Code", map[string]rt.BuiltinFunc{
		"eval_string/1": func(env rt.Env, a []term.Term) term.Term { return evalString(env, a[0], term.Nil) },
		"eval_string/2": func(env rt.Env, a []term.Term) term.Term { return evalString(env, a[0], a[1]) },
		"eval_quoted/1": func(env rt.Env, a []term.Term) term.Term { return evalQuoted(env, a[0], term.Nil) },
		"eval_quoted/2": func(env rt.Env, a []term.Term) term.Term { return evalQuoted(env, a[0], a[1]) },
	})
}

func evalString(env rt.Env, src, binding term.Term) term.Term {
	p, ok := env.(*proc)
	if !ok {
		rt.ArgumentError("Code.eval_string/2 needs a process")
	}
	s, ok := src.(term.Binary)
	if !ok {
		if text, isText := charlistText(src); isText {
			s = term.Binary(text)
		} else {
			rt.ArgumentError("expected a string, got: " + rt.Inspect(env, src))
		}
	}
	f, err := Parse("nofile", []byte(s))
	if err != nil {
		rt.RaiseMessage("SyntaxError", err.Error())
	}
	return p.evalNode(f.Root, binding)
}

func evalQuoted(env rt.Env, quoted, binding term.Term) term.Term {
	p, ok := env.(*proc)
	if !ok {
		rt.ArgumentError("Code.eval_quoted/2 needs a process")
	}
	n, ok := unquoteAST(quoted, ast.Pos{Line: 1, Col: 1})
	if !ok {
		rt.ArgumentError("invalid quoted expression: " + rt.Inspect(env, quoted))
	}
	return p.evalNode(n, binding)
}

// charlistText is the text of a charlist.
func charlistText(t term.Term) (string, bool) {
	items, ok := term.ListToSlice(t)
	if !ok {
		return "", false
	}
	rs := make([]rune, len(items))
	for i, it := range items {
		n, ok := it.(term.Int)
		if !ok {
			return "", false
		}
		rs[i] = rune(n)
	}
	return string(rs), true
}

// evalNode compiles and runs n with binding's variables bound.
func (p *proc) evalNode(n ast.Node, binding term.Term) term.Term {
	pairs, ok := term.ListToSlice(binding)
	if !ok {
		rt.ArgumentError("expected a keyword list as binding, got: " + rt.Inspect(p, binding))
	}
	c := p.in.topCompiler()
	s := newFnScope(nil)
	type bound struct {
		slot int
		v    term.Term
	}
	var given []bound
	for _, kv := range pairs {
		t, ok := kv.(term.Tuple)
		if !ok || len(t) != 2 {
			rt.ArgumentError("expected a keyword list as binding, got: " + rt.Inspect(p, binding))
		}
		name, ok := t[0].(term.Atom)
		if !ok {
			rt.ArgumentError("expected a keyword list as binding, got: " + rt.Inspect(p, binding))
		}
		given = append(given, bound{s.bind(name.Name()), t[1]})
	}
	body := c.expr(n, s, false)
	c.resolveSites()
	fr := make([]term.Term, s.fs.nslots+1)
	for _, b := range given {
		fr[b.slot] = b.v
	}
	v := body(p, fr)
	names := make([]string, 0, len(s.vars))
	for name := range s.vars {
		if name != "" && name[0] != 0 && !strings.Contains(name, ctxSep) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	out := make([]term.Term, 0, len(names))
	for _, name := range names {
		if x := fr[s.vars[name]]; x != nil {
			out = append(out, term.Tuple{term.MakeAtom(name), x})
		}
	}
	return term.Tuple{v, term.List(out...)}
}
