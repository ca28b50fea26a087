package stdlib

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The String module on UTF-8 binaries, with extended grapheme clusters.

func init() { rt.RegisterLazy(registerString) }

// registerString registers the built-ins of this file (see rt.RegisterLazy).
func registerString() {
	rt.Register("String", map[string]rt.BuiltinFunc{
		"length/1": strLength,
		"upcase/1": func(env rt.Env, a []term.Term) term.Term {
			return strUpcase("String.upcase/2", withDefaults(a, atom("default")), "default")
		},
		"upcase/2": func(env rt.Env, a []term.Term) term.Term { return strUpcase("String.upcase/2", a, "") },
		"downcase/1": func(env rt.Env, a []term.Term) term.Term {
			return strDowncase("String.downcase/2", withDefaults(a, atom("default")), "default")
		},
		"downcase/2": func(env rt.Env, a []term.Term) term.Term { return strDowncase("String.downcase/2", a, "") },
		"capitalize/1": func(env rt.Env, a []term.Term) term.Term {
			return strCapitalize("String.capitalize/2", withDefaults(a, atom("default")), "default")
		},
		"capitalize/2":    func(env rt.Env, a []term.Term) term.Term { return strCapitalize("String.capitalize/2", a, "") },
		"trim/1":          func(env rt.Env, a []term.Term) term.Term { return strTrim("String.trim/1", a, true, true) },
		"trim/2":          func(env rt.Env, a []term.Term) term.Term { return strTrim("String.trim/2", a, true, true) },
		"trim_leading/1":  func(env rt.Env, a []term.Term) term.Term { return strTrim("String.trim_leading/1", a, true, false) },
		"trim_leading/2":  func(env rt.Env, a []term.Term) term.Term { return strTrim("String.trim_leading/2", a, true, false) },
		"trim_trailing/1": func(env rt.Env, a []term.Term) term.Term { return strTrim("String.trim_trailing/1", a, false, true) },
		"trim_trailing/2": func(env rt.Env, a []term.Term) term.Term { return strTrim("String.trim_trailing/2", a, false, true) },
		"split/1":         strSplit1,
		"split/2": func(env rt.Env, a []term.Term) term.Term {
			return strSplit(env, "String.split/3", a[0], a[1], term.Nil, withDefaults(a, term.Nil))
		},
		"split/3": func(env rt.Env, a []term.Term) term.Term { return strSplit(env, "String.split/3", a[0], a[1], a[2], a) },
		"splitter/2": func(env rt.Env, a []term.Term) term.Term {
			return strSplitter(env, "String.splitter/3", a[0], a[1], term.Nil, withDefaults(a, term.Nil))
		},
		"splitter/3": func(env rt.Env, a []term.Term) term.Term {
			return strSplitter(env, "String.splitter/3", a[0], a[1], a[2], a)
		},
		"split_at/2": strSplitAt,
		"replace/3": func(env rt.Env, a []term.Term) term.Term {
			return strReplace(env, "String.replace/4", withDefaults(a, term.Nil), term.Nil)
		},
		"replace/4":      func(env rt.Env, a []term.Term) term.Term { return strReplace(env, "String.replace/4", a, a[3]) },
		"reverse/1":      strReverse,
		"graphemes/1":    strGraphemes,
		"codepoints/1":   strCodepoints,
		"contains?/2":    strContains,
		"starts_with?/2": strStartsWith,
		"ends_with?/2":   strEndsWith,
		"slice/2":        strSlice2,
		"slice/3":        strSlice3,
		"byte_slice/3":   strByteSlice,
		"at/2":           strAt,
		"duplicate/2":    strDuplicate,
		"pad_leading/2": func(env rt.Env, a []term.Term) term.Term {
			return strPad(env, "String.pad_leading/3", withDefaults(a, term.List(term.Binary(" "))), true)
		},
		"pad_leading/3": func(env rt.Env, a []term.Term) term.Term { return strPad(env, "String.pad_leading/3", a, true) },
		"pad_trailing/2": func(env rt.Env, a []term.Term) term.Term {
			return strPad(env, "String.pad_trailing/3", withDefaults(a, term.List(term.Binary(" "))), false)
		},
		"pad_trailing/3":     func(env rt.Env, a []term.Term) term.Term { return strPad(env, "String.pad_trailing/3", a, false) },
		"to_integer/1":       func(env rt.Env, a []term.Term) term.Term { return binaryToInteger("String.to_integer/1", a, 10) },
		"to_integer/2":       strToInteger2,
		"to_float/1":         strToFloat,
		"to_atom/1":          strToAtom,
		"to_existing_atom/1": strToExistingAtom,
		"to_charlist/1":      strToCharlist,
		"first/1":            strFirst,
		"last/1":             strLast,
		"next_grapheme/1":    strNextGrapheme,
		"next_grapheme_size/1": func(env rt.Env, a []term.Term) term.Term {
			s := binArg("String.next_grapheme_size/1", a, 0)
			if s == "" {
				return term.NilAtom
			}
			n := nextGrapheme(s)
			return term.Tuple{term.Int(n), term.Binary(s[n:])}
		},
		"next_codepoint/1":   strNextCodepoint,
		"myers_difference/2": strMyers,
		"jaro_distance/2":    strJaro,
		"bag_distance/2":     strBag,
		"valid?/1":           func(env rt.Env, a []term.Term) term.Term { return strValid(env, withDefaults(a, atom("default"))) },
		"valid?/2":           strValid,
		"printable?/1":       func(env rt.Env, a []term.Term) term.Term { return strPrintable(env, withDefaults(a, atom("infinity"))) },
		"printable?/2":       strPrintable,
		"chunk/2":            strChunk,
		"equivalent?/2":      strEquivalent,
		"normalize/2":        strNormalize,
		"replace_prefix/3":   strReplacePrefix,
		"replace_suffix/3":   strReplaceSuffix,
		"replace_leading/3":  func(env rt.Env, a []term.Term) term.Term { return strReplaceEdge("String.replace_leading/3", a, true) },
		"replace_trailing/3": func(env rt.Env, a []term.Term) term.Term {
			return strReplaceEdge("String.replace_trailing/3", a, false)
		},
		"replace_invalid/1":  strReplaceInvalid,
		"replace_invalid/2":  strReplaceInvalid,
		"match?/2":           strMatch,
		"valid_character?/1": strValidCharacter,
	})
}

func strLength(env rt.Env, a []term.Term) term.Term {
	return term.Int(graphemeCount(binArg("String.length/1", a, 0)))
}

// caseMode reads the mode argument of upcase/downcase/capitalize.
func caseMode(mfa string, a []term.Term, def string) string {
	if def != "" {
		return def
	}
	m := atomArg(mfa, a, 1).Name()
	switch m {
	case "default", "ascii", "greek", "turkic":
		return m
	}
	fnClauseError(mfa, a)
	return ""
}

func strUpcase(mfa string, a []term.Term, mode string) term.Term {
	s := binArg(mfa, a, 0)
	return term.Binary(upcaseString(s, caseMode(mfa, a, mode)))
}

func strDowncase(mfa string, a []term.Term, mode string) term.Term {
	s := binArg(mfa, a, 0)
	return term.Binary(downcaseString(s, caseMode(mfa, a, mode)))
}

func strCapitalize(mfa string, a []term.Term, mode string) term.Term {
	s := binArg(mfa, a, 0)
	mode = caseMode(mfa, a, mode)
	if s == "" {
		return term.Binary("")
	}
	if mode == "ascii" {
		c := s[0]
		if c >= 'a' && c <= 'z' {
			c -= 32
		}
		return term.Binary(string(c) + downcaseString(s[1:], "ascii"))
	}
	if s[0] == 'i' {
		first := "I"
		if mode == "turkic" {
			first = "\u0130"
		}
		return term.Binary(first + downcaseString(s[1:], mode))
	}
	n := nextGrapheme(s)
	return term.Binary(titlecaseGrapheme(s[:n]) + downcaseString(s[n:], mode))
}

// isWhitespace is Unicode's White_Space property.
func isWhitespace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r')
	}
	return unicode.Is(unicode.White_Space, r)
}

func trimWS(s string, lead, trail bool) string {
	if lead {
		s = strings.TrimLeftFunc(s, isWhitespace)
	}
	if trail {
		s = strings.TrimRightFunc(s, isWhitespace)
	}
	return s
}

func strTrim(mfa string, a []term.Term, lead, trail bool) term.Term {
	s := binArg(mfa, a, 0)
	if len(a) == 1 {
		return term.Binary(trimWS(s, lead, trail))
	}
	chars := binArg(mfa, a, 1)
	if chars == "" {
		return term.Binary(s)
	}
	if lead {
		for strings.HasPrefix(s, chars) {
			s = s[len(chars):]
		}
	}
	if trail {
		for strings.HasSuffix(s, chars) {
			s = s[:len(s)-len(chars)]
		}
	}
	return term.Binary(s)
}

// strSplit1 splits on Unicode whitespace except the non-breaking spaces.
func strSplit1(env rt.Env, a []term.Term) term.Term {
	s, ok := a[0].(term.Binary)
	if !ok { // String.Break.split/1 hands it to :binary.split/3
		erlArgError(1, "not a binary")
	}
	parts := strings.FieldsFunc(string(s), func(r rune) bool {
		return isWhitespace(r) && r != 0xA0 && r != 0x2007 && r != 0x202F
	})
	return strList(parts)
}

// patterns returns the binary patterns of a split/replace argument (a
// binary or a list of binaries); ok is false for anything else.
func patterns(p term.Term) ([]string, bool) {
	switch v := p.(type) {
	case term.Tuple: // a pattern from :binary.compile_pattern/1
		if len(v) == 2 && (v[0] == atom("bm") || v[0] == atom("ac")) {
			return patterns(v[1])
		}
		return nil, false
	case term.Binary:
		return []string{string(v)}, true
	case term.EmptyList, *term.Cons:
		items, ok := term.ListToSlice(v)
		if !ok {
			return nil, false
		}
		out := make([]string, len(items))
		for i, it := range items {
			b, ok := it.(term.Binary)
			if !ok {
				return nil, false
			}
			out[i] = string(b)
		}
		return out, true
	}
	return nil, false
}

// matcher finds the leftmost-longest occurrence of any of several
// patterns, as :binary.match/split do, remembering each pattern's next
// occurrence so repeated searches stay linear.
type matcher struct {
	s    string
	pats []string
	next []int // next occurrence at or after the last search start; -1: none
}

func newMatcher(s string, pats []string) *matcher {
	m := &matcher{s: s, pats: pats, next: make([]int, len(pats))}
	for i := range m.next {
		m.next[i] = -2 // not searched yet
	}
	return m
}

// find returns the position and length of the first match at or after
// from, or -1.
func (m *matcher) find(from int) (int, int) {
	best, blen := -1, 0
	for i, p := range m.pats {
		if m.next[i] == -1 {
			continue
		}
		if m.next[i] < from {
			j := strings.Index(m.s[from:], p)
			if j < 0 {
				m.next[i] = -1
				continue
			}
			m.next[i] = from + j
		}
		pos := m.next[i]
		if best < 0 || pos < best || (pos == best && len(p) > blen) {
			best, blen = pos, len(p)
		}
	}
	return best, blen
}

func strSplit(env rt.Env, mfa string, str, pat, opts term.Term, a []term.Term) term.Term {
	s, ok := str.(term.Binary)
	if !ok || !term.IsList(opts) {
		fnClauseError(mfa, a)
	}
	if isRegex(pat) {
		return regexSplit(env, pat, string(s), opts)
	}
	pats, ok := patterns(pat)
	if !ok {
		erlArgError(2, "not a valid pattern") // from :binary.split/3
	}
	parts := 0
	if v, ok := kwGet(opts, "parts"); ok {
		if n, ok := v.(term.Int); ok && n > 0 {
			parts = int(n)
		} else if v != atom("infinity") {
			fnClauseError("String.parts_to_index/1", []term.Term{v})
		}
	}
	trim := kwBool(opts, "trim", false)
	return strList(splitString(string(s), pats, parts, trim))
}

// splitString implements String.split/3 on binary patterns; parts 0 is
// :infinity.
func splitString(s string, pats []string, parts int, trim bool) []string {
	if len(pats) == 0 {
		if s == "" && trim {
			return []string{}
		}
		return []string{s}
	}
	for _, p := range pats {
		if p == "" {
			if len(pats) == 1 {
				return splitEmpty(s, parts, trim)
			}
			rt.ArgumentError("errors were found at the given arguments:\n\n  * 2nd argument: not a valid pattern\n")
		}
	}
	out := []string{}
	m := newMatcher(s, pats)
	pos := 0
	for {
		if parts > 0 && len(out) == parts-1 {
			rest := s[pos:]
			if !(trim && rest == "") {
				out = append(out, rest)
			}
			return out
		}
		i, n := m.find(pos)
		if i < 0 {
			rest := s[pos:]
			if !(trim && rest == "") {
				out = append(out, rest)
			}
			return out
		}
		piece := s[pos:i]
		pos = i + n
		if trim && piece == "" {
			continue
		}
		out = append(out, piece)
	}
}

func splitEmpty(s string, parts int, trim bool) []string {
	out := []string{}
	count := parts
	if !trim && parts != 1 {
		out = append(out, "")
		if parts > 0 {
			count = parts - 1
		}
	}
	for {
		if count == 1 || s == "" {
			if !(s == "" && trim) {
				out = append(out, s)
			}
			return out
		}
		n := nextGrapheme(s)
		out = append(out, s[:n])
		s = s[n:]
		if count > 0 {
			count--
		}
	}
}

func strSplitter(env rt.Env, mfa string, str, pat, opts term.Term, a []term.Term) term.Term {
	s, ok := str.(term.Binary)
	if !ok || !term.IsList(opts) {
		fnClauseError(mfa, a)
	}
	pats, ok := patterns(pat)
	if !ok {
		erlArgError(2, "not a valid pattern")
	}
	trim := kwBool(opts, "trim", false)
	text := string(s)
	for _, p := range pats {
		if p == "" && len(pats) > 1 {
			erlArgError(2, "not a valid pattern")
		}
	}
	// Elixir's splitter is a Stream.unfold/2: each piece is found when
	// the consumer asks for it.
	return makeSource("unfold", func(env rt.Env, f func(term.Term) bool) {
		if len(pats) == 0 {
			if !(trim && text == "") {
				f(term.Binary(text))
			}
			return
		}
		if pats[0] == "" {
			if !trim && !f(term.Binary("")) {
				return
			}
			for off := 0; off < len(text); {
				n := nextGrapheme(text[off:])
				if !f(term.Binary(text[off : off+n])) {
					return
				}
				off += n
			}
			if !trim {
				f(term.Binary(""))
			}
			return
		}
		m := newMatcher(text, pats)
		pos := 0
		for {
			rt.Reduce(env, 1)
			i, n := m.find(pos)
			if i < 0 {
				if rest := text[pos:]; !(trim && rest == "") {
					f(term.Binary(rest))
				}
				return
			}
			piece := text[pos:i]
			pos = i + n
			if trim && piece == "" {
				continue
			}
			if !f(term.Binary(piece)) {
				return
			}
		}
	})
}

func strSplitAt(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.split_at/2", a, 0)
	n := intArg("String.split_at/2", a, 1)
	if n < 0 {
		n = graphemeCount(s) + n
		if n < 0 {
			n = 0
		}
	}
	off := graphemeOffset(s, n)
	return term.Tuple{term.Binary(s[:off]), term.Binary(s[off:])}
}

// graphemeOffset returns the byte offset after n graphemes (capped).
func graphemeOffset(s string, n int) int {
	off := 0
	for i := 0; i < n && off < len(s); i++ {
		off += nextGrapheme(s[off:])
	}
	return off
}

func strReplace(env rt.Env, mfa string, a []term.Term, opts term.Term) term.Term {
	s, ok := a[0].(term.Binary)
	if !ok || !term.IsList(opts) {
		fnClauseError(mfa, a)
	}
	global := kwBool(opts, "global", true)
	if isRegex(a[1]) {
		return regexReplace(env, a[1], string(s), a[2], global)
	}
	pats, ok := patterns(a[1])
	if !ok {
		erlArgError(2, "not a valid pattern")
	}
	repl := a[2]
	var replStr string
	isFun := false
	switch r := repl.(type) {
	case term.Binary:
		replStr = string(r)
	case *term.Fun:
		isFun = true
	default:
		fnClauseError(mfa, a)
	}
	if len(pats) == 1 && pats[0] == "" {
		// "" matches between every grapheme.
		gs := graphemes(string(s))
		var sb strings.Builder
		emit := func(m string) {
			if isFun {
				sb.WriteString(replResult(env, repl, m))
			} else {
				sb.WriteString(replStr)
			}
		}
		if !global {
			emit("")
			sb.WriteString(string(s))
			return term.Binary(sb.String())
		}
		emit("")
		for _, g := range gs {
			sb.WriteString(g)
			emit("")
		}
		return term.Binary(sb.String())
	}
	for _, p := range pats {
		if p == "" {
			rt.ArgumentError("errors were found at the given arguments:\n\n  * 2nd argument: not a valid pattern\n")
		}
	}
	var sb strings.Builder
	m := newMatcher(string(s), pats)
	pos := 0
	for {
		i, n := m.find(pos)
		if i < 0 {
			break
		}
		sb.WriteString(string(s[pos:i]))
		if isFun {
			sb.WriteString(replResult(env, repl, string(s[i:i+n])))
		} else {
			sb.WriteString(replStr)
		}
		pos = i + n
		if !global {
			break
		}
	}
	if pos == 0 && sb.Len() == 0 {
		return s
	}
	sb.WriteString(string(s[pos:]))
	return term.Binary(sb.String())
}

// replResult calls a replacement function and converts its result
// (chardata) to a string.
func replResult(env rt.Env, fun term.Term, match string) string {
	r := env.Call(fun, []term.Term{term.Binary(match)})
	if b, ok := r.(term.Binary); ok {
		return string(b)
	}
	if s, ok := chardataToString(r); ok {
		return s
	}
	rt.ArgumentError("errors were found at the given arguments:\n\n  * 1st argument: not valid character data (an iodata term)\n")
	return ""
}

func strReverse(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.reverse/1", a, 0)
	var sb strings.Builder
	sb.Grow(len(s))
	// Each run of valid UTF-8 is reversed by graphemes; an invalid byte
	// stays where it is, as Elixir's do_reverse/2 leaves it.
	for len(s) > 0 {
		end := 0
		for end < len(s) {
			r, n := utf8.DecodeRuneInString(s[end:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			end += n
		}
		gs := graphemes(s[:end])
		for k := len(gs) - 1; k >= 0; k-- {
			sb.WriteString(gs[k])
		}
		if end < len(s) {
			sb.WriteByte(s[end])
			end++
		}
		s = s[end:]
	}
	return term.Binary(sb.String())
}

func strGraphemes(env rt.Env, a []term.Term) term.Term {
	return strList(graphemes(binArg("String.graphemes/1", a, 0)))
}

func strCodepoints(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.codepoints/1", a, 0)
	var out []string
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && n <= 1 {
			n = 1
		}
		out = append(out, s[:n])
		s = s[n:]
	}
	return strList(out)
}

func strContains(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.contains?/2", a, 0)
	if isRegex(a[1]) {
		return boolTerm(regexMatch(env, a[1], s))
	}
	pats, ok := patterns(a[1])
	if !ok {
		erlArgError(2, "not a valid pattern")
	}
	for _, p := range pats {
		if strings.Contains(s, p) {
			return term.True
		}
	}
	return term.False
}

func strStartsWith(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.starts_with?/2", a, 0)
	pats, ok := patterns(a[1])
	if !ok {
		fnClauseError("String.starts_with?/2", a)
	}
	for _, p := range pats {
		if strings.HasPrefix(s, p) {
			return term.True
		}
	}
	return term.False
}

func strEndsWith(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.ends_with?/2", a, 0)
	pats, ok := patterns(a[1])
	if !ok {
		fnClauseError("String.ends_with?/2", a)
	}
	for _, p := range pats {
		if strings.HasSuffix(s, p) {
			return term.True
		}
	}
	return term.False
}

// rangeParts reads a %Range{} struct.
func rangeParts(t term.Term) (first, last, step int, ok bool) {
	m, isMap := t.(*term.Map)
	if !isMap {
		return 0, 0, 0, false
	}
	if s, ok := m.Get(atom("__struct__")); !ok || s != atom("Elixir.Range") {
		return 0, 0, 0, false
	}
	f, ok1 := m.Get(atom("first"))
	l, ok2 := m.Get(atom("last"))
	st, ok3 := m.Get(atom("step"))
	fi, ok4 := f.(term.Int)
	li, ok5 := l.(term.Int)
	if !ok1 || !ok2 || !ok4 || !ok5 {
		return 0, 0, 0, false
	}
	step = 1
	if ok3 {
		si, ok := st.(term.Int)
		if !ok {
			return 0, 0, 0, false
		}
		step = int(si)
	} else if fi > li {
		step = -1
	}
	return int(fi), int(li), step, true
}

func strSlice2(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.slice/2", a, 0)
	first, last, step, ok := rangeParts(a[1])
	if !ok {
		fnClauseError("String.slice/2", a)
	}
	if step < 0 {
		if step == -1 && first > last {
			step = 1
		} else {
			rt.ArgumentError("String.slice/2 does not accept ranges with negative steps, got: " + rt.Inspect(env, a[1]))
		}
	}
	if s == "" {
		return term.Binary("")
	}
	if first >= 0 && last >= 0 && first > last {
		return term.Binary("")
	}
	gs := graphemes(s)
	n := len(gs)
	if first < 0 {
		first += n
		if first < 0 {
			first = 0
		}
	}
	if last < 0 {
		last += n
	}
	if first > last || first >= n {
		return term.Binary("")
	}
	if last >= n {
		last = n - 1
	}
	var sb strings.Builder
	for i := first; i <= last; i += step {
		sb.WriteString(gs[i])
	}
	return term.Binary(sb.String())
}

func strSlice3(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.slice/3", a, 0)
	start := intArg("String.slice/3", a, 1)
	length := intArg("String.slice/3", a, 2)
	if length < 0 {
		fnClauseError("String.slice/3", a)
	}
	if length == 0 {
		return term.Binary("")
	}
	if start < 0 {
		start += graphemeCount(s)
		if start < 0 {
			start = 0
		}
	}
	from := graphemeOffset(s, start)
	to := from + graphemeOffset(s[from:], length)
	return term.Binary(s[from:to])
}

func strByteSlice(env rt.Env, a []term.Term) term.Term {
	str := binArg("String.byte_slice/3", a, 0)
	start := intArg("String.byte_slice/3", a, 1)
	size := intArg("String.byte_slice/3", a, 2)
	if size < 0 {
		fnClauseError("String.byte_slice/3", a)
	}
	if start < 0 {
		start = max(len(str)+start, 0)
	}
	if start >= len(str) {
		return term.Binary("")
	}
	rest := str[start:]
	for len(rest) > 0 && rest[0]&0xC0 == 0x80 { // drop a partial code point
		rest = rest[1:]
	}
	return term.Binary(rest[:validPrefixEnd(rest, min(size, len(rest)))])
}

// validPrefixEnd returns where the first n bytes of s end once a code
// point cut at the end is dropped (String.byte_slice's invalid_suffix).
func validPrefixEnd(s string, n int) int {
	truncated := 0
	for last := n - 1; last >= 0; last-- {
		b := s[last]
		switch {
		case b <= 127:
			return last + 1
		case b <= 191:
			truncated++
			continue
		case b <= 223:
			if truncated == 1 {
				return last + truncated + 1
			}
			return last
		case b <= 239:
			if truncated == 2 {
				return last + truncated + 1
			}
			return last
		case b <= 247:
			if truncated == 3 {
				return last + truncated + 1
			}
			return last
		default:
			return last + 1
		}
	}
	return 0
}

func strAt(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.at/2", a, 0)
	i := intArg("String.at/2", a, 1)
	if i < 0 {
		gs := graphemes(s)
		i += len(gs)
		if i < 0 {
			return term.NilAtom
		}
		return term.Binary(gs[i])
	}
	off := graphemeOffset(s, i)
	if off >= len(s) {
		return term.NilAtom
	}
	return term.Binary(s[off : off+nextGrapheme(s[off:])])
}

func strDuplicate(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.duplicate/2", a, 0)
	n := intArg("String.duplicate/2", a, 1)
	if n < 0 {
		erlArgError(2, "out of range")
	}
	rt.CheckAlloc(env, rt.AllocProduct(int64(n), int64(len(s))))
	checkBuild(int64(n), int64(len(s)))
	return term.Binary(strings.Repeat(s, n))
}

func strPad(env rt.Env, mfa string, a []term.Term, leading bool) term.Term {
	// As Elixir's: a binary padding becomes its graphemes, then the
	// clause for a non-empty list of them checks the string and count.
	padArg := term.Term(term.List(term.Binary(" ")))
	if len(a) > 2 {
		padArg = a[2]
	}
	if p, ok := padArg.(term.Binary); ok {
		gs := graphemes(string(p))
		items := make([]term.Term, len(gs))
		for i, g := range gs {
			items[i] = term.Binary(g)
		}
		padArg = term.List(items...)
	}
	b, isBin := a[0].(term.Binary)
	n, isInt := a[1].(term.Int)
	_, nonEmpty := padArg.(*term.Cons)
	if !isBin || !isInt || n < 0 || !nonEmpty {
		fnClauseError(mfa, []term.Term{a[0], a[1], padArg})
	}
	s, count := string(b), int(n)
	var padding []string
	items, ok := term.ListToSlice(padArg)
	if !ok {
		fnClauseError(mfa, []term.Term{a[0], a[1], padArg})
	}
	for _, it := range items {
		b, ok := it.(term.Binary)
		if !ok {
			fnClauseError(mfa, []term.Term{a[0], a[1], padArg})
		}
		padding = append(padding, string(b))
	}
	missing := count - graphemeCount(s)
	if missing <= 0 {
		return term.Binary(s)
	}
	longest := 1
	for _, p := range padding {
		longest = max(longest, len(p))
	}
	rt.CheckAlloc(env, rt.AllocProduct(int64(missing), int64(longest)))
	checkBuild(int64(missing), 4)
	var sb strings.Builder
	for i := 0; i < missing; i++ {
		sb.WriteString(padding[i%len(padding)])
	}
	if leading {
		return term.Binary(sb.String() + s)
	}
	return term.Binary(s + sb.String())
}

func strToInteger2(env rt.Env, a []term.Term) term.Term {
	base := intArg("String.to_integer/2", a, 1)
	return binaryToInteger("String.to_integer/2", a, base)
}

// binaryToInteger is :erlang.binary_to_integer/1,2.
func binaryToInteger(mfa string, a []term.Term, base int) term.Term {
	s := binArg(mfa, a, 0)
	if base < 2 || base > 36 {
		erlArgError(2, "not an integer in the range 2 through 36")
	}
	v, ok := parseIntegerExact(s, base)
	if !ok {
		erlArgError(1, "not a textual representation of an integer")
	}
	return v
}

func strToFloat(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.to_float/1", a, 0)
	f, ok := parseErlangFloat(s)
	if !ok {
		erlArgError(1, "not a textual representation of a float")
	}
	return term.Float(f)
}

func strToAtom(env rt.Env, a []term.Term) term.Term {
	// String.to_atom/1 is :erlang.binary_to_atom/2, which has no clauses
	if _, ok := a[0].(term.Binary); !ok {
		erlArgError(1, "not a binary")
	}
	return rt.NewAtom(env, atomText(a[:1]))
}

func strToExistingAtom(env rt.Env, a []term.Term) term.Term {
	if _, ok := a[0].(term.Binary); !ok {
		erlArgError(1, "not a binary")
	}
	at, ok := term.LookupAtom(atomText(a[:1]))
	if !ok {
		erlArgError(1, "not an already existing atom")
	}
	return at
}

func strToCharlist(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.to_charlist/1", a, 0)
	if !utf8.ValidString(s) {
		raiseUnicodeConversion(env, s)
	}
	return stringToCharlist(s)
}

// raiseUnicodeConversion raises UnicodeConversionError for the first
// invalid part of s.
func raiseUnicodeConversion(env rt.Env, s string) {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		i += n
	}
	rt.Raise(rt.NewException("UnicodeConversionError",
		atom("encoded"), term.Binary(s[:i]),
		atom("message"), term.Binary("invalid encoding starting at "+rt.Inspect(env, term.Binary(s[i:])))))
}

func strFirst(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.first/1", a, 0)
	if s == "" {
		return term.NilAtom
	}
	return term.Binary(s[:nextGrapheme(s)])
}

func strLast(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.last/1", a, 0)
	if s == "" {
		return term.NilAtom
	}
	last := ""
	for len(s) > 0 {
		n := nextGrapheme(s)
		last = s[:n]
		s = s[n:]
	}
	return term.Binary(last)
}

func strNextGrapheme(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.next_grapheme/1", a, 0)
	if s == "" {
		return term.NilAtom
	}
	n := nextGrapheme(s)
	return term.Tuple{term.Binary(s[:n]), term.Binary(s[n:])}
}

func strNextCodepoint(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.next_codepoint/1", a, 0)
	if s == "" {
		return term.NilAtom
	}
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n <= 1 {
		n = 1
	}
	return term.Tuple{term.Binary(s[:n]), term.Binary(s[n:])}
}

func strMyers(env rt.Env, a []term.Term) term.Term {
	s1 := binArg("String.myers_difference/2", a, 0)
	s2 := binArg("String.myers_difference/2", a, 1)
	toTerms := func(s string) []term.Term {
		gs := graphemes(s)
		out := make([]term.Term, len(gs))
		for i, g := range gs {
			out[i] = term.Binary(g)
		}
		return out
	}
	edits := MyersDifference(toTerms(s1), toTerms(s2))
	out := make([]term.Term, len(edits))
	for i, e := range edits {
		var sb strings.Builder
		for _, it := range e.Items {
			sb.WriteString(string(it.(term.Binary)))
		}
		out[i] = term.Tuple{atom(e.Kind), term.Binary(sb.String())}
	}
	return term.List(out...)
}

func strJaro(env rt.Env, a []term.Term) term.Term {
	s1 := binArg("String.jaro_distance/2", a, 0)
	s2 := binArg("String.jaro_distance/2", a, 1)
	return term.Float(jaroSimilarity(s1, s2))
}

// jaroSimilarity follows Elixir's elixir_utils:jaro_similarity/2.
func jaroSimilarity(s1, s2 string) float64 {
	if s1 == s2 {
		return 1.0
	}
	if s1 == "" || s2 == "" {
		return 0.0
	}
	as := graphemes(s1)
	bs := graphemes(s2)
	idx := map[string][]int{}
	for i, g := range bs {
		idx[g] = append(idx[g], i)
	}
	dist := max(len(as), len(bs)) / 2
	type bm struct {
		j int
		g string
	}
	var am []string
	var bms []bm
	for i, g := range as {
		lo, hi := i-dist, i+dist
		list := idx[g]
		found := -1
		k := 0
		for k < len(list) {
			if list[k] > lo && list[k] < hi {
				found = k
				break
			}
			if list[k] < hi {
				k++
				continue
			}
			break
		}
		if found < 0 {
			continue
		}
		j := list[found]
		idx[g] = list[found+1:]
		am = append(am, g)
		// insert keeping bms sorted by j ascending
		pos := len(bms)
		for pos > 0 && bms[pos-1].j > j {
			pos--
		}
		bms = append(bms, bm{})
		copy(bms[pos+1:], bms[pos:])
		bms[pos] = bm{j, g}
	}
	if len(am) == 0 {
		return 0.0
	}
	m, t := 0, 0
	for i := range am {
		m++
		if am[i] != bms[i].g {
			t++
		}
	}
	mf, tf := float64(m), float64(t)
	return (mf/float64(len(as)) + mf/float64(len(bs)) + (mf-tf/2)/mf) / 3
}

func strBag(env rt.Env, a []term.Term) term.Term {
	s1 := binArg("String.bag_distance/2", a, 0)
	s2 := binArg("String.bag_distance/2", a, 1)
	if s2 == "" || s1 == "" {
		return term.Float(0.0)
	}
	bag := func(s string) (map[string]int, int) {
		m := map[string]int{}
		n := 0
		for _, g := range graphemes(s) {
			m[g]++
			n++
		}
		return m, n
	}
	b1, l1 := bag(s1)
	b2, l2 := bag(s2)
	diff := func(x, y map[string]int) int {
		d := 0
		for k, c := range x {
			if c > y[k] {
				d += c - y[k]
			}
		}
		return d
	}
	return term.Float(1 - float64(max(diff(b1, b2), diff(b2, b1)))/float64(max(l1, l2)))
}

func strValid(env rt.Env, a []term.Term) term.Term {
	switch v := a[0].(type) {
	case term.Binary:
		return boolTerm(utf8.ValidString(string(v)))
	case *term.Bitstring:
		return term.False
	}
	fnClauseError("String.valid?/2", a)
	return nil
}

func strValidCharacter(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.valid_character?/1", a, 0)
	r, n := utf8.DecodeRuneInString(s)
	return boolTerm(n == len(s) && !(r == utf8.RuneError && n <= 1))
}

func isPrintableRune(r rune) bool {
	switch {
	case r >= 0x20 && r <= 0x7E:
		return true
	case r == '\n' || r == '\r' || r == '\t' || r == '\v' || r == '\b' || r == '\f' || r == 0x1B || r == 0x7F || r == 0x07:
		return true
	case r >= 0xA0 && r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD, r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}

func strPrintable(env rt.Env, a []term.Term) term.Term {
	mfa := "String.printable?/" + itoa(len(a))
	s := binArg(mfa, a, 0)
	limit := -1
	if len(a) == 2 {
		switch v := a[1].(type) {
		case term.Int:
			if v < 0 {
				fnClauseError(mfa, a)
			}
			limit = int(v)
		default:
			if v != atom("infinity") {
				fnClauseError(mfa, a)
			}
		}
	}
	for len(s) > 0 && limit != 0 {
		r, n := utf8.DecodeRuneInString(s)
		if (r == utf8.RuneError && n <= 1) || !isPrintableRune(r) {
			return term.False
		}
		s = s[n:]
		if limit > 0 {
			limit--
		}
	}
	return term.True
}

func strChunk(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.chunk/2", a, 0)
	trait := atomArg("String.chunk/2", a, 1).Name()
	if trait != "valid" && trait != "printable" {
		fnClauseError("String.chunk/2", a)
	}
	if s == "" {
		return term.Nil
	}
	pred := func(cp string) bool {
		r, n := utf8.DecodeRuneInString(cp)
		valid := !(r == utf8.RuneError && n <= 1)
		if trait == "valid" {
			return valid
		}
		return valid && isPrintableRune(r)
	}
	var out []string
	start := 0
	var flag bool
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			n = 1
		}
		f := pred(s[i : i+n])
		if i == 0 {
			flag = f
		} else if f != flag {
			out = append(out, s[start:i])
			start = i
			flag = f
		}
		i += n
	}
	out = append(out, s[start:])
	return strList(out)
}

func strEquivalent(env rt.Env, a []term.Term) term.Term {
	s1 := binArg("String.equivalent?/2", a, 0)
	s2 := binArg("String.equivalent?/2", a, 1)
	return boolTerm(string(nfd(s1)) == string(nfd(s2)))
}

func strNormalize(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.normalize/2", a, 0)
	switch atomArg("String.normalize/2", a, 1).Name() {
	case "nfd":
		return term.Binary(string(nfd(s)))
	case "nfc":
		return term.Binary(nfc(s))
	case "nfkd":
		return term.Binary(string(nfkd(s)))
	case "nfkc":
		return term.Binary(nfkc(s))
	}
	fnClauseError("String.normalize/2", a)
	return nil
}

func strReplacePrefix(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.replace_prefix/3", a, 0)
	m := binArg("String.replace_prefix/3", a, 1)
	r := binArg("String.replace_prefix/3", a, 2)
	if strings.HasPrefix(s, m) {
		return term.Binary(r + s[len(m):])
	}
	return term.Binary(s)
}

func strReplaceSuffix(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.replace_suffix/3", a, 0)
	m := binArg("String.replace_suffix/3", a, 1)
	r := binArg("String.replace_suffix/3", a, 2)
	if strings.HasSuffix(s, m) {
		return term.Binary(s[:len(s)-len(m)] + r)
	}
	return term.Binary(s)
}

func strReplaceEdge(mfa string, a []term.Term, leading bool) term.Term {
	s := binArg(mfa, a, 0)
	m := binArg(mfa, a, 1)
	r := binArg(mfa, a, 2)
	if m == "" {
		rt.ArgumentError("cannot use an empty string as the match to replace")
	}
	n := 0
	if leading {
		for strings.HasPrefix(s, m) {
			s = s[len(m):]
			n++
		}
		return term.Binary(strings.Repeat(r, n) + s)
	}
	for strings.HasSuffix(s, m) {
		s = s[:len(s)-len(m)]
		n++
	}
	return term.Binary(s + strings.Repeat(r, n))
}

func strReplaceInvalid(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.replace_invalid/"+itoa(len(a)), a, 0)
	repl := "\uFFFD"
	if len(a) == 2 {
		repl = binArg("String.replace_invalid/2", a, 1)
	}
	var sb strings.Builder
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && n <= 1 {
			// a maximal invalid prefix of a sequence counts once
			sb.WriteString(repl)
			s = s[invalidPrefixLen(s):]
			continue
		}
		sb.WriteString(s[:n])
		s = s[n:]
	}
	return term.Binary(sb.String())
}

// invalidPrefixLen returns the length of the maximal subpart of an
// ill-formed sequence at the start of s (at least 1).
func invalidPrefixLen(s string) int {
	c := s[0]
	need := 0
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c >= 0xE0 && c <= 0xEF:
		need = 2
	case c >= 0xF0 && c <= 0xF4:
		need = 3
	default:
		return 1
	}
	i := 1
	for i <= need && i < len(s) && s[i]&0xC0 == 0x80 {
		i++
	}
	return i
}

func strMatch(env rt.Env, a []term.Term) term.Term {
	s := binArg("String.match?/2", a, 0)
	if !isRegex(a[1]) {
		fnClauseError("String.match?/2", a)
	}
	return boolTerm(regexMatch(env, a[1], s))
}

func itoa(n int) string { return strconv.Itoa(n) }

// JaroDistance is String.jaro_distance/2 (the similarity Elixir's
// "did you mean" hints rank names by).
func JaroDistance(s1, s2 string) float64 { return jaroSimilarity(s1, s2) }
