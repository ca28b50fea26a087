package interp

import (
	"encoding/binary"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/parser/ast"
)

// segSpec is the type of one <<>> segment: value::type-size(n)-unit(u).
type segSpec struct {
	typ    string // integer, float, binary, bits, utf8, utf16, utf32
	size   expr   // nil: the type's default
	unit   int64
	signed bool
	little bool
}

// segment splits a <<>> argument into its value and its spec.
func (c *compiler) segment(n ast.Node, s *scope, pattern bool, pc *patCtx) (ast.Node, *segSpec) {
	spec := &segSpec{typ: "integer", unit: 0}
	if call, ok := n.(*ast.Call); ok {
		if name, _ := call.CallName(); name == "::" && len(call.Args) == 2 {
			c.parseSpec(call.Args[1], spec, s, pattern, pc)
			n = call.Args[0]
		}
	}
	if spec.typ == "integer" && spec.size == nil {
		if l, ok := n.(*ast.Lit); ok {
			switch l.Value.(type) {
			case term.Binary:
				spec.typ = "binary"
			case term.Float:
				spec.typ = "float"
			}
		}
	}
	if spec.unit == 0 {
		switch spec.typ {
		case "binary":
			spec.unit = 8
		default:
			spec.unit = 1
		}
	}
	return n, spec
}

func (c *compiler) parseSpec(n ast.Node, spec *segSpec, s *scope, pattern bool, pc *patCtx) {
	sizeExpr := func(a ast.Node) expr {
		if pattern {
			if v, ok := a.(*ast.Var); ok {
				if slot, ok := pc.bound[varKey(v)]; ok {
					return func(p *proc, fr []term.Term) term.Term { return fr[slot] }
				}
			}
			return c.valueInPattern(a, pc)
		}
		return c.expr(a, s, false)
	}
	switch x := n.(type) {
	case *ast.Lit:
		if i, ok := x.Value.(term.Int); ok {
			spec.size = constant(i)
			return
		}
	case *ast.Var:
		c.specWord(x.Name, spec, x.Pos)
		return
	case *ast.Call:
		name, _ := x.CallName()
		switch name {
		case "-":
			if len(x.Args) == 2 {
				c.parseSpec(x.Args[0], spec, s, pattern, pc)
				c.parseSpec(x.Args[1], spec, s, pattern, pc)
				return
			}
		case "size":
			if len(x.Args) == 1 {
				spec.size = sizeExpr(x.Args[0])
				return
			}
		case "unit":
			if len(x.Args) == 1 {
				if l, ok := x.Args[0].(*ast.Lit); ok {
					if i, ok := l.Value.(term.Int); ok {
						spec.unit = int64(i)
						return
					}
				}
			}
		case "*":
			if len(x.Args) == 2 {
				spec.size = sizeExpr(x.Args[0])
				if l, ok := x.Args[1].(*ast.Lit); ok {
					if i, ok := l.Value.(term.Int); ok {
						spec.unit = int64(i)
					}
				}
				return
			}
		default:
			if len(x.Args) == 0 {
				c.specWord(name, spec, x.Pos)
				return
			}
		}
	}
	c.errorf(n.Position(), "unknown bitstring specifier: %s", rt.Inspect(nil, ast.Quote(n, false)))
}

func (c *compiler) specWord(w string, spec *segSpec, pos ast.Pos) {
	switch w {
	case "integer", "float", "utf8", "utf16", "utf32":
		spec.typ = w
	case "binary", "bytes":
		spec.typ = "binary"
	case "bits", "bitstring":
		spec.typ = "bits"
	case "signed":
		spec.signed = true
	case "unsigned":
		spec.signed = false
	case "little":
		spec.little = true
	case "big", "native":
		spec.little = false
	default:
		c.errorf(pos, "unknown bitstring specifier: %s", w)
	}
}

// bitWriter accumulates a bitstring.
type bitWriter struct {
	buf  []byte
	bits int64
}

func (w *bitWriter) writeBits(v uint64, n int64) {
	for i := n - 1; i >= 0; i-- {
		bit := (v >> uint(i)) & 1
		if w.bits%8 == 0 {
			w.buf = append(w.buf, 0)
		}
		if bit != 0 {
			w.buf[len(w.buf)-1] |= 1 << uint(7-w.bits%8)
		}
		w.bits++
	}
}

func (w *bitWriter) writeBytes(s string) {
	if w.bits%8 == 0 {
		w.buf = append(w.buf, s...)
		w.bits += int64(len(s)) * 8
		return
	}
	for i := 0; i < len(s); i++ {
		w.writeBits(uint64(s[i]), 8)
	}
}

func (w *bitWriter) writeBitstring(data string, n int64) {
	full := n / 8
	w.writeBytes(data[:full])
	if rem := n % 8; rem > 0 {
		w.writeBits(uint64(data[full])>>uint(8-rem), rem)
	}
}

func (w *bitWriter) result() term.Term {
	if w.bits%8 == 0 {
		return term.Binary(w.buf)
	}
	return &term.Bitstring{Data: string(w.buf), Bits: w.bits}
}

// bitsOf returns the data and bit length of a bitstring term.
func bitsOf(t term.Term) (string, int64, bool) {
	switch v := t.(type) {
	case term.Binary:
		return string(v), int64(len(v)) * 8, true
	case *term.Bitstring:
		return v.Data, v.Bits, true
	}
	return "", 0, false
}

// binaryExpr compiles <<...>> construction.
func (c *compiler) binaryExpr(n *ast.Call, s *scope) expr {
	type seg struct {
		e    expr
		spec *segSpec
		str  bool // an interpolated to_string(x)::binary or literal string
	}
	var segs []seg
	allStrings := true
	for _, a := range n.Args {
		v, spec := c.segment(a, s, false, nil)
		if lit, ok := v.(*ast.Lit); ok && strings.HasPrefix(spec.typ, "utf") {
			if str, ok := lit.Value.(term.Binary); ok {
				// "é"::utf16: a literal string's characters, each encoded
				for _, r := range string(str) {
					segs = append(segs, seg{constant(term.Int(r)), spec, false})
				}
				allStrings = false
				continue
			}
		}
		e := c.expr(v, s, false)
		isStr := spec.typ == "binary" && spec.size == nil
		if !isStr {
			allStrings = false
		}
		segs = append(segs, seg{e, spec, isStr})
	}
	ln := n.Pos.Line
	if allStrings {
		if len(segs) == 1 {
			e := segs[0].e
			return func(p *proc, fr []term.Term) term.Term {
				v := e(p, fr)
				if b, ok := v.(term.Binary); ok {
					return b
				}
				p.setLine(ln)
				rt.ArgumentError("construction of binary failed: segment 1 of type 'binary': expected a binary but got: " + rt.Inspect(p, v))
				return nil
			}
		}
		return func(p *proc, fr []term.Term) term.Term {
			var b strings.Builder
			for i, sg := range segs {
				v := sg.e(p, fr)
				bs, ok := v.(term.Binary)
				if !ok {
					if _, _, isBits := bitsOf(v); isBits {
						var w bitWriter
						w.writeBytes(b.String())
						for _, rest := range segs[i:] {
							p.writeSegment(&w, rest.e(p, fr), rest.spec, fr, ln)
						}
						return w.result()
					}
					p.setLine(ln)
					rt.ArgumentError("construction of binary failed: segment " + itoa(i+1) + " of type 'binary': expected a binary but got: " + rt.Inspect(p, v))
				}
				b.WriteString(string(bs))
			}
			p.count(binBytes + int64(b.Len()))
			return term.Binary(b.String())
		}
	}
	return func(p *proc, fr []term.Term) term.Term {
		var w bitWriter
		for _, sg := range segs {
			p.writeSegment(&w, sg.e(p, fr), sg.spec, fr, ln)
		}
		p.count(binBytes + int64(len(w.buf)))
		return w.result()
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func (p *proc) writeSegment(w *bitWriter, v term.Term, spec *segSpec, fr []term.Term, ln int32) {
	bad := func(what string) {
		p.setLine(ln)
		rt.ArgumentError("construction of binary failed: segment of type '" + spec.typ + "': expected " + what + " but got: " + rt.Inspect(p, v))
	}
	size := int64(-1)
	if spec.size != nil {
		sz, ok := spec.size(p, fr).(term.Int)
		if !ok || sz < 0 {
			bad("a valid size")
		}
		size = int64(sz) * spec.unit
		if size >= 1<<23 {
			// A large segment is refused by size before it is written.
			rt.CheckAlloc(p, size/8)
		}
	}
	switch spec.typ {
	case "integer":
		if size < 0 {
			size = 8
		}
		var u uint64
		switch x := v.(type) {
		case term.Int:
			u = uint64(int64(x))
		case *term.BigInt:
			u = x.V.Uint64()
			if x.V.Sign() < 0 {
				u = uint64(x.V.Int64())
			}
		case term.Float:
			u = uint64(int64(x))
		default:
			bad("an integer")
		}
		if spec.little && size%8 == 0 {
			for i := int64(0); i < size/8; i++ {
				w.writeBits((u>>(8*uint(i)))&0xff, 8)
			}
			return
		}
		if size > 64 {
			w.writeBits(0, size-64)
			size = 64
		}
		w.writeBits(u, size)
	case "float":
		if size < 0 {
			size = 64
		}
		f, ok := rt.ToFloat(v)
		if !ok {
			bad("a float")
		}
		var bs []byte
		if size == 32 {
			bs = make([]byte, 4)
			if spec.little {
				binary.LittleEndian.PutUint32(bs, math.Float32bits(float32(f)))
			} else {
				binary.BigEndian.PutUint32(bs, math.Float32bits(float32(f)))
			}
		} else {
			bs = make([]byte, 8)
			if spec.little {
				binary.LittleEndian.PutUint64(bs, math.Float64bits(f))
			} else {
				binary.BigEndian.PutUint64(bs, math.Float64bits(f))
			}
		}
		w.writeBytes(string(bs))
	case "binary", "bits":
		data, n, ok := bitsOf(v)
		if !ok || (spec.typ == "binary" && size < 0 && n%8 != 0) {
			bad("a binary")
		}
		if size >= 0 {
			if size > n {
				bad("a binary of at least the given size")
			}
			n = size
		}
		w.writeBitstring(data, n)
	case "utf8", "utf16", "utf32":
		cp, ok := v.(term.Int)
		if !ok || cp < 0 || cp > 0x10FFFF {
			bad("a valid codepoint")
		}
		switch spec.typ {
		case "utf8":
			w.writeBytes(string(rune(cp)))
		case "utf16":
			if cp >= 0x10000 {
				c := cp - 0x10000
				w.writeBits(uint64(0xD800+(c>>10)), 16)
				w.writeBits(uint64(0xDC00+(c&0x3FF)), 16)
			} else {
				w.writeBits(uint64(cp), 16)
			}
		default:
			w.writeBits(uint64(cp), 32)
		}
	}
}

// bitReader reads a bitstring during matching.
type bitReader struct {
	data string
	bits int64
	pos  int64
}

func (r *bitReader) readBits(n int64) (uint64, bool) {
	if n > 64 || r.pos+n > r.bits {
		return 0, false
	}
	if r.pos%8 == 0 && n%8 == 0 {
		var u uint64
		for i := int64(0); i < n/8; i++ {
			u = u<<8 | uint64(r.data[r.pos/8+i])
		}
		r.pos += n
		return u, true
	}
	var u uint64
	for i := int64(0); i < n; i++ {
		b := r.data[r.pos/8]
		bit := (b >> uint(7-r.pos%8)) & 1
		u = u<<1 | uint64(bit)
		r.pos++
	}
	return u, true
}

// sub returns n bits from the current position as a term.
func (r *bitReader) sub(n int64) (term.Term, bool) {
	if r.pos+n > r.bits {
		return nil, false
	}
	if r.pos%8 == 0 {
		start := r.pos / 8
		end := (r.pos + n + 7) / 8
		r.pos += n
		if n%8 == 0 {
			return term.Binary(r.data[start:end]), true
		}
		b := []byte(r.data[start:end])
		b[len(b)-1] &= byte(0xff << uint(8-n%8))
		return &term.Bitstring{Data: string(b), Bits: n}, true
	}
	var w bitWriter
	for i := int64(0); i < n; i++ {
		u, _ := r.readBits(1)
		w.writeBits(u, 1)
	}
	return w.result(), true
}

// binSeg is one compiled segment of a binary pattern.
type binSeg struct {
	m    matcher
	spec *segSpec
	lit  string // literal string segment
	isLt bool
}

// binaryPattern compiles <<...>> in a match.
func (c *compiler) binaryPattern(n *ast.Call, pc *patCtx) matcher {
	segs := c.binSegs(n.Args, pc)
	return func(p *proc, fr []term.Term, t term.Term) bool {
		data, bits, ok := bitsOf(t)
		if !ok {
			return false
		}
		r := &bitReader{data: data, bits: bits}
		return p.matchSegs(r, segs, fr, true)
	}
}

func (c *compiler) binSegs(args []ast.Node, pc *patCtx) []binSeg {
	var segs []binSeg
	for _, a := range args {
		v, spec := c.segment(a, pc.s, true, pc)
		if s, ok := c.constString(v); ok && (spec.typ == "binary" || spec.typ == "integer") {
			segs = append(segs, binSeg{lit: s, isLt: true, spec: spec})
			continue
		}
		if s, ok := c.constString(v); ok && strings.HasPrefix(spec.typ, "utf") {
			// "é"::utf8 matches the string's characters, each encoded
			for _, r := range s {
				segs = append(segs, binSeg{m: litMatcher(term.Int(r)), spec: spec})
			}
			continue
		}
		segs = append(segs, binSeg{m: c.pattern(v, pc), spec: spec})
	}
	return segs
}

// matchSegs matches segments against r; whole requires consuming all bits.
func (p *proc) matchSegs(r *bitReader, segs []binSeg, fr []term.Term, whole bool) bool {
	for i, sg := range segs {
		if sg.isLt {
			n := int64(len(sg.lit)) * 8
			v, ok := r.sub(n)
			if !ok || v != term.Binary(sg.lit) {
				return false
			}
			continue
		}
		spec := sg.spec
		size := int64(-1)
		if spec.size != nil {
			sz, ok := spec.size(p, fr).(term.Int)
			if !ok || sz < 0 {
				return false
			}
			size = int64(sz) * spec.unit
		}
		var v term.Term
		switch spec.typ {
		case "integer":
			if size < 0 {
				size = 8
			}
			var u uint64
			var ok bool
			if spec.little && size%8 == 0 {
				for k := int64(0); k < size/8; k++ {
					b, ok2 := r.readBits(8)
					if !ok2 {
						return false
					}
					u |= b << (8 * uint(k))
				}
				ok = true
			} else {
				u, ok = r.readBits(size)
			}
			if !ok {
				return false
			}
			if spec.signed && size > 0 && size < 64 && u&(1<<uint(size-1)) != 0 {
				v = term.Int(int64(u) - int64(1)<<uint(size))
			} else if size == 64 && !spec.signed && u > math.MaxInt64 {
				v = rt.Add(term.Int(int64(u>>1)), rt.Add(term.Int(int64(u>>1)), term.Int(int64(u&1))))
			} else {
				v = term.Int(int64(u))
			}
		case "float":
			if size < 0 {
				size = 64
			}
			u, ok := r.readBits(size)
			if !ok {
				return false
			}
			var bs [8]byte
			switch size {
			case 64:
				binary.BigEndian.PutUint64(bs[:], u)
				if spec.little {
					u = binary.LittleEndian.Uint64(bs[:])
				}
				v = term.Float(math.Float64frombits(u))
			case 32:
				u32 := uint32(u)
				if spec.little {
					binary.BigEndian.PutUint32(bs[:4], u32)
					u32 = binary.LittleEndian.Uint32(bs[:4])
				}
				v = term.Float(math.Float32frombits(u32))
			default:
				return false
			}
		case "binary", "bits":
			if size < 0 {
				if i != len(segs)-1 {
					return false
				}
				size = r.bits - r.pos
				if spec.typ == "binary" && size%8 != 0 {
					return false
				}
			}
			var ok bool
			v, ok = r.sub(size)
			if !ok {
				return false
			}
		case "utf8":
			if r.pos%8 != 0 || r.pos >= r.bits {
				return false
			}
			rest := r.data[r.pos/8 : r.bits/8]
			cp, n := utf8.DecodeRuneInString(rest)
			if cp == utf8.RuneError && n <= 1 {
				return false
			}
			r.pos += int64(n) * 8
			v = term.Int(cp)
		case "utf16":
			u, ok := r.readBits(16)
			if !ok {
				return false
			}
			if u >= 0xD800 && u < 0xDC00 {
				lo, ok := r.readBits(16)
				if !ok {
					return false
				}
				u = 0x10000 + (u-0xD800)<<10 + (lo - 0xDC00)
			}
			v = term.Int(u)
		case "utf32":
			u, ok := r.readBits(32)
			if !ok {
				return false
			}
			v = term.Int(u)
		}
		if !sg.m(p, fr, v) {
			return false
		}
	}
	return !whole || r.pos == r.bits
}
