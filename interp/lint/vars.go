package lint

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/macrostr"
	"github.com/exlite/exlite/parser/ast"
)

// The unused-variable analysis follows elixir_expand and elixir_env:
// every binding of a variable is a new version; reading a variable marks
// its current version used. A clause (of case, fn, receive, cond, with,
// for, try, if) starts with an empty set of unused versions; at its end
// the versions it bound and never read are reported, and the reads of
// the enclosing versions are passed up. A definition or the file's top
// level reports its own unused versions at its end, by name.

// verKey is one version of a variable.
type verKey struct {
	name string
	ver  int
}

// binding is one unread version of a variable: where it was bound and
// whether it replaced a variable of the same name.
type binding struct {
	pos        ast.Pos
	overridden bool
}

// usedMark records in an unused map that a version was read.
var usedMark = &binding{}

// varState is what expansion knows about variables at a point.
type varState struct {
	read   map[string]int
	unused map[verKey]*binding
}

// vars runs the analysis over one unit (a definition clause, a module
// body or the top level).
type vars struct {
	st      varState
	counter int
	// guard counts the guards being walked (a stepless range there is
	// Kernel's other warning, not the default step's).
	guard int
	// prematch is the version counter when the current pattern started:
	// a name bound at or after it is a repetition inside the pattern.
	prematch int
	where    string
	out      *[]Diagnostic
	// attrRead is told of each @name read (nil outside modules).
	attrRead func(name string, pos ast.Pos)
	// shadow receives the Erlang compiler's warnings about clauses of
	// case, fn and receive that cannot match (nil where Elixir compiles
	// with nowarn_nomatch: the top level and module bodies).
	shadow *[]Diagnostic
	// last is the greatest line of the expressions walked so far.
	last int
}

func newVars(where string, out *[]Diagnostic) *vars {
	return &vars{st: varState{read: map[string]int{}, unused: map[verKey]*binding{}}, where: where, out: out}
}

// isSourceVar reports whether v is a variable written by the user that
// the analysis tracks (not _, not __MODULE__ and friends).
func isSourceVar(v *ast.Var) bool {
	if v.Context != term.NilAtom && !v.Context.IsZero() {
		return false
	}
	if v.Name == "_" || strings.HasPrefix(v.Name, "__") && strings.HasSuffix(v.Name, "__") {
		return false
	}
	return true
}

// warnable reports whether an unused version of name is reported:
// names starting with an underscore are not.
func warnable(name string) bool { return !strings.HasPrefix(name, "_") }

// bind records a binding of v inside a pattern.
func (a *vars) bind(v *ast.Var) {
	if !isSourceVar(v) {
		return
	}
	cur, ok := a.st.read[v.Name]
	if ok && cur >= a.prematch {
		if strings.HasPrefix(v.Name, "_") {
			a.note(v.Pos, fmt.Sprintf("the underscored variable %q appears more than once in a match. "+
				"This means the pattern will only match if all %q bind to the same value. "+
				"If this is the intended behaviour, please remove the leading underscore from the variable name, "+
				"otherwise give the variables different names", v.Name, v.Name))
		}
		a.st.unused[verKey{v.Name, cur}] = usedMark
		return
	}
	ver := a.counter
	a.counter++
	a.st.read[v.Name] = ver
	if warnable(v.Name) {
		a.st.unused[verKey{v.Name, ver}] = &binding{pos: v.Pos, overridden: ok}
	}
}

// use records a read of v.
func (a *vars) use(v *ast.Var) {
	if !isSourceVar(v) {
		return
	}
	if ver, ok := a.st.read[v.Name]; ok {
		if strings.HasPrefix(v.Name, "_") {
			a.note(v.Pos, fmt.Sprintf("the underscored variable %q is used after being set. "+
				"A leading underscore indicates that the value of the variable should be ignored. "+
				"If this is intended please rename the variable to remove the underscore", v.Name))
		}
		a.st.unused[verKey{v.Name, ver}] = usedMark
	}
}

// note reports a warning at a variable, as expansion meets it.
func (a *vars) note(pos ast.Pos, msg string) {
	*a.out = append(*a.out, Diagnostic{Severity: Warning, Line: int(pos.Line), Col: int(pos.Col), Message: msg, Where: a.where,
		Before: int(pos.Line)})
}

// sortedKeys returns the keys of an unused map in Erlang's term order
// for small maps: by name, then version.
func sortedKeys(m map[verKey]*binding) []verKey {
	keys := make([]verKey, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].name != keys[j].name {
			return keys[i].name < keys[j].name
		}
		return keys[i].ver < keys[j].ver
	})
	return keys
}

// warn reports an unused variable; before is the Diagnostic's Before.
func (a *vars) warn(name string, b *binding, before int) {
	msg := fmt.Sprintf("variable %q is unused (if the variable is not meant to be used, prefix it with an underscore)", name)
	if b.overridden {
		msg = fmt.Sprintf("variable %q is unused (there is a variable with the same name in the context, use the pin operator (^) to match on it or prefix this variable with underscore if it is not meant to be used)", name)
	}
	*a.out = append(*a.out, Diagnostic{Severity: Warning, Line: int(b.pos.Line), Col: int(b.pos.Col),
		Span: utf8.RuneCountInString(name), Message: msg, Where: a.where, Before: before})
}

// finish reports the unit's unused versions (elixir_env:check_unused_vars).
func (a *vars) finish() {
	for _, k := range sortedKeys(a.st.unused) {
		if b := a.st.unused[k]; b != usedMark {
			a.warn(k.name, b, 0)
		}
	}
}

// clause runs f as a clause: its bindings do not leak, its unused
// versions are reported when it ends and its reads of enclosing versions
// are passed up (elixir_env:merge_and_check_unused_vars).
func (a *vars) clause(f func()) {
	saved := a.st
	read := make(map[string]int, len(saved.read))
	for k, v := range saved.read {
		read[k] = v
	}
	a.st = varState{read: read, unused: map[verKey]*binding{}}
	savedPre := a.prematch
	f()
	a.prematch = savedPre
	inner := a.st.unused
	for _, k := range sortedKeys(inner) {
		b := inner[k]
		if b == usedMark {
			if cur, ok := saved.read[k.name]; ok && k.ver <= cur {
				saved.unused[k] = usedMark
			}
			continue
		}
		a.warn(k.name, b, a.last+1)
	}
	a.st = saved
}

// pattern walks n as a pattern: its variables are bound.
func (a *vars) pattern(n ast.Node) {
	a.prematch = a.counter
	a.pat(n)
}

// head walks the arguments of a clause head, with an optional guard.
func (a *vars) head(args []ast.Node) {
	if len(args) == 1 {
		if w, ok := args[0].(*ast.Call); ok {
			if name, _ := w.CallName(); name == "when" && len(w.Args) >= 2 {
				a.prematch = a.counter
				for _, p := range w.Args[:len(w.Args)-1] {
					a.pat(p)
				}
				a.guard++
				a.expr(w.Args[len(w.Args)-1])
				a.guard--
				return
			}
		}
	}
	a.prematch = a.counter
	for _, p := range args {
		a.pat(p)
	}
}

// pat walks a node in match context.
func (a *vars) pat(n ast.Node) {
	switch n := n.(type) {
	case *ast.Var:
		a.bind(n)
	case *ast.List:
		for _, it := range n.Items {
			a.pat(it)
		}
	case *ast.Pair:
		a.pat(n.Left)
		a.pat(n.Right)
	case *ast.Call:
		name, ok := n.CallName()
		if !ok {
			// a remote call in a pattern is an error elsewhere
			return
		}
		switch name {
		case "^":
			for _, x := range n.Args {
				a.expr(x)
			}
		case "::":
			if len(n.Args) == 2 {
				a.pat(n.Args[0])
				a.spec(n.Args[1])
			}
		case "\\\\":
			if len(n.Args) == 2 {
				a.pat(n.Args[0])
			}
		case "when":
			if len(n.Args) >= 2 {
				for _, p := range n.Args[:len(n.Args)-1] {
					a.pat(p)
				}
				a.guard++
				a.expr(n.Args[len(n.Args)-1])
				a.guard--
			}
		case "__aliases__", "@":
			if name == "@" {
				a.attr(n)
			}
		case "unquote", "unquote_splicing":
			for _, x := range n.Args {
				a.expr(x)
			}
		default:
			for _, x := range n.Args {
				a.pat(x)
			}
		}
	}
}

// bitTypes are the type names of binary segments.
var bitTypes = map[string]bool{
	"binary": true, "bits": true, "bitstring": true, "bytes": true, "integer": true, "float": true,
	"utf8": true, "utf16": true, "utf32": true, "signed": true, "unsigned": true, "big": true,
	"little": true, "native": true,
}

// spec walks the type of a binary segment: only size and unit read
// variables.
func (a *vars) spec(n ast.Node) {
	switch n := n.(type) {
	case *ast.Var:
		if !bitTypes[n.Name] {
			a.use(n)
		}
	case *ast.Call:
		name, _ := n.CallName()
		switch name {
		case "-", "*":
			for _, x := range n.Args {
				a.spec(x)
			}
		case "size", "unit":
			for _, x := range n.Args {
				a.expr(x)
			}
		}
	}
}

// attr handles @name (a read) in code.
func (a *vars) attr(n *ast.Call) {
	if len(n.Args) != 1 || a.attrRead == nil {
		return
	}
	switch x := n.Args[0].(type) {
	case *ast.Var:
		a.attrRead(x.Name, n.Pos)
	case *ast.Call:
		if name, ok := x.CallName(); ok && len(x.Args) == 0 {
			a.attrRead(name, n.Pos)
		}
	}
}

// exprs walks nodes in order.
func (a *vars) exprs(ns []ast.Node) {
	for _, n := range ns {
		a.expr(n)
	}
}

// expr walks a node as an expression.
func (a *vars) expr(n ast.Node) {
	if n != nil {
		if l := int(n.Position().Line); l > a.last {
			a.last = l
		}
	}
	switch n := n.(type) {
	case *ast.Var:
		a.use(n)
	case *ast.List:
		a.exprs(n.Items)
	case *ast.Pair:
		a.expr(n.Left)
		a.expr(n.Right)
	case *ast.Call:
		a.call(n)
	}
}

// doBlock returns the keyword arguments of a call's trailing keyword
// list (do:, else:, rescue: ...), in order.
func doBlock(n *ast.Call) ([]string, map[string]ast.Node) {
	if len(n.Args) == 0 {
		return nil, nil
	}
	l, ok := n.Args[len(n.Args)-1].(*ast.List)
	if !ok {
		return nil, nil
	}
	var keys []string
	m := map[string]ast.Node{}
	for _, it := range l.Items {
		p, ok := it.(*ast.Pair)
		if !ok {
			return nil, nil
		}
		k, ok := p.Left.(*ast.Lit)
		if !ok {
			return nil, nil
		}
		atom, ok := k.Value.(term.Atom)
		if !ok {
			return nil, nil
		}
		keys = append(keys, atom.Name())
		m[atom.Name()] = p.Right
	}
	return keys, m
}

// arrows returns the -> clauses of a block (nil when it is not one).
func arrows(n ast.Node) []*ast.Call {
	l, ok := n.(*ast.List)
	if !ok {
		return nil
	}
	var out []*ast.Call
	for _, it := range l.Items {
		c, ok := it.(*ast.Call)
		if !ok {
			return nil
		}
		if name, _ := c.CallName(); name != "->" || len(c.Args) != 2 {
			return nil
		}
		out = append(out, c)
	}
	return out
}

// headArgs returns the left side of a -> clause as a list of arguments.
func headArgs(c *ast.Call) []ast.Node {
	if l, ok := c.Args[0].(*ast.List); ok {
		return l.Items
	}
	return []ast.Node{c.Args[0]}
}

// matchClauses walks -> clauses whose heads are patterns.
func (a *vars) matchClauses(n ast.Node) {
	for _, c := range arrows(n) {
		c := c
		a.clause(func() {
			a.head(headArgs(c))
			a.expr(c.Args[1])
		})
	}
}

// checkShadow reports the clauses after one that matches anything (one
// variable or _ per argument, no guard), as sys_core_fold does.
func (a *vars) checkShadow(cs []*ast.Call) {
	if a.shadow == nil {
		return
	}
	always := 0
	for _, c := range cs {
		if always > 0 {
			*a.shadow = append(*a.shadow, Diagnostic{Severity: Warning, Line: int(c.Pos.Line), Col: int(c.Pos.Col),
				Message: fmt.Sprintf("this clause cannot match because a previous clause at line %d always matches", always)})
			continue
		}
		if allVars(headArgs(c)) {
			always = int(c.Pos.Line)
		}
	}
}

// exprClauses walks -> clauses whose heads are expressions (cond, after).
func (a *vars) exprClauses(n ast.Node) {
	for _, c := range arrows(n) {
		c := c
		a.clause(func() {
			a.exprs(headArgs(c))
			a.expr(c.Args[1])
		})
	}
}

// block walks a body as a clause of its own (try's do and after).
func (a *vars) block(n ast.Node) {
	if n == nil {
		return
	}
	a.clause(func() { a.expr(n) })
}

// call walks a call form.
func (a *vars) call(n *ast.Call) {
	name, local := n.CallName()
	if !local {
		if dot, ok := n.Fun.(*ast.Call); ok {
			if dn, _ := dot.CallName(); dn == "." {
				for _, x := range dot.Args {
					if l, ok := x.(*ast.Lit); ok {
						_ = l
						continue
					}
					a.expr(x)
				}
			} else {
				a.expr(dot)
			}
		} else {
			a.expr(n.Fun)
		}
		a.exprs(n.Args)
		return
	}
	args := n.Args
	switch name {
	case "sigil_R":
		// Kernel.sigil_R warns with IO.warn and the caller's stacktrace:
		// no snippet, the stack entry on the next line
		a.ioWarn(n, "~R/.../ is deprecated, use ~r/.../ instead")
	case "..":
		// Kernel's first..last of two integers with first > last warns
		// (IO.warn with the caller's stacktrace) that the step is -1
		if len(args) == 2 && a.guard == 0 {
			first, ok1 := intLit(args[0])
			last, ok2 := intLit(args[1])
			if ok1 && ok2 && first > last {
				r := fmt.Sprintf("%d..%d", first, last)
				a.ioWarn(n, r+" has a default step of -1, please write "+r+"//-1 instead")
			}
		}
	case "..//":
		// first..last//step: the stepped range, no warning
		a.exprs(args)
		return
	case "//":
		// first..last//step parsed as //(..(first, last), step)
		if len(args) == 2 {
			if r, ok := args[0].(*ast.Call); ok {
				if rn, _ := r.CallName(); rn == ".." {
					a.exprs(r.Args)
					a.expr(args[1])
					return
				}
			}
		}
	case "__block__":
		for i, x := range args {
			a.expr(x)
			if i < len(args)-1 {
				a.useless(x)
			}
		}
		return
	case "%{}":
		a.exprs(args)
		a.repeatedKeys(n)
		return
	case "=":
		if len(args) == 2 {
			a.expr(args[1])
			a.pattern(args[0])
			return
		}
	case "__aliases__", "quote_placeholder":
		return
	case "quote":
		a.quote(args)
		return
	case "@":
		a.attr(n)
		return
	case "&":
		if len(args) == 1 {
			if sl, ok := args[0].(*ast.Call); ok {
				if sn, _ := sl.CallName(); sn == "/" && len(sl.Args) == 2 {
					if _, isVar := sl.Args[0].(*ast.Var); isVar {
						return
					}
					a.expr(sl.Args[0])
					return
				}
			}
		}
	case "|>":
		if len(args) == 2 {
			a.expr(args[0])
			switch r := args[1].(type) {
			case *ast.Var:
			default:
				a.expr(r)
			}
			return
		}
	case "::":
		if len(args) == 2 {
			a.expr(args[0])
			a.spec(args[1])
			return
		}
	case "fn":
		a.matchClauses(&ast.List{Items: args})
		a.checkShadow(arrows(&ast.List{Items: args}))
		return
	case "case":
		if len(args) == 1 { // piped into: x |> case do ... end
			_, kw := doBlock(n)
			a.matchClauses(kw["do"])
			a.checkShadow(arrows(kw["do"]))
			return
		}
		if len(args) == 2 {
			a.expr(args[0])
			_, kw := doBlock(n)
			a.matchClauses(kw["do"])
			if _, literal := args[0].(*ast.Lit); !literal {
				a.checkShadow(arrows(kw["do"]))
			}
			return
		}
	case "cond":
		_, kw := doBlock(n)
		a.exprClauses(kw["do"])
		return
	case "receive":
		keys, kw := doBlock(n)
		for _, k := range keys {
			switch k {
			case "do":
				a.matchClauses(kw[k])
				a.checkShadow(arrows(kw[k]))
			case "after":
				a.exprClauses(kw[k])
			}
		}
		return
	case "try":
		a.try(n)
		return
	case "if", "unless":
		if len(args) == 2 {
			a.expr(args[0])
			_, kw := doBlock(n)
			first, second := kw["else"], kw["do"]
			if name == "unless" {
				first, second = second, first
			}
			a.clause(func() { a.expr(first) })
			a.clause(func() { a.expr(second) })
			return
		}
	case "&&", "||":
		if len(args) == 2 {
			a.expr(args[0])
			a.clause(func() { a.expr(args[1]) })
			return
		}
	case "with":
		a.with(n)
		return
	case "for":
		a.comprehension(n)
		return
	case "defmodule", "defprotocol", "defimpl":
		// Kernel.defmodule hands the variables in scope to the module
		// body, which reads them all.
		a.useAll()
		return
	case "use":
		// use's options are expanded and handed to __using__/1: their
		// variables and attributes are read
		if len(args) > 1 {
			a.exprs(args[1:])
		}
		return
	case "import", "alias", "require",
		"def", "defp", "defmacro", "defmacrop", "defguard", "defguardp", "defdelegate":
		return
	case "binding":
		if len(args) == 0 {
			a.useAll()
			return
		}
	}
	a.exprs(args)
}

// useAll marks every variable in scope read.
func (a *vars) useAll() {
	for k, v := range a.st.read {
		a.st.unused[verKey{k, v}] = usedMark
	}
}

// quote walks quote's options (expressions: bind_quoted's values are
// read) and its body's unquoted parts; bind_quoted turns unquoting off
// unless unquote: true is given, and unquote: false turns it off.
func (a *vars) quote(args []ast.Node) {
	var bodies []ast.Node
	explicit, unquote, bound := false, true, false
	for _, arg := range args {
		l, ok := arg.(*ast.List)
		if !ok {
			a.quoted(arg)
			continue
		}
		for _, it := range l.Items {
			p, ok := it.(*ast.Pair)
			if !ok {
				a.quoted(it)
				continue
			}
			key, _ := atomLit(p.Left)
			switch key {
			case "do":
				bodies = append(bodies, p.Right)
				continue
			case "bind_quoted":
				bound = true
			case "unquote":
				if v, _ := atomLit(p.Right); v == "false" || v == "true" {
					explicit, unquote = true, v == "true"
				}
			}
			a.expr(p.Right)
		}
	}
	if !explicit && bound {
		unquote = false
	}
	if !unquote {
		return
	}
	for _, b := range bodies {
		a.quoted(b)
	}
}

// quoted walks quote's unquoted parts.
func (a *vars) quoted(n ast.Node) {
	switch n := n.(type) {
	case *ast.List:
		for _, it := range n.Items {
			a.quoted(it)
		}
	case *ast.Pair:
		a.quoted(n.Left)
		a.quoted(n.Right)
	case *ast.Call:
		if name, ok := n.CallName(); ok && (name == "unquote" || name == "unquote_splicing") {
			a.exprs(n.Args)
			return
		}
		a.quoted(n.Fun)
		for _, x := range n.Args {
			a.quoted(x)
		}
	}
}

// try walks try/rescue/catch/else/after.
func (a *vars) try(n *ast.Call) {
	keys, kw := doBlock(n)
	if len(keys) == 2 && keys[0] == "do" && keys[1] == "else" {
		// elixir_clauses warns, with the file only: no stack entry
		*a.out = append(*a.out, Diagnostic{Severity: Warning, Line: int(n.Pos.Line), Col: int(n.Pos.Col),
			Message: "\"else\" shouldn't be used as the only clause in \"try\", use \"case\" instead"})
	}
	for _, k := range keys {
		switch k {
		case "do", "after":
			a.block(kw[k])
		case "else":
			a.matchClauses(kw[k])
		case "catch":
			a.matchClauses(kw[k])
		case "rescue":
			for _, c := range arrows(kw[k]) {
				c := c
				a.clause(func() {
					a.prematch = a.counter
					for _, h := range headArgs(c) {
						a.rescueHead(h)
					}
					a.expr(c.Args[1])
				})
			}
		}
	}
}

// rescueHead walks `e in [A, B]`, `e` or `A`.
func (a *vars) rescueHead(h ast.Node) {
	if c, ok := h.(*ast.Call); ok {
		if name, _ := c.CallName(); name == "in" && len(c.Args) == 2 {
			a.pat(c.Args[0])
			return
		}
		return
	}
	a.pat(h)
}

// with walks with: its patterns and do block are one clause.
func (a *vars) with(n *ast.Call) {
	args := n.Args
	var kw map[string]ast.Node
	if len(args) > 0 {
		if keys, m := doBlock(n); keys != nil {
			kw = m
			args = args[:len(args)-1]
		}
	}
	a.clause(func() {
		for _, x := range args {
			if c, ok := x.(*ast.Call); ok {
				if name, _ := c.CallName(); name == "<-" && len(c.Args) == 2 {
					a.expr(c.Args[1])
					a.head([]ast.Node{c.Args[0]})
					continue
				}
			}
			a.expr(x)
		}
		a.expr(kw["do"])
	})
	if e, ok := kw["else"]; ok {
		a.matchClauses(e)
	}
}

// comprehension walks for: generators, filters and body are one clause.
func (a *vars) comprehension(n *ast.Call) {
	args := n.Args
	var keys []string
	var kw map[string]ast.Node
	if len(args) > 0 {
		if k, m := doBlock(n); k != nil {
			keys, kw = k, m
			args = args[:len(args)-1]
		}
	}
	a.clause(func() {
		for _, k := range keys {
			if k != "do" {
				a.expr(kw[k])
			}
		}
		for _, x := range args {
			if c, ok := x.(*ast.Call); ok {
				if name, _ := c.CallName(); name == "<-" && len(c.Args) == 2 {
					a.expr(c.Args[1])
					a.head([]ast.Node{c.Args[0]})
					continue
				}
				if name, _ := c.CallName(); name == "<<>>" && len(c.Args) == 1 {
					if g, ok := c.Args[0].(*ast.Call); ok {
						if gn, _ := g.CallName(); gn == "<-" && len(g.Args) == 2 {
							a.expr(g.Args[1])
							a.head([]ast.Node{g.Args[0]})
							continue
						}
					}
				}
			}
			a.expr(x)
		}
		if _, reduce := kw["reduce"]; reduce && arrows(kw["do"]) != nil {
			a.matchClauses(kw["do"])
		} else {
			a.expr(kw["do"])
		}
	})
}

// ioWarn records a warning Kernel gives at the call n with IO.warn and
// the caller's stacktrace: no snippet, the stack entry ("(file)" at the
// top level) on the next line.
func (a *vars) ioWarn(n *ast.Call, msg string) {
	where := a.where
	if where == "" {
		where = "(file)"
	}
	*a.out = append(*a.out, Diagnostic{Severity: Warning, Line: int(n.Pos.Line), Where: where, Plain: true, Message: msg})
}

// useless is elixir_expand's is_useless_building for an expression of
// a block that is not its last: a variable or an attribute read whose
// value is thrown away, or a string or number literal. Elixir reports a
// literal at the block's metadata, which the parser leaves empty: the
// warning has no line (Line 0).
func (a *vars) useless(x ast.Node) {
	switch x := x.(type) {
	case *ast.Lit:
		switch x.Value.(type) {
		case term.Binary, term.Int, term.Float, *term.BigInt:
			*a.out = append(*a.out, Diagnostic{Severity: Warning, Where: a.where,
				Message: "code block contains unused literal " + macrostr.ToString(x) +
					" (remove the literal or assign it to _ to avoid warnings)"})
		}
	case *ast.Var:
		if isSourceVar(x) && x.Name != "_" && !strings.HasPrefix(x.Name, "__") {
			a.note(x.Pos, fmt.Sprintf("variable %s in code block has no effect as it is never returned "+
				"(remove the variable or assign it to _ to avoid warnings)", x.Name))
		}
	case *ast.Call:
		if name, _ := x.CallName(); name == "@" && len(x.Args) == 1 {
			if v, ok := x.Args[0].(*ast.Var); ok {
				a.note(x.Pos, fmt.Sprintf("module attribute @%s in code block has no effect as it is never returned "+
					"(remove the attribute or assign it to _ to avoid warnings)", v.Name))
			}
		}
	}
}

// repeatedKeys is elixir_map's warning for a literal key given twice
// in a map built outside a pattern: the later value wins.
func (a *vars) repeatedKeys(n *ast.Call) {
	seen := map[string]bool{}
	for _, it := range n.Args {
		var items []ast.Node
		if l, ok := it.(*ast.List); ok {
			items = l.Items
		} else {
			items = []ast.Node{it}
		}
		for _, p := range items {
			pair, ok := p.(*ast.Pair)
			if !ok {
				continue
			}
			k, ok := pair.Left.(*ast.Lit)
			if !ok {
				continue
			}
			text := macrostr.ToString(k)
			if seen[text] {
				a.note(n.Pos, "key "+text+" will be overridden in map")
			}
			seen[text] = true
		}
	}
}

// intLit is the value of a non-negative integer literal (what
// Macro.expand leaves an integer: -1 is a call of unary minus).
func intLit(n ast.Node) (int64, bool) {
	if l, ok := n.(*ast.Lit); ok {
		if v, ok := l.Value.(term.Int); ok {
			return int64(v), true
		}
	}
	return 0, false
}
