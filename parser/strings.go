package parser

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/antlr4-go/antlr/v4"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/parser/ast"
	"github.com/exlite/exlite/parser/gen"
)

// part is a piece of a string: text, or an interpolated expression.
type part struct {
	text   string
	expr   ast.Node // nil for text
	pos    ast.Pos
	isText bool
}

// unescapeString and friends say how a string's text is unescaped.
const (
	unescapeString = iota // "..." and '...': every escape
	unescapeSigil         // lowercase sigils: only the closing delimiter
	unescapeNone          // uppercase sigils and sigil heredocs
)

// rawParts collects a string's pieces without unescaping them.
func (b *builder) rawParts(list []gen.IStrPartContext) []part {
	var out []part
	for _, pc := range list {
		c := pc.(*gen.StrPartContext)
		if t := c.STR_TEXT(); t != nil {
			sym := t.GetSymbol()
			if n := len(out); n > 0 && out[n-1].isText {
				out[n-1].text += sym.GetText()
				continue
			}
			out = append(out, part{text: sym.GetText(), pos: tokPos(sym), isText: true})
			continue
		}
		p := ctxPos(c)
		var e ast.Node
		if c.ExprList() == nil {
			e = call(p, "__block__")
		} else {
			e = b.exprList(c.ExprList(), p)
		}
		out = append(out, part{expr: e, pos: p})
	}
	return out
}

// strParts collects and unescapes a string's pieces.
func (b *builder) strParts(list []gen.IStrPartContext, mode int, closer byte) []part {
	parts := b.rawParts(list)
	for i := range parts {
		if parts[i].isText {
			parts[i].text = unescapeMode(parts[i].text, mode, closer)
		}
	}
	return parts
}

func unescapeMode(s string, mode int, closer byte) string {
	switch mode {
	case unescapeString:
		return unescape(s, 0)
	case unescapeSigil:
		if closer != 0 && strings.IndexByte(s, '\\') >= 0 {
			return strings.ReplaceAll(s, `\`+string(closer), string(closer))
		}
	}
	return s
}

func onlyText(parts []part) (string, bool) {
	switch len(parts) {
	case 0:
		return "", true
	case 1:
		if parts[0].isText {
			return parts[0].text, true
		}
	}
	return "", false
}

// toStringCall builds Kernel.to_string(e).
func toStringCall(p ast.Pos, e ast.Node) ast.Node {
	return &ast.Call{Pos: p, Fun: dot(p, lit(p, atomKernel), atomToString), Args: []ast.Node{e}}
}

// binaryParts turns pieces into the arguments of {:<<>>, [], ...}.
func binaryParts(parts []part) []ast.Node {
	out := make([]ast.Node, 0, len(parts))
	for _, pt := range parts {
		if pt.isText {
			out = append(out, lit(pt.pos, term.Binary(pt.text)))
			continue
		}
		out = append(out, call(pt.pos, "::", toStringCall(pt.pos, pt.expr),
			&ast.Var{Pos: pt.pos, Name: "binary", Context: term.NilAtom}))
	}
	return out
}

func (b *builder) dynamicAtom(p ast.Pos, parts []part) ast.Node {
	return &ast.Call{Pos: p, Fun: dot(p, lit(p, atomErlang), atomBinToAtom),
		Args: []ast.Node{call(p, "<<>>", binaryParts(parts)...), lit(p, atomUTF8)}}
}

func charlistLit(p ast.Pos, s string) ast.Node {
	items := make([]ast.Node, 0, len(s))
	for _, r := range s {
		items = append(items, lit(p, term.Int(r)))
	}
	return &ast.List{Pos: p, Items: items}
}

func (b *builder) charlist(p ast.Pos, parts []part) ast.Node {
	if s, ok := onlyText(parts); ok {
		return charlistLit(p, s)
	}
	items := make([]ast.Node, 0, len(parts))
	for _, pt := range parts {
		if pt.isText {
			items = append(items, lit(pt.pos, term.Binary(pt.text)))
		} else {
			items = append(items, toStringCall(pt.pos, pt.expr))
		}
	}
	return &ast.Call{Pos: p, Fun: dot(p, lit(p, atomList), term.MakeAtom("to_charlist")),
		Args: []ast.Node{&ast.List{Pos: p, Items: items}}}
}

// str builds strings, charlists, heredocs, quoted atoms and sigils.
func (b *builder) str(ctx *gen.StrContext) ast.Node {
	open := ctx.GetOpen()
	p := tokPos(open)
	switch open.GetTokenType() {
	case gen.ElixirParserSTR_START:
		parts := b.strParts(ctx.AllStrPart(), unescapeString, 0)
		if s, ok := onlyText(parts); ok {
			return lit(p, term.Binary(s))
		}
		return call(p, "<<>>", binaryParts(parts)...)
	case gen.ElixirParserCHARLIST_START:
		return b.charlist(p, b.strParts(ctx.AllStrPart(), unescapeString, 0))
	case gen.ElixirParserQATOM_START, gen.ElixirParserQATOM_SQ_START:
		parts := b.strParts(ctx.AllStrPart(), unescapeString, 0)
		if s, ok := onlyText(parts); ok {
			return lit(p, term.MakeAtom(s))
		}
		return b.dynamicAtom(p, parts)
	case gen.ElixirParserHEREDOC_START, gen.ElixirParserCHAR_HEREDOC_START:
		parts := b.heredocParts(ctx, ctx.GetClose_())
		for i := range parts {
			if parts[i].isText {
				parts[i].text = unescape(parts[i].text, 0)
			}
		}
		if open.GetTokenType() == gen.ElixirParserCHAR_HEREDOC_START {
			return b.charlist(p, parts)
		}
		if s, ok := onlyText(parts); ok {
			return lit(p, term.Binary(s))
		}
		return call(p, "<<>>", binaryParts(parts)...)
	case gen.ElixirParserSIGIL_HEREDOC_START, gen.ElixirParserSIGIL_CHAR_HEREDOC_START:
		parts := b.heredocParts(ctx, ctx.GetClose_())
		end := strings.TrimLeft(ctx.GetClose_().GetText(), " \t\n")
		for i := range parts {
			if parts[i].isText {
				parts[i].text = strings.ReplaceAll(parts[i].text, `\`+end[:3], end[:3])
			}
		}
		return b.sigil(p, open.GetText()[1:2], parts, end[3:])
	}
	// Lowercase sigils with one-character delimiters.
	text := open.GetText()
	closer := sigilCloser(text[len(text)-1])[0]
	parts := b.strParts(ctx.AllStrPart(), unescapeSigil, closer)
	return b.sigil(p, text[1:2], parts, ctx.GetClose_().GetText()[1:])
}

// heredocParts strips a heredoc's indentation: as many spaces as the
// closing delimiter is indented, from the start of every line.
func (b *builder) heredocParts(ctx *gen.StrContext, end antlr.Token) []part {
	parts := b.rawParts(ctx.AllStrPart())
	if len(parts) == 0 {
		return []part{{text: "", isText: true, pos: tokPos(end)}}
	}
	indent := len(strings.TrimLeft(end.GetText(), "\n")) - len(strings.TrimLeft(end.GetText(), "\n \t"))
	atStart := true
	first := true
	for i := range parts {
		if !parts[i].isText {
			atStart = false
			first = false
			continue
		}
		s := parts[i].text
		if first {
			// The opening line holds only the delimiter.
			if j := strings.IndexByte(s, '\n'); j >= 0 {
				s = s[j+1:]
			}
			first = false
		}
		var out strings.Builder
		for len(s) > 0 {
			if atStart {
				n := 0
				for n < indent && n < len(s) && (s[n] == ' ' || s[n] == '\t') {
					n++
				}
				s = s[n:]
				atStart = false
			}
			j := strings.IndexByte(s, '\n')
			if j < 0 {
				out.WriteString(s)
				break
			}
			out.WriteString(s[:j+1])
			s = s[j+1:]
			atStart = true
		}
		parts[i].text = out.String()
	}
	// The newline before the closing delimiter ends the last line.
	if n := len(parts); n > 0 && parts[n-1].isText {
		parts[n-1].text += "\n"
	} else {
		parts = append(parts, part{text: "\n", isText: true, pos: tokPos(end)})
	}
	// A heredoc that starts with an interpolation keeps an empty first
	// piece, as in Elixir.
	return parts
}

// sigil builds {:sigil_x, [], [{:<<>>, [], parts}, modifiers]}.
func (b *builder) sigil(p ast.Pos, name string, parts []part, mods string) ast.Node {
	if len(parts) == 0 {
		parts = []part{{text: "", isText: true, pos: p}}
	}
	c := call(p, "sigil_"+name, call(p, "<<>>", binaryParts(parts)...), charlistLit(p, mods))
	return c
}

// rawSigil builds an uppercase sigil, which the lexer keeps whole.
func (b *builder) rawSigil(t antlr.Token) ast.Node {
	text := t.GetText()
	p := tokPos(t)
	i := 1
	for i < len(text) && (text[i] >= 'A' && text[i] <= 'Z' || text[i] >= '0' && text[i] <= '9') {
		i++
	}
	name := text[1:i]
	rest := text[i:]
	if strings.HasPrefix(rest, `"""`) || strings.HasPrefix(rest, `'''`) {
		delim := rest[:3]
		j := strings.LastIndex(rest, delim)
		body, mods := rest[3:j], rest[j+3:]
		// Everything before the first newline is the opening line.
		if k := strings.IndexByte(body, '\n'); k >= 0 {
			body = body[k+1:]
		}
		k := strings.LastIndexByte(body, '\n')
		indent := len(body[k+1:])
		lines := strings.Split(body[:k+1], "\n")
		var out strings.Builder
		for li, l := range lines {
			if li == len(lines)-1 {
				break
			}
			n := 0
			for n < indent && n < len(l) && (l[n] == ' ' || l[n] == '\t') {
				n++
			}
			out.WriteString(l[n:])
			out.WriteByte('\n')
		}
		// Only an escaped closing delimiter loses its backslash.
		text := strings.ReplaceAll(out.String(), `\`+delim, delim)
		return b.sigil(p, name, []part{{text: text, isText: true, pos: p}}, mods)
	}
	open := rest[0]
	closer := sigilCloser(open)[0]
	j := len(rest) - 1
	for j > 0 && rest[j] != closer {
		j--
	}
	body, mods := rest[1:j], rest[j+1:]
	body = strings.ReplaceAll(body, `\`+string(closer), string(closer))
	return b.sigil(p, name, []part{{text: body, isText: true, pos: p}}, mods)
}

// unescape processes Elixir's backslash escapes; closer (when not 0) is
// a character that only needs its backslash removed.
func unescape(s string, closer byte) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var out strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			out.WriteByte(c)
			continue
		}
		i++
		c = s[i]
		switch c {
		case 'a':
			out.WriteByte(7)
		case 'b':
			out.WriteByte(8)
		case 'd':
			out.WriteByte(127)
		case 'e':
			out.WriteByte(27)
		case 'f':
			out.WriteByte(12)
		case 'n':
			out.WriteByte('\n')
		case 'r':
			out.WriteByte('\r')
		case 's':
			out.WriteByte(' ')
		case 't':
			out.WriteByte('\t')
		case 'v':
			out.WriteByte(11)
		case '0':
			out.WriteByte(0)
		case '\n':
			// a backslash at the end of a line joins it with the next
		case 'x', 'u':
			digits, n := hexEscape(s[i+1:], c)
			if n == 0 {
				out.WriteByte(c)
				continue
			}
			v, _ := strconv.ParseUint(digits, 16, 32)
			if c == 'x' && v < 256 && !strings.HasPrefix(s[i+1:], "{") {
				out.WriteByte(byte(v))
			} else {
				out.WriteRune(rune(v))
			}
			i += n
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			out.WriteRune(r)
			i += size - 1
		}
	}
	return out.String()
}

// hexEscape reads the digits after \x or \u: {H+} or a fixed count
// (up to 2 for \x, 4 for \u). It returns the digits and how many bytes
// it read.
func hexEscape(s string, kind byte) (string, int) {
	isHex := func(c byte) bool {
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
	}
	if strings.HasPrefix(s, "{") {
		j := 1
		for j < len(s) && isHex(s[j]) {
			j++
		}
		if j < len(s) && s[j] == '}' && j > 1 {
			return s[1:j], j + 1
		}
		return "", 0
	}
	max := 2
	if kind == 'u' {
		max = 4
	}
	j := 0
	for j < len(s) && j < max && isHex(s[j]) {
		j++
	}
	if kind == 'u' && j < 4 {
		return "", 0
	}
	return s[:j], j
}

// checkCodePoints rejects a \u or \x{} escape of a surrogate or of a
// code point past U+10FFFF in the text t of the string opened by open,
// as Elixir's tokenizer does (sigils unescape later, and are left out).
func checkCodePoints(file, src string, open, t *token) error {
	col := 0
	switch open.typ {
	case gen.ElixirLexerSTR_START, gen.ElixirLexerCHARLIST_START:
		col = 1 // Elixir points at the text, after the quote
	case gen.ElixirLexerQATOM_START, gen.ElixirLexerQATOM_SQ_START, gen.ElixirLexerHEREDOC_START,
		gen.ElixirLexerCHAR_HEREDOC_START:
	default:
		return nil
	}
	s := t.text
	for i := strings.IndexByte(s, '\\'); i >= 0 && i+1 < len(s); {
		c := s[i+1]
		if c == 'u' || c == 'x' {
			digits, n := hexEscape(s[i+2:], c)
			if n > 0 && (c == 'u' || s[i+2] == '{') {
				v, err := strconv.ParseUint(digits, 16, 64)
				if err != nil || v > utf8.MaxRune || v >= 0xD800 && v <= 0xDFFF {
					l, c := open.pos()
					return &SyntaxError{Kind: KindSyntax, File: file, Line: l, Column: c + col, Source: src,
						Description: "invalid or reserved Unicode code point \\u{" + digits + "}. Syntax error after: \\u"}
				}
			}
		}
		j := strings.IndexByte(s[i+2:], '\\')
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return nil
}
