package stdlib

import (
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/inspect"
	"github.com/exlite/exlite/interp/rt"
)

// Inspect.Algebra: the document algebra a program's defimpl Inspect
// builds its output with (concat/1, to_doc/2, group/1...). Documents are
// the terms interp/inspect converts (binaries, :doc_nil, tuples).

// docArg reads argument i of Inspect.Algebra.fun as a document.
func docArg(fun string, arity int, a []term.Term, i int) inspect.Doc {
	d, ok := inspect.DocFromTerm(a[i])
	if !ok {
		functionClause("Inspect.Algebra", fun, arity, a...)
	}
	return d
}

func docTerm(d inspect.Doc) term.Term { return inspect.DocToTerm(d) }

// breakString reads the break string argument of break/glue.
func breakString(fun string, arity int, a []term.Term, i int) string {
	s, ok := a[i].(term.Binary)
	if !ok {
		functionClause("Inspect.Algebra", fun, arity, a...)
	}
	return string(s)
}

func init() {
	rt.Register("Inspect.Algebra", map[string]rt.BuiltinFunc{
		"empty/0": func(env rt.Env, a []term.Term) term.Term { return docTerm(inspect.Empty()) },
		"line/0":  func(env rt.Env, a []term.Term) term.Term { return docTerm(inspect.Line()) },
		"break/0": func(env rt.Env, a []term.Term) term.Term { return docTerm(inspect.Break(" ")) },
		"break/1": func(env rt.Env, a []term.Term) term.Term {
			return docTerm(inspect.Break(breakString("break", 1, a, 0)))
		},
		"string/1": func(env rt.Env, a []term.Term) term.Term {
			return docTerm(inspect.String(breakString("string", 1, a, 0)))
		},
		"concat/1": func(env rt.Env, a []term.Term) term.Term {
			items, ok := term.ListToSlice(a[0])
			if !ok {
				functionClause("Inspect.Algebra", "concat", 1, a...)
			}
			docs := make([]inspect.Doc, len(items))
			for i := range items {
				docs[i] = docArg("concat", 1, items, i)
			}
			return docTerm(inspect.Concat(docs...))
		},
		"concat/2": func(env rt.Env, a []term.Term) term.Term {
			return docTerm(inspect.Concat(docArg("concat", 2, a, 0), docArg("concat", 2, a, 1)))
		},
		"space/2": func(env rt.Env, a []term.Term) term.Term {
			return docTerm(inspect.Space(docArg("space", 2, a, 0), docArg("space", 2, a, 1)))
		},
		"line/2": func(env rt.Env, a []term.Term) term.Term {
			return docTerm(inspect.LineBetween(docArg("line", 2, a, 0), docArg("line", 2, a, 1)))
		},
		"glue/2": func(env rt.Env, a []term.Term) term.Term {
			return docTerm(inspect.Glue(docArg("glue", 2, a, 0), " ", docArg("glue", 2, a, 1)))
		},
		"glue/3": func(env rt.Env, a []term.Term) term.Term {
			return docTerm(inspect.Glue(docArg("glue", 3, a, 0), breakString("glue", 3, a, 1), docArg("glue", 3, a, 2)))
		},
		"group/1": func(env rt.Env, a []term.Term) term.Term {
			return docTerm(inspect.Group(docArg("group", 1, a, 0)))
		},
		"nest/2": func(env rt.Env, a []term.Term) term.Term {
			d := docArg("nest", 2, a, 0)
			switch n := a[1].(type) {
			case term.Int:
				return docTerm(inspect.Nest(d, int(n)))
			case term.Atom:
				switch n.Name() {
				case "cursor":
					return docTerm(inspect.NestCursor(d))
				case "reset":
					return docTerm(inspect.NestReset(d))
				}
			}
			functionClause("Inspect.Algebra", "nest", 2, a...)
			return nil
		},
		"to_doc/2": func(env rt.Env, a []term.Term) term.Term {
			return docTerm(inspect.ToDoc(a[0], inspect.OptionsFromTerm(env, a[1])))
		},
		"format/2": func(env rt.Env, a []term.Term) term.Term {
			width := inspect.Infinity
			if n, ok := a[1].(term.Int); ok {
				width = int(n)
			}
			return term.Binary(inspect.FormatIn(env, docArg("format", 2, a, 0), width))
		},
		"container_doc/5": func(env rt.Env, a []term.Term) term.Term {
			return containerDoc(env, a, term.Nil)
		},
		"container_doc/6": func(env rt.Env, a []term.Term) term.Term {
			return containerDoc(env, a[:5], a[5])
		},
	})
}

// containerDoc is container_doc(left, collection, right, opts, fun, options).
func containerDoc(env rt.Env, a []term.Term, options term.Term) term.Term {
	arity := 5
	if options != term.Term(term.Nil) {
		arity = 6
	}
	items, ok := term.ListToSlice(a[1])
	fun, isFun := a[4].(*term.Fun)
	if !ok || !isFun {
		functionClause("Inspect.Algebra", "container_doc", arity, a...)
	}
	sep, brk := ",", inspect.BreakMaybe
	kv, _ := term.ListToSlice(options)
	for _, it := range kv {
		t, ok := it.(term.Tuple)
		if !ok || len(t) != 2 {
			continue
		}
		switch t[0] {
		case term.MakeAtom("separator"):
			if s, ok := t[1].(term.Binary); ok {
				sep = string(s)
			}
		case term.MakeAtom("break"):
			switch t[1] {
			case term.MakeAtom("strict"):
				brk = inspect.BreakStrict
			case term.MakeAtom("flex"):
				brk = inspect.BreakFlex
			}
		}
	}
	opts := inspect.OptionsFromTerm(env, a[3])
	docs := inspect.Items{N: len(items), Item: func(i int, o inspect.Options) inspect.Doc {
		d, ok := inspect.DocFromTerm(env.Call(fun, []term.Term{items[i], inspect.OptionsToTerm(o)}))
		if !ok {
			return inspect.Empty()
		}
		return d
	}}
	return docTerm(inspect.ContainerDoc(docArg("container_doc", arity, a, 0), docs, docArg("container_doc", arity, a, 2), opts, sep, brk))
}
