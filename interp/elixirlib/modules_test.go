package elixirlib

import (
	"regexp"
	"slices"
	"testing"
)

// TestDefinedModules checks the scan against the regexp it replaces, on
// every embedded source and a few edge cases.
func TestDefinedModules(t *testing.T) {
	re := regexp.MustCompile(`(?m)^\s*defmodule\s+([A-Z][A-Za-z0-9_.]*|:[a-z_][A-Za-z0-9_]*)\s+do\b`)
	srcs := []string{
		"defmodule A do\nend\n  defmodule A.B.C do\n",
		"defmodule :sys do\n defmodule Foo, do: 1\n defmodule Bar  do",
		"  # defmodule X do\ndefmodule lower do\ndefmodule Y dox\ndefmodule Z do",
	}
	for _, f := range Files() {
		srcs = append(srcs, f.Source)
	}
	for _, src := range srcs {
		var want []string
		for _, m := range re.FindAllStringSubmatch(src, -1) {
			want = append(want, m[1])
		}
		if got := definedModules(src); !slices.Equal(got, want) {
			t.Errorf("definedModules = %v, want %v in\n%s", got, want, src[:min(len(src), 200)])
		}
	}
}
