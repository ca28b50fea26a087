package stdlib

import (
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/pcre"
	"github.com/exlite/exlite/interp/rt"
)

// The Regex module, ~r and =~, on package pcre (the PCRE 8.44 dialect of
// Erlang's :re).
//
// A regex is the struct %Regex{re_pattern:, source:, opts:, re_version:}
// as in Elixir 1.18; opts holds Erlang's :re option atoms
// ([:caseless, :multiline...]). The compiled pattern lives in a side
// table keyed by source and options. What pcre does not implement
// (recursion, subroutine calls, callouts, (*VERBS)) is a compile error
// saying so.

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

// regexVersion is :re.version() of OTP 25, whose PCRE pcre mirrors.
const regexVersion = "8.44 2020-02-12"

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
	re    *pcre.Regexp
	names []string // capture group names, in group order ("" for unnamed)
	// term is the %Regex{} struct of this source and options, once built
	term atomic.Pointer[term.Term]
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

// flagsOf reads the :re options list into pcre's flags.
func flagsOf(opts []term.Term) (pcre.Flags, bool) {
	var f pcre.Flags
	for _, o := range opts {
		switch o {
		case atom("caseless"):
			f.Caseless = true
		case atom("multiline"):
			f.Multiline = true
		case atom("dotall"):
			f.Dotall = true
		case atom("extended"):
			f.Extended = true
		case atom("ungreedy"):
			f.Ungreedy = true
		case atom("unicode"):
			f.UTF = true
		case atom("ucp"):
			f.UCP = true
		case atom("firstline"):
			f.Firstline = true
		case atom("dollar_endonly"):
			f.DollarEndOnly = true
		case atom("no_auto_capture"):
			f.NoAutoCapture = true
		default:
			if t, ok := o.(term.Tuple); ok && len(t) == 2 && t[0] == atom("newline") {
				switch t[1] {
				case atom("anycrlf"), atom("any"):
					f.AnyCRLF = true
				case atom("lf"):
					f.AnyCRLF = false
				default:
					return f, false
				}
				continue
			}
			return f, false
		}
	}
	return f, true
}

// compileRegex compiles source with :re options, caching the result. It
// returns an error text (as Regex.compile's reason) on failure.
func compileRegex(env rt.Env, source string, opts []term.Term) (*compiledRegex, string) {
	key := cacheKey(opts, source)
	if c, ok := regexCache.Load(key); ok {
		return c.(*compiledRegex), ""
	}
	f, ok := flagsOf(opts)
	if !ok {
		return nil, "unsupported option in " + rt.Inspect(env, term.List(opts...))
	}
	re, err := pcre.Compile(source, f)
	if err != nil {
		return nil, err.Msg + "\x00" + strconv.Itoa(err.Offset)
	}
	c := &compiledRegex{re: re, names: re.SubexpNames()[1:]}
	if regexCached.Add(1) > maxCachedRegexes {
		regexCache.Clear()
		regexCached.Store(0)
	}
	regexCache.Store(key, c)
	return c, ""
}

// cacheKey names a source and its options in regexCache: the options'
// atom names (a {:newline, x} tuple as newline=x), or their inspected
// form for other terms.
func cacheKey(opts []term.Term, source string) string {
	var sb strings.Builder
	for _, o := range opts {
		switch x := o.(type) {
		case term.Atom:
			sb.WriteString(x.Name())
		case term.Tuple:
			if len(x) == 2 && x[0] == atom("newline") {
				if n, ok := x[1].(term.Atom); ok {
					sb.WriteString("newline=" + n.Name())
					break
				}
			}
			sb.WriteString(rt.Inspect(nil, o))
		default:
			sb.WriteString(rt.Inspect(nil, o))
		}
		sb.WriteByte(',')
	}
	sb.WriteByte(0)
	sb.WriteString(source)
	return sb.String()
}

// newRegex builds the %Regex{} struct for a compiled pattern.
func newRegex(source string, opts []term.Term, c *compiledRegex) term.Term {
	// the struct is the same for every compile of one source and options:
	// built once and shared (terms are immutable)
	if t := c.term.Load(); t != nil {
		return *t
	}
	var t term.Term = term.EmptyMap.
		Put(atom("__struct__"), atomRegex).
		Put(atom("re_pattern"), term.Tuple{atom("re_pattern"), term.Int(c.re.NumSubexp()), term.Int(0), term.Int(0), term.Binary("")}).
		Put(atom("source"), term.Binary(source)).
		Put(atom("opts"), term.List(opts...)).
		Put(atom("re_version"), term.Binary(regexVersion))
	c.term.Store(&t)
	return t
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
// a syntax error (as Regex.compile!/2), or the reason naming the pattern
// for other failures.
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
	if bang {
		rt.Raise(rt.NewException("Regex.CompileError", atom("message"), term.Binary(compileErrorMessage(errText, pos))))
	}
	if pos < 0 {
		return term.Tuple{term.ErrorAtom, term.Tuple{atom("invalid_option"), term.Binary(errText)}}
	}
	return term.Tuple{term.ErrorAtom, term.Tuple{stringToCharlist(errText), term.Int(pos)}}
}

// compileErrorMessage is the message of the Regex.CompileError that
// Regex.compile!/2 raises for compileFromArgs's failure: "reason at
// position N", or for an invalid option "invalid_option at position
// REST" (Elixir interpolates the rest of the options string).
func compileErrorMessage(errText string, pos int) string {
	if pos < 0 {
		return "invalid_option at position " + errText
	}
	return errText + " at position " + strconv.Itoa(pos)
}

// RegexLiteralError is the message of the Regex.CompileError that
// Regex.compile!(source, mods) raises, with ok false when the pattern
// compiles. The evaluator checks a ~r literal without interpolation
// with it when it compiles the program, as Elixir's sigil_r compiles
// such a literal while it expands the code, before the code runs.
func RegexLiteralError(source, mods string) (msg string, ok bool) {
	re, errText, pos := compileFromArgs(nil, source, term.Binary(mods))
	if re != nil {
		return "", false
	}
	return compileErrorMessage(errText, pos), true
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
	return regexOf(env, re).first(env, s, 0) != nil
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

func regexRun(env rt.Env, mfa string, a []term.Term, opts term.Term) term.Term {
	s, ok := a[1].(term.Binary)
	if !isRegex(a[0]) || !ok {
		fnClauseError(mfa, a)
	}
	c := regexOf(env, a[0])
	off := offsetOpt(opts, string(s))
	loc := c.first(env, string(s), off)
	if loc == nil {
		return term.NilAtom
	}
	spec := parseCapture(c, opts)
	if spec.none {
		return term.Nil
	}
	return captureResult(string(s), loc, spec, returnIndex(opts))
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
	for _, loc := range c.all(env, string(s), off, -1) {
		if spec.none {
			out = append(out, term.Nil)
			continue
		}
		out = append(out, captureResult(string(s), loc, spec, index))
	}
	return term.List(out...)
}

func regexNamedCaptures(env rt.Env, mfa string, a []term.Term, opts term.Term) term.Term {
	s, ok := a[1].(term.Binary)
	if !isRegex(a[0]) || !ok {
		fnClauseError(mfa, a)
	}
	c := regexOf(env, a[0])
	loc := c.first(env, string(s), 0)
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
	for _, loc := range c.all(env, s, 0, -1) {
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
	locs := c.all(env, s, 0, n)
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

// regexBudget charges the work of a match to the process running env:
// a reduction per 16 matcher steps, and the backtracking stack's growth
// as memory, so that the reduction, time and memory limits stop a
// runaway pattern.
type regexBudget struct{ env rt.Env }

func (b regexBudget) Steps(n int)      { rt.Reduce(b.env, n/16+1) }
func (b regexBudget) Grow(bytes int64) { rt.CheckAlloc(b.env, bytes) }

// checkSubject raises as :re.run does for a subject that is not UTF-8
// when the pattern is, or an offset inside a character.
func (c *compiledRegex) checkSubject(s string, off int) {
	if c.re.UTF() && (!pcre.ValidUTF8(s) || off < len(s) && s[off]&0xc0 == 0x80) {
		rt.ArgumentError("argument error")
	}
}

// first returns the capture offsets of the first match in s at or after
// byte offset off, or nil. A match that gives up at PCRE's match limit
// is no match, as for :re.run without report_errors.
func (c *compiledRegex) first(env rt.Env, s string, off int) []int {
	c.checkSubject(s, off)
	loc, res := c.re.Exec(s, off, pcre.Options{}, regexBudget{env})
	if res != pcre.Matched {
		return nil
	}
	return loc
}

// all returns up to n matches (all when n < 0) from byte offset off, as
// :re.run's :global option finds them; an attempt that hits the match
// limit ends the list, as in :re.
func (c *compiledRegex) all(env rt.Env, s string, off, n int) [][]int {
	c.checkSubject(s, off)
	locs, _ := c.re.FindAll(s, off, n, regexBudget{env})
	return locs
}
