package term

import (
	"math"
	"math/big"
)

// This file computes the hash the BEAM (OTP 25, 64-bit) gives a map key:
// erts's internal term hash with salt 0. Maps of more than 32 keys are
// hash tries on the BEAM, and the order they iterate in follows these
// hashes (see hamtOrder in map_order.go), so a program that prints such
// a map sees it in an order decided by this function.
//
// The hash mixes in every term's machine representation, so it is
// reproducible only for terms whose representation a program fixes:
// integers, floats, binaries, bitstrings, lists, tuples and maps built
// of those. An atom is hashed by its index in the VM's atom table, which
// depends on which atoms the VM happened to create before it; atoms get a
// stable stand-in index here (atomIndex), right only for the few atoms
// whose index is fixed by the runtime itself. Pids, references and funs
// get stand-ins too.

// The constants of the hash: multiples of the golden ratio constant
// (hConst * n mod 2^32), one per kind of term, and the salt the hash
// starts from.
const (
	hConst    uint32 = 0x9e3779b9
	hConst4   uint32 = 0x78dde6e4
	hConst7   uint32 = 0x5384540f
	hConst8   uint32 = 0xf1bbcdc8
	hConst9   uint32 = 0x8ff34781
	hConst10  uint32 = 0x2e2ac13a
	hConst11  uint32 = 0xcc623af3
	hConst12  uint32 = 0x6a99b4ac
	hConst13  uint32 = 0x08d12e65
	hConst15  uint32 = 0x454021d7
	hConst16  uint32 = 0xe3779b90
	hConst17  uint32 = 0x81af1549
	hConst18  uint32 = 0x1fe68f02
	hConst20  uint32 = 0x5c558274
	hConst21  uint32 = 0xfa8cfc2d
	hConst22  uint32 = 0x98c475e6
	hashSalt0 uint32 = 3432918353
)

// Tags of the BEAM's immediate terms on a 64-bit machine.
const (
	tagSmall = 0xF  // small integer: value << 4 | 0xF
	tagAtom  = 0x0B // atom: index << 6 | 0x0B
	tagPid   = 0x3  // local pid: data << 4 | 0x3
	wordNil  = 0x3B // []
	// Small integers have 60 bits on a 64-bit BEAM.
	minSmall = -(1 << 59)
	maxSmall = 1<<59 - 1
)

// mix is Bob Jenkins' 96-bit mix, the one the BEAM's hashes use; it
// returns the mixed c.
func mix(a, b, c uint32) uint32 {
	_, _, c = mix3(a, b, c)
	return c
}

// termHasher carries the running hash through a term.
type termHasher struct{ h uint32 }

// pair mixes two 32-bit words into the hash with a kind constant.
func (s *termHasher) pair(x, y, k uint32) { s.h = mix(k+x, k+y, s.h) }

// word mixes a 64-bit machine word (an immediate term) into the hash.
func (s *termHasher) word(w uint64) { s.pair(uint32(w), uint32(w>>32), hConst) }

// constant mixes in a constant lightly (the marks around a cons cell).
func (s *termHasher) constant(k uint32) {
	s.h ^= k
	s.h = s.h<<17 | s.h>>15
}

// MapKeyHash returns the hash OTP 25 gives k as a map key (erts's
// internal hash with salt 0): the first 32 bits that place k in a large
// map's hash trie.
func MapKeyHash(k Term) uint32 { return saltedHash(k, 0) }

func saltedHash(k Term, salt uint32) uint32 {
	s := termHasher{h: salt ^ hashSalt0}
	s.term(k)
	return s.h
}

func (s *termHasher) term(t Term) {
	switch v := t.(type) {
	case Int:
		if v >= minSmall && v <= maxSmall {
			s.word(uint64(v)<<4 | tagSmall)
			return
		}
		mag, con := uint64(v), hConst11
		if v < 0 {
			mag, con = -mag, hConst10
		}
		s.pair(uint32(mag), uint32(mag>>32), con)
	case *BigInt:
		s.bigInt(v.V)
	case Float:
		f := float64(v)
		if f == 0 {
			f = 0 // -0.0 hashes as 0.0
		}
		b := math.Float64bits(f)
		s.pair(uint32(b), uint32(b>>32), hConst12)
	case Atom:
		s.word(atomIndex(v)<<6 | tagAtom)
	case Binary:
		if len(v) == 0 {
			s.h += hConst13
			return
		}
		s.h = blockHash(string(v), hConst13+s.h)
	case *Bitstring:
		whole := int(v.Bits / 8)
		rest := uint32(v.Bits % 8)
		s.h = blockHash(v.Data[:whole], hConst13+s.h)
		if rest > 0 {
			s.pair(rest, uint32(v.Data[whole])>>(8-rest), hConst15)
		}
	case EmptyList:
		s.word(wordNil)
	case *Cons:
		s.list(v)
	case Tuple:
		s.pair(uint32(len(v)), 0, hConst9)
		for _, e := range v {
			s.term(e)
		}
	case *Map:
		s.mapTerm(v)
	case Pid:
		s.word(v.ID<<4 | tagPid)
	case Ref:
		s.pair(uint32(v.ID), 0, hConst7)
		s.pair(uint32(v.ID>>32), 0, hConst8)
	case *Fun:
		s.pair(0, uint32(atomIndex(v.Module)<<6|tagAtom), hConst20)
		s.pair(v.Index, v.Uniq, hConst21)
	}
}

// bigInt hashes an integer outside the small range: its magnitude's
// 64-bit digits, least significant first, with the sign's constant.
func (s *termHasher) bigInt(x *big.Int) {
	con := hConst11
	if x.Sign() < 0 {
		con = hConst10
	}
	var mag big.Int
	mag.Abs(x)
	bs := mag.Bytes() // big-endian
	for end := len(bs); end > 0; end -= 8 {
		var d uint64
		for i := max(0, end-8); i < end; i++ {
			d = d<<8 | uint64(bs[i])
		}
		s.pair(uint32(d), uint32(d>>32), con)
	}
}

// list hashes a list as the BEAM walks it: runs of bytes (integers
// 0..255) packed four to a word, any other element between two marks.
func (s *termHasher) list(c *Cons) {
	var t Term = c
	for {
		cell, ok := t.(*Cons)
		if !ok {
			s.term(t)
			return
		}
		n, sh := uint32(0), uint32(0)
		for {
			b, isByte := cell.Head.(Int)
			if !isByte || b < 0 || b > 255 {
				break
			}
			sh = sh<<8 + uint32(b)
			if n == 3 {
				s.pair(sh, 0, hConst4)
				n, sh = 0, 0
			} else {
				n++
			}
			t = cell.Tail
			next, more := t.(*Cons)
			if !more {
				break
			}
			cell = next
		}
		if n > 0 {
			s.pair(sh, n, hConst22)
		}
		if _, stopped := t.(*Cons); !stopped {
			// The bytes ran to the list's end: hash its tail ([] or
			// an improper tail).
			s.term(t)
			return
		}
		// cell's head is not a byte.
		s.constant(hConst17)
		s.term(cell.Head)
		t = cell.Tail
		if _, more := t.(*Cons); !more {
			s.constant(hConst18)
			s.term(t)
			return
		}
	}
}

// mapTerm hashes a map used inside a key. A map of up to 32 keys is
// hashed as its size and then each key and value in key order. A larger
// one is hashed as the BEAM walks its hash trie's nodes (hashTrieNode).
func (s *termHasher) mapTerm(m *Map) {
	s.pair(uint32(m.Len()), 0, hConst16)
	if m.Len() == 0 {
		return
	}
	if m.root == nil {
		for i := range m.keys {
			s.term(m.keys[i])
			s.term(m.vals[i])
		}
		return
	}
	o := m.order()
	hashes := make([]uint32, len(o.keys))
	for i, k := range o.keys {
		hashes[i] = MapKeyHash(k)
	}
	s.trieNode(o.keys, o.vals, hashes, 0, true)
}

// blockHash is Jenkins' lookup2 hash of a byte string, as erts's
// block_hash computes it, starting from initval.
func blockHash(p string, initval uint32) uint32 {
	a, b, c := hConst, hConst, initval
	n := len(p)
	for len(p) >= 12 {
		a += le32(p[0:4])
		b += le32(p[4:8])
		c += le32(p[8:12])
		a, b, c = mix3(a, b, c)
		p = p[12:]
	}
	c += uint32(n)
	// The last bytes: c's lowest byte is taken by the length.
	switch len(p) {
	case 11:
		c += uint32(p[10]) << 24
		fallthrough
	case 10:
		c += uint32(p[9]) << 16
		fallthrough
	case 9:
		c += uint32(p[8]) << 8
		fallthrough
	case 8:
		b += uint32(p[7]) << 24
		fallthrough
	case 7:
		b += uint32(p[6]) << 16
		fallthrough
	case 6:
		b += uint32(p[5]) << 8
		fallthrough
	case 5:
		b += uint32(p[4])
		fallthrough
	case 4:
		a += uint32(p[3]) << 24
		fallthrough
	case 3:
		a += uint32(p[2]) << 16
		fallthrough
	case 2:
		a += uint32(p[1]) << 8
		fallthrough
	case 1:
		a += uint32(p[0])
	}
	return mix(a, b, c)
}

func le32(p string) uint32 {
	return uint32(p[0]) | uint32(p[1])<<8 | uint32(p[2])<<16 | uint32(p[3])<<24
}

// mix3 is Jenkins' mix of three words.
func mix3(a, b, c uint32) (uint32, uint32, uint32) {
	a -= b
	a -= c
	a ^= c >> 13
	b -= c
	b -= a
	b ^= a << 8
	c -= a
	c -= b
	c ^= b >> 13
	a -= b
	a -= c
	a ^= c >> 12
	b -= c
	b -= a
	b ^= a << 16
	c -= a
	c -= b
	c ^= b >> 5
	a -= b
	a -= c
	a ^= c >> 3
	b -= c
	b -= a
	b ^= a << 10
	c -= a
	c -= b
	c ^= b >> 15
	return a, b, c
}

// atomIndex returns the atom-table index a's hash is computed from: the
// BEAM's own for atoms whose index the runtime fixes (knownAtomIndex),
// else a stand-in derived from the name, beyond the indices a real VM
// reaches at boot.
func atomIndex(a Atom) uint64 {
	if a.e == nil {
		return 0
	}
	return a.e.index
}

// standInAtomIndex computes the index atomIndex reports for a new atom.
func standInAtomIndex(name string) uint64 {
	if i, ok := knownAtomIndex[name]; ok {
		return i
	}
	return 1<<20 + uint64(blockHash(name, 0)&0xfffff)
}

// knownAtomIndex holds the atom-table indices of atoms that an OTP 25 VM
// (erts 13.1.5) creates while it boots, before any Elixir code runs, so
// that every program sees them at the same index. They were found by
// placing each atom among sets of integer keys on that VM and searching
// for the index that reproduces its places (testdata's atoms cases check
// them). :ok is missing: no index reproduced its places.
var knownAtomIndex = map[string]uint64{
	"false":     0,
	"true":      1,
	"infinity":  6,
	"error":     12,
	"undefined": 14,
	"all":       33,
	"id":        319,
	"name":      423,
	"type":      681,
	"value":     704,
	"nil":       1739,
}
