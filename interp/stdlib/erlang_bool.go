package stdlib

import (
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The :erlang BIFs behind Erlang's strict boolean operators (and, or,
// xor), is_record/2,3 and size/1, as OTP 25 defines them.

func init() { rt.RegisterLazy(registerErlangBool) }

// registerErlangBool registers the built-ins of this file (see
// rt.RegisterLazy).
func registerErlangBool() {
	rt.Register(":erlang", map[string]rt.BuiltinFunc{
		"and/2": func(env rt.Env, a []term.Term) term.Term {
			x, y := strictBools(a)
			return term.Bool(x && y)
		},
		"or/2": func(env rt.Env, a []term.Term) term.Term {
			x, y := strictBools(a)
			return term.Bool(x || y)
		},
		"xor/2": func(env rt.Env, a []term.Term) term.Term {
			x, y := strictBools(a)
			return term.Bool(x != y)
		},
		"is_record/2": func(env rt.Env, a []term.Term) term.Term {
			tag, ok := a[1].(term.Atom)
			if !ok {
				// OTP 25's error info blames the first argument here
				erlArgError(1, "not an atom")
			}
			t, ok := a[0].(term.Tuple)
			return term.Bool(ok && len(t) > 0 && t[0] == tag)
		},
		"is_record/3": erlIsRecord3,
		"size/1": func(env rt.Env, a []term.Term) term.Term {
			switch v := a[0].(type) {
			case term.Tuple:
				return term.Int(len(v))
			case term.Binary:
				return term.Int(len(v))
			case *term.Bitstring:
				return term.Int(v.Bits / 8)
			}
			erlArgError(1, "not tuple or binary")
			return nil
		},
	})
}

// strictBools returns the two booleans :erlang.and/or/xor take; anything
// else is a badarg without error details, as in OTP 25.
func strictBools(a []term.Term) (bool, bool) {
	x, ok1 := boolValue(a[0])
	y, ok2 := boolValue(a[1])
	if !ok1 || !ok2 {
		plainBadArg()
	}
	return x, y
}

// boolValue is the Go value of the atoms true and false.
func boolValue(t term.Term) (bool, bool) {
	switch t {
	case term.True:
		return true, true
	case term.False:
		return false, true
	}
	return false, false
}

// erlIsRecord3 is :erlang.is_record(term, tag, size): a tuple of size
// elements whose first is tag. A tag that is no atom and a size that is
// no integer are both reported.
func erlIsRecord3(env rt.Env, a []term.Term) term.Term {
	tag, tagOK := a[1].(term.Atom)
	size, sizeOK := a[2].(term.Int)
	if !tagOK || !sizeOK {
		var details []string
		if !tagOK {
			details = append(details, "2nd", "not an atom")
		}
		if !sizeOK {
			details = append(details, "3rd", "not an integer")
		}
		erlangBadArg(details...)
	}
	t, ok := a[0].(term.Tuple)
	return term.Bool(ok && len(t) > 0 && term.Int(len(t)) == size && t[0] == tag)
}
