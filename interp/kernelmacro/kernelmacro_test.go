package kernelmacro

import "testing"

// TestIs checks Kernel's macros against functions of the same name and
// another arity, as Elixir 1.18's Kernel defines them
// (macro_exported?(Kernel, name, arity)).
func TestIs(t *testing.T) {
	cases := []struct {
		name  string
		arity int
		want  bool
	}{
		{"to_string", 1, true},
		{"is_nil", 1, true},
		{"get_in", 1, true},
		{"get_in", 2, false},
		{"put_in", 2, true},
		{"put_in", 3, false},
		{"raise", 2, true},
		{"raise", 3, false},
		{"dbg", 0, true},
		{"..", 0, true},
		{"..", 1, false},
		{"sigil_r", 2, true},
		{"sigil_r", 1, false},
		{"length", 1, false},
		{"+", 2, false},
	}
	for _, c := range cases {
		if got := Is(c.name, c.arity); got != c.want {
			t.Errorf("Is(%q, %d) = %v, want %v", c.name, c.arity, got, c.want)
		}
	}
}
