package interp

import (
	"bytes"
	"testing"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/parser"
	"github.com/exlite/exlite/parser/ast"
)

// TestShareFile runs one test file after two different submissions, each
// with a ModuleCache of its own sharing the test file with one cache
// (ModuleCache.ShareFile): a test module whose compilation reads nothing
// of the submission (it calls the submission's functions, which resolve
// as they run) is compiled once and serves both, each calling its own
// submission; one that builds the submission's struct (which the
// compiler expands with the struct's fields) is compiled again for the
// other submission, and one whose body runs code when it is defined is
// never shared. Every program prints what it prints without any cache.
func TestShareFile(t *testing.T) {
	subs := []string{
		"defmodule Sub do\n  defstruct n: 1\n  def f, do: :a\nend\n",
		"defmodule Sub do\n  defstruct n: 2\n  def f, do: :b\nend\n",
	}
	const test = `defmodule Calls do
  import Enum, only: [map: 2]
  def run, do: IO.inspect({Sub.f(), map([1, 2], fn x -> x * 2 end)})
end

defmodule Structs do
  def run, do: IO.inspect(%Sub{})
end

defmodule Loud do
  IO.puts("defining Loud")
  def run, do: :ok
end

Calls.run()
Structs.run()
Loud.run()
`
	testFile, err := parser.Parse("test.exs", []byte(test))
	if err != nil {
		t.Fatal(err)
	}
	shared := NewModuleCache()
	wants := []string{
		"defining Loud\n{:a, [2, 4]}\n%Sub{n: 1}\n",
		"defining Loud\n{:b, [2, 4]}\n%Sub{n: 2}\n",
	}
	mods := map[string][]*module{}
	for i, src := range subs {
		sub, err := parser.Parse("sub.ex", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		files := []*ast.File{sub, testFile}
		for _, withCache := range []bool{false, true} {
			opts := Options{NoWarnings: true, Deterministic: true}
			if withCache {
				opts.Modules = NewModuleCache()
				opts.Modules.ShareFile(testFile, shared)
			}
			var out bytes.Buffer
			opts.Stdout, opts.Stderr = &out, &out
			in := New(files[0], opts)
			in.multiFile = true
			if code := in.run(files, &Result{}); code != 0 {
				t.Fatalf("submission %d: exit %d: %s", i, code, out.String())
			}
			if out.String() != wants[i] {
				t.Errorf("submission %d (cache %v): printed %q, want %q", i, withCache, out.String(), wants[i])
			}
			if withCache {
				for _, name := range []string{"Calls", "Structs", "Loud"} {
					mods[name] = append(mods[name], in.getModule(term.MakeAtom("Elixir."+name)))
				}
			}
		}
	}
	if m := mods["Calls"]; m[0] == nil || m[0] != m[1] {
		t.Errorf("Calls was compiled for each submission")
	}
	if m := mods["Structs"]; m[0] == m[1] {
		t.Errorf("Structs, which expands the submission's struct, was shared")
	}
	if m := mods["Loud"]; m[0] == m[1] {
		t.Errorf("Loud, whose body prints, was shared")
	}
}
