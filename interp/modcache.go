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
type ModuleCache struct {
	mu   sync.Mutex
	m    map[moduleKey]cachedModule
	tops map[*ast.File]cachedTop
}

// NewModuleCache returns an empty cache.
func NewModuleCache() *ModuleCache {
	return &ModuleCache{m: map[moduleKey]cachedModule{}, tops: map[*ast.File]cachedTop{}}
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
}

type cachedModule struct {
	mod *module
	// funs is the count of anonymous functions after its compilation.
	funs uint32
}

// maxCachedModules bounds a cache.
const maxCachedModules = 64

// cachedModuleKey returns the key of a module definition that may be
// shared, or false.
func (in *Interp) cachedModuleKey(name term.Atom, kind string, body ast.Node, aliases map[string]term.Atom, imports []importSpec, implFor term.Atom, lib bool) (moduleKey, bool) {
	if in.opts.Modules == nil || !in.opts.NoWarnings || kind != "defmodule" || !implFor.IsZero() || lib ||
		len(aliases) != 0 || len(imports) != 0 || body == nil || !staticModuleBody(body) {
		return moduleKey{}, false
	}
	return moduleKey{body: body, name: name, funs: in.funCounter.Load()}, true
}

// reuseModule installs the cached module of key, if there is one.
func (in *Interp) reuseModule(key moduleKey) bool {
	c := in.opts.Modules
	c.mu.Lock()
	cm, ok := c.m[key]
	c.mu.Unlock()
	if !ok {
		return false
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
	c.mu.Lock()
	if len(c.m) >= maxCachedModules {
		c.m = map[moduleKey]cachedModule{}
	}
	c.m[key] = cachedModule{mod: mod, funs: in.funCounter.Load()}
	c.mu.Unlock()
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
