package stdlib

//go:generate go run gen_unicode.go /usr/share/unicode

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// gbProp is a Grapheme_Cluster_Break property value.
type gbProp uint8

// The Grapheme_Cluster_Break values of UAX #29.
const (
	gbOther gbProp = iota
	gbCR
	gbLF
	gbControl
	gbExtend
	gbZWJ
	gbRegionalIndicator
	gbPrepend
	gbSpacingMark
	gbL
	gbV
	gbT
	gbLV
	gbLVT
)

type gbRange struct {
	lo, hi rune
	prop   gbProp
}

type cpRange struct{ lo, hi rune }

type cccRange struct {
	lo, hi rune
	ccc    uint8
}

type specialCase struct{ lower, title, upper string }

// specialCasingEntry is one code point's special casing (specialCasing).
type specialCasingEntry struct {
	cp rune
	specialCase
}

// decompEntry is one code point's decomposition (canonDecomp,
// compatDecomp).
type decompEntry struct {
	cp  rune
	seq string
}

// specialCasingOf finds r's unconditional special casing.
func specialCasingOf(r rune) (specialCase, bool) {
	i, found := slices.BinarySearchFunc(specialCasing, r, func(e specialCasingEntry, r rune) int { return cmp.Compare(e.cp, r) })
	if !found {
		return specialCase{}, false
	}
	return specialCasing[i].specialCase, true
}

// decompOf finds r's decomposition in table.
func decompOf(table []decompEntry, r rune) (string, bool) {
	i, found := slices.BinarySearchFunc(table, r, func(e decompEntry, r rune) int { return cmp.Compare(e.cp, r) })
	if !found {
		return "", false
	}
	return table[i].seq, true
}

func gbOf(r rune) gbProp {
	if r < 0x7f {
		switch {
		case r == '\r':
			return gbCR
		case r == '\n':
			return gbLF
		case r < 0x20:
			return gbControl
		}
		return gbOther
	}
	i := sort.Search(len(gbRanges), func(i int) bool { return gbRanges[i].hi >= r })
	if i < len(gbRanges) && gbRanges[i].lo <= r {
		return gbRanges[i].prop
	}
	return gbOther
}

func inRanges(tab []cpRange, r rune) bool {
	i := sort.Search(len(tab), func(i int) bool { return tab[i].hi >= r })
	return i < len(tab) && tab[i].lo <= r
}

func isExtPict(r rune) bool { return r >= 0xA9 && inRanges(extPictRanges, r) }

// nextGrapheme returns the byte length of the first extended grapheme
// cluster of s (UAX #29 as Erlang's unicode_util:gc/1 applies it). An
// invalid UTF-8 byte is a cluster of its own. It returns 0 for "".
func nextGrapheme(s string) int {
	if len(s) == 0 {
		return 0
	}
	c0 := s[0]
	if c0 < 0x80 {
		// ASCII fast path: a cluster ends after an ASCII byte unless the
		// next code point extends it (or CR LF).
		if len(s) == 1 {
			return 1
		}
		c1 := s[1]
		if c1 < 0x80 {
			if c0 == '\r' && c1 == '\n' {
				return 2
			}
			return 1
		}
	}
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n <= 1 {
		return 1
	}
	prev := gbOf(r)
	pictSeq := isExtPict(r) // inside ExtPict Extend*
	zwjAfterPict := false
	riCount := 0
	if prev == gbRegionalIndicator {
		riCount = 1
	}
	pos := n
	for pos < len(s) {
		r2, n2 := utf8.DecodeRuneInString(s[pos:])
		if r2 == utf8.RuneError && n2 <= 1 {
			return pos
		}
		cur := gbOf(r2)
		if !graphemeJoins(prev, cur, zwjAfterPict && isExtPict(r2), riCount) {
			return pos
		}
		// update state
		switch {
		case isExtPict(r2):
			pictSeq = true
			zwjAfterPict = false
		case cur == gbExtend && pictSeq:
			zwjAfterPict = false
		case cur == gbZWJ && pictSeq:
			zwjAfterPict = true
			pictSeq = false
		default:
			pictSeq = false
			zwjAfterPict = false
		}
		if cur == gbRegionalIndicator {
			riCount++
		} else {
			riCount = 0
		}
		prev = cur
		pos += n2
	}
	return pos
}

// graphemeJoins reports whether there is no break between prev and cur.
func graphemeJoins(prev, cur gbProp, pictAfterZWJ bool, riCount int) bool {
	switch {
	case prev == gbCR && cur == gbLF: // GB3
		return true
	case prev == gbControl || prev == gbCR || prev == gbLF: // GB4
		return false
	case cur == gbControl || cur == gbCR || cur == gbLF: // GB5
		return false
	case prev == gbL && (cur == gbL || cur == gbV || cur == gbLV || cur == gbLVT): // GB6
		return true
	case (prev == gbLV || prev == gbV) && (cur == gbV || cur == gbT): // GB7
		return true
	case (prev == gbLVT || prev == gbT) && cur == gbT: // GB8
		return true
	case cur == gbExtend || cur == gbZWJ: // GB9
		return true
	case cur == gbSpacingMark: // GB9a
		return true
	case prev == gbPrepend: // GB9b
		return true
	case prev == gbZWJ && pictAfterZWJ: // GB11
		return true
	case prev == gbRegionalIndicator && cur == gbRegionalIndicator: // GB12, GB13
		return riCount%2 == 1
	}
	return false
}

// graphemes splits s into its extended grapheme clusters.
func graphemes(s string) []string {
	out := make([]string, 0, len(s))
	for len(s) > 0 {
		n := nextGrapheme(s)
		out = append(out, s[:n])
		s = s[n:]
	}
	return out
}

// graphemeCount returns the number of grapheme clusters in s.
func graphemeCount(s string) int {
	n := 0
	for len(s) > 0 {
		s = s[nextGrapheme(s):]
		n++
	}
	return n
}

// --- case mapping -------------------------------------------------------

// upcaseString maps s to upper case as String.upcase/2 does.
func upcaseString(s string, mode string) string {
	if mode == "ascii" {
		b := []byte(s)
		for i, c := range b {
			if c >= 'a' && c <= 'z' {
				b[i] = c - 32
			}
		}
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && n <= 1 {
			sb.WriteByte(s[0])
			s = s[1:]
			continue
		}
		s = s[n:]
		switch {
		case r == 'i' && mode == "turkic":
			sb.WriteRune(0x130)
		case r < 0x80:
			if r >= 'a' && r <= 'z' {
				r -= 32
			}
			sb.WriteByte(byte(r))
		default:
			if sc, ok := specialCasingOf(r); ok {
				sb.WriteString(sc.upper)
			} else {
				sb.WriteRune(unicode.ToUpper(r))
			}
		}
	}
	return sb.String()
}

// downcaseString maps s to lower case as String.downcase/2 does.
func downcaseString(s string, mode string) string {
	if mode == "ascii" {
		b := []byte(s)
		for i, c := range b {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 32
			}
		}
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(s))
	orig := s
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && n <= 1 {
			sb.WriteByte(s[0])
			s = s[1:]
			continue
		}
		rest := s[n:]
		switch {
		case r == 0x130 || (r == 'I' && strings.HasPrefix(rest, "\u0307")):
			if r == 'I' {
				rest = rest[2:]
			}
			if mode == "turkic" {
				sb.WriteByte('i')
			} else {
				sb.WriteString("i\u0307")
			}
		case r == 'I':
			if mode == "turkic" {
				sb.WriteRune(0x131)
			} else {
				sb.WriteByte('i')
			}
		case r == 0x3A3:
			if mode == "greek" && casedBefore(orig[:len(orig)-len(s)]) && !casedAfter(rest) {
				sb.WriteRune(0x3C2)
			} else {
				sb.WriteRune(0x3C3)
			}
		case r < 0x80:
			if r >= 'A' && r <= 'Z' {
				r += 32
			}
			sb.WriteByte(byte(r))
		default:
			if sc, ok := specialCasingOf(r); ok {
				sb.WriteString(sc.lower)
			} else {
				sb.WriteRune(unicode.ToLower(r))
			}
		}
		s = rest
	}
	return sb.String()
}

func isCased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.Is(unicode.Other_Lowercase, r) || unicode.Is(unicode.Other_Uppercase, r)
}

func isCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', 0xB7, 0x2019:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

func casedBefore(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-n]
		if isCaseIgnorable(r) {
			continue
		}
		return isCased(r)
	}
	return false
}

func casedAfter(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		s = s[n:]
		if isCaseIgnorable(r) {
			continue
		}
		return isCased(r)
	}
	return false
}

// titlecaseGrapheme maps the first code point of a grapheme to title case
// (Erlang's string:titlecase/1), leaving the rest as it is.
func titlecaseGrapheme(g string) string {
	r, n := utf8.DecodeRuneInString(g)
	if r == utf8.RuneError && n <= 1 {
		return g
	}
	if sc, ok := specialCasingOf(r); ok {
		return sc.title + g[n:]
	}
	return string(unicode.ToTitle(r)) + g[n:]
}

// --- normalization ------------------------------------------------------

func cccOf(r rune) uint8 {
	if r < 0x300 {
		return 0
	}
	i := sort.Search(len(cccRanges), func(i int) bool { return cccRanges[i].hi >= r })
	if i < len(cccRanges) && cccRanges[i].lo <= r {
		return cccRanges[i].ccc
	}
	return 0
}

const (
	hangulSBase  = 0xAC00
	hangulLBase  = 0x1100
	hangulVBase  = 0x1161
	hangulTBase  = 0x11A7
	hangulLCount = 19
	hangulVCount = 21
	hangulTCount = 28
	hangulNCount = hangulVCount * hangulTCount
	hangulSCount = hangulLCount * hangulNCount
)

func decomposeRuneMode(r rune, out []rune, compat bool) []rune {
	if r >= hangulSBase && r < hangulSBase+hangulSCount {
		si := r - hangulSBase
		out = append(out, hangulLBase+si/hangulNCount, hangulVBase+(si%hangulNCount)/hangulTCount)
		if t := si % hangulTCount; t != 0 {
			out = append(out, hangulTBase+t)
		}
		return out
	}
	d, ok := decompOf(canonDecomp, r)
	if !ok && compat {
		d, ok = decompOf(compatDecomp, r)
	}
	if ok {
		for _, c := range d {
			out = decomposeRuneMode(c, out, compat)
		}
		return out
	}
	return append(out, r)
}

// nfd returns the canonical decomposition of s, canonically ordered.
func nfd(s string) []rune { return decompose(s, false) }

// nfkd returns the compatibility decomposition of s, canonically ordered.
func nfkd(s string) []rune { return decompose(s, true) }

func decompose(s string, compat bool) []rune {
	var out []rune
	for _, r := range s {
		out = decomposeRuneMode(r, out, compat)
	}
	// canonical ordering: stable sort of runs of non-starters by ccc
	for i := 0; i < len(out); {
		if cccOf(out[i]) == 0 {
			i++
			continue
		}
		j := i
		for j < len(out) && cccOf(out[j]) != 0 {
			j++
		}
		run := out[i:j]
		sort.SliceStable(run, func(a, b int) bool { return cccOf(run[a]) < cccOf(run[b]) })
		i = j
	}
	return out
}

// composeMap maps a pair of code points to their primary composite; it is
// built on the first composition (composeOnce).
var (
	composeMap  map[[2]rune]rune
	composeOnce sync.Once
)

func initCompose() {
	composeMap = make(map[[2]rune]rune, len(canonDecomp))
	for _, e := range canonDecomp {
		rs := []rune(e.seq)
		if len(rs) != 2 || inRanges(compExclusions, e.cp) {
			continue
		}
		composeMap[[2]rune{rs[0], rs[1]}] = e.cp
	}
}

func composePair(a, b rune) (rune, bool) {
	if a >= hangulLBase && a < hangulLBase+hangulLCount && b >= hangulVBase && b < hangulVBase+hangulVCount {
		return hangulSBase + ((a-hangulLBase)*hangulVCount+(b-hangulVBase))*hangulTCount, true
	}
	if a >= hangulSBase && a < hangulSBase+hangulSCount && (a-hangulSBase)%hangulTCount == 0 &&
		b > hangulTBase && b < hangulTBase+hangulTCount {
		return a + (b - hangulTBase), true
	}
	composeOnce.Do(initCompose)
	c, ok := composeMap[[2]rune{a, b}]
	return c, ok
}

// nfc returns the canonical composition of s.
func nfc(s string) string { return compose(nfd(s)) }

// nfkc returns the compatibility composition of s.
func nfkc(s string) string { return compose(nfkd(s)) }

func compose(rs []rune) string {
	if len(rs) == 0 {
		return ""
	}
	out := make([]rune, 0, len(rs))
	starter := -1
	hasAfter := false // a non-starter follows the starter
	var lastCCC uint8
	for _, r := range rs {
		ccc := cccOf(r)
		if starter >= 0 {
			blocked := hasAfter && (lastCCC == 0 || lastCCC >= ccc)
			if !blocked {
				if c, ok := composePair(out[starter], r); ok {
					out[starter] = c
					continue
				}
			}
		}
		if ccc == 0 {
			starter = len(out)
			hasAfter = false
		} else {
			hasAfter = true
			lastCCC = ccc
		}
		out = append(out, r)
	}
	return string(out)
}
