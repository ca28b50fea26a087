package elixirlib

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func TestModulesDefined(t *testing.T) {
	want := []string{
		":sys",
		":global",
		":queue",
		"Agent",
		"Agent.Server",
		"GenServer",
		"Supervisor",
		"Supervisor.Default",
		"Supervisor.Server",
		"DynamicSupervisor",
		"DynamicSupervisor.Server",
		"Registry",
		"Registry.Server",
		"Task.Supervisor",
		"Task",
		"Task.Supervised",
	}
	got := Modules()
	for _, m := range want {
		found := false
		for _, g := range got {
			if g == m {
				found = true
			}
		}
		if !found {
			t.Errorf("module %s is not defined by any embedded source; have %v", m, got)
		}
	}
}

func TestLookup(t *testing.T) {
	cases := map[string]string{
		"GenServer":       "gen_server.ex",
		"Agent.Server":    "agent.ex",
		"Task.Supervised": "task.ex",
		":sys":            "sys.ex",
		"Supervisor":      "supervisor.ex",
	}
	for mod, file := range cases {
		f, ok := Lookup(mod)
		if !ok {
			t.Errorf("Lookup(%q) found nothing", mod)
			continue
		}
		if f.Name != file {
			t.Errorf("Lookup(%q) = %s, want %s", mod, f.Name, file)
		}
		if !strings.Contains(f.Source, "defmodule "+mod+" do") {
			t.Errorf("%s does not contain defmodule %s", f.Name, mod)
		}
	}
	if _, ok := Lookup("Enum"); ok {
		t.Errorf("Lookup(Enum) found a file; Enum is not written in Elixir here")
	}
}

func TestFilesSortedAndBalanced(t *testing.T) {
	fs := Files()
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.Name
		if len(f.Modules) == 0 {
			t.Errorf("%s defines no module", f.Name)
		}
		// A cheap sanity check that a file was not truncated: every
		// defmodule line opens a block that a final "end" closes.
		if !strings.HasSuffix(strings.TrimSpace(f.Source), "end") {
			t.Errorf("%s does not end with `end`", f.Name)
		}
	}
	if !sort.StringsAreSorted(names) {
		t.Errorf("Files() not sorted: %v", names)
	}
}

// TestTestdataComplete checks that every test program in testdata has its
// recorded expectations: NAME.out (masked stdout from real Elixir) and
// NAME.code (exit status).
func TestTestdataComplete(t *testing.T) {
	progs, err := filepath.Glob(filepath.Join("testdata", "*.exs"))
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) < 8 {
		t.Fatalf("found %d test programs in testdata, want at least 8", len(progs))
	}
	for _, p := range progs {
		base := strings.TrimSuffix(p, ".exs")
		for _, ext := range []string{".out", ".code"} {
			data, err := os.ReadFile(base + ext)
			if err != nil {
				t.Errorf("%s: %v", p, err)
				continue
			}
			if ext == ".code" && strings.TrimSpace(string(data)) == "" {
				t.Errorf("%s%s is empty", base, ext)
			}
		}
	}
}
