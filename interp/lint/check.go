package lint

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/parser/ast"
)

// Check analyses a parsed file.
func Check(f *ast.File) *Report {
	r := &Report{Modules: map[ast.Node]*ModuleReport{}}
	if f == nil {
		return r
	}
	// the tokenizer's warnings come first, in source order, then the
	// parser's
	tok := charlistWarnings(f.CharlistQuotes)
	var parser []Diagnostic
	for _, w := range f.ParserWarnings {
		d := Diagnostic{Severity: Warning, Line: int(w.Line), Col: int(w.Col), Message: w.Message, Before: 1}
		if w.Tokenizer {
			tok = append(tok, d)
		} else {
			parser = append(parser, d)
		}
	}
	sortDiagnostics(tok)
	r.Top = append(append(r.Top, tok...), parser...)
	r.TopLexed = len(r.Top)
	if f.Root == nil {
		return r
	}
	remoteCalls(f.Root, 0, "", nil, "", &r.TopRemotes)
	c := &checker{file: f.Name, report: r, lex: &lexicalCheck{rep: r, lines: map[string]int{}}}
	top := newVars("", &r.Top)
	top.expr(f.Root)
	top.finish()
	c.lex.scope("", f.Root, nil)
	c.findModules(f.Root, "")
	sort.SliceStable(r.UnusedAliases, func(i, j int) bool { return r.UnusedAliases[i].Message < r.UnusedAliases[j].Message })
	sort.SliceStable(r.Imports, func(i, j int) bool { return r.Imports[i].Module < r.Imports[j].Module })
	return r
}

// checker holds what the analysis of a file shares.
type checker struct {
	file   string
	report *Report
	lex    *lexicalCheck
}

// aliasName returns the dotted name of an alias node (Foo.Bar), or "".
func aliasName(n ast.Node) string {
	c, ok := n.(*ast.Call)
	if !ok {
		if l, ok := n.(*ast.Lit); ok {
			if a, ok := l.Value.(term.Atom); ok {
				return strings.TrimPrefix(a.Name(), "Elixir.")
			}
		}
		return ""
	}
	if name, _ := c.CallName(); name != "__aliases__" {
		return ""
	}
	parts := make([]string, 0, len(c.Args))
	for _, a := range c.Args {
		l, ok := a.(*ast.Lit)
		if !ok {
			return ""
		}
		at, ok := l.Value.(term.Atom)
		if !ok {
			return ""
		}
		parts = append(parts, at.Name())
	}
	return strings.Join(parts, ".")
}

// findModules finds every defmodule in n (outside quote) and analyses
// it; outer is the name of the enclosing module ("" at the top level).
func (c *checker) findModules(n ast.Node, outer string) {
	switch n := n.(type) {
	case *ast.List:
		for _, it := range n.Items {
			c.findModules(it, outer)
		}
	case *ast.Pair:
		c.findModules(n.Left, outer)
		c.findModules(n.Right, outer)
	case *ast.Call:
		name, _ := n.CallName()
		switch name {
		case "quote":
			return
		case "defimpl", "defprotocol":
			if len(n.Args) >= 2 {
				mod := aliasName(n.Args[0])
				if name == "defimpl" {
					var target string
					for _, a := range n.Args[1:] {
						if l, ok := a.(*ast.List); ok {
							for _, it := range l.Items {
								if p, ok := it.(*ast.Pair); ok {
									if k, ok := atomLit(p.Left); ok && k == "for" {
										target = aliasName(p.Right)
									}
								}
							}
						}
					}
					if target == "" && outer != "" {
						target = outer
					}
					if target == "" {
						return
					}
					mod += "." + target
				}
				_, kw := doBlock(n)
				if body, ok := kw["do"]; ok && body != nil && mod != "" {
					c.module(mod, body)
				}
			}
			return
		case "defmodule":
			if len(n.Args) == 2 {
				mod := aliasName(n.Args[0])
				if mod == "" {
					return
				}
				if outer != "" {
					if a, ok := n.Args[0].(*ast.Call); ok {
						if an, _ := a.CallName(); an == "__aliases__" {
							mod = outer + "." + mod
						}
					}
				}
				_, kw := doBlock(n)
				if body, ok := kw["do"]; ok && body != nil {
					c.lex.lines[mod] = int(n.Pos.Line)
					c.module(mod, body)
					c.findModules(body, mod)
				}
				return
			}
		}
		c.findModules(n.Fun, outer)
		for _, a := range n.Args {
			c.findModules(a, outer)
		}
	}
}

// atomLit returns the name of an atom literal.
func atomLit(n ast.Node) (string, bool) {
	if l, ok := n.(*ast.Lit); ok {
		if a, ok := l.Value.(term.Atom); ok {
			return a.Name(), true
		}
	}
	return "", false
}

// items returns the expressions of a block.
func items(n ast.Node) []ast.Node {
	if c, ok := n.(*ast.Call); ok {
		if name, _ := c.CallName(); name == "__block__" {
			return c.Args
		}
	}
	return []ast.Node{n}
}

// fnKey names a function by name and arity.
type fnKey struct {
	name  string
	arity int
}

// defInfo is what the module knows of a function already defined.
type defInfo struct {
	kind        string
	line        int
	defaults    int
	lastHasBody bool
	lastDefault int
	// always is the line of the first clause that matches every
	// argument (0 when none yet).
	always int
}

// attrInfo is the state of a module attribute: set and unread since
// line (0 when read).
type attrInfo struct {
	line int
}

// moduleCheck is the analysis of one module body.
type moduleCheck struct {
	c      *checker
	name   string
	rep    *ModuleReport
	defs   map[fnKey]*defInfo
	last   *fnKey
	attrs  map[string]*attrInfo
	order  []string
	shadow []Diagnostic
	// funcs are the functions defined, in order of first definition.
	funcs []*funcDef
	// unquoted is set when a definition is built with unquote: the
	// module's functions are then not known for sure.
	unquoted bool
	// set holds every attribute set so far; uses is set when the module
	// uses another (which may set attributes of its own).
	set  map[string]bool
	uses bool
	// docFalse is set when the last @doc is false or nil.
	docFalse bool
}

// presetAttrs exist in every module before the body runs.
var presetAttrs = map[string]bool{
	"moduledoc": true, "after_compile": true, "after_verify": true, "before_compile": true, "behaviour": true,
	"compile": true, "derive": true, "dialyzer": true, "external_resource": true, "on_definition": true,
	"type": true, "opaque": true, "typep": true, "spec": true, "callback": true, "macrocallback": true,
	"optional_callbacks": true,
}

// reservedAttrs are attributes Elixir never reports as unused: the
// accumulating and persisted ones, @moduledoc, and the typespecs.
var reservedAttrs = map[string]bool{
	"after_compile": true, "after_verify": true, "before_compile": true, "behaviour": true, "compile": true,
	"derive": true, "dialyzer": true, "external_resource": true, "on_definition": true, "type": true,
	"opaque": true, "typep": true, "spec": true, "callback": true, "macrocallback": true,
	"optional_callbacks": true, "moduledoc": true, "on_load": true, "vsn": true, "nifs": true,
	"file": true, "enforce_keys": true,
	// read by defprotocol itself
	"fallback_to_any": true,
}

// definitionAttrs are consumed by the next definition.
var definitionAttrs = map[string]bool{"doc": true, "impl": true, "deprecated": true}

// module analyses the body of module name.
func (c *checker) module(name string, body ast.Node) {
	rep := &ModuleReport{Name: name}
	c.report.Modules[body] = rep
	c.report.Order = append(c.report.Order, body)
	m := &moduleCheck{c: c, name: name, rep: rep, defs: map[fnKey]*defInfo{}, attrs: map[string]*attrInfo{},
		set: map[string]bool{}}
	stmts := items(body)
	for _, s := range stmts {
		if call, ok := s.(*ast.Call); ok {
			if n, _ := call.CallName(); n == "use" {
				m.uses = true
			}
			if dot, ok := call.Fun.(*ast.Call); ok && len(dot.Args) == 2 && aliasName(dot.Args[0]) == "Module" {
				m.uses = true
			}
		}
	}

	// Expansion of the body: module-level variables, unquote fragments.
	mv := newVars(name+" (module)", &rep.Body)
	for i, s := range stmts {
		m.expandStmt(mv, s)
		if i < len(stmts)-1 {
			if c, ok := s.(*ast.Call); ok {
				if n, _ := c.CallName(); n == "@" && len(c.Args) == 1 {
					if _, isVar := c.Args[0].(*ast.Var); isVar {
						mv.useless(s)
					}
				}
			}
		}
	}
	mv.finish()
	rep.Expansion = rep.Body[:len(rep.Body):len(rep.Body)]

	// Evaluation of the body: definitions and attributes in order.
	rep.Stmts = map[ast.Node][]Diagnostic{}
	for _, s := range stmts {
		before := len(rep.Body)
		m.evalStmt(s)
		if len(rep.Body) > before {
			rep.Stmts[s] = rep.Body[before:len(rep.Body):len(rep.Body)]
		}
	}
	defined := map[FunArity]bool{}
	for k := range m.defs {
		defined[FunArity{k.name, k.arity}] = true
	}
	c.lex.scope(name, body, defined)
	sort.SliceStable(m.shadow, func(i, j int) bool {
		if m.shadow[i].Line != m.shadow[j].Line {
			return m.shadow[i].Line < m.shadow[j].Line
		}
		return m.shadow[i].Col < m.shadow[j].Col
	})
	if !m.unquoted {
		rep.Compiled = append(rep.Compiled, m.unusedPrivate()...)
	}
	rep.Compiled = append(rep.Compiled, m.shadow...)
	var unusedAttrs []string
	for _, a := range m.order {
		if m.attrs[a].line > 0 {
			unusedAttrs = append(unusedAttrs, a)
		}
	}
	sort.SliceStable(unusedAttrs, func(i, j int) bool { return m.attrs[unusedAttrs[i]].line < m.attrs[unusedAttrs[j]].line })
	for _, a := range unusedAttrs {
		msg := fmt.Sprintf("module attribute @%s was set but never used", a)
		switch a {
		case "doc", "impl", "deprecated":
			msg = fmt.Sprintf("module attribute @%s was set but no definition follows it", a)
		case "typedoc":
			msg = "module attribute @typedoc was set but no type follows it"
		}
		rep.Compiled = append(rep.Compiled, Diagnostic{Severity: Warning, Line: m.attrs[a].line, Message: msg, Where: name + " (module)"})
	}
}

// defKinds are the definition macros.
var defKinds = map[string]bool{"def": true, "defp": true, "defmacro": true, "defmacrop": true, "defguard": true, "defguardp": true}

// expandStmt walks a module-body statement as the body's expansion does.
func (m *moduleCheck) expandStmt(mv *vars, s ast.Node) {
	call, ok := s.(*ast.Call)
	if !ok {
		mv.expr(s)
		return
	}
	name, _ := call.CallName()
	switch {
	case defKinds[name] || name == "defdelegate":
		// only unquote fragments are expanded with the module body
		for _, a := range call.Args {
			mv.quotedUnquotes(a)
		}
		return
	case name == "@":
		if len(call.Args) == 1 {
			if inner, ok := call.Args[0].(*ast.Call); ok {
				if an, ok := inner.CallName(); ok && len(inner.Args) == 1 {
					switch an {
					case "spec", "type", "typep", "opaque", "callback", "macrocallback":
						return
					}
					mv.expr(inner.Args[0])
					return
				}
			}
		}
		return
	}
	mv.expr(s)
}

// quotedUnquotes walks the unquote fragments inside a definition.
func (a *vars) quotedUnquotes(n ast.Node) { a.quoted(n) }

// hasUnquote reports whether n contains unquote.
func hasUnquote(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.List:
		for _, it := range n.Items {
			if hasUnquote(it) {
				return true
			}
		}
	case *ast.Pair:
		return hasUnquote(n.Left) || hasUnquote(n.Right)
	case *ast.Call:
		if name, ok := n.CallName(); ok && (name == "unquote" || name == "unquote_splicing") {
			return true
		}
		if hasUnquote(n.Fun) {
			return true
		}
		for _, a := range n.Args {
			if hasUnquote(a) {
				return true
			}
		}
	}
	return false
}

// readAttr marks @name read; reading one never set is reported as
// Module.__get_attribute__ does, for the line of the read.
func (m *moduleCheck) readAttr(name string, pos ast.Pos) {
	if a := m.attrs[name]; a != nil {
		a.line = 0
	}
	if !m.set[name] && !presetAttrs[name] && !m.uses && pos.Line > 0 {
		m.rep.Body = append(m.rep.Body, Diagnostic{Severity: Warning, Line: int(pos.Line), Where: m.name + " (module)",
			Message: fmt.Sprintf("undefined module attribute @%s, please remove access to @%s or explicitly set it before access", name, name)})
	}
}

// setAttr records @name set at line.
func (m *moduleCheck) setAttr(name string, line int) {
	m.set[name] = true
	if reservedAttrs[name] {
		return
	}
	a := m.attrs[name]
	if a == nil {
		a = &attrInfo{}
		m.attrs[name] = a
		m.order = append(m.order, name)
	}
	a.line = line
}

// readsIn marks the attributes read by code n.
func (m *moduleCheck) readsIn(n ast.Node) {
	v := newVars("", new([]Diagnostic))
	v.attrRead = m.readAttr
	v.expr(n)
}

// evalStmt handles a module-body statement as its evaluation does.
func (m *moduleCheck) evalStmt(s ast.Node) {
	call, ok := s.(*ast.Call)
	if !ok {
		return
	}
	name, _ := call.CallName()
	switch {
	case defKinds[name]:
		m.definition(name, call)
		m.privateDoc(name, call)
		m.consumeDefinitionAttrs()
	case name == "defdelegate":
		m.consumeDefinitionAttrs()
	case name == "@":
		if len(call.Args) != 1 {
			return
		}
		switch inner := call.Args[0].(type) {
		case *ast.Call:
			an, ok := inner.CallName()
			if !ok {
				return
			}
			if len(inner.Args) == 1 {
				switch an {
				case "spec", "type", "typep", "opaque", "callback", "macrocallback":
					if an != "spec" && an != "callback" && an != "macrocallback" {
						if a := m.attrs["typedoc"]; a != nil {
							a.line = 0
						}
					}
					return
				}
				m.readsIn(inner.Args[0])
				m.setAttr(an, int(call.Pos.Line))
				if an == "doc" {
					m.docFalse = isFalsy(inner.Args[0])
				}
				return
			}
			if len(inner.Args) == 0 {
				m.readAttr(an, call.Pos)
			}
		case *ast.Var:
			m.readAttr(inner.Name, call.Pos)
		}
	case name == "defmodule" || name == "defprotocol" || name == "defimpl":
		return
	default:
		m.readsIn(s)
	}
}

// isFalsy reports whether n is the literal false or nil.
func isFalsy(n ast.Node) bool {
	l, ok := n.(*ast.Lit)
	return ok && (l.Value == term.False || l.Value == term.NilAtom)
}

// privateDoc warns, as Module.compile_definition_attributes does, about a
// @doc given to a private function or macro: at the @doc's line, in the
// function.
func (m *moduleCheck) privateDoc(kind string, call *ast.Call) {
	if kind != "defp" && kind != "defmacrop" {
		return
	}
	a := m.attrs["doc"]
	if a == nil || a.line == 0 || m.docFalse || len(call.Args) == 0 {
		return
	}
	fname, arity := defName(call.Args[0])
	if fname == "" {
		return
	}
	m.rep.Body = append(m.rep.Body, Diagnostic{Severity: Warning, Line: a.line,
		Where:   mfa(m.name, fname, arity),
		Message: fmt.Sprintf("%s %s/%d is private, @doc attribute is always discarded for private functions/macros/types", kind, fname, arity)})
}

// defName returns the name and arity a definition's head defines, or "".
func defName(head ast.Node) (string, int) {
	if w, ok := head.(*ast.Call); ok {
		if wn, _ := w.CallName(); wn == "when" && len(w.Args) == 2 {
			head = w.Args[0]
		}
	}
	switch h := head.(type) {
	case *ast.Var:
		return h.Name, 0
	case *ast.Call:
		n, _ := h.CallName()
		return n, len(h.Args)
	}
	return "", 0
}

// consumeDefinitionAttrs drops @doc, @impl and @deprecated, which a
// definition takes for itself.
func (m *moduleCheck) consumeDefinitionAttrs() {
	for a := range definitionAttrs {
		if ai := m.attrs[a]; ai != nil {
			ai.line = 0
		}
	}
}

// definition analyses one def/defp/defmacro/defguard clause.
func (m *moduleCheck) definition(kind string, call *ast.Call) {
	if len(call.Args) == 0 {
		return
	}
	head := call.Args[0]
	var guard ast.Node
	if w, ok := head.(*ast.Call); ok {
		if wn, _ := w.CallName(); wn == "when" && len(w.Args) == 2 {
			head, guard = w.Args[0], w.Args[1]
		}
	}
	var fname string
	var params []ast.Node
	var namePos ast.Pos
	switch h := head.(type) {
	case *ast.Var:
		fname, namePos = h.Name, h.Pos
	case *ast.Call:
		n, ok := h.CallName()
		if !ok {
			return
		}
		fname, params, namePos = n, h.Args, h.Pos
	default:
		return
	}
	arity := len(params)
	key := fnKey{fname, arity}
	defaults := 0
	for _, p := range params {
		if c, ok := p.(*ast.Call); ok {
			if n, _ := c.CallName(); n == "\\\\" {
				defaults++
			}
		}
	}
	var body ast.Node
	hasBody := false
	if len(call.Args) >= 2 {
		hasBody = true
		body = call.Args[1]
	}
	unquoted := hasUnquote(call)
	line, col := int(call.Pos.Line), int(namePos.Col)
	if namePos.Line != call.Pos.Line {
		col = 0
	}

	// Variables of the clause.
	if hasBody && !unquoted {
		v := newVars(mfa(m.name, fname, arity), &m.rep.Body)
		v.attrRead = m.readAttr
		v.shadow = &m.shadow
		v.prematch = 0
		for _, p := range params {
			v.pat(p)
		}
		if guard != nil {
			v.expr(guard)
		}
		m.defBody(v, body)
		v.finish()
	} else if hasBody {
		m.readsIn(body)
	}

	// Definitions: grouping, defaults, shadowed clauses.
	kindName := kind
	info := m.defs[key]
	if info != nil {
		if info.defaults > 0 && defaults == 0 && hasBody && info.lastHasBody && info.lastDefault > 0 ||
			defaults > 0 && info.defaults == 0 {
			m.rep.Body = append(m.rep.Body, Diagnostic{Severity: Warning, Line: line, Col: col,
				Message: mixedDefaults(kindName, fname, arity)})
		}
		if !unquoted && m.last != nil {
			switch {
			case *m.last == key:
				if !hasBody {
					m.rep.Body = append(m.rep.Body, Diagnostic{Severity: Warning, Line: line, Col: col,
						Message: lateHead(kindName, fname, arity)})
				}
			case m.last.name == fname:
				m.rep.Body = append(m.rep.Body, Diagnostic{Severity: Warning, Line: line, Col: col,
					Message: fmt.Sprintf("clauses with the same name should be grouped together, \"%s %s/%d\" was previously defined (%s:%d)", kindName, fname, arity, m.c.file, info.line)})
			default:
				m.rep.Body = append(m.rep.Body, Diagnostic{Severity: Warning, Line: line, Col: col,
					Message: fmt.Sprintf("clauses with the same name and arity (number of arguments) should be grouped together, \"%s %s/%d\" was previously defined (%s:%d)", kindName, fname, arity, m.c.file, info.line)})
			}
		}
		info.defaults = max(info.defaults, defaults)
	} else {
		info = &defInfo{kind: kind, line: line, defaults: defaults}
		m.defs[key] = info
		m.funcs = append(m.funcs, &funcDef{key: key, kind: kind, line: line, col: col})
	}
	for _, d := range m.funcs {
		if d.key == key {
			d.defaults = max(d.defaults, defaults)
			if hasBody {
				d.bodies = append(d.bodies, body)
			}
			if guard != nil {
				d.bodies = append(d.bodies, guard)
			}
			// default values run in the wrappers that call the function
			for _, p := range params {
				if c, ok := p.(*ast.Call); ok {
					if n, _ := c.CallName(); n == "\\\\" && len(c.Args) == 2 {
						d.bodies = append(d.bodies, c.Args[1])
					}
				}
			}
		}
	}
	if unquoted {
		m.unquoted = true
	}
	info.lastHasBody, info.lastDefault = hasBody, defaults
	if !unquoted {
		k := key
		m.last = &k
	}
	if hasBody {
		if info.always > 0 {
			m.shadow = append(m.shadow, Diagnostic{Severity: Warning, Line: line, Col: col,
				Message: fmt.Sprintf("this clause for %s/%d cannot match because a previous clause at line %d always matches", fname, arity, info.always)})
		} else if guard == nil && allVars(params) {
			info.always = line
		}
	}
}

// allVars reports whether every parameter matches anything: a variable,
// _, or a default around one.
func allVars(params []ast.Node) bool {
	for _, p := range params {
		if !matchesAll(p) {
			return false
		}
	}
	return true
}

func matchesAll(p ast.Node) bool {
	switch p := p.(type) {
	case *ast.Var:
		return p.Name != "__MODULE__"
	case *ast.Call:
		n, _ := p.CallName()
		switch n {
		case "\\\\":
			return len(p.Args) == 2 && matchesAll(p.Args[0])
		case "=":
			return len(p.Args) == 2 && matchesAll(p.Args[0]) && matchesAll(p.Args[1])
		}
	}
	return false
}

// defBody walks a definition's body: do: alone, or do with rescue,
// catch, else or after (an implicit try).
func (m *moduleCheck) defBody(v *vars, body ast.Node) {
	l, ok := body.(*ast.List)
	if !ok {
		v.expr(body)
		return
	}
	keys, kw := doBlock(&ast.Call{Args: []ast.Node{l}})
	if len(keys) == 1 && keys[0] == "do" {
		v.expr(kw["do"])
		return
	}
	if keys == nil {
		v.expr(body)
		return
	}
	v.try(&ast.Call{Args: []ast.Node{l}})
}

func mixedDefaults(kind, name string, arity int) string {
	return fmt.Sprintf("%s %s/%d has multiple clauses and also declares default values. "+
		"In such cases, the default values should be defined in a header. Instead of:\n"+
		"\n"+
		"    def foo(:first_clause, b \\\\ :default) do ... end\n"+
		"    def foo(:second_clause, b) do ... end\n"+
		"\n"+
		"one should write:\n"+
		"\n"+
		"    def foo(a, b \\\\ :default)\n"+
		"    def foo(:first_clause, b) do ... end\n"+
		"    def foo(:second_clause, b) do ... end\n", kind, name, arity)
}

func lateHead(kind, name string, arity int) string {
	return fmt.Sprintf("function head for %s %s/%d must come at the top of its direct implementation. Instead of:\n"+
		"\n"+
		"    def add(a, b), do: a + b\n"+
		"    def add(a, b)\n"+
		"\n"+
		"one should write:\n"+
		"\n"+
		"    def add(a, b)\n"+
		"    def add(a, b), do: a + b\n", kind, name, arity)
}

// charlistWarnings are the tokenizer's warnings about single-quoted
// charlists, worded as elixir_tokenizer words them.
func charlistWarnings(qs []ast.CharlistQuote) []Diagnostic {
	var out []Diagnostic
	for _, q := range qs {
		msg := "using single-quoted strings to represent charlists is deprecated.\n" +
			"Use ~c\"\" if you indeed want a charlist or use \"\" instead.\n" +
			"You may run \"mix format --migrate\" to change all single-quoted\n" +
			"strings to use the ~c sigil and fix this warning."
		if q.Heredoc {
			msg = "single-quoted string represent charlists. Use ~c''' if you indeed want a charlist or use \"\"\" instead"
		}
		out = append(out, Diagnostic{Severity: Warning, Line: int(q.Line), Col: int(q.Col), Message: msg, Before: 1})
	}
	return out
}

// mfa prints Mod.fun/arity as a diagnostic's place names a function: a
// name that is not an identifier (a test's, "test adds") is quoted, as
// Exception.format_mfa/3 quotes it.
func mfa(mod, fname string, arity int) string {
	plain := fname != ""
	for i, r := range fname {
		switch {
		case r == '_' || unicode.IsLetter(r) || (i > 0 && unicode.IsDigit(r)):
		case (r == '?' || r == '!') && i == len(fname)-1 && i > 0:
		case strings.ContainsRune("+-*/<>=!&|^~\\.@:", r):
			// an operator's name (def a + b)
		default:
			plain = false
		}
	}
	if !plain {
		fname = strconv.Quote(fname)
	}
	return fmt.Sprintf("%s.%s/%d", mod, fname, arity)
}
