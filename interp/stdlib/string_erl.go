package stdlib

import (
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Erlang's :string (on chardata: a binary in gives a binary out, a
// charlist in gives a charlist out) and :binary modules.

func init() { rt.RegisterLazy(registerStringErl) }

// registerStringErl registers the built-ins of this file (see rt.RegisterLazy).
func registerStringErl() {
	rt.Register(":string", map[string]rt.BuiltinFunc{
		"uppercase/1": func(env rt.Env, a []term.Term) term.Term {
			return sameKind(a[0], upcaseString(chardataArg(env, ":string.uppercase/1", a, 0), "default"))
		},
		"lowercase/1": func(env rt.Env, a []term.Term) term.Term {
			return sameKind(a[0], downcaseString(chardataArg(env, ":string.lowercase/1", a, 0), "default"))
		},
		"titlecase/1": func(env rt.Env, a []term.Term) term.Term {
			s := chardataArg(env, ":string.titlecase/1", a, 0)
			if s == "" {
				return a[0]
			}
			n := nextGrapheme(s)
			return sameKind(a[0], titlecaseGrapheme(s[:n])+s[n:])
		},
		"length/1": func(env rt.Env, a []term.Term) term.Term {
			return term.Int(graphemeCount(chardataArg(env, ":string.length/1", a, 0)))
		},
		"reverse/1": func(env rt.Env, a []term.Term) term.Term {
			gs := graphemes(chardataArg(env, ":string.reverse/1", a, 0))
			var sb strings.Builder
			for k := len(gs) - 1; k >= 0; k-- {
				sb.WriteString(gs[k])
			}
			return sameKind(a[0], sb.String())
		},
		"trim/1": func(env rt.Env, a []term.Term) term.Term {
			return sameKind(a[0], trimWS(chardataArg(env, ":string.trim/1", a, 0), true, true))
		},
		"trim/2": func(env rt.Env, a []term.Term) term.Term { return erlTrim(env, a, a[1], nil) },
		"trim/3": func(env rt.Env, a []term.Term) term.Term { return erlTrim(env, a, a[1], a[2]) },
		"split/2": func(env rt.Env, a []term.Term) term.Term {
			return erlStringSplit(env, a, atom("leading"))
		},
		"split/3":   func(env rt.Env, a []term.Term) term.Term { return erlStringSplit(env, a, a[2]) },
		"lexemes/2": func(env rt.Env, a []term.Term) term.Term { return erlTokens(env, ":string.lexemes/2", a) },
		"tokens/2":  func(env rt.Env, a []term.Term) term.Term { return erlTokens(env, ":string.tokens/2", a) },
		"join/2": func(env rt.Env, a []term.Term) term.Term {
			items := erlListArg(a, 0)
			sep := chardataArg(env, ":string.join/2", a, 1)
			parts := make([]string, len(items))
			for k, it := range items {
				s, ok := chardataToString(it)
				if !ok {
					fnClauseError(":string.join/2", a)
				}
				parts[k] = s
			}
			return stringToCharlist(strings.Join(parts, sep))
		},
		"concat/2": func(env rt.Env, a []term.Term) term.Term {
			return stringToCharlist(chardataArg(env, ":string.concat/2", a, 0) + chardataArg(env, ":string.concat/2", a, 1))
		},
		"to_integer/1": func(env rt.Env, a []term.Term) term.Term {
			s, ok := chardataToString(a[0])
			if !ok {
				return term.Tuple{term.ErrorAtom, atom("not_a_list")}
			}
			v, n := parseIntegerPrefix(s, 10)
			if n == 0 {
				return term.Tuple{term.ErrorAtom, atom("no_integer")}
			}
			return term.Tuple{v, sameKind(a[0], s[n:])}
		},
		"to_float/1": func(env rt.Env, a []term.Term) term.Term {
			s, ok := chardataToString(a[0])
			if !ok {
				return term.Tuple{term.ErrorAtom, atom("not_a_list")}
			}
			// Erlang requires digits on both sides of the point.
			i := 0
			if i < len(s) && (s[i] == '+' || s[i] == '-') {
				i++
			}
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j == i || j+1 >= len(s) || s[j] != '.' || s[j+1] < '0' || s[j+1] > '9' {
				return term.Tuple{term.ErrorAtom, atom("no_float")}
			}
			f, n, ok := parseFloatPrefix(s)
			if !ok {
				return term.Tuple{term.ErrorAtom, atom("no_float")}
			}
			return term.Tuple{term.Float(f), sameKind(a[0], s[n:])}
		},
		"is_empty/1": func(env rt.Env, a []term.Term) term.Term {
			return boolTerm(chardataArg(env, ":string.is_empty/1", a, 0) == "")
		},
		"equal/2": func(env rt.Env, a []term.Term) term.Term {
			return boolTerm(chardataArg(env, ":string.equal/2", a, 0) == chardataArg(env, ":string.equal/2", a, 1))
		},
		"slice/2": func(env rt.Env, a []term.Term) term.Term {
			s := chardataArg(env, ":string.slice/2", a, 0)
			n, ok := a[1].(term.Int)
			if !ok || n < 0 {
				fnClauseError(":string.slice/2", a)
			}
			return sameKind(a[0], s[graphemeOffset(s, int(n)):])
		},
		"slice/3": func(env rt.Env, a []term.Term) term.Term {
			s := chardataArg(env, ":string.slice/3", a, 0)
			st, ok1 := a[1].(term.Int)
			n, ok2 := a[2].(term.Int)
			if !ok1 || !ok2 || st < 0 || n < 0 {
				fnClauseError(":string.slice/3", a)
			}
			from := graphemeOffset(s, int(st))
			to := from + graphemeOffset(s[from:], int(n))
			return sameKind(a[0], s[from:to])
		},
		"find/2": func(env rt.Env, a []term.Term) term.Term {
			s := chardataArg(env, ":string.find/2", a, 0)
			p := chardataArg(env, ":string.find/2", a, 1)
			k := strings.Index(s, p)
			if k < 0 {
				return atom("nomatch")
			}
			return sameKind(a[0], s[k:])
		},
		"find/3": func(env rt.Env, a []term.Term) term.Term {
			s := chardataArg(env, ":string.find/3", a, 0)
			p := chardataArg(env, ":string.find/3", a, 1)
			k := strings.Index(s, p)
			if a[2] == atom("trailing") {
				k = strings.LastIndex(s, p)
			}
			if k < 0 {
				return atom("nomatch")
			}
			return sameKind(a[0], s[k:])
		},
		"replace/3": func(env rt.Env, a []term.Term) term.Term { return erlReplace(env, a, atom("leading")) },
		"replace/4": func(env rt.Env, a []term.Term) term.Term { return erlReplace(env, a, a[3]) },
		"prefix/2": func(env rt.Env, a []term.Term) term.Term {
			s := chardataArg(env, ":string.prefix/2", a, 0)
			p := chardataArg(env, ":string.prefix/2", a, 1)
			if !strings.HasPrefix(s, p) {
				return atom("nomatch")
			}
			return sameKind(a[0], s[len(p):])
		},
		"pad/2": func(env rt.Env, a []term.Term) term.Term { return erlPad(env, a, atom("trailing"), term.Int(' ')) },
		"pad/3": func(env rt.Env, a []term.Term) term.Term { return erlPad(env, a, a[2], term.Int(' ')) },
		"pad/4": func(env rt.Env, a []term.Term) term.Term { return erlPad(env, a, a[2], a[3]) },
		"chomp/1": func(env rt.Env, a []term.Term) term.Term {
			s := chardataArg(env, ":string.chomp/1", a, 0)
			s = strings.TrimSuffix(strings.TrimSuffix(s, "\n"), "\r")
			return sameKind(a[0], s)
		},
		"casefold/1": func(env rt.Env, a []term.Term) term.Term {
			return sameKind(a[0], downcaseString(chardataArg(env, ":string.casefold/1", a, 0), "default"))
		},
		"to_upper/1": func(env rt.Env, a []term.Term) term.Term {
			return sameKind(a[0], upcaseString(chardataArg(env, ":string.to_upper/1", a, 0), "default"))
		},
		"to_lower/1": func(env rt.Env, a []term.Term) term.Term {
			return sameKind(a[0], downcaseString(chardataArg(env, ":string.to_lower/1", a, 0), "default"))
		},
		"str/2": func(env rt.Env, a []term.Term) term.Term {
			k := strings.Index(chardataArg(env, ":string.str/2", a, 0), chardataArg(env, ":string.str/2", a, 1))
			if k < 0 {
				return term.Int(0)
			}
			return term.Int(len([]rune(chardataArg(env, ":string.str/2", a, 0)[:k])) + 1)
		},
	})

	rt.Register(":binary", map[string]rt.BuiltinFunc{
		"split/2": func(env rt.Env, a []term.Term) term.Term { return binSplit(a, term.Nil) },
		"split/3": func(env rt.Env, a []term.Term) term.Term { return binSplit(a, a[2]) },
		"part/2": func(env rt.Env, a []term.Term) term.Term {
			t, ok := a[1].(term.Tuple)
			if !ok || len(t) != 2 {
				erlArgError(2, "not a valid part")
			}
			return binPart(a, t[0], t[1])
		},
		"part/3": func(env rt.Env, a []term.Term) term.Term { return binPart(a, a[1], a[2]) },
		"copy/1": func(env rt.Env, a []term.Term) term.Term { return term.Binary(erlBinArg(a, 0)) },
		"copy/2": func(env rt.Env, a []term.Term) term.Term {
			n, ok := a[1].(term.Int)
			if !ok || n < 0 {
				erlArgError(2, "out of range")
			}
			rt.CheckAlloc(env, rt.AllocProduct(int64(n), int64(len(erlBinArg(a, 0)))))
			checkBuild(int64(n), int64(len(erlBinArg(a, 0))))
			return term.Binary(strings.Repeat(erlBinArg(a, 0), int(n)))
		},
		"match/2": func(env rt.Env, a []term.Term) term.Term {
			s := erlBinArg(a, 0)
			m := newMatcher(s, binPatterns(a, 1))
			k, n := m.find(0)
			if k < 0 {
				return atom("nomatch")
			}
			return term.Tuple{term.Int(k), term.Int(n)}
		},
		"matches/2": func(env rt.Env, a []term.Term) term.Term {
			s := erlBinArg(a, 0)
			m := newMatcher(s, binPatterns(a, 1))
			var out []term.Term
			for pos := 0; ; {
				k, n := m.find(pos)
				if k < 0 {
					break
				}
				out = append(out, term.Tuple{term.Int(k), term.Int(n)})
				pos = k + n
			}
			return term.List(out...)
		},
		"replace/3": func(env rt.Env, a []term.Term) term.Term { return binReplace(a, term.Nil) },
		"replace/4": func(env rt.Env, a []term.Term) term.Term { return binReplace(a, a[3]) },
		"first/1": func(env rt.Env, a []term.Term) term.Term {
			s := erlBinArg(a, 0)
			if s == "" {
				erlArgError(1, "a zero-sized binary is not allowed")
			}
			return term.Int(s[0])
		},
		"last/1": func(env rt.Env, a []term.Term) term.Term {
			s := erlBinArg(a, 0)
			if s == "" {
				erlArgError(1, "a zero-sized binary is not allowed")
			}
			return term.Int(s[len(s)-1])
		},
		"at/2": func(env rt.Env, a []term.Term) term.Term {
			s := erlBinArg(a, 0)
			n, ok := a[1].(term.Int)
			if !ok || n < 0 || int(n) >= len(s) {
				rt.ArgumentError("argument error") // OTP 25 gives no detail here
			}
			return term.Int(s[n])
		},
		"bin_to_list/1": func(env rt.Env, a []term.Term) term.Term { return bytesToList(erlBinArg(a, 0)) },
		"bin_to_list/2": func(env rt.Env, a []term.Term) term.Term {
			t, ok := a[1].(term.Tuple)
			if !ok || len(t) != 2 {
				erlArgError(2, "not a valid part")
			}
			return bytesToList(string(binPart(a, t[0], t[1]).(term.Binary)))
		},
		"bin_to_list/3": func(env rt.Env, a []term.Term) term.Term {
			return bytesToList(string(binPart(a, a[1], a[2]).(term.Binary)))
		},
		"list_to_bin/1": erlIolistToBinary,
		// exlite's compiled pattern keeps the binaries: {:bm, [p]} or {:ac, [p...]}
		"compile_pattern/1": func(env rt.Env, a []term.Term) term.Term {
			pats := binPatterns(a, 0)
			kind := "bm"
			if len(pats) > 1 {
				kind = "ac"
			}
			return term.Tuple{atom(kind), strList(pats)}
		},
		"decode_unsigned/1": func(env rt.Env, a []term.Term) term.Term {
			s := erlBinArg(a, 0)
			b := bigOf(term.Int(0))
			b.SetBytes([]byte(s))
			return term.MakeInt(b)
		},
		"encode_unsigned/1": func(env rt.Env, a []term.Term) term.Term {
			b := bigOf(a[0])
			if b == nil || b.Sign() < 0 {
				erlArgError(1, "out of range")
			}
			if b.Sign() == 0 {
				return term.Binary("\x00")
			}
			return term.Binary(b.Bytes())
		},
		"longest_common_prefix/1": func(env rt.Env, a []term.Term) term.Term {
			items := erlListArg(a, 0)
			if len(items) == 0 {
				erlArgError(1, "not a flat list of binaries")
			}
			first, ok := items[0].(term.Binary)
			if !ok {
				erlArgError(1, "not a flat list of binaries")
			}
			n := len(first)
			for _, it := range items[1:] {
				b, ok := it.(term.Binary)
				if !ok {
					erlArgError(1, "not a flat list of binaries")
				}
				k := 0
				for k < n && k < len(b) && b[k] == first[k] {
					k++
				}
				n = k
			}
			return term.Int(n)
		},
	})
}

// chardataArg reads a chardata argument of an Erlang :string function.
// chardataArg reads a chardata argument of an Erlang :string function,
// raising as string.erl's error({badarg, CD}) does.
func chardataArg(env rt.Env, mfa string, a []term.Term, i int) string {
	s, ok := chardataToString(a[i])
	if !ok {
		rt.ArgumentError("argument error: " + rt.Inspect(env, a[i]))
	}
	return s
}

// sameKind returns s as a binary when like is a binary, else a charlist.
func sameKind(like term.Term, s string) term.Term {
	if _, ok := like.(term.Binary); ok {
		return term.Binary(s)
	}
	return stringToCharlist(s)
}

func sepChars(t term.Term) []string {
	var out []string
	items, ok := term.ListToSlice(t)
	if !ok {
		if s, ok := chardataToString(t); ok {
			return []string{s}
		}
		return nil
	}
	for _, it := range items {
		if n, ok := it.(term.Int); ok {
			out = append(out, string(rune(n)))
		} else if s, ok := chardataToString(it); ok {
			out = append(out, s)
		}
	}
	return out
}

func erlTrim(env rt.Env, a []term.Term, dir term.Term, chars term.Term) term.Term {
	s := chardataArg(env, ":string.trim/2", a, 0)
	lead := dir == atom("leading") || dir == atom("both")
	trail := dir == atom("trailing") || dir == atom("both")
	if chars == nil {
		return sameKind(a[0], trimWS(s, lead, trail))
	}
	seps := sepChars(chars)
	isSep := func(g string) bool {
		for _, c := range seps {
			if g == c {
				return true
			}
		}
		return false
	}
	gs := graphemes(s)
	i, j := 0, len(gs)
	for lead && i < j && isSep(gs[i]) {
		i++
	}
	for trail && j > i && isSep(gs[j-1]) {
		j--
	}
	return sameKind(a[0], strings.Join(gs[i:j], ""))
}

func erlStringSplit(env rt.Env, a []term.Term, where term.Term) term.Term {
	s := chardataArg(env, ":string.split/3", a, 0)
	p := chardataArg(env, ":string.split/3", a, 1)
	if p == "" {
		return term.List(a[0])
	}
	switch where {
	case atom("leading"):
		if k := strings.Index(s, p); k >= 0 {
			return term.List(sameKind(a[0], s[:k]), sameKind(a[0], s[k+len(p):]))
		}
	case atom("trailing"):
		if k := strings.LastIndex(s, p); k >= 0 {
			return term.List(sameKind(a[0], s[:k]), sameKind(a[0], s[k+len(p):]))
		}
	case atom("all"):
		parts := strings.Split(s, p)
		out := make([]term.Term, len(parts))
		for k, x := range parts {
			out[k] = sameKind(a[0], x)
		}
		return term.List(out...)
	default:
		fnClauseError(":string.split/3", a)
	}
	return term.List(sameKind(a[0], s))
}

func erlTokens(env rt.Env, mfa string, a []term.Term) term.Term {
	s := chardataArg(env, mfa, a, 0)
	seps := sepChars(a[1])
	var out []term.Term
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		for _, c := range seps {
			if string(r) == c {
				return true
			}
		}
		return false
	}) {
		out = append(out, sameKind(a[0], f))
	}
	return term.List(out...)
}

func erlReplace(env rt.Env, a []term.Term, where term.Term) term.Term {
	s := chardataArg(env, ":string.replace/4", a, 0)
	p := chardataArg(env, ":string.replace/4", a, 1)
	r := a[2]
	mk := func(x string) term.Term { return sameKind(a[0], x) }
	k := strings.Index(s, p)
	if where == atom("trailing") {
		k = strings.LastIndex(s, p)
	}
	if p == "" || k < 0 {
		return term.List(a[0])
	}
	if where == atom("all") {
		parts := strings.Split(s, p)
		var out []term.Term
		for j, x := range parts {
			if j > 0 {
				out = append(out, r)
			}
			out = append(out, mk(x))
		}
		return term.List(out...)
	}
	return term.List(mk(s[:k]), r, mk(s[k+len(p):]))
}

func erlPad(env rt.Env, a []term.Term, dir, ch term.Term) term.Term {
	s := chardataArg(env, ":string.pad/4", a, 0)
	n, ok := a[1].(term.Int)
	if !ok {
		fnClauseError(":string.pad/4", a)
	}
	padStr, ok := chardataToString(term.List(ch))
	if !ok {
		fnClauseError(":string.pad/4", a)
	}
	missing := int(n) - graphemeCount(s)
	if missing <= 0 {
		return a[0]
	}
	checkBuild(int64(missing), 4)
	var left, right int
	switch dir {
	case atom("leading"):
		left = missing
	case atom("both"):
		left = missing / 2
		right = missing - left
	default:
		right = missing
	}
	return stringToCharlist(strings.Repeat(padStr, left) + s + strings.Repeat(padStr, right))
}

func binPatterns(a []term.Term, i int) []string {
	pats, ok := patterns(a[i])
	if !ok || len(pats) == 0 {
		erlArgError(i+1, "not a valid pattern")
	}
	for _, p := range pats {
		if p == "" {
			erlArgError(i+1, "not a valid pattern")
		}
	}
	return pats
}

func binSplit(a []term.Term, opts term.Term) term.Term {
	s := erlBinArg(a, 0)
	pats := binPatterns(a, 1)
	items, _ := term.ListToSlice(opts)
	global, trim, trimAll := false, false, false
	var scope []term.Term // the {:scope, part} options
	for _, o := range items {
		switch o {
		case atom("global"):
			global = true
		case atom("trim"):
			trim = true
		case atom("trim_all"):
			trimAll = true
		default:
			if t, ok := o.(term.Tuple); ok && len(t) == 2 && t[0] == atom("scope") {
				scope = append(scope, o)
			}
		}
	}
	var parts []string
	switch {
	case scope != nil:
		parts = scopedSplit(s, pats, scope, global)
	case global:
		parts = splitString(s, pats, 0, false)
	default:
		parts = splitString(s, pats, 2, false)
	}
	if trimAll {
		var kept []string
		for _, p := range parts {
			if p != "" {
				kept = append(kept, p)
			}
		}
		parts = kept
	} else if trim {
		for len(parts) > 0 && parts[len(parts)-1] == "" {
			parts = parts[:len(parts)-1]
		}
	}
	return strList(parts)
}

func binPart(a []term.Term, posT, lenT term.Term) term.Term {
	s := erlBinArg(a, 0)
	pos, ok1 := posT.(term.Int)
	n, ok2 := lenT.(term.Int)
	if !ok1 || !ok2 {
		erlArgError(2, "not a valid part")
	}
	start, end := int(pos), int(pos)+int(n)
	if n < 0 {
		start, end = end, start
	}
	if pos < 0 || int(pos) > len(s) {
		erlArgError(2, "out of range")
	}
	if start < 0 || end > len(s) {
		erlArgError(len(a), "out of range")
	}
	return term.Binary(s[start:end])
}

func binReplace(a []term.Term, opts term.Term) term.Term {
	s := erlBinArg(a, 0)
	pats := binPatterns(a, 1)
	repl, ok := a[2].(term.Binary)
	if !ok {
		erlArgError(3, "not a binary")
	}
	items, _ := term.ListToSlice(opts)
	global := false
	insertAt := -1
	for _, o := range items {
		if o == atom("global") {
			global = true
		}
		if t, ok := o.(term.Tuple); ok && len(t) == 2 && t[0] == atom("insert_replaced") {
			if n, ok := t[1].(term.Int); ok {
				insertAt = int(n)
			}
		}
	}
	m := newMatcher(s, pats)
	var sb strings.Builder
	pos := 0
	for {
		k, n := m.find(pos)
		if k < 0 {
			break
		}
		sb.WriteString(s[pos:k])
		r := string(repl)
		if insertAt >= 0 && insertAt <= len(r) {
			r = r[:insertAt] + s[k:k+n] + r[insertAt:]
		}
		sb.WriteString(r)
		pos = k + n
		if !global {
			break
		}
	}
	sb.WriteString(s[pos:])
	return term.Binary(sb.String())
}
