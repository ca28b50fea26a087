package stdlib

import (
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// :io.format/:io_lib.format with Erlang's control sequences
// (~p ~P ~w ~W ~s ~b ~x ~f ~e ~g ~c ~n ~i ~~ with field width, precision,
// padding and the t and l modifiers), and Erlang's term syntax for ~w and
// ~p. ~p and ~P break long terms as Erlang's pretty printer does
// (io_pretty.go): the field width is the line length (80 by default), the
// precision the starting column (by default where the ~p is on its line).

func init() { rt.RegisterLazy(registerIOFormat) }

// registerIOFormat registers the built-ins of this file (see rt.RegisterLazy).
func registerIOFormat() {
	rt.Register(":io", map[string]rt.BuiltinFunc{
		"format/1": func(env rt.Env, a []term.Term) term.Term {
			return ioFormatTo(env, atom("standard_io"), a[0], term.Nil)
		},
		"format/2": func(env rt.Env, a []term.Term) term.Term { return ioFormatTo(env, atom("standard_io"), a[0], a[1]) },
		"format/3": func(env rt.Env, a []term.Term) term.Term { return ioFormatTo(env, a[0], a[1], a[2]) },
		"fwrite/1": func(env rt.Env, a []term.Term) term.Term {
			return ioFormatTo(env, atom("standard_io"), a[0], term.Nil)
		},
		"fwrite/2": func(env rt.Env, a []term.Term) term.Term { return ioFormatTo(env, atom("standard_io"), a[0], a[1]) },
		"put_chars/1": func(env rt.Env, a []term.Term) term.Term {
			io.WriteString(env.Stdout(), erlChardata(a[0], 1))
			return term.OK
		},
		"put_chars/2": func(env rt.Env, a []term.Term) term.Term {
			io.WriteString(device(env, a[0]), erlChardata(a[1], 2))
			return term.OK
		},
		"nl/0": func(env rt.Env, a []term.Term) term.Term { io.WriteString(env.Stdout(), "\n"); return term.OK },
		"nl/1": func(env rt.Env, a []term.Term) term.Term { io.WriteString(device(env, a[0]), "\n"); return term.OK },
		"write/1": func(env rt.Env, a []term.Term) term.Term {
			io.WriteString(env.Stdout(), ErlangTermIn(env, a[0]))
			return term.OK
		},
		"get_line/1": func(env rt.Env, a []term.Term) term.Term {
			io.WriteString(env.Stdout(), erlChardata(a[0], 1))
			r := readLine(env)
			if b, ok := r.(term.Binary); ok {
				return stringToCharlist(string(b))
			}
			return r
		},
	})
	rt.Register(":io_lib", map[string]rt.BuiltinFunc{
		"format/2": func(env rt.Env, a []term.Term) term.Term {
			return stringToCharlist(ErlangFormat(env, formatString(a[0]), formatArgs(a[1])))
		},
		"write/1": func(env rt.Env, a []term.Term) term.Term { return stringToCharlist(ErlangTermIn(env, a[0])) },
	})
}

func erlChardata(t term.Term, argn int) string {
	if at, ok := t.(term.Atom); ok {
		return at.Name()
	}
	s, ok := chardataToString(t)
	if !ok {
		erlArgError(argn, "not valid character data (an iodata term)")
	}
	return s
}

func formatString(t term.Term) string {
	switch v := t.(type) {
	case term.Atom:
		return v.Name()
	case term.Binary:
		return string(v)
	}
	s, ok := chardataToString(t)
	if !ok {
		erlArgError(1, "format string is invalid")
	}
	return s
}

func formatArgs(t term.Term) []term.Term {
	items, ok := term.ListToSlice(t)
	if !ok {
		erlArgError(2, "not a list")
	}
	return items
}

func ioFormatTo(env rt.Env, dev, f, args term.Term) term.Term {
	w := device(env, dev)
	fs, as := formatString(f), formatArgs(args)
	sc := scanFormat(fs)
	out, ok := sc.format(env, as)
	if !ok {
		n, why := sc.fault(as)
		erlArgError(n, why)
	}
	io.WriteString(w, out)
	return term.OK
}

// ErlangFormat is io_lib:format/2 flattened to a string. It raises
// ArgumentError as Erlang's plain badarg, "argument error", when the
// format does not fit the arguments (:io.format says why: see
// formatScan.fault). The work and memory of printing terms are charged
// to the process of env (nil: none).
func ErlangFormat(env rt.Env, f string, args []term.Term) string {
	out, ok := scanFormat(f).format(env, args)
	if !ok {
		rt.ArgumentError("argument error")
	}
	return out
}

// fmtControl is one control sequence ~F.P.PadModC of a format string,
// with the literal text before it.
type fmtControl struct {
	text string // the literal text before the control
	// width and prec are the field width and precision, -1 when absent;
	// widthArg, precArg and padArg mark those written *, which take the
	// next argument.
	width, prec               int
	widthArg, precArg, padArg bool
	left                      bool   // a width written -F: left-justified
	pad                       string // the padding character, " " when absent
	unicode, noStrings        bool   // the t and l modifiers
	ctl                       byte
	nargs                     int // len(needs()): the arguments it takes
	// lint is what erl_lint:check_format_string, which OTP's
	// erl_stdlib_errors asks when io_lib fails, says of the modifiers
	// (it is stricter than io_lib: ~lc, ~ttp), "" when it accepts them.
	lint string
}

// formatScan is a format string read once, by io_lib_format's grammar;
// both formatting (format) and the explanation of a failure (fault)
// work from it.
type formatScan struct {
	controls []fmtControl
	tail     string // the literal text after the last control
	nargs    int    // the arguments all controls take
	// invalid, when not "", is why the format cannot be read (erl_lint's
	// words: "truncated", "invalid control ~d"); the controls before the
	// fault are kept.
	invalid string
}

// scanFormat reads f's control sequences.
func scanFormat(f string) *formatScan {
	sc := &formatScan{}
	i, lit := 0, 0
	digits := func() int {
		st := i
		for i < len(f) && f[i] >= '0' && f[i] <= '9' {
			i++
		}
		n, err := strconv.Atoi(f[st:i])
		if err != nil {
			n = math.MaxInt32 // (a width no one can build)
		}
		return n
	}
	for i < len(f) {
		if f[i] != '~' {
			i++
			continue
		}
		c := fmtControl{text: f[lit:i], width: -1, prec: -1, pad: " "}
		i++
		// field width: F, -F, * or -*
		switch {
		case i+1 < len(f) && f[i] == '-' && f[i+1] >= '0' && f[i+1] <= '9':
			i++
			c.width, c.left = digits(), true
		case i < len(f) && f[i] >= '0' && f[i] <= '9':
			c.width = digits()
		case i+1 < len(f) && f[i] == '-' && f[i+1] == '*':
			i += 2
			c.widthArg, c.left = true, true
		case i < len(f) && f[i] == '*':
			i++
			c.widthArg = true
		}
		// precision, then padding character
		if i < len(f) && f[i] == '.' {
			i++
			switch {
			case i < len(f) && f[i] >= '0' && f[i] <= '9':
				c.prec = digits()
			case i < len(f) && f[i] == '*':
				i++
				c.precArg = true
			}
			if i+1 < len(f) && f[i] == '.' {
				if f[i+1] == '*' {
					c.padArg = true
					i += 2
				} else {
					r, n := utf8.DecodeRuneInString(f[i+1:])
					c.pad = string(r)
					i += 1 + n
				}
			}
		}
		// modifiers
		mods := i
		for i < len(f) && (f[i] == 't' || f[i] == 'l') {
			c.unicode = c.unicode || f[i] == 't'
			c.noStrings = c.noStrings || f[i] == 'l'
			i++
		}
		if i >= len(f) {
			sc.invalid = lintModifiers(f[mods:], i-mods)
			if sc.invalid == "" {
				sc.invalid = "truncated"
			}
			return sc
		}
		c.ctl = f[i]
		if strings.IndexByte("~ncbBxX#+fegswWpPi", c.ctl) < 0 {
			sc.invalid = lintModifiers(f[mods:], i-mods)
			if sc.invalid == "" {
				r, _ := utf8.DecodeRuneInString(f[i:])
				sc.invalid = "invalid control ~" + string(r)
			}
			return sc
		}
		c.lint = lintModifiers(f[mods:], i-mods)
		c.nargs = len(c.needs())
		sc.nargs += c.nargs
		i++
		lit = i
		sc.controls = append(sc.controls, c)
	}
	sc.tail = f[lit:]
	return sc
}

// lintModifiers is what erl_lint says of the n modifiers that start seq
// (the format from them on), "" when it accepts them: t before c, s, p,
// P, w or W; l, tl or lt before p or P.
func lintModifiers(seq string, n int) string {
	if n == 0 {
		return ""
	}
	if strings.HasPrefix(seq, "tl") {
		seq = "lt" + seq[2:]
	}
	mods, ctl := seq[:n], byte(0)
	if n < len(seq) {
		ctl = seq[n]
	}
	if mods == "t" && ctl != 0 && strings.IndexByte("cspPwW", ctl) >= 0 || (mods == "l" || mods == "lt") && (ctl == 'p' || ctl == 'P') {
		return ""
	}
	// "invalid control ~" and the sequence as far as erl_lint read it
	k := 2
	if strings.HasPrefix(seq, "lt") {
		k = 3
	}
	r := []rune(seq)
	return "invalid control ~" + string(r[:min(k, len(r))])
}

// needs lists the type of each argument the control takes, in order
// ("integer", "float", "string", "term"), as erl_lint does.
func (c *fmtControl) needs() []string {
	var need []string
	for _, star := range []bool{c.widthArg, c.precArg, c.padArg} {
		if star {
			need = append(need, "integer")
		}
	}
	switch c.ctl {
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
	}
	return need
}

// format is io_lib:format of the scanned format with args; false when
// they do not fit. The printing of terms is charged to the process of
// env (nil: none).
func (sc *formatScan) format(env rt.Env, args []term.Term) (string, bool) {
	if sc.invalid != "" {
		return "", false
	}
	if sc.nargs != len(args) {
		return "", false
	}
	m := newPPMeter(env)
	defer m.release()
	var sb strings.Builder
	for i := range sc.controls {
		c := &sc.controls[i]
		sb.WriteString(c.text)
		if !c.write(&sb, args[:c.nargs], m) {
			return "", false
		}
		args = args[c.nargs:]
	}
	sb.WriteString(sc.tail)
	return sb.String(), true
}

// fault says why args do not fit the format, as OTP's erl_stdlib_errors
// does once io_lib has failed: the argument at fault (1 the format, 2
// the arguments) and "format string invalid (invalid control ~d)",
// "wrong number of arguments", "element 1 must be of type float", or
// "failed to format string" when each argument has its type.
func (sc *formatScan) fault(args []term.Term) (int, string) {
	var need []string
	for i := range sc.controls {
		if sc.controls[i].lint != "" {
			return 1, "format string invalid (" + sc.controls[i].lint + ")"
		}
		need = append(need, sc.controls[i].needs()...)
	}
	if sc.invalid != "" {
		return 1, "format string invalid (" + sc.invalid + ")"
	}
	if len(need) != len(args) {
		return 1, "wrong number of arguments"
	}
	for i, t := range need {
		if !fitsFormatType(t, args[i]) {
			return 2, "element " + strconv.Itoa(i+1) + " must be of type " + t
		}
	}
	return 1, "failed to format string"
}

// write formats one control with its arguments (as many as needs
// lists); false when they do not fit.
func (c *fmtControl) write(sb *strings.Builder, args []term.Term, m *ppMeter) bool {
	next := func() term.Term {
		x := args[0]
		args = args[1:]
		return x
	}
	width, prec, left, padChar := c.width, c.prec, c.left, c.pad
	if c.widthArg {
		n, ok := next().(term.Int)
		if !ok {
			return false
		}
		// ~-*: the argument negated; a negative width left-justifies
		width, left = int(n), false
		if c.left {
			width = -width
		}
		if width < 0 {
			left, width = true, -width
		}
	}
	if c.precArg {
		n, ok := next().(term.Int)
		if !ok {
			return false
		}
		prec = int(n)
	}
	if c.padArg {
		ch, ok := next().(term.Int)
		if !ok {
			return false
		}
		padChar = string(rune(ch))
	}
	var out string
	numeric := false
	switch ctl := c.ctl; ctl {
	case '~':
		out = "~"
	case 'n':
		out = "\n"
	case 'c':
		ch, ok := next().(term.Int)
		if !ok {
			return false
		}
		// the precision (defaulting to the field width) is the count
		n := 1
		if prec > 0 {
			n = prec
		} else if width > 0 {
			n = width
		}
		checkBuild(int64(n), 4)
		out = strings.Repeat(string(rune(ch)), n)
	case 's':
		x := next()
		switch v := x.(type) {
		case term.Atom:
			out = v.Name()
		case term.Binary:
			out = string(v)
			if !c.unicode {
				out = latin1Chars(out)
			}
		default:
			s, ok := chardataToString(x)
			if !ok || !c.unicode && strings.IndexFunc(s, func(r rune) bool { return r > 255 }) >= 0 {
				return false // without t, characters are bytes
			}
			out = s
		}
		if prec >= 0 && utf8.RuneCountInString(out) > prec {
			out = string([]rune(out)[:prec])
		}
		if width >= 0 && utf8.RuneCountInString(out) > width {
			out = string([]rune(out)[:width])
		}
	case 'w', 'W':
		x := next()
		depth := -1
		if ctl == 'W' {
			d, ok := next().(term.Int)
			if !ok {
				return false
			}
			depth = int(d)
		}
		if depth == 0 {
			out = "..."
		} else {
			out = measure(x, depth, ppOptions{depth: depth, write: true, m: m}).string(m)
		}
	case 'p', 'P':
		x := next()
		depth := -1
		if ctl == 'P' {
			d, ok := next().(term.Int)
			if !ok {
				return false
			}
			depth = int(d)
		}
		ll := 80
		if width >= 0 {
			ll = width
		}
		col := prec
		if col < 0 {
			col = currentColumn(sb.String()) + 1
		}
		out = erlPretty(x, col, ll, ppOptions{depth: depth, strings: !c.noStrings, unicode: c.unicode, m: m})
		width = -1 // the field width is the line length
	case 'i':
		return true
	case 'b', 'B', 'x', 'X', '#', '+':
		x := next()
		if !isInteger(x) {
			return false
		}
		base := 10
		if prec >= 2 && prec <= 36 {
			base = prec
		}
		prefix := ""
		switch ctl {
		case 'x', 'X':
			// the prefix is a charlist or an atom, as in Erlang
			switch pv := next().(type) {
			case term.Atom:
				prefix = pv.Name()
			case term.EmptyList, *term.Cons:
				p, ok := chardataToString(pv)
				if !ok {
					return false
				}
				prefix = p
			default:
				return false
			}
		case '#', '+':
			prefix = strconv.Itoa(base) + "#"
		}
		txt := integerText(x, base)
		if ctl == 'b' || ctl == 'x' || ctl == '+' {
			txt = strings.ToLower(txt)
		}
		if strings.HasPrefix(txt, "-") {
			out = "-" + prefix + txt[1:]
		} else {
			out = prefix + txt
		}
		numeric = true
	case 'f', 'e', 'g':
		fv, ok := next().(term.Float)
		if !ok {
			return false
		}
		out = fmtFloat(ctl, float64(fv), prec)
		numeric = true
	}
	if width >= 0 {
		checkBuild(int64(width), 4)
		n := utf8.RuneCountInString(out)
		if n > width && numeric {
			out = strings.Repeat("*", width)
		} else if n < width {
			fill := strings.Repeat(padChar, width-n)
			if left {
				out += fill
			} else {
				out = fill + out
			}
		}
	}
	sb.WriteString(out)
	return true
}

// fmtFloat formats x as ~f, ~e or ~g with precision p (-1: 6).
func fmtFloat(ctl byte, x float64, p int) string {
	if p < 0 {
		p = 6
	}
	switch ctl {
	case 'f':
		return erlFixed(x, p)
	case 'e':
		return erlSci(x, p)
	}
	// Erlang's ~g: ~f for 0.1 <= |x| < 10000 when it shows P
	// significant digits, else ~e
	af := math.Abs(x)
	e := 0
	switch {
	case af < 0.1:
		e = -2
	case af < 1:
		e = -1
	case af < 10:
		e = 0
	case af < 100:
		e = 1
	case af < 1000:
		e = 2
	case af < 10000:
		e = 3
	default:
		e = 100
	}
	switch {
	case (p <= 1 && e == -1) || (e < 100 && p-1 > e && e >= -1):
		return erlFixed(x, p-1-e)
	case p <= 1:
		return erlSci(x, 2)
	}
	return erlSci(x, p)
}

// latin1Chars reads each byte of b as a character, as Erlang's ~s does
// with a binary.
func latin1Chars(b string) string {
	r := make([]rune, len(b))
	for i := 0; i < len(b); i++ {
		r[i] = rune(b[i])
	}
	return string(r)
}

// currentColumn is the number of characters after the last newline.
func currentColumn(s string) int {
	if k := strings.LastIndexByte(s, '\n'); k >= 0 {
		s = s[k+1:]
	}
	return utf8.RuneCountInString(s)
}

// erlDigits is Erlang's float_to_list/1: 21 significant digits and the
// number of digits before the decimal point.
func erlDigits(f float64) ([]byte, int) {
	s := strconv.FormatFloat(math.Abs(f), 'e', 20, 64)
	k := strings.IndexByte(s, 'e')
	exp, _ := strconv.Atoi(s[k+1:])
	ds := append([]byte{s[0]}, s[2:k]...)
	return ds, exp + 1
}

// erlRoundDigits keeps the first keep digits of ds, rounding half up as
// Erlang's ~f and ~e do on float_to_list's digits; carry reports a new
// leading digit.
func erlRoundDigits(ds []byte, keep int) ([]byte, bool) {
	if keep < 0 {
		return nil, false
	}
	if keep >= len(ds) {
		out := append([]byte{}, ds...)
		for len(out) < keep {
			out = append(out, '0')
		}
		return out, false
	}
	out := append([]byte{}, ds[:keep]...)
	if ds[keep] < '5' {
		return out, false
	}
	for i := len(out) - 1; i >= 0; i-- {
		if out[i] < '9' {
			out[i]++
			return out, false
		}
		out[i] = '0'
	}
	return append([]byte{'1'}, out...), true
}

// erlFixed formats as Erlang's ~.Pf.
func erlFixed(f float64, p int) string {
	if p < 1 {
		return strconv.FormatFloat(f, 'f', 0, 64)
	}
	ds, intDigits := erlDigits(f)
	r, carry := erlRoundDigits(ds, intDigits+p)
	if carry {
		intDigits++
	}
	var ip, fp string
	if intDigits <= 0 {
		ip = "0"
		fp = strings.Repeat("0", min(-intDigits, p)) + string(r)
	} else {
		ip, fp = string(r[:intDigits]), string(r[intDigits:])
	}
	for len(fp) < p {
		fp += "0"
	}
	sign := ""
	if math.Signbit(f) && (strings.Trim(ip+fp, "0") != "" || f != 0) {
		sign = "-"
	}
	return sign + ip + "." + fp[:p]
}

// erlSci formats as Erlang's ~e: P significant digits, exponent without
// padding ("1.23456e+2").
func erlSci(f float64, p int) string {
	if p < 2 {
		p = 2
	}
	ds, intDigits := erlDigits(f)
	exp := intDigits - 1
	if f == 0 {
		exp = 0
	}
	r, carry := erlRoundDigits(ds, p)
	if carry {
		exp++
		r = r[:p]
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
	}
	es := "+"
	if exp < 0 {
		es, exp = "-", -exp
	}
	return sign + string(r[0]) + "." + string(r[1:]) + "e" + es + strconv.Itoa(exp)
}

// ErlangTerm writes a term in Erlang's syntax, as ~w (pretty false) or
// ~p (pretty true: printable lists print as strings) do. Terms nested
// deeper than maxErlPrintDepth write as "...".
func ErlangTerm(t term.Term, pretty bool) string {
	return erlangTerm(newPPMeter(nil), t, pretty)
}

// ErlangTermIn is ErlangTerm with its work and memory charged to the
// process of env.
func ErlangTermIn(env rt.Env, t term.Term) string {
	m := newPPMeter(env)
	defer m.release()
	return erlangTerm(m, t, false)
}

// erlangTermIn is ErlangTerm (~w) counted by m.
func erlangTermIn(m *ppMeter, t term.Term) string { return erlangTerm(m, t, false) }

func erlangTerm(m *ppMeter, t term.Term, pretty bool) string {
	var sb strings.Builder
	seen := m.seen
	m.seen = 0
	writeErlang(&sb, t, pretty, m)
	m.grown(sb.Len())
	m.seen = seen
	return sb.String()
}

var erlReserved = map[string]bool{"after": true, "and": true, "andalso": true, "band": true, "begin": true,
	"bnot": true, "bor": true, "bsl": true, "bsr": true, "bxor": true, "case": true, "catch": true,
	"cond": true, "div": true, "end": true, "fun": true, "if": true, "let": true, "maybe": true, "not": true,
	"of": true, "or": true, "orelse": true, "receive": true, "rem": true, "try": true, "when": true, "xor": true}

func erlAtom(name string) string {
	ok := name != "" && name[0] >= 'a' && name[0] <= 'z' && !erlReserved[name]
	for i := 0; ok && i < len(name); i++ {
		c := name[i]
		ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '@'
	}
	if ok {
		return name
	}
	var sb strings.Builder
	sb.WriteByte('\'')
	for _, r := range name {
		switch r {
		case '\'':
			sb.WriteString("\\'")
		case '\\':
			sb.WriteString("\\\\")
		case '\n':
			sb.WriteString("\\n")
		default:
			sb.WriteRune(r)
		}
	}
	sb.WriteByte('\'')
	return sb.String()
}

func erlPrintableLatin1(items []term.Term) bool {
	if len(items) == 0 {
		return false
	}
	for _, it := range items {
		n, ok := it.(term.Int)
		if !ok {
			return false
		}
		if !(n >= 32 && n <= 126) && !(n >= 160 && n <= 255) && !(n >= 8 && n <= 13) && n != 27 {
			return false
		}
	}
	return true
}

func erlQuoteString(s string) string {
	var sb strings.Builder
	sb.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			sb.WriteString("\\\"")
		case '\\':
			sb.WriteString("\\\\")
		case '\n':
			sb.WriteString("\\n")
		case '\t':
			sb.WriteString("\\t")
		case '\r':
			sb.WriteString("\\r")
		case '\v':
			sb.WriteString("\\v")
		case '\b':
			sb.WriteString("\\b")
		case '\f':
			sb.WriteString("\\f")
		case 27:
			sb.WriteString("\\e")
		default:
			sb.WriteRune(r)
		}
	}
	sb.WriteByte('"')
	return sb.String()
}

func writeErlang(sb *strings.Builder, t term.Term, pretty bool, m *ppMeter) {
	m.step(1)
	m.grown(sb.Len())
	if m.depth >= maxErlPrintDepth {
		sb.WriteString("...")
		return
	}
	m.depth++
	defer func() { m.depth-- }()
	switch v := t.(type) {
	case term.Int, *term.BigInt:
		sb.WriteString(integerText(v, 10))
	case term.Float:
		sb.WriteString(floatShort(float64(v)))
	case term.Atom:
		sb.WriteString(erlAtom(v.Name()))
	case term.Binary:
		s := string(v)
		printable := utf8.ValidString(s)
		for _, r := range s {
			if r < 32 && !(r >= 8 && r <= 13) && r != 27 || r == 127 || r > 255 {
				printable = false
			}
		}
		if printable {
			sb.WriteString("<<" + erlQuoteString(s) + ">>")
			return
		}
		sb.WriteString("<<")
		for i := 0; i < len(s); i++ {
			if i > 0 {
				sb.WriteByte(',')
			}
			sb.WriteString(strconv.Itoa(int(s[i])))
		}
		sb.WriteString(">>")
	case *term.Bitstring:
		sb.WriteString(rt.Inspect(nil, v))
	case term.EmptyList:
		sb.WriteString("[]")
	case *term.Cons:
		items, proper := term.ListToSlice(v)
		if proper && pretty && erlPrintableLatin1(items) {
			s, _ := charlistToString(items)
			sb.WriteString(erlQuoteString(s))
			return
		}
		sb.WriteByte('[')
		var l term.Term = v
		first := true
		for {
			c, ok := l.(*term.Cons)
			if !ok {
				break
			}
			if !first {
				sb.WriteByte(',')
			}
			first = false
			writeErlang(sb, c.Head, pretty, m)
			l = c.Tail
		}
		if _, ok := l.(term.EmptyList); !ok {
			sb.WriteByte('|')
			writeErlang(sb, l, pretty, m)
		}
		sb.WriteByte(']')
	case term.Tuple:
		sb.WriteByte('{')
		for i, x := range v {
			if i > 0 {
				sb.WriteByte(',')
			}
			writeErlang(sb, x, pretty, m)
		}
		sb.WriteByte('}')
	case *term.Map:
		sb.WriteString("#{")
		first := true
		// io_lib writes a map in :maps.iterator's order.
		v.RangeIter(func(k, val term.Term) bool {
			if !first {
				sb.WriteByte(',')
			}
			first = false
			writeErlang(sb, k, pretty, m)
			sb.WriteString(" => ")
			writeErlang(sb, val, pretty, m)
			return true
		})
		sb.WriteByte('}')
	case term.Pid:
		sb.WriteString("<0." + strconv.FormatUint(v.ID, 10) + ".0>")
	case term.Ref:
		sb.WriteString("#Ref<0.0.0." + strconv.FormatUint(v.ID, 10) + ">")
	default:
		sb.WriteString(rt.Inspect(nil, t))
	}
}
