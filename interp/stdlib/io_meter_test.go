package stdlib

import (
	"strings"
	"testing"

	"github.com/exlite/exlite/beam/term"
)

// TestErlangPrintDepthBound checks that the Erlang printers stop at
// maxErlPrintDepth: the levels past it print as "...", the ones above it
// in full.
func TestErlangPrintDepthBound(t *testing.T) {
	var list term.Term = term.Nil
	var tuple term.Term = term.MakeAtom("x")
	for i := 0; i < maxErlPrintDepth+500; i++ {
		list = &term.Cons{Head: list, Tail: term.Nil}
		tuple = term.Tuple{tuple}
	}
	want := strings.Repeat("[", maxErlPrintDepth) + "..." + strings.Repeat("]", maxErlPrintDepth)
	cases := []struct {
		name string
		got  string
	}{
		{"~w", ErlangFormat(nil, "~w", []term.Term{list})},
		{"~p", ErlangFormat(nil, "~p", []term.Term{list})},
		{"~W", ErlangFormat(nil, "~W", []term.Term{list, term.Int(-1)})},
		{"write", ErlangTerm(list, false)},
	}
	for _, c := range cases {
		if c.got != want {
			t.Errorf("%s: %d bytes, want %d: %.40q...%.40q", c.name, len(c.got), len(want), c.got, c.got[max(0, len(c.got)-40):])
		}
	}
	wantT := strings.Repeat("{", maxErlPrintDepth) + "..." + strings.Repeat("}", maxErlPrintDepth)
	if got := ErlangFormat(nil, "~p", []term.Term{tuple}); got != wantT {
		t.Errorf("~p of a deep tuple: %d bytes, want %d", len(got), len(wantT))
	}
	// shallower terms print whole
	if got := ErlangFormat(nil, "~w", []term.Term{term.Tuple{term.Int(1), term.MakeAtom("ok")}}); got != "{1,ok}" {
		t.Errorf("~w: %q", got)
	}
}
