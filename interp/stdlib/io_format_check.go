package stdlib

import "github.com/exlite/exlite/beam/term"

// fitsFormatType says whether x is of the type a control takes (see
// fmtControl.needs), as erl_stdlib_errors checks it.
func fitsFormatType(t string, x term.Term) bool {
	switch t {
	case "integer":
		return isInteger(x)
	case "float":
		_, ok := x.(term.Float)
		return ok
	case "string":
		switch x.(type) {
		case term.Atom, term.Binary:
			return true
		}
		_, ok := chardataToString(x)
		return ok
	}
	return true
}
