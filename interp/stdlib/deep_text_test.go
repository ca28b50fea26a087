package stdlib

import (
	"runtime/debug"
	"testing"

	"github.com/exlite/exlite/beam/term"
)

// TestDeepIodata flattens iodata and lists nested 400,000 deep (as
// [acc, more] in a loop builds them) with a Go stack of at most 32 MB,
// which a recursive walk would pass (the test binary would die of it).
func TestDeepIodata(t *testing.T) {
	defer debug.SetMaxStack(debug.SetMaxStack(32 << 20))
	const n = 400_000
	var io term.Term = term.Binary("")
	var l term.Term = term.Nil
	for i := 0; i < n; i++ {
		io = term.List(io, term.Binary("x"))
		l = term.List(l, term.Int(1))
	}
	for _, chars := range []bool{false, true} {
		s, ok := chardataIn(nil, io)
		if !chars {
			s, ok = iodataIn(nil, io)
		}
		if !ok || len(s) != n {
			t.Errorf("chars %v: ok %v, %d bytes, want %d", chars, ok, len(s), n)
		}
	}
	if got := flattenInto(nil, nil, l); len(got) != n {
		t.Errorf("flatten: %d elements, want %d", len(got), n)
	}
	// Not iodata, deep down.
	bad := term.List(io, term.MakeAtom("x"))
	if _, ok := iodataIn(nil, bad); ok {
		t.Error("iodata with an atom in it was accepted")
	}
	if _, ok := iodataIn(nil, term.List(term.Int(256))); ok {
		t.Error("iodata with 256 in it was accepted")
	}
	if s, ok := iodataIn(nil, &term.Cons{Head: term.Int(97), Tail: term.Binary("bc")}); !ok || s != "abc" {
		t.Errorf("iodata with a binary tail: %q %v", s, ok)
	}
	if s, ok := chardataIn(nil, term.List(term.Int(0x1F600), term.List(term.Binary("é")))); !ok || s != "😀é" {
		t.Errorf("chardata: %q %v", s, ok)
	}
}
