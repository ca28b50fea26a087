package stdlib

import (
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/exlite/exlite/beam"
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Helpers shared by the text-side built-ins (String, IO, Integer, Regex...).

// fnClauseError raises FunctionClauseError for mfa ("String.length/1")
// called with args, as a failing guard in Elixir's own definition does.
func fnClauseError(mfa string, args []term.Term) {
	mod, fun, arity := splitMFA(mfa)
	rt.RaiseFunctionClause(mod, term.MakeAtom(fun), arity, args)
}

// splitMFA splits "String.length/1" or ":lists.seq/2" into its parts.
func splitMFA(mfa string) (term.Atom, string, int) {
	slash := strings.LastIndexByte(mfa, '/')
	arity, _ := strconv.Atoi(mfa[slash+1:])
	head := mfa[:slash]
	dot := strings.LastIndexByte(head, '.')
	return rt.ModuleAtom(head[:dot]), head[dot+1:], arity
}

// erlArgError raises the ArgumentError an Erlang BIF gives for a bad
// argument number n (1-based) with reason, e.g. "not a binary".
func erlArgError(n int, reason string) {
	rt.RaiseRaw(rt.NewException("ArgumentError", term.MakeAtom("message"),
		term.Binary("errors were found at the given arguments:\n\n  * "+ordinal(n)+" argument: "+reason+"\n")),
		term.MakeAtom("badarg"))
}

func ordinal(n int) string {
	switch n {
	case 1:
		return "1st"
	case 2:
		return "2nd"
	case 3:
		return "3rd"
	}
	return strconv.Itoa(n) + "th"
}

// binArg returns args[i] as a string or raises FunctionClauseError for mfa.
func binArg(mfa string, args []term.Term, i int) string {
	if b, ok := args[i].(term.Binary); ok {
		return string(b)
	}
	fnClauseError(mfa, args)
	return ""
}

// intArg returns args[i] as an int or raises FunctionClauseError for mfa.
func intArg(mfa string, args []term.Term, i int) int {
	if n, ok := args[i].(term.Int); ok {
		return int(n)
	}
	fnClauseError(mfa, args)
	return 0
}

// atomArg returns args[i] as an atom or raises FunctionClauseError for mfa.
func atomArg(mfa string, args []term.Term, i int) term.Atom {
	if a, ok := args[i].(term.Atom); ok {
		return a
	}
	fnClauseError(mfa, args)
	return term.Atom{}
}

// listArg returns args[i] as a proper list or raises FunctionClauseError.
func listArg(mfa string, args []term.Term, i int) []term.Term {
	items, ok := term.ListToSlice(args[i])
	if !ok {
		fnClauseError(mfa, args)
	}
	return items
}

// kwGet finds key in a keyword list (the first occurrence).
func kwGet(opts term.Term, key string) (term.Term, bool) {
	k := term.MakeAtom(key)
	for {
		c, ok := opts.(*term.Cons)
		if !ok {
			return nil, false
		}
		if t, ok := c.Head.(term.Tuple); ok && len(t) == 2 && t[0] == k {
			return t[1], true
		}
		opts = c.Tail
	}
}

// kwBool reads a boolean option, def when absent.
func kwBool(opts term.Term, key string, def bool) bool {
	if v, ok := kwGet(opts, key); ok {
		return term.IsTruthy(v)
	}
	return def
}

// atom is a shorthand for term.MakeAtom.
func atom(s string) term.Atom { return term.MakeAtom(s) }

// boolTerm converts a Go bool.
func boolTerm(b bool) term.Term { return term.Bool(b) }

// strList builds a list of binaries, its cells allocated in one block.
func strList(ss []string) term.Term {
	cells := make([]term.Cons, len(ss))
	var l term.Term = term.Nil
	for i := len(ss) - 1; i >= 0; i-- {
		cells[i] = term.Cons{Head: term.Binary(ss[i]), Tail: l}
		l = &cells[i]
	}
	return l
}

// isInteger reports whether t is an Int or a *BigInt.
func isInteger(t term.Term) bool {
	switch t.(type) {
	case term.Int, *term.BigInt:
		return true
	}
	return false
}

// bigOf returns an integer term as *big.Int (nil if not an integer).
func bigOf(t term.Term) *big.Int {
	b, _ := term.ToBig(t)
	return b
}

// charlistToString decodes a list of code points; ok false if any element
// is not a valid code point.
func charlistToString(items []term.Term) (string, bool) {
	var sb strings.Builder
	for _, it := range items {
		n, ok := it.(term.Int)
		if !ok || n < 0 || n > utf8.MaxRune || (n >= 0xD800 && n <= 0xDFFF) {
			return "", false
		}
		sb.WriteRune(rune(n))
	}
	return sb.String(), true
}

// stringToCharlist returns the code points of s as a list.
func stringToCharlist(s string) term.Term {
	items := make([]term.Term, 0, len(s))
	for _, r := range s {
		items = append(items, term.Int(r))
	}
	return term.List(items...)
}

// chardataToString flattens chardata (binaries, code points, nested lists)
// into a string; ok is false when t is not chardata.
func chardataToString(t term.Term) (string, bool) { return chardataIn(nil, t) }

// chardataIn is chardataToString charging the work and the string made
// to the process of env (see appendFlat).
func chardataIn(env rt.Env, t term.Term) (string, bool) {
	var sb strings.Builder
	ok := appendFlat(env, &sb, t, true)
	return sb.String(), ok
}

// iodataToString flattens iodata (binaries, bytes, nested lists, with a
// binary allowed as an improper tail); ok is false when t is not iodata.
func iodataToString(t term.Term) (string, bool) { return iodataIn(nil, t) }

// iodataIn is iodataToString charging the work and the string made to
// the process of env (see appendFlat).
func iodataIn(env rt.Env, t term.Term) (string, bool) {
	var sb strings.Builder
	ok := appendFlat(env, &sb, t, false)
	return sb.String(), ok
}

// appendFlat writes the chardata (chars) or iodata t to sb; it reports
// false when t is not such data. Nested lists are walked with a stack of
// their own, not by recursion (iodata built as [acc, more] nests as deep
// as it is long, and a Go stack past its limit ends the whole Go
// process). With env, the walk counts a reduction per 64 list cells and
// the string's buffer as memory held while it grows, so that iodata
// sharing its parts (a list of itself twice, sixty times over) ends at
// the program's limits.
func appendFlat(env rt.Env, sb *strings.Builder, t term.Term, chars bool) bool {
	var proc *beam.Process
	var held rt.Holding
	if env != nil {
		proc = rt.ProcessOf(env)
		held = rt.Hold(env)
		defer held.Release()
	}
	room := func(n int) {
		if env != nil && sb.Len()+n > sb.Cap() {
			c := 2*sb.Cap() + n
			held.Add(int64(c - sb.Cap()))
			sb.Grow(c - sb.Len())
		}
	}
	var tails []term.Term
	steps := 0
	for {
		switch v := t.(type) {
		case term.Binary:
			room(len(v))
			sb.WriteString(string(v))
		case term.EmptyList:
		case *term.Cons:
			if steps++; steps&63 == 0 && proc != nil {
				proc.Reduce(1)
			}
			if h, ok := v.Head.(term.Int); ok {
				if chars {
					if h < 0 || h > utf8.MaxRune || (h >= 0xD800 && h <= 0xDFFF) {
						return false
					}
					room(utf8.UTFMax)
					sb.WriteRune(rune(h))
				} else {
					if h < 0 || h > 255 {
						return false
					}
					room(1)
					sb.WriteByte(byte(h))
				}
				t = v.Tail
				continue
			}
			tails = append(tails, v.Tail)
			t = v.Head
			continue
		default:
			return false
		}
		if len(tails) == 0 {
			return true
		}
		t = tails[len(tails)-1]
		tails = tails[:len(tails)-1]
	}
}

// DiffEdit is one step of an edit script: Kind is "eq", "del" or "ins" and
// Items the elements it covers.
type DiffEdit struct {
	Kind  string
	Items []term.Term
}

type diffStep struct {
	kind string
	item term.Term
	prev *diffStep
}

type diffPath struct {
	y      int // elements of a consumed
	i2     int // elements of b consumed
	i1     int // elements of a consumed (same as y once moved)
	edits  *diffStep
	noMore bool
}

// MyersDifference computes the edit script from a to b exactly as
// Elixir's List.myers_difference/2 does (same tie-breaking and
// compaction), comparing elements with ===.
func MyersDifference(a, b []term.Term) []DiffEdit { return myersScript(a, b, nil) }

// myersScript is List.myers_difference/3: when script is not nil it is
// asked about each pair of elements met by a move, and a non-nil answer
// becomes a {:diff, answer} step consuming both.
func myersScript(a, b []term.Term, script func(x, y term.Term) term.Term) []DiffEdit {
	diffed := func(p diffPath) (diffPath, bool) {
		if script == nil || p.i1 >= len(a) || p.i2 >= len(b) {
			return p, false
		}
		if d := script(a[p.i1], b[p.i2]); term.IsTruthy(d) {
			return diffPath{y: p.y + 1, i1: p.i1 + 1, i2: p.i2 + 1, edits: &diffStep{"diff", d, p.edits}}, true
		}
		return p, false
	}
	moveRight := func(p diffPath) diffPath {
		if q, ok := diffed(p); ok {
			return q
		}
		if p.i2 < len(b) {
			return diffPath{y: p.y, i1: p.i1, i2: p.i2 + 1, edits: &diffStep{"ins", b[p.i2], p.edits}}
		}
		return p
	}
	moveDown := func(p diffPath) diffPath {
		if q, ok := diffed(p); ok {
			return q
		}
		if p.i1 < len(a) {
			return diffPath{y: p.y + 1, i1: p.i1 + 1, i2: p.i2, edits: &diffStep{"del", a[p.i1], p.edits}}
		}
		return diffPath{y: p.y + 1, i1: p.i1, i2: p.i2, edits: p.edits}
	}
	paths := []diffPath{{}}
	for envelope := 0; ; envelope++ {
		var next []diffPath
		rest := paths
		for diag := -envelope; diag <= envelope; diag += 2 {
			var p diffPath
			switch {
			case diag == 0 && envelope == 0:
				p, rest = rest[0], nil
			case diag == -envelope:
				p = moveDown(rest[0])
			case diag == envelope && len(rest) == 1:
				p, rest = moveRight(rest[0]), nil
			default:
				if rest[0].y > rest[1].y {
					p = moveRight(rest[0])
				} else {
					p = moveDown(rest[1])
				}
				rest = rest[1:]
			}
			for p.i1 < len(a) && p.i2 < len(b) && term.StrictEqual(a[p.i1], b[p.i2]) {
				p = diffPath{y: p.y + 1, i1: p.i1 + 1, i2: p.i2 + 1, edits: &diffStep{"eq", a[p.i1], p.edits}}
			}
			if p.i1 == len(a) && p.i2 == len(b) {
				return compactEdits(p.edits)
			}
			next = append(next, p)
		}
		paths = next
	}
}

// compactEdits turns the reversed step chain into grouped edits, applying
// List.myers_difference's eq/ins shift.
func compactEdits(s *diffStep) []DiffEdit {
	// acc is built front-first: acc[0] is the head of Elixir's list.
	var acc []DiffEdit // stored reversed: acc[len-1] is the head
	for s != nil {
		n := len(acc)
		if s.kind == "diff" {
			acc = append(acc, DiffEdit{"diff", []term.Term{s.item}})
			s = s.prev
			continue
		}
		if n > 0 && acc[n-1].Kind == s.kind {
			acc[n-1].Items = append([]term.Term{s.item}, acc[n-1].Items...)
			s = s.prev
			continue
		}
		if n >= 3 && acc[n-1].Kind == "eq" && acc[n-2].Kind == "ins" && acc[n-3].Kind == "eq" &&
			itemsEqual(acc[n-1].Items, acc[n-2].Items) {
			l := acc[n-1].Items
			other := acc[n-3].Items
			acc = acc[:n-3]
			acc = append(acc, DiffEdit{"eq", append(append([]term.Term{}, l...), other...)}, DiffEdit{"ins", l})
			continue
		}
		acc = append(acc, DiffEdit{s.kind, []term.Term{s.item}})
		s = s.prev
	}
	out := make([]DiffEdit, len(acc))
	for i := range acc {
		out[i] = acc[len(acc)-1-i]
	}
	return out
}

func itemsEqual(a, b []term.Term) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !term.StrictEqual(a[i], b[i]) {
			return false
		}
	}
	return true
}

// strconvItoa formats an int64 in base 10.
func strconvItoa(n int64) string { return strconv.FormatInt(n, 10) }

// sortStrings sorts byte-wise (Erlang's binary order).
func sortStrings(ss []string) { sort.Strings(ss) }

// floorDivBig returns floor(t*mul/div) without overflow.
func floorDivBig(t, mul, div int64) *big.Int {
	x := new(big.Int).Mul(big.NewInt(t), big.NewInt(mul))
	q, m := new(big.Int).QuoRem(x, big.NewInt(div), new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (div < 0) {
		q.Sub(q, big.NewInt(1))
	}
	return q
}

func sqrt(x float64) float64 { return math.Sqrt(x) }

// withDefaults appends the values of defaulted parameters to a call's
// arguments: Elixir reports a failing call of f/1 defined as f(x, y \\ 0)
// as f/2 with both arguments.
func withDefaults(args []term.Term, defaults ...term.Term) []term.Term {
	out := make([]term.Term, 0, len(args)+len(defaults))
	return append(append(out, args...), defaults...)
}

// maxBuild bounds the size of a string or list a single built-in builds
// (String.duplicate("x", 1 <<< 40)...): past it exlite raises
// SystemLimitError instead of exhausting the machine's memory, where the
// BEAM would abort.
const maxBuild = 1 << 28

// checkBuild raises SystemLimitError when count items of size each would
// exceed maxBuild.
func checkBuild(count, size int64) {
	if count < 0 || size < 0 || (size > 0 && count > maxBuild/size) {
		rt.RaiseMessage("SystemLimitError", "a system limit has been reached")
	}
}
