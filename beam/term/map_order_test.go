package term

import (
	"bufio"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"os"
	"strings"
	"testing"
)

// decodeETF decodes the subset of Erlang's external term format that
// testdata/gen_map_order.erl writes (no pids, refs or funs).
func decodeETF(t *testing.T, b []byte) Term {
	t.Helper()
	if len(b) == 0 || b[0] != 131 {
		t.Fatalf("not an external term")
	}
	d := &etfDecoder{b: b[1:]}
	v, err := d.term()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.b) != 0 {
		t.Fatalf("%d bytes left over", len(d.b))
	}
	return v
}

type etfDecoder struct{ b []byte }

func (d *etfDecoder) take(n int) []byte {
	p := d.b[:n]
	d.b = d.b[n:]
	return p
}

func (d *etfDecoder) u8() int       { return int(d.take(1)[0]) }
func (d *etfDecoder) u16() int      { return int(binary.BigEndian.Uint16(d.take(2))) }
func (d *etfDecoder) u32() int      { return int(binary.BigEndian.Uint32(d.take(4))) }
func (d *etfDecoder) i32() int      { return int(int32(binary.BigEndian.Uint32(d.take(4)))) }
func (d *etfDecoder) bytes() []byte { return d.take(d.u32()) }

func (d *etfDecoder) terms(n int) ([]Term, error) {
	out := make([]Term, n)
	for i := range out {
		v, err := d.term()
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func (d *etfDecoder) term() (Term, error) {
	switch tag := d.u8(); tag {
	case 97: // SMALL_INTEGER_EXT
		return Int(d.u8()), nil
	case 98: // INTEGER_EXT
		return Int(d.i32()), nil
	case 110, 111: // SMALL_BIG_EXT, LARGE_BIG_EXT
		n := d.u8()
		if tag == 111 {
			d.b = append([]byte{byte(n)}, d.b...)
			n = d.u32()
		}
		sign := d.u8()
		le := d.take(n)
		be := make([]byte, n)
		for i := range le {
			be[n-1-i] = le[i]
		}
		x := new(big.Int).SetBytes(be)
		if sign == 1 {
			x.Neg(x)
		}
		return MakeInt(x), nil
	case 70: // NEW_FLOAT_EXT
		return Float(math.Float64frombits(binary.BigEndian.Uint64(d.take(8)))), nil
	case 106: // NIL_EXT
		return Nil, nil
	case 107: // STRING_EXT
		s := d.take(d.u16())
		items := make([]Term, len(s))
		for i, c := range s {
			items[i] = Int(c)
		}
		return List(items...), nil
	case 108: // LIST_EXT
		items, err := d.terms(d.u32())
		if err != nil {
			return nil, err
		}
		tail, err := d.term()
		if err != nil {
			return nil, err
		}
		return ListWithTail(items, tail), nil
	case 104: // SMALL_TUPLE_EXT
		items, err := d.terms(d.u8())
		return Tuple(items), err
	case 118, 100: // ATOM_UTF8_EXT, ATOM_EXT (latin-1: ASCII here)
		return MakeAtom(string(d.take(d.u16()))), nil
	case 119: // SMALL_ATOM_UTF8_EXT
		return MakeAtom(string(d.take(d.u8()))), nil
	case 109: // BINARY_EXT
		return Binary(d.bytes()), nil
	case 77: // BIT_BINARY_EXT
		n := d.u32()
		bits := d.u8()
		data := d.take(n)
		if n == 0 {
			return &Bitstring{}, nil
		}
		return &Bitstring{Data: string(data), Bits: int64(n-1)*8 + int64(bits)}, nil
	case 116: // MAP_EXT
		n := d.u32()
		keys := make([]Term, n)
		vals := make([]Term, n)
		for i := 0; i < n; i++ {
			k, err := d.term()
			if err != nil {
				return nil, err
			}
			v, err := d.term()
			if err != nil {
				return nil, err
			}
			keys[i], vals[i] = k, v
		}
		return NewMap(keys, vals), nil
	default:
		return nil, fmt.Errorf("unsupported external term tag %d", tag)
	}
}

// orderCase is one map whose key order OTP 25 recorded.
type orderCase struct {
	name string
	keys []Term // in maps:keys order
}

func loadOrderCases(t *testing.T) []orderCase {
	t.Helper()
	f, err := os.Open("testdata/map_order_otp25.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []orderCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		name, hx, ok := strings.Cut(sc.Text(), " ")
		if !ok {
			t.Fatalf("bad line %q", sc.Text())
		}
		b, err := hex.DecodeString(hx)
		if err != nil {
			t.Fatal(err)
		}
		keys, ok := ListToSlice(decodeETF(t, b))
		if !ok {
			t.Fatalf("%s: not a list", name)
		}
		cases = append(cases, orderCase{name, keys})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// TestMapOrderMatchesOTP builds each recorded key set into a map, at
// once and one put at a time, and checks that Keys lists the keys in the
// order maps:keys did on OTP 25, and RangeIter in maps:fold's order.
func TestMapOrderMatchesOTP(t *testing.T) {
	cases := loadOrderCases(t)
	if len(cases) < 20 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := len(c.keys)
			vals := make([]Term, n)
			for i := range vals {
				vals[i] = Int(1)
			}
			// Built at once, and one put at a time from the last key.
			built := NewMap(c.keys, vals)
			put := EmptyMap
			for i := n - 1; i >= 0; i-- {
				put = put.Put(c.keys[i], Int(1))
			}
			for _, m := range []*Map{built, put} {
				if m.Len() != n {
					t.Fatalf("map has %d keys, want %d", m.Len(), n)
				}
				got := m.Keys()
				for i := range got {
					if !StrictEqual(got[i], c.keys[i]) {
						t.Fatalf("key %d of %d: got %s, want %s", i, n, debugTerm(got[i]), debugTerm(c.keys[i]))
					}
				}
				// maps:fold walks a hash trie the other way round,
				// a flat map (up to 32 keys) the same way.
				i := 0
				m.RangeIter(func(k, _ Term) bool {
					j := i
					if n > smallMapMax {
						j = n - 1 - i
					}
					if !StrictEqual(k, c.keys[j]) {
						t.Fatalf("RangeIter: key %s out of place", debugTerm(k))
					}
					i++
					return true
				})
				if i != n {
					t.Fatalf("RangeIter visited %d keys", i)
				}
			}
		})
	}
}

func debugTerm(t Term) string {
	switch v := t.(type) {
	case *BigInt:
		return v.V.String()
	case *Cons:
		items, _ := ListToSlice(v)
		return fmt.Sprintf("list%v", items)
	case *Map:
		return fmt.Sprintf("map(%d)", v.Len())
	}
	return fmt.Sprintf("%#v", t)
}

// benchmarkIterate measures the first iteration of a map of size keys:
// sorting its pairs into hash order (the cache is dropped every round).
func benchmarkIterate(b *testing.B, size int, key func(i int) Term) {
	keys := make([]Term, size)
	vals := make([]Term, size)
	for i := range keys {
		keys[i], vals[i] = key(i), Int(i)
	}
	m := NewMap(keys, vals)
	for b.Loop() {
		m.flat.Store(nil)
		if len(m.Keys()) != size {
			b.Fatal("wrong size")
		}
	}
}

func BenchmarkMapIterate1kInts(b *testing.B) {
	benchmarkIterate(b, 1000, func(i int) Term { return Int(i) })
}

func BenchmarkMapIterate1kStrings(b *testing.B) {
	benchmarkIterate(b, 1000, func(i int) Term { return Binary(fmt.Sprintf("word%d", i)) })
}

func BenchmarkMapIterate40Ints(b *testing.B) {
	benchmarkIterate(b, 40, func(i int) Term { return Int(i) })
}
