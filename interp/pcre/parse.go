package pcre

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type nodeKind uint8

const (
	nEmpty   nodeKind = iota
	nChar             // c, caseless in fold
	nSet              // set
	nAny              // any one character
	nConcat           // subs in order
	nAlt              // subs, first preferred
	nRepeat           // subs[0] min..max times (max < 0: no bound)
	nGroup            // subs[0]; cap > 0 for a capturing group
	nAssert           // assert
	nLook             // lookaround on subs[0]
	nAtomic           // subs[0] without backtracking into it
	nBackref          // ref (or refName until resolved)
	nKeep             // \K
	nCond             // subs[0] if group ref is set (or look succeeds), else subs[1]
)

type assertKind uint8

const (
	aStart     assertKind = iota // \A, ^ without multiline
	aLineStart                   // ^ with multiline
	aEnd                         // \z
	aEndNL                       // \Z, $ without multiline
	aLineEnd                     // $ with multiline
	aWord                        // \b
	aNotWord                     // \B
	aG                           // \G
)

// escapeAsserts are the assertions a backslash and one letter name.
var escapeAsserts = map[byte]assertKind{
	'A': aStart, 'z': aEnd, 'Z': aEndNL, 'b': aWord, 'B': aNotWord, 'G': aG,
}

type node struct {
	kind       nodeKind
	c          rune
	fold       bool
	set        *charSet
	subs       []*node
	min, max   int
	greedy     bool
	possessive bool
	cap        int
	assert     assertKind
	neg        bool
	behind     bool
	ref        int
	refName    string
	look       *node // nCond: the assertion deciding the branch, if any
	pos        int   // where errors found when compiling are reported
}

// pflags are the options that inline settings change.
type pflags struct {
	caseless, multiline, dotall, extended, ungreedy, dupnames bool
}

type parser struct {
	src      string
	pos      int
	flags    Flags
	f        pflags
	utf, ucp bool
	ncap     int
	names    map[string]int
	capNames []string
	refs     []*node // backreferences to check when the pattern is read
	// classQuote is set between \Q and \E inside a class
	classQuote bool
	depth      int
}

func (p *parser) errAt(msg string, at int) *Error { return &Error{Msg: msg, Offset: at} }

// unsupported reports a PCRE feature exlite does not implement.
func (p *parser) unsupported(what string, at int) *Error {
	return &Error{Msg: "exlite does not support " + what, Offset: at}
}

func (p *parser) parse() (*node, *Error) {
	p.f = pflags{caseless: p.flags.Caseless, multiline: p.flags.Multiline, dotall: p.flags.Dotall,
		extended: p.flags.Extended, ungreedy: p.flags.Ungreedy}
	p.names = map[string]int{}
	p.capNames = []string{""}
	p.ncap = 1
	n, err := p.alternation()
	if err != nil {
		return nil, err
	}
	if p.pos < len(p.src) { // a ')' with no '('
		return nil, p.errAt("unmatched parentheses", p.pos)
	}
	for _, r := range p.refs {
		if r.refName != "" {
			g, ok := p.names[r.refName]
			if !ok {
				return nil, p.errAt("reference to non-existent subpattern", r.pos)
			}
			r.ref = g
		} else if r.ref >= p.ncap {
			if r.kind == nCond {
				return nil, p.errAt("reference to non-existent subpattern", r.pos)
			}
			return nil, p.errAt("reference to non-existent subpattern", len(p.src))
		}
	}
	return n, nil
}

func (p *parser) more() bool { return p.pos < len(p.src) }

// skipExtended skips whitespace and # comments in extended mode.
func (p *parser) skipExtended() {
	if !p.f.extended {
		return
	}
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			p.pos++
		case c == '#':
			for p.pos < len(p.src) && p.src[p.pos] != '\n' {
				p.pos++
			}
		default:
			return
		}
	}
}

func (p *parser) alternation() (*node, *Error) {
	var alts []*node
	for {
		n, err := p.concat()
		if err != nil {
			return nil, err
		}
		alts = append(alts, n)
		if p.more() && p.src[p.pos] == '|' {
			p.pos++
			continue
		}
		break
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return &node{kind: nAlt, subs: alts}, nil
}

func (p *parser) concat() (*node, *Error) {
	var items []*node
	for {
		p.skipExtended()
		if !p.more() {
			break
		}
		c := p.src[p.pos]
		if c == '|' || c == ')' {
			break
		}
		if c == '*' || c == '+' || c == '?' || (c == '{' && p.isQuantifier(p.pos)) {
			return nil, p.errAt("nothing to repeat", p.pos)
		}
		atoms, err := p.atom()
		if err != nil {
			return nil, err
		}
		if len(atoms) == 0 {
			continue
		}
		last := atoms[len(atoms)-1]
		p.skipExtended()
		q, err := p.quantifier(last)
		if err != nil {
			return nil, err
		}
		atoms[len(atoms)-1] = q
		items = append(items, atoms...)
	}
	switch len(items) {
	case 0:
		return &node{kind: nEmpty}, nil
	case 1:
		return items[0], nil
	}
	return &node{kind: nConcat, subs: items}, nil
}

// isQuantifier reports whether a { at i starts {n}, {n,} or {n,m}.
func (p *parser) isQuantifier(i int) bool {
	j := i + 1
	d := j
	for j < len(p.src) && p.src[j] >= '0' && p.src[j] <= '9' {
		j++
	}
	if j == d {
		return false
	}
	if j < len(p.src) && p.src[j] == '}' {
		return true
	}
	if j >= len(p.src) || p.src[j] != ',' {
		return false
	}
	j++
	for j < len(p.src) && p.src[j] >= '0' && p.src[j] <= '9' {
		j++
	}
	return j < len(p.src) && p.src[j] == '}'
}

func (p *parser) quantifier(atom *node) (*node, *Error) {
	if !p.more() {
		return atom, nil
	}
	min, max := 0, 0
	switch c := p.src[p.pos]; {
	case c == '*':
		min, max = 0, -1
		p.pos++
	case c == '+':
		min, max = 1, -1
		p.pos++
	case c == '?':
		min, max = 0, 1
		p.pos++
	case c == '{' && p.isQuantifier(p.pos):
		j := p.pos + 1
		k := j
		for p.src[k] >= '0' && p.src[k] <= '9' {
			k++
		}
		var err *Error
		if min, err = p.quantNumber(p.src[j:k], k); err != nil {
			return nil, err
		}
		max = min
		if p.src[k] == ',' {
			k++
			l := k
			for p.src[k] >= '0' && p.src[k] <= '9' {
				k++
			}
			if k == l {
				max = -1
			} else if max, err = p.quantNumber(p.src[l:k], k); err != nil {
				return nil, err
			}
		}
		if max >= 0 && max < min {
			return nil, p.errAt("numbers out of order in {} quantifier", k)
		}
		p.pos = k + 1
	default:
		return atom, nil
	}
	n := &node{kind: nRepeat, subs: []*node{atom}, min: min, max: max, greedy: !p.f.ungreedy}
	if p.more() {
		switch p.src[p.pos] {
		case '?':
			n.greedy = !n.greedy
			p.pos++
		case '+':
			n.possessive = true
			n.greedy = true
			p.pos++
		}
	}
	switch atom.kind {
	case nAssert, nKeep:
		return nil, p.errAt("nothing to repeat", p.pos-1)
	case nLook:
		// PCRE repeats an assertion at most once
		if min == 0 {
			return &node{kind: nEmpty}, nil
		}
		return atom, nil
	}
	p.skipExtended()
	if p.more() {
		if c := p.src[p.pos]; c == '*' || c == '+' || c == '?' || (c == '{' && p.isQuantifier(p.pos)) {
			return nil, p.errAt("nothing to repeat", p.pos)
		}
	}
	return n, nil
}

func (p *parser) quantNumber(digits string, end int) (int, *Error) {
	n, err := strconv.Atoi(digits)
	if err != nil || n > 65535 {
		return 0, p.errAt("number too big in {} quantifier", end)
	}
	return n, nil
}

// char makes the node of one literal character.
func (p *parser) char(r rune) *node {
	n := &node{kind: nChar, c: r}
	if p.f.caseless && foldNext(r, p.utf) != r {
		n.fold = true
	}
	return n
}

// nextChar reads one literal character of the pattern: a rune in UTF
// mode, a byte otherwise.
func (p *parser) nextChar() rune {
	if p.utf {
		r, size := utf8.DecodeRuneInString(p.src[p.pos:])
		p.pos += size
		return r
	}
	c := p.src[p.pos]
	p.pos++
	return rune(c)
}

func (p *parser) dot(dotall bool) *node {
	if dotall {
		return &node{kind: nAny}
	}
	return &node{kind: nSet, set: p.newlineSet(true)}
}

// newlineSet is the set of newline characters (negated: all but them).
func (p *parser) newlineSet(neg bool) *charSet {
	if p.flags.AnyCRLF {
		return rangeSet(p.utf, neg, rng('\n', '\n'), rng('\r', '\r'))
	}
	return rangeSet(p.utf, neg, rng('\n', '\n'))
}

// atom reads one item; it returns several nodes for \Q...\E, whose last
// character alone a quantifier repeats, and none for what only changes
// options or is a comment.
func (p *parser) atom() ([]*node, *Error) {
	start := p.pos
	c := p.src[p.pos]
	switch c {
	case '(':
		n, err := p.group()
		if err != nil || n == nil {
			return nil, err
		}
		return []*node{n}, nil
	case '[':
		if p.pos+1 < len(p.src) && strings.IndexByte(":.=", p.src[p.pos+1]) >= 0 && p.posixEnd(p.pos) > 0 {
			return nil, p.errAt("POSIX named classes are supported only within a class", p.pos)
		}
		set, err := p.class()
		if err != nil {
			return nil, err
		}
		return []*node{{kind: nSet, set: set}}, nil
	case '.':
		p.pos++
		return []*node{p.dot(p.f.dotall)}, nil
	case '^':
		p.pos++
		if p.f.multiline {
			return []*node{{kind: nAssert, assert: aLineStart}}, nil
		}
		return []*node{{kind: nAssert, assert: aStart}}, nil
	case '$':
		p.pos++
		switch {
		case p.f.multiline:
			return []*node{{kind: nAssert, assert: aLineEnd}}, nil
		case p.flags.DollarEndOnly:
			return []*node{{kind: nAssert, assert: aEnd}}, nil
		}
		return []*node{{kind: nAssert, assert: aEndNL}}, nil
	case '\\':
		return p.escape()
	}
	_ = start
	return []*node{p.char(p.nextChar())}, nil
}

// escape reads a backslash sequence outside a class.
func (p *parser) escape() ([]*node, *Error) {
	at := p.pos
	p.pos++
	if !p.more() {
		return nil, p.errAt("\\ at end of pattern", p.pos)
	}
	c := p.src[p.pos]
	switch c {
	case 'Q':
		p.pos++
		var out []*node
		for p.more() {
			if strings.HasPrefix(p.src[p.pos:], "\\E") {
				p.pos += 2
				break
			}
			out = append(out, p.char(p.nextChar()))
		}
		return out, nil
	case 'E':
		p.pos++
		return nil, nil
	case 'A', 'z', 'Z', 'b', 'B', 'G':
		p.pos++
		return []*node{{kind: nAssert, assert: escapeAsserts[c]}}, nil
	case 'K':
		p.pos++
		return []*node{{kind: nKeep}}, nil
	case 'N':
		if p.pos+1 < len(p.src) && p.src[p.pos+1] == '{' {
			return nil, p.errAt("PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u", p.pos)
		}
		p.pos++
		return []*node{p.dot(false)}, nil
	case 'R':
		p.pos++
		crlf := &node{kind: nConcat, subs: []*node{{kind: nChar, c: '\r'}, {kind: nChar, c: '\n'}}}
		one := &node{kind: nSet, set: rangeSet(p.utf, false, classItem{pred: isV})}
		return []*node{{kind: nAtomic, subs: []*node{{kind: nAlt, subs: []*node{crlf, one}}}}}, nil
	case 'X':
		p.pos++
		base := &node{kind: nSet, set: rangeSet(p.utf, true, classItem{tab: unicode.M})}
		marks := &node{kind: nRepeat, min: 0, max: -1, greedy: true,
			subs: []*node{{kind: nSet, set: rangeSet(p.utf, false, classItem{tab: unicode.M})}}}
		return []*node{{kind: nAtomic, subs: []*node{{kind: nConcat, subs: []*node{base, marks}}}}}, nil
	case 'C':
		p.pos++
		return []*node{{kind: nAny}}, nil
	case 'L', 'l', 'U', 'u':
		return nil, p.errAt("PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u", p.pos)
	case 'g':
		return p.gReference(at)
	case 'k':
		p.pos++
		if !p.more() {
			return nil, p.errAt("\\k is not followed by a braced, angle-bracketed, or quoted name", p.pos)
		}
		var term byte
		switch p.src[p.pos] {
		case '<':
			term = '>'
		case '{':
			term = '}'
		case '\'':
			term = '\''
		default:
			return nil, p.errAt("\\k is not followed by a braced, angle-bracketed, or quoted name", p.pos)
		}
		p.pos++
		name, err := p.groupName(term)
		if err != nil {
			return nil, err
		}
		return []*node{p.backrefNamed(name, p.pos-1)}, nil
	}
	if c >= '1' && c <= '9' {
		j := p.pos
		for j < len(p.src) && p.src[j] >= '0' && p.src[j] <= '9' {
			j++
		}
		n, _ := strconv.Atoi(p.src[p.pos:j])
		if n < 10 || n < p.ncap || c >= '8' {
			if j-p.pos > 9 {
				return nil, p.errAt("number is too big", j)
			}
			p.pos = j
			return []*node{p.backref(n)}, nil
		}
	}
	if it, ok := escapeClass(c, p.utf, p.ucp); ok {
		p.pos++
		return []*node{{kind: nSet, set: rangeSet(p.utf, false, it)}}, nil
	}
	if c == 'p' || c == 'P' {
		it, err := p.propertyEscape()
		if err != nil {
			return nil, err
		}
		return []*node{{kind: nSet, set: rangeSet(p.utf, false, it)}}, nil
	}
	r, err := p.charEscape()
	if err != nil {
		return nil, err
	}
	return []*node{p.char(r)}, nil
}

func (p *parser) backref(n int) *node {
	r := &node{kind: nBackref, ref: n, fold: p.f.caseless, pos: p.pos}
	p.refs = append(p.refs, r)
	return r
}

func (p *parser) backrefNamed(name string, at int) *node {
	r := &node{kind: nBackref, refName: name, fold: p.f.caseless, pos: at}
	p.refs = append(p.refs, r)
	return r
}

// gReference reads \g1, \g{1}, \g{-1}, \g{name}, \g<...> (a subroutine
// call, unsupported).
func (p *parser) gReference(at int) ([]*node, *Error) {
	p.pos++ // the g
	bad := "a numbered reference must not be zero"
	if !p.more() {
		return nil, p.errAt(bad, p.pos-1)
	}
	switch p.src[p.pos] {
	case '<', '\'':
		return nil, p.unsupported("subroutine calls", at)
	case '{':
		end := strings.IndexByte(p.src[p.pos:], '}')
		if end < 0 {
			return nil, p.errAt("\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number", p.pos)
		}
		body := p.src[p.pos+1 : p.pos+end]
		p.pos += end + 1
		if n, err := strconv.Atoi(body); err == nil {
			return p.relRef(n, bad)
		}
		return []*node{p.backrefNamed(body, p.pos-1)}, nil
	}
	j := p.pos
	if p.src[j] == '-' || p.src[j] == '+' {
		j++
	}
	for j < len(p.src) && p.src[j] >= '0' && p.src[j] <= '9' {
		j++
	}
	n, err := strconv.Atoi(p.src[p.pos:j])
	if err != nil {
		return nil, p.errAt(bad, p.pos)
	}
	p.pos = j
	return p.relRef(n, bad)
}

func (p *parser) relRef(n int, bad string) ([]*node, *Error) {
	if n == 0 {
		return nil, p.errAt(bad, p.pos-1)
	}
	if n < 0 {
		n = p.ncap + n
		if n <= 0 {
			return nil, p.errAt("reference to non-existent subpattern", p.pos)
		}
	}
	return []*node{p.backref(n)}, nil
}

// charEscape reads an escape that stands for one character (p.pos at the
// character after the backslash).
func (p *parser) charEscape() (rune, *Error) {
	c := p.src[p.pos]
	p.pos++
	switch c {
	case 'a':
		return 7, nil
	case 'e':
		return 27, nil
	case 'f':
		return '\f', nil
	case 'n':
		return '\n', nil
	case 'r':
		return '\r', nil
	case 't':
		return '\t', nil
	case 'c':
		if !p.more() {
			return 0, p.errAt("\\c at end of pattern", p.pos)
		}
		x := p.src[p.pos]
		p.pos++
		if x >= 'a' && x <= 'z' {
			x -= 32
		}
		return rune(x ^ 0x40), nil
	case 'x':
		if p.more() && p.src[p.pos] == '{' {
			end := strings.IndexByte(p.src[p.pos:], '}')
			if end > 1 {
				hex := p.src[p.pos+1 : p.pos+end]
				if v, err := strconv.ParseUint(hex, 16, 32); err == nil {
					p.pos += end + 1
					return p.checkCode(rune(v), v)
				} else if isHex(hex) {
					return 0, p.errAt("character value in \\x{} or \\o{} is too large", p.pos+end)
				}
			}
			return 'x', nil
		}
		v := 0
		for i := 0; i < 2 && p.more() && isHex(p.src[p.pos:p.pos+1]); i++ {
			d, _ := strconv.ParseUint(p.src[p.pos:p.pos+1], 16, 8)
			v = v*16 + int(d)
			p.pos++
		}
		return rune(v), nil
	case 'o':
		if p.more() && p.src[p.pos] == '{' {
			end := strings.IndexByte(p.src[p.pos:], '}')
			if end > 1 {
				if v, err := strconv.ParseUint(p.src[p.pos+1:p.pos+end], 8, 32); err == nil {
					p.pos += end + 1
					return p.checkCode(rune(v), v)
				}
			}
		}
		return 'o', nil
	case '0':
		v := 0
		for i := 0; i < 2 && p.more() && p.src[p.pos] >= '0' && p.src[p.pos] <= '7'; i++ {
			v = v*8 + int(p.src[p.pos]-'0')
			p.pos++
		}
		return rune(v), nil
	}
	if c >= '1' && c <= '7' { // octal after a number that is no reference
		v := int(c - '0')
		for i := 0; i < 2 && p.more() && p.src[p.pos] >= '0' && p.src[p.pos] <= '7'; i++ {
			v = v*8 + int(p.src[p.pos]-'0')
			p.pos++
		}
		if !p.utf && v > 255 {
			return 0, p.errAt("octal value is greater than \\377 in 8-bit non-UTF-8 mode", p.pos)
		}
		return rune(v), nil
	}
	if c >= 0x80 && p.utf {
		p.pos--
		return p.nextChar(), nil
	}
	return rune(c), nil
}

func (p *parser) checkCode(r rune, v uint64) (rune, *Error) {
	if (!p.utf && v > 255) || v > unicode.MaxRune || (p.utf && v >= 0xd800 && v <= 0xdfff) {
		if p.utf && v >= 0xd800 && v <= 0xdfff {
			return 0, p.errAt("disallowed Unicode code point (>= 0xd800 && <= 0xdfff)", p.pos-1)
		}
		return 0, p.errAt("character value in \\x{} or \\o{} is too large", p.pos-1)
	}
	return r, nil
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if !(s[i] >= '0' && s[i] <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return s != ""
}

// propertyEscape reads \p{..}, \P{..}, \pL (p.pos at the p).
func (p *parser) propertyEscape() (classItem, *Error) {
	neg := p.src[p.pos] == 'P'
	p.pos++
	if !p.more() {
		return classItem{}, p.errAt("malformed \\P or \\p sequence", p.pos)
	}
	var name string
	if p.src[p.pos] == '{' {
		end := strings.IndexByte(p.src[p.pos:], '}')
		if end < 0 {
			return classItem{}, p.errAt("malformed \\P or \\p sequence", len(p.src))
		}
		name = p.src[p.pos+1 : p.pos+end]
		p.pos += end + 1
		if strings.HasPrefix(name, "^") {
			neg = !neg
			name = name[1:]
		}
	} else {
		name = p.src[p.pos : p.pos+1]
		p.pos++
	}
	it, ok := property(name)
	if !ok {
		return classItem{}, p.errAt("unknown property name after \\P or \\p", p.pos-1)
	}
	it.neg = neg
	return it, nil
}

// class reads [...] (p.pos at the [).
func (p *parser) class() (*charSet, *Error) {
	p.pos++
	cs := &charSet{utf: p.utf}
	if p.more() && p.src[p.pos] == '^' {
		cs.neg = true
		p.pos++
	}
	first := true
	for {
		if !p.more() {
			return nil, p.errAt("missing terminating ] for character class", len(p.src))
		}
		c := p.src[p.pos]
		if c == ']' && !first && !p.classQuote {
			p.pos++
			break
		}
		first = false
		if c == '[' && !p.classQuote && p.pos+1 < len(p.src) && (p.src[p.pos+1] == ':' || p.src[p.pos+1] == '.' || p.src[p.pos+1] == '=') {
			if end := p.posixEnd(p.pos); end > 0 {
				name := p.src[p.pos+2 : end]
				neg := strings.HasPrefix(name, "^")
				name = strings.TrimPrefix(name, "^")
				if p.src[p.pos+1] != ':' {
					return nil, p.errAt("POSIX collating elements are not supported", p.pos)
				}
				it, ok := posixClass(name, p.utf, p.ucp)
				if !ok {
					return nil, p.errAt("unknown POSIX class name", p.pos+2)
				}
				it.neg = neg
				cs.items = append(cs.items, it)
				p.pos = end + 2
				continue
			}
		}
		lo, item, isChar, err := p.classAtom()
		if err != nil {
			return nil, err
		}
		if !isChar {
			if item != nil {
				cs.items = append(cs.items, *item)
			}
			continue
		}
		// a range?
		if p.pos+1 < len(p.src) && p.src[p.pos] == '-' && p.src[p.pos+1] != ']' {
			save := p.pos
			p.pos++
			hiAt := p.pos
			hi, hiItem, hiChar, err := p.classAtom()
			if err != nil {
				return nil, err
			}
			if !hiChar {
				// [a-\d]: a, '-' and the class
				cs.items = append(cs.items, p.classChar(lo), p.classChar('-'))
				if hiItem != nil {
					cs.items = append(cs.items, *hiItem)
				}
				continue
			}
			_ = save
			if hi < lo {
				return nil, p.errAt("range out of order in character class", p.pos-1)
			}
			_ = hiAt
			cs.items = append(cs.items, classItem{lo: lo, hi: hi, fold: p.f.caseless})
			continue
		}
		cs.items = append(cs.items, p.classChar(lo))
	}
	return cs.finish(), nil
}

func (p *parser) classChar(r rune) classItem {
	return classItem{lo: r, hi: r, fold: p.f.caseless}
}

// posixEnd finds the ":]" closing a POSIX class name starting at i, or 0.
func (p *parser) posixEnd(i int) int {
	term := p.src[i+1]
	for j := i + 2; j+1 < len(p.src); j++ {
		c := p.src[j]
		if c == '\\' || c == '[' {
			return 0
		}
		if c == ']' {
			return 0
		}
		if c == term && p.src[j+1] == ']' {
			return j
		}
	}
	return 0
}

// classAtom reads one member of a class: a character (isChar), or a class
// item (\d, \p{..}), or nothing (\E, an empty \Q\E).
func (p *parser) classAtom() (rune, *classItem, bool, *Error) {
	c := p.src[p.pos]
	if p.classQuote {
		if strings.HasPrefix(p.src[p.pos:], "\\E") {
			p.pos += 2
			p.classQuote = false
			return 0, nil, false, nil
		}
		return p.nextChar(), nil, true, nil
	}
	if c != '\\' {
		return p.nextChar(), nil, true, nil
	}
	p.pos++
	if !p.more() {
		return 0, nil, false, p.errAt("\\ at end of pattern", p.pos)
	}
	c = p.src[p.pos]
	switch c {
	case 'b':
		p.pos++
		return '\b', nil, true, nil
	case 'E':
		p.pos++
		return 0, nil, false, nil
	case 'Q':
		p.pos++
		p.classQuote = true
		return 0, nil, false, nil
	case 'p', 'P':
		it, err := p.propertyEscape()
		if err != nil {
			return 0, nil, false, err
		}
		return 0, &it, false, nil
	case 'L', 'l', 'U', 'u':
		return 0, nil, false, p.errAt("PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u", p.pos)
	}
	if it, ok := escapeClass(c, p.utf, p.ucp); ok {
		p.pos++
		return 0, &it, false, nil
	}
	if c >= '1' && c <= '9' && c <= '7' {
		r, err := p.charEscape()
		return r, nil, true, err
	}
	if c == '8' || c == '9' {
		p.pos++
		return rune(c), nil, true, nil
	}
	r, err := p.charEscape()
	return r, nil, true, err
}

// groupName reads a group name up to term (p.pos at its first character).
func (p *parser) groupName(term byte) (string, *Error) {
	start := p.pos
	for p.more() && (isWordByte(p.src[p.pos])) {
		p.pos++
	}
	if !p.more() || p.src[p.pos] != term {
		if p.more() {
			return "", p.errAt("syntax error in subpattern name (missing terminator)", p.pos)
		}
		return "", p.errAt("syntax error in subpattern name (missing terminator)", p.pos)
	}
	if p.pos == start {
		return "", p.errAt("group name must start with a non-digit", p.pos)
	}
	if c := p.src[start]; c >= '0' && c <= '9' {
		return "", p.errAt("group name must start with a non-digit", start)
	}
	if p.pos-start > 32 {
		return "", p.errAt("name is too long in (*MARK), (*PRUNE), (*SKIP), or (*THEN)", p.pos)
	}
	name := p.src[start:p.pos]
	p.pos++
	return name, nil
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// group reads a parenthesised item (p.pos at the '('). It returns nil for
// a comment or an option setting.
func (p *parser) group() (*node, *Error) {
	open := p.pos
	p.pos++
	if p.depth >= maxDepth {
		return nil, p.errAt("regular expression is too complicated", open)
	}
	if p.pos+1 < len(p.src) && p.src[p.pos] == '*' && p.src[p.pos+1] >= 'A' && p.src[p.pos+1] <= 'Z' {
		return nil, p.unsupported("(*VERB) items", open)
	}
	kind := nGroup
	capture := !p.flags.NoAutoCapture
	var look *node
	name := ""
	saved := p.f
	branchReset := false
	if p.more() && p.src[p.pos] == '?' {
		p.pos++
		if !p.more() {
			return nil, p.errAt("unrecognized character after (? or (?-", p.pos)
		}
		capture = false
		switch c := p.src[p.pos]; {
		case c == '#':
			end := strings.IndexByte(p.src[p.pos:], ')')
			if end < 0 {
				return nil, p.errAt("missing ) after comment", len(p.src))
			}
			p.pos += end + 1
			return nil, nil
		case c == ':':
			p.pos++
		case c == '|':
			p.pos++
			branchReset = true
		case c == '>':
			p.pos++
			kind = nAtomic
		case c == '=' || c == '!':
			p.pos++
			look = &node{kind: nLook, neg: c == '!'}
		case c == '<' && p.pos+1 < len(p.src) && (p.src[p.pos+1] == '=' || p.src[p.pos+1] == '!'):
			look = &node{kind: nLook, neg: p.src[p.pos+1] == '!', behind: true}
			p.pos += 2
		case c == '<' || c == '\'' || (c == 'P' && p.pos+1 < len(p.src) && p.src[p.pos+1] == '<'):
			if c == 'P' {
				p.pos++
			}
			term := byte('>')
			if c == '\'' {
				term = '\''
			}
			p.pos++
			n, err := p.groupName(term)
			if err != nil {
				return nil, err
			}
			if _, dup := p.names[n]; dup && !p.f.dupnames {
				return nil, p.errAt("two named subpatterns have the same name", p.pos-1)
			}
			name = n
			capture = true
		case c == 'P' && p.pos+1 < len(p.src) && p.src[p.pos+1] == '=':
			p.pos += 2
			n, err := p.groupName(')')
			if err != nil {
				return nil, err
			}
			return p.backrefNamed(n, p.pos-1), nil
		case c == 'P' && p.pos+1 < len(p.src) && p.src[p.pos+1] == '>', c == '&', c == 'R',
			c >= '0' && c <= '9', c == '+' || c == '-' && p.pos+1 < len(p.src) && p.src[p.pos+1] >= '0' && p.src[p.pos+1] <= '9':
			return nil, p.unsupported("recursion and subroutine calls", open)
		case c == '(':
			return p.conditional(open)
		case c == 'C':
			return nil, p.unsupported("callouts", open)
		default:
			// option letters: (?imsx-imsx) or (?imsx-imsx:...)
			on := true
			f := p.f
			for {
				if !p.more() {
					return nil, p.errAt("missing )", p.pos)
				}
				c := p.src[p.pos]
				p.pos++
				switch c {
				case '-':
					on = false
					continue
				case 'i':
					f.caseless = on
					continue
				case 'm':
					f.multiline = on
					continue
				case 's':
					f.dotall = on
					continue
				case 'x':
					f.extended = on
					continue
				case 'U':
					f.ungreedy = on
					continue
				case 'J':
					f.dupnames = on
					continue
				case 'X':
					continue
				case ')':
					p.f = f // lasts to the end of the enclosing group
					return nil, nil
				case ':':
					p.f = f
				default:
					return nil, p.errAt("unrecognized character after (? or (?-", p.pos-1)
				}
				break
			}
		}
	}
	cap := 0
	if capture {
		cap = p.ncap
		p.ncap++
		if cap < len(p.capNames) { // a number reused in a (?| group
			if name != "" {
				p.capNames[cap] = name
			}
		} else {
			p.capNames = append(p.capNames, name)
		}
		if name != "" {
			p.names[name] = cap
		}
	}
	p.depth++
	var sub *node
	var err *Error
	if branchReset {
		sub, err = p.resetAlternation()
	} else {
		sub, err = p.alternation()
	}
	p.depth--
	if err != nil {
		return nil, err
	}
	if !p.more() || p.src[p.pos] != ')' {
		return nil, p.errAt("missing )", len(p.src))
	}
	closeAt := p.pos
	p.pos++
	p.f = saved
	if look != nil {
		look.subs = []*node{sub}
		look.pos = closeAt
		if look.behind {
			branches := []*node{sub}
			if sub.kind == nAlt {
				branches = sub.subs
			}
			for _, b := range branches {
				if fixedLength(b) < 0 {
					return nil, p.errAt("lookbehind assertion is not fixed length", closeAt)
				}
			}
		}
		return look, nil
	}
	if kind == nAtomic {
		return &node{kind: nAtomic, subs: []*node{sub}}, nil
	}
	return &node{kind: nGroup, cap: cap, subs: []*node{sub}}, nil
}

// resetAlternation reads the alternatives of a (?| group, each numbering
// its groups from the same number.
func (p *parser) resetAlternation() (*node, *Error) {
	start, most := p.ncap, p.ncap
	var alts []*node
	for {
		n, err := p.concat()
		if err != nil {
			return nil, err
		}
		alts = append(alts, n)
		most = max(most, p.ncap)
		if p.more() && p.src[p.pos] == '|' {
			p.pos++
			p.ncap = start
			continue
		}
		break
	}
	p.ncap = most
	if len(alts) == 1 {
		return alts[0], nil
	}
	return &node{kind: nAlt, subs: alts}, nil
}

// conditional reads (?(cond)yes|no) (p.pos at the condition's '(').
func (p *parser) conditional(open int) (*node, *Error) {
	n := &node{kind: nCond, pos: p.pos}
	p.pos++
	rest := p.src[p.pos:]
	switch {
	case strings.HasPrefix(rest, "?=") || strings.HasPrefix(rest, "?!") ||
		strings.HasPrefix(rest, "?<=") || strings.HasPrefix(rest, "?<!"):
		p.pos--
		look, err := p.group()
		if err != nil {
			return nil, err
		}
		n.look = look
	case rest != "" && (rest[0] == '<' || rest[0] == '\''):
		term := byte('>')
		if rest[0] == '\'' {
			term = '\''
		}
		p.pos++
		name, err := p.groupName(term)
		if err != nil {
			return nil, err
		}
		n.refName = name
		n.pos = p.pos - 1
		p.refs = append(p.refs, n)
		if !p.more() || p.src[p.pos] != ')' {
			return nil, p.errAt("malformed number or name after (?(", p.pos)
		}
		p.pos++
	case rest != "" && rest[0] >= '0' && rest[0] <= '9':
		j := p.pos
		for j < len(p.src) && p.src[j] >= '0' && p.src[j] <= '9' {
			j++
		}
		if j >= len(p.src) || p.src[j] != ')' {
			return nil, p.errAt("malformed number or name after (?(", j)
		}
		g, _ := strconv.Atoi(p.src[p.pos:j])
		if g == 0 {
			return nil, p.errAt("invalid condition (?(0)", j)
		}
		n.ref = g
		p.refs = append(p.refs, n)
		p.pos = j + 1
		n.pos = p.pos
	default:
		return nil, p.unsupported("this kind of condition", open)
	}
	if p.depth >= maxDepth {
		return nil, p.errAt("regular expression is too complicated", open)
	}
	saved := p.f
	p.depth++
	body, err := p.alternation()
	p.depth--
	if err != nil {
		return nil, err
	}
	if !p.more() || p.src[p.pos] != ')' {
		return nil, p.errAt("missing )", len(p.src))
	}
	p.pos++
	p.f = saved
	yes, no := body, &node{kind: nEmpty}
	if body.kind == nAlt {
		if len(body.subs) > 2 {
			return nil, p.errAt("conditional group contains more than two branches", p.pos-1)
		}
		yes, no = body.subs[0], body.subs[1]
	}
	n.subs = []*node{yes, no}
	return n, nil
}
