package stdlib

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/exlite/exlite/beam/term"
)

// Erlang's pretty printer (io_lib_pretty), as ~p and ~P use it: a term
// that does not fit on the rest of the line is broken over several lines,
// each element indented under its container's first element, short
// (atomic) elements filling lines, tagged tuples ({tag, ...}) indenting
// their other elements after the tag, and map values moved under their
// key when a pair does not fit. ~w and ~W write on one line with the same
// depth limits.
//
// A term is first measured into a tree of ppNodes (print_length), then
// laid out for a line length and a starting column.

type ppKind uint8

const (
	ppLeaf  ppKind = iota // written text that is never broken
	ppBin                 // a binary written as bytes, broken between bytes
	ppDots                // "..." where the depth limit cut a container
	ppList                // [...]
	ppTuple               // {...}
	ppMap                 // #{...}
	ppPair                // K => V inside a map
)

type ppNode struct {
	kind     ppKind
	text     string // ppLeaf, ppBin
	tagged   bool   // ppTuple: an atom first and more elements
	elems    []*ppNode
	tail     *ppNode // ppList: improper tail or dots; ppTuple, ppMap: dots
	key, val *ppNode // ppPair
	n        int     // length in characters on one line
}

var ppDotsNode = &ppNode{kind: ppDots, n: 3}

// atomic is io_lib_pretty's ATM: an element written as text.
func (e *ppNode) atomic() bool { return e.kind == ppLeaf }

func (e *ppNode) atomicPair() bool { return e.key.atomic() && e.val.atomic() }

// ppOptions are the printing choices: depth (-1 unlimited), whether
// printable lists and binaries print as strings (~p; not ~w or ~lp), and
// whether binaries may print as UTF-8 strings (~tp).
type ppOptions struct {
	depth   int
	strings bool
	unicode bool
	write   bool // io_lib:write (~w, ~W): binaries as bytes
	// m counts the work and memory of printing and the nesting depth;
	// never nil.
	m *ppMeter
}

func leaf(s string) *ppNode { return &ppNode{kind: ppLeaf, text: s, n: utf8.RuneCountInString(s)} }

// measure is print_length: the node tree of t at depth d. Terms nested
// deeper than maxErlPrintDepth measure as "...".
func measure(t term.Term, d int, o ppOptions) *ppNode {
	m := o.m
	if m.depth >= maxErlPrintDepth {
		return leaf("...")
	}
	m.depth++
	n := measureTerm(t, d, o)
	m.depth--
	if n.kind == ppLeaf || n.kind == ppBin {
		m.node(ppNodeBytes + len(n.text))
	} else {
		m.node(ppNodeBytes + 8*len(n.elems))
	}
	return n
}

func measureTerm(t term.Term, d int, o ppOptions) *ppNode {
	switch v := t.(type) {
	case term.EmptyList:
		return leaf("[]")
	case term.Atom:
		return leaf(erlAtom(v.Name()))
	case term.Tuple:
		if len(v) == 0 {
			return leaf("{}")
		}
		if d == 1 {
			return leaf("{...}")
		}
		n := &ppNode{kind: ppTuple}
		_, isAtom := v[0].(term.Atom)
		n.tagged = isAtom && len(v) > 1
		dd := d
		for _, x := range v {
			if dd == 1 {
				n.tail = ppDotsNode
				break
			}
			n.elems = append(n.elems, measure(x, dd-1, o))
			dd--
		}
		n.n = seqLength(n.elems, n.tail, 2)
		return n
	case *term.Map:
		if v.Len() == 0 {
			return leaf("#{}")
		}
		if d == 1 {
			return leaf("#{...}")
		}
		n := &ppNode{kind: ppMap}
		dd := d
		if o.write {
			// io_lib:write: the pairs after the first count down from
			// depth-1, and "..." ends them at 1 even when none is left
			dd = -1
		}
		// io_lib_pretty walks a map in :maps.iterator's order.
		v.RangeIter(func(k, val term.Term) bool {
			if dd == 1 {
				n.tail = ppDotsNode
				return false
			}
			kn, vn := measure(k, d-1, o), measure(val, d-1, o)
			n.elems = append(n.elems, &ppNode{kind: ppPair, key: kn, val: vn, n: kn.n + 4 + vn.n})
			if dd == -1 && o.write {
				dd = d - 1
			} else {
				dd--
			}
			return true
		})
		if o.write && dd == 1 && n.tail == nil {
			n.tail = ppDotsNode
		}
		n.n = seqLength(n.elems, n.tail, 3)
		return n
	case *term.Cons:
		if !o.write && o.strings && d != 1 {
			if items, proper := term.ListToSlice(v); proper && erlPrintableLatin1(items) {
				s, _ := charlistToString(items)
				return leaf(erlQuoteString(s))
			}
		}
		n := &ppNode{kind: ppList}
		var l term.Term = v
		dd := d
		for {
			c, ok := l.(*term.Cons)
			if !ok {
				break
			}
			if dd == 1 {
				n.tail = ppDotsNode
				l = term.Nil
				break
			}
			n.elems = append(n.elems, measure(c.Head, dd-1, o))
			dd--
			l = c.Tail
		}
		if _, ok := l.(term.EmptyList); !ok && n.tail == nil {
			if dd == 1 {
				n.tail = ppDotsNode
			} else {
				n.tail = measure(l, dd-1, o)
			}
		}
		n.n = seqLength(n.elems, n.tail, 2)
		return n
	case term.Binary:
		return measureBinary(string(v), d, o)
	}
	return leaf(erlangTermIn(o.m, t))
}

// seqLength is the one-line length of a container's elements, tail and
// brackets (overhead).
func seqLength(elems []*ppNode, tail *ppNode, overhead int) int {
	n := overhead
	for i, e := range elems {
		if i > 0 {
			n++
		}
		n += e.n
	}
	if tail != nil {
		if len(elems) > 0 {
			n++
		}
		n += tail.n
	}
	return n
}

func latin1Printable(c rune) bool {
	return (c >= 32 && c <= 126) || (c >= 0xA0 && c <= 0xFF) || (c >= 8 && c <= 13) || c == 27
}

// measureBinary is print_length for a binary: a string when its bytes
// (with ~tp its UTF-8 characters) are printable, else its bytes.
func measureBinary(s string, d int, o ppOptions) *ppNode {
	if s == "" {
		return leaf("<<>>")
	}
	if d == 1 {
		return leaf("<<...>>")
	}
	if !o.write && o.strings {
		d1 := d - 1
		limit := len(s)
		if d1 >= 0 {
			limit = min(4*d1, len(s))
		}
		if o.unicode && utf8.ValidString(s) {
			// characters within the printable range (latin-1 by default)
			count, ok, ascii := 0, true, true
			for _, r := range s {
				if count == limit {
					break
				}
				if !latin1Printable(r) {
					ok = false
					break
				}
				if r > 127 {
					ascii = false
				}
				count++
			}
			if ok && count == utf8.RuneCountInString(s) {
				if ascii {
					return leaf("<<" + erlQuoteString(s) + ">>")
				}
				return leaf("<<" + erlQuoteString(s) + "/utf8>>")
			}
		} else {
			bad := -1
			for i := 0; i < limit; i++ {
				if !latin1Printable(rune(s[i])) {
					bad = i
					break
				}
			}
			chars := func(b string) string {
				r := make([]rune, len(b))
				for i := 0; i < len(b); i++ {
					r[i] = rune(b[i])
				}
				return string(r)
			}
			switch {
			case bad < 0 && limit == len(s):
				return leaf("<<" + erlQuoteString(chars(s)) + ">>")
			case bad < 0 && limit > 0:
				return leaf("<<" + erlQuoteString(chars(s[:limit])) + "...>>")
			case bad >= 0 && d1 > 0 && bad >= d1:
				return leaf("<<" + erlQuoteString(chars(s[:bad])) + "...>>")
			}
		}
	}
	var sb strings.Builder
	sb.WriteString("<<")
	dd := d
	for i := 0; i < len(s); i++ {
		if i > 0 {
			sb.WriteByte(',')
		}
		if dd == 1 {
			sb.WriteString("...")
			break
		}
		sb.WriteString(strconv.Itoa(int(s[i])))
		dd--
	}
	sb.WriteString(">>")
	return &ppNode{kind: ppBin, text: sb.String(), n: sb.Len()}
}

// --- one-line writing ---

// write writes e on one line, counting the work and the output to m.
func (e *ppNode) write(sb *strings.Builder, m *ppMeter) {
	m.step(1)
	m.grown(sb.Len())
	switch e.kind {
	case ppLeaf, ppBin:
		sb.WriteString(e.text)
	case ppDots:
		sb.WriteString("...")
	case ppList:
		sb.WriteByte('[')
		writeSeq(sb, e.elems, e.tail, '|', m)
		sb.WriteByte(']')
	case ppTuple:
		sb.WriteByte('{')
		writeSeq(sb, e.elems, e.tail, ',', m)
		sb.WriteByte('}')
	case ppMap:
		sb.WriteString("#{")
		writeSeq(sb, e.elems, e.tail, ',', m)
		sb.WriteByte('}')
	case ppPair:
		e.key.write(sb, m)
		sb.WriteString(" => ")
		e.val.write(sb, m)
	}
}

// string is e written on one line.
func (e *ppNode) string(m *ppMeter) string {
	var sb strings.Builder
	m.seen = 0
	e.write(&sb, m)
	m.grown(sb.Len())
	return sb.String()
}

func writeSeq(sb *strings.Builder, elems []*ppNode, tail *ppNode, sep byte, m *ppMeter) {
	for i, x := range elems {
		if i > 0 {
			sb.WriteByte(',')
		}
		x.write(sb, m)
	}
	if tail != nil {
		if len(elems) > 0 {
			sb.WriteByte(sep)
		}
		tail.write(sb, m)
	}
}

// --- layout ---

// pretty lays terms out for line length ll; m is the whole term's length
// (io_lib_pretty's CHAR_MAX when no maximum is given).
type pretty struct {
	ll, m int
	tind  int // the indentation of a tagged tuple's elements (-1: after the tag)
	sb    strings.Builder
	meter *ppMeter
}

func spaces(n int) string { return strings.Repeat(" ", n) }

// fits is io_lib_pretty's test that e fits at col with ld closing
// characters after it and w characters already on the line.
func (p *pretty) fits(n, col, ld, w int) bool { return n < p.ll-col-ld && n+w+ld <= p.m }

// fitsTail is the test for one more element (with its comma) at col.
func (p *pretty) fitsTail(e *ppNode, col, ld, w int, atomic bool) bool {
	el := 1 + e.n
	if ld == 0 {
		return el+1 < p.ll-col && w+el+1 <= p.m && atomic
	}
	return el < p.ll-col-ld && w+el+ld <= p.m && atomic
}

func lastDepth(more bool, ld int) int {
	if more {
		return 0
	}
	return ld + 1
}

func (p *pretty) pp(e *ppNode, col int, ind string, ld, w int) {
	p.meter.step(1)
	p.meter.grown(p.sb.Len())
	if p.fits(e.n, col, ld, w) {
		e.write(&p.sb, p.meter)
		return
	}
	switch e.kind {
	case ppList:
		p.sb.WriteByte('[')
		p.list(e.elems, e.tail, col+1, " "+ind, ld, '|', w+1)
		p.sb.WriteByte(']')
	case ppTuple:
		p.sb.WriteByte('{')
		if e.tagged {
			p.tagTuple(e, col, ind, ld, w+1)
		} else {
			p.list(e.elems, e.tail, col+1, " "+ind, ld, ',', w+1)
		}
		p.sb.WriteByte('}')
	case ppMap:
		p.sb.WriteString("#{")
		p.mapPairs(e.elems, e.tail, col+2, "  "+ind, ld, w+1)
		p.sb.WriteByte('}')
	case ppBin:
		p.binary(e.text, col+2, "  "+ind, ld, w)
	default:
		e.write(&p.sb, p.meter)
	}
}

func (p *pretty) tagTuple(e *ppNode, col int, ind string, ld, w int) {
	tag, rest := e.elems[0], e.elems[1:]
	tagInd := tag.n + 2
	tcol := col + tagInd
	tag.write(&p.sb, p.meter)
	if p.tind > 0 && tagInd > p.tind {
		p.tail(rest, e.tail, col+p.tind, tcol, spaces(p.tind)+ind, ld, ',', w+tag.n)
		return
	}
	p.sb.WriteByte(',')
	p.list(rest, e.tail, tcol, spaces(tagInd)+ind, ld, ',', w+tag.n+1)
}

func (p *pretty) list(elems []*ppNode, tail *ppNode, col0 int, ind string, ld int, sep byte, w int) {
	if len(elems) == 0 {
		if tail != nil {
			p.sb.WriteString("...")
		}
		return
	}
	we := p.element(elems[0], col0, ind, lastDepth(len(elems) > 1, ld), w)
	p.tail(elems[1:], tail, col0, col0+we, ind, ld, sep, w+we)
}

func (p *pretty) tail(elems []*ppNode, tail *ppNode, col0, col int, ind string, ld int, sep byte, w int) {
	for len(elems) > 0 {
		e := elems[0]
		elems = elems[1:]
		ld1 := lastDepth(len(elems) > 0, ld)
		if p.fitsTail(e, col, ld1, w, e.atomic()) {
			p.sb.WriteByte(',')
			e.write(&p.sb, p.meter)
			col += 1 + e.n
			w += 1 + e.n
			continue
		}
		p.meter.grown(p.sb.Len() + len(ind))
		p.sb.WriteString(",\n" + ind)
		we := p.element(e, col0, ind, ld1, 0)
		col, w = col0+we, we
	}
	switch {
	case tail == nil:
	case tail.kind == ppDots:
		p.sb.WriteByte(sep)
		p.sb.WriteString("...")
	case tail.n+1 < p.ll-col-(ld+1) && tail.n+1+w+(ld+1) <= p.m && tail.atomic():
		p.sb.WriteByte(sep)
		tail.write(&p.sb, p.meter)
	default:
		p.sb.WriteByte(sep)
		p.sb.WriteString("\n" + ind)
		p.pp(tail, col0, ind, ld+1, 0)
	}
}

// element prints one element and returns its width (ll forces the next
// element onto a new line).
func (p *pretty) element(e *ppNode, col int, ind string, ld, w int) int {
	if p.fits(e.n, col, ld, w) && e.atomic() {
		e.write(&p.sb, p.meter)
		return e.n
	}
	p.pp(e, col, ind, ld, w)
	return p.ll
}

func (p *pretty) mapPairs(pairs []*ppNode, tail *ppNode, col int, ind string, ld, w int) {
	if len(pairs) == 0 {
		if tail != nil {
			p.sb.WriteString("...")
		}
		return
	}
	pw := p.pair(pairs[0], col, ind, lastDepth(len(pairs) > 1, ld), w)
	col0 := col
	col, w = col0+pw, pw
	pairs = pairs[1:]
	for len(pairs) > 0 {
		e := pairs[0]
		pairs = pairs[1:]
		ld1 := lastDepth(len(pairs) > 0, ld)
		if p.fitsTail(e, col, ld1, w, e.atomicPair()) {
			p.sb.WriteByte(',')
			e.write(&p.sb, p.meter)
			col += 1 + e.n
			w += 1 + e.n
			continue
		}
		p.meter.grown(p.sb.Len() + len(ind))
		p.sb.WriteString(",\n" + ind)
		pw := p.pair(e, col0, ind, ld1, 0)
		col, w = col0+pw, pw
	}
	if tail != nil {
		p.sb.WriteString(",...")
	}
}

func mapValueIndent(tind int) int {
	if tind > 0 {
		return tind
	}
	return 4
}

func (p *pretty) pair(e *ppNode, col int, ind string, ld, w int) int {
	if p.fits(e.n, col, ld, w) {
		e.write(&p.sb, p.meter)
		if e.atomicPair() {
			return e.n
		}
		return p.ll
	}
	i := mapValueIndent(p.tind)
	p.pp(e.key, col, ind, ld, w)
	p.sb.WriteString(" =>\n" + spaces(i) + ind)
	p.pp(e.val, col+i, spaces(i)+ind, ld, 0)
	return p.ll
}

// binary breaks a binary's bytes over lines.
func (p *pretty) binary(text string, col int, ind string, ld, w int) {
	n0 := max(8, min(p.ll-col, p.m-4-w)-ld)
	body := text[2 : len(text)-2]
	chunks := strings.Split(body, ",")
	p.sb.WriteString("<<")
	n := n0
	for i, c := range chunks {
		if i == len(chunks)-1 {
			if len(c) > n {
				p.sb.WriteString("\n" + ind)
			}
			p.sb.WriteString(c)
			break
		}
		l := len(c) + 1
		if n-l < 0 {
			p.sb.WriteString("\n" + ind + c + ",")
			n = n0 - l
		} else {
			p.sb.WriteString(c + ",")
			n -= l
		}
	}
	p.sb.WriteString(">>")
}

// noGood is thrown when an indentation choice does not fit.
type noGood struct{}

// cind checks that the layout with tagged-tuple indentation p.tind keeps
// within the line (io_lib_pretty's cind).
func (p *pretty) cind(e *ppNode, col, ld, w int) {
	p.meter.step(1)
	if p.fits(e.n, col, ld, w) {
		return
	}
	switch e.kind {
	case ppList:
		p.cindList(e.elems, e.tail, col+1, ld, w+1)
	case ppTuple:
		if e.tagged {
			p.cindTagTuple(e, col, ld, w+1)
		} else {
			p.cindList(e.elems, e.tail, col+1, ld, w+1)
		}
	case ppMap:
		p.cindMap(e.elems, col+2, ld, w+2)
	}
}

func (p *pretty) cindTagTuple(e *ppNode, col, ld, w int) {
	tag, rest := e.elems[0], e.elems[1:]
	tagInd := tag.n + 2
	tcol := col + tagInd
	switch {
	case p.tind > 0 && tagInd > p.tind:
		col1 := col + p.tind
		if p.m+col1 <= p.ll || col1 <= p.ll/2 {
			p.cindTail(rest, e.tail, col1, tcol, ld, w+tag.n)
			return
		}
		panic(noGood{})
	case p.m+tcol < p.ll || tcol < p.ll/2:
		p.cindList(rest, e.tail, tcol, ld, w+tag.n+1)
	default:
		panic(noGood{})
	}
}

func (p *pretty) cindMap(pairs []*ppNode, col, ld, w int) {
	if len(pairs) == 0 {
		return
	}
	pw := p.cindPair(pairs[0], col, lastDepth(len(pairs) > 1, ld), w)
	col0 := col
	col, w = col0+pw, w+pw
	pairs = pairs[1:]
	for len(pairs) > 0 {
		e := pairs[0]
		pairs = pairs[1:]
		ld1 := lastDepth(len(pairs) > 0, ld)
		if p.fitsTail(e, col, ld1, w, e.atomicPair()) {
			col += 1 + e.n
			w += 1 + e.n
			continue
		}
		pw := p.cindPair(e, col0, ld1, 0)
		col, w = col0+pw, pw
	}
}

func (p *pretty) cindPair(e *ppNode, col, ld, w int) int {
	if p.fits(e.n, col, ld, w) {
		if e.atomicPair() {
			return e.n
		}
		return p.ll
	}
	p.cind(e.key, col, ld, w)
	p.cind(e.val, col+mapValueIndent(p.tind), ld, 0)
	return p.ll
}

func (p *pretty) cindList(elems []*ppNode, tail *ppNode, col0, ld, w int) {
	if len(elems) == 0 {
		return
	}
	we := p.cindElement(elems[0], col0, lastDepth(len(elems) > 1, ld), w)
	p.cindTail(elems[1:], tail, col0, col0+we, ld, w+we)
}

func (p *pretty) cindTail(elems []*ppNode, tail *ppNode, col0, col, ld, w int) {
	for len(elems) > 0 {
		p.meter.step(1)
		e := elems[0]
		elems = elems[1:]
		ld1 := lastDepth(len(elems) > 0, ld)
		if p.fitsTail(e, col, ld1, w, e.atomic()) {
			col += 1 + e.n
			w += 1 + e.n
			continue
		}
		we := p.cindElement(e, col0, ld1, 0)
		col, w = col0+we, we
	}
	if tail == nil || tail.kind == ppDots {
		return
	}
	if tail.n+1 < p.ll-col-(ld+1) && tail.n+1+w+(ld+1) <= p.m && tail.atomic() {
		return
	}
	p.cind(tail, col, ld+1, 0)
}

func (p *pretty) cindElement(e *ppNode, col, ld, w int) int {
	if p.fits(e.n, col, ld, w) && e.atomic() {
		return e.n
	}
	p.cind(e, col, ld, w)
	return p.ll
}

// tryIndent reports whether the tagged-tuple indentation tind fits.
func (p *pretty) tryIndent(e *ppNode, col, tind int) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, is := r.(noGood); !is {
				panic(r)
			}
			ok = false
		}
	}()
	p.tind = tind
	p.cind(e, col, 0, 0)
	return true
}

// erlPretty is io_lib_pretty:print/2: t printed from column col (1-based)
// within line length ll.
func erlPretty(t term.Term, col, ll int, o ppOptions) string {
	if o.depth == 0 {
		return "..."
	}
	if col <= 0 {
		col = 1
	}
	switch t.(type) {
	case term.Tuple, *term.Cons, term.EmptyList, *term.Map, term.Binary:
	default:
		return measure(t, o.depth, o).string(o.m)
	}
	e := measure(t, o.depth, o)
	if ll == 0 || e.n < ll-col {
		return e.string(o.m)
	}
	o.m.seen = 0
	p := &pretty{ll: ll, m: e.n, meter: o.m}
	if !p.tryIndent(e, col, -1) && !p.tryIndent(e, col, 4) {
		p.tind = 1
	}
	p.pp(e, col, spaces(col-1), 0, 0)
	return p.sb.String()
}
