package term

// Walk calls f for each pair of m, in no particular order (the order in
// which m stores them), until f returns false. It is for code that needs
// every pair but not Elixir's iteration order (sizing a term for the
// memory limit): unlike Range, it neither sorts a large map's pairs nor
// caches that order on the map.
func (m *Map) Walk(f func(k, v Term) bool) {
	if m.root == nil {
		for i := range m.keys {
			if !f(m.keys[i], m.vals[i]) {
				return
			}
		}
		return
	}
	m.root.each(f)
}
