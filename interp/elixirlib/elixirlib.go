// Package elixirlib holds the parts of exlite's standard library that are
// written in Elixir, as Elixir itself writes them: GenServer, Agent, Task
// (with Task.Supervised and Task.Supervisor), Supervisor, DynamicSupervisor,
// Registry and Erlang's :sys, :global and :queue. They use only process primitives (spawn,
// send, receive, links, monitors, trap_exit, the process registry), so the
// evaluator runs them like user code.
//
// The evaluator compiles a source on first use of a module it defines:
// when a program calls GenServer.start_link/3 (or `use GenServer`), it
// looks the module up with Lookup, compiles that file once for the whole
// run, and then dispatches to it. See README.md for what the evaluator
// must provide (the `use` expansion and the primitives these files call).
package elixirlib

import (
	"embed"
	"io/fs"
	"sort"
	"strings"
	"sync"

	"github.com/exlite/exlite/parser/ast"
)

//go:embed *.ex *.ex.ast
var sources embed.FS

// File is one embedded Elixir source file.
type File struct {
	// Name is the file name, such as "gen_server.ex".
	Name string
	// Source is the file's text.
	Source string
	// Modules lists the modules the file defines, as written after
	// defmodule ("GenServer", "Task.Supervised", ":sys").
	Modules []string
	// tree is the NAME.ex.ast file made by go generate, if any.
	tree []byte
}

// Parsed returns the file's syntax tree, parsed when exlite was built
// (see astcodec.go), or false when there is none for the current source
// (the caller parses Source then).
//
// The tree is decoded once per process and then shared: the evaluator
// only reads syntax trees (decoding exunit.ex took a tenth of the CPU of a
// course backend's grading).
func (f File) Parsed() (ast.Node, bool) {
	if f.tree == nil {
		return nil, false
	}
	d, _ := decoded.LoadOrStore(f.Name, &decodedTree{})
	t := d.(*decodedTree)
	t.once.Do(func() {
		root, err := DecodeAST(f.tree, SourceHash(f.Source))
		t.root, t.ok = root, err == nil
	})
	return t.root, t.ok
}

// decoded holds the decoded tree of each file, by name.
var decoded sync.Map // string -> *decodedTree

type decodedTree struct {
	once sync.Once
	root ast.Node
	ok   bool
}

var (
	loadOnce sync.Once
	files    []File
	byModule map[string]*File
)

// definedModules finds the names of `defmodule Name do` at the start of a
// line (a scan rather than a regexp: it runs at every program's first
// library use, and the regexp cost 6 ms).
func definedModules(src string) []string {
	var out []string
	for len(src) > 0 {
		line := src
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = ""
		}
		rest, ok := strings.CutPrefix(strings.TrimLeft(line, " \t"), "defmodule")
		if !ok || rest == "" || (rest[0] != ' ' && rest[0] != '\t') {
			continue
		}
		rest = strings.TrimLeft(rest, " \t")
		end := 0
		for end < len(rest) && (isNameByte(rest[end]) || rest[end] == '.' || (end == 0 && rest[0] == ':')) {
			end++
		}
		name, after := rest[:end], strings.TrimLeft(rest[end:], " \t")
		valid := len(name) > 0 && ((name[0] >= 'A' && name[0] <= 'Z') || (name[0] == ':' && len(name) > 1 && (name[1] == '_' || name[1] >= 'a' && name[1] <= 'z')))
		if !valid || after == "" || after[:min(len(after), 2)] != "do" || (len(after) > 2 && isNameByte(after[2])) {
			continue
		}
		if name[0] == ':' && strings.Contains(name, ".") {
			continue
		}
		out = append(out, name)
	}
	return out
}

func isNameByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func load() {
	loadOnce.Do(func() {
		entries, err := fs.ReadDir(sources, ".")
		if err != nil {
			panic("elixirlib: reading embedded sources: " + err.Error())
		}
		byModule = map[string]*File{}
		for _, e := range entries {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".ex") {
				continue
			}
			data, err := sources.ReadFile(e.Name())
			if err != nil {
				panic("elixirlib: reading " + e.Name() + ": " + err.Error())
			}
			f := File{Name: e.Name(), Source: string(data)}
			if tree, err := sources.ReadFile(e.Name() + ".ast"); err == nil {
				f.tree = tree
			}
			f.Modules = definedModules(f.Source)
			files = append(files, f)
		}
		sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
		for i := range files {
			for _, m := range files[i].Modules {
				byModule[m] = &files[i]
			}
		}
	})
}

// Files returns every embedded source, sorted by file name.
func Files() []File {
	load()
	out := make([]File, len(files))
	copy(out, files)
	return out
}

// Lookup returns the file that defines module (written as in Elixir source:
// "GenServer", "Agent.Server", ":sys"), or false when no embedded file
// defines it.
func Lookup(module string) (File, bool) {
	load()
	f, ok := byModule[module]
	if !ok {
		return File{}, false
	}
	return *f, true
}

// Modules returns every module the embedded sources define, sorted.
func Modules() []string {
	load()
	out := make([]string, 0, len(byModule))
	for m := range byModule {
		out = append(out, m)
	}
	sort.Strings(out)
	return out
}
