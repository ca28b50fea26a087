package stdlib

import (
	"hash/fnv"
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The :erlang functions courses call directly (conversions, tuples, time,
// error/1) and :unicode. Process BIFs (spawn, send, self...) belong to
// the process runtime.

func init() { rt.RegisterLazy(registerErlang) }

// registerErlang registers the built-ins of this file (see rt.RegisterLazy).
func registerErlang() {
	rt.Register(":erlang", map[string]rt.BuiltinFunc{
		"list_to_atom/1":            func(env rt.Env, a []term.Term) term.Term { return rt.NewAtom(env, charlistArg(a, 0)) },
		"list_to_existing_atom/1":   func(env rt.Env, a []term.Term) term.Term { return existingAtom(charlistArg(a, 0)) },
		"atom_to_list/1":            func(env rt.Env, a []term.Term) term.Term { return stringToCharlist(erlAtomArg(a, 0).Name()) },
		"atom_to_binary/1":          func(env rt.Env, a []term.Term) term.Term { return term.Binary(erlAtomArg(a, 0).Name()) },
		"atom_to_binary/2":          func(env rt.Env, a []term.Term) term.Term { return term.Binary(erlAtomArg(a, 0).Name()) },
		"binary_to_atom/1":          func(env rt.Env, a []term.Term) term.Term { return rt.NewAtom(env, atomText(a)) },
		"binary_to_atom/2":          func(env rt.Env, a []term.Term) term.Term { return rt.NewAtom(env, atomText(a)) },
		"binary_to_existing_atom/1": func(env rt.Env, a []term.Term) term.Term { return existingAtom(atomText(a)) },
		"binary_to_existing_atom/2": func(env rt.Env, a []term.Term) term.Term { return existingAtom(atomText(a)) },
		"list_to_binary/1":          erlIolistToBinary,
		"iolist_to_binary/1":        erlIolistToBinary,
		"iolist_size/1":             ioIodataLength,
		"binary_to_list/1":          func(env rt.Env, a []term.Term) term.Term { return bytesToList(erlBinArg(a, 0)) },
		"binary_to_list/3":          erlBinaryToList3,
		"integer_to_binary/1":       func(env rt.Env, a []term.Term) term.Term { return term.Binary(erlIntText(a, 10)) },
		"integer_to_binary/2":       func(env rt.Env, a []term.Term) term.Term { return term.Binary(erlIntText(a, erlBase(a[1]))) },
		"integer_to_list/1":         func(env rt.Env, a []term.Term) term.Term { return stringToCharlist(erlIntText(a, 10)) },
		"integer_to_list/2":         func(env rt.Env, a []term.Term) term.Term { return stringToCharlist(erlIntText(a, erlBase(a[1]))) },
		"binary_to_integer/1":       func(env rt.Env, a []term.Term) term.Term { return erlParseInt(erlBinArg(a, 0), 10) },
		"binary_to_integer/2":       func(env rt.Env, a []term.Term) term.Term { return erlParseInt(erlBinArg(a, 0), erlBase(a[1])) },
		"list_to_integer/1":         func(env rt.Env, a []term.Term) term.Term { return erlParseInt(charlistArg(a, 0), 10) },
		"list_to_integer/2":         func(env rt.Env, a []term.Term) term.Term { return erlParseInt(charlistArg(a, 0), erlBase(a[1])) },
		"float_to_binary/1": func(env rt.Env, a []term.Term) term.Term {
			return term.Binary(floatToBinaryOpts(erlFloatArg(a, 0), term.Nil))
		},
		"float_to_binary/2": func(env rt.Env, a []term.Term) term.Term {
			return term.Binary(floatToBinaryOpts(erlFloatArg(a, 0), a[1]))
		},
		"float_to_list/1": func(env rt.Env, a []term.Term) term.Term {
			return stringToCharlist(floatToBinaryOpts(erlFloatArg(a, 0), term.Nil))
		},
		"float_to_list/2": func(env rt.Env, a []term.Term) term.Term {
			return stringToCharlist(floatToBinaryOpts(erlFloatArg(a, 0), a[1]))
		},
		"binary_to_float/1": func(env rt.Env, a []term.Term) term.Term { return erlParseFloat(erlBinArg(a, 0)) },
		"list_to_float/1":   func(env rt.Env, a []term.Term) term.Term { return erlParseFloat(charlistArg(a, 0)) },
		"float/1":           erlFloat,
		"make_tuple/3":      erlMakeTuple, // make_tuple/2 and the other tuple BIFs are in tuple.go
		"system_time/0":     func(env rt.Env, a []term.Term) term.Term { return term.Int(now(env).UnixNano()) },
		"system_time/1": func(env rt.Env, a []term.Term) term.Term {
			return convertTime(now(env).UnixNano(), atom("native"), a[0])
		},
		"monotonic_time/0":    func(env rt.Env, a []term.Term) term.Term { return term.Int(monotonicNS(env)) },
		"monotonic_time/1":    func(env rt.Env, a []term.Term) term.Term { return convertTime(monotonicNS(env), atom("native"), a[0]) },
		"convert_time_unit/3": func(env rt.Env, a []term.Term) term.Term { return convertTimeBIF(":erlang.convert_time_unit/3", a) },
		"unique_integer/0":    func(env rt.Env, a []term.Term) term.Term { return uniqueInteger(env, term.Nil) },
		"unique_integer/1":    func(env rt.Env, a []term.Term) term.Term { return uniqueInteger(env, a[0]) },
		"timestamp/0":         erlTimestamp,
		"localtime/0":         func(env rt.Env, a []term.Term) term.Term { return erlDateTime(now(env).Local()) },
		"universaltime/0":     func(env rt.Env, a []term.Term) term.Term { return erlDateTime(now(env).UTC()) },
		"date/0":              func(env rt.Env, a []term.Term) term.Term { return erlDateTime(now(env).Local()).(term.Tuple)[0] },
		"time/0":              func(env rt.Env, a []term.Term) term.Term { return erlDateTime(now(env).Local()).(term.Tuple)[1] },
		"phash2/1":            func(env rt.Env, a []term.Term) term.Term { return term.Int(phash(a[0]) % (1 << 27)) },
		"phash2/2":            erlPhash2,
		"halt/0":              func(env rt.Env, a []term.Term) term.Term { return systemHalt(term.Int(0)) },
		"halt/1":              func(env rt.Env, a []term.Term) term.Term { return systemHalt(a[0]) },
		"system_info/1":       erlSystemInfo,
		"split_binary/2":      erlSplitBinary,
	})
	rt.Register(":unicode", map[string]rt.BuiltinFunc{
		"characters_to_binary/1": func(env rt.Env, a []term.Term) term.Term { return unicodeToBinary(a[0]) },
		"characters_to_binary/2": func(env rt.Env, a []term.Term) term.Term { return unicodeToBinary(a[0]) },
		"characters_to_binary/3": func(env rt.Env, a []term.Term) term.Term { return unicodeToBinary(a[0]) },
		"characters_to_list/1":   func(env rt.Env, a []term.Term) term.Term { return unicodeToList(a[0]) },
		"characters_to_list/2":   func(env rt.Env, a []term.Term) term.Term { return unicodeToList(a[0]) },
	})
}

// atomText is the name of the atom :erlang.binary_to_atom and
// binary_to_existing_atom make of a[0] in the encoding a[1] names (utf8
// when absent): latin1 bytes are code points; utf8 must be valid; a name
// of more than 255 characters is a system limit.
func atomText(a []term.Term) string {
	s := erlBinArg(a, 0)
	enc := "utf8"
	if len(a) > 1 {
		e, ok := a[1].(term.Atom)
		if !ok || (e.Name() != "latin1" && e.Name() != "utf8" && e.Name() != "unicode") {
			erlArgError(2, "not one of the atoms: latin1, utf8, or unicode")
		}
		enc = e.Name()
	}
	if enc == "latin1" {
		rs := make([]rune, len(s))
		for i := 0; i < len(s); i++ {
			rs[i] = rune(s[i])
		}
		s = string(rs)
	} else if !utf8.ValidString(s) {
		erlArgError(1, "invalid UTF8 encoding")
	}
	if utf8.RuneCountInString(s) > 255 {
		rt.RaiseMessage("SystemLimitError", "a system limit has been reached")
	}
	return s
}

func existingAtom(name string) term.Term {
	at, ok := term.LookupAtom(name)
	if !ok {
		erlArgError(1, "not an already existing atom")
	}
	return at
}

func charlistArg(a []term.Term, i int) string {
	items, ok := term.ListToSlice(a[i])
	if !ok {
		erlArgError(i+1, "not a list")
	}
	s, ok := charlistToString(items)
	if !ok {
		erlArgError(i+1, "not a list of characters")
	}
	return s
}

func erlAtomArg(a []term.Term, i int) term.Atom {
	at, ok := a[i].(term.Atom)
	if !ok {
		erlArgError(i+1, "not an atom")
	}
	return at
}

func erlBinArg(a []term.Term, i int) string {
	b, ok := a[i].(term.Binary)
	if !ok {
		erlArgError(i+1, "not a binary")
	}
	return string(b)
}

func erlListArg(a []term.Term, i int) []term.Term {
	items, ok := term.ListToSlice(a[i])
	if !ok {
		erlArgError(i+1, "not a list")
	}
	return items
}

func erlFloatArg(a []term.Term, i int) float64 {
	f, ok := a[i].(term.Float)
	if !ok {
		erlArgError(i+1, "not a float")
	}
	return float64(f)
}

func erlBase(t term.Term) int {
	n, ok := t.(term.Int)
	if !ok || n < 2 || n > 36 {
		erlArgError(2, "not an integer in the range 2 through 36")
	}
	return int(n)
}

func erlIntText(a []term.Term, base int) string {
	if !isInteger(a[0]) {
		erlArgError(1, "not an integer")
	}
	return integerText(a[0], base)
}

func erlParseInt(s string, base int) term.Term {
	v, ok := parseIntegerExact(s, base)
	if !ok {
		erlArgError(1, "not a textual representation of an integer")
	}
	return v
}

func erlParseFloat(s string) term.Term {
	f, ok := parseErlangFloat(s)
	if !ok {
		erlArgError(1, "not a textual representation of a float")
	}
	return term.Float(f)
}

func bytesToList(s string) term.Term {
	items := make([]term.Term, len(s))
	for i := 0; i < len(s); i++ {
		items[i] = term.Int(s[i])
	}
	return term.List(items...)
}

func erlIolistToBinary(env rt.Env, a []term.Term) term.Term {
	if b, ok := a[0].(term.Binary); ok {
		return b
	}
	s, ok := iodataIn(env, a[0])
	if !ok {
		erlArgError(1, "not an iolist term")
	}
	return term.Binary(s)
}

func erlBinaryToList3(env rt.Env, a []term.Term) term.Term {
	s := erlBinArg(a, 0)
	from, ok1 := a[1].(term.Int)
	to, ok2 := a[2].(term.Int)
	if !ok1 || !ok2 || from < 1 || to > term.Int(len(s)) || from > to+1 {
		erlArgError(2, "out of range")
	}
	return bytesToList(s[from-1 : to])
}

func erlFloat(env rt.Env, a []term.Term) term.Term {
	f, ok := rt.ToFloat(a[0])
	if !ok {
		erlArgError(1, "not a number")
	}
	if math.IsInf(f, 0) {
		erlArgError(1, "not a number")
	}
	return term.Float(f)
}

func erlMakeTuple(env rt.Env, a []term.Term) term.Term {
	n, ok := a[0].(term.Int)
	if !ok || n < 0 || n > 1<<24 {
		erlArgError(1, "not a valid tuple size")
	}
	t := make(term.Tuple, n)
	for i := range t {
		t[i] = a[1]
	}
	if len(a) == 3 {
		for _, it := range erlListArg(a, 2) {
			p, ok := it.(term.Tuple)
			if !ok || len(p) != 2 {
				erlArgError(3, "not a list of pairs")
			}
			pos, ok := p[0].(term.Int)
			if !ok || pos < 1 || int(pos) > len(t) {
				erlArgError(3, "out of range")
			}
			t[pos-1] = p[1]
		}
	}
	return t
}

func erlTimestamp(env rt.Env, a []term.Term) term.Term {
	us := now(env).UnixMicro()
	return term.Tuple{term.Int(us / 1_000_000_000_000), term.Int(us / 1_000_000 % 1_000_000), term.Int(us % 1_000_000)}
}

func erlDateTime(t time.Time) term.Term {
	return term.Tuple{
		term.Tuple{term.Int(t.Year()), term.Int(int(t.Month())), term.Int(t.Day())},
		term.Tuple{term.Int(t.Hour()), term.Int(t.Minute()), term.Int(t.Second())},
	}
}

// phash hashes a term deterministically. The values are exlite's own,
// not the BEAM's phash2: programs may rely on stability within a run and
// on the range, not on particular numbers.
func phash(t term.Term) int64 {
	h := fnv.New64a()
	h.Write([]byte(rt.Inspect(nil, t))) // no program: the hash must not run its code
	return int64(h.Sum64() >> 1)
}

func erlPhash2(env rt.Env, a []term.Term) term.Term {
	n, ok := a[1].(term.Int)
	if !ok || n < 1 || n > 1<<32 {
		erlArgError(2, "out of range")
	}
	return term.Int(phash(a[0]) % int64(n))
}

func erlSystemInfo(env rt.Env, a []term.Term) term.Term {
	switch a[0] {
	case atom("otp_release"):
		return stringToCharlist("25")
	case atom("schedulers"), atom("schedulers_online"), atom("logical_processors"):
		return term.Int(1)
	case atom("process_count"):
		return term.Int(1)
	case atom("wordsize"):
		return term.Int(8)
	}
	erlArgError(1, "invalid system info item")
	return nil
}

func erlSplitBinary(env rt.Env, a []term.Term) term.Term {
	s := erlBinArg(a, 0)
	n, ok := a[1].(term.Int)
	if !ok || n < 0 || int(n) > len(s) {
		erlArgError(2, "out of range")
	}
	return term.Tuple{term.Binary(s[:n]), term.Binary(s[n:])}
}

func unicodeToBinary(t term.Term) term.Term {
	if b, ok := t.(term.Binary); ok {
		return b
	}
	s, ok := chardataToString(t)
	if !ok {
		// {:error, converted, rest} for invalid code points
		items, isList := term.ListToSlice(t)
		if !isList {
			erlArgError(1, "not valid character data (an iodata term)")
		}
		var sb strings.Builder
		for k, it := range items {
			part, ok := chardataToString(term.List(it))
			if !ok {
				return term.Tuple{term.ErrorAtom, term.Binary(sb.String()), term.List(items[k:]...)}
			}
			sb.WriteString(part)
		}
		return term.Binary(sb.String())
	}
	if !utf8.ValidString(s) {
		i := 0
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		return term.Tuple{term.ErrorAtom, term.Binary(s[:i]), term.Binary(s[i:])}
	}
	return term.Binary(s)
}

func unicodeToList(t term.Term) term.Term {
	r := unicodeToBinary(t)
	if b, ok := r.(term.Binary); ok {
		return stringToCharlist(string(b))
	}
	tu := r.(term.Tuple)
	return term.Tuple{tu[0], stringToCharlist(string(tu[1].(term.Binary))), tu[2]}
}
