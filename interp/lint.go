package interp

import (
	"fmt"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/lint"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/parser/ast"
)

// moduleWarnings prints the warnings of the module whose body is body,
// when Elixir prints them: with stmt nil those of the body's expansion
// (before it runs), otherwise those of the statement stmt of the body,
// which has just run (a definition, an attribute). exlite's own library
// (lib) has none.
func (in *Interp) moduleWarnings(body, stmt ast.Node, lib bool) {
	if lib {
		return
	}
	m := in.diags.Module(body)
	if m == nil {
		return
	}
	if stmt == nil {
		in.printDiagnostics(m.Expansion)
		return
	}
	in.printDiagnostics(m.Stmts[stmt])
}

// stmtWarningsAround prints the warnings of a module's statements that
// ran before the one where compile error ce is; the warnings of that
// statement and of later ones go after the error's diagnostic, where
// Elixir, which carries on past it, prints them (unless a macro raised:
// compilation then stops there).
func (in *Interp) stmtWarningsAround(body ast.Node, stmts []ast.Node, ce *compileError, lib bool) {
	m := in.diags.Module(body)
	if lib || m == nil {
		return
	}
	failing := len(stmts)
	if ce.pos.Line > 0 && !ce.typeCheck {
		for i, st := range stmts {
			if st.Position().Line <= ce.pos.Line {
				failing = i
			}
		}
	}
	var after strings.Builder
	more := ce.more
	for i, st := range stmts {
		if i < failing {
			in.printDiagnostics(m.Stmts[st])
			continue
		}
		if ce.exception != "" {
			break
		}
		// the errors logged in this statement, then its warnings
		for len(more) > 0 && (i+1 == len(stmts) || more[0].pos.Line < stmts[i+1].Position().Line) {
			after.WriteString(in.formatErrorDiagnostic(more[0]))
			more = more[1:]
		}
		for _, d := range m.Stmts[st] {
			if i == failing && ce.pos.Line > 0 && d.Before > 0 && d.Before <= int(ce.pos.Line) {
				// printed before expansion reached the error
				in.printDiagnostics([]lint.Diagnostic{d})
				continue
			}
			after.WriteString(d.Render(in.file, in.src))
		}
	}
	for _, e := range more {
		after.WriteString(in.formatErrorDiagnostic(e))
	}
	ce.more = nil
	ce.after += after.String()
}

// compiledWarnings prints the warnings Elixir prints once the module
// whose body is body is compiled (unused private functions, clauses that
// cannot match, unused attributes).
func (in *Interp) compiledWarnings(body ast.Node, lib bool) {
	if lib {
		return
	}
	if m := in.diags.Module(body); m != nil {
		in.printDiagnostics(m.Compiled)
	}
}

// definesModule reports whether the file defines module name (see
// lint.Report.Defines); it runs the analysis when warnings are off.
func (in *Interp) definesModule(name string) bool {
	if in.diags == nil && in.tree != nil {
		return lint.Check(in.tree).Defines(name)
	}
	return in.diags.Defines(name)
}

// printDiagnostics writes diagnostics to standard error, after what the
// program has written to standard output.
func (in *Interp) printDiagnostics(ds []lint.Diagnostic) {
	if len(ds) == 0 {
		return
	}
	var b strings.Builder
	for _, d := range ds {
		b.WriteString(d.Render(in.file, in.src))
	}
	fmt.Fprint(errWriter{in}, b.String())
}

// argumentError fails compilation as a Kernel macro raising
// ArgumentError while it expands does (def or @ outside a module, def
// inside a function): Elixir prints the exception and the location of
// the expansion, "file:line: (file)" or "file:line: Mod.fun/1".
func (c *compiler) argumentError(pos ast.Pos, format string, args ...any) {
	e := &compileError{pos: pos, msg: fmt.Sprintf(format, args...), exception: "ArgumentError"}
	if c.mod != nil && c.beamName != "" {
		e.where = c.beamWhere()
	}
	panic(e)
}

// formatExpansionError prints a compile error raised as an exception.
func (in *Interp) formatExpansionError(e *compileError) string {
	where := e.where
	if where == "" {
		where = "(file)"
	}
	frame := ""
	if e.frame != "" {
		frame = "    " + e.frame + "\n"
	}
	out := fmt.Sprintf("** (%s) %s\n%s    %s:%d: %s\n", e.exception, e.msg, frame, in.file, e.pos.Line, where)
	outer := e.outer
	if e.maxOuter > 0 && len(outer) > e.maxOuter {
		outer = outer[:e.maxOuter]
	}
	for _, o := range outer {
		out += "    " + in.file + ":" + o + "\n"
	}
	return out
}

// checkStructKeys fails compilation when %Mod{...} names a key Mod's
// struct does not have, for a struct known while compiling (a module
// already defined, or the one being defined once its defstruct ran).
// Building such a struct raises the KeyError of Mod.__struct__/1 while
// expanding; updating or matching it is a compile error.
func (c *compiler) checkStructKeys(mod term.Atom, n *ast.Call, pattern bool) {
	var def *term.Map
	var enforce []term.Atom
	if c.mod != nil && mod == c.modName {
		def, enforce = c.mod.structDefault, c.mod.enforce
	} else if m := c.in.getModule(mod); m != nil {
		def, enforce = m.structDefault, m.enforce
	}
	if def == nil || len(n.Args) != 2 {
		return
	}
	inner, ok := n.Args[1].(*ast.Call)
	if !ok {
		return
	}
	pairs := inner.Args
	build := !pattern
	if len(pairs) == 1 {
		if bar, ok := pairs[0].(*ast.Call); ok {
			if name, _ := bar.CallName(); name == "|" && len(bar.Args) == 2 {
				pairs = bar.Args[1:]
				build = false
			}
		}
	}
	for _, it := range structItems(pairs) {
		pair, ok := it.(*ast.Pair)
		if !ok {
			continue
		}
		key, ok := atomLit(pair.Left)
		if !ok || key == atomStruct {
			continue
		}
		if _, ok := def.Get(key); ok {
			continue
		}
		if build {
			panic(c.structExpansionError(n, mod, "KeyError", "key "+rt.Inspect(nil, key)+" not found"))
		}
		c.errorf(n.Pos, "unknown key %s for struct %s", rt.Inspect(nil, key), rt.ModuleName(mod))
	}
	if build && len(enforce) > 0 {
		c.checkEnforcedKeys(mod, n, pairs, enforce)
	}
}

// checkEnforcedKeys fails compilation when building %Mod{...} leaves out
// a key of Mod's @enforce_keys: Elixir raises the ArgumentError of
// Mod.__struct__/1 while expanding.
func (c *compiler) checkEnforcedKeys(mod term.Atom, n *ast.Call, pairs []ast.Node, enforce []term.Atom) {
	given := map[term.Atom]bool{}
	for _, it := range structItems(pairs) {
		pair, ok := it.(*ast.Pair)
		if !ok {
			return // keys not all known here
		}
		key, ok := atomLit(pair.Left)
		if !ok {
			return
		}
		given[key] = true
	}
	var missing []string
	for _, k := range enforce {
		if !given[k] {
			missing = append(missing, rt.Inspect(nil, k))
		}
	}
	if len(missing) == 0 {
		return
	}
	panic(c.structExpansionError(n, mod, "ArgumentError",
		"the following keys must also be given when building struct "+rt.ModuleName(mod)+": ["+strings.Join(missing, ", ")+"]"))
}

// structItems are the items of %Mod{...}'s pairs, a keyword list among
// them spread into its pairs.
func structItems(pairs []ast.Node) []ast.Node {
	var items []ast.Node
	for _, p := range pairs {
		if l, ok := p.(*ast.List); ok {
			items = append(items, l.Items...)
		} else {
			items = append(items, p)
		}
	}
	return items
}

// structExpansionError is the exception Mod.__struct__/1 raises while
// %Mod{...} at n expands, located in the function or module being
// compiled.
func (c *compiler) structExpansionError(n *ast.Call, mod term.Atom, exception, msg string) *compileError {
	return &compileError{pos: n.Pos, exception: exception, msg: msg,
		frame: "expanding struct: " + rt.ModuleName(mod) + ".__struct__/1", where: c.expansionWhere()}
}

// undefinedStruct fails compilation for a struct whose module is not
// defined yet: Elixir says the struct cannot be accessed when the file
// defines the module and the use is outside a function, and that
// __struct__/1 is undefined otherwise.
func (c *compiler) undefinedStruct(mod term.Atom, n *ast.Call) {
	name := rt.ModuleName(mod)
	inFunction := c.mod != nil && c.beamName != ""
	if !inFunction && (c.in.definesModule(name) || c.mod != nil && mod == c.modName) {
		c.errorf(n.Pos, "cannot access struct %s, the struct was not yet defined or the struct is being accessed in the same context that defines it", name)
	}
	c.errorf(n.Pos, "%s.__struct__/1 is undefined, cannot expand struct %s. Make sure the struct name is correct. "+
		"If the struct name exists and is correct but it still cannot be found, you likely have cyclic module usage in your code", name, name)
}
