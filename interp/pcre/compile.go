package pcre

import (
	"strings"
	"unicode/utf8"
)

type opcode uint8

const (
	opString   opcode = iota // str, exactly
	opSet                    // one character of set
	opAny                    // one character
	opSplit                  // try x, then y
	opJmp                    // go to x
	opSave                   // regs[x] = position (undone on backtracking)
	opClose                  // group x ends: its capture is regs[open x]..position
	opAssert                 // assert
	opRepeat                 // the one-character item one, min..max times
	opLook                   // lookaround: alternatives alts, then x
	opAtomic                 // the body at pc+1 once, then x
	opBackref                // the text of group x again
	opProgress               // a loop body matched empty (position == regs[y]): go to x
	opSucceed                // the (sub)match succeeds
	opMatch                  // the whole match succeeds
	opCondRef                // group x is set: go on; else go to y
)

// repeat modes
const (
	greedy uint8 = iota
	lazy
	possessive
)

type lookAlt struct {
	pc     int
	length int // characters to step back (lookbehind)
}

type inst struct {
	op     opcode
	one    opcode // opRepeat: opString (one character), opSet or opAny
	mode   uint8
	fold   bool
	neg    bool
	behind bool
	assert assertKind
	x, y   int
	min    int
	max    int // < 0: no bound
	// next is the first byte of the text a greedy repeat's continuation
	// must begin with, or -1: backtracking skips other positions
	next int
	str  string
	set  *charSet
	alts []lookAlt
	cond bool // opLook deciding a conditional: failing goes to y
}

type compiler struct {
	prog  []inst
	utf   bool
	ncap  int
	nregs int
	err   *Error
	// lastLook is the last opLook emitted
	lastLook int
}

func compile(n *node, p *parser, f Flags) (*Regexp, *Error) {
	c := &compiler{utf: f.UTF, ncap: p.ncap}
	c.nregs = 3 * p.ncap // captures, then open starts
	c.emit(n)
	c.add(inst{op: opMatch})
	if c.err != nil {
		return nil, c.err
	}
	c.optimizeRepeats()
	re := &Regexp{prog: c.prog, ncap: p.ncap, names: p.capNames, nregs: c.nregs, flags: f}
	re.anchored = anchoredStart(n)
	if !re.anchored {
		if set, empty := firstBytes(n, f.UTF); !empty && set != nil {
			re.first = set
		}
		re.prefix = literalPrefix(n, f.UTF)
	}
	return re, nil
}

func (c *compiler) add(in inst) int {
	if len(c.prog) >= maxProg && c.err == nil {
		c.err = &Error{Msg: "regular expression is too large", Offset: 0}
	}
	c.prog = append(c.prog, in)
	return len(c.prog) - 1
}

// charInst is the instruction matching one-character node n.
func (c *compiler) charInst(n *node) inst {
	switch n.kind {
	case nChar:
		if n.fold {
			return inst{op: opSet, set: rangeSet(c.utf, false, classItem{lo: n.c, hi: n.c, fold: true})}
		}
		return inst{op: opString, str: c.encode(n.c)}
	case nSet:
		return inst{op: opSet, set: n.set}
	}
	return inst{op: opAny}
}

func (c *compiler) encode(r rune) string {
	if c.utf {
		return string(r)
	}
	return string([]byte{byte(r)})
}

func isOneChar(n *node) bool { return n.kind == nChar || n.kind == nSet || n.kind == nAny }

func (c *compiler) emit(n *node) {
	if c.err != nil {
		return
	}
	switch n.kind {
	case nEmpty:
	case nChar, nSet, nAny:
		c.add(c.charInst(n))
	case nConcat:
		for i := 0; i < len(n.subs); i++ {
			// runs of exact characters become one string comparison
			if s := n.subs[i]; s.kind == nChar && !s.fold {
				var sb strings.Builder
				j := i
				for ; j < len(n.subs) && n.subs[j].kind == nChar && !n.subs[j].fold; j++ {
					sb.WriteString(c.encode(n.subs[j].c))
				}
				c.add(inst{op: opString, str: sb.String()})
				i = j - 1
				continue
			}
			c.emit(n.subs[i])
		}
	case nAlt:
		var jumps []int
		for i, s := range n.subs {
			if i < len(n.subs)-1 {
				split := c.add(inst{op: opSplit})
				c.prog[split].x = split + 1
				c.emit(s)
				jumps = append(jumps, c.add(inst{op: opJmp}))
				c.prog[split].y = len(c.prog)
			} else {
				c.emit(s)
			}
		}
		for _, j := range jumps {
			c.prog[j].x = len(c.prog)
		}
	case nGroup:
		if n.cap == 0 {
			c.emit(n.subs[0])
			return
		}
		c.add(inst{op: opSave, x: 2*c.ncap + n.cap})
		c.emit(n.subs[0])
		c.add(inst{op: opClose, x: n.cap})
	case nAssert:
		c.add(inst{op: opAssert, assert: n.assert})
	case nKeep:
		c.add(inst{op: opSave, x: 0})
	case nBackref:
		c.add(inst{op: opBackref, x: n.ref, fold: n.fold})
	case nAtomic:
		at := c.add(inst{op: opAtomic})
		c.emit(n.subs[0])
		c.add(inst{op: opSucceed})
		c.prog[at].x = len(c.prog)
	case nLook:
		at := c.add(inst{op: opLook, neg: n.neg, behind: n.behind})
		c.lastLook = at
		var alts []lookAlt
		branches := []*node{n.subs[0]}
		if n.behind && n.subs[0].kind == nAlt {
			branches = n.subs[0].subs
		}
		for _, b := range branches {
			l := 0
			if n.behind {
				l = fixedLength(b)
				if l < 0 {
					c.err = &Error{Msg: "lookbehind assertion is not fixed length", Offset: n.pos}
					return
				}
			}
			alts = append(alts, lookAlt{pc: len(c.prog), length: l})
			c.emit(b)
			c.add(inst{op: opSucceed})
		}
		c.prog[at].alts = alts
		c.prog[at].x = len(c.prog)
	case nRepeat:
		c.repeat(n)
	case nCond:
		var test int
		if n.look != nil {
			c.emit(n.look)
			test = c.lastLook
			c.prog[test].cond = true
		} else {
			test = c.add(inst{op: opCondRef, x: n.ref})
		}
		c.emit(n.subs[0])
		j := c.add(inst{op: opJmp})
		c.prog[test].y = len(c.prog)
		c.emit(n.subs[1])
		c.prog[j].x = len(c.prog)
	}
}

func (c *compiler) repeat(n *node) {
	sub := n.subs[0]
	if isOneChar(sub) {
		in := c.charInst(sub)
		in.one, in.op = in.op, opRepeat
		in.min, in.max = n.min, n.max
		switch {
		case n.possessive:
			in.mode = possessive
		case !n.greedy:
			in.mode = lazy
		}
		c.add(in)
		return
	}
	if n.possessive {
		cp := *n
		cp.possessive = false
		c.emit(&node{kind: nAtomic, subs: []*node{&cp}})
		return
	}
	if n.max == 0 {
		return
	}
	for i := 0; i < n.min; i++ {
		c.emit(sub)
		if c.err != nil {
			return
		}
	}
	if n.max < 0 {
		c.star(sub, n.greedy)
		return
	}
	// up to max-min more, each optional: x{0,2} = (?:x(?:x)?)?
	var splits []int
	for i := n.min; i < n.max; i++ {
		splits = append(splits, c.add(inst{op: opSplit}))
		c.emit(sub)
		if c.err != nil {
			return
		}
	}
	end := len(c.prog)
	for _, s := range splits {
		c.prog[s].x, c.prog[s].y = s+1, end
		if !n.greedy {
			c.prog[s].x, c.prog[s].y = end, s+1
		}
	}
}

// star emits sub repeated without bound; a body that can match the empty
// string stops the loop when an iteration matched nothing, as PCRE does.
func (c *compiler) star(sub *node, greedyLoop bool) {
	empty := canBeEmpty(sub)
	mark := 0
	if empty {
		mark = c.nregs
		c.nregs++
	}
	loop := c.add(inst{op: opSplit})
	if empty {
		c.add(inst{op: opSave, x: mark})
	}
	c.emit(sub)
	var prog int
	if empty {
		prog = c.add(inst{op: opProgress, y: mark})
	}
	c.add(inst{op: opJmp, x: loop})
	end := len(c.prog)
	if empty {
		c.prog[prog].x = end
	}
	c.prog[loop].x, c.prog[loop].y = loop+1, end
	if !greedyLoop {
		c.prog[loop].x, c.prog[loop].y = end, loop+1
	}
}

// canBeEmpty reports whether n can match the empty string.
func canBeEmpty(n *node) bool {
	switch n.kind {
	case nChar, nSet, nAny:
		return false
	case nConcat:
		for _, s := range n.subs {
			if !canBeEmpty(s) {
				return false
			}
		}
		return true
	case nAlt:
		for _, s := range n.subs {
			if canBeEmpty(s) {
				return true
			}
		}
		return false
	case nRepeat:
		return n.min == 0 || canBeEmpty(n.subs[0])
	case nGroup, nAtomic:
		return canBeEmpty(n.subs[0])
	case nCond:
		return canBeEmpty(n.subs[0]) || canBeEmpty(n.subs[1])
	}
	return true
}

// fixedLength is the length in characters of what n matches, or -1 when
// it varies.
func fixedLength(n *node) int {
	switch n.kind {
	case nChar, nSet, nAny:
		return 1
	case nEmpty, nAssert, nLook, nKeep:
		return 0
	case nConcat:
		t := 0
		for _, s := range n.subs {
			l := fixedLength(s)
			if l < 0 {
				return -1
			}
			t += l
		}
		return t
	case nAlt:
		l := fixedLength(n.subs[0])
		for _, s := range n.subs[1:] {
			if fixedLength(s) != l {
				return -1
			}
		}
		return l
	case nGroup, nAtomic:
		return fixedLength(n.subs[0])
	case nCond:
		if l := fixedLength(n.subs[0]); l == fixedLength(n.subs[1]) {
			return l
		}
		return -1
	case nRepeat:
		if n.min != n.max {
			return -1
		}
		l := fixedLength(n.subs[0])
		if l < 0 {
			return -1
		}
		return l * n.min
	}
	return -1
}

// anchoredStart reports whether every match of n must begin at the
// subject's start (\A, ^ without multiline) or the start offset (\G).
func anchoredStart(n *node) bool {
	switch n.kind {
	case nAssert:
		return n.assert == aStart || n.assert == aG
	case nConcat:
		return len(n.subs) > 0 && anchoredStart(n.subs[0])
	case nAlt:
		for _, s := range n.subs {
			if !anchoredStart(s) {
				return false
			}
		}
		return true
	case nGroup, nAtomic:
		return anchoredStart(n.subs[0])
	case nRepeat:
		return n.min > 0 && anchoredStart(n.subs[0])
	}
	return false
}

// firstBytes returns the bytes a match of n can start with, and whether
// n can match the empty string; a nil set means any byte.
func firstBytes(n *node, utf bool) (*[256]bool, bool) {
	var set [256]bool
	switch n.kind {
	case nChar:
		r := n.c
		for {
			if utf {
				var b [4]byte
				utf8.EncodeRune(b[:], r)
				set[b[0]] = true
			} else {
				set[byte(r)] = true
			}
			if !n.fold {
				break
			}
			if r = foldNext(r, utf); r == n.c {
				break
			}
		}
		return &set, false
	case nSet:
		if !utf {
			set = n.set.low
			return &set, false
		}
		for b := 0; b < 128; b++ {
			set[b] = n.set.low[b]
		}
		for b := 0xc2; b < 0xf5; b++ { // any lead byte of a longer character
			set[b] = true
		}
		return &set, false
	case nAny:
		return nil, false
	case nEmpty, nAssert, nLook, nKeep:
		return &set, true
	case nGroup, nAtomic:
		return firstBytes(n.subs[0], utf)
	case nRepeat:
		s, e := firstBytes(n.subs[0], utf)
		return s, e || n.min == 0
	case nConcat:
		for _, sub := range n.subs {
			s, e := firstBytes(sub, utf)
			if s == nil {
				return nil, false
			}
			for i := range set {
				set[i] = set[i] || s[i]
			}
			if !e {
				return &set, false
			}
		}
		return &set, true
	case nAlt:
		empty := false
		for _, sub := range n.subs {
			s, e := firstBytes(sub, utf)
			if s == nil {
				return nil, false
			}
			for i := range set {
				set[i] = set[i] || s[i]
			}
			empty = empty || e
		}
		return &set, empty
	}
	return nil, true
}

// literalPrefix is the exact text every match of n begins with.
func literalPrefix(n *node, utf bool) string {
	var sb strings.Builder
	var walk func(n *node) bool // reports whether the prefix may go on
	walk = func(n *node) bool {
		switch n.kind {
		case nChar:
			if n.fold {
				return false
			}
			if utf {
				sb.WriteRune(n.c)
			} else {
				sb.WriteByte(byte(n.c))
			}
			return true
		case nConcat:
			for _, s := range n.subs {
				if !walk(s) {
					return false
				}
			}
			return true
		case nGroup:
			return walk(n.subs[0])
		}
		return false
	}
	walk(n)
	return sb.String()
}

// optimizeRepeats looks at what follows each greedy one-character
// repeat. When that cannot begin with a character the repeat matches,
// giving characters back can never help, and the repeat becomes
// possessive (PCRE's auto-possessification: a\w+\s no longer backtracks
// through the word). Otherwise, when it is literal text, backtracking
// stops only where that text's first byte is.
func (c *compiler) optimizeRepeats() {
	for pc := range c.prog {
		in := &c.prog[pc]
		in.next = -1
		if in.op != opRepeat || in.mode != greedy {
			continue
		}
		j := pc + 1
		for j < len(c.prog) && (c.prog[j].op == opSave || c.prog[j].op == opClose) {
			j++
		}
		nx := &c.prog[j]
		switch nx.op {
		case opString:
			r := rune(nx.str[0])
			if c.utf {
				r, _ = utf8.DecodeRuneInString(nx.str)
			}
			if !c.oneMatches(in, r) {
				in.mode = possessive
				continue
			}
			in.next = int(nx.str[0])
		case opSet:
			if c.utf || in.one == opAny {
				continue
			}
			disjoint := true
			for b := 0; b < 256; b++ {
				if nx.set.low[b] && c.oneMatches(in, rune(b)) {
					disjoint = false
					break
				}
			}
			if disjoint {
				in.mode = possessive
			}
		}
	}
}

// oneMatches reports whether the one-character item of a repeat matches r.
func (c *compiler) oneMatches(in *inst, r rune) bool {
	switch in.one {
	case opString:
		if c.utf {
			q, _ := utf8.DecodeRuneInString(in.str)
			return q == r
		}
		return rune(in.str[0]) == r
	case opSet:
		return in.set.matches(r)
	}
	return true
}
