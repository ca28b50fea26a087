package stdlib

import (
	"math/big"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The Bitwise module (functions and operator forms), also exported by
// :erlang as band/bor/bxor/bnot/bsl/bsr.

func init() { rt.RegisterLazy(registerBitwise) }

// registerBitwise registers the built-ins of this file (see rt.RegisterLazy).
func registerBitwise() {
	bitFns := map[string]rt.BuiltinFunc{
		"band/2": bitOp(func(z, x, y *big.Int) *big.Int { return z.And(x, y) }),
		"bor/2":  bitOp(func(z, x, y *big.Int) *big.Int { return z.Or(x, y) }),
		"bxor/2": bitOp(func(z, x, y *big.Int) *big.Int { return z.Xor(x, y) }),
		"bnot/1": bitNot,
		"bsl/2":  func(env rt.Env, a []term.Term) term.Term { return bitShift(env, a, false) },
		"bsr/2":  func(env rt.Env, a []term.Term) term.Term { return bitShift(env, a, true) },
	}
	ops := map[string]string{"&&&/2": "band/2", "|||/2": "bor/2", "^^^/2": "bxor/2",
		"~~~/1": "bnot/1", "<<</2": "bsl/2", ">>>/2": "bsr/2"}
	all := map[string]rt.BuiltinFunc{}
	for k, v := range bitFns {
		all[k] = v
	}
	for op, fn := range ops {
		all[op] = bitFns[fn]
	}
	rt.Register("Bitwise", all)
	rt.Register(":erlang", bitFns)
	keys := make([]string, 0, len(all))
	for k := range all {
		keys = append(keys, k)
	}
	rt.RegisterGuards("Bitwise", keys...)
}

func bitOp(f func(z, x, y *big.Int) *big.Int) rt.BuiltinFunc {
	return func(env rt.Env, a []term.Term) term.Term {
		if x, ok := a[0].(term.Int); ok {
			if y, ok := a[1].(term.Int); ok {
				r := f(new(big.Int), big.NewInt(int64(x)), big.NewInt(int64(y)))
				return term.MakeInt(r)
			}
		}
		x, y := intArgs2(a)
		return term.MakeInt(f(new(big.Int), x, y))
	}
}

func bitNot(env rt.Env, a []term.Term) term.Term {
	switch v := a[0].(type) {
	case term.Int:
		return term.Int(^int64(v))
	case *term.BigInt:
		return term.MakeInt(new(big.Int).Not(v.V))
	}
	arithError()
	return nil
}

func bitShift(env rt.Env, a []term.Term, right bool) term.Term {
	x, y := intArgs2(a)
	if !y.IsInt64() {
		if !right && y.Sign() > 0 && x.Sign() != 0 {
			rt.CheckAlloc(env, rt.AllocProduct(1<<62, 1))
		}
		rt.RaiseMessage("SystemLimitError", "a system limit has been reached")
	}
	n := y.Int64()
	if right {
		n = -n
	}
	if n >= 0 {
		if x.Sign() != 0 && n >= 1<<23 {
			// The result is refused by its size before it is made.
			rt.CheckAlloc(env, n/8+int64(x.BitLen()/8))
		}
		if n > 1<<26 && x.Sign() != 0 {
			rt.RaiseMessage("SystemLimitError", "a system limit has been reached")
		}
		return term.MakeInt(new(big.Int).Lsh(x, uint(n)))
	}
	// arithmetic shift right (floor), which big.Int.Rsh implements for negatives
	return term.MakeInt(new(big.Int).Rsh(x, uint(-n)))
}
