package term

import (
	"math/rand"
	"sort"
	"testing"
)

// checkTree verifies a large map's tree: sizes, key order and weight
// balance.
func checkTree(t *testing.T, n *mapNode) {
	t.Helper()
	var walk func(n *mapNode) int
	walk = func(n *mapNode) int {
		if n == nil {
			return 0
		}
		l, r := walk(n.left), walk(n.right)
		if n.size != l+r+1 {
			t.Fatalf("node size %d, children %d + %d", n.size, l, r)
		}
		if l+r > 1 && (l > wbDelta*r || r > wbDelta*l) {
			t.Fatalf("unbalanced node: %d vs %d", l, r)
		}
		if n.left != nil && KeyOrder(n.left.k, n.k) >= 0 || n.right != nil && KeyOrder(n.right.k, n.k) <= 0 {
			t.Fatalf("keys out of order")
		}
		return n.size
	}
	walk(n)
}

// TestMapAgainstModel applies random puts and deletes to a Map and to a
// Go map, checking after each step that both hold the same pairs, in key
// order, and that earlier versions are unchanged.
func TestMapAgainstModel(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	model := map[int64]int64{}
	m := EmptyMap
	type snapshot struct {
		m     *Map
		pairs map[int64]int64
	}
	var snaps []snapshot
	for step := 0; step < 20000; step++ {
		k := rng.Int63n(300)
		if rng.Intn(3) == 0 {
			delete(model, k)
			m = m.Delete(Int(k))
		} else {
			v := rng.Int63()
			model[k] = v
			m = m.Put(Int(k), Int(v))
		}
		if step%500 == 0 {
			cp := map[int64]int64{}
			for k, v := range model {
				cp[k] = v
			}
			snaps = append(snaps, snapshot{m, cp})
		}
		if m.Len() != len(model) {
			t.Fatalf("step %d: Len %d, want %d", step, m.Len(), len(model))
		}
	}
	for _, s := range snaps {
		checkMap(t, s.m, s.pairs)
	}
	checkMap(t, m, model)
}

func checkMap(t *testing.T, m *Map, model map[int64]int64) {
	t.Helper()
	if m.root != nil {
		checkTree(t, m.root)
		if m.Len() <= smallMapMax {
			t.Fatalf("small map of %d keys kept as a tree", m.Len())
		}
	}
	keys := make([]int64, 0, len(model))
	for k := range model {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	if m.Len() != len(keys) {
		t.Fatalf("Len %d, want %d", m.Len(), len(keys))
	}
	mk, mv := m.Keys(), m.Values()
	i := 0
	m.Range(func(k, v Term) bool {
		if k != Term(Int(keys[i])) || v != Term(Int(model[keys[i]])) || mk[i] != k || mv[i] != v {
			t.Fatalf("pair %d: got %v => %v", i, k, v)
		}
		i++
		return true
	})
	for _, k := range keys {
		if v, ok := m.Get(Int(k)); !ok || v != Term(Int(model[k])) {
			t.Fatalf("Get(%d) = %v, %v", k, v, ok)
		}
	}
	if _, ok := m.Get(Int(-1)); ok {
		t.Fatalf("Get of a missing key succeeded")
	}
}

func TestMapKeyOrder(t *testing.T) {
	// Integers before floats, then atoms, tuples, lists, binaries.
	keys := []Term{Binary("b"), List(Int(1)), Tuple{Int(1)}, MakeAtom("a"), Float(1.0), Int(2), Int(1), Float(0.5), EmptyMap}
	vals := make([]Term, len(keys))
	for i := range vals {
		vals[i] = Int(i)
	}
	want := []Term{Int(1), Int(2), Float(0.5), Float(1.0), MakeAtom("a"), Tuple{Int(1)}, EmptyMap, List(Int(1)), Binary("b")}
	for _, m := range []*Map{NewMap(keys, vals), bigWith(keys, vals)} {
		got := m.Keys()
		for i, w := range want {
			j := i
			if m.Len() > len(want) {
				j = i // the extra keys of bigWith sort after all of these
			}
			if !StrictEqual(got[j], w) {
				t.Fatalf("key %d: got %#v, want %#v", i, got[j], w)
			}
		}
	}
	// 1 and 1.0 are different keys.
	m := EmptyMap.Put(Int(1), MakeAtom("a")).Put(Float(1), MakeAtom("b"))
	if m.Len() != 2 {
		t.Fatalf("1 and 1.0 collapsed into one key")
	}
}

// bigWith adds 100 binary keys that sort after the given ones, making a
// large map.
func bigWith(keys, vals []Term) *Map {
	ks := append([]Term{}, keys...)
	vs := append([]Term{}, vals...)
	for i := 0; i < 100; i++ {
		ks = append(ks, Binary("z"+string(rune('a'+i%26))+string(rune('a'+i/26))))
		vs = append(vs, Int(i))
	}
	return NewMap(ks, vs)
}

func TestNewMapLaterDuplicateWins(t *testing.T) {
	for _, n := range []int{3, 100} {
		var keys, vals []Term
		for i := 0; i < n; i++ {
			keys = append(keys, Int(i%(n/2+1)))
			vals = append(vals, Int(i))
		}
		m := NewMap(keys, vals)
		for i := 0; i < n; i++ {
			if v, _ := m.Get(Int(i % (n/2 + 1))); v.(Int) < Int(i) {
				t.Fatalf("n=%d: key %d kept an earlier value", n, i%(n/2+1))
			}
		}
	}
}

func TestMapCompareAndEqual(t *testing.T) {
	a, b := EmptyMap, EmptyMap
	for i := 0; i < 100; i++ {
		a = a.Put(Int(i), Int(i))
	}
	for i := 99; i >= 0; i-- {
		b = b.Put(Int(i), Int(i))
	}
	if Compare(a, b) != 0 || !StrictEqual(a, b) {
		t.Fatalf("equal maps differ")
	}
	c := b.Put(Int(50), Float(50))
	if Compare(a, c) != 0 || StrictEqual(a, c) {
		t.Fatalf("50 vs 50.0: == should hold, === should not")
	}
}

func BenchmarkMapPut100k(b *testing.B) {
	for b.Loop() {
		m := EmptyMap
		for i := 0; i < 100000; i++ {
			m = m.Put(Int(i*7919%100003), Int(i))
		}
		if m.Len() != 100000 {
			b.Fatal("wrong size")
		}
	}
}

func BenchmarkMapGet100k(b *testing.B) {
	m := EmptyMap
	for i := 0; i < 100000; i++ {
		m = m.Put(Int(i), Int(i))
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		m.Get(Int(i % 100000))
	}
}
