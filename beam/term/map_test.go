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
	sk, sv := m.sortedPairs()
	for i, k := range keys {
		if sk[i] != Term(Int(k)) || sv[i] != Term(Int(model[k])) {
			t.Fatalf("sorted pair %d: got %v => %v", i, sk[i], sv[i])
		}
	}
	// Iteration: key order up to 32 keys, else descending by the
	// nibble-reversed hash (map_order.go).
	iter := append([]int64(nil), keys...)
	if len(iter) > smallMapMax {
		sort.SliceStable(iter, func(i, j int) bool {
			return nibbleReverse(MapKeyHash(Int(iter[i]))) > nibbleReverse(MapKeyHash(Int(iter[j])))
		})
	}
	mk, mv := m.Keys(), m.Values()
	i := 0
	m.Range(func(k, v Term) bool {
		if k != Term(Int(iter[i])) || v != Term(Int(model[iter[i]])) || mk[i] != k || mv[i] != v {
			t.Fatalf("pair %d: got %v => %v", i, k, v)
		}
		i++
		return true
	})
	m.RangeIter(func(k, v Term) bool {
		i--
		if k != mk[i] || v != mv[i] {
			t.Fatalf("RangeIter is not Range reversed at %d", i)
		}
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
		got, _ := m.sortedPairs()
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
	// Large maps compare by their keys in key order, not in the order
	// they iterate in: a's largest key 99 is below d's 1000.
	d := a.Delete(Int(99)).Put(Int(1000), Int(0))
	if Compare(a, d) != -1 || Compare(d, a) != 1 {
		t.Fatalf("large maps compared out of key order")
	}
	e := a.Put(Int(0), Int(-1))
	if Compare(e, a) != -1 {
		t.Fatalf("large maps' values compared out of key order")
	}
}

// TestMapShrinksBackToKeyOrder checks that a map grown past 32 keys
// iterates in key order again once deletes bring it to 32 or fewer, as
// on the BEAM, which turns the hash trie back into a flat map.
func TestMapShrinksBackToKeyOrder(t *testing.T) {
	m := EmptyMap
	for i := 40; i >= 1; i-- {
		m = m.Put(Int(i), Int(i))
	}
	if k := m.Keys(); k[0] != Term(Int(33)) || k[39] != Term(Int(16)) {
		t.Fatalf("40 keys: got %v first and %v last, want 33 and 16", k[0], k[39])
	}
	for i := 40; i > 32; i-- {
		m = m.Delete(Int(i))
	}
	for i, k := range m.Keys() {
		if k != Term(Int(i+1)) {
			t.Fatalf("32 keys: key %d is %v", i, k)
		}
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

// TestMapKeyOrderNestedNumbers checks that map keys order integers before
// floats inside tuples and lists too, as OTP 25 does:
// %{{1.0} => :a, {2} => :b} iterates {2} first, and {1} and {1.0} are
// two keys, though {1} == {1.0}.
func TestMapKeyOrderNestedNumbers(t *testing.T) {
	m := NewMap([]Term{Tuple{Float(1)}, Tuple{Int(2)}, List(Float(1.5)), List(Int(2))}, []Term{Int(1), Int(2), Int(3), Int(4)})
	want := []Term{Tuple{Int(2)}, Tuple{Float(1)}, List(Int(2)), List(Float(1.5))}
	for i, k := range m.Keys() {
		if !StrictEqual(k, want[i]) {
			t.Fatalf("key %d: got %#v, want %#v", i, k, want[i])
		}
	}
	two := EmptyMap.Put(Tuple{Int(1)}, Int(1)).Put(Tuple{Float(1)}, Int(2))
	if two.Len() != 2 {
		t.Fatalf("{1} and {1.0} collapsed into one key")
	}
	if v, _ := two.Get(Tuple{Float(1)}); v != Term(Int(2)) {
		t.Fatalf("Get({1.0}) = %v", v)
	}
	if Compare(Tuple{Int(1)}, Tuple{Float(1)}) != 0 {
		t.Fatalf("{1} == {1.0} should hold")
	}
	a := NewMap([]Term{Tuple{Int(1)}}, []Term{Int(0)})
	b := NewMap([]Term{Tuple{Float(1)}}, []Term{Int(0)})
	if Compare(a, b) == 0 {
		t.Fatalf("%%{{1} => 0} == %%{{1.0} => 0} should not hold: map keys compare exactly")
	}
}
