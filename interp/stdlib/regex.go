package stdlib

import (
	"errors"
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The Regex module, ~r and =~, on Go's regexp package (RE2 syntax).
//
// A regex is the struct %Regex{re_pattern:, source:, opts:, re_version:}
// as in Elixir 1.18; opts holds Erlang's :re option atoms
// ([:caseless, :multiline...]). The compiled Go regexp lives in a side
// table keyed by source and options. RE2 has no backreferences, lookaround
// or recursion: such patterns raise Regex.CompileError naming the pattern.

func init() { rt.RegisterLazy(registerRegex) }

// registerRegex registers the built-ins of this file (see rt.RegisterLazy).
func registerRegex() {
	rt.Register("Regex", map[string]rt.BuiltinFunc{
		"compile/1": func(env rt.Env, a []term.Term) term.Term {
			return regexCompileBIF(env, withDefaults(a, term.Binary("")), term.Binary(""), false)
		},
		"compile/2": func(env rt.Env, a []term.Term) term.Term { return regexCompileBIF(env, a, a[1], false) },
		"compile!/1": func(env rt.Env, a []term.Term) term.Term {
			return regexCompileBIF(env, withDefaults(a, term.Binary("")), term.Binary(""), true)
		},
		"compile!/2":   func(env rt.Env, a []term.Term) term.Term { return regexCompileBIF(env, a, a[1], true) },
		"recompile/1":  func(env rt.Env, a []term.Term) term.Term { return term.Tuple{term.OK, a[0]} },
		"recompile!/1": func(env rt.Env, a []term.Term) term.Term { return a[0] },
		"match?/2":     regexMatchBIF,
		"run/2": func(env rt.Env, a []term.Term) term.Term {
			return regexRun(env, "Regex.run/3", withDefaults(a, term.Nil), term.Nil)
		},
		"run/3": func(env rt.Env, a []term.Term) term.Term { return regexRun(env, "Regex.run/3", a, a[2]) },
		"scan/2": func(env rt.Env, a []term.Term) term.Term {
			return regexScan(env, "Regex.scan/3", withDefaults(a, term.Nil), term.Nil)
		},
		"scan/3": func(env rt.Env, a []term.Term) term.Term { return regexScan(env, "Regex.scan/3", a, a[2]) },
		"named_captures/2": func(env rt.Env, a []term.Term) term.Term {
			return regexNamedCaptures(env, "Regex.named_captures/3", withDefaults(a, term.Nil), term.Nil)
		},
		"named_captures/3": func(env rt.Env, a []term.Term) term.Term {
			return regexNamedCaptures(env, "Regex.named_captures/3", a, a[2])
		},
		"names/1":      regexNames,
		"source/1":     func(env rt.Env, a []term.Term) term.Term { return regexField("Regex.source/1", a, "source") },
		"opts/1":       func(env rt.Env, a []term.Term) term.Term { return regexField("Regex.opts/1", a, "opts") },
		"re_pattern/1": func(env rt.Env, a []term.Term) term.Term { return regexField("Regex.re_pattern/1", a, "re_pattern") },
		"regex?/1":     func(env rt.Env, a []term.Term) term.Term { return boolTerm(isRegex(a[0])) },
		"version/0":    func(env rt.Env, a []term.Term) term.Term { return term.Binary(regexVersion) },
		"escape/1":     regexEscapeBIF,
		"split/2": func(env rt.Env, a []term.Term) term.Term {
			return regexSplitBIF(env, "Regex.split/3", withDefaults(a, term.Nil), term.Nil)
		},
		"split/3": func(env rt.Env, a []term.Term) term.Term { return regexSplitBIF(env, "Regex.split/3", a, a[2]) },
		"replace/3": func(env rt.Env, a []term.Term) term.Term {
			return regexReplaceBIF(env, "Regex.replace/4", withDefaults(a, term.Nil), term.Nil)
		},
		"replace/4": func(env rt.Env, a []term.Term) term.Term { return regexReplaceBIF(env, "Regex.replace/4", a, a[3]) },
	})
	rt.Register("Kernel", map[string]rt.BuiltinFunc{
		"=~/2":      kernelMatchOp,
		"sigil_r/2": sigilR,
		"sigil_R/2": sigilR,
	})
}

const regexVersion = "RE2 (Go regexp)"

// maxCachedRegexes bounds regexCache.
const maxCachedRegexes = 1024

// regexCache holds compiled patterns by their options and source, for
// every program of the Go process: a compiled pattern is immutable, so
// sharing it shares nothing a program can change or see but time. It is
// bounded (emptied when it reaches maxCachedRegexes), so that programs
// compiling patterns without end cannot grow it outside their memory
// limits.
var (
	regexCache  sync.Map // key string -> *compiledRegex
	regexCached atomic.Int64
	atomRegex   = term.MakeAtom("Elixir.Regex")
)

type compiledRegex struct {
	re    *regexp.Regexp
	names []string // capture group names, in group order ("" for unnamed)
	// anchored is the pattern anchored at the start of the text, for a
	// pattern without assertions (see findAll); nil otherwise.
	anchored *regexp.Regexp
}

// isRegex reports whether t is a %Regex{} struct.
func isRegex(t term.Term) bool {
	m, ok := t.(*term.Map)
	if !ok {
		return false
	}
	s, ok := m.Get(atom("__struct__"))
	return ok && s == atomRegex
}

// regexOptLetters maps modifier letters to :re options, as Regex does.
func translateRegexOpts(letters string) ([]term.Term, bool) {
	var acc []term.Term
	for i := 0; i < len(letters); i++ {
		var add []term.Term
		switch letters[i] {
		case 's':
			add = []term.Term{atom("dotall"), term.Tuple{atom("newline"), atom("anycrlf")}}
		case 'u':
			add = []term.Term{atom("unicode"), atom("ucp")}
		case 'i':
			add = []term.Term{atom("caseless")}
		case 'x':
			add = []term.Term{atom("extended")}
		case 'f':
			add = []term.Term{atom("firstline")}
		case 'U', 'r':
			add = []term.Term{atom("ungreedy")}
		case 'm':
			add = []term.Term{atom("multiline")}
		default:
			return nil, false
		}
		acc = append(add, acc...)
	}
	return acc, true
}

// regexFlags reads the :re options list back into flags.
type regexFlags struct {
	caseless, multiline, dotall, extended, ungreedy, unicode, firstline bool
}

func flagsOf(opts []term.Term) (regexFlags, bool) {
	var f regexFlags
	for _, o := range opts {
		switch o {
		case atom("caseless"):
			f.caseless = true
		case atom("multiline"):
			f.multiline = true
		case atom("dotall"):
			f.dotall = true
		case atom("extended"):
			f.extended = true
		case atom("ungreedy"):
			f.ungreedy = true
		case atom("unicode"), atom("ucp"):
			f.unicode = true
		case atom("firstline"):
			f.firstline = true
		default:
			if t, ok := o.(term.Tuple); ok && len(t) == 2 && t[0] == atom("newline") {
				continue
			}
			return f, false
		}
	}
	return f, true
}

// stripExtended removes whitespace and #-comments outside character
// classes, as PCRE's extended mode reads a pattern.
func stripExtended(src string) string {
	var sb strings.Builder
	inClass := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\\' && i+1 < len(src):
			sb.WriteByte(c)
			sb.WriteByte(src[i+1])
			i++
		case inClass:
			if c == ']' {
				inClass = false
			}
			sb.WriteByte(c)
		case c == '[':
			inClass = true
			sb.WriteByte(c)
			if i+1 < len(src) && src[i+1] == '^' {
				sb.WriteByte('^')
				i++
			}
			if i+1 < len(src) && src[i+1] == ']' {
				sb.WriteByte(']')
				i++
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
		case c == '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// unsupportedFeature names a PCRE feature of src that RE2 lacks.
func unsupportedFeature(src string) string {
	inClass := false
	escBrace := -1 // index of the } closing an escape's braces
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\\' && i+1 < len(src) {
			n := src[i+1]
			if !inClass && ((n >= '1' && n <= '9') || n == 'g' || n == 'k') {
				return "backreferences"
			}
			if n == 'K' || n == 'R' || n == 'h' || n == 'H' || n == 'G' {
				return "the escape \\" + string(n)
			}
			i++
			if (n == 'p' || n == 'P' || n == 'x') && i+1 < len(src) && src[i+1] == '{' {
				// \p{Lu}, \x{263A}: the braces are the escape's, no quantifier
				if j := strings.IndexByte(src[i+1:], '}'); j >= 0 {
					i += j + 1
					escBrace = i
				}
			}
			continue
		}
		if inClass {
			if c == ']' {
				inClass = false
			}
			continue
		}
		if c == '[' {
			inClass = true
			if i+1 < len(src) && src[i+1] == '^' {
				i++
			}
			if i+1 < len(src) && src[i+1] == ']' {
				i++
			}
			continue
		}
		if c == '(' && i+2 < len(src) && src[i+1] == '?' {
			rest := src[i+2:]
			switch {
			case strings.HasPrefix(rest, "="), strings.HasPrefix(rest, "!"),
				strings.HasPrefix(rest, "<="), strings.HasPrefix(rest, "<!"):
				return "lookaround assertions"
			case strings.HasPrefix(rest, ">"):
				return "atomic groups"
			case strings.HasPrefix(rest, "("):
				return "conditional groups"
			case strings.HasPrefix(rest, "R"), len(rest) > 0 && rest[0] >= '0' && rest[0] <= '9':
				return "recursion"
			}
		}
		if (c == '+') && i > 0 && (src[i-1] == '*' || src[i-1] == '+' || src[i-1] == '?' || src[i-1] == '}' && i-1 != escBrace) {
			return "possessive quantifiers"
		}
	}
	return ""
}

// compileRegex compiles source with :re options, caching the result. It
// returns an error text (as Regex.compile's reason) on failure.
func compileRegex(env rt.Env, source string, opts []term.Term) (*compiledRegex, string) {
	key := rt.Inspect(nil, term.List(opts...)) + "\x00" + source
	if c, ok := regexCache.Load(key); ok {
		return c.(*compiledRegex), ""
	}
	f, ok := flagsOf(opts)
	if !ok {
		return nil, "unsupported option in " + rt.Inspect(env, term.List(opts...))
	}
	src := source
	if f.extended {
		src = stripExtended(src)
	}
	if feat := unsupportedFeature(src); feat != "" {
		return nil, "exlite's regex engine (RE2) does not support " + feat
	}
	src = translateClasses(src, f.unicode)
	flags := ""
	if f.caseless {
		flags += "i"
	}
	if f.multiline {
		flags += "m"
	}
	if f.dotall {
		flags += "s"
	}
	if f.ungreedy {
		flags += "U"
	}
	src = flagPrefix(flags) + src
	re, err := regexp.Compile(src)
	if err != nil {
		return nil, pcreMessage(err, source)
	}
	c := &compiledRegex{re: re, names: re.SubexpNames()[1:]}
	if !hasAssertions(src) {
		c.anchored, _ = regexp.Compile(flagPrefix(flags) + `\A(?:` + strings.TrimPrefix(src, flagPrefix(flags)) + ")")
	}
	if regexCached.Add(1) > maxCachedRegexes {
		regexCache.Clear()
		regexCached.Store(0)
	}
	regexCache.Store(key, c)
	return c, ""
}

// newRegex builds the %Regex{} struct for a compiled pattern.
func newRegex(source string, opts []term.Term, c *compiledRegex) term.Term {
	return term.EmptyMap.
		Put(atom("__struct__"), atomRegex).
		Put(atom("re_pattern"), term.Tuple{atom("re_pattern"), term.Int(c.re.NumSubexp()), term.Int(0), term.Int(0), term.Binary("")}).
		Put(atom("source"), term.Binary(source)).
		Put(atom("opts"), term.List(opts...)).
		Put(atom("re_version"), term.Binary(regexVersion))
}

// regexOf returns the compiled regexp of a %Regex{} term.
func regexOf(env rt.Env, t term.Term) *compiledRegex {
	m := t.(*term.Map)
	src, _ := m.Get(atom("source"))
	optsT, _ := m.Get(atom("opts"))
	var opts []term.Term
	switch o := optsT.(type) {
	case term.Binary: // older structs kept the letters
		opts, _ = translateRegexOpts(string(o))
	default:
		opts, _ = term.ListToSlice(o)
	}
	s, _ := src.(term.Binary)
	c, errText := compileRegex(env, string(s), opts)
	if c == nil {
		raiseRegexCompile(string(s), errText)
	}
	return c
}

// raiseRegexCompile raises Regex.CompileError: "reason at position N" for
// a syntax error (as Regex.compile!/2), or exlite's explanation naming the
// pattern for what RE2 cannot do.
func raiseRegexCompile(source, reason string) {
	if msg, at, ok := strings.Cut(reason, "\x00"); ok {
		rt.Raise(rt.NewException("Regex.CompileError", atom("message"), term.Binary(msg+" at position "+at)))
	}
	rt.Raise(rt.NewException("Regex.CompileError", atom("message"),
		term.Binary(reason+" in ~r/"+source+"/")))
}

// compileFromArgs handles Regex.compile's source and options arguments.
func compileFromArgs(env rt.Env, source string, optsT term.Term) (term.Term, string, int) {
	var opts []term.Term
	switch o := optsT.(type) {
	case term.Binary:
		t, ok := translateRegexOpts(string(o))
		if !ok {
			// {:error, {:invalid_option, rest}}
			rest := string(o)
			for i := 0; i < len(rest); i++ {
				if !strings.ContainsRune("suixfUmr", rune(rest[i])) {
					rest = rest[i:]
					break
				}
			}
			return nil, rest, -1
		}
		opts = t
	default:
		items, ok := term.ListToSlice(o)
		if !ok {
			return nil, "invalid options", 0
		}
		opts = items
	}
	c, errText := compileRegex(env, source, opts)
	if c == nil {
		if msg, at, ok := strings.Cut(errText, "\x00"); ok {
			n, _ := strconv.Atoi(at)
			return nil, msg, n
		}
		return nil, errText, 0
	}
	return newRegex(source, opts, c), "", 0
}

func regexCompileBIF(env rt.Env, a []term.Term, optsT term.Term, bang bool) term.Term {
	src, ok := a[0].(term.Binary)
	if !ok {
		fnClauseError("Regex.compile/"+strconv.Itoa(len(a)), a)
	}
	re, errText, pos := compileFromArgs(env, string(src), optsT)
	if re != nil {
		if bang {
			return re
		}
		return term.Tuple{term.OK, re}
	}
	if pos < 0 {
		if bang {
			rt.Raise(rt.NewException("Regex.CompileError", atom("message"), term.Binary("invalid_option at position 0")))
		}
		return term.Tuple{term.ErrorAtom, term.Tuple{atom("invalid_option"), term.Binary(errText)}}
	}
	if bang {
		rt.Raise(rt.NewException("Regex.CompileError", atom("message"), term.Binary(errText+" at position "+strconv.Itoa(pos))))
	}
	return term.Tuple{term.ErrorAtom, term.Tuple{stringToCharlist(errText), term.Int(pos)}}
}

// sigilR is Kernel.sigil_r/2: the source binary and the modifiers charlist.
func sigilR(env rt.Env, a []term.Term) term.Term {
	src, ok := a[0].(term.Binary)
	if !ok {
		fnClauseError("Kernel.sigil_r/2", a)
	}
	mods, ok := chardataToString(a[1])
	if !ok {
		fnClauseError("Kernel.sigil_r/2", a)
	}
	opts, ok := translateRegexOpts(mods)
	if !ok {
		rt.Raise(rt.NewException("Regex.CompileError", atom("message"),
			term.Binary("invalid regex modifiers "+strconv.Quote(mods)+" in ~r/"+string(src)+"/")))
	}
	c, errText := compileRegex(env, string(src), opts)
	if c == nil {
		raiseRegexCompile(string(src), errText)
	}
	return newRegex(string(src), opts, c)
}

// regexMatch reports whether the regex term matches s.
func regexMatch(env rt.Env, re term.Term, s string) bool {
	return regexOf(env, re).re.MatchString(s)
}

func regexMatchBIF(env rt.Env, a []term.Term) term.Term {
	s, ok := a[1].(term.Binary)
	if !isRegex(a[0]) || !ok {
		fnClauseError("Regex.match?/2", a)
	}
	return boolTerm(regexMatch(env, a[0], string(s)))
}

func kernelMatchOp(env rt.Env, a []term.Term) term.Term {
	s, ok := a[0].(term.Binary)
	if !ok {
		fnClauseError("Kernel.=~/2", a)
	}
	switch r := a[1].(type) {
	case term.Binary:
		return boolTerm(strings.Contains(string(s), string(r)))
	}
	if !isRegex(a[1]) {
		fnClauseError("Kernel.=~/2", a)
	}
	return boolTerm(regexMatch(env, a[1], string(s)))
}

func regexField(mfa string, a []term.Term, field string) term.Term {
	if !isRegex(a[0]) {
		fnClauseError(mfa, a)
	}
	v, _ := a[0].(*term.Map).Get(atom(field))
	return v
}

func regexNames(env rt.Env, a []term.Term) term.Term {
	if !isRegex(a[0]) {
		fnClauseError("Regex.names/1", a)
	}
	return strList(sortedNames(regexOf(env, a[0])))
}

// sortedNames returns the named groups in alphabetical order, as :re does.
func sortedNames(c *compiledRegex) []string {
	var out []string
	for _, n := range c.names {
		if n != "" {
			out = append(out, n)
		}
	}
	sortStrings(out)
	return out
}

// captureSpec decides which groups a run/scan returns.
type captureSpec struct {
	groups []int // group indices to return; nil with all=true for :all
	all    bool  // :all (trailing unset groups dropped)
	skip0  bool  // :all_but_first
	none   bool
	first  bool
}

func parseCapture(c *compiledRegex, opts term.Term) captureSpec {
	v, ok := kwGet(opts, "capture")
	if !ok {
		return captureSpec{all: true}
	}
	switch v {
	case atom("all"):
		return captureSpec{all: true}
	case atom("first"):
		return captureSpec{groups: []int{0}}
	case atom("all_but_first"):
		return captureSpec{all: true, skip0: true}
	case atom("none"):
		return captureSpec{none: true}
	case atom("all_names"):
		var gs []int
		for _, n := range sortedNames(c) {
			gs = append(gs, groupIndex(c, n))
		}
		return captureSpec{groups: gs}
	}
	items, ok := term.ListToSlice(v)
	if !ok {
		erlArgError(3, "invalid capture option")
	}
	var gs []int
	for _, it := range items {
		switch x := it.(type) {
		case term.Int:
			gs = append(gs, int(x))
		case term.Binary:
			gs = append(gs, groupIndex(c, string(x)))
		case term.Atom:
			gs = append(gs, groupIndex(c, x.Name()))
		default:
			erlArgError(3, "invalid capture option")
		}
	}
	return captureSpec{groups: gs}
}

func groupIndex(c *compiledRegex, name string) int {
	for i, n := range c.names {
		if n == name {
			return i + 1
		}
	}
	return -1
}

// captureResult turns one match (Go submatch indices) into the list run
// and scan return.
func captureResult(s string, loc []int, spec captureSpec, index bool) term.Term {
	one := func(g int) term.Term {
		if g < 0 || 2*g+1 >= len(loc) || loc[2*g] < 0 {
			if index {
				return term.Tuple{term.Int(-1), term.Int(0)}
			}
			return term.Binary("")
		}
		if index {
			return term.Tuple{term.Int(loc[2*g]), term.Int(loc[2*g+1] - loc[2*g])}
		}
		return term.Binary(s[loc[2*g]:loc[2*g+1]])
	}
	var items []term.Term
	if spec.all {
		last := len(loc)/2 - 1
		for last > 0 && loc[2*last] < 0 {
			last--
		}
		start := 0
		if spec.skip0 {
			start = 1
		}
		for g := start; g <= last; g++ {
			items = append(items, one(g))
		}
		return term.List(items...)
	}
	for _, g := range spec.groups {
		items = append(items, one(g))
	}
	return term.List(items...)
}

func returnIndex(opts term.Term) bool {
	v, ok := kwGet(opts, "return")
	return ok && v == atom("index")
}

func offsetOpt(opts term.Term, s string) int {
	if v, ok := kwGet(opts, "offset"); ok {
		if n, ok := v.(term.Int); ok && n >= 0 && int(n) <= len(s) {
			return int(n)
		}
	}
	return 0
}

func shiftLoc(loc []int, off int) []int {
	if off == 0 {
		return loc
	}
	for i := range loc {
		if loc[i] >= 0 {
			loc[i] += off
		}
	}
	return loc
}

func regexRun(env rt.Env, mfa string, a []term.Term, opts term.Term) term.Term {
	s, ok := a[1].(term.Binary)
	if !isRegex(a[0]) || !ok {
		fnClauseError(mfa, a)
	}
	c := regexOf(env, a[0])
	off := offsetOpt(opts, string(s))
	loc := c.re.FindStringSubmatchIndex(string(s)[off:])
	if loc == nil {
		return term.NilAtom
	}
	spec := parseCapture(c, opts)
	if spec.none {
		return term.Nil
	}
	return captureResult(string(s), shiftLoc(loc, off), spec, returnIndex(opts))
}

func regexScan(env rt.Env, mfa string, a []term.Term, opts term.Term) term.Term {
	s, ok := a[1].(term.Binary)
	if !isRegex(a[0]) || !ok {
		fnClauseError(mfa, a)
	}
	c := regexOf(env, a[0])
	off := offsetOpt(opts, string(s))
	spec := parseCapture(c, opts)
	index := returnIndex(opts)
	var out []term.Term
	for _, loc := range c.findAll(string(s)[off:], -1) {
		if spec.none {
			out = append(out, term.Nil)
			continue
		}
		out = append(out, captureResult(string(s), shiftLoc(loc, off), spec, index))
	}
	return term.List(out...)
}

func regexNamedCaptures(env rt.Env, mfa string, a []term.Term, opts term.Term) term.Term {
	s, ok := a[1].(term.Binary)
	if !isRegex(a[0]) || !ok {
		fnClauseError(mfa, a)
	}
	c := regexOf(env, a[0])
	loc := c.re.FindStringSubmatchIndex(string(s))
	if loc == nil {
		return term.NilAtom
	}
	names := sortedNames(c)
	m := term.EmptyMap
	index := returnIndex(opts)
	for _, n := range names {
		g := groupIndex(c, n)
		var v term.Term = term.Binary("")
		if loc[2*g] >= 0 {
			v = term.Binary(string(s)[loc[2*g]:loc[2*g+1]])
			if index {
				v = term.Tuple{term.Int(loc[2*g]), term.Int(loc[2*g+1] - loc[2*g])}
			}
		} else if index {
			v = term.Tuple{term.Int(-1), term.Int(0)}
		}
		m = m.Put(term.Binary(n), v)
	}
	return m
}

func regexEscapeBIF(env rt.Env, a []term.Term) term.Term {
	s := binArg("Regex.escape/1", a, 0)
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '.', '^', '$', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '\\', '#', '-':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case ' ':
			sb.WriteString("\\ ")
		case '\t':
			sb.WriteString("\\t")
		case '\n':
			sb.WriteString("\\n")
		case '\r':
			sb.WriteString("\\r")
		case '\v':
			sb.WriteString("\\v")
		case '\f':
			sb.WriteString("\\f")
		default:
			sb.WriteByte(c)
		}
	}
	return term.Binary(sb.String())
}

func regexSplitBIF(env rt.Env, mfa string, a []term.Term, opts term.Term) term.Term {
	s, ok := a[1].(term.Binary)
	if !isRegex(a[0]) || !ok || !term.IsList(opts) {
		fnClauseError(mfa, a)
	}
	return regexSplit(env, a[0], string(s), opts)
}

// regexSplit implements Regex.split/3 (and String.split/3 with a regex).
func regexSplit(env rt.Env, reT term.Term, s string, opts term.Term) term.Term {
	trim := kwBool(opts, "trim", false)
	if s == "" {
		if trim {
			return term.Nil
		}
		return strList([]string{""})
	}
	c := regexOf(env, reT)
	parts := 0
	if v, ok := kwGet(opts, "parts"); ok {
		if n, ok := v.(term.Int); ok && n > 0 {
			parts = int(n)
		} else if v != atom("infinity") {
			fnClauseError("Regex.parts_to_index/1", []term.Term{v})
		}
	}
	withCaptures := kwBool(opts, "include_captures", false)
	var spec captureSpec
	if v, ok := kwGet(opts, "on"); ok {
		spec = parseCapture(c, term.List(term.Tuple{atom("capture"), v}))
	} else {
		spec = captureSpec{groups: []int{0}}
	}
	// collect the split points: for each match, the chosen groups' spans
	var spans [][2]int
	for _, loc := range c.findAll(s, -1) {
		var gs []int
		if spec.all {
			start := 0
			if spec.skip0 {
				start = 1
			}
			for g := start; g < len(loc)/2; g++ {
				gs = append(gs, g)
			}
		} else {
			gs = spec.groups
		}
		for _, g := range gs {
			if g >= 0 && 2*g+1 < len(loc) && loc[2*g] >= 0 {
				spans = append(spans, [2]int{loc[2*g], loc[2*g+1] - loc[2*g]})
			}
		}
	}
	var out []string
	offset := 0
	counter := parts
	for _, sp := range spans {
		if trim && len(s) <= offset {
			return strList(out)
		}
		if counter == 1 {
			break
		}
		pos, length := sp[0], sp[1]
		if pos-offset < 0 {
			continue
		}
		keep := pos - offset
		if withCaptures {
			if keep == 0 && trim {
				out = append(out, s[pos:pos+length])
			} else {
				out = append(out, s[offset:pos], s[pos:pos+length])
			}
			offset = pos + length
			counter--
			continue
		}
		if keep == 0 && trim {
			offset = pos + length
			continue
		}
		out = append(out, s[offset:pos])
		offset = pos + length
		counter--
	}
	if trim && len(s) <= offset {
		return strList(out)
	}
	out = append(out, s[offset:])
	return strList(out)
}

func regexReplaceBIF(env rt.Env, mfa string, a []term.Term, opts term.Term) term.Term {
	s, ok := a[1].(term.Binary)
	if !isRegex(a[0]) || !ok || !term.IsList(opts) {
		fnClauseError(mfa, a)
	}
	return regexReplace(env, a[0], string(s), a[2], kwBool(opts, "global", true))
}

// replPart is a piece of a precompiled replacement: literal text or a
// group reference.
type replPart struct {
	lit   string
	group int // -1 for a literal
}

func precompileReplacement(r string) []replPart {
	var parts []replPart
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			parts = append(parts, replPart{lit: lit.String(), group: -1})
			lit.Reset()
		}
	}
	for i := 0; i < len(r); i++ {
		c := r[i]
		if c == '\\' && i+1 < len(r) {
			n := r[i+1]
			switch {
			case n == 'g' && i+2 < len(r) && r[i+2] == '{':
				j := i + 3
				for j < len(r) && r[j] >= '0' && r[j] <= '9' {
					j++
				}
				if j < len(r) && r[j] == '}' && j > i+3 {
					g, _ := strconv.Atoi(r[i+3 : j])
					flush()
					parts = append(parts, replPart{group: g})
					i = j
					continue
				}
			case n == '\\':
				lit.WriteByte('\\')
				i++
				continue
			case n >= '0' && n <= '9':
				j := i + 1
				for j < len(r) && r[j] >= '0' && r[j] <= '9' {
					j++
				}
				g, _ := strconv.Atoi(r[i+1 : j])
				flush()
				parts = append(parts, replPart{group: g})
				i = j - 1
				continue
			}
		}
		lit.WriteByte(c)
	}
	flush()
	return parts
}

// regexReplace implements Regex.replace/4 (and String.replace with a regex).
func regexReplace(env rt.Env, reT term.Term, s string, repl term.Term, global bool) term.Term {
	c := regexOf(env, reT)
	n := 1
	if global {
		n = -1
	}
	locs := c.findAll(s, n)
	if len(locs) == 0 {
		return term.Binary(s)
	}
	var parts []replPart
	var fun *term.Fun
	switch r := repl.(type) {
	case term.Binary:
		parts = precompileReplacement(string(r))
	case *term.Fun:
		fun = r
	default:
		fnClauseError("Regex.replace/4", []term.Term{reT, term.Binary(s), repl, term.Nil})
	}
	group := func(loc []int, g int) string {
		if 2*g+1 < len(loc) && loc[2*g] >= 0 {
			return s[loc[2*g]:loc[2*g+1]]
		}
		return ""
	}
	var sb strings.Builder
	pos := 0
	for _, loc := range locs {
		sb.WriteString(s[pos:loc[0]])
		if fun != nil {
			args := make([]term.Term, fun.Arity)
			for i := range args {
				args[i] = term.Binary(group(loc, i))
			}
			res := env.Call(fun, args)
			str, ok := chardataToString(res)
			if !ok {
				if b, ok2 := res.(term.Binary); ok2 {
					str = string(b)
				} else {
					rt.ArgumentError("errors were found at the given arguments:\n\n  * 1st argument: not valid character data (an iodata term)\n")
				}
			}
			sb.WriteString(str)
		} else {
			for _, p := range parts {
				if p.group < 0 {
					sb.WriteString(p.lit)
				} else {
					sb.WriteString(group(loc, p.group))
				}
			}
		}
		pos = loc[1]
	}
	sb.WriteString(s[pos:])
	return term.Binary(sb.String())
}

// translateClasses rewrites character classes whose PCRE meaning RE2
// spells differently: \s also matches a vertical tab, and with the u
// modifier (PCRE's UCP) \d \w \s and the POSIX classes cover Unicode.
func translateClasses(src string, ucp bool) string {
	type repl struct{ out, in string } // outside and inside brackets ("" keeps it)
	escapes := map[byte]repl{
		's': {`[\s\v]`, `\s\v`},
		'S': {`[^\s\v]`, ""},
	}
	posix := map[string]string{}
	if ucp {
		escapes['s'] = repl{`[\s\v\x{85}\p{Z}]`, `\s\v\x{85}\p{Z}`}
		escapes['S'] = repl{`[^\s\v\x{85}\p{Z}]`, ""}
		escapes['d'] = repl{`\p{Nd}`, `\p{Nd}`}
		escapes['D'] = repl{`\P{Nd}`, `\P{Nd}`}
		escapes['w'] = repl{`[\p{L}\p{N}_]`, `\p{L}\p{N}_`}
		escapes['W'] = repl{`[^\p{L}\p{N}_]`, ""}
		posix = map[string]string{
			"[:lower:]": `\p{Ll}`, "[:upper:]": `\p{Lu}`, "[:alpha:]": `\p{L}`,
			"[:digit:]": `\p{Nd}`, "[:alnum:]": `\p{L}\p{Nd}`, "[:space:]": `\s\v\p{Z}`,
			"[:word:]": `\p{L}\p{N}_`, "[:punct:]": `\p{P}`,
		}
	}
	var sb strings.Builder
	inClass := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\\' && i+1 < len(src):
			n := src[i+1]
			if r, ok := escapes[n]; ok {
				if !inClass {
					sb.WriteString(r.out)
					i++
					continue
				}
				if r.in != "" {
					sb.WriteString(r.in)
					i++
					continue
				}
			}
			sb.WriteByte(c)
			sb.WriteByte(n)
			i++
		case inClass && c == '[' && strings.HasPrefix(src[i:], "[:"):
			end := strings.Index(src[i:], ":]")
			if end > 0 {
				name := src[i : i+end+2]
				if r, ok := posix[name]; ok {
					sb.WriteString(r)
				} else {
					sb.WriteString(name)
				}
				i += end + 1
				continue
			}
			sb.WriteByte(c)
		case inClass:
			if c == ']' {
				inClass = false
			}
			sb.WriteByte(c)
		case c == '[':
			inClass = true
			sb.WriteByte(c)
			if i+1 < len(src) && src[i+1] == '^' {
				sb.WriteByte('^')
				i++
			}
			if i+1 < len(src) && src[i+1] == ']' {
				sb.WriteByte(']')
				i++
			}
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// pcreMessage words an RE2 syntax error as PCRE does, with its position
// ("missing ) at position 1"), for Regex.compile's {:error, {reason, at}}.
func pcreMessage(err error, source string) string {
	var se *syntax.Error
	if !errors.As(err, &se) {
		return err.Error()
	}
	at := strings.Index(source, se.Expr)
	if at < 0 {
		at = len(source)
	}
	msg := map[syntax.ErrorCode]string{
		syntax.ErrMissingParen:          "missing )",
		syntax.ErrUnexpectedParen:       "unmatched parentheses",
		syntax.ErrMissingBracket:        "missing terminating ] for character class",
		syntax.ErrMissingRepeatArgument: "nothing to repeat",
		syntax.ErrInvalidRepeatOp:       "nothing to repeat",
		syntax.ErrInvalidRepeatSize:     "number too big in {} quantifier",
		syntax.ErrTrailingBackslash:     "\\ at end of pattern",
		syntax.ErrInvalidCharRange:      "range out of order in character class",
	}[se.Code]
	switch se.Code {
	case syntax.ErrMissingParen, syntax.ErrMissingBracket, syntax.ErrTrailingBackslash:
		at = len(source)
	case syntax.ErrUnexpectedParen:
		at = strings.LastIndexByte(source, ')')
	}
	if msg == "" {
		msg = string(se.Code)
		if se.Expr != "" {
			msg += ": " + se.Expr
		}
	}
	return msg + "\x00" + strconv.Itoa(at)
}

func flagPrefix(flags string) string {
	if flags == "" {
		return ""
	}
	return "(?" + flags + ")"
}

// hasAssertions reports whether a pattern uses ^ $ \b \B \A \z \Z,
// whose meaning depends on the text before a position.
func hasAssertions(src string) bool {
	inClass := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\\' && i+1 < len(src):
			if !inClass && strings.IndexByte("bBAzZG", src[i+1]) >= 0 {
				return true
			}
			i++
		case inClass:
			if c == ']' {
				inClass = false
			}
		case c == '[':
			inClass = true
			if i+1 < len(src) && src[i+1] == '^' {
				i++
			}
			if i+1 < len(src) && src[i+1] == ']' {
				i++
			}
		case c == '^' || c == '$':
			return true
		}
	}
	return false
}

// findAll returns up to n (all when n < 0) matches of c in s as PCRE's
// global matching finds them. Go's FindAll skips an empty match right
// after a non-empty one, where PCRE reports it (Regex.scan(~r/a*/,
// "baaa") gives [[""], ["aaa"], [""]]); for patterns without assertions
// findAll adds those back.
func (c *compiledRegex) findAll(s string, n int) [][]int {
	locs := c.re.FindAllStringSubmatchIndex(s, n)
	if c.anchored == nil {
		return locs
	}
	out := make([][]int, 0, len(locs))
	for i, m := range locs {
		out = append(out, m)
		if n >= 0 && len(out) >= n {
			break
		}
		e := m[1]
		if e == m[0] || (i+1 < len(locs) && locs[i+1][0] == e) {
			continue
		}
		if loc := c.anchored.FindStringSubmatchIndex(s[e:]); loc != nil && loc[1] == 0 {
			out = append(out, shiftLoc(loc, e))
			if n >= 0 && len(out) >= n {
				break
			}
		}
	}
	return out
}
