package stdlib

import (
	"math"
	"math/big"
	"unicode/utf8"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Kernel functions that are plain functions (the evaluator implements the
// special forms and operators itself; the operators are registered here
// too so that captures such as &+/2 and apply/3 work).

func kernelNumArg(t term.Term) {
	if !isNumber(t) {
		erlangBadArg("1st", "not a number")
	}
}

func intDivRem(a, b term.Term, isDiv bool) term.Term {
	if !isInteger(a) || !isInteger(b) {
		badArith()
	}
	if x, ok := a.(term.Int); ok {
		if y, ok := b.(term.Int); ok {
			if y == 0 {
				badArith()
			}
			if !(x == math.MinInt64 && y == -1) {
				if isDiv {
					return x / y
				}
				return x % y
			}
		}
	}
	x, _ := term.ToBig(a)
	y, _ := term.ToBig(b)
	if y.Sign() == 0 {
		badArith()
	}
	if isDiv {
		return term.MakeInt(x.Quo(x, y))
	}
	return term.MakeInt(x.Rem(x, y))
}

func toFloat64(t term.Term) float64 {
	switch v := t.(type) {
	case term.Int:
		return float64(v)
	case term.Float:
		return float64(v)
	case *term.BigInt:
		f, _ := new(big.Float).SetInt(v.V).Float64()
		return f
	}
	badArith()
	return 0
}

func floatToInt(f float64) term.Term {
	if f >= -9.2e18 && f <= 9.2e18 {
		return term.Int(int64(f))
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return term.MakeInt(b)
}

// listSubtract is --: each element of b removes its first occurrence in a.
func listSubtract(a, b term.Term) term.Term {
	as, ok1 := properList(a)
	bs, ok2 := properList(b)
	if !ok1 || !ok2 {
		if !ok1 {
			erlangBadArg("1st", "not a list")
		}
		erlangBadArg("2nd", "not a list")
	}
	if len(bs) == 0 {
		return a
	}
	idx := newTermIndex(len(bs))
	var counts []int
	for _, x := range bs {
		i, added := idx.lookup(x)
		if added {
			counts = append(counts, 0)
		}
		counts[i]++
	}
	out := make([]term.Term, 0, len(as))
	for _, x := range as {
		if i, added := idx.lookup(x); !added && counts[i] > 0 {
			counts[i]--
			continue
		} else if added {
			counts = append(counts, 0)
		}
		out = append(out, x)
	}
	return list(out)
}

func compareOp(a, b term.Term) int { return term.Compare(a, b) }

// charlistOf is Kernel.to_charlist/1, which calls List.Chars: a struct goes
// through env.Apply so that a user implementation is found.
func charlistOf(env rt.Env, t term.Term) term.Term {
	if _, isStruct := structOf(t); isStruct {
		return env.Apply(atom("Elixir.List.Chars"), atom("to_charlist"), []term.Term{t})
	}
	return listChars(env, []term.Term{t})
}

// listChars is List.Chars.to_charlist/1 for the built-in implementations
// (Atom, BitString, List, Integer, Float); other terms raise
// Protocol.UndefinedError.
func listChars(env rt.Env, a []term.Term) term.Term {
	switch v := a[0].(type) {
	case term.EmptyList, *term.Cons:
		return v
	case term.Binary:
		s := string(v)
		out := make([]term.Term, 0, len(s))
		for len(s) > 0 {
			r, size := utf8.DecodeRuneInString(s)
			if r == utf8.RuneError && size == 1 {
				rt.Raise(rt.NewException("UnicodeConversionError", atomMessage,
					term.Binary("invalid encoding starting at "+rt.Inspect(env, term.Binary(s)))))
			}
			out = append(out, term.Int(r))
			s = s[size:]
		}
		return list(out)
	case *term.Bitstring:
		raiseProtocolUndefined("List.Chars", v, "cannot convert a bitstring to a charlist")
	case term.Atom:
		if v == term.NilAtom {
			return term.Nil
		}
		return stringToCharlist(v.Name())
	case term.Int, *term.BigInt:
		return stringToCharlist(integerText(v, 10))
	case term.Float:
		return stringToCharlist(floatShort(float64(v)))
	}
	raiseProtocolUndefined("List.Chars", a[0], "")
	return nil
}

func isExceptionTerm(t term.Term) bool {
	m, ok := t.(*term.Map)
	if !ok {
		return false
	}
	if _, ok := structOf(m); !ok {
		return false
	}
	v, ok := m.Get(term.MakeAtom("__exception__"))
	return ok && v == term.True
}

func init() { rt.RegisterLazy(registerKernel) }

// registerKernel registers the built-ins of this file (see rt.RegisterLazy).
func registerKernel() {
	k := map[string]rt.BuiltinFunc{
		"abs/1": func(env rt.Env, a []term.Term) term.Term {
			kernelNumArg(a[0])
			switch v := a[0].(type) {
			case term.Int:
				if v < 0 {
					return sub(term.Int(0), v)
				}
				return v
			case term.Float:
				return term.Float(math.Abs(float64(v)))
			case *term.BigInt:
				return term.MakeInt(new(big.Int).Abs(v.V))
			}
			return nil
		},
		"div/2": func(env rt.Env, a []term.Term) term.Term { return intDivRem(a[0], a[1], true) },
		"rem/2": func(env rt.Env, a []term.Term) term.Term { return intDivRem(a[0], a[1], false) },
		"max/2": func(env rt.Env, a []term.Term) term.Term {
			if term.Compare(a[0], a[1]) < 0 {
				return a[1]
			}
			return a[0]
		},
		"min/2": func(env rt.Env, a []term.Term) term.Term {
			if term.Compare(a[0], a[1]) > 0 {
				return a[1]
			}
			return a[0]
		},
		"round/1": func(env rt.Env, a []term.Term) term.Term {
			kernelNumArg(a[0])
			if f, ok := a[0].(term.Float); ok {
				return floatToInt(math.Round(float64(f)))
			}
			return a[0]
		},
		"trunc/1": func(env rt.Env, a []term.Term) term.Term {
			kernelNumArg(a[0])
			if f, ok := a[0].(term.Float); ok {
				return floatToInt(math.Trunc(float64(f)))
			}
			return a[0]
		},
		"elem/2": func(env rt.Env, a []term.Term) term.Term {
			i, ok := smallInt(a[1])
			if !ok {
				return element1(a[1], a[0])
			}
			return element1(term.Int(i+1), a[0])
		},
		"put_elem/3": func(env rt.Env, a []term.Term) term.Term {
			i, ok := smallInt(a[1])
			if !ok {
				return setElement1(a[1], a[0], a[2])
			}
			return setElement1(term.Int(i+1), a[0], a[2])
		},
		"tuple_size/1": func(env rt.Env, a []term.Term) term.Term { return term.Int(len(tupleArg(a[0], 1))) },
		"hd/1": func(env rt.Env, a []term.Term) term.Term {
			c, ok := a[0].(*term.Cons)
			if !ok {
				erlangBadArg("1st", "not a nonempty list")
			}
			return c.Head
		},
		"tl/1": func(env rt.Env, a []term.Term) term.Term {
			c, ok := a[0].(*term.Cons)
			if !ok {
				erlangBadArg("1st", "not a nonempty list")
			}
			return c.Tail
		},
		"length/1": func(env rt.Env, a []term.Term) term.Term {
			n := int64(0)
			t := a[0]
			for {
				c, ok := t.(*term.Cons)
				if !ok {
					break
				}
				n++
				t = c.Tail
			}
			if !isEmpty(t) {
				erlangBadArg("1st", "not a list")
			}
			return term.Int(n)
		},
		"map_size/1": func(env rt.Env, a []term.Term) term.Term { return term.Int(mapOf(a[0]).Len()) },
		"is_atom/1":  func(env rt.Env, a []term.Term) term.Term { _, ok := a[0].(term.Atom); return term.Bool(ok) },
		"is_binary/1": func(env rt.Env, a []term.Term) term.Term {
			_, ok := a[0].(term.Binary)
			return term.Bool(ok)
		},
		"is_bitstring/1": func(env rt.Env, a []term.Term) term.Term {
			return term.Bool(a[0].Kind() == term.KindBitstring)
		},
		"is_boolean/1": func(env rt.Env, a []term.Term) term.Term {
			return term.Bool(a[0] == term.True || a[0] == term.False)
		},
		"is_float/1": func(env rt.Env, a []term.Term) term.Term { _, ok := a[0].(term.Float); return term.Bool(ok) },
		"is_function/1": func(env rt.Env, a []term.Term) term.Term {
			return term.Bool(isFun(a[0]))
		},
		"is_function/2": func(env rt.Env, a []term.Term) term.Term {
			n, ok := smallInt(a[1])
			if !ok || n < 0 {
				erlangBadArg("2nd", "not a valid arity")
			}
			return term.Bool(isFunArity(a[0], int(n)))
		},
		"is_integer/1": func(env rt.Env, a []term.Term) term.Term { return term.Bool(isInteger(a[0])) },
		"is_list/1":    func(env rt.Env, a []term.Term) term.Term { return term.Bool(term.IsList(a[0])) },
		"is_map/1":     func(env rt.Env, a []term.Term) term.Term { _, ok := a[0].(*term.Map); return term.Bool(ok) },
		"is_map_key/2": func(env rt.Env, a []term.Term) term.Term {
			_, ok := mapOf(a[0]).Get(a[1])
			return term.Bool(ok)
		},
		"is_nil/1":       func(env rt.Env, a []term.Term) term.Term { return term.Bool(a[0] == term.NilAtom) },
		"is_number/1":    func(env rt.Env, a []term.Term) term.Term { return term.Bool(isNumber(a[0])) },
		"is_pid/1":       func(env rt.Env, a []term.Term) term.Term { _, ok := a[0].(term.Pid); return term.Bool(ok) },
		"is_reference/1": func(env rt.Env, a []term.Term) term.Term { _, ok := a[0].(term.Ref); return term.Bool(ok) },
		"is_port/1":      func(env rt.Env, a []term.Term) term.Term { return term.Bool(a[0].Kind() == term.KindPort) },
		"is_tuple/1":     func(env rt.Env, a []term.Term) term.Term { _, ok := a[0].(term.Tuple); return term.Bool(ok) },
		"is_struct/1": func(env rt.Env, a []term.Term) term.Term {
			_, ok := structOf(a[0])
			return term.Bool(ok)
		},
		"is_struct/2": func(env rt.Env, a []term.Term) term.Term {
			mod, ok := a[1].(term.Atom)
			if !ok {
				erlangBadArg("2nd", "not an atom")
			}
			return term.Bool(isStructOf(a[0], mod))
		},
		"is_non_struct_map/1": func(env rt.Env, a []term.Term) term.Term {
			_, isMap := a[0].(*term.Map)
			_, isStruct := structOf(a[0])
			return term.Bool(isMap && !isStruct)
		},
		"is_exception/1": func(env rt.Env, a []term.Term) term.Term { return term.Bool(isExceptionTerm(a[0])) },
		"is_exception/2": func(env rt.Env, a []term.Term) term.Term {
			mod, _ := a[1].(term.Atom)
			return term.Bool(isExceptionTerm(a[0]) && isStructOf(a[0], mod))
		},
		"to_charlist/1": func(env rt.Env, a []term.Term) term.Term { return charlistOf(env, a[0]) },
		"apply/2": func(env rt.Env, a []term.Term) term.Term {
			args, ok := properList(a[1])
			if !ok {
				erlangBadArg("2nd", "not a list")
			}
			return env.Call(a[0], args)
		},
		"apply/3": func(env rt.Env, a []term.Term) term.Term {
			mod, ok1 := a[0].(term.Atom)
			fn, ok2 := a[1].(term.Atom)
			args, ok3 := properList(a[2])
			if !ok1 || !ok2 || !ok3 {
				switch {
				case !ok1:
					erlangBadArg("1st", "not an atom")
				case !ok2:
					erlangBadArg("2nd", "not an atom")
				}
				erlangBadArg("3rd", "not a list")
			}
			return env.Apply(mod, fn, args)
		},
		"then/2": func(env rt.Env, a []term.Term) term.Term { return env.Call(a[1], []term.Term{a[0]}) },
		"tap/2": func(env rt.Env, a []term.Term) term.Term {
			env.Call(a[1], []term.Term{a[0]})
			return a[0]
		},
		"binary_part/3": func(env rt.Env, a []term.Term) term.Term {
			b, ok := a[0].(term.Binary)
			if !ok {
				erlangBadArg("1st", "not a binary")
			}
			start, ok1 := smallInt(a[1])
			n, ok2 := smallInt(a[2])
			if !ok1 {
				erlangBadArg("2nd", "not an integer")
			}
			if !ok2 {
				erlangBadArg("3rd", "not an integer")
			}
			if n < 0 {
				start, n = start+n, -n
			}
			if start < 0 || start > int64(len(b)) {
				erlangBadArg("2nd", "out of range")
			}
			if start+n > int64(len(b)) {
				erlangBadArg("3rd", "out of range")
			}
			return b[start : start+n]
		},
		"byte_size/1": func(env rt.Env, a []term.Term) term.Term {
			switch v := a[0].(type) {
			case term.Binary:
				return term.Int(len(v))
			case *term.Bitstring:
				return term.Int((v.Bits + 7) / 8)
			}
			erlangBadArg("1st", "not a bitstring")
			return nil
		},
		"bit_size/1": func(env rt.Env, a []term.Term) term.Term {
			switch v := a[0].(type) {
			case term.Binary:
				return term.Int(len(v) * 8)
			case *term.Bitstring:
				return term.Int(v.Bits)
			}
			erlangBadArg("1st", "not a bitstring")
			return nil
		},
		"node/0": func(env rt.Env, a []term.Term) term.Term { return term.MakeAtom("nonode@nohost") },
		"node/1": func(env rt.Env, a []term.Term) term.Term { return term.MakeAtom("nonode@nohost") },
		"function_exported?/3": func(env rt.Env, a []term.Term) term.Term {
			return term.Bool(functionExported(env, a[0], a[1], a[2]))
		},
		"struct/1": func(env rt.Env, a []term.Term) term.Term { return makeStruct(env, a[0], term.Nil, false) },
		"struct/2": func(env rt.Env, a []term.Term) term.Term { return makeStruct(env, a[0], a[1], false) },
		"struct!/1": func(env rt.Env, a []term.Term) term.Term {
			return makeStruct(env, a[0], term.Nil, true)
		},
		"struct!/2": func(env rt.Env, a []term.Term) term.Term { return makeStruct(env, a[0], a[1], true) },
		"ceil/1": func(env rt.Env, a []term.Term) term.Term {
			kernelNumArg(a[0])
			if f, ok := a[0].(term.Float); ok {
				return floatToInt(math.Ceil(float64(f)))
			}
			return a[0]
		},
		"floor/1": func(env rt.Env, a []term.Term) term.Term {
			kernelNumArg(a[0])
			if f, ok := a[0].(term.Float); ok {
				return floatToInt(math.Floor(float64(f)))
			}
			return a[0]
		},
		"**/2": func(env rt.Env, a []term.Term) term.Term { checkPowerAlloc(env, a[0], a[1]); return power(a[0], a[1]) },
		"binary_slice/3": func(env rt.Env, a []term.Term) term.Term {
			b, ok1 := a[0].(term.Binary)
			start, ok2 := smallInt(a[1])
			size, ok3 := smallInt(a[2])
			if !ok1 || !ok2 || !ok3 || size < 0 {
				functionClause("Kernel", "binary_slice", 3, a...)
			}
			total := int64(len(b))
			if start < 0 {
				start = max(total+start, 0)
			}
			if start >= total {
				return term.Binary("")
			}
			return b[start : start+min(size, total-start)]
		},
		"binary_slice/2": func(env rt.Env, a []term.Term) term.Term {
			b, ok1 := a[0].(term.Binary)
			first, last, step, ok2 := rangeOf(a[1])
			if !ok1 || !ok2 {
				functionClause("Kernel", "binary_slice", 2, a...)
			}
			if step < 0 {
				rt.ArgumentError("binary_slice/2 does not accept ranges with negative steps, got: " + rt.Inspect(env, a[1]))
			}
			total := int64(len(b))
			if first < 0 {
				first = max(first+total, 0)
			}
			if last < 0 {
				last += total
			}
			amount := last - first + 1
			if first >= total || amount <= 0 {
				return term.Binary("")
			}
			part := b[first : first+min(amount, total-first)]
			if step == 1 {
				return part
			}
			var out []byte
			for i := int64(0); i < int64(len(part)); i += step {
				out = append(out, part[i])
			}
			return term.Binary(out)
		},
		"to_timeout/1": func(env rt.Env, a []term.Term) term.Term { return toTimeout(env, a[0]) },
		// Operators, for captures and apply.
		"+/2": func(env rt.Env, a []term.Term) term.Term {
			if !isNumber(a[0]) || !isNumber(a[1]) {
				badArith()
			}
			return add(a[0], a[1])
		},
		"-/2": func(env rt.Env, a []term.Term) term.Term {
			if !isNumber(a[0]) || !isNumber(a[1]) {
				badArith()
			}
			return sub(a[0], a[1])
		},
		"*/2": func(env rt.Env, a []term.Term) term.Term {
			if !isNumber(a[0]) || !isNumber(a[1]) {
				badArith()
			}
			return mul(a[0], a[1])
		},
		"//2": func(env rt.Env, a []term.Term) term.Term {
			x, y := toFloat64(a[0]), toFloat64(a[1])
			if y == 0 {
				badArith()
			}
			return term.Float(x / y)
		},
		"-/1": func(env rt.Env, a []term.Term) term.Term {
			if !isNumber(a[0]) {
				badArith()
			}
			return sub(term.Int(0), a[0])
		},
		"+/1": func(env rt.Env, a []term.Term) term.Term {
			if !isNumber(a[0]) {
				badArith()
			}
			return a[0]
		},
		"==/2":  func(env rt.Env, a []term.Term) term.Term { return term.Bool(term.Equal(a[0], a[1])) },
		"!=/2":  func(env rt.Env, a []term.Term) term.Term { return term.Bool(!term.Equal(a[0], a[1])) },
		"===/2": func(env rt.Env, a []term.Term) term.Term { return term.Bool(term.StrictEqual(a[0], a[1])) },
		"!==/2": func(env rt.Env, a []term.Term) term.Term { return term.Bool(!term.StrictEqual(a[0], a[1])) },
		"</2":   func(env rt.Env, a []term.Term) term.Term { return term.Bool(compareOp(a[0], a[1]) < 0) },
		">/2":   func(env rt.Env, a []term.Term) term.Term { return term.Bool(compareOp(a[0], a[1]) > 0) },
		"<=/2":  func(env rt.Env, a []term.Term) term.Term { return term.Bool(compareOp(a[0], a[1]) <= 0) },
		">=/2":  func(env rt.Env, a []term.Term) term.Term { return term.Bool(compareOp(a[0], a[1]) >= 0) },
		"++/2": func(env rt.Env, a []term.Term) term.Term {
			items, ok := properList(a[0])
			if !ok {
				erlangBadArg("1st", "not a list")
			}
			return listWithTail(items, a[1])
		},
		"--/2": func(env rt.Env, a []term.Term) term.Term { return listSubtract(a[0], a[1]) },
		"not/1": func(env rt.Env, a []term.Term) term.Term {
			switch a[0] {
			case term.True:
				return term.False
			case term.False:
				return term.True
			}
			erlangBadArg("1st", "not a boolean")
			return nil
		},
	}
	rt.Register("Kernel", k)
	rt.RegisterGuards("Kernel", "ceil/1", "floor/1", "abs/1", "div/2", "rem/2", "max/2", "min/2", "round/1", "trunc/1",
		"elem/2", "tuple_size/1", "hd/1", "tl/1", "length/1", "map_size/1", "is_atom/1", "is_binary/1",
		"is_bitstring/1", "is_boolean/1", "is_float/1", "is_function/1", "is_function/2", "is_integer/1",
		"is_list/1", "is_map/1", "is_map_key/2", "is_nil/1", "is_number/1", "is_pid/1", "is_reference/1",
		"is_port/1", "is_tuple/1", "is_non_struct_map/1", "is_struct/1", "is_struct/2", "is_exception/1", "is_exception/2",
		"binary_part/3", "byte_size/1", "bit_size/1", "node/0", "node/1",
		"+/2", "-/2", "*/2", "//2", "-/1", "+/1", "==/2", "!=/2", "===/2", "!==/2", "</2", ">/2", "<=/2", ">=/2",
		"not/1")

	rt.Register(":erlang", map[string]rt.BuiltinFunc{
		"length/1":   k["length/1"],
		"hd/1":       k["hd/1"],
		"tl/1":       k["tl/1"],
		"abs/1":      k["abs/1"],
		"map_size/1": k["map_size/1"],
		"is_map_key/2": func(env rt.Env, a []term.Term) term.Term {
			_, ok := mapOf(a[1]).Get(a[0])
			return term.Bool(ok)
		},
		// map_get/2 is what map.key and defguards on maps use: a
		// missing key is {:badkey, key}, as :maps.get/2's.
		"map_get/2": func(env rt.Env, a []term.Term) term.Term {
			m := mapOf(a[1])
			v, ok := m.Get(a[0])
			if !ok {
				mapsGetError(a[0], m)
			}
			return v
		},
		"byte_size/1":   k["byte_size/1"],
		"bit_size/1":    k["bit_size/1"],
		"max/2":         k["max/2"],
		"min/2":         k["min/2"],
		"round/1":       k["round/1"],
		"trunc/1":       k["trunc/1"],
		"apply/2":       k["apply/2"],
		"apply/3":       k["apply/3"],
		"binary_part/3": k["binary_part/3"],
		"function_exported/3": func(env rt.Env, a []term.Term) term.Term {
			return term.Bool(functionExported(env, a[0], a[1], a[2]))
		},
		"node/0":    k["node/0"],
		"is_atom/1": k["is_atom/1"], "is_binary/1": k["is_binary/1"], "is_list/1": k["is_list/1"],
		"is_tuple/1": k["is_tuple/1"], "is_map/1": k["is_map/1"], "is_integer/1": k["is_integer/1"],
		"is_float/1": k["is_float/1"], "is_number/1": k["is_number/1"], "is_pid/1": k["is_pid/1"],
		"is_function/1": k["is_function/1"], "is_function/2": k["is_function/2"],
		"is_boolean/1": k["is_boolean/1"],
		"++/2":         k["++/2"], "--/2": k["--/2"],
	})
}

// functionExported is :erlang.function_exported/3: a built-in, or a
// module whose __info__(:functions) lists name/arity.
func functionExported(env rt.Env, modT, nameT, arityT term.Term) (found bool) {
	mod, ok1 := modT.(term.Atom)
	name, ok2 := nameT.(term.Atom)
	arity, ok3 := smallInt(arityT)
	if !ok1 || !ok2 || !ok3 {
		erlangBadArg("1st", "not an atom")
	}
	if b, ok := rt.Lookup(mod, name, int(arity)); ok {
		return !b.Macro
	}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(*rt.Error); !ok {
				panic(r)
			}
			found = false
		}
	}()
	info := env.Apply(mod, term.MakeAtom("__info__"), []term.Term{term.MakeAtom("functions")})
	items, _ := properList(info)
	for _, it := range items {
		if k, v, ok := pair(it); ok && k == name && term.Equal(v, term.Int(arity)) {
			return true
		}
	}
	return false
}

// makeStruct is struct/2 and struct!/2.
func makeStruct(env rt.Env, target, fields term.Term, bang bool) term.Term {
	var base *term.Map
	switch t := target.(type) {
	case term.Atom:
		if bang {
			return env.Apply(t, atomStructFn, []term.Term{fields})
		}
		base = mapOf(env.Apply(t, atomStructFn, nil))
	case *term.Map:
		if _, ok := structOf(t); !ok {
			functionClause("Kernel", "struct", 2)
		}
		base = t
	default:
		functionClause("Kernel", "struct", 2)
	}
	iterate(env, fields, func(x term.Term) bool {
		k, v, ok := pair(x)
		if !ok {
			rt.Raise(rt.NewException("MatchError", atomTerm, x))
		}
		if k == atomStruct {
			return true
		}
		if _, has := base.Get(k); has {
			base = base.Put(k, v)
		} else if bang {
			keyError(k, base)
		}
		return true
	})
	return base
}

// power is Kernel.**/2: an integer for integer operands with a
// non-negative exponent, else a float.
func power(base, exp term.Term) term.Term {
	if !isNumber(base) || !isNumber(exp) {
		badArith()
	}
	if isInteger(base) && isInteger(exp) {
		e, _ := term.ToBig(exp)
		if e.Sign() >= 0 {
			b, _ := term.ToBig(base)
			if !e.IsInt64() || e.Int64() > 1<<24 {
				badArith()
			}
			return term.MakeInt(new(big.Int).Exp(b, e, nil))
		}
	}
	x, y := toFloat64(base), toFloat64(exp)
	r := math.Pow(x, y)
	if math.IsInf(r, 0) || math.IsNaN(r) {
		badArith()
	}
	return term.Float(r)
}

var timeoutFactors = map[string]int64{
	"week": 7 * 24 * 3_600_000, "day": 24 * 3_600_000, "hour": 3_600_000,
	"minute": 60_000, "second": 1000, "millisecond": 1,
}

// toTimeout is Kernel.to_timeout/1 for :infinity, integers and keyword
// lists of components.
func toTimeout(env rt.Env, t term.Term) term.Term {
	if t == term.MakeAtom("infinity") {
		return t
	}
	if n, ok := smallInt(t); ok && n >= 0 {
		return t
	}
	if m, ok := t.(*term.Map); ok {
		if s, _ := structOf(m); s == rt.ModuleAtom("Duration") {
			return durationTimeout(env, m)
		}
	}
	items, ok := properList(t)
	if !ok {
		functionClause("Kernel", "to_timeout", 1, t)
	}
	total := int64(0)
	var seen []term.Term
	for _, it := range items {
		k, v, ok := pair(it)
		n, isInt := smallInt(v)
		if !ok || !isInt || n < 0 {
			if ok {
				rt.ArgumentError("timeout component " + rt.Inspect(env, k) + " must be a non-negative integer, got: " + rt.Inspect(env, v))
			}
			functionClause("Kernel", "to_timeout", 1, t)
		}
		if memberOf(seen, k) {
			rt.ArgumentError("timeout component " + rt.Inspect(env, k) + " is duplicated")
		}
		a, _ := k.(term.Atom)
		f, known := timeoutFactors[a.Name()]
		if !known {
			rt.ArgumentError("timeout component " + rt.Inspect(env, k) + " is not a valid timeout component, valid " +
				"values are: :week, :day, :hour, :minute, :second, :millisecond")
		}
		total += n * f
		seen = append(seen, k)
	}
	return term.Int(total)
}

// durationTimeout is Kernel.to_timeout/1 of a %Duration{}.
func durationTimeout(env rt.Env, m *term.Map) term.Term {
	d := durationArg(env, "Kernel.to_timeout/1", []term.Term{m}, 0, "")
	switch {
	case d.year != 0:
		rt.ArgumentError("duration with a non-zero year cannot be reliably converted to timeouts")
	case d.month != 0:
		rt.ArgumentError("duration with a non-zero month cannot be reliably converted to timeouts")
	}
	ms := floorDiv(d.us, 1000)
	return term.Int(d.week*604_800_000 + d.day*86_400_000 + d.hour*3_600_000 + d.minute*60_000 + d.second*1000 + ms)
}
