package interp

import (
	"strings"
	"testing"
)

// TestForIntoNonEmptyListWarns checks that a comprehension collecting into
// a non-empty list warns as Collectable.List.into/1 does in Elixir (the
// first line of the warning, recorded from `elixir`; 1.18 spells
// "behavior"), and that collecting into [] does not.
func TestForIntoNonEmptyListWarns(t *testing.T) {
	const warning = "warning: the Collectable protocol is deprecated for non-empty lists. The behavior of " +
		"Enum.into/2 and \"for\" comprehensions with an :into option is incorrect when collecting into " +
		"non-empty lists. If you're collecting into a non-empty keyword list, consider using Keyword.merge/2 " +
		"instead. If you're collecting into a non-empty list, consider concatenating the two lists with the ++ operator.\n"
	tests := []struct {
		src, out string
		warns    bool
	}{
		{"IO.inspect(for x <- [1, 2], into: [0], do: x * 10)\n", "[0, 10, 20]\n", true},
		{"IO.inspect(for x <- [1, 2], into: [], do: x * 10)\n", "[10, 20]\n", false},
		{"IO.inspect(Enum.into([1], [0]))\n", "[0, 1]\n", true},
	}
	for _, tc := range tests {
		out, errOut, code := runSource(t, "into.exs", tc.src)
		if out != tc.out || code != 0 {
			t.Errorf("%q: stdout %q (exit %d), want %q", tc.src, out, code, tc.out)
		}
		if got := strings.HasPrefix(errOut, warning); got != tc.warns {
			t.Errorf("%q: warning printed = %v, want %v; stderr:\n%s", tc.src, got, tc.warns, errOut)
		}
	}
}
