package stdlib

import (
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The Tuple module and the Erlang tuple BIFs behind it.

// tupleArg reads a tuple argument, raising as an Erlang BIF does
// ("* 2nd argument: not a tuple").
func tupleArg(t term.Term, pos int) term.Tuple {
	tup, ok := t.(term.Tuple)
	if !ok {
		erlangBadArg(ordinalArg(pos), "not a tuple")
	}
	return tup
}

func ordinalArg(n int) string {
	switch n {
	case 1:
		return "1st"
	case 2:
		return "2nd"
	case 3:
		return "3rd"
	}
	return string(rune('0'+n)) + "th"
}

// element1 is :erlang.element/2 (1-based index first).
func element1(idxT, tupT term.Term) term.Term {
	idx, ok := smallInt(idxT)
	tup, isT := tupT.(term.Tuple)
	if !ok {
		if !isT {
			erlangBadArg("1st", "not an integer", "2nd", "not a tuple")
		}
		erlangBadArg("1st", "not an integer")
	}
	if !isT {
		erlangBadArg("2nd", "not a tuple")
	}
	if idx < 1 || idx > int64(len(tup)) {
		erlangBadArg("1st", "out of range")
	}
	return tup[idx-1]
}

// setElement1 is :erlang.setelement/3.
func setElement1(idxT, tupT, v term.Term) term.Term {
	idx, ok := smallInt(idxT)
	if !ok {
		erlangBadArg("1st", "not an integer")
	}
	tup := tupleArg(tupT, 2)
	if idx < 1 || idx > int64(len(tup)) {
		erlangBadArg("1st", "out of range")
	}
	out := append(term.Tuple{}, tup...)
	out[idx-1] = v
	return out
}

func insertElement1(idxT, tupT, v term.Term) term.Term {
	idx, ok := smallInt(idxT)
	if !ok {
		erlangBadArg("1st", "not an integer")
	}
	tup := tupleArg(tupT, 2)
	if idx < 1 || idx > int64(len(tup))+1 {
		erlangBadArg("1st", "out of range")
	}
	out := make(term.Tuple, 0, len(tup)+1)
	out = append(out, tup[:idx-1]...)
	out = append(out, v)
	return append(out, tup[idx-1:]...)
}

func deleteElement1(idxT, tupT term.Term) term.Term {
	idx, ok := smallInt(idxT)
	if !ok {
		erlangBadArg("1st", "not an integer")
	}
	tup := tupleArg(tupT, 2)
	if idx < 1 || idx > int64(len(tup)) {
		erlangBadArg("1st", "out of range")
	}
	out := make(term.Tuple, 0, len(tup)-1)
	out = append(out, tup[:idx-1]...)
	return append(out, tup[idx:]...)
}

func makeTuple(env rt.Env, nT, v term.Term) term.Term {
	n, ok := smallInt(nT)
	if !ok || n < 0 {
		erlangBadArg("1st", "not a valid arity")
	}
	rt.CheckAlloc(env, rt.AllocProduct(int64(n), 16))
	out := make(term.Tuple, n)
	for i := range out {
		out[i] = v
	}
	return out
}

func init() { rt.RegisterLazy(registerTuple) }

// registerTuple registers the built-ins of this file (see rt.RegisterLazy).
func registerTuple() {
	rt.Register("Tuple", map[string]rt.BuiltinFunc{
		"append/2": func(env rt.Env, a []term.Term) term.Term {
			t := tupleArg(a[0], 1)
			return append(append(term.Tuple{}, t...), a[1])
		},
		"delete_at/2": func(env rt.Env, a []term.Term) term.Term {
			i, ok := smallInt(a[1])
			if !ok {
				functionClause("Tuple", "delete_at", 2, a...)
			}
			return deleteElement1(term.Int(i+1), a[0])
		},
		"insert_at/3": func(env rt.Env, a []term.Term) term.Term {
			i, ok := smallInt(a[1])
			if !ok {
				functionClause("Tuple", "insert_at", 3, a...)
			}
			return insertElement1(term.Int(i+1), a[0], a[2])
		},
		"duplicate/2": func(env rt.Env, a []term.Term) term.Term { return makeTuple(env, a[1], a[0]) },
		"to_list/1": func(env rt.Env, a []term.Term) term.Term {
			return list(append([]term.Term{}, tupleArg(a[0], 1)...))
		},
		"sum/1": func(env rt.Env, a []term.Term) term.Term {
			var acc term.Term = term.Int(0)
			for _, x := range tupleArg(a[0], 1) {
				if !isNumber(x) {
					badArith()
				}
				acc = add(acc, x)
			}
			return acc
		},
		"product/1": func(env rt.Env, a []term.Term) term.Term {
			var acc term.Term = term.Int(1)
			for _, x := range tupleArg(a[0], 1) {
				if !isNumber(x) {
					badArith()
				}
				acc = mul(acc, x)
			}
			return acc
		},
	})
	rt.Register(":erlang", map[string]rt.BuiltinFunc{
		"element/2":        func(env rt.Env, a []term.Term) term.Term { return element1(a[0], a[1]) },
		"setelement/3":     func(env rt.Env, a []term.Term) term.Term { return setElement1(a[0], a[1], a[2]) },
		"insert_element/3": func(env rt.Env, a []term.Term) term.Term { return insertElement1(a[0], a[1], a[2]) },
		"delete_element/2": func(env rt.Env, a []term.Term) term.Term { return deleteElement1(a[0], a[1]) },
		"make_tuple/2":     func(env rt.Env, a []term.Term) term.Term { return makeTuple(env, a[0], a[1]) },
		"append_element/2": func(env rt.Env, a []term.Term) term.Term {
			return append(append(term.Tuple{}, tupleArg(a[0], 1)...), a[1])
		},
		"tuple_size/1": func(env rt.Env, a []term.Term) term.Term { return term.Int(len(tupleArg(a[0], 1))) },
		"tuple_to_list/1": func(env rt.Env, a []term.Term) term.Term {
			return list(append([]term.Term{}, tupleArg(a[0], 1)...))
		},
		"list_to_tuple/1": func(env rt.Env, a []term.Term) term.Term {
			items, ok := properList(a[0])
			if !ok {
				erlangBadArg("1st", "not a list")
			}
			return term.Tuple(items)
		},
	})
}
