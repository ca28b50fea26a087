package term

import "slices"

// BuildMap builds a map from parallel slices of keys and values in
// O(n log n); as with NewMap, a later duplicate key wins. The slices are
// not retained.
func BuildMap(keys, vals []Term) *Map {
	n := len(keys)
	if n == 0 {
		return EmptyMap
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return KeyOrder(keys[a], keys[b]) })
	m := &Map{keys: make([]Term, 0, n), vals: make([]Term, 0, n)}
	for j, i := range idx {
		// Among equal keys the stable sort keeps input order: keep the last.
		if j+1 < n && KeyOrder(keys[i], keys[idx[j+1]]) == 0 {
			continue
		}
		m.keys = append(m.keys, keys[i])
		m.vals = append(m.vals, vals[i])
	}
	return m
}
