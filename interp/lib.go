package interp

import (
	"fmt"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/elixirlib"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/parser"
	"github.com/exlite/exlite/parser/ast"
)

// Parse parses Elixir source (interp uses it for its library files
// written in Elixir); tests may replace it.
var Parse = parser.Parse

// ensureLib defines the modules of the elixirlib file that defines mod
// (GenServer, Agent, Task...) the first time a program uses one of them.
// It reports whether it defined anything.
func (p *proc) ensureLib(mod term.Atom) bool {
	name := rt.ModuleName(mod)
	f, ok := elixirlib.Lookup(name)
	if !ok {
		return false
	}
	in := p.in
	in.libMu.Lock()
	if in.libLoaded == nil {
		in.libLoaded = map[string]bool{}
	}
	if in.libLoaded[f.Name] {
		in.libMu.Unlock()
		return false
	}
	in.libLoaded[f.Name] = true
	in.libMu.Unlock()
	reused, rec := p.reuseLib(f.Name)
	if reused {
		return true
	}
	// The tree parsed when exlite was built; parsing here costs 0.1 to
	// 0.9 s (see elixirlib's astcodec.go).
	file := &ast.File{Name: "lib/" + f.Name, Source: f.Source}
	if root, ok := f.Parsed(); ok {
		file.Root = root
	} else {
		if Parse == nil {
			rt.RaiseMessage("RuntimeError", "exlite: no parser installed for its library files")
		}
		parsed, err := Parse("lib/"+f.Name, []byte(f.Source))
		if err != nil {
			rt.RaiseMessage("RuntimeError", fmt.Sprintf("exlite: cannot parse its library file %s: %v", f.Name, err))
		}
		file = parsed
	}
	c := in.topCompiler()
	c.lib = true
	s := newFnScope(nil)
	body := c.expr(file.Root, s, false)
	c.resolveSites()
	fr := p.alloc(s.fs.nslots)
	body(p, fr)
	p.free(fr)
	if rec != nil {
		rec.keep(p)
	}
	return true
}

// lookupModule returns a user (or library) module, loading the library
// file that defines it if needed.
func (p *proc) lookupModule(mod term.Atom) *module {
	if m := p.in.getModule(mod); m != nil {
		return m
	}
	if p.ensureLib(mod) {
		return p.in.getModule(mod)
	}
	return nil
}

// libFile is "lib/NAME.ex" for a module of exlite's library (the file
// its quotes with location: :keep name), and "" for others.
func libFile(mod term.Atom) string {
	if f, ok := elixirlib.Lookup(rt.ModuleName(mod)); ok {
		return "lib/" + f.Name
	}
	return ""
}
