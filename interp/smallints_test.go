package interp

import (
	"testing"

	"github.com/exlite/exlite/beam/term"
)

// TestSmallIntsTable checks that every boxed small integer of the
// table is the term.Int it stands for, as an ordinary boxing
// would give.
func TestSmallIntsTable(t *testing.T) {
	initSmallInts()
	for i := smallIntMin; i < smallIntMax; i++ {
		got := boxInt(term.Int(i))
		n, ok := got.(term.Int)
		if !ok || n != term.Int(i) {
			t.Fatalf("boxInt(%d) = %#v", i, got)
		}
		if got != term.Term(term.Int(i)) {
			t.Fatalf("boxInt(%d) is not equal to an ordinary boxed %d", i, i)
		}
	}
}
