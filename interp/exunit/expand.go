// Package exunit expands ExUnit test files into plain Elixir the evaluator
// runs: `use ExUnit.Case` modules become modules whose tests, setups and
// tags are ordinary functions listed by __ex_unit__/0, and the assertion
// macros (assert, refute, assert_receive...) are expanded here, in Go, the
// way ExUnit's macros expand them, with the quoted code rendered as
// Macro.to_string does. The runner and the assertion functions are Elixir
// (interp/elixirlib/exunit.ex).
package exunit

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/elixirlib"
	"github.com/exlite/exlite/interp/kernelmacro"
	"github.com/exlite/exlite/interp/macrostr"
	"github.com/exlite/exlite/parser"
	"github.com/exlite/exlite/parser/ast"
)

// Test describes one test found in a file.
type Test struct {
	Module   string
	Name     string // "test describe name"
	Describe string
	Line     int
	EndLine  int // the line of the test's end (its line when it has no do block)
}

// expander holds the state of one file's expansion.
type expander struct {
	file    string
	n       int
	modules []string
	tests   []Test
	err     error
	docs    map[string]*modDocs // for doctest: the docs of the loaded modules
}

// Expand rewrites the test modules of file in place and returns the names
// of the modules that use ExUnit.Case, in definition order. docFiles are
// the files whose modules' docs `doctest` may run (file itself always is).
func Expand(file *ast.File, docFiles ...*ast.File) (modules []string, tests []Test, err error) {
	e := &expander{file: file.Name, docs: indexDocs(append(docFiles, file))}
	file.Root = e.top(file.Root)
	return e.modules, e.tests, e.err
}

// fail records the first error of the expansion (Elixir's text for the
// compile error it stands for).
func (e *expander) fail(msg string) {
	if e.err == nil {
		e.err = fmt.Errorf("%s", msg)
	}
}

func (e *expander) top(n ast.Node) ast.Node {
	c, ok := n.(*ast.Call)
	if !ok {
		return n
	}
	name, _ := c.CallName()
	switch name {
	case "__block__":
		for i, a := range c.Args {
			c.Args[i] = e.top(a)
		}
	case "defmodule":
		if len(c.Args) == 2 {
			if body, ok := doBody(c.Args[1]); ok && usesCase(body) {
				modName := macrostr.ToString(c.Args[0])
				setDoBody(c.Args[1], e.module(modName, body))
				return c
			}
		}
		return e.assertions(c)
	}
	return c
}

// doBody returns the do: block of a keyword list argument.
func doBody(n ast.Node) (ast.Node, bool) {
	l, ok := n.(*ast.List)
	if !ok || len(l.Items) == 0 {
		return nil, false
	}
	for _, it := range l.Items {
		if p, ok := it.(*ast.Pair); ok {
			if k, ok := p.Left.(*ast.Lit); ok && k.Value == term.MakeAtom("do") {
				return p.Right, true
			}
		}
	}
	return nil, false
}

func setDoBody(n ast.Node, body ast.Node) {
	for _, it := range n.(*ast.List).Items {
		if p, ok := it.(*ast.Pair); ok {
			if k, ok := p.Left.(*ast.Lit); ok && k.Value == term.MakeAtom("do") {
				p.Right = body
			}
		}
	}
}

func stmts(n ast.Node) []ast.Node {
	if c, ok := n.(*ast.Call); ok {
		if name, _ := c.CallName(); name == "__block__" {
			return c.Args
		}
	}
	if n == nil {
		return nil
	}
	return []ast.Node{n}
}

func usesCase(body ast.Node) bool {
	for _, s := range stmts(body) {
		if c, ok := s.(*ast.Call); ok {
			if name, _ := c.CallName(); name == "use" && len(c.Args) >= 1 && macrostr.ToString(c.Args[0]) == "ExUnit.Case" {
				return true
			}
		}
	}
	return false
}

// moduleState collects a test module's tests and setups.
type moduleState struct {
	name       string
	moduleTags []ast.Node // keyword pairs
	setups     []ast.Node // the module's setup callbacks (atoms or {Mod, :fun})
	setupAll   []ast.Node // its setup_all callbacks
	describes  []ast.Node // "describe" => :__ex_unit_describe_N, for those with setups
	nDescribe  int
	async      ast.Node // the async: option of use ExUnit.Case
	out        []ast.Node
	tests      []ast.Node          // __ex_unit__ entries
	names      map[string]bool     // the tests' names so far
	generated  bool                // tests holds the lists of tests made by comprehensions
	attrs      map[string]ast.Node // the module attributes set so far
}

func (e *expander) module(name string, body ast.Node) ast.Node {
	e.modules = append(e.modules, name)
	m := &moduleState{name: name}
	e.body(m, stmts(body), nil, nil)
	pos := body.Position()
	// ExUnit defines them at the module's line (their frames show it).
	m.out = append(m.out, e.setupChain(pos, "__ex_unit__", "setup", m.setups, m.describes))
	m.out = append(m.out, e.setupChain(pos, "__ex_unit__", "setup_all", m.setupAll, nil))
	var entries ast.Node = &ast.List{Pos: pos, Items: m.tests}
	if m.generated {
		// List.flatten([entry, @__exu_for_N__, ...])
		entries = &ast.Call{Pos: pos, Fun: &ast.Call{Pos: pos, Fun: ast.Atom(pos, "."), Args: []ast.Node{
			&ast.Call{Pos: pos, Fun: ast.Atom(pos, "__aliases__"), Args: aliasParts("List")}, ast.Atom(pos, "flatten"),
		}}, Args: []ast.Node{entries}}
	}
	if m.async == nil {
		m.async = &ast.Lit{Pos: pos, Value: term.False}
	}
	meta := e.tmpl(pos, tmplMeta, map[string]ast.Node{
		"exu_async": m.async,
		"exu_sa":    &ast.List{Pos: pos, Items: m.setupAll},
		"exu_t":     entries,
		"exu_mt":    &ast.List{Pos: pos, Items: m.moduleTags},
	})
	imp := e.tmpl(pos, tmplImports, nil)
	out := append([]ast.Node{imp}, m.out...)
	out = append(out, meta)
	return &ast.Call{Pos: pos, Fun: ast.Atom(pos, "__block__"), Args: out}
}

// describeState is the describe block being expanded.
type describeState struct {
	name   string
	n      int // its number in the module, from 0
	line   int
	setups []ast.Node // its own setup callbacks
}

func (d *describeState) nameOf() string {
	if d == nil {
		return ""
	}
	return d.name
}

// setupChain defines the function that runs setup callbacks as ExUnit's
// compiled one does: `def fn(context)` (fn __ex_unit__ takes the kind
// first) calling each callback locally (private ones too) and merging
// its result with ExUnit.Callbacks.__merge__/4, then, for the module's
// setup, the setup of the test's describe block.
func (e *expander) setupChain(pos ast.Pos, fn, kind string, callbacks, describes []ast.Node) ast.Node {
	ctx := func() ast.Node { return &ast.Var{Pos: pos, Name: "context", Context: term.NilAtom} }
	var body []ast.Node
	for _, cb := range callbacks {
		var call ast.Node
		if t, ok := cb.(*ast.Call); ok {
			if n, _ := t.CallName(); n == "{}" && len(t.Args) == 2 {
				if f, ok := t.Args[1].(*ast.Lit); ok {
					call = &ast.Call{Pos: pos, Fun: &ast.Call{Pos: pos, Fun: ast.Atom(pos, "."), Args: []ast.Node{t.Args[0], f}}, Args: []ast.Node{ctx()}}
				}
			}
		}
		if call == nil {
			l, ok := cb.(*ast.Lit)
			if !ok {
				continue
			}
			a, ok := l.Value.(term.Atom)
			if !ok {
				continue
			}
			call = &ast.Call{Pos: pos, Fun: ast.Atom(pos, a.Name()), Args: []ast.Node{ctx()}}
		}
		merge := e.tmpl(pos, tmplMerge, map[string]ast.Node{"exu_kind": ast.Atom(pos, kind), "exu_ctx": ctx(), "exu_call": call})
		body = append(body, &ast.Call{Pos: pos, Fun: ast.Atom(pos, "="), Args: []ast.Node{ctx(), merge}})
	}
	if len(describes) > 0 {
		// case Map.get(context, :describe) do "name" -> __ex_unit_describe_N(context); _ -> context end
		var clauses []ast.Node
		for _, d := range describes {
			p := d.(*ast.Pair)
			fn := p.Right.(*ast.Lit).Value.(term.Atom).Name()
			clauses = append(clauses, &ast.Call{Pos: pos, Fun: ast.Atom(pos, "->"), Args: []ast.Node{
				&ast.List{Pos: pos, Items: []ast.Node{p.Left}},
				&ast.Call{Pos: pos, Fun: ast.Atom(pos, fn), Args: []ast.Node{ctx()}},
			}})
		}
		clauses = append(clauses, &ast.Call{Pos: pos, Fun: ast.Atom(pos, "->"), Args: []ast.Node{
			&ast.List{Pos: pos, Items: []ast.Node{&ast.Var{Pos: pos, Name: "_", Context: term.NilAtom}}}, ctx(),
		}})
		sel := e.tmpl(pos, tmplDescribeOf, map[string]ast.Node{"exu_ctx": ctx()})
		body = append(body, &ast.Call{Pos: pos, Fun: ast.Atom(pos, "case"), Args: []ast.Node{sel,
			&ast.List{Pos: pos, Items: []ast.Node{&ast.Pair{Pos: pos, Left: ast.Atom(pos, "do"), Right: &ast.List{Pos: pos, Items: clauses}}}}}})
	} else {
		body = append(body, ctx())
	}
	params := []ast.Node{ctx()}
	if fn == "__ex_unit__" {
		params = []ast.Node{ast.Atom(pos, kind), ctx()}
	}
	return &ast.Call{Pos: pos, Fun: ast.Atom(pos, "def"), Args: []ast.Node{
		&ast.Call{Pos: pos, Fun: ast.Atom(pos, fn), Args: params},
		&ast.List{Pos: pos, Items: []ast.Node{&ast.Pair{Pos: pos, Left: ast.Atom(pos, "do"), Right: &ast.Call{Pos: pos, Fun: ast.Atom(pos, "__block__"), Args: body}}}},
	}}
}

// tagPairs turns @tag arguments into keyword pairs.
func tagPairs(arg ast.Node) []ast.Node {
	if l, ok := arg.(*ast.List); ok {
		return l.Items
	}
	return []ast.Node{&ast.Pair{Pos: arg.Position(), Left: arg, Right: &ast.Lit{Pos: arg.Position(), Value: term.True}}}
}

// body expands the statements of a module or describe block.
func (e *expander) body(m *moduleState, list []ast.Node, describe *describeState, describeTags []ast.Node) {
	var tags []ast.Node
	for _, s := range list {
		c, ok := s.(*ast.Call)
		if !ok {
			m.out = append(m.out, s)
			continue
		}
		name, _ := c.CallName()
		switch name {
		case "use":
			if macrostr.ToString(c.Args[0]) == "ExUnit.Case" {
				if len(c.Args) == 2 {
					if l, ok := c.Args[1].(*ast.List); ok {
						for _, it := range l.Items {
							if p, ok := it.(*ast.Pair); ok && isAtom(p.Left, "async") {
								m.async = p.Right
							}
						}
					}
				}
				continue
			}
		case "@":
			if a, ok := c.Args[0].(*ast.Call); ok && len(a.Args) == 1 {
				switch an, _ := a.CallName(); an {
				case "tag":
					tags = append(tags, tagPairs(a.Args[0])...)
					continue
				case "describetag":
					describeTags = append(describeTags, tagPairs(a.Args[0])...)
					continue
				case "moduletag":
					m.moduleTags = append(m.moduleTags, tagPairs(a.Args[0])...)
					continue
				default:
					// Kept for test names made of attributes (test @name).
					if m.attrs == nil {
						m.attrs = map[string]ast.Node{}
					}
					m.attrs[an] = a.Args[0]
				}
			}
		case "describe":
			if len(c.Args) == 2 {
				if b, ok := doBody(c.Args[1]); ok {
					if describe != nil {
						// Raised by the outer describe's expansion: its line is shown.
						e.fail(fmt.Sprintf("** (RuntimeError) cannot call \"describe\" inside another \"describe\". See the documentation for ExUnit.Case.describe/2 on named setups and how to handle hierarchies\n    %s:%d: (module)", e.file, describe.line))
						continue
					}
					d := &describeState{n: m.nDescribe, line: int(c.Pos.Line)}
					m.nDescribe++
					if l, ok := c.Args[0].(*ast.Lit); ok {
						if s, ok := l.Value.(term.Binary); ok {
							d.name = string(s)
						}
					}
					e.body(m, stmts(b), d, append([]ast.Node(nil), describeTags...))
					if len(d.setups) > 0 {
						fn := fmt.Sprintf("__ex_unit_describe_%d", d.n)
						// Generated code: its frame has no location, as ExUnit's.
						m.out = append(m.out, e.setupChain(ast.Pos{}, fn, "setup", d.setups, nil))
						m.describes = append(m.describes, &ast.Pair{Pos: c.Pos, Left: str(c.Pos, d.name), Right: ast.Atom(c.Pos, fn)})
					}
					continue
				}
			}
		case "setup", "setup_all":
			var ref []ast.Node
			if len(c.Args) >= 1 {
				if b, ok := doBody(c.Args[len(c.Args)-1]); ok {
					// Named as ExUnit names them (stacktraces show them).
					var fn string
					switch {
					case name == "setup_all":
						fn = fmt.Sprintf("__ex_unit_setup_all_%d", len(m.setupAll))
					case describe != nil:
						fn = fmt.Sprintf("__ex_unit_setup_%d_%d", describe.n, len(describe.setups))
					default:
						fn = fmt.Sprintf("__ex_unit_setup_%d", len(m.setups))
					}
					var param ast.Node = &ast.Var{Pos: c.Pos, Name: "_context", Context: term.NilAtom}
					if len(c.Args) == 2 {
						param = c.Args[0]
					}
					m.out = append(m.out, e.def(c.Pos, fn, param, b))
					ref = []ast.Node{ast.Atom(c.Pos, fn)}
				} else if l, ok := c.Args[0].(*ast.List); ok {
					ref = l.Items
				} else {
					ref = []ast.Node{c.Args[0]}
				}
			}
			switch {
			case name == "setup_all":
				m.setupAll = append(m.setupAll, ref...)
			case describe != nil:
				describe.setups = append(describe.setups, ref...)
			default:
				m.setups = append(m.setups, ref...)
			}
			continue
		case "test":
			if len(c.Args) >= 1 {
				// The name is a constant: a string, an atom, an attribute,
				// an interpolation of those.
				tname, constName := "", false
				if v, ok := docConst(c.Args[0], m.attrs, 0); ok {
					switch v := v.(type) {
					case term.Binary:
						tname, constName = string(v), true
					case term.Atom:
						tname, constName = v.Name(), true
					}
				}
				full := "test " + tname
				if describe != nil {
					full = "test " + describe.name + " " + tname
				}
				allTags := append(append([]ast.Node(nil), describeTags...), tags...)
				tags = nil
				var b ast.Node
				var param ast.Node = &ast.Var{Pos: c.Pos, Name: "_context", Context: term.NilAtom}
				hasBody := false
				if last, ok := doBody(c.Args[len(c.Args)-1]); ok {
					b, hasBody = last, true
					if len(c.Args) == 3 {
						param = c.Args[1]
					}
				}
				if !hasBody {
					allTags = append(allTags, &ast.Pair{Pos: c.Pos, Left: ast.Atom(c.Pos, "not_implemented"), Right: &ast.Lit{Pos: c.Pos, Value: term.True}})
					// Generated code: no code line, no stacktrace (ExUnit's has none).
					b = e.tmpl(ast.Pos{}, tmplFlunk, nil)
				}
				endLine := int(c.Meta.End.Line)
				if endLine < int(c.Pos.Line) {
					endLine = int(c.Pos.Line)
				}
				if !constName {
					full = "" // not known before the module runs: named by number
				}
				e.addTest(m, c.Pos, full, describe, "test", "", allTags, param, b, endLine)
				continue
			}
		case "for":
			if e.forTests(m, c, describe, append(append([]ast.Node(nil), describeTags...), tags...)) {
				tags = nil
				continue
			}
		case "doctest":
			if len(c.Args) >= 1 && len(c.Args) <= 2 {
				e.doctests(m, c, describe, append(append([]ast.Node(nil), describeTags...), tags...))
				tags = nil
				continue
			}
		}
		m.out = append(m.out, e.assertions(c))
	}
}

// addTest defines a test function and lists it in the module's tests;
// name is the full test name ("test ..." or "doctest ..."), typ :test or
// :doctest.
//
// describe is the describe block it is in, if any; docFile, for a
// doctest, is the documented module's file.
func (e *expander) addTest(m *moduleState, pos ast.Pos, name string, describe *describeState, typ, docFile string, tags []ast.Node, param, body ast.Node, endLine int) {
	e.n++
	// Named as ExUnit names it (stacktraces and crash reports show it),
	// and ending in :ok, as ExUnit's test macro does: the body's last
	// call keeps the test's frame in a stacktrace.
	fn := name
	if name == "" {
		fn, name = fmt.Sprintf("__ex_test_%d__", e.n), "test "
	} else if m.names[name] {
		e.fail(fmt.Sprintf("** (ArgumentError) %q is already defined in %s\n    %s:%d: (module)", name, m.name, e.file, pos.Line))
	}
	if m.names == nil {
		m.names = map[string]bool{}
	}
	m.names[name] = true
	body = &ast.Call{Pos: pos, Fun: ast.Atom(pos, "__block__"), Args: []ast.Node{body, ast.Atom(pos, "ok")}}
	m.out = append(m.out, e.def(pos, fn, param, body))
	desc, descLine := ast.Node(&ast.Lit{Pos: pos, Value: term.NilAtom}), ast.Node(&ast.Lit{Pos: pos, Value: term.NilAtom})
	if describe != nil {
		desc, descLine = &ast.Lit{Pos: pos, Value: term.Binary(describe.name)}, num(pos, describe.line)
	}
	entry := e.tmpl(pos, tmplEntry, map[string]ast.Node{
		"exu_n":       &ast.Lit{Pos: pos, Value: term.MakeAtom(name)},
		"exu_f":       ast.Atom(pos, fn),
		"exu_l":       num(pos, int(pos.Line)),
		"exu_tags":    &ast.List{Pos: pos, Items: tags},
		"exu_d":       desc,
		"exu_dl":      descLine,
		"exu_file":    str(pos, e.file),
		"exu_type":    ast.Atom(pos, typ),
		"exu_docfile": str(pos, docFile),
	})
	m.tests = append(m.tests, entry)
	e.tests = append(e.tests, Test{Module: m.name, Name: name, Describe: describe.nameOf(), Line: int(pos.Line), EndLine: endLine})
}

// def builds `def fn(param) do body end` with the body's assertions
// expanded.
func (e *expander) def(pos ast.Pos, fn string, param, body ast.Node) ast.Node {
	return &ast.Call{Pos: pos, Fun: ast.Atom(pos, "def"), Args: []ast.Node{
		&ast.Call{Pos: pos, Fun: ast.Atom(pos, fn), Args: []ast.Node{param}},
		&ast.List{Pos: pos, Items: []ast.Node{&ast.Pair{Pos: pos, Left: ast.Atom(pos, "do"), Right: e.assertions(body)}}},
	}}
}

// tmpl parses Elixir source and replaces the variables named in subs by
// the given nodes; every node of the template takes position pos.
func (e *expander) tmpl(pos ast.Pos, src string, subs map[string]ast.Node) ast.Node {
	templates.Lock()
	if !templates.loaded {
		templates.loaded = true
		for i, root := range prebuiltTemplates() {
			templates.m[allTemplates[i]] = root
		}
	}
	root, ok := templates.m[src]
	if !ok {
		f, err := parser.Parse("exunit", []byte(src))
		if err != nil {
			templates.Unlock()
			panic("exunit: template " + src + ": " + err.Error())
		}
		root = f.Root
		templates.m[src] = root
	}
	templates.Unlock()
	return subst(clone(root), pos, subs)
}

// templates caches parsed templates (parsing is the costly part).
var templates = struct {
	sync.Mutex
	m      map[string]ast.Node
	loaded bool
}{m: map[string]ast.Node{}}

// templatesAST holds the syntax trees of allTemplates, parsed at build time.
//
//go:embed templates.ast
var templatesAST []byte

// templatesSum stamps templates.ast with the templates it was made from.
func templatesSum() [32]byte { return elixirlib.SourceHash(strings.Join(allTemplates, "\x00")) }

// prebuiltTemplates returns the trees of allTemplates from templates.ast,
// or nil when it is stale.
func prebuiltTemplates() []ast.Node {
	root, err := elixirlib.DecodeAST(templatesAST, templatesSum())
	if err != nil {
		return nil
	}
	c, ok := root.(*ast.Call)
	if !ok || len(c.Args) != len(allTemplates) {
		return nil
	}
	return c.Args
}

// clone copies a tree so that subst can change it.
func clone(n ast.Node) ast.Node {
	switch x := n.(type) {
	case *ast.Lit:
		c := *x
		return &c
	case *ast.Var:
		c := *x
		return &c
	case *ast.List:
		c := *x
		c.Items = make([]ast.Node, len(x.Items))
		for i, it := range x.Items {
			c.Items[i] = clone(it)
		}
		return &c
	case *ast.Pair:
		c := *x
		c.Left, c.Right = clone(x.Left), clone(x.Right)
		return &c
	case *ast.Call:
		c := *x
		c.Fun = clone(x.Fun)
		c.Args = make([]ast.Node, len(x.Args))
		for i, a := range x.Args {
			c.Args[i] = clone(a)
		}
		return &c
	}
	return n
}

func subst(n ast.Node, pos ast.Pos, subs map[string]ast.Node) ast.Node {
	switch n := n.(type) {
	case *ast.Var:
		if r, ok := subs[n.Name]; ok {
			return r
		}
		n.Pos = pos
	case *ast.Lit:
		n.Pos = pos
	case *ast.List:
		n.Pos = pos
		for i, it := range n.Items {
			n.Items[i] = subst(it, pos, subs)
		}
	case *ast.Pair:
		n.Pos = pos
		n.Left = subst(n.Left, pos, subs)
		n.Right = subst(n.Right, pos, subs)
	case *ast.Call:
		n.Pos = pos
		n.Fun = subst(n.Fun, pos, subs)
		for i, a := range n.Args {
			n.Args[i] = subst(a, pos, subs)
		}
	}
	return n
}

func str(pos ast.Pos, s string) ast.Node { return &ast.Lit{Pos: pos, Value: term.Binary(s)} }
func num(pos ast.Pos, i int) ast.Node    { return &ast.Lit{Pos: pos, Value: term.Int(i)} }

var cmpOps = map[string]bool{"==": true, "!=": true, "===": true, "!==": true, "<": true, ">": true, "<=": true, ">=": true, "=~": true, "in": true}

// assertions expands the assertion macros inside n.
func (e *expander) assertions(n ast.Node) ast.Node {
	switch x := n.(type) {
	case *ast.List:
		for i, it := range x.Items {
			x.Items[i] = e.assertions(it)
		}
	case *ast.Pair:
		x.Left = e.assertions(x.Left)
		x.Right = e.assertions(x.Right)
	case *ast.Call:
		name, local := x.CallName()
		if local && name == "quote" {
			return x
		}
		// An assertion is expanded before its arguments, so that the code
		// it shows is the one written (an argument may be a macro too).
		if local && assertionMacros[name] {
			if r := e.macro(name, x); r != nil {
				return e.assertions(r)
			}
		}
		x.Fun = e.assertions(x.Fun)
		for i, a := range x.Args {
			x.Args[i] = e.assertions(a)
		}
	}
	return n
}

// assertionMacros are the macros of ExUnit.Assertions the expansion
// rewrites (the others are functions).
var assertionMacros = map[string]bool{
	"assert": true, "refute": true, "assert_receive": true, "assert_received": true,
	"refute_receive": true, "refute_received": true, "catch_error": true, "catch_exit": true,
	"catch_throw": true, "assert_raise": true, "assert_in_delta": true, "refute_in_delta": true, "flunk": true,
}

// macro expands one assertion call, or returns nil.
func (e *expander) macro(name string, c *ast.Call) ast.Node {
	pos := c.Pos
	// The code a failure shows: ExUnit's "assert " <> Macro.to_string(expr),
	// long lines broken as the formatter breaks them.
	code := func() ast.Node {
		if len(c.Args) == 1 {
			return str(pos, name+" "+macrostr.Format(c.Args[0], 98))
		}
		return str(pos, macrostr.ToString(c))
	}
	// A failure without code (ExUnit's flunk/1 and the assertion
	// functions) shows the source line of the test's frame instead.
	noCode := func() ast.Node { return ast.Atom(pos, "ex_unit_no_meaningful_value") }
	line := num(pos, int(pos.Line))
	switch name {
	case "assert", "refute":
		if len(c.Args) < 1 || len(c.Args) > 2 {
			return nil
		}
		arg := c.Args[0]
		kind := ast.Atom(pos, name)
		msg := ast.Node(&ast.Lit{Pos: pos, Value: term.NilAtom})
		if len(c.Args) == 2 {
			msg = c.Args[1]
			return e.tmpl(pos, tmplTruthy,
				map[string]ast.Node{"exu_k": kind, "exu_v": arg, "exu_c": noCode(), "exu_line": line, "exu_msg": msg})
		}
		if a, ok := arg.(*ast.Call); ok {
			an, alocal := a.CallName()
			switch {
			case alocal && len(a.Args) == 2 && cmpOps[an]:
				return e.tmpl(pos, tmplCmp, map[string]ast.Node{
					"exu_k": kind, "exu_op": ast.Atom(pos, an), "exu_l": a.Args[0], "exu_r": a.Args[1], "exu_c": code(), "exu_line": line})
			case alocal && an == "=" && len(a.Args) == 2 && name == "assert":
				return e.matchAssert(pos, a.Args[0], a.Args[1], name+" "+macrostr.Format(a, 98))
			case alocal && an == "match?" && len(a.Args) == 2:
				return e.tmpl(pos, tmplMatchq, map[string]ast.Node{"exu_k": kind, "exu_r": a.Args[1], "exu_p": a.Args[0], "exu_pc": str(pos, macrostr.ToString(a.Args[0])), "exu_c": code(), "exu_line": line, "exu_pins": pinList(pos, a.Args[0])})
			}
		}
		if a, ok := arg.(*ast.Call); ok && showsArgs(a) {
			// As ExUnit's extract_args: a function call's arguments are
			// evaluated first and listed under a failure.
			var assigns, vars []ast.Node
			for i, x := range a.Args {
				v := &ast.Var{Pos: pos, Name: fmt.Sprintf("exu_arg%d_%d", e.n, i+1), Context: term.NilAtom}
				e.n++
				assigns = append(assigns, &ast.Call{Pos: pos, Fun: ast.Atom(pos, "="), Args: []ast.Node{v, x}})
				vars = append(vars, &ast.Var{Pos: pos, Name: v.Name, Context: term.NilAtom})
			}
			call := &ast.Call{Pos: a.Pos, Fun: a.Fun, Args: vars, Meta: a.Meta}
			check := e.tmpl(pos, tmplTruthyArgs, map[string]ast.Node{"exu_k": kind, "exu_v": call, "exu_c": code(), "exu_line": line, "exu_args": &ast.List{Pos: pos, Items: append([]ast.Node(nil), vars...)}})
			return &ast.Call{Pos: pos, Fun: ast.Atom(pos, "__block__"), Args: append(assigns, check)}
		}
		return e.tmpl(pos, tmplTruthyNoMsg,
			map[string]ast.Node{"exu_k": kind, "exu_v": arg, "exu_c": code(), "exu_line": line})
	case "assert_receive", "assert_received", "refute_receive", "refute_received":
		if len(c.Args) < 1 {
			return nil
		}
		timeout := ast.Node(num(pos, 100))
		if strings.HasSuffix(name, "ed") {
			timeout = num(pos, 0)
		} else if len(c.Args) >= 2 {
			timeout = c.Args[1]
		}
		msg := ast.Node(&ast.Lit{Pos: pos, Value: term.NilAtom})
		if strings.HasSuffix(name, "ed") && len(c.Args) >= 2 {
			msg = c.Args[1]
		} else if len(c.Args) >= 3 {
			msg = c.Args[2]
		}
		pat := c.Args[0]
		bare := pat
		var guard ast.Node
		if w, ok := pat.(*ast.Call); ok {
			if wn, _ := w.CallName(); wn == "when" && len(w.Args) == 2 {
				bare, guard = w.Args[0], w.Args[1]
			}
		}
		rcode := str(pos, name+" "+macrostr.Format(pat, 98))
		if strings.HasPrefix(name, "refute") {
			rcode = noCode()
		}
		subs := map[string]ast.Node{"exu_p": bare, "exu_pc": str(pos, macrostr.ToString(pat)), "exu_t": timeout, "exu_c": rcode, "exu_line": line, "exu_msg": msg}
		guarded := guard != nil
		bound, pinned := patternVars(bare)
		if guarded {
			subs["exu_g"] = guard
			// The pattern's variables the guard reads count as used
			// after the match too (no unused-variable warning, as with
			// ExUnit's expansion).
			isBound := map[string]bool{}
			for _, b := range bound {
				isBound[b.(*ast.Var).Name] = true
			}
			var used []ast.Node
			inGuard, _ := patternVars(guard)
			for _, v := range inGuard {
				if isBound[v.(*ast.Var).Name] {
					used = append(used, v)
				}
			}
			subs["exu_gvars"] = &ast.Call{Pos: pos, Fun: ast.Atom(pos, "{}"), Args: used}
		}
		var pins []ast.Node
		for _, v := range pinned {
			pins = append(pins, &ast.Pair{Pos: pos, Left: str(pos, v.Name), Right: v})
		}
		subs["exu_pins"] = &ast.List{Pos: pos, Items: pins}
		subs["exu_vars"] = &ast.Call{Pos: pos, Fun: ast.Atom(pos, "{}"), Args: bound}
		switch {
		case strings.HasPrefix(name, "refute") && guarded:
			// ExUnit's refute_receive puts the whole pattern on the left
			// of `= actual`: a guard there is a local call to when/2
			// inside a match, which does not compile.
			subs["exu_p"] = pat
			return e.tmpl(pos, tmplRefuteReceive, subs)
		case strings.HasPrefix(name, "refute"):
			return e.tmpl(pos, tmplRefuteReceive, subs)
		case guarded:
			return e.tmpl(pos, tmplAssertReceiveGuard, subs)
		}
		return e.tmpl(pos, tmplAssertReceive, subs)
	case "catch_error", "catch_exit", "catch_throw":
		if len(c.Args) != 1 {
			return nil
		}
		// Inline, as ExUnit's macro is: the expression's frames are the
		// test's own.
		kind := strings.TrimPrefix(name, "catch_")
		return e.tmpl(pos, tmplCatch, map[string]ast.Node{
			"exu_k": ast.Atom(pos, kind), "exu_e": c.Args[0], "exu_c": noCode(), "exu_line": line})
	case "assert_raise", "assert_in_delta", "refute_in_delta", "flunk":
		// Functions in ExUnit: called with the code and line so that a
		// failure shows them.
		args := &ast.List{Pos: pos, Items: c.Args}
		return e.tmpl(pos, tmplCall, map[string]ast.Node{
			"exu_f": ast.Atom(pos, name), "exu_a": args, "exu_c": noCode(), "exu_line": line})
	}
	return nil
}

// matchAssert expands `assert pattern = expr`; code is the text a failure
// shows.
func (e *expander) matchAssert(pos ast.Pos, pattern, expr ast.Node, code string) ast.Node {
	return e.tmpl(pos, tmplMatchAssert, map[string]ast.Node{"exu_r": expr, "exu_p": pattern, "exu_pc": str(pos, macrostr.Format(pattern, 98)), "exu_c": str(pos, code), "exu_line": num(pos, int(pos.Line)), "exu_pins": pinList(pos, pattern)})
}

// pinList is the [{"name", value}] list of the variables a pattern pins.
func pinList(pos ast.Pos, pattern ast.Node) ast.Node {
	_, pinned := patternVars(pattern)
	var pins []ast.Node
	for _, v := range pinned {
		pins = append(pins, &ast.Pair{Pos: pos, Left: str(pos, v.Name), Right: v})
	}
	return &ast.List{Pos: pos, Items: pins}
}

// reservedForms are the special forms and operators among local
// calls: assert shows no arguments for them (ExUnit's extract_args);
// Kernel's macros are kernelmacro's.
var reservedForms = map[string]bool{
	"case": true, "cond": true, "with": true, "for": true, "try": true, "receive": true, "fn": true,
	"quote": true, "unquote": true, "import": true, "require": true, "alias": true, "super": true,
	"__block__": true, "__aliases__": true, "%{}": true, "{}": true, "%": true, "<<>>": true, "&": true,
	"^": true, "=": true, "::": true, "__MODULE__": true, "__ENV__": true, "__DIR__": true, "__CALLER__": true,
	"not": true, "and": true, "or": true, "when": true, "in": true, "..": true, "..//": true, "|>": true,
	"<>": true, "++": true, "--": true, "+": true, "-": true, "*": true, "/": true, "!": true, "&&": true,
	"||": true, "==": true, "!=": true, "===": true, "!==": true, "<": true, ">": true, "<=": true, ">=": true,
	"=~": true, "@": true, "|": true, ".": true, "<-": true, "\\\\": true, "->": true,
}

// showsArgs tells whether a failed assert of the call c lists its
// arguments, as ExUnit's extract_args decides: a function call (neither
// a macro, a special form nor an operator) with at least one argument
// that is not a literal.
func showsArgs(c *ast.Call) bool {
	if len(c.Args) == 0 {
		return false
	}
	if name, local := c.CallName(); local {
		if reservedForms[name] || kernelmacro.Is(name, len(c.Args)) || assertionMacros[name] || strings.HasPrefix(name, "sigil_") {
			return false
		}
	} else if dot, ok := c.Fun.(*ast.Call); ok {
		dn, _ := dot.CallName()
		if dn != "." || len(dot.Args) != 2 {
			return false // an anonymous function's call (f.(x)) is a special form
		}
		mod := macrostr.ToString(dot.Args[0])
		f := macrostr.ToString(dot.Args[1])
		if (mod == "Kernel" && kernelmacro.Is(strings.TrimPrefix(f, ":"), len(c.Args))) || (mod == "Integer" && (f == ":is_even" || f == ":is_odd")) {
			return false
		}
	} else {
		return false
	}
	for _, a := range c.Args {
		if !quotedLiteral(a) {
			return true
		}
	}
	return false
}

// quotedLiteral is Macro.quoted_literal?/1.
func quotedLiteral(n ast.Node) bool {
	switch x := n.(type) {
	case *ast.Lit:
		return true
	case *ast.List:
		for _, it := range x.Items {
			if !quotedLiteral(it) {
				return false
			}
		}
		return true
	case *ast.Pair:
		return quotedLiteral(x.Left) && quotedLiteral(x.Right)
	case *ast.Call:
		name, local := x.CallName()
		if !local {
			return false
		}
		switch name {
		case "__aliases__", "%{}", "{}", "%", "<<>>":
			for _, a := range x.Args {
				if !quotedLiteral(a) {
					return false
				}
			}
			return true
		case "__MODULE__":
			return len(x.Args) == 0
		}
	}
	return false
}

// patternVars returns, in one walk of a pattern, the variables it binds
// (not pinned, not underscored), as nodes to mention so that they count
// as used, and the variables it pins (^x); each once.
func patternVars(n ast.Node) (bound []ast.Node, pinned []*ast.Var) {
	seen := map[string]bool{}
	pinSeen := map[string]bool{}
	var walk func(ast.Node)
	walk = func(n ast.Node) {
		switch x := n.(type) {
		case *ast.Var:
			if !strings.HasPrefix(x.Name, "_") && !seen[x.Name] {
				seen[x.Name] = true
				bound = append(bound, &ast.Var{Pos: x.Pos, Name: x.Name, Context: x.Context})
			}
		case *ast.List:
			for _, it := range x.Items {
				walk(it)
			}
		case *ast.Pair:
			walk(x.Left)
			walk(x.Right)
		case *ast.Call:
			name, _ := x.CallName()
			if name == "^" && len(x.Args) == 1 {
				// (a generated test's unquote fragment is no pinned variable)
				if v, ok := x.Args[0].(*ast.Var); ok && !pinSeen[v.Name] && !strings.HasPrefix(v.Name, uqPrefix) {
					pinSeen[v.Name] = true
					pinned = append(pinned, &ast.Var{Pos: v.Pos, Name: v.Name, Context: v.Context})
				}
				return
			}
			if name == "^" || name == "@" {
				return
			}
			for _, a := range x.Args {
				walk(a)
			}
		}
	}
	walk(n)
	return bound, pinned
}

func isAtom(n ast.Node, name string) bool {
	l, ok := n.(*ast.Lit)
	return ok && l.Value == term.MakeAtom(name)
}
