package inspect

import (
	"strconv"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// OptionsFromKeyword reads the options a program passes to inspect/2 or
// IO.inspect/2 (a keyword list) over For(env), as Inspect.Opts.new/1
// does: unknown keys are ignored. It also returns the :label option of
// IO.inspect as text (hasLabel is false when absent or nil). An invalid
// value raises ArgumentError (Elixir fails later, with a less helpful
// error).
func OptionsFromKeyword(env rt.Env, kw term.Term) (opts Options, label string, hasLabel bool) {
	opts = For(env)
	items, ok := term.ListToSlice(kw)
	if !ok {
		rt.ArgumentError("expected a keyword list as inspect options, got: " + Inspect(kw, For(env)))
	}
	for _, it := range items {
		pair, ok := it.(term.Tuple)
		if !ok || len(pair) != 2 {
			rt.ArgumentError("expected a keyword list as inspect options, got: " + Inspect(kw, For(env)))
		}
		key, ok := pair[0].(term.Atom)
		if !ok {
			rt.ArgumentError("expected a keyword list as inspect options, got: " + Inspect(kw, For(env)))
		}
		v := pair[1]
		switch key.Name() {
		case "label":
			if v != term.Term(term.NilAtom) && v != term.Term(term.False) {
				label, hasLabel = LabelText(env, v), true
			}
		case "width":
			opts.Width = limitValue(env, key, v)
		case "limit":
			opts.Limit = limitValue(env, key, v)
		case "printable_limit":
			opts.PrintableLimit = limitValue(env, key, v)
		case "custom_options":
			opts.CustomOptions = v
		case "pretty":
			opts.Pretty = boolValue(env, key, v)
		case "structs":
			opts.Structs = boolValue(env, key, v)
		case "base":
			switch atomValue(env, key, v) {
			case "decimal":
				opts.Base = BaseDecimal
			case "hex":
				opts.Base = BaseHex
			case "binary":
				opts.Base = BaseBinary
			case "octal":
				opts.Base = BaseOctal
			default:
				badOption(env, key, v)
			}
		case "binaries":
			switch atomValue(env, key, v) {
			case "infer":
				opts.Binaries = BinariesInfer
			case "as_binaries":
				opts.Binaries = BinariesAsBinaries
			case "as_strings":
				opts.Binaries = BinariesAsStrings
			default:
				badOption(env, key, v)
			}
		case "charlists", "char_lists":
			// Inspect.List prints a charlist only for :as_charlists, or
			// :infer and printable: any other value (the docs' own
			// :as_list) prints a list.
			a, _ := v.(term.Atom)
			switch a.Name() {
			case "infer":
				opts.Charlists = CharlistsInfer
			case "as_charlists", "as_char_lists":
				opts.Charlists = CharlistsAsCharlists
			default:
				opts.Charlists = CharlistsAsLists
			}
		}
	}
	return opts, label, hasLabel
}

func badOption(env rt.Env, key term.Atom, v term.Term) {
	rt.ArgumentError("invalid value for the " + AtomLiteral(key.Name()) + " inspect option: " + Inspect(v, For(env)))
}

func limitValue(env rt.Env, key term.Atom, v term.Term) int {
	switch x := v.(type) {
	case term.Int:
		if x >= 0 {
			return int(x)
		}
	case term.Atom:
		if x.Name() == "infinity" {
			return Infinity
		}
	case *term.BigInt:
		if x.V.Sign() > 0 {
			return Infinity
		}
	}
	badOption(env, key, v)
	return 0
}

func boolValue(env rt.Env, key term.Atom, v term.Term) bool {
	switch v {
	case term.Term(term.True):
		return true
	case term.Term(term.False):
		return false
	}
	badOption(env, key, v)
	return false
}

func atomValue(env rt.Env, key term.Atom, v term.Term) string {
	a, ok := v.(term.Atom)
	if !ok {
		badOption(env, key, v)
	}
	return a.Name()
}

// LabelText converts an IO.inspect label to text as IO does
// (to_chardata/1): strings and chardata as they are, other terms through
// String.Chars (atoms by name, numbers as to_string prints them), other
// terms inspected in env's program.
func LabelText(env rt.Env, v term.Term) string {
	switch x := v.(type) {
	case term.Binary:
		return string(x)
	case term.Atom:
		return x.Name()
	case term.Int:
		return strconv.FormatInt(int64(x), 10)
	case *term.BigInt:
		return x.V.String()
	case term.Float:
		return FloatToString(float64(x))
	case term.EmptyList, *term.Cons:
		var sb strings.Builder
		if chardata(&sb, x) {
			return sb.String()
		}
	}
	return Inspect(v, For(env))
}

// chardata appends a list of code points, strings and nested chardata.
func chardata(sb *strings.Builder, t term.Term) bool {
	for {
		switch x := t.(type) {
		case term.EmptyList:
			return true
		case term.Binary:
			sb.WriteString(string(x))
			return true
		case *term.Cons:
			switch h := x.Head.(type) {
			case term.Int:
				if h < 0 || h > 0x10FFFF {
					return false
				}
				sb.WriteRune(rune(h))
			default:
				if !chardata(sb, h) {
					return false
				}
			}
			t = x.Tail
		default:
			return false
		}
	}
}
