package lint

import (
	"sort"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/parser/ast"
)

// What Elixir reports once a file has run to its end: the lexical
// tracker's unused aliases and imports (elixir_lexical), then what the
// module checker (Module.ParallelChecker, Module.Types) finds in the
// remote calls of the modules' functions. Which imports are used and
// which remote functions exist depends on the modules' exports, which
// the evaluator knows: Check collects the sites, the evaluator decides.

// Import is one `import Mod` of a module body or of the file's top level.
type Import struct {
	// Module is the imported module's full name ("String", "My.Mod").
	Module string
	// Only lists the name/arity pairs of `only:` (nil without one).
	Only []FunArity
	// Line and Col locate the `import`.
	Line, Col int
	// Calls are the local calls (name/arity) made where the import is
	// seen: calls of functions the module defines itself are left out.
	Calls map[FunArity]bool
}

// FunArity names a function.
type FunArity struct {
	Name  string
	Arity int
}

// Remote is a call Mod.fun(args) in a function of a module.
type Remote struct {
	// Module is the called module's full name ("String", "My.Mod").
	Module string
	Fun    string
	Arity  int
	// Line and Col locate the function's name in the call.
	Line, Col int
	// Where is the calling function, "Mod.fun/1".
	Where string
}

// ModuleCalls is what the checker looks at in one module.
type ModuleCalls struct {
	Name    string
	Remotes []Remote
	// Line is the line of the module's defmodule.
	Line int
	// Behaviours are the modules its @behaviour attributes name, in order.
	Behaviours []string
	// Callbacks are the @callback declarations of the module (a
	// behaviour the file defines), Optional those of @optional_callbacks.
	Callbacks, Optional []FunArity
	// Defs are the module's functions and macros, with their kind.
	Defs map[FunArity]string
	// DefLines are the lines of the definitions' first clauses.
	DefLines map[FunArity]int
	// Impls are its @impl annotations, each with the definition after it.
	Impls []Impl
	// Uses are the modules its `use` calls name, in order (the checker
	// decides which of them declare a @behaviour).
	Uses []string
	// UsingBehaviours and UsingDefs are what the quotes of its
	// __using__ macro declare in a module that uses it: @behaviour
	// attributes and definitions (def and defmacro, by name and arity).
	UsingBehaviours []string
	UsingDefs       []FunArity
	// Generated are the callbacks its defexception defines with its own
	// @impl true (exception/1, and message/1 given a :message field);
	// defexception also declares @behaviour Exception.
	Generated []FunArity
}

// Impl is one @impl annotation and the definition it annotates.
type Impl struct {
	// Value is "true", "false" or the behaviour's module name.
	Value string
	Kind  string // def, defp, defmacro...
	FunArity
	// Line is the line of the definition.
	Line int
}

// lexicalCheck collects aliases, imports and remote calls.
type lexicalCheck struct {
	rep *Report
	// lines holds each module's defmodule line.
	lines map[string]int
}

// aliasDef is an `alias` that may go unused.
type aliasDef struct {
	short     string // the name it defines ("Chars")
	full      string // the module it stands for ("String.Chars")
	line, col int
	used      bool
}

// scope analyses the statements of a module body (or of the file's top
// level, module ""): its aliases and imports, and for a module the remote
// calls of its functions.
func (lc *lexicalCheck) scope(module string, body ast.Node, defined map[FunArity]bool) {
	stmts := items(body)
	var aliases []*aliasDef
	full := map[string]string{}
	var imports []*Import
	for _, s := range stmts {
		call, ok := s.(*ast.Call)
		if !ok {
			continue
		}
		switch name, _ := call.CallName(); name {
		case "alias":
			for _, a := range aliasesOf(call) {
				aliases = append(aliases, a)
				full[a.short] = a.fullName()
			}
		case "import":
			if imp := importOf(call, full); imp != nil {
				imports = append(imports, imp)
			}
		}
	}
	if len(aliases) > 0 {
		for _, s := range stmts {
			markAliasUses(s, aliases)
		}
		for _, a := range aliases {
			if !a.used {
				lc.rep.UnusedAliases = append(lc.rep.UnusedAliases, Diagnostic{Severity: Warning,
					Line: a.line, Col: a.col, Message: "unused alias " + a.short})
			}
		}
	}
	if len(imports) > 0 {
		calls := map[FunArity]bool{}
		for _, s := range stmts {
			localCalls(s, func(k fnKey) { calls[FunArity{k.name, k.arity}] = true })
		}
		for fa := range defined {
			delete(calls, fa)
		}
		for _, imp := range imports {
			imp.Calls = calls
			lc.rep.Imports = append(lc.rep.Imports, *imp)
		}
	}
	if module == "" {
		return
	}
	mc := ModuleCalls{Name: module, Line: lc.lines[module]}
	lc.behaviourInfo(stmts, full, &mc)
	for _, s := range stmts {
		call, ok := s.(*ast.Call)
		if !ok {
			continue
		}
		kind, _ := call.CallName()
		if kind != "def" && kind != "defp" || len(call.Args) < 2 || hasUnquote(call) {
			continue
		}
		fname, arity := defName(call.Args[0])
		if fname == "" {
			continue
		}
		where := module + "." + fname + "/" + itoa(arity)
		remoteCalls(call.Args[1], 0, module, full, where, &mc.Remotes)
	}
	if len(mc.Remotes) > 0 || len(mc.Behaviours) > 0 || len(mc.Impls) > 0 || len(mc.Callbacks) > 0 || len(mc.Uses) > 0 ||
		len(mc.UsingBehaviours) > 0 || len(mc.UsingDefs) > 0 {
		lc.rep.Checked = append(lc.rep.Checked, mc)
	}
}

// behaviourInfo reads what Module.Behaviour checks from a module body:
// its @behaviour, @callback, @optional_callbacks and @impl attributes and
// its definitions.
func (lc *lexicalCheck) behaviourInfo(stmts []ast.Node, full map[string]string, mc *ModuleCalls) {
	mc.Defs = map[FunArity]string{}
	mc.DefLines = map[FunArity]int{}
	impl := ""
	for _, s := range stmts {
		call, ok := s.(*ast.Call)
		if !ok {
			continue
		}
		name, _ := call.CallName()
		if name == "defmacro" && len(call.Args) > 1 {
			if fname, arity := defName(call.Args[0]); fname == "__using__" && arity == 1 {
				usingQuotes(call.Args[1], full, mc)
			}
		}
		if defKinds[name] && len(call.Args) > 0 {
			fname, arity := defName(call.Args[0])
			if fname == "" {
				continue
			}
			fa := FunArity{fname, arity}
			if _, ok := mc.Defs[fa]; !ok {
				mc.Defs[fa] = name
				mc.DefLines[fa] = int(call.Pos.Line)
				if impl != "" {
					mc.Impls = append(mc.Impls, Impl{Value: impl, Kind: name, FunArity: fa, Line: int(call.Pos.Line)})
				}
			}
			impl = ""
			continue
		}
		if name == "defexception" {
			mc.Behaviours = append(mc.Behaviours, "Exception")
			mc.Generated = append(mc.Generated, FunArity{"exception", 1})
			if len(call.Args) == 1 && hasMessageField(call.Args[0]) {
				mc.Generated = append(mc.Generated, FunArity{"message", 1})
			}
			continue
		}
		if name == "use" && len(call.Args) > 0 {
			if mod := aliasName(call.Args[0]); mod != "" {
				mc.Uses = append(mc.Uses, resolveAlias(mod, full))
			}
			continue
		}
		if name != "@" || len(call.Args) != 1 {
			continue
		}
		attr, ok := call.Args[0].(*ast.Call)
		if !ok || len(attr.Args) != 1 {
			continue
		}
		an, _ := attr.CallName()
		arg := attr.Args[0]
		switch an {
		case "behaviour":
			if mod := aliasName(arg); mod != "" {
				mc.Behaviours = append(mc.Behaviours, resolveAlias(mod, full))
			}
		case "callback":
			if fa, ok := callbackName(arg); ok {
				mc.Callbacks = append(mc.Callbacks, fa)
			}
		case "optional_callbacks":
			if l, ok := arg.(*ast.List); ok {
				for _, it := range l.Items {
					if p, ok := it.(*ast.Pair); ok {
						k, _ := atomLit(p.Left)
						if v, ok := p.Right.(*ast.Lit); ok {
							if n, ok := v.Value.(term.Int); ok {
								mc.Optional = append(mc.Optional, FunArity{k, int(n)})
							}
						}
					}
				}
			}
		case "impl":
			switch l := arg.(type) {
			case *ast.Lit:
				if l.Value == term.True {
					impl = "true"
				} else if l.Value == term.False {
					impl = "false"
				}
			default:
				impl = aliasName(arg)
			}
		}
	}
}

// usingQuotes reads the quote blocks of a __using__ macro's body: the
// @behaviour attributes and definitions they inject.
func usingQuotes(n ast.Node, full map[string]string, mc *ModuleCalls) {
	switch x := n.(type) {
	case *ast.List:
		for _, it := range x.Items {
			usingQuotes(it, full, mc)
		}
	case *ast.Pair:
		usingQuotes(x.Left, full, mc)
		usingQuotes(x.Right, full, mc)
	case *ast.Call:
		if name, _ := x.CallName(); name == "quote" {
			for _, a := range x.Args {
				if l, ok := a.(*ast.List); ok {
					for _, it := range l.Items {
						if p, ok := it.(*ast.Pair); ok {
							if k, _ := atomLit(p.Left); k == "do" {
								for _, st := range items(p.Right) {
									quotedStmt(st, full, mc)
								}
							}
						}
					}
				}
			}
			return
		}
		usingQuotes(x.Fun, full, mc)
		for _, a := range x.Args {
			usingQuotes(a, full, mc)
		}
	}
}

// quotedStmt records one statement a __using__ quote injects.
func quotedStmt(st ast.Node, full map[string]string, mc *ModuleCalls) {
	call, ok := st.(*ast.Call)
	if !ok {
		return
	}
	name, _ := call.CallName()
	switch {
	case (name == "def" || name == "defmacro") && len(call.Args) > 0:
		if fname, arity := defName(call.Args[0]); fname != "" {
			mc.UsingDefs = append(mc.UsingDefs, FunArity{fname, arity})
		}
	case name == "@" && len(call.Args) == 1:
		if attr, ok := call.Args[0].(*ast.Call); ok && len(attr.Args) == 1 {
			if an, _ := attr.CallName(); an == "behaviour" {
				if mod := aliasName(attr.Args[0]); mod != "" {
					mc.UsingBehaviours = append(mc.UsingBehaviours, resolveAlias(mod, full))
				}
			}
		}
	}
}

// hasMessageField reports whether defexception's fields (a literal list
// of atoms and keyword pairs) include :message.
func hasMessageField(fields ast.Node) bool {
	l, ok := fields.(*ast.List)
	if !ok {
		return false
	}
	for _, it := range l.Items {
		if p, ok := it.(*ast.Pair); ok {
			it = p.Left
		}
		if a, ok := atomLit(it); ok && a == "message" {
			return true
		}
	}
	return false
}

// callbackName reads name/arity from a @callback's spec.
func callbackName(spec ast.Node) (FunArity, bool) {
	c, ok := spec.(*ast.Call)
	if !ok {
		return FunArity{}, false
	}
	if n, _ := c.CallName(); n == "when" && len(c.Args) == 2 {
		if c, ok = c.Args[0].(*ast.Call); !ok {
			return FunArity{}, false
		}
	}
	if n, _ := c.CallName(); n != "::" || len(c.Args) != 2 {
		return FunArity{}, false
	}
	name, arity := defName(c.Args[0])
	return FunArity{name, arity}, name != ""
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

// fullName is the module an alias stands for.
func (a *aliasDef) fullName() string { return a.full }

// intValue reads an integer literal.
func intValue(l *ast.Lit) (int, bool) {
	switch v := l.Value.(type) {
	case term.Int:
		return int(v), true
	}
	return 0, false
}

// aliasesOf reads `alias A.B`, `alias A.B, as: C` and `alias A.{B, C}`.
// An alias of one segment defines nothing and is never reported.
func aliasesOf(call *ast.Call) []*aliasDef {
	if len(call.Args) == 0 {
		return nil
	}
	line, col := int(call.Pos.Line), int(call.Pos.Col)
	ref := call.Args[0]
	// alias A.{B, C}
	if multi, ok := ref.(*ast.Call); ok {
		if dot, ok := multi.Fun.(*ast.Call); ok {
			if dn, _ := dot.CallName(); dn == "." && len(dot.Args) == 2 {
				if n, ok := atomLit(dot.Args[1]); ok && n == "{}" {
					var out []*aliasDef
					for _, a := range multi.Args {
						name := aliasName(a)
						if name == "" {
							return nil
						}
						parts := strings.Split(name, ".")
						base := aliasName(dot.Args[0])
						out = append(out, &aliasDef{short: parts[len(parts)-1], full: base + "." + name, line: line, col: col})
					}
					return out
				}
			}
		}
	}
	name := aliasName(ref)
	if name == "" {
		return nil
	}
	parts := strings.Split(name, ".")
	short := parts[len(parts)-1]
	if len(call.Args) == 2 {
		l, ok := call.Args[1].(*ast.List)
		if !ok {
			return nil
		}
		for _, it := range l.Items {
			p, ok := it.(*ast.Pair)
			if !ok {
				return nil
			}
			switch k, _ := atomLit(p.Left); k {
			case "as":
				short = aliasName(p.Right)
				if short == "" || strings.Contains(short, ".") {
					return nil
				}
			case "warn":
				return nil
			}
		}
		if short == name {
			return nil
		}
	} else if len(parts) == 1 {
		return nil
	}
	return []*aliasDef{{short: short, full: name, line: line, col: col}}
}

// markAliasUses marks the aliases that n refers to: an alias written
// with the alias's name as its first segment.
func markAliasUses(n ast.Node, aliases []*aliasDef) {
	ast.Inspect(n, func(n ast.Node) bool {
		x, ok := n.(*ast.Call)
		if !ok {
			return true
		}
		switch name, _ := x.CallName(); name {
		case "alias":
			// the module an alias names is not a use; its as: neither
			return false
		case "__aliases__":
			if len(x.Args) > 0 {
				if first, ok := atomLit(x.Args[0]); ok {
					for _, a := range aliases {
						if a.short == first {
							a.used = true
						}
					}
				}
			}
			return false
		}
		return true
	})
}

// importOf reads `import Mod` and `import Mod, only: [f: 1]`; imports
// with other options are left out.
func importOf(call *ast.Call, aliases map[string]string) *Import {
	if len(call.Args) == 0 || len(call.Args) > 2 {
		return nil
	}
	name := aliasName(call.Args[0])
	if name == "" || name == "Kernel" {
		return nil
	}
	imp := &Import{Module: name, Line: int(call.Pos.Line), Col: int(call.Pos.Col)}
	if len(call.Args) == 2 {
		l, ok := call.Args[1].(*ast.List)
		if !ok || len(l.Items) != 1 {
			return nil
		}
		p, ok := l.Items[0].(*ast.Pair)
		if !ok {
			return nil
		}
		if k, _ := atomLit(p.Left); k != "only" {
			return nil
		}
		fl, ok := p.Right.(*ast.List)
		if !ok {
			return nil
		}
		imp.Only = []FunArity{}
		for _, it := range fl.Items {
			fp, ok := it.(*ast.Pair)
			if !ok {
				return nil
			}
			fn, ok1 := atomLit(fp.Left)
			ar, ok2 := fp.Right.(*ast.Lit)
			if !ok1 || !ok2 {
				return nil
			}
			a, ok := intValue(ar)
			if !ok {
				return nil
			}
			imp.Only = append(imp.Only, FunArity{fn, a})
		}
	}
	return imp
}

// remoteCalls collects the calls Mod.fun(args) of n whose module is an
// alias; piped adds the argument a pipe gives the call n.
func remoteCalls(n ast.Node, piped int, module string, aliases map[string]string, where string, out *[]Remote) {
	switch x := n.(type) {
	case *ast.List:
		for _, it := range x.Items {
			remoteCalls(it, 0, module, aliases, where, out)
		}
	case *ast.Pair:
		remoteCalls(x.Left, 0, module, aliases, where, out)
		remoteCalls(x.Right, 0, module, aliases, where, out)
	case *ast.Call:
		name, local := x.CallName()
		if local {
			switch name {
			case "quote", "&", "defmodule", "defprotocol", "defimpl":
				// (a nested module's calls are its own)
				return
			case "|>":
				if len(x.Args) == 2 {
					remoteCalls(x.Args[0], 0, module, aliases, where, out)
					remoteCalls(x.Args[1], 1, module, aliases, where, out)
					return
				}
			}
		}
		if dot, ok := x.Fun.(*ast.Call); ok {
			if dn, _ := dot.CallName(); dn == "." && len(dot.Args) == 2 {
				if fun, ok := atomLit(dot.Args[1]); ok {
					if mod := calledModule(dot.Args[0], module, aliases); mod != "" {
						*out = append(*out, Remote{Module: mod, Fun: fun, Arity: len(x.Args) + piped,
							Line: int(x.Pos.Line), Col: int(x.Pos.Col), Where: where})
					}
				}
			}
		}
		remoteCalls(x.Fun, 0, module, aliases, where, out)
		for _, a := range x.Args {
			remoteCalls(a, 0, module, aliases, where, out)
		}
	}
}

// calledModule is the module an alias or __MODULE__ names, through the
// module's aliases ("" for anything else).
func calledModule(n ast.Node, module string, aliases map[string]string) string {
	if c, ok := n.(*ast.Call); ok {
		if name, _ := c.CallName(); name == "__MODULE__" {
			return module
		}
	}
	if v, ok := n.(*ast.Var); ok && v.Name == "__MODULE__" {
		return module
	}
	c, ok := n.(*ast.Call)
	if !ok {
		return ""
	}
	if name, _ := c.CallName(); name != "__aliases__" {
		return ""
	}
	name := aliasName(c)
	if name == "" {
		return ""
	}
	return resolveAlias(name, aliases)
}

// resolveAlias expands the first segment of the dotted name through the
// module's aliases (Mod.Sub with alias Foo.Mod is Foo.Mod.Sub).
func resolveAlias(name string, aliases map[string]string) string {
	parts := strings.SplitN(name, ".", 2)
	if full, ok := aliases[parts[0]]; ok {
		parts[0] = full
		return strings.Join(parts, ".")
	}
	return name
}

// sortDiagnostics orders diagnostics by line and column.
func sortDiagnostics(ds []Diagnostic) {
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Line != ds[j].Line {
			return ds[i].Line < ds[j].Line
		}
		return ds[i].Col < ds[j].Col
	})
}
