package stdlib

import (
	"math"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Ranges are %Range{first: f, last: l, step: s} structs; only ranges of
// small integers are supported.

// MakeRange returns the struct first..last//step.
func MakeRange(first, last, step int64) *term.Map {
	return term.NewMap(
		[]term.Term{atomStruct, atomFirst, atomLast, atomStep},
		[]term.Term{modRange, term.Int(first), term.Int(last), term.Int(step)})
}

// rangeFields reads first, last and step of a %Range{} (a range without a
// step field, from old code, steps by 1 or -1).
func rangeFields(m *term.Map) (first, last, step int64, ok bool) {
	f, ok1 := smallInt(mapField(m, atomFirst))
	l, ok2 := smallInt(mapField(m, atomLast))
	if !ok1 || !ok2 {
		return 0, 0, 0, false
	}
	sv, has := m.Get(atomStep)
	if !has {
		if f <= l {
			return f, l, 1, true
		}
		return f, l, -1, true
	}
	s, ok3 := smallInt(sv)
	if !ok3 || s == 0 {
		return 0, 0, 0, false
	}
	return f, l, s, true
}

// rangeOf returns the fields of t when it is a range.
func rangeOf(t term.Term) (first, last, step int64, ok bool) {
	m, isMap := t.(*term.Map)
	if !isMap || !isStructOf(m, modRange) {
		return 0, 0, 0, false
	}
	return rangeFields(m)
}

// rangeSize is Range.size/1.
func rangeSize(first, last, step int64) int64 {
	if step > 0 && first > last || step < 0 && first < last {
		return 0
	}
	d := last - first
	if d < 0 {
		d = -d
	}
	s := step
	if s < 0 {
		s = -s
	}
	return d/s + 1
}

// mustRange reads a range argument or raises FunctionClauseError.
func mustRange(t term.Term, fun string, arity int) (int64, int64, int64) {
	f, l, s, ok := rangeOf(t)
	if !ok {
		functionClause("Range", fun, arity)
	}
	return f, l, s
}

func extendedGCD(a, b int64) (g, x, y int64) {
	oldR, r := a, b
	oldS, s := int64(1), int64(0)
	oldT, t := int64(0), int64(1)
	for r != 0 {
		q := oldR / r
		oldR, r = r, oldR-q*r
		oldS, s = s, oldS-q*s
		oldT, t = t, oldT-q*t
	}
	if oldR < 0 {
		return -oldR, -oldS, -oldT
	}
	return oldR, oldS, oldT
}

func absInt(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func normalizeRange(first, last, step int64) (int64, int64, int64) {
	if first > last {
		return first - absInt((first-last)/step*step), first, -step
	}
	return first, last, step
}

// rangeDisjoint is Range.disjoint?/2.
func rangeDisjoint(f1, l1, s1, f2, l2, s2 int64) bool {
	if rangeSize(f1, l1, s1) == 0 || rangeSize(f2, l2, s2) == 0 {
		return true
	}
	f1, l1, s1 = normalizeRange(f1, l1, s1)
	f2, l2, s2 = normalizeRange(f2, l2, s2)
	switch {
	case l2 < f1 || l1 < f2:
		return true
	case absInt(s1) == 1 && absInt(s2) == 1:
		return false
	}
	g, u, v := extendedGCD(-s1, s2)
	if (f2-f1)%g != 0 {
		return true
	}
	c := f1 - f2 + s2 - s1
	t1 := -float64(c) / float64(s2) * float64(u)
	t2 := -float64(c) / float64(s1) * float64(v)
	t := int64(math.Max(math.Floor(t1)+1, math.Floor(t2)+1))
	x := floorDiv(c*u+t*s2, g) - 1
	y := floorDiv(c*v+t*s1, g) - 1
	return x < 0 || f1+x*s1 > l1 || y < 0 || f2+y*s2 > l2
}

// rangeSplit is Range.split/2's helper.
func rangeSplit(first, last, step, split int64) (term.Term, term.Term) {
	if first < last || (first == last && step > 0) {
		if step > 0 {
			mid := max(min(first+step*(split-1), last), first-step)
			return MakeRange(first, mid, step), MakeRange(mid+step, last, step)
		}
		return MakeRange(first, first-step, step), MakeRange(last+step, last, step)
	}
	// Here first is the range's first and last its last, with first > last
	// or (first == last and step < 0).
	if step < 0 {
		mid := min(max(first+step*(split-1), last), first-step)
		return MakeRange(first, mid, step), MakeRange(mid+step, last, step)
	}
	return MakeRange(first, first-step, step), MakeRange(last+step, last, step)
}

func rangeNewError(env rt.Env, args []term.Term) {
	if len(args) == 2 {
		rt.ArgumentError("ranges (first..last) expect both sides to be integers, got: " +
			rt.Inspect(env, args[0]) + ".." + rt.Inspect(env, args[1]))
	}
	rt.ArgumentError("ranges (first..last//step) expect both sides to be integers and the step to be a " +
		"non-zero integer, got: " + rt.Inspect(env, args[0]) + ".." + rt.Inspect(env, args[1]) + "//" + rt.Inspect(env, args[2]))
}

func init() { rt.RegisterLazy(registerRange) }

// registerRange registers the built-ins of this file (see rt.RegisterLazy).
func registerRange() {
	rt.Register("Range", map[string]rt.BuiltinFunc{
		"new/2": func(env rt.Env, args []term.Term) term.Term {
			f, ok1 := smallInt(args[0])
			l, ok2 := smallInt(args[1])
			if !ok1 || !ok2 {
				rangeNewError(env, args)
			}
			if f <= l {
				return MakeRange(f, l, 1)
			}
			return MakeRange(f, l, -1)
		},
		"new/3": func(env rt.Env, args []term.Term) term.Term {
			f, ok1 := smallInt(args[0])
			l, ok2 := smallInt(args[1])
			s, ok3 := smallInt(args[2])
			if !ok1 || !ok2 || !ok3 || s == 0 {
				rangeNewError(env, args)
			}
			return MakeRange(f, l, s)
		},
		"size/1": func(env rt.Env, args []term.Term) term.Term {
			f, l, s := mustRange(args[0], "size", 1)
			return term.Int(rangeSize(f, l, s))
		},
		"shift/2": func(env rt.Env, args []term.Term) term.Term {
			f, l, s := mustRange(args[0], "shift", 2)
			n, ok := smallInt(args[1])
			if !ok {
				functionClause("Range", "shift", 2, args...)
			}
			return MakeRange(f+n*s, l+n*s, s)
		},
		"split/2": func(env rt.Env, args []term.Term) term.Term {
			f, l, s := mustRange(args[0], "split", 2)
			n, ok := smallInt(args[1])
			if !ok {
				functionClause("Range", "split", 2, args...)
			}
			if n < 0 {
				n += rangeSize(f, l, s)
			}
			a, b := rangeSplit(f, l, s, n)
			return term.Tuple{a, b}
		},
		"to_list/1": func(env rt.Env, args []term.Term) term.Term {
			f, l, s := mustRange(args[0], "to_list", 1)
			rt.CheckAlloc(env, rt.AllocProduct(rangeSize(f, l, s), rt.ListCellBytes))
			out := make([]term.Term, 0, rangeSize(f, l, s))
			iterateRange(env, f, l, s, func(x term.Term) bool { out = append(out, x); return true })
			return list(out)
		},
		"disjoint?/2": func(env rt.Env, args []term.Term) term.Term {
			f1, l1, s1 := mustRange(args[0], "disjoint?", 2)
			f2, l2, s2 := mustRange(args[1], "disjoint?", 2)
			return term.Bool(rangeDisjoint(f1, l1, s1, f2, l2, s2))
		},
	})
}
