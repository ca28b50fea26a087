package term

import "sort"

// Map is an immutable Elixir map. Every update returns a new map and
// leaves the old one as it was. Keys are kept in Erlang's key order
// (KeyOrder), which is the order maps of up to 32 keys iterate and print in.
//
// The representation is a sorted slice of pairs; updates copy it.
type Map struct {
	keys []Term
	vals []Term
}

// Kind implements Term.
func (*Map) Kind() Kind { return KindMap }

// EmptyMap is %{}.
var EmptyMap = &Map{}

// NewMap builds a map from parallel slices of keys and values; a later
// duplicate key wins, as in %{a: 1, a: 2}.
func NewMap(keys, vals []Term) *Map {
	m := EmptyMap
	for i := range keys {
		m = m.Put(keys[i], vals[i])
	}
	return m
}

// Len returns the number of keys.
func (m *Map) Len() int { return len(m.keys) }

func (m *Map) find(k Term) (int, bool) {
	i := sort.Search(len(m.keys), func(i int) bool { return KeyOrder(m.keys[i], k) >= 0 })
	return i, i < len(m.keys) && KeyOrder(m.keys[i], k) == 0
}

// Get returns the value stored under k (matched with ===).
func (m *Map) Get(k Term) (Term, bool) {
	i, ok := m.find(k)
	if !ok {
		return nil, false
	}
	return m.vals[i], true
}

// Put returns a map with k bound to v.
func (m *Map) Put(k, v Term) *Map {
	i, ok := m.find(k)
	if ok {
		vals := make([]Term, len(m.vals))
		copy(vals, m.vals)
		vals[i] = v
		return &Map{keys: m.keys, vals: vals}
	}
	keys := make([]Term, len(m.keys)+1)
	vals := make([]Term, len(m.vals)+1)
	copy(keys, m.keys[:i])
	copy(vals, m.vals[:i])
	keys[i], vals[i] = k, v
	copy(keys[i+1:], m.keys[i:])
	copy(vals[i+1:], m.vals[i:])
	return &Map{keys: keys, vals: vals}
}

// Delete returns a map without k.
func (m *Map) Delete(k Term) *Map {
	i, ok := m.find(k)
	if !ok {
		return m
	}
	keys := make([]Term, 0, len(m.keys)-1)
	vals := make([]Term, 0, len(m.vals)-1)
	keys = append(append(keys, m.keys[:i]...), m.keys[i+1:]...)
	vals = append(append(vals, m.vals[:i]...), m.vals[i+1:]...)
	return &Map{keys: keys, vals: vals}
}

// Keys returns the keys in key order. The caller must not modify the slice.
func (m *Map) Keys() []Term { return m.keys }

// Values returns the values in key order. The caller must not modify the slice.
func (m *Map) Values() []Term { return m.vals }

// Range calls f for each pair in key order until f returns false.
func (m *Map) Range(f func(k, v Term) bool) {
	for i := range m.keys {
		if !f(m.keys[i], m.vals[i]) {
			return
		}
	}
}
