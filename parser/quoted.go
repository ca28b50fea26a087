package parser

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/exlite/exlite/beam/term"
)

// FormatQuoted writes a quoted-form term on one line the way Elixir 1.18's
// inspect(term, limit: :infinity, printable_limit: :infinity) writes it
// when the result fits on a line. It knows the term shapes an AST holds:
// atoms, numbers, binaries, lists (keyword lists and printable charlists
// included) and tuples.
func FormatQuoted(t term.Term) string { return formatQuoted(t, false) }

// formatQuoted is FormatQuoted; with asLists, charlists print as lists of
// integers (inspect's charlists: :as_lists).
func formatQuoted(t term.Term, asLists bool) string {
	w := &quotedWriter{asLists: asLists}
	w.writeTerm(t)
	return w.b.String()
}

type quotedWriter struct {
	b       strings.Builder
	asLists bool
}

func (w *quotedWriter) writeTerm(t term.Term) {
	b := &w.b
	switch v := t.(type) {
	case term.Atom:
		b.WriteString(InspectAtom(v.Name()))
	case term.Int:
		b.WriteString(strconv.FormatInt(int64(v), 10))
	case *term.BigInt:
		b.WriteString(v.V.String())
	case term.Float:
		b.WriteString(FormatFloat(float64(v)))
	case term.Binary:
		writeBinary(b, string(v))
	case term.Tuple:
		b.WriteByte('{')
		for i, e := range v {
			if i > 0 {
				b.WriteString(", ")
			}
			w.writeTerm(e)
		}
		b.WriteByte('}')
	case term.EmptyList:
		b.WriteString("[]")
	case *term.Cons:
		w.writeList(v)
	default:
		b.WriteString("#<unknown>")
	}
}

func (w *quotedWriter) writeList(l *term.Cons) {
	b := &w.b
	items, ok := term.ListToSlice(l)
	if !ok {
		b.WriteString("#<improper list>")
		return
	}
	if s, ok := printableCharlist(items); ok && !w.asLists {
		b.WriteString("~c\"")
		b.WriteString(escapeText(s, '"'))
		b.WriteByte('"')
		return
	}
	keyword := true
	for _, it := range items {
		tp, ok := it.(term.Tuple)
		if !ok || len(tp) != 2 {
			keyword = false
			break
		}
		if _, ok := tp[0].(term.Atom); !ok {
			keyword = false
			break
		}
	}
	b.WriteByte('[')
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		if keyword {
			tp := it.(term.Tuple)
			b.WriteString(keywordKey(tp[0].(term.Atom).Name()))
			b.WriteByte(' ')
			w.writeTerm(tp[1])
			continue
		}
		w.writeTerm(it)
	}
	b.WriteByte(']')
}

// printableCharlist reports whether items is a list of ASCII-printable
// characters (List.ascii_printable?/1), and returns it as text.
func printableCharlist(items []term.Term) (string, bool) {
	if len(items) == 0 {
		return "", false
	}
	var sb strings.Builder
	for _, it := range items {
		n, ok := it.(term.Int)
		if !ok {
			return "", false
		}
		switch {
		case n >= 32 && n <= 126, n >= 7 && n <= 13, n == 27:
			sb.WriteByte(byte(n))
		default:
			return "", false
		}
	}
	return sb.String(), true
}

// writeBinary writes a binary as an Elixir string when it is printable
// UTF-8, else as <<bytes>>.
func writeBinary(b *strings.Builder, s string) {
	if printableString(s) {
		b.WriteByte('"')
		b.WriteString(escapeText(s, '"'))
		b.WriteByte('"')
		return
	}
	b.WriteString("<<")
	for i := 0; i < len(s); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(int(s[i])))
	}
	b.WriteString(">>")
}

// printableString is String.printable?/1.
func printableString(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return false
		}
		i += size
		switch {
		case r >= 0x20 && r <= 0x7E:
		case r >= 7 && r <= 13, r == 27, r == 127:
		case r >= 0xA0 && r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD, r >= 0x10000 && r <= 0x10FFFF:
		default:
			return false
		}
	}
	return true
}

// escapeText escapes a printable text for a string or charlist literal
// (Code.Identifier.escape/2).
func escapeText(s string, quote byte) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == rune(quote):
			b.WriteByte('\\')
			b.WriteByte(quote)
		case r == '#' && i < len(s) && s[i] == '{':
			b.WriteString(`\#{`)
			i++
		case r == '\a':
			b.WriteString(`\a`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == 127:
			b.WriteString(`\d`)
		case r == 27:
			b.WriteString(`\e`)
		case r == '\f':
			b.WriteString(`\f`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\v':
			b.WriteString(`\v`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == 0:
			b.WriteString(`\0`)
		case r == 0xFEFF, r >= 0x2061 && r <= 0x2064, r == 0x061C, r == 0x200E, r == 0x200F,
			r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r >= 0xFFF9 && r <= 0xFFFC,
			r == 0x200C, r == 0x200D, r == 0x034F, r == 0x00A0, r == 0x200B, r == 0x2060,
			r == 0x2028, r == 0x2029, r >= 0x2000 && r <= 0x200A, r == 0x205F:
			fmt.Fprintf(&b, `\u%04X`, r)
		case r >= 0x20 && r <= 0x7E, r >= 0xA0 && r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD, r >= 0x10000 && r <= 0x10FFFF:
			b.WriteRune(r)
		case r < 0x80:
			fmt.Fprintf(&b, `\x%02X`, r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			fmt.Fprintf(&b, `\u{%06X}`, r)
		}
	}
	return b.String()
}

// operatorAtoms print without quotes after ':'.
var operatorAtoms = map[string]bool{}

func init() {
	for _, op := range strings.Fields(`@ . + - * / ! ^ & | = == != === !== =~ < > <= >= && || &&& ||| <> ++ -- +++ --- .. ... ..// ** |> <<< >>> <<~ ~>> <~ ~> <~> <|> -> <- \\ {} %{} <<>> % not and or in when`) {
		operatorAtoms[op] = true
	}
}

func isIdentStart(r rune) bool {
	return r == '_' || (r >= 'a' && r <= 'z') || (r >= 0x80 && unicode.IsLetter(r) && !unicode.IsUpper(r))
}

// isIdentifier reports whether s is an identifier: [a-z_][a-zA-Z0-9_@]*[?!]?
func isIdentifier(s string, allowAt bool) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case i == 0:
			if !isIdentStart(r) {
				return false
			}
		case r == '?' || r == '!':
			if i != len(s)-1 {
				return false
			}
		case r == '@':
			if !allowAt {
				return false
			}
		case r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r >= 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
		default:
			return false
		}
	}
	return true
}

// isAlias reports whether s (without "Elixir.") is Foo or Foo.Bar.
func isAlias(s string) bool {
	if s == "" {
		return false
	}
	for _, seg := range strings.Split(s, ".") {
		if seg == "" || seg[0] < 'A' || seg[0] > 'Z' {
			return false
		}
		for i := 1; i < len(seg); i++ {
			c := seg[i]
			if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return false
			}
		}
	}
	return true
}

// InspectAtom writes an atom as inspect/1 does: nil, :ok, Foo, :"a b".
func InspectAtom(name string) string {
	switch name {
	case "nil", "true", "false", "Elixir":
		return name
	}
	if strings.HasPrefix(name, "Elixir.") && isAlias(name[len("Elixir."):]) {
		return name[len("Elixir."):]
	}
	if operatorAtoms[name] || isIdentifier(name, true) || isAlias(name) && !strings.Contains(name, ".") {
		return ":" + name
	}
	return `:"` + escapeText(name, '"') + `"`
}

// keywordKey writes the key of a keyword list pair: do:, "a b":.
func keywordKey(name string) string {
	if isIdentifier(name, true) || operatorAtoms[name] || isAlias(name) && !strings.Contains(name, ".") {
		return name + ":"
	}
	return `"` + escapeText(name, '"') + `":`
}

// FormatFloat writes a float as inspect/1 does: integral values below
// 1.0e16 as 1500.0, others in the shortest form, plain or scientific
// (Erlang's io_lib_format:fwrite_g).
func FormatFloat(f float64) string {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return strconv.FormatFloat(f, 'g', -1, 64)
	}
	abs := math.Abs(f)
	if abs >= 1.0 && abs < 1.0e16 && math.Trunc(f) == f {
		return new(big.Float).SetFloat64(f).Text('f', 0) + ".0"
	}
	if f == 0 {
		if math.Signbit(f) {
			return "-0.0"
		}
		return "0.0"
	}
	e := strconv.FormatFloat(abs, 'e', -1, 64) // d.ddde±x
	mant, exps, _ := strings.Cut(e, "e")
	x, _ := strconv.Atoi(exps)
	digits := strings.Replace(mant, ".", "", 1)
	var plain string
	if x >= 0 {
		if len(digits) <= x+1 {
			plain = digits + strings.Repeat("0", x+1-len(digits)) + ".0"
		} else {
			plain = digits[:x+1] + "." + digits[x+1:]
		}
	} else {
		plain = "0." + strings.Repeat("0", -x-1) + digits
	}
	frac := digits[1:]
	if frac == "" {
		frac = "0"
	}
	sci := digits[:1] + "." + frac + "e" + strconv.Itoa(x)
	out := sci
	if len(plain) <= len(sci) {
		out = plain
	}
	if f < 0 {
		out = "-" + out
	}
	return out
}
