package stdlib

import (
	"strconv"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Calendar.strftime/2,3: a format's %-directives with the -, 0 and _
// padding modifiers and a width, over any map with the fields a
// directive reads (a Date, Time, NaiveDateTime, DateTime...), and the
// options that rename months, days and am/pm or change the preferred
// (%c %x %X) formats.

func init() { rt.RegisterLazy(registerStrftime) }

// registerStrftime registers the built-ins of this file (see rt.RegisterLazy).
func registerStrftime() {
	rt.Register("Calendar", map[string]rt.BuiltinFunc{
		"strftime/2": func(env rt.Env, a []term.Term) term.Term { return strftime(env, a[0], a[1], term.Nil) },
		"strftime/3": func(env rt.Env, a []term.Term) term.Term { return strftime(env, a[0], a[1], a[2]) },
	})
}

var (
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
	dayNames = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)

// strftimeOpts are Calendar.strftime's options: the preferred formats
// and the naming functions (nil: the English defaults).
type strftimeOpts struct {
	preferred                            map[byte]string
	amPM, months, days, abMonths, abDays term.Term
	invoked                              map[byte]bool
}

func strftime(env rt.Env, dt, format, options term.Term) term.Term {
	m, ok1 := dt.(*term.Map)
	f, ok2 := format.(term.Binary)
	if !ok1 || !ok2 {
		functionClause("Calendar", "strftime", 3)
	}
	o := &strftimeOpts{preferred: map[byte]string{'x': "%Y-%m-%d", 'X': "%H:%M:%S", 'c': "%Y-%m-%d %H:%M:%S"}, invoked: map[byte]bool{}}
	opts, ok := term.ListToSlice(options)
	if !ok {
		functionClause("Calendar", "strftime", 3)
	}
	for _, kv := range opts {
		k, v, ok := pair(kv)
		if !ok {
			functionClause("Calendar", "strftime", 3)
		}
		switch name := k.(term.Atom).Name(); name {
		case "preferred_date", "preferred_time", "preferred_datetime":
			s, ok := v.(term.Binary)
			if !ok {
				functionClause("Calendar", "strftime", 3)
			}
			o.preferred[map[string]byte{"preferred_date": 'x', "preferred_time": 'X', "preferred_datetime": 'c'}[name]] = string(s)
		case "am_pm_names":
			o.amPM = v
		case "month_names":
			o.months = v
		case "day_of_week_names":
			o.days = v
		case "abbreviated_month_names":
			o.abMonths = v
		case "abbreviated_day_of_week_names":
			o.abDays = v
		default:
			rt.ArgumentError("unknown option " + rt.Inspect(env, k) + " given to Calendar.strftime/3")
		}
	}
	var b strings.Builder
	o.format(env, &b, m, string(f))
	return term.Binary(b.String())
}

// field is the integer field key of the map m, raising KeyError as
// datetime.key does when it is missing.
func strftimeField(m *term.Map, key string) int64 {
	v, ok := m.Get(term.MakeAtom(key))
	if !ok {
		keyError(term.MakeAtom(key), m)
	}
	n, ok := v.(term.Int)
	if !ok {
		badArith()
	}
	return int64(n)
}

// name calls the naming option fun on n, or picks the default.
func (o *strftimeOpts) name(env rt.Env, fun term.Term, arg term.Term, def string) string {
	if fun == nil {
		return def
	}
	v := env.Call(fun, []term.Term{arg})
	s, ok := v.(term.Binary)
	if !ok {
		rt.ArgumentError("expected a string from a Calendar.strftime/3 naming function, got: " + rt.Inspect(env, v))
	}
	return string(s)
}

func (o *strftimeOpts) format(env rt.Env, b *strings.Builder, m *term.Map, f string) {
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			b.WriteByte(f[i])
			continue
		}
		i++
		width, pad := -1, ""
		padSet := false
		for i < len(f) {
			c := f[i]
			switch {
			case c == '-' && !padSet:
				pad, padSet = "", true
			case c == '0' && width < 0 && !padSet:
				pad, padSet = "0", true
			case c == '_' && !padSet:
				pad, padSet = " ", true
			case c >= '0' && c <= '9':
				if width < 0 {
					width = 0
				}
				width = width*10 + int(c-'0')
			default:
				goto directive
			}
			i++
		}
	directive:
		if i >= len(f) {
			rt.ArgumentError("invalid strftime format: %")
		}
		c := f[i]
		if !padSet {
			pad = "0"
			if strings.IndexByte("aAbBpPZ", c) >= 0 {
				pad = " "
			}
		}
		if width < 0 {
			switch {
			case strings.IndexByte("dHImMSy", c) >= 0:
				width = 2
			case c == 'j':
				width = 3
			case c == 'Y' || c == 'z':
				width = 4
			default:
				width = 0
			}
		}
		num := func(n int64) { b.WriteString(padText(strconv.FormatInt(n, 10), width, pad)) }
		date := func() (int64, int64, int64) {
			return strftimeField(m, "year"), strftimeField(m, "month"), strftimeField(m, "day")
		}
		switch c {
		case '%':
			b.WriteString(padText("%", width, pad))
		case 'a', 'A':
			dow := dayOfWeek(date())
			if c == 'a' {
				b.WriteString(padText(o.name(env, o.abDays, term.Int(dow), dayNames[dow-1][:3]), width, pad))
			} else {
				b.WriteString(padText(o.name(env, o.days, term.Int(dow), dayNames[dow-1]), width, pad))
			}
		case 'b', 'B':
			mo := strftimeField(m, "month")
			if mo < 1 || mo > 12 {
				rt.ArgumentError("out of range month: " + strconv.FormatInt(mo, 10))
			}
			if c == 'b' {
				b.WriteString(padText(o.name(env, o.abMonths, term.Int(mo), monthNames[mo-1][:3]), width, pad))
			} else {
				b.WriteString(padText(o.name(env, o.months, term.Int(mo), monthNames[mo-1]), width, pad))
			}
		case 'c', 'x', 'X':
			if o.invoked[c] {
				what := map[byte]string{'c': "preferred_datetime", 'x': "preferred_date", 'X': "preferred_time"}[c]
				rt.ArgumentError("tried to format " + what + " within another " + what + " format")
			}
			o.invoked[c] = true
			var inner strings.Builder
			o.format(env, &inner, m, o.preferred[c])
			o.invoked[c] = false
			s := inner.String()
			if n := len([]rune(s)); n < width {
				s = strings.Repeat(pad, width-n) + s
			}
			b.WriteString(s)
		case 'd':
			num(strftimeField(m, "day"))
		case 'f':
			v, _ := m.Get(term.MakeAtom("microsecond"))
			us, ok := v.(term.Tuple)
			if !ok || len(us) != 2 {
				keyError(term.MakeAtom("microsecond"), m)
			}
			n, _ := us[0].(term.Int)
			p, _ := us[1].(term.Int)
			s := padText(strconv.FormatInt(int64(n), 10), 6, "0")
			b.WriteString(s[:max(int(p), 1)])
		case 'H':
			num(strftimeField(m, "hour"))
		case 'I':
			num((strftimeField(m, "hour")+23)%12 + 1)
		case 'j':
			y, mo, d := date()
			num(daysFromCivil(y, mo, d) - daysFromCivil(y, 1, 1) + 1)
		case 'm':
			num(strftimeField(m, "month"))
		case 'M':
			num(strftimeField(m, "minute"))
		case 'p', 'P':
			which, def := term.MakeAtom("am"), "am"
			if strftimeField(m, "hour") > 11 {
				which, def = term.MakeAtom("pm"), "pm"
			}
			s := o.name(env, o.amPM, which, def)
			if c == 'p' {
				s = strings.ToUpper(s)
			} else {
				s = strings.ToLower(s)
			}
			b.WriteString(padText(s, width, pad))
		case 'q':
			num((strftimeField(m, "month")-1)/3 + 1)
		case 'S':
			num(strftimeField(m, "second"))
		case 'u':
			num(dayOfWeek(date()))
		case 'y':
			num(strftimeField(m, "year") % 100)
		case 'Y':
			y := strftimeField(m, "year")
			if y < 0 {
				b.WriteByte('-')
				y = -y
			}
			num(y)
		case 's':
			y, mo, d := date()
			secs := (daysFromCivil(y, mo, d)-daysFromCivil(1970, 1, 1))*86400 +
				strftimeField(m, "hour")*3600 + strftimeField(m, "minute")*60 + strftimeField(m, "second")
			if _, zoned := m.Get(term.MakeAtom("utc_offset")); zoned {
				secs -= strftimeField(m, "utc_offset") + strftimeField(m, "std_offset")
			}
			b.WriteString(strconv.FormatInt(secs, 10))
		case 'z':
			if _, zoned := m.Get(term.MakeAtom("utc_offset")); !zoned {
				break
			}
			off := strftimeField(m, "utc_offset") + strftimeField(m, "std_offset")
			sign := "+"
			if off < 0 {
				sign, off = "-", -off
			}
			b.WriteString(sign + padText(strconv.FormatInt(off/3600*100+off/60%60, 10), width, pad))
		case 'Z':
			s := ""
			if v, ok := m.Get(term.MakeAtom("zone_abbr")); ok {
				if bs, ok := v.(term.Binary); ok {
					s = string(bs)
				}
			}
			b.WriteString(padText(s, width, pad))
		default:
			r := []rune(f[i:])
			rt.ArgumentError("invalid strftime format: %" + string(r[0]))
		}
	}
}

// padText pads s on the left to width bytes with pad.
func padText(s string, width int, pad string) string {
	if n := width - len(s); n > 0 {
		return strings.Repeat(pad, n) + s
	}
	return s
}
