package pcre

import "unicode"

// classItem is one member of a character class: a range of characters, a
// Unicode table, a predicate, or a nested set (\W inside [...]).
type classItem struct {
	lo, hi rune
	tab    *unicode.RangeTable
	pred   func(rune) bool
	sub    *charSet
	neg    bool // the item matches what tab / pred / sub do not
	fold   bool // caseless: a range also matches its characters' other cases
}

// charSet is a character class. low holds the answer for characters
// below 256 (bytes in byte mode), negation applied; items answer for
// the rest.
type charSet struct {
	items []classItem
	neg   bool
	utf   bool
	low   [256]bool
}

func (it *classItem) has(r rune, utf bool) bool {
	var in bool
	switch {
	case it.tab != nil:
		in = unicode.Is(it.tab, r)
	case it.pred != nil:
		in = it.pred(r)
	case it.sub != nil:
		in = it.sub.matches(r)
	default:
		in = r >= it.lo && r <= it.hi
		if !in && it.fold {
			for f := foldNext(r, utf); f != r; f = foldNext(f, utf) {
				if f >= it.lo && f <= it.hi {
					in = true
					break
				}
			}
		}
	}
	return in != it.neg
}

// foldNext is the next character of r's case-folding orbit: Unicode's in
// UTF mode, ASCII letters only otherwise (PCRE's default tables).
func foldNext(r rune, utf bool) rune {
	if utf {
		return unicode.SimpleFold(r)
	}
	switch {
	case r >= 'a' && r <= 'z', r >= 0xe0 && r <= 0xfe && r != 0xf7:
		return r - 32
	case r >= 'A' && r <= 'Z', r >= 0xc0 && r <= 0xde && r != 0xd7:
		return r + 32
	}
	return r
}

// finish computes the table of characters below 256.
func (cs *charSet) finish() *charSet {
	for c := 0; c < 256; c++ {
		cs.low[c] = cs.slow(rune(c))
	}
	return cs
}

func (cs *charSet) slow(r rune) bool {
	in := false
	for i := range cs.items {
		if cs.items[i].has(r, cs.utf) {
			in = true
			break
		}
	}
	return in != cs.neg
}

// matches reports whether r is in the set.
func (cs *charSet) matches(r rune) bool {
	if r >= 0 && r < 256 {
		return cs.low[r]
	}
	return cs.slow(r)
}

func rangeSet(utf bool, neg bool, items ...classItem) *charSet {
	return (&charSet{items: items, neg: neg, utf: utf}).finish()
}

func rng(lo, hi rune) classItem { return classItem{lo: lo, hi: hi} }

// horizontal and vertical whitespace (\h, \v), as PCRE lists them.
var (
	hspace = []rune{0x09, 0x20, 0xa0, 0x1680, 0x180e, 0x2000, 0x2001, 0x2002, 0x2003,
		0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000}
	vspace = []rune{0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029}
)

func isH(r rune) bool {
	for _, h := range hspace {
		if r == h {
			return true
		}
	}
	return false
}

func isV(r rune) bool {
	for _, h := range vspace {
		if r == h {
			return true
		}
	}
	return false
}

// Unicode property predicates of PCRE's extra properties.
func isXan(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }
func isXwd(r rune) bool { return isXan(r) || r == '_' }
func isXsp(r rune) bool {
	return unicode.Is(unicode.Z, r) || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r'
}
func isLAmp(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

// property returns the class item of \p{name} (without negation).
func property(name string) (classItem, bool) {
	switch name {
	case "Any":
		return classItem{pred: func(rune) bool { return true }}, true
	case "L&":
		return classItem{pred: isLAmp}, true
	case "Xan":
		return classItem{pred: isXan}, true
	case "Xwd":
		return classItem{pred: isXwd}, true
	case "Xsp", "Xps":
		return classItem{pred: isXsp}, true
	case "Xuc":
		return classItem{pred: func(r rune) bool {
			return r == '$' || r == '@' || r == '`' || (r >= 0xa0 && r <= 0xd7ff) || r >= 0xe000
		}}, true
	case "Cn":
		return classItem{pred: func(r rune) bool {
			for _, t := range unicode.Categories {
				if unicode.Is(t, r) {
					return false
				}
			}
			return true
		}}, true
	}
	if t, ok := unicode.Categories[name]; ok {
		return classItem{tab: t}, true
	}
	if t, ok := unicode.Scripts[name]; ok {
		return classItem{tab: t}, true
	}
	return classItem{}, false
}

// escapeClass returns the item of a class escape (\d \D \s \S \w \W \h
// \H \v \V) under the pattern's options, or false.
func escapeClass(c byte, utf, ucp bool) (classItem, bool) {
	var it classItem
	switch c | 0x20 {
	case 'd':
		if ucp {
			it = classItem{tab: unicode.Nd}
		} else {
			it = classItem{sub: rangeSet(utf, false, rng('0', '9'))}
		}
	case 's':
		if ucp {
			it = classItem{pred: isXsp}
		} else {
			it = classItem{sub: rangeSet(utf, false, rng('\t', '\r'), rng(' ', ' '))}
		}
	case 'w':
		if ucp {
			it = classItem{pred: isXwd}
		} else {
			it = classItem{sub: rangeSet(utf, false, latin1Word...)}
		}
	case 'h':
		it = classItem{pred: isH}
	case 'v':
		it = classItem{pred: isV}
	default:
		return it, false
	}
	it.neg = c >= 'A' && c <= 'Z'
	return it, true
}

// posixClass returns the item of [:name:] under the pattern's options.
func posixClass(name string, utf, ucp bool) (classItem, bool) {
	if ucp {
		switch name {
		case "alpha":
			return classItem{tab: unicode.L}, true
		case "lower":
			return classItem{tab: unicode.Ll}, true
		case "upper":
			return classItem{tab: unicode.Lu}, true
		case "digit":
			return classItem{tab: unicode.Nd}, true
		case "alnum":
			return classItem{pred: isXan}, true
		case "space":
			return classItem{pred: isXsp}, true
		case "word":
			return classItem{pred: isXwd}, true
		case "graph":
			return classItem{pred: func(r rune) bool {
				return !unicode.Is(unicode.Z, r) && !unicode.Is(unicode.C, r) || r == 0x061c || (r >= 0x2066 && r <= 0x2069)
			}}, true
		case "print":
			return classItem{pred: func(r rune) bool {
				return (!unicode.Is(unicode.Z, r) || unicode.Is(unicode.Zs, r)) && !unicode.Is(unicode.C, r) || r == 0x061c || (r >= 0x2066 && r <= 0x2069)
			}}, true
		case "punct":
			return classItem{pred: func(r rune) bool {
				return unicode.IsPunct(r) || (r < 128 && unicode.IsSymbol(r))
			}}, true
		}
	}
	var items []classItem
	switch name {
	case "alpha":
		items = append(append([]classItem{}, latin1Lower...), latin1Upper...)
	case "lower":
		items = latin1Lower
	case "upper":
		items = latin1Upper
	case "digit":
		items = []classItem{rng('0', '9')}
	case "alnum":
		items = append(append([]classItem{rng('0', '9')}, latin1Lower...), latin1Upper...)
	case "word":
		items = latin1Word
	case "space":
		items = []classItem{rng('\t', '\r'), rng(' ', ' ')}
	case "blank":
		items = []classItem{rng('\t', '\t'), rng(' ', ' ')}
	case "cntrl":
		items = []classItem{rng(0, 31), rng(127, 159)}
	case "graph":
		items = []classItem{rng('!', '~'), rng(160, 255)}
	case "print":
		items = []classItem{rng(' ', '~'), rng(160, 255)}
	case "punct":
		items = []classItem{rng('!', '/'), rng(':', '@'), rng('[', '`'), rng('{', '~'),
			rng(160, 169), rng(171, 180), rng(182, 185), rng(187, 191), rng(215, 215), rng(247, 247)}
	case "xdigit":
		items = []classItem{rng('0', '9'), rng('A', 'F'), rng('a', 'f')}
	case "ascii":
		items = []classItem{rng(0, 127)}
	default:
		return classItem{}, false
	}
	return classItem{sub: rangeSet(utf, false, items...)}, true
}

// The classes of characters below 256 without UCP: Erlang builds PCRE
// with ISO-8859-1 character tables, so \w and [[:alpha:]] take the
// Latin-1 letters too.
var (
	latin1Lower = []classItem{rng('a', 'z'), rng(170, 170), rng(181, 181), rng(186, 186), rng(223, 246), rng(248, 255)}
	latin1Upper = []classItem{rng('A', 'Z'), rng(192, 214), rng(216, 222)}
	latin1Word  = append(append([]classItem{rng('0', '9'), rng('_', '_')}, latin1Lower...), latin1Upper...)
)
