package inspect

import (
	"strings"
	"testing"

	"github.com/exlite/exlite/beam/term"
)

// TestDeepTermsPrint checks that a term nested far deeper than any
// program needs prints, without exhausting the Go stack (which ends the
// whole Go process): nesting past maxPrintDepth prints as "...".
func TestDeepTermsPrint(t *testing.T) {
	const n = 3_000_000
	var tup term.Term = term.Tuple{}
	var lst term.Term = term.Nil
	for i := 0; i < n; i++ {
		tup = term.Tuple{tup}
		lst = &term.Cons{Head: lst, Tail: term.Nil}
	}
	o := Default()
	o.Limit = Infinity
	for _, c := range []struct {
		t           term.Term
		open, close string
	}{{tup, "{", "}"}, {lst, "[", "]"}} {
		got := Inspect(c.t, o)
		want := strings.Repeat(c.open, maxPrintDepth) + "..." + strings.Repeat(c.close, maxPrintDepth)
		if got != want {
			t.Errorf("inspect of %s nested %d deep: %d bytes, want %d: %.60q...", c.open, n, len(got), len(want), got)
		}
	}
	// Shallower terms print whole.
	var small term.Term = term.Tuple{}
	for i := 0; i < 1000; i++ {
		small = term.Tuple{small}
	}
	if got, want := Inspect(small, o), strings.Repeat("{", 1001)+strings.Repeat("}", 1001); got != want {
		t.Errorf("a tuple nested 1000 deep prints %.60q...", got)
	}
}
