package interp

import (
	"bytes"
	"testing"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/parser"
)

// TestModuleCache runs one parsed file twice with a ModuleCache: a module
// defined by def and literal attributes only is compiled once and its
// second run prints the same; a module whose body does more (prints) is
// compiled, and prints, every time.
func TestModuleCache(t *testing.T) {
	src := `defmodule Static do
  @greeting "hi"
  def greet(f), do: f.(@greeting)
  def fun, do: fn x -> x end
end

defmodule Loud do
  IO.puts("defining Loud")
  def hello, do: :hello
end

IO.puts(Static.greet(fn g -> g <> "!" end))
IO.inspect(Static.fun())
IO.inspect(Loud.hello())
`
	f, err := parser.Parse("cache.exs", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	cache := NewModuleCache()
	var mods [2]map[string]*module
	var outs [2]string
	for i := range 2 {
		var out bytes.Buffer
		in := New(f, Options{Stdout: &out, Stderr: &out, Deterministic: true, NoWarnings: true, Modules: cache})
		if code := in.RunMain(f); code != 0 {
			t.Fatalf("run %d: exit %d: %s", i, code, out.String())
		}
		mods[i] = map[string]*module{
			"Static": in.getModule(term.MakeAtom("Elixir.Static")),
			"Loud":   in.getModule(term.MakeAtom("Elixir.Loud")),
		}
		outs[i] = out.String()
	}
	if outs[0] != outs[1] {
		t.Errorf("the runs printed differently:\n%s\n---\n%s", outs[0], outs[1])
	}
	if want := "defining Loud\nhi!\n"; len(outs[1]) < len(want) || outs[1][:len(want)] != want {
		t.Errorf("second run printed %q", outs[1])
	}
	if mods[0]["Static"] == nil || mods[0]["Static"] != mods[1]["Static"] {
		t.Errorf("Static was not shared: %p %p", mods[0]["Static"], mods[1]["Static"])
	}
	if mods[0]["Loud"] == mods[1]["Loud"] {
		t.Errorf("Loud, whose body prints, was shared")
	}
}

// TestLibraryLoadsKept runs a program that loads a library file (Agent)
// three times: without a ModuleCache, with one (the load is kept), and
// with one again (the kept load is installed). The three print the same,
// anonymous functions' numbers included, and spend the same reductions.
func TestLibraryLoadsKept(t *testing.T) {
	src := `{:ok, a} = Agent.start_link(fn -> 41 end)
Agent.update(a, &(&1 + 1))
IO.inspect(Agent.get(a, & &1))
IO.inspect(fn x -> x end)
IO.inspect(&Agent.get/2)
`
	f, err := parser.Parse("lib.exs", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var outs []string
	var reds []int64
	for i, cache := range []*ModuleCache{nil, NewModuleCache(), NewModuleCache()} {
		var out bytes.Buffer
		res := Execute(f, Options{Stdout: &out, Stderr: &out, Deterministic: true, NoWarnings: true, Modules: cache})
		if res.Code != 0 {
			t.Fatalf("run %d: exit %d: %s", i, res.Code, out.String())
		}
		outs = append(outs, out.String())
		reds = append(reds, res.Reductions)
	}
	if outs[0] != outs[1] || outs[0] != outs[2] {
		t.Errorf("outputs differ:\n%s---\n%s---\n%s", outs[0], outs[1], outs[2])
	}
	if reds[0] != reds[1] || reds[0] != reds[2] {
		t.Errorf("reductions differ: %v", reds)
	}
	kept := 0
	libLoads.Range(func(k, v any) bool {
		if k.(libKey).file == "agent.ex" {
			kept++
		}
		return true
	})
	if kept == 0 {
		t.Error("the load of agent.ex was not kept")
	}
}
