package term

import (
	"cmp"
	"slices"
)

// This file is the order in which maps of more than 32 keys iterate.
//
// On the BEAM such a map is a hash array mapped trie: the root has up to
// 16 slots picked by the lowest 4 bits of a key's hash (MapKeyHash), a
// slot holding several keys is a node of up to 16 slots picked by the
// next 4 bits, and so on. Walking the trie with the slots in ascending
// order is the order of maps:iterator, maps:next and maps:fold
// (RangeIter); maps:to_list, maps:keys and maps:values build their list
// by prepending in that walk, so they see the reverse (Keys, Values,
// Range), and so do Elixir's Map.to_list, inspect and Enumerable.
//
// Visiting the slots in ascending order is sorting the keys by their
// hashes with the 4-bit groups read lowest first: by the hash with its
// eight nibbles reversed. A map keeps its pairs in key order (KeyOrder)
// for lookups, and sorts them into hash order the first time it is
// iterated, caching the result: maps are immutable.

// nibbleReverse reverses the order of the eight 4-bit groups of h, so
// that comparing the results compares the groups lowest first.
func nibbleReverse(h uint32) uint32 {
	h = h>>16 | h<<16
	h = (h&0xff00ff00)>>8 | (h&0x00ff00ff)<<8
	return (h&0xf0f0f0f0)>>4 | (h&0x0f0f0f0f)<<4
}

// trieLevelHash returns the 32 hash bits that place k at trie depths
// 8*round .. 8*round+7: the key's hash for round 0. Deeper rounds are
// reached only by keys whose 32-bit hashes are equal (about one pair in
// a map of 100,000 keys); OTP 25 rehashes them in a way not reproduced
// here (neither a salted hash nor the hash of [round | key] orders the
// colliding integer pairs found as OTP 25 does), so they get a stand-in:
// the hash salted with the round.
func trieLevelHash(k Term, round uint32) uint32 {
	if round == 0 {
		return MapKeyHash(k)
	}
	return saltedHash(k, round)
}

// mapOrder holds a large map's pairs in iteration order.
type mapOrder struct {
	// keys and vals are in maps:to_list order: the reverse of the walk.
	keys, vals []Term
}

// order returns m's pairs in iteration order, sorting them on the first
// call. m must be a large map.
func (m *Map) order() *mapOrder {
	if o := m.flat.Load(); o != nil {
		return o
	}
	keys, vals := m.sortedPairs()
	n := len(keys)
	// Each key's nibble-reversed hash in the high half, its index in
	// the low half: sorting these numbers sorts the keys into the walk.
	walk := make([]uint64, n)
	for i, k := range keys {
		walk[i] = uint64(nibbleReverse(MapKeyHash(k)))<<32 | uint64(i)
	}
	slices.Sort(walk)
	for i := 1; i < n; i++ {
		if walk[i]>>32 == walk[i-1]>>32 {
			// Equal 32-bit hashes (rare): order the run by the
			// deeper levels' hashes.
			j := i + 1
			for j < n && walk[j]>>32 == walk[i]>>32 {
				j++
			}
			slices.SortFunc(walk[i-1:j], func(a, b uint64) int {
				return collisionOrder(keys[uint32(a)], keys[uint32(b)])
			})
			i = j
		}
	}
	// maps:to_list's order is the walk's reverse.
	o := &mapOrder{keys: make([]Term, n), vals: make([]Term, n)}
	for j, w := range walk {
		o.keys[n-1-j], o.vals[n-1-j] = keys[uint32(w)], vals[uint32(w)]
	}
	m.flat.Store(o)
	return o
}

// collisionOrder orders two keys whose 32-bit hashes are equal by the
// salted hashes of the deeper trie levels.
func collisionOrder(a, b Term) int {
	for round := uint32(1); round < 4; round++ {
		ha, hb := nibbleReverse(trieLevelHash(a, round)), nibbleReverse(trieLevelHash(b, round))
		if c := cmp.Compare(ha, hb); c != 0 {
			return c
		}
	}
	return KeyOrder(a, b)
}

// trieNode hashes the trie node holding keys (in maps:to_list order, so
// the walk runs from the last to the first; hashes holds their
// MapKeyHash) at depth level, as erts
// hashes a hash-trie map inside a key: a node's slots are hashed from the
// highest to the lowest, a slot's single key as its key and then its
// value, except that a full node below the root is a 16-tuple whose
// slots are hashed lowest first, a single key as the cons cell [K | V].
func (s *termHasher) trieNode(keys, vals []Term, hashes []uint32, level uint, head bool) {
	type slot struct{ lo, hi int }
	var slots []slot // ascending slot order
	i := len(keys)
	for i > 0 {
		nib := levelNibble(keys[i-1], hashes[i-1], level)
		j := i - 1
		for j > 0 && levelNibble(keys[j-1], hashes[j-1], level) == nib {
			j--
		}
		slots = append(slots, slot{j, i})
		i = j
	}
	item := func(sl slot, asList bool) {
		if sl.hi-sl.lo == 1 {
			if asList {
				s.list(&Cons{Head: keys[sl.lo], Tail: vals[sl.lo]})
				return
			}
			s.term(keys[sl.lo])
			s.term(vals[sl.lo])
			return
		}
		s.trieNode(keys[sl.lo:sl.hi], vals[sl.lo:sl.hi], hashes[sl.lo:sl.hi], level+1, false)
	}
	if len(slots) == 16 && !head {
		s.pair(16, 0, hConst9)
		for _, sl := range slots {
			item(sl, true)
		}
		return
	}
	for k := len(slots) - 1; k >= 0; k-- {
		item(slots[k], false)
	}
}

// levelNibble returns the 4 hash bits that pick k's slot at depth level.
func levelNibble(k Term, h uint32, level uint) uint32 {
	if level >= 8 {
		h = trieLevelHash(k, uint32(level/8))
	}
	return h >> (4 * (level % 8)) & 0xf
}

// Keys returns the keys in iteration order (maps:keys's, which Elixir's
// Map.keys, inspect and Enum see): key order for maps of up to 32 keys,
// hash order for larger ones. The caller must not modify the slice.
func (m *Map) Keys() []Term {
	if m.root == nil {
		return m.keys
	}
	return m.order().keys
}

// Values returns the values in the order of Keys. The caller must not
// modify the slice.
func (m *Map) Values() []Term {
	if m.root == nil {
		return m.vals
	}
	return m.order().vals
}

// Range calls f for each pair in the order of Keys (maps:to_list's)
// until f returns false.
func (m *Map) Range(f func(k, v Term) bool) {
	keys, vals := m.Keys(), m.Values()
	for i := range keys {
		if !f(keys[i], vals[i]) {
			return
		}
	}
}

// RangeIter calls f for each pair in the order of maps:iterator,
// maps:next and maps:fold (and so of Elixir's Enum.reduce/3 on a map,
// Map.filter, Map.reject, Map.new/2 and io_lib's ~p) until f returns
// false. For maps of more than 32 keys it is the reverse of Range's
// order; smaller maps iterate in key order both ways.
func (m *Map) RangeIter(f func(k, v Term) bool) {
	keys, vals := m.Keys(), m.Values()
	if m.root == nil {
		for i := range keys {
			if !f(keys[i], vals[i]) {
				return
			}
		}
		return
	}
	for i := len(keys) - 1; i >= 0; i-- {
		if !f(keys[i], vals[i]) {
			return
		}
	}
}

// sortedPairs returns the keys and values in key order (KeyOrder). The
// caller must not modify the slices.
func (m *Map) sortedPairs() ([]Term, []Term) {
	if m.root == nil {
		return m.keys, m.vals
	}
	keys := make([]Term, 0, m.root.size)
	vals := make([]Term, 0, m.root.size)
	m.root.each(func(k, v Term) bool {
		keys = append(keys, k)
		vals = append(vals, v)
		return true
	})
	return keys, vals
}
