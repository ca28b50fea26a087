package stdlib

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/inspect"
	"github.com/exlite/exlite/interp/rt"
)

// The IO module, IO.ANSI, Kernel.inspect/1,2 and String.Chars.

func init() {
	floatShortFn = inspect.FloatToString
	rt.RegisterLazy(registerIO)
}

// registerIO registers the built-ins of this file (see rt.RegisterLazy).
func registerIO() {
	rt.Register("IO", map[string]rt.BuiltinFunc{
		"puts/1":               func(env rt.Env, a []term.Term) term.Term { return ioPuts(env, atom("stdio"), a[0], true) },
		"puts/2":               func(env rt.Env, a []term.Term) term.Term { return ioPuts(env, a[0], a[1], true) },
		"write/1":              func(env rt.Env, a []term.Term) term.Term { return ioPuts(env, atom("stdio"), a[0], false) },
		"write/2":              func(env rt.Env, a []term.Term) term.Term { return ioPuts(env, a[0], a[1], false) },
		"binwrite/1":           func(env rt.Env, a []term.Term) term.Term { return ioBinwrite(env, atom("stdio"), a[0]) },
		"binwrite/2":           func(env rt.Env, a []term.Term) term.Term { return ioBinwrite(env, a[0], a[1]) },
		"inspect/1":            func(env rt.Env, a []term.Term) term.Term { return ioInspect(env, atom("stdio"), a[0], term.Nil) },
		"inspect/2":            func(env rt.Env, a []term.Term) term.Term { return ioInspect(env, atom("stdio"), a[0], a[1]) },
		"inspect/3":            func(env rt.Env, a []term.Term) term.Term { return ioInspect(env, a[0], a[1], a[2]) },
		"gets/1":               func(env rt.Env, a []term.Term) term.Term { return ioGets(env, atom("stdio"), a[0]) },
		"gets/2":               func(env rt.Env, a []term.Term) term.Term { return ioGets(env, a[0], a[1]) },
		"read/1":               func(env rt.Env, a []term.Term) term.Term { return ioRead(env, atom("stdio"), a[0]) },
		"read/2":               func(env rt.Env, a []term.Term) term.Term { return ioRead(env, a[0], a[1]) },
		"binread/1":            func(env rt.Env, a []term.Term) term.Term { return ioRead(env, atom("stdio"), a[0]) },
		"binread/2":            func(env rt.Env, a []term.Term) term.Term { return ioRead(env, a[0], a[1]) },
		"getn/1":               ioGetn,
		"getn/2":               ioGetn,
		"getn/3":               ioGetn,
		"iodata_to_binary/1":   ioIodataToBinary,
		"iodata_length/1":      ioIodataLength,
		"chardata_to_string/1": ioChardataToString,
		"warn/1":               ioWarn1,
		"warn/2":               ioWarn2,
	})
	rt.Register("Kernel", map[string]rt.BuiltinFunc{
		"inspect/1":   func(env rt.Env, a []term.Term) term.Term { return kernelInspect(env, a[0], term.Nil) },
		"inspect/2":   func(env rt.Env, a []term.Term) term.Term { return kernelInspect(env, a[0], a[1]) },
		"to_string/1": kernelToString,
	})
	rt.Register("String.Chars", map[string]rt.BuiltinFunc{
		"to_string/1": kernelToString,
	})
	rt.Register("List.Chars", map[string]rt.BuiltinFunc{
		"to_charlist/1": listChars,
	})
	registerANSI()
}

// InspectOptions reads Inspect.Opts from the keyword list a program
// passes to inspect/2 or IO.inspect/2 (unknown keys are ignored), with
// interp/inspect's reading of them.
func InspectOptions(env rt.Env, kw term.Term) inspect.Options {
	o, _, _ := inspect.OptionsFromKeyword(env, kw)
	return o
}

func kernelInspect(env rt.Env, t, opts term.Term) term.Term {
	if !term.IsList(opts) {
		fnClauseError("Kernel.inspect/2", []term.Term{t, opts})
	}
	return term.Binary(inspect.Inspect(t, InspectOptions(env, opts)))
}

// device returns the writer for an IO device (:stdio, :stderr; a pid is
// written by I/O requests, see io_device.go, and stands for standard
// output only here).
func device(env rt.Env, dev term.Term) io.Writer {
	switch dev {
	case atom("stdio"), atom("standard_io"):
		return env.Stdout()
	case atom("stderr"), atom("standard_error"):
		return env.Stderr()
	}
	if _, ok := dev.(term.Pid); ok {
		return env.Stdout()
	}
	erlArgError(1, "the device is not an IO device")
	return nil
}

// toChardata is IO's to_chardata: binaries and lists pass, anything else
// goes through String.Chars (which the evaluator may dispatch to a user
// implementation).
func toChardata(env rt.Env, t term.Term) string {
	switch v := t.(type) {
	case term.Binary:
		return string(v)
	case term.EmptyList, *term.Cons:
		s, ok := chardataIn(env, v)
		if !ok {
			rt.ArgumentError("errors were found at the given arguments:\n\n  * 2nd argument: not valid character data (an iodata term)\n")
		}
		return s
	}
	return toStringVia(env, t)
}

// toStringVia converts a term with String.Chars: built-in terms directly,
// structs through env.Apply so user implementations are found.
func toStringVia(env rt.Env, t term.Term) string {
	if m, ok := t.(*term.Map); ok {
		if _, isStruct := m.Get(atom("__struct__")); isStruct {
			if s, ok := calendarToString(m); ok {
				return s
			}
			if s, ok := uriToString(env, m); ok {
				return s
			}
			r := env.Apply(atom("Elixir.String.Chars"), atom("to_string"), []term.Term{t})
			if b, ok := r.(term.Binary); ok {
				return string(b)
			}
			s, _ := chardataToString(r)
			return s
		}
	}
	return string(kernelToString(env, []term.Term{t}).(term.Binary))
}

// kernelToString is String.Chars.to_string/1 for the built-in types.
func kernelToString(env rt.Env, a []term.Term) term.Term {
	t := a[0]
	switch v := t.(type) {
	case term.Binary:
		return v
	case term.Atom:
		if v == term.NilAtom {
			return term.Binary("")
		}
		return term.Binary(v.Name())
	case term.Int, *term.BigInt:
		return term.Binary(integerText(v, 10))
	case term.Float:
		return term.Binary(floatShort(float64(v)))
	case term.EmptyList, *term.Cons:
		return term.Binary(listToString(env, v))
	case *term.Map:
		if s, ok := calendarToString(v); ok {
			return term.Binary(s)
		}
		if s, ok := uriToString(env, v); ok {
			return term.Binary(s)
		}
	case *term.Bitstring:
		raiseProtocolUndefined("String.Chars", t, "cannot convert a bitstring to a string")
	}
	raiseProtocolUndefined("String.Chars", t, "")
	return nil
}

// listToString is List.to_string/1: chardata to a binary, raising as
// :unicode.characters_to_binary does.
func listToString(env rt.Env, t term.Term) string {
	s, ok := chardataIn(env, t)
	if ok {
		return s
	}
	// distinguish invalid code points from non-chardata
	if items, ok := term.ListToSlice(t); ok {
		for _, it := range items {
			if n, ok := it.(term.Int); ok && (n > utf8.MaxRune || (n >= 0xD800 && n <= 0xDFFF)) {
				rt.Raise(rt.NewException("UnicodeConversionError",
					atom("encoded"), term.Binary(""),
					atom("message"), term.Binary("invalid code point "+integerText(n, 10))))
			}
		}
	}
	rt.ArgumentError(cannotConvertList(env, t, "string"))
	return ""
}

// cannotConvertList is the message of List.to_string/1 and
// List.to_charlist/1 (to "string" or "charlist") for a list that is not
// chardata.
func cannotConvertList(env rt.Env, t term.Term, to string) string {
	if to == "string" {
		return "cannot convert the given list to a string.\n\n" +
			"To be converted to a string, a list must either be empty or only\n" +
			"contain the following elements:\n\n" +
			"  * strings\n" +
			"  * integers representing Unicode code points\n" +
			"  * a list containing one of these three elements\n\n" +
			"Please check the given list or call inspect/1 to get the list representation, got:\n\n" +
			rt.Inspect(env, t) + "\n"
	}
	return "cannot convert the given list to a charlist.\n\n" +
		"To be converted to a charlist, a list must contain only:\n\n" +
		"  * strings\n" +
		"  * integers representing Unicode code points\n" +
		"  * or a list containing one of these three elements\n\n" +
		"Please check the given list or call inspect/1 to get the list representation, got:\n\n" +
		rt.Inspect(env, t) + "\n"
}

// raiseProtocolUndefined raises Protocol.UndefinedError.
func raiseProtocolUndefined(protocol string, value term.Term, description string) {
	if f, ok := value.(*term.Fun); ok && protocol == "Enumerable" && f.Arity != 2 {
		description = "only anonymous functions of arity 2 are enumerable"
	}
	rt.Raise(rt.NewException("Protocol.UndefinedError",
		atom("protocol"), rt.ModuleAtom(protocol),
		atom("value"), value,
		atom("description"), term.Binary(description)))
}

func ioPuts(env rt.Env, dev, item term.Term, newline bool) term.Term {
	s := toChardata(env, item)
	if newline {
		s += "\n"
	}
	if pid, ok := dev.(term.Pid); ok {
		return devicePut(env, pid, s)
	}
	w := device(env, dev)
	io.WriteString(w, s)
	return term.OK
}

func ioBinwrite(env rt.Env, dev, item term.Term) term.Term {
	s, ok := iodataIn(env, item)
	if !ok {
		fnClauseError("IO.binwrite/2", []term.Term{dev, item})
	}
	if pid, ok := dev.(term.Pid); ok {
		return devicePut(env, pid, s)
	}
	w := device(env, dev)
	io.WriteString(w, s)
	return term.OK
}

func ioInspect(env rt.Env, dev, item, opts term.Term) term.Term {
	if !term.IsList(opts) {
		fnClauseError("IO.inspect/3", []term.Term{dev, item, opts})
	}
	label := ""
	if l, ok := kwGet(opts, "label"); ok {
		label = toChardata(env, l)
		label += ": "
	}
	o := InspectOptions(env, opts)
	if pid, ok := dev.(term.Pid); ok {
		devicePut(env, pid, label+inspect.InspectLabel(item, "", o)+"\n")
		return item
	}
	w := device(env, dev)
	io.WriteString(w, label+inspect.InspectLabel(item, "", o)+"\n")
	return item
}

// stdin is the program's buffered standard input, nil for none.
func stdin(env rt.Env) *bufio.Reader {
	if se, ok := env.(rt.StdinEnv); ok {
		return se.Stdin()
	}
	return nil
}

func ioGets(env rt.Env, dev, prompt term.Term) term.Term {
	if pid, ok := dev.(term.Pid); ok {
		return deviceRequest(env, pid, term.Tuple{atom("get_line"), atom("unicode"), term.Binary(toChardata(env, prompt))})
	}
	io.WriteString(device(env, dev), toChardata(env, prompt))
	return readLine(env)
}

func readLine(env rt.Env) term.Term {
	br := stdin(env)
	if br == nil {
		return atom("eof")
	}
	line, err := br.ReadString('\n')
	if line == "" && err != nil {
		return atom("eof")
	}
	return term.Binary(line)
}

func ioRead(env rt.Env, dev, what term.Term) term.Term {
	if pid, ok := dev.(term.Pid); ok {
		if r, ok := deviceRead(env, pid, what); ok {
			return r
		}
		fnClauseError("IO.read/2", []term.Term{dev, what})
	}
	device(env, dev)
	br := stdin(env)
	switch v := what.(type) {
	case term.Atom:
		switch v.Name() {
		case "line":
			return readLine(env)
		case "eof", "all":
			if br == nil {
				if v.Name() == "all" {
					return term.Binary("")
				}
				return atom("eof")
			}
			data, _ := io.ReadAll(br)
			if len(data) == 0 && v.Name() == "eof" {
				return atom("eof")
			}
			return term.Binary(data)
		}
	case term.Int:
		if v >= 0 {
			if br == nil {
				return atom("eof")
			}
			var sb strings.Builder
			for i := 0; i < int(v); i++ {
				r, _, err := br.ReadRune()
				if err != nil {
					break
				}
				sb.WriteRune(r)
			}
			if sb.Len() == 0 && v > 0 {
				return atom("eof")
			}
			return term.Binary(sb.String())
		}
	}
	fnClauseError("IO.read/2", []term.Term{dev, what})
	return nil
}

func ioIodataToBinary(env rt.Env, a []term.Term) term.Term {
	s, ok := iodataIn(env, a[0])
	if !ok {
		erlArgError(1, "not an iodata term")
	}
	return term.Binary(s)
}

func ioIodataLength(env rt.Env, a []term.Term) term.Term {
	s, ok := iodataIn(env, a[0])
	if !ok {
		erlArgError(1, "not an iodata term")
	}
	return term.Int(len(s))
}

func ioChardataToString(env rt.Env, a []term.Term) term.Term {
	switch v := a[0].(type) {
	case term.Binary:
		return v
	case term.EmptyList, *term.Cons:
		return term.Binary(listToString(env, v))
	}
	fnClauseError("IO.chardata_to_string/1", a)
	return nil
}

// warnStackDepth is how many stacktrace entries IO.warn/1 prints at
// most: the BEAM's backtrace depth (8) less the entries of
// Process.info/2 and IO.warn/1 themselves, which it drops.
const warnStackDepth = 6

// ioWarn1 is IO.warn/1: the warning and, one a line, the caller's
// stacktrace entries as Process.info(self(), :current_stacktrace) gives
// them ("  file.exs:6: M.f/0", "  file.exs:21: (file)"), then a blank
// line, as Elixir 1.18 prints a diagnostic with no file.
func ioWarn1(env rt.Env, a []term.Term) term.Term {
	text := toChardata(env, a[0])
	var entries []term.Term
	if b, ok := rt.Lookup(rt.ModuleAtom("Process"), term.MakeAtom("info"), 2); ok {
		r := b.Fn(env, []term.Term{env.Self(), term.MakeAtom("current_stacktrace")})
		if t, ok := r.(term.Tuple); ok && len(t) == 2 {
			entries, _ = term.ListToSlice(t[1])
		}
	}
	if len(entries) > warnStackDepth {
		entries = entries[:warnStackDepth]
	}
	return warnWithStack(env, text, entries)
}

// ioWarn2 is IO.warn/2 with Elixir 1.18's clauses: a %Macro.Env{} or a
// keyword list with :file places the warning at a line of a file (framed
// with the line's code when it is the program's own, see rt.WarnEnv); a
// keyword list without :file is []; [] prints the message alone; a
// stacktrace prints its entries under it.
func ioWarn2(env rt.Env, a []term.Term) term.Term {
	switch info := a[1].(type) {
	case *term.Map:
		if s, _ := info.Get(term.MakeAtom("__struct__")); s == term.MakeAtom("Elixir.Macro.Env") {
			get := func(k string) term.Term {
				v, _ := info.Get(term.MakeAtom(k))
				return v
			}
			return warnPlaced(env, toChardata(env, a[0]), info, get("file"), get("line"), get("module"), get("function"))
		}
	case term.EmptyList:
		return warnWithStack(env, toChardata(env, a[0]), nil)
	case *term.Cons:
		switch head, _ := info.Head.(term.Tuple); len(head) {
		case 2:
			file, _ := kwGet(info, "file")
			if file == nil || file == term.NilAtom || file == term.False {
				return warnWithStack(env, toChardata(env, a[0]), nil)
			}
			get := func(k string) term.Term {
				if v, ok := kwGet(info, k); ok {
					return v
				}
				return term.NilAtom
			}
			return warnPlaced(env, toChardata(env, a[0]), info, file, get("line"), get("module"), get("function"))
		case 4:
			entries, _ := term.ListToSlice(info)
			return warnWithStack(env, toChardata(env, a[0]), entries)
		}
	}
	fnClauseError("IO.warn/2", a)
	return nil
}

// warnWithStack prints "warning: message", each stacktrace entry on a
// line of its own indented by two spaces, and a blank line.
func warnWithStack(env rt.Env, text string, entries []term.Term) term.Term {
	var b strings.Builder
	b.WriteString("warning: " + text)
	for _, e := range entries {
		b.WriteString("\n  " + formatStackEntry(env, e))
	}
	b.WriteString("\n\n")
	io.WriteString(env.Stderr(), b.String())
	return term.OK
}

// warnPlaced prints a warning at a file and line (IO.warn/2 given a
// Macro.Env or file:/line: options): framed with the line's code by the
// evaluator when the file is the program's own, else the message and
// "└─ " with the location as Macro.Env.stacktrace/1's entry prints it
// ("file.exs:3: M.f/0", "file.exs:3: (file)").
func warnPlaced(env rt.Env, text string, info, file, line, mod, fun term.Term) term.Term {
	if w, ok := env.(rt.WarnEnv); ok && w.WarnAt(text, info) {
		return term.OK
	}
	// Path.relative_to_cwd/1
	name := pathRelativeToOrRaise(chardataOrEmpty(file), cwdOrRaise(), false)
	loc := term.List(term.Tuple{term.MakeAtom("file"), stringToCharlist(name)}, term.Tuple{term.MakeAtom("line"), line})
	var entry term.Tuple
	m, _ := mod.(term.Atom)
	fa, _ := fun.(term.Tuple)
	switch {
	case m == term.NilAtom || m.IsZero():
		entry = term.Tuple{term.MakeAtom("elixir_compiler"), term.MakeAtom(rt.TopFunction), term.Int(1), loc}
	case len(fa) != 2:
		entry = term.Tuple{m, term.MakeAtom("__MODULE__"), term.Int(0), loc}
	default:
		entry = term.Tuple{m, fa[0], fa[1], loc}
	}
	io.WriteString(env.Stderr(), "warning: "+text+"\n└─ "+formatStackEntry(env, entry)+"\n\n")
	return term.OK
}

// chardataOrEmpty is t as a string when it is a binary or a charlist.
func chardataOrEmpty(t term.Term) string {
	if b, ok := t.(term.Binary); ok {
		return string(b)
	}
	s, _ := chardataToString(t)
	return s
}

// --- IO.ANSI ----------------------------------------------------------

var ansiCodes = map[string]string{
	"reset": "0", "bright": "1", "faint": "2", "italic": "3", "underline": "4",
	"blink_slow": "5", "blink_rapid": "6", "inverse": "7", "reverse": "7",
	"conceal": "8", "crossed_out": "9", "primary_font": "10",
	"normal": "22", "not_italic": "23", "no_underline": "24", "blink_off": "25",
	"inverse_off": "27", "reverse_off": "27", "framed": "51", "encircled": "52",
	"overlined": "53", "not_framed_encircled": "54", "not_overlined": "55",
	"default_color": "39", "default_background": "49",
}

var ansiColors = []string{"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"}

// ansiSequence returns the escape sequence of an IO.ANSI name.
func ansiSequence(name string) (string, bool) {
	if c, ok := ansiCodes[name]; ok {
		return "\x1b[" + c + "m", true
	}
	for i, c := range ansiColors {
		d := string(rune('0' + i))
		switch name {
		case c:
			return "\x1b[3" + d + "m", true
		case c + "_background":
			return "\x1b[4" + d + "m", true
		case "light_" + c:
			return "\x1b[9" + d + "m", true
		case "light_" + c + "_background":
			return "\x1b[10" + d + "m", true
		}
	}
	for i := 1; i <= 9; i++ {
		if name == "font_"+string(rune('0'+i)) {
			return "\x1b[1" + string(rune('0'+i)) + "m", true
		}
	}
	switch name {
	case "clear":
		return "\x1b[2J", true
	case "clear_line":
		return "\x1b[2K", true
	case "home":
		return "\x1b[H", true
	}
	return "", false
}

func registerANSI() {
	fns := map[string]rt.BuiltinFunc{
		"format/1":          func(env rt.Env, a []term.Term) term.Term { return ansiFormat(env, a[0], false, true) },
		"format/2":          func(env rt.Env, a []term.Term) term.Term { return ansiFormat(env, a[0], a[1] == term.True, true) },
		"format_fragment/1": func(env rt.Env, a []term.Term) term.Term { return ansiFormat(env, a[0], false, false) },
		"format_fragment/2": func(env rt.Env, a []term.Term) term.Term { return ansiFormat(env, a[0], a[1] == term.True, false) },
		"enabled?/0":        func(env rt.Env, a []term.Term) term.Term { return term.False },
		"color/1": func(env rt.Env, a []term.Term) term.Term {
			n, ok := a[0].(term.Int)
			if !ok || n < 0 || n > 255 {
				fnClauseError("IO.ANSI.color/1", a)
			}
			return term.Binary("\x1b[38;5;" + integerText(n, 10) + "m")
		},
		"color_background/1": func(env rt.Env, a []term.Term) term.Term {
			n, ok := a[0].(term.Int)
			if !ok || n < 0 || n > 255 {
				fnClauseError("IO.ANSI.color_background/1", a)
			}
			return term.Binary("\x1b[48;5;" + integerText(n, 10) + "m")
		},
		"cursor/2": func(env rt.Env, a []term.Term) term.Term {
			return term.Binary("\x1b[" + integerText(a[0], 10) + ";" + integerText(a[1], 10) + "H")
		},
		"syntax_colors/0": func(env rt.Env, a []term.Term) term.Term { return term.Nil },
	}
	names := []string{"clear", "clear_line", "home"}
	for k := range ansiCodes {
		names = append(names, k)
	}
	for _, c := range ansiColors {
		names = append(names, c, c+"_background", "light_"+c, "light_"+c+"_background")
	}
	for i := 1; i <= 9; i++ {
		names = append(names, "font_"+string(rune('0'+i)))
	}
	for _, n := range names {
		seq, _ := ansiSequence(n)
		fns[n+"/0"] = func(env rt.Env, a []term.Term) term.Term { return term.Binary(seq) }
	}
	rt.Register("IO.ANSI", fns)
}

// ansiFormat is IO.ANSI.format/2 (reset true) and format_fragment/2,
// building the same nested chardata Elixir does.
func ansiFormat(env rt.Env, data term.Term, emit, appendReset bool) term.Term {
	var acc term.Term = term.Nil
	sawAtom := false
	var walk func(t term.Term)
	walk = func(t term.Term) {
		switch v := t.(type) {
		case term.EmptyList:
		case *term.Cons:
			walk(v.Head)
			walk(v.Tail)
		case term.Atom:
			seq, ok := ansiSequence(v.Name())
			if !ok {
				rt.ArgumentError("invalid ANSI sequence specification: " + rt.Inspect(env, v))
			}
			if emit {
				acc = &term.Cons{Head: acc, Tail: term.Binary(seq)}
				sawAtom = true
			}
		default:
			acc = term.List(acc, t)
		}
	}
	walk(data)
	if emit && appendReset && sawAtom {
		return &term.Cons{Head: acc, Tail: term.Binary("\x1b[0m")}
	}
	return acc
}
