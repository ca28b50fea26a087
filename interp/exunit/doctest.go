package exunit

import (
	"fmt"
	"sort"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/macrostr"
	"github.com/exlite/exlite/parser"
	"github.com/exlite/exlite/parser/ast"
)

// Doctests. `doctest Mod` is expanded here, from the source of the files
// the program loads: the @moduledoc and @doc strings of Mod are read from
// its defmodule (literal strings, ~S/~s sigils, and strings whose
// interpolations are constants: literals, the module's attributes set to
// them, arithmetic and <> on those, see docConst), so that keeping docs costs nothing at run time and nothing at all for a
// program that runs no doctest. Their `iex>` examples become tests as
// ExUnit.DocTest (1.18) makes them: the same splitting into tests, the
// same names ("doctest Mod.fun/arity (N)", "doctest module Mod (N)"), the
// same comparisons and failure texts (ExUnit.DocTest in exunit.ex).

// docEntry is one documented function (or the moduledoc: fun == "").
type docEntry struct {
	fun   string
	arity int
	line  int // the line of the @doc / @moduledoc attribute
	text  string
}

// modDocs are the docs of one module.
type modDocs struct {
	file string
	docs []docEntry
}

// indexDocs collects the docs of every module defined in files.
func indexDocs(files []*ast.File) map[string]*modDocs {
	out := map[string]*modDocs{}
	for _, f := range files {
		collectModules(f.Root, "", f.Name, out)
	}
	return out
}

func collectModules(n ast.Node, prefix, file string, out map[string]*modDocs) {
	c, ok := n.(*ast.Call)
	if !ok {
		return
	}
	switch name, _ := c.CallName(); name {
	case "__block__":
		for _, a := range c.Args {
			collectModules(a, prefix, file, out)
		}
	case "defmodule":
		if len(c.Args) != 2 {
			return
		}
		body, ok := doBody(c.Args[1])
		if !ok {
			return
		}
		mod := macrostr.ToString(c.Args[0])
		if prefix != "" {
			mod = prefix + "." + mod
		}
		md := &modDocs{file: file}
		out[mod] = md
		var pending *docEntry
		attrs := map[string]ast.Node{}
		for _, s := range stmts(body) {
			sc, ok := s.(*ast.Call)
			if !ok {
				continue
			}
			switch sn, _ := sc.CallName(); sn {
			case "defmodule":
				collectModules(sc, mod, file, out)
			case "@":
				a, ok := sc.Args[0].(*ast.Call)
				if !ok || len(a.Args) != 1 {
					continue
				}
				an, _ := a.CallName()
				if an != "doc" && an != "moduledoc" {
					attrs[an] = a.Args[0]
					continue
				}
				if _, meta := a.Args[0].(*ast.List); meta {
					continue // @doc since: "1.0"
				}
				text, ok := docString(a.Args[0], attrs)
				if an == "moduledoc" {
					if ok {
						md.docs = append(md.docs, docEntry{line: int(sc.Pos.Line), text: text})
					}
					continue
				}
				pending = nil
				if ok {
					pending = &docEntry{line: int(sc.Pos.Line), text: text}
				}
			case "def", "defmacro", "defdelegate":
				if pending != nil && len(sc.Args) >= 1 {
					pending.fun, pending.arity = defHead(sc.Args[0])
					if pending.fun != "" {
						md.docs = append(md.docs, *pending)
					}
				}
				pending = nil
			case "defp", "defmacrop":
				pending = nil
			}
		}
	}
}

// docString returns the text of a doc: a literal, or an interpolated
// string whose interpolations are constants (attrs are the module's
// attributes set so far).
func docString(n ast.Node, attrs map[string]ast.Node) (string, bool) {
	switch x := n.(type) {
	case *ast.Lit:
		s, ok := x.Value.(term.Binary)
		return string(s), ok
	case *ast.Call:
		if name, _ := x.CallName(); name == "<<>>" {
			return interpolated(x.Args, attrs)
		}
		if name, _ := x.CallName(); (name == "sigil_S" || name == "sigil_s") && len(x.Args) == 2 {
			if b, ok := x.Args[0].(*ast.Call); ok && len(b.Args) == 1 {
				if l, ok := b.Args[0].(*ast.Lit); ok {
					s, ok := l.Value.(term.Binary)
					return string(s), ok
				}
			}
		}
	}
	return "", false
}

// interpolated is the text of "...#{e}..." (the arguments of its <<>>)
// when every interpolated e is a constant, as the compiler would have
// made the doc.
func interpolated(parts []ast.Node, attrs map[string]ast.Node) (string, bool) {
	var b strings.Builder
	for _, pt := range parts {
		if l, ok := pt.(*ast.Lit); ok {
			s, ok := l.Value.(term.Binary)
			if !ok {
				return "", false
			}
			b.WriteString(string(s))
			continue
		}
		seg, ok := pt.(*ast.Call)
		if n, _ := seg.CallName(); !ok || n != "::" || len(seg.Args) != 2 {
			return "", false
		}
		conv, ok := seg.Args[0].(*ast.Call)
		if !ok || len(conv.Args) != 1 {
			return "", false
		}
		v, ok := docConst(conv.Args[0], attrs, 0)
		if !ok {
			return "", false
		}
		switch v := v.(type) {
		case term.Binary:
			b.WriteString(string(v))
		case term.Int:
			fmt.Fprintf(&b, "%d", int64(v))
		case term.Atom:
			if v != term.NilAtom {
				b.WriteString(v.Name())
			}
		default:
			return "", false
		}
	}
	return b.String(), true
}

// docConst evaluates a constant expression of a doc's interpolation:
// integer, string and atom literals, @attr set to a constant, + - * on
// integers and <> on strings; false for anything else.
func docConst(n ast.Node, attrs map[string]ast.Node, depth int) (term.Term, bool) {
	if depth > 32 {
		return nil, false
	}
	switch x := n.(type) {
	case *ast.Lit:
		switch x.Value.(type) {
		case term.Int, term.Binary, term.Atom:
			return x.Value, true
		}
	case *ast.Call:
		name, local := x.CallName()
		if !local {
			return nil, false
		}
		if name == "@" && len(x.Args) == 1 {
			if a, ok := x.Args[0].(*ast.Call); ok && len(a.Args) == 0 {
				an, _ := a.CallName()
				if v, ok := attrs[an]; ok {
					return docConst(v, attrs, depth+1)
				}
			}
			if a, ok := x.Args[0].(*ast.Var); ok {
				if v, ok := attrs[a.Name]; ok {
					return docConst(v, attrs, depth+1)
				}
			}
			return nil, false
		}
		if name == "<<>>" {
			s, ok := interpolated(x.Args, attrs)
			return term.Binary(s), ok
		}
		if len(x.Args) != 2 {
			return nil, false
		}
		l, ok1 := docConst(x.Args[0], attrs, depth+1)
		r, ok2 := docConst(x.Args[1], attrs, depth+1)
		if !ok1 || !ok2 {
			return nil, false
		}
		if name == "<>" {
			ls, ok1 := l.(term.Binary)
			rs, ok2 := r.(term.Binary)
			return ls + rs, ok1 && ok2
		}
		li, ok1 := l.(term.Int)
		ri, ok2 := r.(term.Int)
		if !ok1 || !ok2 {
			return nil, false
		}
		switch name {
		case "+":
			return li + ri, true
		case "-":
			return li - ri, true
		case "*":
			return li * ri, true
		}
	}
	return nil, false
}

// defHead returns the name and arity of a def's head.
func defHead(n ast.Node) (string, int) {
	switch x := n.(type) {
	case *ast.Var:
		return x.Name, 0
	case *ast.Call:
		name, local := x.CallName()
		if name == "when" && len(x.Args) == 2 {
			return defHead(x.Args[0])
		}
		if local {
			return name, len(x.Args)
		}
	}
	return "", 0
}

// docLine is a line of a doc's examples, with its line number.
type docLine struct {
	text string
	no   int
}

// docExpr is one iex> expression of a doctest and what it expects.
type docExpr struct {
	expr     string
	line     int
	expected string
	doctest  string // the example as printed in a failure
}

// docTest is one doctest: consecutive examples up to a blank line.
type docTest struct {
	entry docEntry
	line  int
	exprs []docExpr
}

func hasPrompt(s string, prompts ...string) bool {
	for _, p := range prompts {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// extractTests finds the doctests of one doc, as ExUnit.DocTest does:
// lines are taken from the iex> prompt's indentation on, and a blank line
// or a code fence ends an example.
func extractTests(e docEntry) []docTest {
	lines := strings.Split(strings.ReplaceAll(e.text, "\r\n", "\n"), "\n")
	var adj []docLine
	no := e.line + 1
	inCode, kind, indent := false, "", 0
	for _, l := range lines {
		trimmed := strings.TrimLeft(l, " \t")
		if !inCode {
			if hasPrompt(trimmed, "iex>", "iex(") {
				inCode, kind, indent = true, "prompt", strings.Index(l, "iex")
			} else {
				no++
				continue
			}
		}
		stripped := ""
		if len(l) > indent {
			stripped = l[indent:]
		}
		switch {
		case stripped == "" || hasPrompt(stripped, "```", "~~~"):
			adj = append(adj, docLine{"", no})
			inCode = false
		case kind == "prompt" || hasPrompt(trimmed, "iex>", "iex(") || (kind == "maybe_prompt" && hasPrompt(trimmed, "...>", "...(")):
			adj = append(adj, docLine{adjustPrompt(stripped), no})
			kind = "maybe_prompt"
		default:
			adj = append(adj, docLine{stripped, no})
			kind = "code"
		}
		no++
	}
	var tests []docTest
	for len(adj) > 0 {
		i := 0
		for i < len(adj) && !strings.HasPrefix(adj[i].text, "iex>") {
			i++
		}
		adj = adj[i:]
		if len(adj) == 0 {
			break
		}
		j := 0
		for j < len(adj) && adj[j].text != "" {
			j++
		}
		chunk := adj[:j]
		if j < len(adj) {
			adj = adj[j+1:]
		} else {
			adj = nil
		}
		tests = append(tests, docTest{entry: e, line: chunk[0].no, exprs: buildExprs(chunk)})
	}
	return tests
}

// adjustPrompt turns iex(1)> and ...(1)> into iex> and ...>.
func adjustPrompt(s string) string {
	for _, p := range []string{"iex(", "...("} {
		if strings.HasPrefix(s, p) {
			if _, post, ok := strings.Cut(s[len(p):], ")>"); ok {
				return p[:3] + ">" + post
			}
		}
	}
	return s
}

func buildExprs(chunk []docLine) []docExpr {
	var out []docExpr
	var expr, expected, formatted []string
	line := 0
	flush := func() {
		if len(expr) == 0 {
			return
		}
		exp := strings.Join(expected, "\n")
		out = append(out, docExpr{
			expr:     strings.Join(expr, "\n"),
			line:     line,
			expected: exp,
			doctest:  "\n" + strings.Join(formatted, "\n") + "\n" + exp,
		})
		expr, expected, formatted = nil, nil, nil
	}
	for _, l := range chunk {
		switch {
		case strings.HasPrefix(l.text, "iex>") && len(expected) > 0:
			flush()
			fallthrough
		case strings.HasPrefix(l.text, "iex>"):
			if len(expr) == 0 {
				line = l.no
			}
			expr = append(expr, l.text[4:])
			formatted = append(formatted, l.text)
		case strings.HasPrefix(l.text, "...>"):
			expr = append(expr, l.text[4:])
			formatted = append(formatted, l.text)
		default:
			expected = append(expected, l.text)
		}
	}
	flush()
	return out
}

// inspectable reports whether an expected value is an inspected opaque
// term (#Name<...>), compared as text.
func inspectable(s string) bool {
	if len(s) < 2 || s[0] != '#' || s[1] < 'A' || s[1] > 'Z' {
		return false
	}
	for i := 2; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '<':
			return true
		case c == '.' && i+1 < len(s) && s[i+1] >= 'A' && s[i+1] <= 'Z':
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '_':
		default:
			return false
		}
	}
	return false
}

// doctests expands `doctest Mod, opts` in a test module into tests.
func (e *expander) doctests(m *moduleState, c *ast.Call, describe *describeState, tags []ast.Node) {
	pos := c.Pos
	modName := macrostr.ToString(c.Args[0])
	if modName == "__MODULE__" {
		modName = m.name
	}
	md := e.docs[modName]
	if md == nil {
		m.out = append(m.out, e.tmpl(pos, tmplDocError, map[string]ast.Node{
			"exu_msg": str(pos, "could not retrieve the documentation for module "+modName+". The BEAM file of the module cannot be accessed")}))
		return
	}
	var only, except []string
	hasOnly, doImport := false, false
	var docTags []ast.Node
	if len(c.Args) == 2 {
		if l, ok := c.Args[1].(*ast.List); ok {
			for _, it := range l.Items {
				p, ok := it.(*ast.Pair)
				if !ok {
					continue
				}
				switch {
				case isAtom(p.Left, "only"):
					hasOnly, only = true, funArities(p.Right)
				case isAtom(p.Left, "except"):
					except = funArities(p.Right)
				case isAtom(p.Left, "import"):
					doImport = isAtom(p.Right, "true")
				case isAtom(p.Left, "tags"):
					if tl, ok := p.Right.(*ast.List); ok {
						docTags = tl.Items
					}
				}
			}
		}
	}
	contains := func(list []string, s string) bool {
		for _, x := range list {
			if x == s {
				return true
			}
		}
		return false
	}
	var tests []docTest
	for _, d := range md.docs {
		key := "moduledoc"
		if d.fun != "" {
			key = fmt.Sprintf("%s/%d", d.fun, d.arity)
		}
		if contains(except, key) || (hasOnly && !contains(only, key)) {
			continue
		}
		tests = append(tests, extractTests(d)...)
	}
	sort.SliceStable(tests, func(i, j int) bool { return tests[i].line < tests[j].line })
	for i, t := range tests {
		name := fmt.Sprintf("doctest module %s (%d)", modName, i+1)
		if t.entry.fun != "" {
			name = fmt.Sprintf("doctest %s.%s/%d (%d)", modName, t.entry.fun, t.entry.arity, i+1)
		}
		var body []ast.Node
		if doImport {
			body = append(body, e.tmpl(pos, tmplDocImport, map[string]ast.Node{"exu_mod": c.Args[0]}))
		}
		for _, x := range t.exprs {
			body = append(body, e.docExpr(pos, c.Args[0], md.file, x))
		}
		allTags := append(append([]ast.Node(nil), tags...), &ast.Pair{Pos: pos, Left: ast.Atom(pos, "doctest"), Right: c.Args[0]},
			&ast.Pair{Pos: pos, Left: ast.Atom(pos, "doctest_line"), Right: num(pos, t.line)})
		allTags = append(allTags, docTags...)
		e.addTest(m, pos, name, describe, "doctest", md.file, allTags,
			&ast.Var{Pos: pos, Name: "_context", Context: term.NilAtom},
			&ast.Call{Pos: pos, Fun: ast.Atom(pos, "__block__"), Args: body}, int(pos.Line))
	}
}

// funArities reads doctest's only:/except: list ([fun: 1, :moduledoc]).
func funArities(n ast.Node) []string {
	var out []string
	l, ok := n.(*ast.List)
	if !ok {
		return nil
	}
	for _, it := range l.Items {
		switch x := it.(type) {
		case *ast.Pair:
			if k, ok := x.Left.(*ast.Lit); ok {
				if a, ok := k.Value.(term.Atom); ok {
					out = append(out, a.Name()+"/"+macrostr.ToString(x.Right))
				}
			}
		case *ast.Lit:
			if a, ok := x.Value.(term.Atom); ok {
				out = append(out, a.Name())
			}
		}
	}
	return out
}

// docExpr expands one example: the expression, then its check.
func (e *expander) docExpr(pos ast.Pos, mod ast.Node, file string, x docExpr) ast.Node {
	common := map[string]ast.Node{
		"exu_doctest": str(pos, x.doctest),
		"exu_mod":     mod,
		"exu_file":    str(pos, file),
		"exu_line":    num(pos, x.line),
	}
	f, err := parser.Parse(file, []byte(x.expr))
	if err != nil || f.Root == nil {
		common["exu_msg"] = str(pos, notCompiled(file, x.expr, x.line, err))
		return e.tmpl(pos, tmplDocFail, common)
	}
	shiftLines(f.Root, int32(x.line-1))
	exprAST := f.Root
	last := exprAST
	if bc, ok := exprAST.(*ast.Call); ok {
		if n, _ := bc.CallName(); n == "__block__" && len(bc.Args) > 0 {
			last = bc.Args[len(bc.Args)-1]
		}
	}
	lastText := macrostr.ToString(last)
	exp := x.expected
	switch {
	case strings.HasPrefix(exp, "** ("):
		modPart, msg, _ := strings.Cut(exp[len("** ("):], ")")
		common["exu_e"] = exprAST
		common["exu_exc"] = str(pos, modPart)
		common["exu_msg"] = str(pos, strings.TrimLeft(msg, " \t\n"))
		return e.tmpl(pos, tmplDocRaises, common)
	}
	exprAST = e.docAssertions(exprAST)
	switch {
	case exp == "":
		return exprAST
	case inspectable(exp):
		common["exu_e"] = exprAST
		common["exu_exp"] = str(pos, exp)
		common["exu_last"] = str(pos, lastText)
		return e.tmpl(pos, tmplDocInspect, common)
	}
	ef, err := parser.Parse(file, []byte(exp))
	if err != nil || ef.Root == nil {
		common["exu_msg"] = str(pos, notCompiled(file, exp, x.line+strings.Count(x.expr, "\n")+1, err))
		return e.tmpl(pos, tmplDocFail, common)
	}
	shiftLines(ef.Root, int32(x.line+strings.Count(x.expr, "\n")))
	common["exu_e"] = exprAST
	common["exu_exp"] = ef.Root
	common["exu_last"] = str(pos, lastText)
	common["exu_exps"] = str(pos, strings.TrimSpace(exp))
	return e.tmpl(pos, tmplDocTest, common)
}

// notCompiled is the failure of an example that does not parse, as
// ExUnit.DocTest words it: "Doctest did not compile, got: (Kind) message",
// the message of Code.string_to_quoted!(src, file: file, line: line).
func notCompiled(file, src string, line int, err error) string {
	msg := "Doctest did not compile, got: "
	if err == nil {
		return msg + "(SyntaxError) empty expression"
	}
	// Parsed again at its line, so that the message locates it in the file.
	_, err = parser.Parse(file, []byte(strings.Repeat("\n", line-1)+src))
	if se, ok := err.(*parser.SyntaxError); ok {
		return msg + "(" + se.Kind.String() + ") " + strings.TrimSuffix(se.Message(), "\n")
	}
	if err != nil {
		return msg + "(SyntaxError) " + firstLine(err.Error())
	}
	return msg + "(SyntaxError) empty expression"
}

// docAssertions turns a top-level `pattern = expr` of an example into a
// match assertion (a plain `var = expr` stays a binding), as doctests do.
func (e *expander) docAssertions(n ast.Node) ast.Node {
	one := func(n ast.Node) ast.Node {
		c, ok := n.(*ast.Call)
		if !ok {
			return n
		}
		if name, local := c.CallName(); !local || name != "=" || len(c.Args) != 2 {
			return n
		}
		if _, isVar := c.Args[0].(*ast.Var); isVar {
			return n
		}
		return e.matchAssert(c.Pos, c.Args[0], c.Args[1], macrostr.ToString(c))
	}
	if c, ok := n.(*ast.Call); ok {
		if name, _ := c.CallName(); name == "__block__" {
			for i, a := range c.Args {
				c.Args[i] = one(a)
			}
			return c
		}
	}
	return one(n)
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return l
}

// shiftLines moves the positions of a parsed example to its lines in the
// documented file.
func shiftLines(n ast.Node, delta int32) {
	switch x := n.(type) {
	case *ast.Lit:
		x.Line += delta
	case *ast.Var:
		x.Line += delta
	case *ast.List:
		x.Line += delta
		for _, it := range x.Items {
			shiftLines(it, delta)
		}
	case *ast.Pair:
		x.Line += delta
		shiftLines(x.Left, delta)
		shiftLines(x.Right, delta)
	case *ast.Call:
		x.Line += delta
		if x.Meta.End.Line > 0 {
			x.Meta.End.Line += delta
		}
		shiftLines(x.Fun, delta)
		for _, a := range x.Args {
			shiftLines(a, delta)
		}
	}
}
