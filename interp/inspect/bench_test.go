package inspect

import (
	"testing"

	"github.com/exlite/exlite/beam/term"
)

func BenchmarkInspectLongList(b *testing.B) {
	l := list(ints(1, 100000)...)
	o := Default()
	o.Limit = Infinity
	for b.Loop() {
		InspectLabel(l, "", o)
	}
}

func BenchmarkInspectNested(b *testing.B) {
	var items []term.Term
	for i := 0; i < 2000; i++ {
		items = append(items, kv(atom("id"), term.Int(i), atom("name"), str("item"), atom("tags"), list(atom("a"), atom("b"))))
	}
	l := list(items...)
	o := Default()
	o.Limit = Infinity
	for b.Loop() {
		InspectLabel(l, "", o)
	}
}
