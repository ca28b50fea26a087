package interp

import (
	"testing"

	"github.com/exlite/exlite/beam/term"
)

func TestProcessFlagValue(t *testing.T) {
	cases := []struct {
		flag string
		v    term.Term
		ok   bool
	}{
		{"priority", term.MakeAtom("max"), true},
		{"priority", term.MakeAtom("bogus"), false},
		{"save_calls", term.Int(10000), true},
		{"save_calls", term.Int(10001), false},
		{"save_calls", term.Int(-1), false},
		{"sensitive", term.True, true},
		{"sensitive", term.Int(1), false},
		{"message_queue_data", term.MakeAtom("off_heap"), true},
		{"message_queue_data", term.MakeAtom("x"), false},
		{"min_heap_size", term.Int(-1), false},
		{"max_heap_size", term.Int(0), true},
	}
	for _, c := range cases {
		if _, ok := processFlagValue(c.flag, c.v); ok != c.ok {
			t.Errorf("processFlagValue(%s, %v) ok = %v, want %v", c.flag, c.v, ok, c.ok)
		}
	}
}

func TestProcFlagsSwap(t *testing.T) {
	var f procFlags
	pid := term.Pid{ID: 80}
	if old := f.swap(pid, "priority", term.MakeAtom("high")); old != term.MakeAtom("normal") {
		t.Fatalf("first swap returned %v, want :normal", old)
	}
	if old := f.swap(pid, "priority", term.MakeAtom("low")); old != term.MakeAtom("high") {
		t.Fatalf("second swap returned %v, want :high", old)
	}
	if got := f.get(term.Pid{ID: 81}, "priority"); got != term.MakeAtom("normal") {
		t.Fatalf("another process's priority is %v, want :normal", got)
	}
}
