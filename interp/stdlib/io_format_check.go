package stdlib

import (
	"strconv"
	"unicode/utf8"

	"github.com/exlite/exlite/beam/term"
)

// formatFault is what OTP's erl_stdlib_errors says of an :io.format call
// that fails: the argument at fault (1 the format, 2 the arguments) and
// why, "" when the format fits its arguments. It reads the format as
// erl_lint:check_format_string does: "format string invalid (invalid
// control ~d)", "format string invalid (truncated)", "wrong number of
// arguments", then each argument against the type its control asks for,
// "element 1 must be of type float".
func formatFault(f string, args []term.Term) (int, string) {
	need, msg := formatNeeds(f)
	if msg != "" {
		return 1, "format string invalid (" + msg + ")"
	}
	if len(need) != len(args) {
		return 1, "wrong number of arguments"
	}
	for i, t := range need {
		if !fitsFormatType(t, args[i]) {
			return 2, "element " + strconv.Itoa(i+1) + " must be of type " + t
		}
	}
	return 0, ""
}

// formatNeeds lists the type of the argument each control of f takes
// ("integer", "float", "string", "term"), or says why f is invalid.
func formatNeeds(f string) ([]string, string) {
	var need []string
	i := 0
	digits := func() {
		for i < len(f) && f[i] >= '0' && f[i] <= '9' {
			i++
		}
	}
	for i < len(f) {
		if f[i] != '~' {
			i++
			continue
		}
		i++
		// field width
		switch {
		case i+1 < len(f) && f[i] == '-' && f[i+1] >= '0' && f[i+1] <= '9':
			i++
			digits()
		case i < len(f) && f[i] >= '0' && f[i] <= '9':
			digits()
		case i+1 < len(f) && f[i] == '-' && f[i+1] == '*':
			i += 2
			need = append(need, "integer")
		case i < len(f) && f[i] == '*':
			i++
			need = append(need, "integer")
		}
		// precision, then padding character
		if i < len(f) && f[i] == '.' {
			i++
			switch {
			case i < len(f) && f[i] >= '0' && f[i] <= '9':
				digits()
			case i < len(f) && f[i] == '*':
				i++
				need = append(need, "integer")
			}
			if i+1 < len(f) && f[i] == '.' {
				if f[i+1] == '*' {
					need = append(need, "integer")
				}
				_, n := utf8.DecodeRuneInString(f[i+1:])
				i += 1 + n
			} else if i < len(f) && f[i] == '.' {
				i++
			}
		}
		// modifiers
		for i < len(f) && (f[i] == 't' || f[i] == 'l') {
			mod := f[i]
			i++
			if i >= len(f) {
				return nil, "truncated"
			}
			switch f[i] {
			case 't', 'l':
				continue
			case 'p', 'P':
			case 'c', 's', 'w', 'W':
				if mod == 'l' {
					return nil, "invalid control ~l" + string(f[i])
				}
			default:
				r, _ := utf8.DecodeRuneInString(f[i:])
				return nil, "invalid control ~" + string(mod) + string(r)
			}
		}
		if i >= len(f) {
			return nil, "truncated"
		}
		c := f[i]
		i++
		switch c {
		case '~', 'n':
		case 'c', 'b', 'B', '+', '#':
			need = append(need, "integer")
		case 'f', 'e', 'g':
			need = append(need, "float")
		case 's':
			need = append(need, "string")
		case 'w', 'p', 'i':
			need = append(need, "term")
		case 'W', 'P':
			need = append(need, "term", "integer")
		case 'x', 'X':
			need = append(need, "integer", "string")
		default:
			r, _ := utf8.DecodeRuneInString(f[i-1:])
			return nil, "invalid control ~" + string(r)
		}
	}
	return need, ""
}

// fitsFormatType says whether x is of the type a control takes.
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
