package stdlib

import (
	"math"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Erlang's :math module. Every function takes numbers and returns a
// float; a result that is not a finite number raises ArithmeticError, as
// on the BEAM.

func init() { rt.RegisterLazy(registerMath) }

// registerMath registers the built-ins of this file (see rt.RegisterLazy).
func registerMath() {
	fns := map[string]rt.BuiltinFunc{
		"pi/0":    func(env rt.Env, a []term.Term) term.Term { return term.Float(math.Pi) },
		"pow/2":   mathPow,
		"atan2/2": math2(math.Atan2),
		"fmod/2": func(env rt.Env, a []term.Term) term.Term {
			x, y := numArg(a[0]), numArg(a[1])
			if y == 0 {
				arithError()
			}
			return finite(math.Mod(x, y))
		},
	}
	unary := map[string]func(float64) float64{
		"sqrt": math.Sqrt, "sin": math.Sin, "cos": math.Cos, "tan": math.Tan,
		"asin": math.Asin, "acos": math.Acos, "atan": math.Atan,
		"sinh": math.Sinh, "cosh": math.Cosh, "tanh": math.Tanh,
		"asinh": math.Asinh, "acosh": math.Acosh, "atanh": math.Atanh,
		"exp": math.Exp, "log": math.Log, "log2": math.Log2, "log10": math.Log10,
		"floor": math.Floor, "ceil": math.Ceil, "erf": math.Erf, "erfc": math.Erfc,
	}
	for name, f := range unary {
		f, name := f, name
		fns[name+"/1"] = func(env rt.Env, a []term.Term) term.Term {
			x := numArg(a[0])
			if (name == "log" || name == "log2" || name == "log10") && x <= 0 {
				arithError()
			}
			return finite(f(x))
		}
	}
	rt.Register(":math", fns)
}

// numArg converts a number argument to float64 or raises ArithmeticError.
func numArg(t term.Term) float64 {
	f, ok := rt.ToFloat(t)
	if !ok {
		arithError()
	}
	return f
}

// finite returns f as a term, raising ArithmeticError for NaN or infinity.
func finite(f float64) term.Term {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		arithError()
	}
	return term.Float(f)
}

func math2(f func(x, y float64) float64) rt.BuiltinFunc {
	return func(env rt.Env, a []term.Term) term.Term {
		return finite(f(numArg(a[0]), numArg(a[1])))
	}
}

func mathPow(env rt.Env, a []term.Term) term.Term {
	x, y := numArg(a[0]), numArg(a[1])
	if x == 0 && y < 0 {
		arithError()
	}
	return finite(math.Pow(x, y))
}
