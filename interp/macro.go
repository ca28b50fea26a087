package interp

import (
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/lint"
	"github.com/exlite/exlite/interp/macrostr"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/parser/ast"
)

// User macros: a call to a defmacro of a module required (or imported,
// or the module being compiled, after the macro's definition) is expanded
// when the code around it is compiled. The macro's clauses run as an
// anonymous function in the process that defines the module, given the
// quoted arguments; the quoted form it returns is turned back into a
// syntax tree and compiled in place of the call. Variables a macro's
// quote introduces keep the macro module as their context, so they do not
// clash with the caller's (hygiene); var!/1 reaches the caller's.

// macroClauses returns the defmacro clauses of m named by key that code
// compiled by c may call (a private macro only from its own module).
func (c *compiler) macroClauses(m *module, key fnKey) []*ast.Call {
	if m == nil {
		return nil
	}
	clauses := m.macroDefs[key]
	if len(clauses) == 0 || m.privateMacros[key] && m != c.mod {
		return nil
	}
	return clauses
}

// remoteMacro returns the clauses of the user macro Mod.name/arity when
// Mod is required here (or is the module being compiled).
func (c *compiler) remoteMacro(mod, name term.Atom, arity int) (*module, []*ast.Call) {
	if c.bodyProc == nil || !c.required(mod) {
		return nil, nil
	}
	m := c.in.getModule(mod)
	if m == nil && c.mod != nil && mod == c.modName {
		m = c.mod
	}
	cl := c.macroClauses(m, fnKey{name, arity})
	if cl == nil {
		return nil, nil
	}
	return m, cl
}

// localMacro returns the clauses of the user macro a local call names:
// one of the module being compiled, defined above the call, or one
// imported.
func (c *compiler) localMacro(name term.Atom, arity int) (*module, []*ast.Call) {
	if c.bodyProc == nil {
		return nil, nil
	}
	key := fnKey{name, arity}
	if c.mod != nil {
		if cl := c.macroClauses(c.mod, key); cl != nil {
			return c.mod, cl
		}
	}
	for i := len(c.imports) - 1; i >= 0; i-- {
		imp := c.imports[i]
		if imp.only != nil && !imp.only[key] || imp.except != nil && imp.except[key] {
			continue
		}
		m := c.in.getModule(imp.mod)
		if cl := c.macroClauses(m, key); cl != nil {
			return m, cl
		}
	}
	return nil, nil
}

// userMacroCall returns the expansion of n when it calls a user macro,
// or nil.
func (c *compiler) userMacroCall(n *ast.Call) ast.Node {
	var m *module
	var clauses []*ast.Call
	if name, ok := n.CallName(); ok {
		m, clauses = c.localMacro(term.MakeAtom(name), len(n.Args))
	} else if dot, ok := n.Fun.(*ast.Call); ok {
		if dn, _ := dot.CallName(); dn == "." && len(dot.Args) == 2 {
			if mod, ok := c.moduleOf(dot.Args[0]); ok {
				if fname, ok := atomLit(dot.Args[1]); ok {
					m, clauses = c.remoteMacro(mod, fname, len(n.Args))
				}
			}
		}
	}
	if clauses == nil {
		return nil
	}
	return c.expandMacro(m, clauses, n)
}

// expandMacro runs the macro of module m whose clauses are given on the
// arguments of call n and returns the syntax tree of its result.
func (c *compiler) expandMacro(m *module, clauses []*ast.Call, n *ast.Call) ast.Node {
	args := make([]term.Term, len(n.Args))
	for i, a := range n.Args {
		args[i] = ast.Quote(a, true)
	}
	node, _ := c.runMacro(m, clauses, n.Pos, args, false)
	return node
}

// runMacro runs the macro of module m whose clauses are given on args
// (quoted forms, or the %Macro.Env{} of a __before_compile__) and
// returns the syntax tree of its result, placed at pos unless its forms
// say otherwise, and the file its forms were kept from (quote
// location: :keep) when that is another file than the program's, "" else.
// A pure macro (a library's __using__: a quote of its argument) runs
// once for the same arguments.
func (c *compiler) runMacro(m *module, clauses []*ast.Call, pos ast.Pos, args []term.Term, pure bool) (ast.Node, string) {
	p := c.bodyProc
	name, _ := defHead(clauses[0]).CallName()
	key := fnKey{term.MakeAtom(name), len(args)}
	c.usedMacros = true
	var r *macroResult
	if pure {
		if r = m.expanded.result(key, args); r != nil {
			if x, ok := r.at(pos); ok {
				return x.node, x.file
			}
		}
	}
	var out term.Term
	if r != nil {
		out = r.out
	} else {
		out = p.Call(c.macroFun(m, clauses, key), args)
	}
	node, ok := unquoteAST(out, pos)
	if !ok {
		c.errorf(pos, "invalid quoted expression: %s", rt.Inspect(p, out))
	}
	file := keptFile(out)
	if file != "" && (file == c.in.file || file == c.in.absFile()) {
		file = ""
	}
	if pure {
		m.expanded.keepResult(key, args, out, placedNode{pos, node, file})
	}
	return node, file
}

// macroFun is the macro of module m named by key, whose clauses are
// given, as an anonymous function of the quoted arguments; compiled once
// when m is defined already (the module being defined sees its aliases
// and imports, which may still change).
func (c *compiler) macroFun(m *module, clauses []*ast.Call, key fnKey) term.Term {
	if m != c.mod {
		if f := m.expanded.fun(key); f != nil {
			return f
		}
	}
	var arrows []ast.Node
	for _, def := range clauses {
		head := defHead(def)
		_, kw, ok := keywords(def.Args[len(def.Args)-1])
		if head == nil || !ok {
			continue
		}
		params := append([]ast.Node(nil), head.Args...)
		if w, ok := def.Args[0].(*ast.Call); ok {
			if wn, _ := w.CallName(); wn == "when" && len(w.Args) == 2 {
				params = []ast.Node{&ast.Call{Pos: w.Pos, Fun: ast.Atom(w.Pos, "when"), Args: append(params, w.Args[1])}}
			}
		}
		arrows = append(arrows, &ast.Call{Pos: def.Pos, Fun: ast.Atom(def.Pos, "->"),
			Args: []ast.Node{&ast.List{Pos: def.Pos, Items: params}, implicitTry(def.Pos, kw)}})
	}
	fnNode := &ast.Call{Pos: clauses[0].Pos, Fun: ast.Atom(clauses[0].Pos, "fn"), Args: arrows}
	fname := fmt.Sprintf("\"MACRO-%s\"/%d", key.name.Name(), key.arity+1)
	mc := &compiler{in: c.in, mod: m, modName: m.name, aliases: map[string]term.Atom{}, attrs: m.attrs,
		requires: map[term.Atom]bool{}, bodyProc: c.bodyProc, bodyScope: m.bodyScope, bodyFrame: m.bodyFrame, beamName: fname, where: rt.ModuleName(m.name) + "." + fname,
		quoteContext: m.name}
	if m == c.mod {
		mc.aliases, mc.imports, mc.requires = c.aliases, c.imports, c.requires
	} else if al := m.macroAliases[key]; al != nil {
		mc.aliases = maps.Clone(al)
	}
	s := newFnScope(nil)
	fe := mc.expr(fnNode, s, false)
	mc.resolveSites()
	fun := fe(c.bodyProc, make([]term.Term, s.fs.nslots+8))
	if m != c.mod {
		m.expanded.keepFun(key, fun)
	}
	return fun
}

// macroCache holds a module's macros compiled (each an anonymous
// function of the quoted arguments) and the results of its pure macros
// by arguments. A module of exlite's library is shared by the programs
// that load it (libLoads): what its macros return depends on their
// arguments only.
type macroCache struct {
	mu      sync.Mutex
	funs    map[fnKey]term.Term
	results []*macroResult
}

// macroResult is what a pure macro returned for args, and that form's
// syntax trees placed where it was expanded (the places of forms without
// metadata): a program run again expands it at the same places.
type macroResult struct {
	key    fnKey
	args   []term.Term
	out    term.Term
	placed []placedNode
}

// placedNode is a macro's result as a syntax tree placed at pos, and the
// file its forms were kept from.
type placedNode struct {
	pos  ast.Pos
	node ast.Node
	file string
}

// maxMacroResults bounds the results kept per module, and
// maxPlacedNodes the places kept per result.
const (
	maxMacroResults = 64
	maxPlacedNodes  = 64
)

func (mc *macroCache) fun(key fnKey) term.Term {
	mc.mu.Lock()
	defer mc.mu.Unlock()
	return mc.funs[key]
}

func (mc *macroCache) keepFun(key fnKey, f term.Term) {
	mc.mu.Lock()
	defer mc.mu.Unlock()
	if mc.funs == nil {
		mc.funs = map[fnKey]term.Term{}
	}
	if mc.funs[key] == nil {
		mc.funs[key] = f
	}
}

// result returns what the pure macro key returned for args (quoted
// forms, with their metadata: equal arguments are written alike), nil
// when it has not run on them.
func (mc *macroCache) result(key fnKey, args []term.Term) *macroResult {
	mc.mu.Lock()
	defer mc.mu.Unlock()
	for _, r := range mc.results {
		if r.key == key && slices.EqualFunc(r.args, args, term.StrictEqual) {
			return r
		}
	}
	return nil
}

// at returns the result placed at pos, if it was.
func (r *macroResult) at(pos ast.Pos) (placedNode, bool) {
	for _, x := range r.placed {
		if x.pos == pos {
			return x, true
		}
	}
	return placedNode{}, false
}

// keepResult keeps what the pure macro key returned for args, placed at
// x.pos.
func (mc *macroCache) keepResult(key fnKey, args []term.Term, out term.Term, x placedNode) {
	mc.mu.Lock()
	defer mc.mu.Unlock()
	for _, r := range mc.results {
		if r.key == key && slices.EqualFunc(r.args, args, term.StrictEqual) {
			if len(r.placed) < maxPlacedNodes {
				r.placed = append(r.placed, x)
			}
			return
		}
	}
	if len(mc.results) >= maxMacroResults {
		mc.results = mc.results[:0]
	}
	mc.results = append(mc.results, &macroResult{key: key, args: args, out: out, placed: []placedNode{x}})
}

// unquoteAST turns a quoted form back into a syntax tree; positions come
// from the forms' [line: L] metadata, else pos. Variables keep their
// context: one other than nil is not the caller's variable (varKey).
// An alias quoted with what it named (alias: meta) becomes that module,
// written Elixir.Full.Name so that the caller's aliases do not apply.
func unquoteAST(t term.Term, pos ast.Pos) (ast.Node, bool) {
	return unquoteForm(t, pos, true)
}

// unquoteForm is unquoteAST; with resolve false, aliases stay as
// written (Macro.to_string prints them so).
func unquoteForm(t term.Term, pos ast.Pos, resolve bool) (ast.Node, bool) {
	switch v := t.(type) {
	case term.Int, *term.BigInt, term.Float, term.Atom, term.Binary:
		return &ast.Lit{Pos: pos, Value: v}, true
	case term.EmptyList, *term.Cons:
		items, ok := term.ListToSlice(v)
		if !ok {
			return nil, false
		}
		nodes := make([]ast.Node, len(items))
		for i, it := range items {
			if nodes[i], ok = unquoteForm(it, pos, resolve); !ok {
				return nil, false
			}
		}
		return &ast.List{Pos: pos, Items: nodes}, true
	case term.Tuple:
		switch len(v) {
		case 2:
			l, ok1 := unquoteForm(v[0], pos, resolve)
			r, ok2 := unquoteForm(v[1], pos, resolve)
			return &ast.Pair{Pos: pos, Left: l, Right: r}, ok1 && ok2
		case 3:
			meta, ok := term.ListToSlice(v[1])
			if !ok {
				return nil, false
			}
			at := metaPos(meta, pos)
			if name, ok := v[0].(term.Atom); ok {
				if ctx, ok := v[2].(term.Atom); ok {
					return &ast.Var{Pos: at, Name: name.Name(), Context: ctx}, true
				}
			}
			items, ok := term.ListToSlice(v[2])
			if !ok {
				return nil, false
			}
			if v[0] == atomAliasesForm && resolve {
				if a, ok := aliasMeta(meta); ok {
					// what the alias named where it was quoted: Elixir.X.Y
					// is not looked up among the caller's aliases
					args := []ast.Node{ast.Atom(at, "Elixir")}
					if a != term.False {
						for _, seg := range strings.Split(strings.TrimPrefix(a.Name(), "Elixir."), ".") {
							args = append(args, ast.Atom(at, seg))
						}
						return &ast.Call{Pos: at, Fun: ast.Atom(at, "__aliases__"), Args: args}, true
					}
					items, ok := term.ListToSlice(v[2])
					if !ok {
						return nil, false
					}
					for _, it := range items {
						seg, ok := it.(term.Atom)
						if !ok {
							return nil, false
						}
						args = append(args, ast.Atom(at, seg.Name()))
					}
					return &ast.Call{Pos: at, Fun: ast.Atom(at, "__aliases__"), Args: args}, true
				}
			}
			fun, ok := unquoteForm(v[0], at, resolve)
			if !ok {
				return nil, false
			}
			call := &ast.Call{Pos: at, Fun: fun, Args: make([]ast.Node, len(items)), Meta: ast.Meta{NoParens: metaFlag(meta, atomNoParens)}}
			for i, it := range items {
				if call.Args[i], ok = unquoteForm(it, at, resolve); !ok {
					return nil, false
				}
			}
			return call, true
		}
	}
	return nil, false
}

// metaPos is the position a quoted form's metadata gives (line: L and
// column: C, or keep: {file, L}), else pos; pos's column when the
// metadata has a line and no column.
func metaPos(meta []term.Term, pos ast.Pos) ast.Pos {
	var line, col int32
	for _, m := range meta {
		kv, ok := m.(term.Tuple)
		if !ok || len(kv) != 2 {
			continue
		}
		switch kv[0] {
		case atomLine:
			if l, ok := kv[1].(term.Int); ok && line == 0 {
				line = int32(l)
			}
		case atomColumn:
			if c, ok := kv[1].(term.Int); ok {
				col = int32(c)
			}
		case atomKeep:
			if fl, ok := kv[1].(term.Tuple); ok && len(fl) == 2 {
				if l, ok := fl[1].(term.Int); ok && line == 0 {
					line = int32(l)
				}
			}
		}
	}
	if line == 0 {
		return pos
	}
	if col == 0 {
		col = pos.Col
	}
	return ast.Pos{Line: line, Col: col}
}

var (
	atomLine     = term.MakeAtom("line")
	atomColumn   = term.MakeAtom("column")
	atomKeep     = term.MakeAtom("keep")
	atomNoParens = term.MakeAtom("no_parens")
	atomAlias    = term.MakeAtom("alias")
	atomUsing    = term.MakeAtom("__using__")
	atomBeforeCo = term.MakeAtom("__before_compile__")
)

var atomAliasesForm = term.MakeAtom("__aliases__")

// aliasMeta is the alias: entry of a quoted alias's metadata: the module
// it names, or false.
func aliasMeta(meta []term.Term) (term.Atom, bool) {
	for _, m := range meta {
		if kv, ok := m.(term.Tuple); ok && len(kv) == 2 && kv[0] == atomAlias {
			a, ok := kv[1].(term.Atom)
			return a, ok
		}
	}
	return term.Atom{}, false
}

// metaFlag reports whether a quoted form's metadata sets key to true.
func metaFlag(meta []term.Term, key term.Atom) bool {
	for _, m := range meta {
		if kv, ok := m.(term.Tuple); ok && len(kv) == 2 && kv[0] == key && kv[1] == term.True {
			return true
		}
	}
	return false
}

// keptFile is the file of the first keep: {file, line} in the metadata
// of quoted form t (quote location: :keep), "" when there is none.
func keptFile(t term.Term) string {
	switch v := t.(type) {
	case *term.Cons:
		for l := term.Term(v); ; {
			c, ok := l.(*term.Cons)
			if !ok {
				return ""
			}
			if f := keptFile(c.Head); f != "" {
				return f
			}
			l = c.Tail
		}
	case term.Tuple:
		if len(v) == 3 {
			if meta, ok := term.ListToSlice(v[1]); ok {
				for _, m := range meta {
					if kv, ok := m.(term.Tuple); ok && len(kv) == 2 && kv[0] == atomKeep {
						if fl, ok := kv[1].(term.Tuple); ok && len(fl) == 2 {
							if f, ok := fl[0].(term.Binary); ok {
								return string(f)
							}
						}
					}
				}
			}
		}
		for _, x := range v {
			if f := keptFile(x); f != "" {
				return f
			}
		}
	}
	return ""
}

// quoteOpts are what a quote's options make of the forms it quotes.
type quoteOpts struct {
	// ctx, when set (a macro's module), is the context of the variables
	// the quote introduces (hygiene).
	ctx term.Atom
	// keep, when set (location: :keep), is the file each form's
	// metadata names with its line.
	keep term.Term
	// unquote is false when unquote(...) is quoted as written
	// (unquote: false, bind_quoted:).
	unquote bool
	// aliases are those in effect where the quote is written: an alias
	// quoted says what it names there (alias: Full.Name, or alias: false
	// for none), which is what it names wherever the form lands.
	aliases map[string]term.Atom
}

// callMeta is the metadata of call x quoted: its keep: place, and for
// an alias Foo.Bar what it names (alias:), and no_parens: true for a
// remote call written without parentheses (map.field).
func (o *quoteOpts) callMeta(x *ast.Call) term.Term {
	meta := o.meta(x.Pos)
	var extra term.Term
	if name, _ := x.CallName(); name == "__aliases__" && len(x.Args) > 0 {
		if first, ok := atomLit(x.Args[0]); ok {
			extra = term.Tuple{atomAlias, term.False}
			if full, ok := o.aliases[first.Name()]; ok {
				parts := []string{full.Name()}
				for _, a := range x.Args[1:] {
					if at, ok := atomLit(a); ok {
						parts = append(parts, at.Name())
					}
				}
				extra = term.Tuple{atomAlias, term.MakeAtom(strings.Join(parts, "."))}
			}
		}
	} else if noParensField(x) {
		extra = term.Tuple{atomNoParens, term.True}
	}
	if extra == nil {
		return meta
	}
	items, _ := term.ListToSlice(meta)
	return term.List(append(items, extra)...)
}

// meta is the metadata of a form quoted at pos.
func (o *quoteOpts) meta(pos ast.Pos) term.Term {
	if o.keep == nil || pos.Line == 0 {
		return term.Nil
	}
	return term.List(term.Tuple{atomKeep, term.Tuple{o.keep, term.Int(pos.Line)}})
}

// quoteForm is the quoted form of n under the quote's options (with
// none, ast.Quote(n, false)).
func quoteForm(n ast.Node, o *quoteOpts) term.Term {
	switch x := n.(type) {
	case *ast.Var:
		c := x.Context
		if c == term.NilAtom && !o.ctx.IsZero() {
			c = o.ctx
		}
		return term.Tuple{term.MakeAtom(x.Name), o.meta(x.Pos), c}
	case *ast.List:
		items := make([]term.Term, len(x.Items))
		for i, it := range x.Items {
			items[i] = quoteForm(it, o)
		}
		return term.List(items...)
	case *ast.Pair:
		return term.Tuple{quoteForm(x.Left, o), quoteForm(x.Right, o)}
	case *ast.Call:
		args := make([]term.Term, len(x.Args))
		for i, a := range x.Args {
			args[i] = quoteForm(a, o)
		}
		return term.Tuple{quoteForm(x.Fun, o), o.callMeta(x), term.List(args...)}
	}
	return ast.Quote(n, false)
}

// noParensField reports whether n is a remote call written without
// parentheses or arguments (map.field), which Elixir's quote marks
// no_parens: true.
func noParensField(n *ast.Call) bool {
	if !n.Meta.NoParens || len(n.Args) != 0 {
		return false
	}
	dot, ok := n.Fun.(*ast.Call)
	if !ok {
		return false
	}
	name, _ := dot.CallName()
	return name == "." && len(dot.Args) == 2
}

// quoteFile is the file a quote with location: :keep names: the
// library file of a module of exlite's library, else the program's file
// as it was given.
func (c *compiler) quoteFile() string {
	if c.mod != nil {
		if f := libFile(c.modName); f != "" {
			return f
		}
	}
	return c.in.file
}

// absFile is the program's file as an absolute path.
func (in *Interp) absFile() string {
	if abs, err := filepath.Abs(in.file); err == nil && in.file != "" {
		return abs
	}
	return in.file
}

// useForm handles `use Mod, opts`: Elixir's `require Mod;
// Mod.__using__(opts)`. The definitions the macro returns are spliced
// into the module being defined, overridable, whether Mod is the
// program's or exlite's library's (GenServer, Agent...: their functions
// keep the library's file and lines, as quote location: :keep says).
func (c *compiler) useForm(p *proc, call *ast.Call, s *scope, fr *[]term.Term) {
	if len(call.Args) == 0 {
		return
	}
	mod, ok := c.moduleOf(call.Args[0])
	if !ok {
		return
	}
	used := p.lookupModule(mod)
	if used == nil {
		c.errorf(call.Pos, "module %s is not loaded and could not be found", rt.ModuleName(mod))
	}
	c.require(mod)
	clauses := used.macroDefs[fnKey{atomUsing, 1}]
	if clauses == nil {
		return
	}
	var opts ast.Node = &ast.List{Pos: call.Pos}
	if len(call.Args) > 1 {
		opts = call.Args[1]
	}
	x, file := c.runMacro(used, clauses, call.Pos, []term.Term{ast.Quote(opts, true)}, libFile(mod) != "")
	c.splice(p, x, file, s, fr)
}

// beforeCompile runs the @before_compile hooks the module asked for,
// each its __before_compile__/1 macro given the module's %Macro.Env{}
// (GenServer's: a default init/1, with a warning, when none is defined).
func (c *compiler) beforeCompile(p *proc, s *scope, fr *[]term.Term) {
	for _, h := range c.beforeCompileHooks {
		hm := p.lookupModule(h)
		if hm == nil {
			continue
		}
		clauses := hm.macroDefs[fnKey{atomBeforeCo, 1}]
		if clauses == nil {
			continue
		}
		pos := ast.Pos{Line: c.modLine}
		x, file := c.runMacro(hm, clauses, pos, []term.Term{c.macroEnv(c.modLine)}, false)
		c.splice(p, x, file, s, fr)
	}
}

// splice compiles the definitions a macro returned into the module
// being defined; file is the file they come from ("" for the
// program's). They are overridable only once its defoverridable says so.
func (c *compiler) splice(p *proc, x ast.Node, file string, s *scope, fr *[]term.Term) {
	oldFile := c.spliceFile
	c.spliceFile = file
	defer func() { c.spliceFile = oldFile }()
	for _, stmt := range spliceItems(x) {
		c.moduleStmt(p, stmt, s, fr)
	}
}

// spliceItems are the statements of what a macro returned: a block's
// (nested blocks flattened, as bind_quoted makes them), or a list's (one
// quote each from a comprehension); nil returns nothing.
func spliceItems(x ast.Node) []ast.Node {
	switch v := x.(type) {
	case *ast.Lit:
		if v.Value == term.NilAtom {
			return nil
		}
	case *ast.List:
		var out []ast.Node
		for _, it := range v.Items {
			out = append(out, spliceItems(it)...)
		}
		return out
	case *ast.Call:
		if name, _ := v.CallName(); name == "__block__" {
			var out []ast.Node
			for _, it := range v.Args {
				out = append(out, spliceItems(it)...)
			}
			return out
		}
	}
	return []ast.Node{x}
}

func init() {
	rt.Register("Module", map[string]rt.BuiltinFunc{
		// defines?/2 says whether a module being defined has a def,
		// defp or defmacro of that name and arity.
		"defines?/2": func(env rt.Env, a []term.Term) term.Term {
			mod, ok1 := a[0].(term.Atom)
			fa, ok2 := a[1].(term.Tuple)
			if !ok1 || !ok2 || len(fa) != 2 {
				definesClauseError(a)
			}
			name, ok1 := fa[0].(term.Atom)
			arity, ok2 := fa[1].(term.Int)
			if !ok1 || !ok2 {
				definesClauseError(a)
			}
			p, _ := env.(*proc)
			var m *module
			if p != nil {
				p.in.mu.RLock()
				m = p.in.compiling[mod]
				p.in.mu.RUnlock()
			}
			if m == nil {
				rt.ArgumentError("could not call Module.defines?/2 because the module " + rt.Inspect(env, mod) +
					" is already compiled. Use Kernel.function_exported?/3 and Kernel.macro_exported?/3 to check for public functions and macros instead")
			}
			key := fnKey{name, int(arity)}
			_, isFun := m.funcs[key]
			return term.Bool(isFun || len(m.macroDefs[key]) > 0)
		},
	})
	rt.Register("Macro", map[string]rt.BuiltinFunc{
		// to_string/1 prints a quoted form as code.
		"to_string/1": func(env rt.Env, a []term.Term) term.Term {
			n, ok := unquoteForm(a[0], ast.Pos{}, false)
			if !ok {
				rt.ArgumentError("invalid quoted expression: " + rt.Inspect(env, a[0]))
			}
			return term.Binary(macrostr.ToString(n))
		},
	})
}

// definesClauseError raises the FunctionClauseError of Module.defines?/2
// given arguments none of its clauses takes.
func definesClauseError(args []term.Term) {
	rt.RaiseFunctionClause(rt.ModuleAtom("Module"), term.MakeAtom("defines?"), 2, args)
}

// WarnAt implements rt.WarnEnv: IO.warn/2 given a %Macro.Env{} (as
// GenServer's __before_compile__ warns of a missing init/1) or file:,
// line:, column:, module:, function: options naming a line of the
// program's file prints the warning framed with that line's code. The
// location under it is Macro.Env.stacktrace/1's entry: "file:line:
// Mod.fun/1", "file:line: Mod (module)", "file:line: (file)", without
// the column.
func (p *proc) WarnAt(message string, env term.Term) bool {
	var get func(k string) term.Term
	switch info := env.(type) {
	case *term.Map:
		get = func(k string) term.Term {
			v, _ := info.Get(term.MakeAtom(k))
			return v
		}
		if get("__struct__") != term.MakeAtom("Elixir.Macro.Env") {
			return false
		}
	case *term.Cons:
		get = func(k string) term.Term { return accessKeyword(info, k) }
	default:
		return false
	}
	file, _ := get("file").(term.Binary)
	line, _ := get("line").(term.Int)
	if string(file) != p.in.file && string(file) != p.in.absFile() || line <= 0 {
		return false
	}
	col := 0
	if cl, ok := get("column").(term.Int); ok && cl > 0 {
		col = int(cl)
	}
	where := "(file)"
	if mod, ok := get("module").(term.Atom); ok && mod != term.NilAtom {
		where = rt.ModuleName(mod) + " (module)"
		if fa, ok := get("function").(term.Tuple); ok && len(fa) == 2 {
			if f, ok := fa[0].(term.Atom); ok {
				where = rt.ModuleName(mod) + "." + funName(f) + "/" + rt.Inspect(p, fa[1])
			}
		}
	}
	// the location is the stacktrace entry, which has no column
	d := lint.Diagnostic{Severity: lint.Warning, Line: int(line), Col: col, LineOnly: true, Message: message, Where: where}
	fmt.Fprint(errWriter{p.in}, d.Render(p.in.file, p.in.src))
	return true
}

// checkFragments raises, as Elixir expands a definition's unquote
// fragments with the module body, the undefined variable error of an
// unquote(var) outside any quote in n whose variable the module body s
// does not bind.
func (c *compiler) checkFragments(n ast.Node, s *scope) {
	ast.Inspect(n, func(n ast.Node) bool {
		call, ok := n.(*ast.Call)
		if !ok {
			return true
		}
		switch name, _ := call.CallName(); name {
		case "quote":
			return false
		case "unquote", "unquote_splicing":
			if len(call.Args) == 1 {
				if v, ok := call.Args[0].(*ast.Var); ok {
					c.checkFragmentVar(v, s)
				}
			}
			return false
		}
		return true
	})
}

// checkFragmentVar raises the undefined variable error of an unquote(v)
// fragment whose variable the module body s does not bind: Elixir
// expands the fragment with the module body.
func (c *compiler) checkFragmentVar(v *ast.Var, s *scope) {
	if strings.HasPrefix(v.Name, "__") {
		return
	}
	if _, bound := s.lookup(varKey(v)); !bound {
		e := c.newError(v.Pos, "undefined variable %q", v.Name)
		e.where = rt.ModuleName(c.modName) + " (module)"
		panic(e)
	}
}
