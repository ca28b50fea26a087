package lint

import (
	"fmt"
	"sort"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/parser/ast"
)

// The unused private function check follows Module.Types.infer: the
// private functions reached from the public ones through local calls are
// used; each other defp or defmacrop is reported at its first clause,
// and a private function with defaults whose shortest forms are never
// called gets a warning about those defaults.

// funcDef is one function of the module for the reachability check.
type funcDef struct {
	key      fnKey
	kind     string
	defaults int
	line     int
	col      int
	bodies   []ast.Node
}

// localCalls calls f for each local call in n: name(args), x |> name(args)
// and &name/arity.
func localCalls(n ast.Node, f func(fnKey)) {
	switch n := n.(type) {
	case *ast.List:
		for _, it := range n.Items {
			localCalls(it, f)
		}
	case *ast.Pair:
		localCalls(n.Left, f)
		localCalls(n.Right, f)
	case *ast.Call:
		name, ok := n.CallName()
		if !ok {
			localCalls(n.Fun, f)
			for _, a := range n.Args {
				localCalls(a, f)
			}
			return
		}
		switch name {
		case "quote":
			var unquotes func(ast.Node)
			unquotes = func(x ast.Node) {
				switch x := x.(type) {
				case *ast.List:
					for _, it := range x.Items {
						unquotes(it)
					}
				case *ast.Pair:
					unquotes(x.Left)
					unquotes(x.Right)
				case *ast.Call:
					if nm, ok := x.CallName(); ok && (nm == "unquote" || nm == "unquote_splicing") {
						for _, a := range x.Args {
							localCalls(a, f)
						}
						return
					}
					unquotes(x.Fun)
					for _, a := range x.Args {
						unquotes(a)
					}
				}
			}
			for _, a := range n.Args {
				unquotes(a)
			}
			return
		case "&":
			if len(n.Args) == 1 {
				if sl, ok := n.Args[0].(*ast.Call); ok {
					if sn, _ := sl.CallName(); sn == "/" && len(sl.Args) == 2 {
						if v, ok := sl.Args[0].(*ast.Var); ok {
							if l, ok := sl.Args[1].(*ast.Lit); ok {
								if ar, ok := l.Value.(term.Int); ok {
									f(fnKey{v.Name, int(ar)})
								}
							}
							return
						}
					}
				}
			}
		case "|>":
			if len(n.Args) == 2 {
				localCalls(n.Args[0], f)
				switch r := n.Args[1].(type) {
				case *ast.Var:
					f(fnKey{r.Name, 1})
				case *ast.Call:
					if rn, ok := r.CallName(); ok {
						f(fnKey{rn, len(r.Args) + 1})
						for _, a := range r.Args {
							localCalls(a, f)
						}
						return
					}
					localCalls(r, f)
				default:
					localCalls(r, f)
				}
				return
			}
		}
		f(fnKey{name, len(n.Args)})
		for _, a := range n.Args {
			localCalls(a, f)
		}
	}
}

// unusedPrivate reports the private functions no public one reaches.
func (m *moduleCheck) unusedPrivate() []Diagnostic {
	// wrappers maps name/arity of a default form to the full function.
	byKey := map[fnKey]*funcDef{}
	wrappers := map[fnKey]fnKey{}
	for _, d := range m.funcs {
		byKey[d.key] = d
		for i := 1; i <= d.defaults; i++ {
			wrappers[fnKey{d.key.name, d.key.arity - i}] = d.key
		}
	}
	used := map[fnKey]bool{}
	var queue []fnKey
	reach := func(k fnKey) {
		if used[k] {
			return
		}
		if _, ok := byKey[k]; !ok {
			full, ok := wrappers[k]
			if !ok {
				return
			}
			used[k] = true
			k = full
			if used[k] {
				return
			}
		}
		used[k] = true
		queue = append(queue, k)
	}
	for _, d := range m.funcs {
		if d.kind == "def" || d.kind == "defmacro" || d.kind == "defguard" {
			used[d.key] = true
			queue = append(queue, d.key)
		}
	}
	for len(queue) > 0 {
		k := queue[0]
		queue = queue[1:]
		for _, b := range byKey[k].bodies {
			localCalls(b, reach)
		}
	}
	var private []*funcDef
	for _, d := range m.funcs {
		if d.kind == "defp" || d.kind == "defmacrop" {
			private = append(private, d)
		}
	}
	// Elixir goes through them in reverse order of name and arity.
	sort.Slice(private, func(i, j int) bool {
		if private[i].key.name != private[j].key.name {
			return private[i].key.name > private[j].key.name
		}
		return private[i].key.arity > private[j].key.arity
	})
	var out []Diagnostic
	for _, d := range private {
		what := "function"
		if d.kind == "defmacrop" {
			what = "macro"
		}
		name, arity := d.key.name, d.key.arity
		msg := ""
		if d.defaults == 0 {
			if !used[d.key] {
				msg = fmt.Sprintf("%s %s/%d is unused", what, name, arity)
			}
		} else {
			last := -1
			for a := arity; a >= arity-d.defaults; a-- {
				if used[fnKey{name, a}] {
					last = a
				}
			}
			switch {
			case last == -1:
				msg = fmt.Sprintf("%s %s/%d is unused", what, name, arity)
			case last == arity-d.defaults:
			case last == arity:
				msg = fmt.Sprintf("default values for the optional arguments in %s/%d are never used", name, arity)
			case arity-last == 1:
				msg = fmt.Sprintf("the default value for the last optional argument in %s/%d is never used", name, arity)
			default:
				msg = fmt.Sprintf("the default values for the last %d optional arguments in %s/%d are never used", arity-last, name, arity)
			}
		}
		if msg != "" {
			out = append(out, Diagnostic{Severity: Warning, Line: d.line, Col: d.col, Message: msg, Where: m.name + " (module)"})
		}
	}
	return out
}
