package inspect

import (
	"strings"
	"unicode/utf8"
)

const hexDigits = "0123456789ABCDEF"

// Escape escapes s for printing between quote characters q, as Elixir's
// Code.Identifier.escape/3 does: the quote, #{, backslash and control
// characters are escaped (\n, \e, \x01), invisible and special-space
// characters print as \uXXXX, and invalid UTF-8 bytes as \xHH. At most
// limit characters are escaped (Infinity for all); rest is what is left.
func Escape(s string, q byte, limit int) (escaped, rest string) {
	return escapeWith(s, q, limit, escapeSpecial)
}

// escapeWith is Escape with the table of specially escaped characters
// given by special (which returns "" for the others).
func escapeWith(s string, q byte, limit int, special func(r rune) string) (escaped, rest string) {
	var sb strings.Builder
	for s != "" {
		if limit == 0 {
			return sb.String(), s
		}
		if limit != Infinity {
			limit--
		}
		c := s[0]
		if c == q {
			sb.WriteByte('\\')
			sb.WriteByte(c)
			s = s[1:]
			continue
		}
		if c == '#' && len(s) > 1 && s[1] == '{' {
			sb.WriteString(`\#{`)
			s = s[2:]
			continue
		}
		r, size := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && size <= 1 {
			sb.WriteString(`\x`)
			sb.WriteByte(hexDigits[c>>4])
			sb.WriteByte(hexDigits[c&15])
			s = s[1:]
			continue
		}
		s = s[size:]
		if e := special(r); e != "" {
			sb.WriteString(e)
			continue
		}
		escapeRune(&sb, r)
	}
	return sb.String(), ""
}

// escapeSpecial is the escape map of strings, charlists and atoms.
func escapeSpecial(r rune) string {
	switch r {
	case '\a':
		return `\a`
	case '\b':
		return `\b`
	case 0x7F:
		return `\d`
	case 0x1B:
		return `\e`
	case '\f':
		return `\f`
	case '\n':
		return `\n`
	case '\r':
		return `\r`
	case '\t':
		return `\t`
	case '\v':
		return `\v`
	case '\\':
		return `\\`
	}
	return ""
}

// escapeRegex is the escape map of regex sources.
func escapeRegex(r rune) string {
	switch r {
	case '\a':
		return `\a`
	case '\f':
		return `\f`
	case '\n':
		return `\n`
	case '\r':
		return `\r`
	case '\t':
		return `\t`
	case '\v':
		return `\v`
	}
	return ""
}

func escapeAll(s string, q byte) string {
	e, _ := Escape(s, q, Infinity)
	return e
}

func escapeRune(sb *strings.Builder, r rune) {
	switch r {
	case 0:
		sb.WriteString(`\0`)
	default:
		switch {
		case r == 0xFEFF, r >= 0x2061 && r <= 0x2064, r == 0x061C, r == 0x200E, r == 0x200F,
			r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r >= 0xFFF9 && r <= 0xFFFC,
			r == 0x200C, r == 0x200D, r == 0x034F, r == 0x00A0, r == 0x200B, r == 0x2060,
			r == 0x2028, r == 0x2029, r >= 0x2000 && r <= 0x200A, r == 0x205F:
			sb.WriteString(`\u`)
			writeHex(sb, uint32(r), 4)
		case r >= 0x20 && r <= 0x7E, r >= 0xA0 && r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD, r >= 0x10000 && r <= 0x10FFFF:
			sb.WriteRune(r)
		case r < 0x100:
			sb.WriteString(`\x`)
			writeHex(sb, uint32(r), 2)
		case r < 0x10000:
			sb.WriteString(`\x{`)
			writeHex(sb, uint32(r), 4)
			sb.WriteByte('}')
		default:
			sb.WriteString(`\x{`)
			writeHex(sb, uint32(r), 6)
			sb.WriteByte('}')
		}
	}
}

func writeHex(sb *strings.Builder, v uint32, n int) {
	for i := n - 1; i >= 0; i-- {
		sb.WriteByte(hexDigits[(v>>(4*uint(i)))&15])
	}
}

// StringPrintable is String.printable?/2: whether the first limit
// characters of s are printable.
func StringPrintable(s string, limit int) bool {
	for s != "" {
		if limit == 0 {
			return true
		}
		if limit != Infinity {
			limit--
		}
		c := s[0]
		if c >= 0x20 && c <= 0x7E {
			s = s[1:]
			continue
		}
		switch c {
		case '\n', '\r', '\t', '\v', '\b', '\f', 0x1B, 0x7F, '\a':
			s = s[1:]
			continue
		}
		r, size := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && size <= 1 {
			return false
		}
		if !(r >= 0xA0 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF) {
			return false
		}
		s = s[size:]
	}
	return true
}

// asciiPrintableRune is the per-element test of List.ascii_printable?/2.
func asciiPrintableRune(c int64) bool {
	return c >= 7 && c <= 13 || c == 0x1B || c >= 32 && c <= 126
}
