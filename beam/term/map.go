package term

import (
	"sort"
	"sync/atomic"
)

// Map is an immutable Elixir map. Every update returns a new map and
// leaves the old one as it was. Keys are kept in Erlang's key order
// (KeyOrder), which is the order maps of up to 32 keys iterate and print
// in. Larger maps iterate in the order of the BEAM's hash trie, computed
// on their first iteration (map_order.go).
//
// Maps of up to smallMapMax keys are sorted slices of keys and values,
// copied on update; larger maps are persistent weight-balanced trees
// (as Haskell's Data.Map), so Get, Put and Delete take O(log n) and an
// update copies only the path to the changed key.
type Map struct {
	// keys and vals hold a small map's pairs in key order.
	keys []Term
	vals []Term
	// root holds a large map's pairs; nil for small maps.
	root *mapNode
	// flat caches a large map's pairs in iteration order, sorted on
	// the first iteration (map_order.go).
	flat atomic.Pointer[mapOrder]
}

// smallMapMax is the largest map stored as sorted slices (the size at
// which the BEAM switches from flat maps to hash tries).
const smallMapMax = 32

type mapNode struct {
	k, v        Term
	size        int
	left, right *mapNode
}

// Kind implements Term.
func (*Map) Kind() Kind { return KindMap }

// EmptyMap is %{}.
var EmptyMap = &Map{}

// NewMap builds a map from parallel slices of keys and values; a later
// duplicate key wins, as in %{a: 1, a: 2}.
func NewMap(keys, vals []Term) *Map {
	if len(keys) <= smallMapMax {
		m := EmptyMap
		for i := range keys {
			m = m.Put(keys[i], vals[i])
		}
		return m
	}
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return KeyOrder(keys[idx[a]], keys[idx[b]]) < 0 })
	ks := make([]Term, 0, len(keys))
	vs := make([]Term, 0, len(keys))
	for _, i := range idx {
		if n := len(ks); n > 0 && KeyOrder(ks[n-1], keys[i]) == 0 {
			// Equal keys stay in input order: the later one wins.
			ks[n-1], vs[n-1] = keys[i], vals[i]
			continue
		}
		ks = append(ks, keys[i])
		vs = append(vs, vals[i])
	}
	return fromSorted(ks, vs)
}

// fromSorted builds a map from pairs already in key order without
// duplicates; it takes ownership of the slices.
func fromSorted(keys, vals []Term) *Map {
	if len(keys) <= smallMapMax {
		return &Map{keys: keys, vals: vals}
	}
	return &Map{root: buildTree(keys, vals)}
}

func buildTree(keys, vals []Term) *mapNode {
	if len(keys) == 0 {
		return nil
	}
	mid := len(keys) / 2
	return &mapNode{k: keys[mid], v: vals[mid], size: len(keys),
		left: buildTree(keys[:mid], vals[:mid]), right: buildTree(keys[mid+1:], vals[mid+1:])}
}

// Len returns the number of keys.
func (m *Map) Len() int {
	if m.root != nil {
		return m.root.size
	}
	return len(m.keys)
}

func (m *Map) find(k Term) (int, bool) {
	i := sort.Search(len(m.keys), func(i int) bool { return KeyOrder(m.keys[i], k) >= 0 })
	return i, i < len(m.keys) && KeyOrder(m.keys[i], k) == 0
}

// Get returns the value stored under k (matched with ===).
func (m *Map) Get(k Term) (Term, bool) {
	if m.root == nil {
		i, ok := m.find(k)
		if !ok {
			return nil, false
		}
		return m.vals[i], true
	}
	n := m.root
	for n != nil {
		switch c := KeyOrder(k, n.k); {
		case c < 0:
			n = n.left
		case c > 0:
			n = n.right
		default:
			return n.v, true
		}
	}
	return nil, false
}

// Put returns a map with k bound to v.
func (m *Map) Put(k, v Term) *Map {
	if m.root != nil {
		return &Map{root: treeInsert(m.root, k, v)}
	}
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
	return fromSorted(keys, vals)
}

// Delete returns a map without k.
func (m *Map) Delete(k Term) *Map {
	if m.root != nil {
		if _, ok := m.Get(k); !ok {
			return m
		}
		root := treeDelete(m.root, k)
		if root.size <= smallMapMax {
			keys := make([]Term, 0, root.size)
			vals := make([]Term, 0, root.size)
			root.each(func(k, v Term) bool {
				keys = append(keys, k)
				vals = append(vals, v)
				return true
			})
			return &Map{keys: keys, vals: vals}
		}
		return &Map{root: root}
	}
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

// each visits the tree in order until f returns false; it reports
// whether the walk went to the end.
func (n *mapNode) each(f func(k, v Term) bool) bool {
	for n != nil {
		if !n.left.each(f) || !f(n.k, n.v) {
			return false
		}
		n = n.right
	}
	return true
}

func nodeSize(n *mapNode) int {
	if n == nil {
		return 0
	}
	return n.size
}

func mkNode(k, v Term, l, r *mapNode) *mapNode {
	return &mapNode{k: k, v: v, size: nodeSize(l) + nodeSize(r) + 1, left: l, right: r}
}

// The balance parameters of Adams' weight-balanced trees as Data.Map
// uses them.
const (
	wbDelta = 3
	wbRatio = 2
)

// balance rebuilds a node whose subtrees went out of balance by at most
// one insertion or deletion.
func balance(k, v Term, l, r *mapNode) *mapNode {
	sl, sr := nodeSize(l), nodeSize(r)
	switch {
	case sl+sr <= 1:
		return mkNode(k, v, l, r)
	case sr > wbDelta*sl:
		if nodeSize(r.left) < wbRatio*nodeSize(r.right) {
			return mkNode(r.k, r.v, mkNode(k, v, l, r.left), r.right)
		}
		rl := r.left
		return mkNode(rl.k, rl.v, mkNode(k, v, l, rl.left), mkNode(r.k, r.v, rl.right, r.right))
	case sl > wbDelta*sr:
		if nodeSize(l.right) < wbRatio*nodeSize(l.left) {
			return mkNode(l.k, l.v, l.left, mkNode(k, v, l.right, r))
		}
		lr := l.right
		return mkNode(lr.k, lr.v, mkNode(l.k, l.v, l.left, lr.left), mkNode(k, v, lr.right, r))
	}
	return mkNode(k, v, l, r)
}

func treeInsert(n *mapNode, k, v Term) *mapNode {
	if n == nil {
		return &mapNode{k: k, v: v, size: 1}
	}
	switch c := KeyOrder(k, n.k); {
	case c < 0:
		return balance(n.k, n.v, treeInsert(n.left, k, v), n.right)
	case c > 0:
		return balance(n.k, n.v, n.left, treeInsert(n.right, k, v))
	}
	return &mapNode{k: k, v: v, size: n.size, left: n.left, right: n.right}
}

// treeDelete removes k, which must be present.
func treeDelete(n *mapNode, k Term) *mapNode {
	switch c := KeyOrder(k, n.k); {
	case c < 0:
		return balance(n.k, n.v, treeDelete(n.left, k), n.right)
	case c > 0:
		return balance(n.k, n.v, n.left, treeDelete(n.right, k))
	}
	return glueTrees(n.left, n.right)
}

// glueTrees joins two balanced trees whose keys are all in order.
func glueTrees(l, r *mapNode) *mapNode {
	switch {
	case l == nil:
		return r
	case r == nil:
		return l
	case l.size > r.size:
		k, v, rest := deleteMax(l)
		return balance(k, v, rest, r)
	}
	k, v, rest := deleteMin(r)
	return balance(k, v, l, rest)
}

func deleteMin(n *mapNode) (Term, Term, *mapNode) {
	if n.left == nil {
		return n.k, n.v, n.right
	}
	k, v, l := deleteMin(n.left)
	return k, v, balance(n.k, n.v, l, n.right)
}

func deleteMax(n *mapNode) (Term, Term, *mapNode) {
	if n.right == nil {
		return n.k, n.v, n.left
	}
	k, v, r := deleteMax(n.right)
	return k, v, balance(n.k, n.v, n.left, r)
}
