package pcre

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// frame kinds of the backtracking stack
const (
	fChoice  uint8 = iota // resume at pc, pos
	fRestore              // regs[pc] = aux
	fGreedy               // a greedy repeat gives back one character (aux: its minimum end)
	fLazy                 // a lazy repeat takes one more character (aux: count so far)
)

type frame struct {
	kind uint8
	pc   int32
	pos  int
	aux  int
}

// matchLimit is MatchLimit, lower in tests that meet many runaway
// patterns.
var matchLimit = MatchLimit

// maxStack bounds the backtracking stack (frames of 24 bytes).
const maxStack = 1 << 22

// stepChunk is how many instructions run between reports to the Budget.
const stepChunk = 4096

// machine is the state of one match.
type machine struct {
	re     *Regexp
	s      string
	utf    bool
	anycr  bool
	ucp    bool
	regs   []int
	stack  []frame
	offset int // the start offset (\G)

	attempt  int  // where the current attempt began
	notEmpty bool // an empty match at attempt is refused (global matching)

	// slab holds the captures of the matches returned, slabSize matches
	// at a time
	slab     []int
	slabSize int

	steps      int
	backtracks int
	aborted    bool
	budget     Budget
}

var machines = sync.Pool{New: func() any { return new(machine) }}

// Options of one match.
type Options struct {
	// Anchored requires the match to start at the start offset.
	Anchored bool
	// NotEmptyAtStart refuses an empty match at the start offset.
	NotEmptyAtStart bool
}

// Result of Exec.
type Result int

const (
	NoMatch Result = iota
	Matched
	// LimitHit is the end of an attempt that took more than MatchLimit
	// backtracking steps; :re then answers as if nothing matched.
	LimitHit
)

// Exec looks for the first match of re in s at or after byte offset
// start. On a match it returns the capture offsets: pairs of start and end
// for each group (-1, -1 for a group that did not take part). In UTF mode
// s must be valid UTF-8 and start a character boundary; see ValidUTF8.
func (re *Regexp) Exec(s string, start int, o Options, b Budget) ([]int, Result) {
	m := re.machine(s, b)
	caps, res := m.exec(start, o)
	m.release()
	return caps, res
}

// machine takes a matcher for s from the pool.
func (re *Regexp) machine(s string, b Budget) *machine {
	m := machines.Get().(*machine)
	m.re, m.s, m.utf, m.anycr, m.ucp = re, s, re.flags.UTF, re.flags.AnyCRLF, re.flags.UCP
	m.budget, m.steps = b, stepChunk
	m.slab, m.slabSize = nil, 1
	if cap(m.regs) < re.nregs {
		m.regs = make([]int, re.nregs)
	}
	m.regs = m.regs[:re.nregs]
	return m
}

// release reports the steps not yet reported and returns m to the pool.
func (m *machine) release() {
	if m.budget != nil && m.steps < stepChunk {
		m.budget.Steps(stepChunk - m.steps)
	}
	m.s, m.budget, m.re, m.slab = "", nil, nil, nil
	if cap(m.stack) > 1<<16 {
		m.stack = nil
	}
	machines.Put(m)
}

// exec is one match from start.
func (m *machine) exec(start int, o Options) ([]int, Result) {
	m.offset, m.backtracks, m.aborted = start, 0, false
	m.notEmpty = o.NotEmptyAtStart
	return m.search(start, o.Anchored || m.re.anchored)
}

func (m *machine) search(start int, anchored bool) ([]int, Result) {
	re, s := m.re, m.s
	limit := len(s)
	if re.flags.Firstline {
		for i := start; i < len(s); i++ {
			if s[i] == '\n' || (m.anycr && s[i] == '\r') {
				limit = i
				break
			}
		}
	}
	for at := start; at <= limit; {
		if !anchored {
			switch {
			case re.prefix != "":
				i := indexFrom(s, re.prefix, at)
				if i < 0 || i > limit {
					return nil, NoMatch
				}
				at = i
			case re.first != nil:
				for at < len(s) && !re.first[s[at]] {
					at++
				}
				if at >= len(s) || at > limit {
					return nil, NoMatch
				}
			}
		}
		for i := 0; i < 2*re.ncap; i++ {
			m.regs[i] = -1
		}
		m.regs[0] = at
		m.attempt = at
		m.backtracks = 0 // PCRE's match limit counts per start position
		m.stack = m.stack[:0]
		if end, ok := m.run(0, at); ok {
			m.regs[1] = end
			k := 2 * re.ncap
			if cap(m.slab)-len(m.slab) < k {
				m.slab = make([]int, 0, m.slabSize*k)
			}
			n := len(m.slab)
			m.slab = append(m.slab, m.regs[:k]...)
			return m.slab[n : n+k : n+k], Matched
		}
		if m.aborted {
			return nil, LimitHit
		}
		if anchored || at >= len(s) {
			break
		}
		at++
		if m.utf {
			for at < len(s) && s[at]&0xc0 == 0x80 {
				at++
			}
		}
	}
	return nil, NoMatch
}

func indexFrom(s, sub string, at int) int {
	i := strings.Index(s[at:], sub)
	if i < 0 {
		return -1
	}
	return at + i
}

// ValidUTF8 reports whether s can be a subject of a UTF-mode pattern.
func ValidUTF8(s string) bool { return utf8.ValidString(s) }

func (m *machine) push(f frame) {
	if len(m.stack) == cap(m.stack) {
		m.grow()
	}
	m.stack = append(m.stack, f)
}

// choice pushes a backtracking point, which counts toward MatchLimit.
func (m *machine) choice(f frame) {
	m.backtracks++
	if m.backtracks > matchLimit {
		m.aborted = true
	}
	m.push(f)
}

func (m *machine) grow() {
	if len(m.stack) >= maxStack {
		// as PCRE's recursion limit: give up (the attempt fails at its
		// next backtrack, and the search reports LimitHit)
		m.aborted = true
	}
	n := 2 * cap(m.stack)
	if n < 64 {
		n = 64
	}
	if m.budget != nil {
		m.budget.Grow(int64(n) * 32)
	}
	st := make([]frame, len(m.stack), n)
	copy(st, m.stack)
	m.stack = st
}

func (m *machine) setReg(r, v int) {
	m.push(frame{kind: fRestore, pc: int32(r), aux: m.regs[r]})
	m.regs[r] = v
}

// one matches the one-character item of in at pos: the position after it,
// or -1.
func (m *machine) one(in *inst, op opcode, pos int) int {
	s := m.s
	if pos >= len(s) {
		return -1
	}
	switch op {
	case opString:
		if len(in.str) == 1 {
			if s[pos] == in.str[0] {
				return pos + 1
			}
			return -1
		}
		if len(s)-pos >= len(in.str) && s[pos:pos+len(in.str)] == in.str {
			return pos + len(in.str)
		}
		return -1
	case opSet:
		c := s[pos]
		if !m.utf || c < utf8.RuneSelf {
			if in.set.low[c] {
				return pos + 1
			}
			return -1
		}
		r, size := utf8.DecodeRuneInString(s[pos:])
		if in.set.matches(r) {
			return pos + size
		}
		return -1
	default: // opAny
		if !m.utf || s[pos] < utf8.RuneSelf {
			return pos + 1
		}
		_, size := utf8.DecodeRuneInString(s[pos:])
		return pos + size
	}
}

// back is the position one character before pos.
func (m *machine) back(pos int) int {
	pos--
	if m.utf {
		for pos > 0 && m.s[pos]&0xc0 == 0x80 {
			pos--
		}
	}
	return pos
}

// isNewlineAt reports the length of a newline at pos (0 if none).
func (m *machine) newlineAt(pos int) int {
	s := m.s
	if pos >= len(s) {
		return 0
	}
	switch s[pos] {
	case '\n':
		return 1
	case '\r':
		if m.anycr {
			if pos+1 < len(s) && s[pos+1] == '\n' {
				return 2
			}
			return 1
		}
	}
	return 0
}

// newlineBefore reports whether a newline ends just before pos.
func (m *machine) newlineBefore(pos int) bool {
	if pos == 0 {
		return false
	}
	c := m.s[pos-1]
	return c == '\n' || (m.anycr && c == '\r')
}

func (m *machine) isWordAt(pos int) bool {
	s := m.s
	if pos < 0 || pos >= len(s) {
		return false
	}
	c := s[pos]
	if !m.utf {
		return wordByte[c]
	}
	r, _ := utf8.DecodeRuneInString(s[pos:])
	if m.ucp {
		return isXwd(r)
	}
	return r < 256 && wordByte[r]
}

// wordByte tells the word characters below 256 without UCP.
var wordByte = rangeSet(false, false, latin1Word...).low

func (m *machine) wordBefore(pos int) bool {
	if pos == 0 {
		return false
	}
	return m.isWordAt(m.back(pos))
}

func (m *machine) assert(k assertKind, pos int) bool {
	s := m.s
	switch k {
	case aStart:
		return pos == 0
	case aLineStart:
		if pos == 0 {
			return true
		}
		if pos >= len(s) || !m.newlineBefore(pos) {
			return false
		}
		return !(s[pos-1] == '\r' && s[pos] == '\n')
	case aEnd:
		return pos == len(s)
	case aEndNL:
		if pos == len(s) {
			return true
		}
		n := m.newlineAt(pos)
		return n > 0 && pos+n == len(s)
	case aLineEnd:
		return pos == len(s) || m.newlineAt(pos) > 0
	case aWord, aNotWord:
		w := m.wordBefore(pos) != m.isWordAt(pos)
		return w == (k == aWord)
	case aG:
		return pos == m.offset
	}
	return false
}

// run matches the program from pc at pos until opSucceed or opMatch; it
// returns the end position. Frames pushed above the stack's height at
// entry are consumed: on failure all are popped (registers restored); on
// success they stay for the caller to keep or cut.
func (m *machine) run(pc, pos int) (int, bool) {
	base := len(m.stack)
	prog := m.re.prog
	for {
		m.steps--
		if m.steps <= 0 {
			if m.budget != nil {
				m.budget.Steps(stepChunk - m.steps)
			}
			m.steps = stepChunk
		}
		in := &prog[pc]
		switch in.op {
		case opString:
			if len(in.str) == 1 {
				if pos < len(m.s) && m.s[pos] == in.str[0] {
					pos++
					pc++
					continue
				}
				goto fail
			}
			if len(m.s)-pos >= len(in.str) && m.s[pos:pos+len(in.str)] == in.str {
				pos += len(in.str)
				pc++
				continue
			}
			goto fail
		case opSet, opAny:
			if np := m.one(in, in.op, pos); np >= 0 {
				pos = np
				pc++
				continue
			}
			goto fail
		case opSplit:
			m.choice(frame{kind: fChoice, pc: int32(in.y), pos: pos})
			if m.aborted {
				goto fail
			}
			pc = in.x
			continue
		case opJmp:
			pc = in.x
			continue
		case opSave:
			m.setReg(in.x, pos)
			pc++
			continue
		case opClose:
			g := in.x
			m.setReg(2*g, m.regs[2*m.re.ncap+g])
			m.setReg(2*g+1, pos)
			pc++
			continue
		case opProgress:
			if pos == m.regs[in.y] {
				pc = in.x
			} else {
				pc++
			}
			continue
		case opAssert:
			if m.assert(in.assert, pos) {
				pc++
				continue
			}
			goto fail
		case opRepeat:
			np, ok := m.repeat(in, pc, pos)
			if !ok {
				goto fail
			}
			pos = np
			pc++
			continue
		case opBackref:
			np, ok := m.backref(in, pos)
			if !ok {
				goto fail
			}
			pos = np
			pc++
			continue
		case opAtomic:
			h := len(m.stack)
			end, ok := m.run(pc+1, pos)
			if m.aborted {
				goto fail
			}
			if !ok {
				goto fail
			}
			m.cut(h)
			pos = end
			pc = in.x
			continue
		case opLook:
			if m.look(in, pos) {
				pc = in.x
				continue
			}
			if in.cond && !m.aborted {
				pc = in.y
				continue
			}
			goto fail
		case opCondRef:
			if m.regs[2*in.x] >= 0 {
				pc++
			} else {
				pc = in.y
			}
			continue
		case opSucceed:
			return pos, true
		case opMatch:
			if m.notEmpty && pos == m.attempt && m.regs[0] == m.attempt {
				goto fail
			}
			return pos, true
		}
	fail:
		for {
			if len(m.stack) <= base || m.aborted {
				m.unwind(base)
				return 0, false
			}
			f := &m.stack[len(m.stack)-1]
			switch f.kind {
			case fRestore:
				m.regs[f.pc] = f.aux
				m.stack = m.stack[:len(m.stack)-1]
				continue
			case fChoice:
				m.stack = m.stack[:len(m.stack)-1]
				pc, pos = int(f.pc), f.pos
			case fGreedy:
				np := m.back(f.pos)
				if nb := prog[f.pc].next; nb >= 0 {
					for np > f.aux && int(m.s[np]) != nb {
						np = m.back(np)
					}
				}
				if np <= f.aux {
					m.stack = m.stack[:len(m.stack)-1]
				} else {
					f.pos = np
				}
				pc, pos = int(f.pc)+1, np
			case fLazy:
				rin := &prog[f.pc]
				np := m.one(rin, rin.one, f.pos)
				if np < 0 {
					m.stack = m.stack[:len(m.stack)-1]
					continue
				}
				n := f.aux + 1
				if rin.max >= 0 && n >= rin.max {
					m.stack = m.stack[:len(m.stack)-1]
				} else {
					f.pos, f.aux = np, n
				}
				pc, pos = int(f.pc)+1, np
			}
			m.backtracks++
			if m.backtracks > matchLimit {
				m.aborted = true
				continue
			}
			break
		}
	}
}

// unwind pops the frames above h, restoring registers.
func (m *machine) unwind(h int) {
	for i := len(m.stack) - 1; i >= h; i-- {
		if f := m.stack[i]; f.kind == fRestore {
			m.regs[f.pc] = f.aux
		}
	}
	m.stack = m.stack[:h]
}

// cut drops the choice points above h, keeping the register restores so
// that backtracking past the atomic part still undoes its captures.
func (m *machine) cut(h int) {
	j := h
	for i := h; i < len(m.stack); i++ {
		if m.stack[i].kind == fRestore {
			m.stack[j] = m.stack[i]
			j++
		}
	}
	m.stack = m.stack[:j]
}

// repeat runs a one-character repeat at pos, pushing its backtracking
// frame.
func (m *machine) repeat(in *inst, pc, pos int) (int, bool) {
	n := 0
	for n < in.min {
		np := m.one(in, in.one, pos)
		if np < 0 {
			return 0, false
		}
		pos = np
		n++
	}
	if in.mode == lazy {
		if in.max < 0 || n < in.max {
			m.choice(frame{kind: fLazy, pc: int32(pc), pos: pos, aux: n})
		}
		return pos, true
	}
	minEnd := pos
	s := m.s
	switch {
	case in.one == opSet:
		// the fast loop over single bytes
		low := &in.set.low
		for pos < len(s) && (in.max < 0 || n < in.max) {
			c := s[pos]
			if m.utf && c >= utf8.RuneSelf {
				np := m.one(in, opSet, pos)
				if np < 0 {
					break
				}
				pos = np
			} else if low[c] {
				pos++
			} else {
				break
			}
			n++
		}
	case in.one == opAny && !m.utf:
		k := len(s) - pos
		if in.max >= 0 && in.max-n < k {
			k = in.max - n
		}
		pos += k
		n += k
	default:
		for in.max < 0 || n < in.max {
			np := m.one(in, in.one, pos)
			if np < 0 {
				break
			}
			pos = np
			n++
		}
	}
	m.steps -= n >> 4
	if in.mode == greedy && pos > minEnd {
		m.choice(frame{kind: fGreedy, pc: int32(pc), pos: pos, aux: minEnd})
	}
	return pos, true
}

func (m *machine) backref(in *inst, pos int) (int, bool) {
	g := in.x
	st, en := m.regs[2*g], m.regs[2*g+1]
	if st < 0 {
		return 0, false // an unset group matches nothing
	}
	ref := m.s[st:en]
	if !in.fold {
		if len(m.s)-pos >= len(ref) && m.s[pos:pos+len(ref)] == ref {
			return pos + len(ref), true
		}
		return 0, false
	}
	for len(ref) > 0 {
		if pos >= len(m.s) {
			return 0, false
		}
		var a, b rune
		var sa, sb int
		if m.utf {
			a, sa = utf8.DecodeRuneInString(ref)
			b, sb = utf8.DecodeRuneInString(m.s[pos:])
		} else {
			a, sa, b, sb = rune(ref[0]), 1, rune(m.s[pos]), 1
		}
		if a != b {
			same := false
			for f := foldNext(a, m.utf); f != a; f = foldNext(f, m.utf) {
				if f == b {
					same = true
					break
				}
			}
			if !same {
				return 0, false
			}
		}
		ref = ref[sa:]
		pos += sb
	}
	return pos, true
}

// look runs a lookaround; captures set by a positive assertion are kept.
func (m *machine) look(in *inst, pos int) bool {
	h := len(m.stack)
	matched := false
	for _, a := range in.alts {
		at := pos
		if in.behind {
			for i := 0; i < a.length; i++ {
				if at <= 0 {
					at = -1
					break
				}
				at = m.back(at)
			}
			if at < 0 {
				continue
			}
		}
		if _, ok := m.run(a.pc, at); ok {
			matched = true
			break
		}
		if m.aborted {
			return false
		}
	}
	if matched && !in.neg {
		m.cut(h)
		return true
	}
	m.unwind(h)
	return !matched && in.neg
}
