package beam

import (
	"math/bits"
	"unsafe"

	"github.com/exlite/exlite/beam/term"
)

// Term sizes for the memory limit. A term is counted in the bytes Go
// holds for it beyond the interface slot that refers to it: an integer,
// float, atom, pid or reference costs nothing more; a list cell 32 bytes
// plus its head; a tuple 24 plus 16 per element; a map 48 per pair; a
// binary 16 plus its bytes; a big integer 32 plus its words; a closure 64
// plus its captured values. A term reachable twice is counted once.
const (
	consBytes   = 32
	tupleBytes  = 24
	slotBytes   = 16
	pairBytes   = 48
	binBytes    = 16
	bigBytes    = 32
	funBytes    = 64
	bitstrBytes = 32
	// smallBinary is the size below which a binary is counted each time
	// it is reached (sharing of small binaries is not looked for).
	smallBinary = 64
	// flatNodes is how many nodes TermBytes walks without looking for
	// sharing before it starts again with a Sizer.
	flatNodes = 256
)

// TermBytes is the memory t holds for the memory limit (see Sizer).
// Senders call it on their own goroutine, whose stack may be the 2 KB a
// new process starts with: an atom or integer costs no call, and the
// walk's frames are small.
func TermBytes(t term.Term) int64 {
	if _, ok := t.(term.Tuple); ok {
		// Most messages are small tuples: {:ping, self()}, GenServer's
		// {:"$gen_call", {pid, [:alias | ref]}, :bump}.
		if n, left := smallBytes(t, smallNodes); left >= 0 {
			return n
		}
	} else if Immediate(t) {
		return 0
	}
	return termBytes(t)
}

// smallNodes is how many nodes smallBytes walks at most.
const smallNodes = 16

// smallBytes is the size of t when it is a small tree of tuples and list
// cells around atoms, numbers, pids, references and binaries, with the
// nodes left of budget; left is negative when t is anything else or has
// more nodes (TermBytes then walks it with flatBytes). It is flatBytes
// for the common message, without its bookkeeping: an immediate element
// of a tuple, or head or tail of a list cell, costs no call.
func smallBytes(t term.Term, budget int) (n int64, left int) {
	if budget--; budget < 0 {
		return 0, -1
	}
	switch v := t.(type) {
	case term.Tuple:
		if budget -= len(v); budget < 0 {
			return 0, -1
		}
		n = tupleBytes + slotBytes*int64(len(v))
		for _, e := range v {
			if Immediate(e) {
				continue
			}
			var m int64
			if m, budget = smallBytes(e, budget+1); budget < 0 {
				return 0, -1
			}
			n += m
		}
		return n, budget
	case *term.Cons:
		for {
			n += consBytes
			if !Immediate(v.Head) {
				var m int64
				if m, budget = smallBytes(v.Head, budget); budget < 0 {
					return 0, -1
				}
				n += m
			}
			if Immediate(v.Tail) {
				return n, budget
			}
			next, ok := v.Tail.(*term.Cons)
			if !ok {
				m, budget := smallBytes(v.Tail, budget)
				return n + m, budget
			}
			if budget--; budget < 0 {
				return 0, -1
			}
			v = next
		}
	case term.Atom, term.Int, term.Pid, term.Ref, term.EmptyList, term.Float:
		return 0, budget
	case term.Binary:
		return binBytes + int64(len(v)), budget
	}
	return 0, -1
}

// Immediate reports whether t is a term that holds no memory beyond its
// slot (TermBytes is 0 without a walk): an atom, integer, pid, reference
// or [].
func Immediate(t term.Term) bool {
	// Asked in turn, the commonest first: a switch would look the type
	// up in a table.
	if _, ok := t.(term.Atom); ok {
		return true
	}
	if _, ok := t.(term.Pid); ok {
		return true
	}
	if _, ok := t.(term.Int); ok {
		return true
	}
	if _, ok := t.(term.Ref); ok {
		return true
	}
	_, ok := t.(term.EmptyList)
	return ok
}

// immediateElem is Immediate asked first whether t is an integer, the
// commonest element of a long list or map.
func immediateElem(t term.Term) bool {
	if _, ok := t.(term.Int); ok {
		return true
	}
	return Immediate(t)
}

func termBytes(t term.Term) int64 {
	// Most terms are small: walk them without the bookkeeping of sharing.
	budget := flatNodes
	if n, ok := flatBytes(t, &budget); ok {
		return n
	}
	var s Sizer
	s.Add(t)
	return s.Bytes
}

// flatBytes is the size of t counted as a tree, or false once it has seen
// more than *budget nodes.
func flatBytes(t term.Term, budget *int) (int64, bool) {
	var n int64
	for {
		*budget--
		if *budget < 0 {
			return 0, false
		}
		switch v := t.(type) {
		case *term.Cons:
			h, ok := flatBytes(v.Head, budget)
			if !ok {
				return 0, false
			}
			n += consBytes + h
			t = v.Tail
			continue
		case term.Tuple:
			n += tupleBytes + slotBytes*int64(len(v))
			for _, e := range v {
				m, ok := flatBytes(e, budget)
				if !ok {
					return 0, false
				}
				n += m
			}
		case *term.Map:
			m, ok := flatMapBytes(v, budget)
			if !ok {
				return 0, false
			}
			n += m
		case *term.Fun:
			if env, ok := v.Env.([]term.Term); ok && len(env) > 0 {
				return 0, false // closures are rare in messages: count them with a Sizer
			}
			n += funBytes
		default:
			n += leafBytes(t)
		}
		return n, true
	}
}

// flatMapBytes is flatBytes of a map (apart, to keep flatBytes's frame
// small).
func flatMapBytes(v *term.Map, budget *int) (int64, bool) {
	if v.Len() > *budget {
		return 0, false
	}
	ok := true
	n := pairBytes * int64(v.Len())
	v.Walk(func(k, x term.Term) bool {
		a, ok1 := flatBytes(k, budget)
		b, ok2 := flatBytes(x, budget)
		ok = ok1 && ok2
		n += a + b
		return ok
	})
	return n, ok
}

// leafBytes is the size of a term that refers to no other term.
func leafBytes(t term.Term) int64 {
	switch v := t.(type) {
	case term.Binary:
		return binBytes + int64(len(v))
	case *term.BigInt:
		return bigBytes + 8*int64(len(v.V.Bits()))
	case *term.Bitstring:
		return bitstrBytes + int64(len(v.Data))
	}
	return 0
}

// Sizer adds up the memory of terms for the memory limit, counting a term
// reachable more than once (a list shared by two tuples, a binary held
// by two variables) once. Its zero value is ready to use.
type Sizer struct {
	// Bytes is the total so far.
	Bytes int64
	// Max stops the walk once Bytes passes it (0: no bound): the caller
	// wants to know whether a limit is passed, not by how much.
	Max int64
	// seen holds the addresses of the boxed terms already counted (list
	// heads, tuples, maps, closures, big binaries). They are kept as
	// uintptr so that the set neither keeps what it counted alive after
	// the count nor is scanned by the garbage collector; an address is
	// only compared during one count (Reset starts each), while the
	// terms counted are reachable from what is being counted.
	seen ptrSet
}

// Add counts t (what of it was not counted yet).
func (s *Sizer) Add(t term.Term) {
	for t != nil && (s.Max <= 0 || s.Bytes <= s.Max) {
		switch v := t.(type) {
		case *term.Cons:
			// Every cell is looked up (a shared tail is counted once) but
			// only the first cell of a list and every 64th are
			// remembered: a set of every cell would cost more than the
			// list, and a list reached after one that shares its tail is
			// counted at most 64 cells too long. addCells walks the cells
			// after the first.
			if s.counted(unsafe.Pointer(v)) {
				return
			}
			s.remember(unsafe.Pointer(v))
			if t = s.addCells(v); t == nil {
				return
			}
			continue
		case term.Tuple:
			if len(v) == 0 || s.seenBefore(unsafe.Pointer(unsafe.SliceData(v))) {
				return
			}
			s.Bytes += tupleBytes + slotBytes*int64(len(v))
			for _, e := range v[:len(v)-1] {
				if !immediateElem(e) {
					s.Add(e)
				}
			}
			t = v[len(v)-1]
			continue
		case *term.Map:
			if s.seenBefore(unsafe.Pointer(v)) {
				return
			}
			s.Bytes += pairBytes * int64(v.Len())
			v.Walk(func(k, x term.Term) bool {
				if !immediateElem(k) {
					s.Add(k)
				}
				if !immediateElem(x) {
					s.Add(x)
				}
				return s.Max <= 0 || s.Bytes <= s.Max
			})
		case *term.Fun:
			if s.seenBefore(unsafe.Pointer(v)) {
				return
			}
			s.Bytes += funBytes
			if env, ok := v.Env.([]term.Term); ok {
				s.Bytes += slotBytes * int64(len(env))
				for _, e := range env {
					s.Add(e)
				}
			}
		case term.Binary:
			if len(v) >= smallBinary && s.seenBefore(unsafe.Pointer(unsafe.StringData(string(v)))) {
				return
			}
			s.Bytes += leafBytes(v)
		case *term.BigInt, *term.Bitstring:
			if s.seenBefore(pointerOf(v)) {
				return
			}
			s.Bytes += leafBytes(v)
		}
		return
	}
}

// addCells counts the cells of the list from v on (v's own lookup done),
// and returns the tail after its last cell, or nil when the walk stopped
// at a cell counted already or at Max. It is the loop of a measure: the
// bytes counted and the set's filter are kept in locals between the
// cells that need the Sizer (an element that is not immediate, a cell
// to remember).
func (s *Sizer) addCells(v *term.Cons) term.Term {
	filter := s.seen.filter
	var n int64 // cells counted, not yet in s.Bytes
	for i := 1; ; i++ {
		n++
		if !immediateElem(v.Head) {
			s.Bytes += n * consBytes
			n = 0
			s.Add(v.Head)
			filter = s.seen.filter
		}
		next, ok := v.Tail.(*term.Cons)
		if !ok {
			s.Bytes += n * consBytes
			return v.Tail
		}
		p := uintptr(unsafe.Pointer(next))
		h := ptrHash(p)
		if filterMayHave(filter, h) && s.seen.probe(p, h) {
			s.Bytes += n * consBytes
			return nil
		}
		if i%64 == 0 {
			s.Bytes += n * consBytes
			n = 0
			if s.Max > 0 && s.Bytes > s.Max {
				return nil
			}
			s.remember(unsafe.Pointer(next))
			filter = s.seen.filter
		}
		v = next
	}
}

// Reset empties s for a new count, keeping its memory.
func (s *Sizer) Reset() {
	s.Bytes = 0
	s.seen.reset()
}

// AddAll counts each of ts.
func (s *Sizer) AddAll(ts []term.Term) {
	for _, t := range ts {
		s.Add(t)
	}
}

// counted reports whether the boxed term at ptr was counted already.
func (s *Sizer) counted(ptr unsafe.Pointer) bool { return s.seen.has(uintptr(ptr)) }

// remember records the boxed term at ptr as counted.
func (s *Sizer) remember(ptr unsafe.Pointer) { s.seen.add(uintptr(ptr)) }

// seenBefore reports whether ptr was counted, and records it.
func (s *Sizer) seenBefore(ptr unsafe.Pointer) bool {
	if s.counted(ptr) {
		return true
	}
	s.remember(ptr)
	return false
}

// pointerOf is the pointer inside a boxed term.
func pointerOf(t term.Term) unsafe.Pointer {
	switch v := t.(type) {
	case *term.BigInt:
		return unsafe.Pointer(v)
	case *term.Bitstring:
		return unsafe.Pointer(v)
	}
	return nil
}

// ptrSet is a set of addresses (Sizer.seen): open addressing with linear
// probing in a power-of-two table at most half full, so that a lookup
// costs a multiplication and a load or two, against a Go map's hashing
// and groups. Most lookups miss (a walk looks every list cell up, and
// remembers one in 64). Once the table outgrows the processor's nearer
// caches (filterFrom slots), a filter of filterBits bits, one set for
// each address added, answers most misses from 32 KB that stay in cache
// (with 16,000 addresses, one lookup in 16 finds its bit set by another
// address and probes the table). Address 0 is never added. Its zero
// value is an empty set.
type ptrSet struct {
	slots []uintptr
	shift uint // 64 - log2(len(slots))
	n     int
	// filter, once the table has filterFrom slots, has the bit
	// filterBit(h) set for the hash h of each address added.
	filter *[filterBits / 64]uint64
}

const (
	// filterBits is the size of the filter: the top filterLog bits of
	// an address's hash choose its bit.
	filterLog  = 18
	filterBits = 1 << filterLog
	// filterFrom is the table size from which the set keeps a filter.
	filterFrom = 4096
)

// filterBit is the bit of hash h in its word of a filter (the word is
// h>>(64-filterLog+6)).
func filterBit(h uint64) uint64 { return 1 << (h >> (64 - filterLog) & 63) }

// filterMayHave reports whether an address of hash h may be in a set
// with filter f: f is nil or has h's bit set. Inlined in the walk of a
// list, which keeps the filter in a local.
func filterMayHave(f *[filterBits / 64]uint64, h uint64) bool {
	return f == nil || f[h>>(64-filterLog+6)]&filterBit(h) != 0
}

// ptrHash is the hash of an address (Fibonacci hashing): its top bits
// choose the slot where the search for it starts, and its filter bit.
func ptrHash(p uintptr) uint64 { return uint64(p) * 0x9E3779B97F4A7C15 }

// mayHave reports whether an address of hash h may have been added: it
// has no filter, or the address's bit in it is set. It is small enough
// to be inlined in the walk of a list, where most lookups end with it.
func (s *ptrSet) mayHave(h uint64) bool {
	return filterMayHave(s.filter, h)
}

// has reports whether p was added.
func (s *ptrSet) has(p uintptr) bool {
	h := ptrHash(p)
	return s.mayHave(h) && s.probe(p, h)
}

// probe looks for p, of hash h, in the table.
func (s *ptrSet) probe(p uintptr, h uint64) bool {
	if s.n == 0 {
		return false
	}
	mask := uintptr(len(s.slots) - 1)
	for i := uintptr(h >> s.shift); ; i = (i + 1) & mask {
		switch s.slots[i] {
		case p:
			return true
		case 0:
			return false
		}
	}
}

func (s *ptrSet) add(p uintptr) {
	if 2*(s.n+1) > len(s.slots) {
		s.grow()
	}
	h := ptrHash(p)
	mask := uintptr(len(s.slots) - 1)
	for i := uintptr(h >> s.shift); ; i = (i + 1) & mask {
		switch s.slots[i] {
		case p:
			return
		case 0:
			s.slots[i] = p
			s.n++
			if f := s.filter; f != nil {
				f[h>>(64-filterLog+6)] |= filterBit(h)
			}
			return
		}
	}
}

// grow doubles the table (64 slots at first) and adds the addresses
// again, with a filter from filterFrom slots.
func (s *ptrSet) grow() {
	old := s.slots
	size := max(64, 2*len(old))
	s.slots = make([]uintptr, size)
	s.shift = uint(64 - bits.TrailingZeros(uint(size)))
	if size >= filterFrom && s.filter == nil {
		s.filter = new([filterBits / 64]uint64)
	}
	s.n = 0
	for _, p := range old {
		if p != 0 {
			s.add(p)
		}
	}
}

// reset empties the set; a large table is not kept between counts (the
// filter is).
func (s *ptrSet) reset() {
	if s.n == 0 {
		return
	}
	if f := s.filter; f != nil {
		clear(f[:])
	}
	if len(s.slots) > 8192 {
		*s = ptrSet{filter: s.filter}
		return
	}
	clear(s.slots)
	s.n = 0
}
