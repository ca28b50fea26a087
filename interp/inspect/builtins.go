package inspect

import (
	"strconv"
	"strings"

	"github.com/exlite/exlite/beam/term"
)

// Inspect implementations of Elixir's own structs, beyond Range and
// MapSet: the calendar types (%Date{}, %Time{}, %NaiveDateTime{},
// %DateTime{} of Calendar.ISO, as sigils) and %Regex{} (as ~r/.../).
// Each returns false when the struct does not have the expected fields,
// so that it prints as a struct instead.

var (
	atomCalendarISO = term.MakeAtom("Elixir.Calendar.ISO")
	atomDate        = term.MakeAtom("Elixir.Date")
	atomTime        = term.MakeAtom("Elixir.Time")
	atomNaive       = term.MakeAtom("Elixir.NaiveDateTime")
	atomDateTime    = term.MakeAtom("Elixir.DateTime")
	atomDateRange   = term.MakeAtom("Elixir.Date.Range")
	atomRegex       = term.MakeAtom("Elixir.Regex")
)

func builtinStructDoc(m *term.Map, mod term.Atom, opts Options) (Doc, bool) {
	switch mod {
	case atomRange:
		return rangeDoc(m, opts)
	case atomMapSet:
		return mapSetDoc(m, opts)
	case atomDate:
		if s, ok := dateInspect(m); ok {
			return Text(s), true
		}
	case atomTime:
		if t, ok := isoTime(m); ok {
			return Text("~T[" + t + "]"), true
		}
	case atomNaive:
		if s, ok := naiveInspect(m); ok {
			return Text(s), true
		}
	case atomDateTime:
		if s, ok := dateTimeInspect(m); ok {
			return Text(s), true
		}
	case atomDateRange:
		return dateRangeDoc(m)
	case atomRegex:
		return regexDoc(m, opts)
	case atomStream:
		return streamDoc(m, opts)
	}
	if defaults, ok := optionalDefaults[mod]; ok {
		return optionalStructDoc(m, mod, defaults, opts)
	}
	return nil, false
}

// optionalDefaults are the standard library structs that derive Inspect
// with optional: fields (Elixir 1.18's URI and Duration), with those
// fields' defaults: a field whose value == its default is left out.
var optionalDefaults = map[term.Atom]map[term.Atom]term.Term{
	term.MakeAtom("Elixir.URI"): {term.MakeAtom("authority"): term.NilAtom},
	term.MakeAtom("Elixir.Duration"): {
		term.MakeAtom("year"): term.Int(0), term.MakeAtom("month"): term.Int(0),
		term.MakeAtom("week"): term.Int(0), term.MakeAtom("day"): term.Int(0),
		term.MakeAtom("hour"): term.Int(0), term.MakeAtom("minute"): term.Int(0),
		term.MakeAtom("second"): term.Int(0), term.MakeAtom("microsecond"): term.Tuple{term.Int(0), term.Int(0)},
	},
}

// optionalStructDoc is the derived Inspect of a struct with optional
// fields: %Name{...} with its fields in definition order, less the
// optional ones equal (==) to their defaults. It declines (false) a map
// whose keys are not exactly the struct's fields.
func optionalStructDoc(m *term.Map, mod term.Atom, defaults map[term.Atom]term.Term, opts Options) (Doc, bool) {
	fields, ok := builtinFields(mod)
	if !ok || m.Len() != len(fields)+1 {
		return nil, false
	}
	var shown []term.Atom
	for _, f := range fields {
		v, ok := m.Get(f)
		if !ok {
			return nil, false
		}
		if d, optional := defaults[f]; optional && term.Equal(v, d) {
			continue
		}
		shown = append(shown, f)
	}
	return StructDoc(m, AtomLiteral(mod.Name()), shown, opts), true
}

var atomStream = term.MakeAtom("Elixir.Stream")

// streamDoc prints %Stream{enum: e, funs: fs} as #Stream<[enum: e, funs: reversed fs]>.
func streamDoc(m *term.Map, opts Options) (Doc, bool) {
	enum, ok1 := m.Get(term.MakeAtom("enum"))
	funs, ok2 := m.Get(term.MakeAtom("funs"))
	fs, ok3 := term.ListToSlice(funs)
	if !ok1 || !ok2 || !ok3 {
		return nil, false
	}
	rev := make([]term.Term, len(fs))
	for i, f := range fs {
		rev[len(fs)-1-i] = f
	}
	inner := term.List(term.Tuple{term.MakeAtom("enum"), enum}, term.Tuple{term.MakeAtom("funs"), term.List(rev...)})
	return Concat(Text("#Stream<"), ToDoc(inner, opts), Text(">")), true
}

// builtinStructFields are the fields, in definition order, of the structs
// and exceptions of Elixir's standard library (Elixir 1.18).
var builtinStructFields = map[string][]string{
	"RuntimeError":            {"message"},
	"ArgumentError":           {"message"},
	"ArithmeticError":         {"message"},
	"SystemLimitError":        {"message"},
	"SyntaxError":             {"file", "line", "column", "snippet", "description"},
	"CompileError":            {"file", "line", "description"},
	"BadFunctionError":        {"term"},
	"BadStructError":          {"struct", "term"},
	"BadMapError":             {"term"},
	"BadBooleanError":         {"term", "operator"},
	"MatchError":              {"term"},
	"CaseClauseError":         {"term"},
	"WithClauseError":         {"term"},
	"CondClauseError":         {},
	"TryClauseError":          {"term"},
	"BadArityError":           {"function", "args"},
	"UndefinedFunctionError":  {"module", "function", "arity", "reason", "message"},
	"FunctionClauseError":     {"module", "function", "arity", "kind", "args", "clauses"},
	"Protocol.UndefinedError": {"protocol", "value", "description"},
	"KeyError":                {"key", "term", "message"},
	"UnicodeConversionError":  {"encoded", "message"},
	"Enum.OutOfBoundsError":   {"message"},
	"Enum.EmptyError":         {"message"},
	"Regex.CompileError":      {"message"},
	"File.Error":              {"reason", "path", "action"},
	"ErlangError":             {"original", "reason"},
	"Range":                   {"first", "last", "step"},
	"MapSet":                  {"map"},
	"Task":                    {"mfa", "owner", "pid", "ref"},
	"URI":                     {"scheme", "authority", "userinfo", "host", "port", "path", "query", "fragment"},
	"Duration":                {"year", "month", "week", "day", "hour", "minute", "second", "microsecond"},
	"Version":                 {"major", "minor", "patch", "pre", "build"},
	"Stream":                  {"enum", "funs", "accs", "done"},
	"IO.Stream":               {"device", "raw", "line_or_bytes"},
	"Date":                    {"calendar", "year", "month", "day"},
	"Time":                    {"calendar", "hour", "minute", "second", "microsecond"},
}

// builtinFields returns the field order of a standard library struct.
func builtinFields(mod term.Atom) ([]term.Atom, bool) {
	name, ok := strings.CutPrefix(mod.Name(), "Elixir.")
	if !ok {
		return nil, false
	}
	names, ok := builtinStructFields[name]
	if !ok {
		return nil, false
	}
	out := make([]term.Atom, len(names))
	for i, n := range names {
		out[i] = term.MakeAtom(n)
	}
	return out, true
}

// intField returns an integer field of m.
func intField(m *term.Map, name string) (int64, bool) {
	v, ok := m.Get(term.MakeAtom(name))
	if !ok {
		return 0, false
	}
	i, ok := v.(term.Int)
	return int64(i), ok
}

func isISO(m *term.Map) bool {
	c, ok := m.Get(term.MakeAtom("calendar"))
	return ok && c == term.Term(atomCalendarISO)
}

func pad(n int64, width int) string {
	s := strconv.FormatInt(n, 10)
	if n < 0 {
		s = s[1:]
	}
	if len(s) < width {
		s = strings.Repeat("0", width-len(s)) + s
	}
	if n < 0 {
		return "-" + s
	}
	return s
}

// isoDate formats Calendar.ISO.date_to_string/3; inRange is whether the
// year is within -9999..9999 (sigils are used only then).
func isoDate(m *term.Map) (s string, inRange, ok bool) {
	y, ok1 := intField(m, "year")
	mo, ok2 := intField(m, "month")
	d, ok3 := intField(m, "day")
	if !ok1 || !ok2 || !ok3 || !isISO(m) {
		return "", false, false
	}
	return pad(y, 4) + "-" + pad(mo, 2) + "-" + pad(d, 2), y >= -9999 && y <= 9999, true
}

// isoTime formats Calendar.ISO.time_to_string/4.
func isoTime(m *term.Map) (string, bool) {
	h, ok1 := intField(m, "hour")
	mi, ok2 := intField(m, "minute")
	s, ok3 := intField(m, "second")
	us, prec, ok4 := microsecond(m)
	if !ok1 || !ok2 || !ok3 || !ok4 || !isISO(m) {
		return "", false
	}
	out := pad(h, 2) + ":" + pad(mi, 2) + ":" + pad(s, 2)
	if prec > 0 {
		out += "." + pad(us, 6)[:prec]
	}
	return out, true
}

func microsecond(m *term.Map) (us int64, prec int, ok bool) {
	v, ok := m.Get(term.MakeAtom("microsecond"))
	if !ok {
		return 0, 0, false
	}
	t, ok := v.(term.Tuple)
	if !ok || len(t) != 2 {
		return 0, 0, false
	}
	u, ok1 := t[0].(term.Int)
	p, ok2 := t[1].(term.Int)
	if !ok1 || !ok2 || p < 0 || p > 6 || u < 0 {
		return 0, 0, false
	}
	return int64(u), int(p), true
}

func dateInspect(m *term.Map) (string, bool) {
	s, inRange, ok := isoDate(m)
	if !ok {
		return "", false
	}
	if inRange {
		return "~D[" + s + "]", true
	}
	y, _ := intField(m, "year")
	mo, _ := intField(m, "month")
	d, _ := intField(m, "day")
	return "Date.new!(" + strconv.FormatInt(y, 10) + ", " + strconv.FormatInt(mo, 10) + ", " + strconv.FormatInt(d, 10) + ")", true
}

func naiveInspect(m *term.Map) (string, bool) {
	d, inRange, ok := isoDate(m)
	t, ok2 := isoTime(m)
	if !ok || !ok2 {
		return "", false
	}
	if inRange {
		return "~N[" + d + " " + t + "]", true
	}
	var parts []string
	for _, f := range []string{"year", "month", "day", "hour", "minute", "second"} {
		v, _ := intField(m, f)
		parts = append(parts, strconv.FormatInt(v, 10))
	}
	us, _ := m.Get(term.MakeAtom("microsecond"))
	return "NaiveDateTime.new!(" + strings.Join(parts, ", ") + ", " + Inspect(us, Default()) + ")", true
}

func dateTimeInspect(m *term.Map) (string, bool) {
	d, inRange, ok := isoDate(m)
	t, ok2 := isoTime(m)
	utc, ok3 := intField(m, "utc_offset")
	std, ok4 := intField(m, "std_offset")
	tzv, _ := m.Get(term.MakeAtom("time_zone"))
	abbrv, _ := m.Get(term.MakeAtom("zone_abbr"))
	tz, ok5 := tzv.(term.Binary)
	abbr, ok6 := abbrv.(term.Binary)
	if !ok || !ok2 || !ok3 || !ok4 || !ok5 || !ok6 {
		return "", false
	}
	formatted := d + " " + t
	if utc == 0 && std == 0 && tz == "Etc/UTC" {
		formatted += "Z"
		if inRange {
			return "~U[" + formatted + "]", true
		}
		return "#DateTime<" + formatted + ">", true
	}
	total := utc + std
	sign := "+"
	if total < 0 {
		sign = "-"
		total = -total
	}
	formatted += sign + pad(total/3600, 2) + ":" + pad(total%3600/60, 2) + " " + string(abbr) + " " + string(tz)
	return "#DateTime<" + formatted + ">", true
}

func dateRangeDoc(m *term.Map) (Doc, bool) {
	first, ok1 := m.Get(atomFirst)
	last, ok2 := m.Get(atomLast)
	step, ok3 := intField(m, "step")
	fm, ok4 := first.(*term.Map)
	lm, ok5 := last.(*term.Map)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 {
		return nil, false
	}
	f, okf := dateInspect(fm)
	l, okl := dateInspect(lm)
	if !okf || !okl {
		return nil, false
	}
	if step == 1 {
		return Text("Date.range(" + f + ", " + l + ")"), true
	}
	return Text("Date.range(" + f + ", " + l + ", " + strconv.FormatInt(step, 10) + ")"), true
}

// regexDoc prints %Regex{source: ..., opts: [...]} as ~r/source/flags,
// or as Regex.compile!(source, opts) when an option has no flag.
func regexDoc(m *term.Map, opts Options) (Doc, bool) {
	srcv, ok1 := m.Get(term.MakeAtom("source"))
	optv, ok2 := m.Get(term.MakeAtom("opts"))
	src, ok3 := srcv.(term.Binary)
	if !ok1 || !ok2 || !ok3 {
		return nil, false
	}
	list, ok := term.ListToSlice(optv)
	if !ok {
		return nil, false
	}
	flags, ok := regexFlags(list)
	if !ok {
		return Concat(Text("Regex.compile!("), binaryDoc(string(src), opts), Text(", "), ToDoc(optv, opts), Text(")")), true
	}
	esc, _ := escapeWith(normalizeRegex(string(src)), '/', Infinity, escapeRegex)
	return Text("~r/" + esc + "/" + flags), true
}

// regexFlags translates compile options back to the sigil's flags, in
// the order Elixir prints them; ok is false for an option with no flag.
func regexFlags(opts []term.Term) (string, bool) {
	var flags []byte
	name := func(i int) string {
		if i < len(opts) {
			if a, ok := opts[i].(term.Atom); ok {
				return a.Name()
			}
			if t, ok := opts[i].(term.Tuple); ok && len(t) == 2 {
				if a, ok := t[0].(term.Atom); ok && a.Name() == "newline" {
					if b, ok := t[1].(term.Atom); ok && b.Name() == "anycrlf" {
						return "newline_anycrlf"
					}
				}
			}
		}
		return ""
	}
	for i := 0; i < len(opts); {
		switch name(i) {
		case "dotall":
			if name(i+1) != "newline_anycrlf" {
				return "", false
			}
			flags = append(flags, 's')
			i += 2
			continue
		case "unicode":
			if name(i+1) != "ucp" {
				return "", false
			}
			flags = append(flags, 'u')
			i += 2
			continue
		case "caseless":
			flags = append(flags, 'i')
		case "extended":
			flags = append(flags, 'x')
		case "firstline":
			flags = append(flags, 'f')
		case "ungreedy":
			flags = append(flags, 'U')
		case "multiline":
			flags = append(flags, 'm')
		default:
			return "", false
		}
		i++
	}
	// Elixir accumulates the flags in reverse.
	for i, j := 0, len(flags)-1; i < j; i, j = i+1, j-1 {
		flags[i], flags[j] = flags[j], flags[i]
	}
	return string(flags), true
}

func normalizeRegex(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			switch {
			case s[i+1] == '\\':
				sb.WriteString(`\\`)
				i++
				continue
			case s[i+1] == '/':
				sb.WriteByte('/')
				i++
				continue
			case s[i+1] == '#' && i+2 < len(s) && s[i+2] == '{':
				sb.WriteString("#{")
				i += 2
				continue
			}
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}
