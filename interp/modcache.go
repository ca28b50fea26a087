package interp

import (
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/parser/ast"
)

// ModuleCache lets the runs of one submission share the modules it
// defines, compiled once (Options.Modules). A grader runs the same
// submission dozens of times (each scenario under several schedules), and
// compiling its modules was a third of a grading's CPU.
//
// Only a module whose definition has no effect but the module itself is
// shared: its body holds only def and defp, and attributes whose values
// are literals (or are not evaluated, as @doc and @spec); it is defined at
// the top level (no alias or import in effect), not inside a function,
// with compile-time warnings off, with the same syntax tree (the parsed
// submission is shared too) and at the same point of the run (the same
// number of anonymous functions compiled before it, which numbers the
// functions it defines as a fresh compile would). Compiled code holds no
// state of the run that compiled it: it reaches the running program
// through its process (remote calls resolve per program, see
// resolveSite).
//
// A cache is for one submission's runs: sharing it between different
// programs is safe but useless.
//
// The compiled top level of a program's first file is shared too, when
// the file is the same parsed tree (compileFirst).
//
// A file that every submission's programs run unchanged (an exercise's
// test module) may define modules that outlive one submission: ShareFile
// names such a file and the cache, kept beyond the submission, where its
// modules are kept.
type ModuleCache struct {
	mu   sync.Mutex
	m    map[moduleKey]cachedModule
	tops map[*ast.File]cachedTop
	// static memoizes staticModuleBody by body (the same trees are
	// defined by every run).
	static map[ast.Node]bool
	// shared maps the files registered with ShareFile to their caches.
	shared map[*ast.File]*ModuleCache
	// bodies memoizes sharedBody, in a cache given to ShareFile.
	bodies map[ast.Node]sharedInfo
}

// NewModuleCache returns an empty cache.
func NewModuleCache() *ModuleCache {
	return &ModuleCache{m: map[moduleKey]cachedModule{}, tops: map[*ast.File]cachedTop{}}
}

// ShareFile makes the programs run with c keep the modules that file
// (the same tree in every program) defines in shared, and reuse them from
// there, rather than in c: shared outlives c, and serves the programs of
// every cache that shares the file with it (an exercise's test file,
// graded with each submission).
//
// Programs that share a file differ in what they defined before it, so a
// module is shared on stricter terms than ModuleCache's: its body holds
// only def, defp, attributes whose values are literals and imports
// (`import Mod`, `import Mod, only: [...]`); it is compiled after the
// same library files were loaded and the same count of anonymous
// functions, loads none itself; and it is reused only where each module
// its compilation may consult is the same one as when it was compiled:
// the modules it imports, and those it names in a struct (%Mod{}), a
// capture (&Mod.fun/1) or a guard, all of which the compiler reads. A
// remote call elsewhere (Mod.fun(x)) resolves when it runs, in the
// running program, and does not count. Otherwise the module is compiled,
// and kept in c, as usual.
func (c *ModuleCache) ShareFile(file *ast.File, shared *ModuleCache) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.shared == nil {
		c.shared = map[*ast.File]*ModuleCache{}
	}
	c.shared[file] = shared
}

// sharedFor returns the cache ShareFile gave for file, or nil.
func (c *ModuleCache) sharedFor(file *ast.File) *ModuleCache {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.shared[file]
}

// isStatic is staticModuleBody(body), computed once per body.
func (c *ModuleCache) isStatic(body ast.Node) bool {
	c.mu.Lock()
	st, ok := c.static[body]
	c.mu.Unlock()
	if ok {
		return st
	}
	st = staticModuleBody(body)
	c.mu.Lock()
	if c.static == nil || len(c.static) >= maxCachedModules {
		c.static = map[ast.Node]bool{}
	}
	c.static[body] = st
	c.mu.Unlock()
	return st
}

// sharedInfo says whether a module body may be shared (ShareFile) and
// which modules its compilation may consult.
type sharedInfo struct {
	ok   bool
	deps []term.Atom
}

// sharedBody is sharedModuleBody(body, name), computed once per body.
func (c *ModuleCache) sharedBody(body ast.Node, name term.Atom) sharedInfo {
	c.mu.Lock()
	info, ok := c.bodies[body]
	c.mu.Unlock()
	if ok {
		return info
	}
	info.deps, info.ok = sharedModuleBody(body, name)
	c.mu.Lock()
	if c.bodies == nil || len(c.bodies) >= maxCachedModules {
		c.bodies = map[ast.Node]sharedInfo{}
	}
	c.bodies[body] = info
	c.mu.Unlock()
	return info
}

// cachedTop is a file's compiled top level and the count of anonymous
// functions after its compilation.
type cachedTop struct {
	top  *topCode
	funs uint32
}

// compileFirst compiles the top level of the program's first file, or
// installs the code an earlier program of the cache compiled from the
// same tree. Compiling a first file starts from the same state in every
// program (no module defined, no anonymous function numbered, the file's
// name), and its code reaches the running program only through its
// processes, so the code is the same; only the count of anonymous
// functions it numbered is replayed. A file that does not compile is not
// kept.
func (in *Interp) compileFirst(file *ast.File) (*topCode, *compileError) {
	c := in.opts.Modules
	if c == nil || !in.opts.NoWarnings || in.funCounter.Load() != 0 {
		return in.compileFile(file)
	}
	c.mu.Lock()
	t, ok := c.tops[file]
	c.mu.Unlock()
	if ok {
		in.funCounter.Store(t.funs)
		return t.top, nil
	}
	top, cerr := in.compileFile(file)
	if cerr != nil {
		return nil, cerr
	}
	c.mu.Lock()
	if c.tops == nil || len(c.tops) >= maxCachedModules {
		c.tops = map[*ast.File]cachedTop{}
	}
	c.tops[file] = cachedTop{top: top, funs: in.funCounter.Load()}
	c.mu.Unlock()
	return top, nil
}

type moduleKey struct {
	body ast.Node
	name term.Atom
	funs uint32 // the anonymous functions compiled before it
	// For a module of a shared file (ShareFile): the library files
	// loaded before it, and the cache it is kept in (nil in the key
	// stored there).
	libs   int
	shared *ModuleCache
}

type cachedModule struct {
	mod *module
	// funs is the count of anonymous functions after its compilation.
	funs uint32
	// deps are, for a shared module, the modules its compilation may
	// have consulted, as they were then (nil: not defined).
	deps []moduleDep
}

// moduleDep is a module a shared module's compilation may consult, as it
// was then.
type moduleDep struct {
	name term.Atom
	mod  *module
}

// maxCachedModules bounds a cache.
const maxCachedModules = 64

// cachedModuleKey returns the key of a module definition that may be
// shared, or false.
func (in *Interp) cachedModuleKey(name term.Atom, kind string, body ast.Node, aliases map[string]term.Atom, imports []importSpec, implFor term.Atom, lib bool) (moduleKey, bool) {
	c := in.opts.Modules
	if c == nil || !in.opts.NoWarnings || kind != "defmodule" || !implFor.IsZero() || lib ||
		len(aliases) != 0 || len(imports) != 0 || body == nil {
		return moduleKey{}, false
	}
	if shared := c.sharedFor(in.tree); shared != nil && !in.compiledFile() && shared.sharedBody(body, name).ok {
		return moduleKey{body: body, name: name, funs: in.funCounter.Load(), libs: in.libCount(), shared: shared}, true
	}
	if !c.isStatic(body) {
		return moduleKey{}, false
	}
	return moduleKey{body: body, name: name, funs: in.funCounter.Load()}, true
}

// libCount is the number of library files loaded.
func (in *Interp) libCount() int {
	in.libMu.Lock()
	defer in.libMu.Unlock()
	return len(in.libLoaded)
}

// reuseModule installs the cached module of key, if there is one.
func (in *Interp) reuseModule(key moduleKey) bool {
	c := in.opts.Modules
	if key.shared != nil {
		c, key.shared = key.shared, nil
	}
	c.mu.Lock()
	cm, ok := c.m[key]
	c.mu.Unlock()
	if !ok {
		return false
	}
	for _, d := range cm.deps {
		if in.getModule(d.name) != d.mod {
			return false
		}
	}
	in.funCounter.Store(cm.funs)
	in.mu.Lock()
	in.modules[key.name] = cm.mod
	in.mu.Unlock()
	in.gen.Add(1)
	return true
}

// keepModule caches a module just compiled under key.
func (in *Interp) keepModule(key moduleKey, mod *module) {
	c := in.opts.Modules
	cm := cachedModule{mod: mod, funs: in.funCounter.Load()}
	if key.shared != nil {
		if in.libCount() != key.libs {
			// Compiling it loaded a library file: reusing it would not.
			return
		}
		// Nothing but the module itself was defined while it compiled
		// (its body defines nothing else, and loaded no library): the
		// modules it consulted are as they are now.
		for _, name := range key.shared.sharedBody(key.body, key.name).deps {
			cm.deps = append(cm.deps, moduleDep{name: name, mod: in.getModule(name)})
		}
		c, key.shared = key.shared, nil
	}
	c.mu.Lock()
	if len(c.m) >= maxCachedModules {
		c.m = map[moduleKey]cachedModule{}
	}
	c.m[key] = cm
	c.mu.Unlock()
}

// sharedModuleBody reports whether the body of module self may be shared
// between the programs of different submissions (ShareFile), and returns
// the modules its compilation may consult: those it imports, and those
// named in its structs, captures and guards (the compiler looks them up
// for struct fields, macros and guard macros), self aside.
func sharedModuleBody(body ast.Node, self term.Atom) ([]term.Atom, bool) {
	seen := map[term.Atom]bool{self: true}
	var deps []term.Atom
	add := func(a term.Atom) {
		if !seen[a] {
			seen[a] = true
			deps = append(deps, a)
		}
	}
	for _, stmt := range flatItems(body) {
		call, ok := stmt.(*ast.Call)
		if !ok {
			return nil, false
		}
		if name, _ := call.CallName(); name != "import" {
			if !staticModuleBody(stmt) {
				return nil, false
			}
			continue
		}
		if len(call.Args) == 0 || len(call.Args) > 2 || len(call.Args) == 2 && !literalNode(call.Args[1]) {
			return nil, false
		}
		mod, ok := aliasLit(call.Args[0])
		if !ok {
			return nil, false
		}
		add(mod)
	}
	ok := true
	// collect adds every module name under n (aliases and atoms).
	collect := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.Lit:
				if a, isAtom := x.Value.(term.Atom); isAtom {
					add(a)
				}
			case *ast.Call:
				if name, _ := x.CallName(); name == "__aliases__" {
					a, isAlias := aliasLit(x)
					if !isAlias {
						ok = false
					}
					add(a)
					return false
				}
			case *ast.Var:
				if x.Name == "__MODULE__" {
					return true // self
				}
			}
			return true
		})
	}
	ast.Inspect(body, func(n ast.Node) bool {
		call, isCall := n.(*ast.Call)
		if !isCall {
			return true
		}
		switch name, _ := call.CallName(); name {
		case "%":
			if len(call.Args) > 0 {
				collect(call.Args[0])
			}
		case "&", "when":
			collect(call)
			return false
		}
		return true
	})
	return deps, ok
}

// flatItems returns the statements of a module body, those of the
// blocks in it included (ExUnit's expansion groups its imports in one).
func flatItems(body ast.Node) []ast.Node {
	var out []ast.Node
	for _, stmt := range blockItems(body) {
		if c, ok := stmt.(*ast.Call); ok {
			if name, _ := c.CallName(); name == "__block__" {
				out = append(out, flatItems(c)...)
				continue
			}
		}
		out = append(out, stmt)
	}
	return out
}

// aliasLit returns the module an alias written in full names (Foo.Bar,
// with no alias in effect) or a module atom (:lists).
func aliasLit(n ast.Node) (term.Atom, bool) {
	if a, ok := atomLit(n); ok {
		return a, true
	}
	call, ok := n.(*ast.Call)
	if !ok {
		return term.Atom{}, false
	}
	if name, _ := call.CallName(); name != "__aliases__" || len(call.Args) == 0 {
		return term.Atom{}, false
	}
	parts := make([]string, 0, len(call.Args))
	for i, a := range call.Args {
		at, ok := atomLit(a)
		if !ok {
			return term.Atom{}, false
		}
		if i == 0 && at.Name() == "Elixir" {
			continue
		}
		parts = append(parts, at.Name())
	}
	if len(parts) == 0 {
		return term.MakeAtom("Elixir"), true
	}
	return term.MakeAtom("Elixir." + strings.Join(parts, ".")), true
}

// staticModuleBody reports whether a module body holds only def, defp
// and attributes that are not evaluated or whose values are literals:
// defining it has no effect but the module.
func staticModuleBody(body ast.Node) bool {
	for _, stmt := range blockItems(body) {
		call, ok := stmt.(*ast.Call)
		if !ok {
			return false
		}
		name, _ := call.CallName()
		switch name {
		case "def", "defp":
			if callsUnquote(call) {
				return false // evaluated while compiling
			}
		case "@":
			if len(call.Args) != 1 {
				return false
			}
			inner, ok := call.Args[0].(*ast.Call)
			if !ok || len(inner.Args) != 1 {
				return false
			}
			attr, _ := inner.CallName()
			switch attr {
			case "before_compile", "after_compile", "on_definition", "on_load", "derive":
				return false
			}
			if !ignoredAttrs[attr] && !literalNode(inner.Args[0]) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// literalNode reports whether n is a literal: numbers, strings and atoms,
// and lists, keyword pairs and tuples of them.
func literalNode(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.Lit:
		return true
	case *ast.List:
		for _, it := range n.Items {
			if !literalNode(it) {
				return false
			}
		}
		return true
	case *ast.Pair:
		return literalNode(n.Left) && literalNode(n.Right)
	case *ast.Call:
		if name, _ := n.CallName(); name == "{}" {
			for _, a := range n.Args {
				if !literalNode(a) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// callsUnquote reports whether n calls unquote or unquote_splicing
// (hasUnquote, for quote, looks for unquote only).
func callsUnquote(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.List:
		for _, it := range n.Items {
			if callsUnquote(it) {
				return true
			}
		}
	case *ast.Pair:
		return callsUnquote(n.Left) || callsUnquote(n.Right)
	case *ast.Call:
		if name, _ := n.CallName(); name == "unquote" || name == "unquote_splicing" {
			return true
		}
		if callsUnquote(n.Fun) {
			return true
		}
		for _, a := range n.Args {
			if callsUnquote(a) {
				return true
			}
		}
	}
	return false
}

// Library files (elixirlib) are the same for every program: with
// Options.Modules set, what loading one defined is kept for the whole
// process and installed in later programs instead of compiling the file
// again (loading exunit.ex was a fifth of a grading's CPU). A load is
// reused when it starts from the same point: the same library files
// loaded before, the same count of anonymous functions (which numbers
// the functions it defines), the same sandbox. Its effects are replayed:
// the modules it defined (every library file it loaded in turn
// included), those files marked loaded, the anonymous-function count, and
// the reductions the loading process spent, one at a time (so that its
// slices end where they would have). A load that started processes is
// not kept.
//
// A load's key depends on the program that made it (the anonymous
// functions its code numbered before), so a long-running service meets
// new keys as long as it runs: when maxLibLoads loads are kept, they are
// dropped, and those in use come back at their next load.
var libLoads sync.Map // libKey -> *libLoad

// libLoadCount counts the loads kept in libLoads (roughly: programs
// keeping loads at once may pass maxLibLoads by a few).
var libLoadCount atomic.Int64

// maxLibLoads bounds the library loads kept (one ExUnit load holds about
// 0.4 MB).
const maxLibLoads = 64

type libKey struct {
	file    string
	funs    uint32
	loaded  string // the library files loaded before, sorted
	sandbox bool
}

type libLoad struct {
	modules map[term.Atom]*module
	files   []string
	funs    uint32
	reds    int64
}

// libRecord is a library load under way, to keep when it ends.
type libRecord struct {
	key     libKey
	modules map[term.Atom]*module
	files   map[string]bool
	reds    int64
	live    int
}

// libKeyOf is the key of loading file now (file is marked loaded
// already).
func (in *Interp) libKeyOf(file string) libKey {
	in.libMu.Lock()
	names := make([]string, 0, len(in.libLoaded))
	for n := range in.libLoaded {
		if n != file {
			names = append(names, n)
		}
	}
	in.libMu.Unlock()
	sort.Strings(names)
	return libKey{file: file, funs: in.funCounter.Load(), loaded: strings.Join(names, "\x00"), sandbox: in.opts.Sandbox}
}

// reuseLib installs a kept load of file, if there is one; else it
// returns the record of the load about to run (nil when it is not to be
// kept).
func (p *proc) reuseLib(file string) (reused bool, rec *libRecord) {
	in := p.in
	if in.opts.Modules == nil || p.bp == nil {
		return false, nil
	}
	key := in.libKeyOf(file)
	if v, ok := libLoads.Load(key); ok {
		l := v.(*libLoad)
		in.libMu.Lock()
		for _, f := range l.files {
			in.libLoaded[f] = true
		}
		in.libMu.Unlock()
		in.mu.Lock()
		for name, mod := range l.modules {
			in.modules[name] = mod
		}
		in.mu.Unlock()
		in.funCounter.Store(l.funs)
		in.gen.Add(1)
		for i := int64(0); i < l.reds; i++ {
			p.bp.Reduce(1)
		}
		return true, nil
	}
	rec = &libRecord{key: key, modules: map[term.Atom]*module{}, files: map[string]bool{},
		reds: p.bp.Reductions(), live: in.brt.LiveCount()}
	in.mu.RLock()
	for name, mod := range in.modules {
		rec.modules[name] = mod
	}
	in.mu.RUnlock()
	in.libMu.Lock()
	for f := range in.libLoaded {
		if f != file {
			rec.files[f] = true
		}
	}
	in.libMu.Unlock()
	return false, rec
}

// keep records what the load did, for later programs.
func (rec *libRecord) keep(p *proc) {
	in := p.in
	if in.brt.LiveCount() != rec.live {
		return
	}
	l := &libLoad{modules: map[term.Atom]*module{}, funs: in.funCounter.Load(), reds: p.bp.Reductions() - rec.reds}
	in.mu.RLock()
	for name, mod := range in.modules {
		if rec.modules[name] != mod {
			l.modules[name] = mod
		}
	}
	in.mu.RUnlock()
	in.libMu.Lock()
	for f := range in.libLoaded {
		if !rec.files[f] {
			l.files = append(l.files, f)
		}
	}
	in.libMu.Unlock()
	if _, loaded := libLoads.LoadOrStore(rec.key, l); !loaded && libLoadCount.Add(1) > maxLibLoads {
		libLoads.Clear()
		libLoadCount.Store(0)
	}
}
