package interp

import (
	"strings"
	"testing"
)

// TestUnrequiredMacroInGuard checks that a built-in macro of a module
// not required is refused in a guard with Elixir 1.18's message
// (elixir_rewrite's invalid_guard), as the call compiles to a remote
// function there.
func TestUnrequiredMacroInGuard(t *testing.T) {
	src := "defmodule G do\n  def f(x) when Integer.is_even(x), do: :even\nend\n"
	_, errOut, code := runSource(t, "guard.exs", src)
	if code != 1 {
		t.Fatalf("exit status %d, want 1: %s", code, errOut)
	}
	for _, want := range []string{
		"error: cannot invoke remote function Integer.is_even/1 inside a guard",
		"└─ guard.exs:2:25: G.f/1",
		"** (CompileError) guard.exs: cannot compile module G (errors have been logged)",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
}
