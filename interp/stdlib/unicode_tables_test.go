package stdlib

import "testing"

// TestUnicodeTablesSorted checks that the code point tables searched by
// binary search (specialCasingOf, decompOf) are sorted without duplicates,
// and that a lookup finds every entry.
func TestUnicodeTablesSorted(t *testing.T) {
	for i, e := range specialCasing {
		if i > 0 && specialCasing[i-1].cp >= e.cp {
			t.Fatalf("specialCasing: %04X after %04X", e.cp, specialCasing[i-1].cp)
		}
		if got, ok := specialCasingOf(e.cp); !ok || got != e.specialCase {
			t.Fatalf("specialCasingOf(%04X) = %v, %v", e.cp, got, ok)
		}
	}
	for name, table := range map[string][]decompEntry{"canonDecomp": canonDecomp, "compatDecomp": compatDecomp} {
		for i, e := range table {
			if i > 0 && table[i-1].cp >= e.cp {
				t.Fatalf("%s: %04X after %04X", name, e.cp, table[i-1].cp)
			}
			if got, ok := decompOf(table, e.cp); !ok || got != e.seq {
				t.Fatalf("decompOf(%s, %04X) = %q, %v", name, e.cp, got, ok)
			}
		}
	}
	if _, ok := specialCasingOf('a'); ok {
		t.Errorf("specialCasingOf('a') found an entry")
	}
	if _, ok := decompOf(canonDecomp, 'a'); ok {
		t.Errorf("decompOf(canonDecomp, 'a') found an entry")
	}
}
