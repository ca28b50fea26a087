package stdlib

import (
	"math/big"
	"slices"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// More of Erlang's :binary (OTP 25): match/3 and matches/3 with a scope,
// longest_common_suffix/1, encode_hex/1, decode_hex/1, the endianness
// argument of encode_unsigned/2 and decode_unsigned/2, and
// referenced_byte_size/1. The rest of :binary is in string_erl.go.

// binScope reads match/3's options: [] or [scope: {start, length}] (a
// negative length counts back from start). It returns the bytes [lo, hi)
// to search.
func binScope(s string, opts term.Term) (lo, hi int) {
	items, ok := term.ListToSlice(opts)
	if !ok {
		erlArgError(3, "invalid options")
	}
	lo, hi = 0, len(s)
	for _, o := range items {
		t, ok := o.(term.Tuple)
		if !ok || len(t) != 2 || t[0] != atom("scope") {
			erlArgError(3, "invalid options")
		}
		part, ok := t[1].(term.Tuple)
		if !ok || len(part) != 2 {
			erlArgError(3, "invalid options")
		}
		start, ok1 := part[0].(term.Int)
		n, ok2 := part[1].(term.Int)
		if !ok1 || !ok2 {
			erlArgError(3, "invalid options")
		}
		end := start + n
		if n < 0 {
			start, end = end, start
		}
		if start < 0 || end > term.Int(len(s)) {
			erlArgError(3, "specified part is not wholly inside binary")
		}
		lo, hi = int(start), int(end)
	}
	return lo, hi
}

// binMatches returns the non-overlapping matches in s[lo:hi] as
// {position in s, length} pairs, the first only when all is false.
func binMatches(s string, pats []string, lo, hi int, all bool) [][2]int {
	m := newMatcher(s[:hi], pats)
	var out [][2]int
	for pos := lo; ; {
		k, n := m.find(pos)
		if k < 0 {
			break
		}
		out = append(out, [2]int{k, n})
		if !all {
			break
		}
		pos = k + n
	}
	return out
}

// matchTerm is a match as :binary gives it, {position, length}.
func matchTerm(m [2]int) term.Term { return term.Tuple{term.Int(m[0]), term.Int(m[1])} }

// scopedSplit is split/3 with a scope (its {:scope, part} options): the
// separators are looked for in the scope only, the parts cover the
// whole binary.
func scopedSplit(s string, pats []string, scope []term.Term, global bool) []string {
	lo, hi := binScope(s, term.List(scope...))
	var parts []string
	pos := 0
	for _, m := range binMatches(s, pats, lo, hi, global) {
		parts = append(parts, s[pos:m[0]])
		pos = m[0] + m[1]
	}
	return append(parts, s[pos:])
}

// endianness reads the 2nd argument of encode_unsigned/2 and
// decode_unsigned/2.
func endianness(t term.Term) (little bool) {
	switch t {
	case atom("big"):
		return false
	case atom("little"):
		return true
	}
	erlArgError(2, "must be 'big' or 'little'")
	return false
}

// flatBinaries reads longest_common_prefix/suffix's argument: a non-empty
// list of binaries.
func flatBinaries(a []term.Term) []string {
	items, ok := term.ListToSlice(a[0])
	if !ok || len(items) == 0 {
		erlArgError(1, "not a flat list of binaries")
	}
	out := make([]string, len(items))
	for i, it := range items {
		b, ok := it.(term.Binary)
		if !ok {
			erlArgError(1, "not a flat list of binaries")
		}
		out[i] = string(b)
	}
	return out
}

func init() { rt.RegisterLazy(registerBinaryExtra) }

// registerBinaryExtra registers the built-ins of this file (see
// rt.RegisterLazy). Go runs this file's init before string_erl.go's, so
// nothing here may be registered there too.
func registerBinaryExtra() {
	rt.Register(":binary", map[string]rt.BuiltinFunc{
		"match/3": func(env rt.Env, a []term.Term) term.Term {
			s := erlBinArg(a, 0)
			pats := binPatterns(a, 1)
			lo, hi := binScope(s, a[2])
			if ms := binMatches(s, pats, lo, hi, false); len(ms) > 0 {
				return matchTerm(ms[0])
			}
			return atom("nomatch")
		},
		"matches/3": func(env rt.Env, a []term.Term) term.Term {
			s := erlBinArg(a, 0)
			pats := binPatterns(a, 1)
			lo, hi := binScope(s, a[2])
			ms := binMatches(s, pats, lo, hi, true)
			out := make([]term.Term, len(ms))
			for i, m := range ms {
				out[i] = matchTerm(m)
			}
			return term.List(out...)
		},
		"longest_common_suffix/1": func(env rt.Env, a []term.Term) term.Term {
			bs := flatBinaries(a)
			n := len(bs[0])
			for _, b := range bs[1:] {
				k := 0
				for k < n && k < len(b) && b[len(b)-1-k] == bs[0][len(bs[0])-1-k] {
					k++
				}
				n = k
			}
			return term.Int(n)
		},
		"encode_hex/1": func(env rt.Env, a []term.Term) term.Term {
			s, ok := a[0].(term.Binary)
			if !ok {
				erlArgError(1, "not a binary")
			}
			return term.Binary(encode16(string(s), false))
		},
		"decode_hex/1": func(env rt.Env, a []term.Term) term.Term {
			s, ok := a[0].(term.Binary)
			if !ok {
				erlArgError(1, "not a binary")
			}
			if len(s)%2 != 0 {
				erlArgError(1, "must contain an even number of bytes")
			}
			nibble := func(c byte) int {
				switch {
				case c >= '0' && c <= '9':
					return int(c - '0')
				case c >= 'a' && c <= 'f':
					return int(c-'a') + 10
				case c >= 'A' && c <= 'F':
					return int(c-'A') + 10
				}
				return -1
			}
			out := make([]byte, len(s)/2)
			for i := range out {
				hi, lo := nibble(s[2*i]), nibble(s[2*i+1])
				if hi < 0 || lo < 0 {
					// OTP 25 names the offending pair
					erlArgError(1, string(s[2*i:2*i+2])+" is not a valid hex")
				}
				out[i] = byte(hi<<4 | lo)
			}
			return term.Binary(out)
		},
		"encode_unsigned/2": func(env rt.Env, a []term.Term) term.Term {
			b := bigOf(a[0])
			if b == nil || b.Sign() < 0 {
				erlArgError(1, "out of range")
			}
			little := endianness(a[1])
			if b.Sign() == 0 {
				return term.Binary("\x00")
			}
			out := b.Bytes()
			if little {
				slices.Reverse(out)
			}
			return term.Binary(out)
		},
		"decode_unsigned/2": func(env rt.Env, a []term.Term) term.Term {
			s := erlBinArg(a, 0)
			bs := []byte(s)
			if endianness(a[1]) {
				slices.Reverse(bs)
			}
			return term.MakeInt(new(big.Int).SetBytes(bs))
		},
		"referenced_byte_size/1": func(env rt.Env, a []term.Term) term.Term {
			return term.Int(len(erlBinArg(a, 0)))
		},
	})
}
