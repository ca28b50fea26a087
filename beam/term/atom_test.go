package term

import (
	"fmt"
	"runtime"
	"testing"
	"time"
)

// TestAtomsLeaveTheTableWhenDropped: atoms nothing holds leave the table
// once collected, while atoms still held keep their identity, and a name
// made again after its atom died is one atom again.
func TestAtomsLeaveTheTableWhenDropped(t *testing.T) {
	held := MakeAtom("atom_test_held")
	before := AtomCount()
	for i := 0; i < 10_000; i++ {
		MakeAtom(fmt.Sprintf("atom_test_dropped_%d", i))
	}
	if n := AtomCount(); n < before+10_000 {
		t.Fatalf("%d atoms after making 10,000, %d before", n, before)
	}
	deadline := time.Now().Add(10 * time.Second)
	for AtomCount() > before+100 && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	if n := AtomCount(); n > before+100 {
		t.Errorf("%d atoms left after the collection, %d before making 10,000", n, before)
	}
	if a, ok := LookupAtom("atom_test_held"); !ok || a != held {
		t.Errorf("a held atom changed: %v %v", a, ok)
	}
	if MakeAtom("atom_test_held") != held || MakeAtom("true") != True {
		t.Error("MakeAtom of a held atom's name gave another atom")
	}
	again := MakeAtom("atom_test_dropped_7")
	if again != MakeAtom("atom_test_dropped_7") || again.Name() != "atom_test_dropped_7" {
		t.Error("an atom made again is not one atom")
	}
	if a, ok := LookupAtom("atom_test_dropped_7"); !ok || a != again {
		t.Error("LookupAtom does not find an atom made again")
	}
	runtime.KeepAlive(again)
}

// BenchmarkMakeAtomExisting is MakeAtom of an atom that exists (the
// common case: built-ins naming atoms at run time).
func BenchmarkMakeAtomExisting(b *testing.B) {
	a := MakeAtom("bench_existing")
	for b.Loop() {
		if MakeAtom("bench_existing") != a {
			b.Fatal("not the same atom")
		}
	}
}

// BenchmarkMakeAtomNew makes atoms that do not exist yet.
func BenchmarkMakeAtomNew(b *testing.B) {
	names := make([]string, b.N)
	for i := range names {
		names[i] = fmt.Sprintf("bench_new_%d_%d", i, time.Now().UnixNano())
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		MakeAtom(names[i])
	}
}
