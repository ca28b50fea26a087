package stdlib

import (
	"fmt"
	"strconv"
	"time"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Date, Time, NaiveDateTime and DateTime (UTC only) on the ISO calendar,
// at the level courses use them; Calendar.ISO helpers; ~D ~T ~N ~U.

type calKind int

const (
	kindDate calKind = iota
	kindTime
	kindNaive
	kindDateTime
)

var calModules = [...]string{"Date", "Time", "NaiveDateTime", "DateTime"}

// calValue is a calendar struct's contents.
type calValue struct {
	kind                 calKind
	year, month, day     int64
	hour, minute, second int64
	us, prec             int64 // microsecond value and precision (0..6)
	// DateTime only: the zone; zone "" stands for Etc/UTC.
	zone, abbr string
	off, std   int64 // utc_offset and std_offset in seconds
}

// zoneName is the DateTime's time zone name.
func (c calValue) zoneName() string {
	if c.zone == "" {
		return "Etc/UTC"
	}
	return c.zone
}

// isUTC reports whether c is a DateTime in Etc/UTC.
func (c calValue) isUTC() bool { return c.zoneName() == "Etc/UTC" }

// setZone gives c a zone period.
func (c *calValue) setZone(zone, abbr string, off, std int64) {
	c.zone, c.abbr, c.off, c.std = zone, abbr, off, std
}

var atomCalendarISO = term.MakeAtom("Elixir.Calendar.ISO")

func (c calValue) toTerm() term.Term {
	m := term.EmptyMap.Put(atom("__struct__"), rt.ModuleAtom(calModules[c.kind])).
		Put(atom("calendar"), atomCalendarISO)
	if c.kind != kindTime {
		m = m.Put(atom("year"), term.Int(c.year)).Put(atom("month"), term.Int(c.month)).Put(atom("day"), term.Int(c.day))
	}
	if c.kind != kindDate {
		m = m.Put(atom("hour"), term.Int(c.hour)).Put(atom("minute"), term.Int(c.minute)).
			Put(atom("second"), term.Int(c.second)).
			Put(atom("microsecond"), term.Tuple{term.Int(c.us), term.Int(c.prec)})
	}
	if c.kind == kindDateTime {
		abbr := c.abbr
		if c.zone == "" {
			abbr = "UTC"
		}
		m = m.Put(atom("time_zone"), term.Binary(c.zoneName())).Put(atom("zone_abbr"), term.Binary(abbr)).
			Put(atom("utc_offset"), term.Int(c.off)).Put(atom("std_offset"), term.Int(c.std))
	}
	return m
}

// calOf reads a calendar struct; ok is false for anything else. A
// NaiveDateTime or DateTime also reads as a Date or Time where functions
// accept them.
func calOf(t term.Term) (calValue, bool) {
	m, ok := t.(*term.Map)
	if !ok {
		return calValue{}, false
	}
	s, _ := m.Get(atom("__struct__"))
	var c calValue
	switch s {
	case rt.ModuleAtom("Date"):
		c.kind = kindDate
	case rt.ModuleAtom("Time"):
		c.kind = kindTime
	case rt.ModuleAtom("NaiveDateTime"):
		c.kind = kindNaive
	case rt.ModuleAtom("DateTime"):
		c.kind = kindDateTime
	default:
		return c, false
	}
	get := func(k string) int64 {
		v, _ := m.Get(atom(k))
		n, _ := v.(term.Int)
		return int64(n)
	}
	if c.kind != kindTime {
		c.year, c.month, c.day = get("year"), get("month"), get("day")
	}
	if c.kind != kindDate {
		c.hour, c.minute, c.second = get("hour"), get("minute"), get("second")
		if us, ok := m.Get(atom("microsecond")); ok {
			if tu, ok := us.(term.Tuple); ok && len(tu) == 2 {
				v, _ := tu[0].(term.Int)
				p, _ := tu[1].(term.Int)
				c.us, c.prec = int64(v), int64(p)
			}
		}
	}
	if c.kind == kindDateTime {
		z, _ := m.Get(atom("time_zone"))
		ab, _ := m.Get(atom("zone_abbr"))
		zs, _ := z.(term.Binary)
		as, _ := ab.(term.Binary)
		c.setZone(string(zs), string(as), get("utc_offset"), get("std_offset"))
		if c.zone == "Etc/UTC" && c.abbr == "UTC" {
			c.zone, c.abbr = "", ""
		}
	}
	return c, true
}

// --- ISO calendar arithmetic ---------------------------------------------

func leapYear(y int64) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysInMonth(y, m int64) int64 {
	switch m {
	case 2:
		if leapYear(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func validDate(y, m, d int64) bool {
	return y >= -9999 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
}

func validTime(h, mi, s, us, p int64) bool {
	return h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && s >= 0 && s <= 59 && us >= 0 && us <= 999999 && p >= 0 && p <= 6
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// daysFromCivil returns days since 0000-01-01 (Gregorian days, as
// Date.to_gregorian_days/1).
func daysFromCivil(y, m, d int64) int64 {
	// days since 1970-01-01, then shift
	yy := y
	if m <= 2 {
		yy--
	}
	era := floorDiv(yy, 400)
	yoe := yy - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	unix := era*146097 + doe - 719468
	return unix + 719528
}

func civilFromDays(g int64) (int64, int64, int64) {
	z := g - 719528 + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// dayOfWeek is ISO: Monday 1 .. Sunday 7.
func dayOfWeek(y, m, d int64) int64 {
	g := daysFromCivil(y, m, d)
	// 0000-01-01 was a Saturday (6)
	return g + 5 - floorDiv(g+5, 7)*7 + 1
}

// microseconds since 0000-01-01T00:00:00 for the date-time parts.
func (c calValue) totalUS() int64 {
	var days int64
	if c.kind != kindTime {
		days = daysFromCivil(c.year, c.month, c.day)
	}
	secs := days*86400 + c.hour*3600 + c.minute*60 + c.second
	return secs*1_000_000 + c.us
}

// utcUS is totalUS in UTC: a DateTime's wall time less its offsets.
func (c calValue) utcUS() int64 {
	if c.kind == kindDateTime {
		return c.totalUS() - (c.off+c.std)*1_000_000
	}
	return c.totalUS()
}

func fromTotalUS(kind calKind, total, prec int64) calValue {
	c := calValue{kind: kind, prec: prec}
	secs := floorDiv(total, 1_000_000)
	c.us = total - secs*1_000_000
	days := floorDiv(secs, 86400)
	rem := secs - days*86400
	c.hour, c.minute, c.second = rem/3600, rem%3600/60, rem%60
	if kind != kindTime {
		c.year, c.month, c.day = civilFromDays(days)
	}
	return c
}

// --- text ----------------------------------------------------------------

func pad(n int64, w int) string {
	s := strconv.FormatInt(abs64(n), 10)
	for len(s) < w {
		s = "0" + s
	}
	if n < 0 {
		return "-" + s
	}
	return s
}

func abs64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

func (c calValue) dateText() string { return c.dateTextFmt(false) }

// dateTextFmt writes the date in ISO 8601's extended or basic format.
func (c calValue) dateTextFmt(basic bool) string {
	if basic {
		return pad(c.year, 4) + pad(c.month, 2) + pad(c.day, 2)
	}
	return pad(c.year, 4) + "-" + pad(c.month, 2) + "-" + pad(c.day, 2)
}

func (c calValue) timeText() string { return c.timeTextFmt(false) }

// timeTextFmt writes the time in ISO 8601's extended or basic format.
func (c calValue) timeTextFmt(basic bool) string {
	sep := ":"
	if basic {
		sep = ""
	}
	s := pad(c.hour, 2) + sep + pad(c.minute, 2) + sep + pad(c.second, 2)
	if c.prec > 0 {
		frac := pad(c.us, 6)
		s += "." + frac[:c.prec]
	}
	return s
}

// offsetText is Calendar.ISO's offset: "Z" for Etc/UTC at offset 0,
// else ±HH:MM (±HHMM in the basic format).
func offsetText(zone string, off, std int64, basic bool) string {
	total := off + std
	if total == 0 && zone == "Etc/UTC" {
		return "Z"
	}
	sign := "+"
	if total < 0 {
		sign, total = "-", -total
	}
	sep := ":"
	if basic {
		sep = ""
	}
	return sign + pad(total/3600, 2) + sep + pad(total%3600/60, 2)
}

// text is to_string/1 (sep " ") or to_iso8601/1 (sep "T").
func (c calValue) text(sep string) string { return c.textFmt(sep, false) }

// textFmt is text in the extended or basic format. A DateTime's to_string
// (sep " ") names its zone unless it is Etc/UTC; to_iso8601 never does.
func (c calValue) textFmt(sep string, basic bool) string {
	switch c.kind {
	case kindDate:
		return c.dateTextFmt(basic)
	case kindTime:
		return c.timeTextFmt(basic)
	case kindNaive:
		return c.dateTextFmt(basic) + sep + c.timeTextFmt(basic)
	}
	s := c.dateTextFmt(basic) + sep + c.timeTextFmt(basic) + offsetText(c.zoneName(), c.off, c.std, basic)
	if sep == " " && !c.isUTC() {
		s += " " + c.abbr + " " + c.zone
	}
	return s
}

// calendarToString is String.Chars for the calendar structs.
func calendarToString(m *term.Map) (string, bool) {
	c, ok := calOf(m)
	if !ok {
		return "", false
	}
	return c.text(" "), true
}

// --- parsing ---------------------------------------------------------------

type isoParser struct {
	s     string
	i     int
	basic bool // ISO 8601's basic format (no - or : separators)
}

func (p *isoParser) digits(n int) (int64, bool) {
	if p.i+n > len(p.s) {
		return 0, false
	}
	var v int64
	for j := 0; j < n; j++ {
		c := p.s[p.i+j]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int64(c-'0')
	}
	p.i += n
	return v, true
}

func (p *isoParser) lit(c byte) bool {
	if p.i < len(p.s) && p.s[p.i] == c {
		p.i++
		return true
	}
	return false
}

// sep reads c in the extended format and nothing in the basic one.
func (p *isoParser) sep(c byte) bool { return p.basic || p.lit(c) }

func (p *isoParser) date(c *calValue) bool {
	neg := p.lit('-')
	if !neg {
		p.lit('+')
	}
	y, ok1 := p.digits(4)
	if !ok1 || !p.sep('-') {
		return false
	}
	m, ok2 := p.digits(2)
	if !ok2 || !p.sep('-') {
		return false
	}
	d, ok3 := p.digits(2)
	if !ok3 {
		return false
	}
	if neg {
		y = -y
	}
	c.year, c.month, c.day = y, m, d
	return true
}

func (p *isoParser) time(c *calValue) bool {
	h, ok1 := p.digits(2)
	if !ok1 || !p.sep(':') {
		return false
	}
	mi, ok2 := p.digits(2)
	if !ok2 || !p.sep(':') {
		return false
	}
	s, ok3 := p.digits(2)
	if !ok3 {
		return false
	}
	c.hour, c.minute, c.second = h, mi, s
	if p.i < len(p.s) && (p.s[p.i] == '.' || p.s[p.i] == ',') {
		p.i++
		start := p.i
		var us int64
		for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
			if p.i-start < 6 {
				us = us*10 + int64(p.s[p.i]-'0')
			}
			p.i++
		}
		n := p.i - start
		if n == 0 {
			return false
		}
		prec := n
		if prec > 6 {
			prec = 6
		}
		for k := prec; k < 6; k++ {
			us *= 10
		}
		c.us, c.prec = us, int64(prec)
	}
	return true
}

// offset parses Z, ±HH:MM, ±HHMM or ±HH (in either format); present is
// false when there is none. -00:00 and out-of-range offsets are invalid.
func (p *isoParser) offset() (secs int64, present, ok bool) {
	if p.i >= len(p.s) {
		return 0, false, true
	}
	if p.lit('Z') {
		return 0, true, true
	}
	if p.s[p.i:] == "-00:00" {
		return 0, true, false
	}
	sign := int64(1)
	switch {
	case p.lit('+'):
	case p.lit('-'):
		sign = -1
	default:
		return 0, false, false
	}
	h, ok1 := p.digits(2)
	if !ok1 {
		return 0, true, false
	}
	var m int64
	if p.lit(':') {
		v, ok2 := p.digits(2)
		if !ok2 {
			return 0, true, false
		}
		m = v
	} else if v, ok2 := p.digits(2); ok2 {
		m = v
	}
	if h > 23 || m > 59 {
		return 0, true, false
	}
	return sign * (h*3600 + m*60), true, true
}

// parseISO parses kind's ISO 8601 extended form; reason is the error
// atom name.
func parseISO(kind calKind, s string) (calValue, int64, string) {
	return parseISOFmt(kind, s, false)
}

// parseISOFmt parses kind's ISO 8601 extended or basic form.
func parseISOFmt(kind calKind, s string, basic bool) (calValue, int64, string) {
	p := &isoParser{s: s, basic: basic}
	c := calValue{kind: kind}
	var off int64
	switch kind {
	case kindDate:
		if !p.date(&c) || p.i != len(s) {
			return c, 0, "invalid_format"
		}
		if !validDate(c.year, c.month, c.day) {
			return c, 0, "invalid_date"
		}
		return c, 0, ""
	case kindTime:
		p.lit('T')
		if !p.time(&c) {
			return c, 0, "invalid_format"
		}
		if _, _, ok := p.offset(); !ok || p.i != len(s) {
			return c, 0, "invalid_format"
		}
	default:
		if !p.date(&c) || !(p.lit('T') || p.lit(' ')) || !p.time(&c) {
			return c, 0, "invalid_format"
		}
		o, present, ok := p.offset()
		if !ok || p.i != len(s) {
			return c, 0, "invalid_format"
		}
		if !validDate(c.year, c.month, c.day) {
			return c, 0, "invalid_date"
		}
		if !validTime(c.hour, c.minute, c.second, c.us, c.prec) {
			return c, 0, "invalid_time"
		}
		if kind == kindDateTime && !present {
			return c, 0, "missing_offset"
		}
		off = o
	}
	if !validTime(c.hour, c.minute, c.second, c.us, c.prec) {
		return c, 0, "invalid_time"
	}
	if kind == kindDateTime && off != 0 {
		c = fromTotalUS(kindDateTime, c.totalUS()-off*1_000_000, c.prec)
	}
	return c, off, ""
}

// --- built-ins -------------------------------------------------------------

// now is the program's wall clock: the Env's, the process runtime's
// (virtual in deterministic runs) or the host's.
func now(env rt.Env) time.Time {
	if ce, ok := env.(rt.ClockEnv); ok {
		return ce.Now()
	}
	if bp := rt.ProcessOf(env); bp != nil {
		return time.UnixMicro(bp.Runtime().SystemTimeMicros())
	}
	return time.Now()
}

func calFromTime(kind calKind, t time.Time) calValue {
	t = t.UTC()
	return calValue{kind: kind, year: int64(t.Year()), month: int64(t.Month()), day: int64(t.Day()),
		hour: int64(t.Hour()), minute: int64(t.Minute()), second: int64(t.Second()),
		us: int64(t.Nanosecond() / 1000), prec: 6}
}

func calArg(mfa string, a []term.Term, i int, kinds ...calKind) calValue {
	c, ok := calOf(a[i])
	if ok {
		for _, k := range kinds {
			if c.kind == k {
				return c
			}
		}
	}
	fnClauseError(mfa, a)
	return c
}

func intArgs(mfa string, a []term.Term, idx ...int) []int64 {
	out := make([]int64, len(idx))
	for j, i := range idx {
		n, ok := a[i].(term.Int)
		if !ok {
			fnClauseError(mfa, a)
		}
		out[j] = int64(n)
	}
	return out
}

func cmpAtom(x, y int64) term.Term {
	switch {
	case x < y:
		return atom("lt")
	case x > y:
		return atom("gt")
	}
	return atom("eq")
}

// unitUS returns how many microseconds one unit is and the precision it
// implies; ok is false for an unknown unit.
func unitUS(u term.Term) (int64, int64, bool) {
	switch u {
	case atom("day"):
		return 86400_000_000, 0, true
	case atom("hour"):
		return 3600_000_000, 0, true
	case atom("minute"):
		return 60_000_000, 0, true
	case atom("second"):
		return 1_000_000, 0, true
	case atom("millisecond"):
		return 1000, 3, true
	case atom("microsecond"):
		return 1, 6, true
	}
	return 0, 0, false
}

func badUnit(env rt.Env, u term.Term) {
	rt.ArgumentError("unsupported time unit. Expected :day, :hour, :minute, :second, :millisecond, :microsecond, :nanosecond, or a positive integer, got " + rt.Inspect(env, u))
}

func okTuple(t term.Term) term.Term { return term.Tuple{term.OK, t} }
func errTuple(reason string) term.Term {
	return term.Tuple{term.ErrorAtom, atom(reason)}
}

func init() { rt.RegisterLazy(registerCalendar) }

// registerCalendar registers the built-ins of this file (see rt.RegisterLazy).
func registerCalendar() {
	dateFns := map[string]rt.BuiltinFunc{
		"new/3": func(env rt.Env, a []term.Term) term.Term {
			v := intArgs("Date.new/3", a, 0, 1, 2)
			if !validDate(v[0], v[1], v[2]) {
				return errTuple("invalid_date")
			}
			return okTuple(calValue{kind: kindDate, year: v[0], month: v[1], day: v[2]}.toTerm())
		},
		"new!/3": func(env rt.Env, a []term.Term) term.Term {
			v := intArgs("Date.new!/3", a, 0, 1, 2)
			if !validDate(v[0], v[1], v[2]) {
				rt.ArgumentError("cannot build date, reason: :invalid_date")
			}
			return calValue{kind: kindDate, year: v[0], month: v[1], day: v[2]}.toTerm()
		},
		"utc_today/0": func(env rt.Env, a []term.Term) term.Term {
			c := calFromTime(kindDate, now(env))
			return calValue{kind: kindDate, year: c.year, month: c.month, day: c.day}.toTerm()
		},
		"day_of_week/1": func(env rt.Env, a []term.Term) term.Term {
			c := calArg("Date.day_of_week/1", a, 0, kindDate, kindNaive, kindDateTime)
			return term.Int(dayOfWeek(c.year, c.month, c.day))
		},
		"day_of_week/2": func(env rt.Env, a []term.Term) term.Term {
			c := calArg("Date.day_of_week/2", a, 0, kindDate, kindNaive, kindDateTime)
			dow := dayOfWeek(c.year, c.month, c.day)
			start := map[term.Term]int64{atom("default"): 1, atom("monday"): 1, atom("tuesday"): 2, atom("wednesday"): 3,
				atom("thursday"): 4, atom("friday"): 5, atom("saturday"): 6, atom("sunday"): 7}[a[1]]
			if start == 0 {
				fnClauseError("Date.day_of_week/2", a)
			}
			return term.Int((dow-start+7)%7 + 1)
		},
		"day_of_year/1": func(env rt.Env, a []term.Term) term.Term {
			c := calArg("Date.day_of_year/1", a, 0, kindDate, kindNaive, kindDateTime)
			return term.Int(daysFromCivil(c.year, c.month, c.day) - daysFromCivil(c.year, 1, 1) + 1)
		},
		"days_in_month/1": func(env rt.Env, a []term.Term) term.Term {
			c := calArg("Date.days_in_month/1", a, 0, kindDate, kindNaive, kindDateTime)
			return term.Int(daysInMonth(c.year, c.month))
		},
		"leap_year?/1": func(env rt.Env, a []term.Term) term.Term {
			c := calArg("Date.leap_year?/1", a, 0, kindDate, kindNaive, kindDateTime)
			return boolTerm(leapYear(c.year))
		},
		"beginning_of_month/1": func(env rt.Env, a []term.Term) term.Term {
			c := calArg("Date.beginning_of_month/1", a, 0, kindDate, kindNaive, kindDateTime)
			return calValue{kind: kindDate, year: c.year, month: c.month, day: 1}.toTerm()
		},
		"end_of_month/1": func(env rt.Env, a []term.Term) term.Term {
			c := calArg("Date.end_of_month/1", a, 0, kindDate, kindNaive, kindDateTime)
			return calValue{kind: kindDate, year: c.year, month: c.month, day: daysInMonth(c.year, c.month)}.toTerm()
		},
		"add/2": func(env rt.Env, a []term.Term) term.Term {
			c := calArg("Date.add/2", a, 0, kindDate, kindNaive, kindDateTime)
			n := intArgs("Date.add/2", a, 1)[0]
			y, m, d := civilFromDays(daysFromCivil(c.year, c.month, c.day) + n)
			return calValue{kind: kindDate, year: y, month: m, day: d}.toTerm()
		},
		"diff/2": func(env rt.Env, a []term.Term) term.Term {
			c1 := calArg("Date.diff/2", a, 0, kindDate, kindNaive, kindDateTime)
			c2 := calArg("Date.diff/2", a, 1, kindDate, kindNaive, kindDateTime)
			return term.Int(daysFromCivil(c1.year, c1.month, c1.day) - daysFromCivil(c2.year, c2.month, c2.day))
		},
		"to_gregorian_days/1": func(env rt.Env, a []term.Term) term.Term {
			c := calArg("Date.to_gregorian_days/1", a, 0, kindDate, kindNaive, kindDateTime)
			return term.Int(daysFromCivil(c.year, c.month, c.day))
		},
		"from_gregorian_days/1": func(env rt.Env, a []term.Term) term.Term {
			y, m, d := civilFromDays(intArgs("Date.from_gregorian_days/1", a, 0)[0])
			return calValue{kind: kindDate, year: y, month: m, day: d}.toTerm()
		},
		"to_erl/1": func(env rt.Env, a []term.Term) term.Term {
			c := calArg("Date.to_erl/1", a, 0, kindDate, kindNaive, kindDateTime)
			return term.Tuple{term.Int(c.year), term.Int(c.month), term.Int(c.day)}
		},
		"from_erl/1": func(env rt.Env, a []term.Term) term.Term {
			t, ok := a[0].(term.Tuple)
			if !ok || len(t) != 3 {
				fnClauseError("Date.from_erl/1", a)
			}
			v := intArgs("Date.from_erl/1", t, 0, 1, 2)
			if !validDate(v[0], v[1], v[2]) {
				return errTuple("invalid_date")
			}
			return okTuple(calValue{kind: kindDate, year: v[0], month: v[1], day: v[2]}.toTerm())
		},
		"quarter_of_year/1": func(env rt.Env, a []term.Term) term.Term {
			c := calArg("Date.quarter_of_year/1", a, 0, kindDate, kindNaive, kindDateTime)
			return term.Int((c.month-1)/3 + 1)
		},
		"months_in_year/1": func(env rt.Env, a []term.Term) term.Term { return term.Int(12) },
	}
	registerCommon(dateFns, kindDate, "Date", "date")
	rt.Register("Date", dateFns)

	timeFns := map[string]rt.BuiltinFunc{
		"new/3":  func(env rt.Env, a []term.Term) term.Term { return timeNew("Time.new/3", a, false) },
		"new/4":  func(env rt.Env, a []term.Term) term.Term { return timeNew("Time.new/4", a, false) },
		"new!/3": func(env rt.Env, a []term.Term) term.Term { return timeNew("Time.new!/3", a, true) },
		"new!/4": func(env rt.Env, a []term.Term) term.Term { return timeNew("Time.new!/4", a, true) },
		"utc_now/0": func(env rt.Env, a []term.Term) term.Term {
			c := calFromTime(kindTime, now(env))
			c.year, c.month, c.day = 0, 0, 0
			return c.toTerm()
		},
		"to_seconds_after_midnight/1": func(env rt.Env, a []term.Term) term.Term {
			c := calArg("Time.to_seconds_after_midnight/1", a, 0, kindTime, kindNaive, kindDateTime)
			return term.Tuple{term.Int(c.hour*3600 + c.minute*60 + c.second), term.Int(c.us)}
		},
		"to_erl/1": func(env rt.Env, a []term.Term) term.Term {
			c := calArg("Time.to_erl/1", a, 0, kindTime, kindNaive, kindDateTime)
			return term.Tuple{term.Int(c.hour), term.Int(c.minute), term.Int(c.second)}
		},
	}
	registerCommon(timeFns, kindTime, "Time", "time")
	rt.Register("Time", timeFns)

	naiveFns := map[string]rt.BuiltinFunc{
		"new/2": func(env rt.Env, a []term.Term) term.Term {
			d := calArg("NaiveDateTime.new/2", a, 0, kindDate)
			t := calArg("NaiveDateTime.new/2", a, 1, kindTime)
			return okTuple(combine(kindNaive, d, t).toTerm())
		},
		"new!/2": func(env rt.Env, a []term.Term) term.Term {
			d := calArg("NaiveDateTime.new!/2", a, 0, kindDate)
			t := calArg("NaiveDateTime.new!/2", a, 1, kindTime)
			return combine(kindNaive, d, t).toTerm()
		},
		"new/6":     func(env rt.Env, a []term.Term) term.Term { return naiveNew("NaiveDateTime.new/6", a, false) },
		"new/7":     func(env rt.Env, a []term.Term) term.Term { return naiveNew("NaiveDateTime.new/7", a, false) },
		"new!/6":    func(env rt.Env, a []term.Term) term.Term { return naiveNew("NaiveDateTime.new!/6", a, true) },
		"new!/7":    func(env rt.Env, a []term.Term) term.Term { return naiveNew("NaiveDateTime.new!/7", a, true) },
		"utc_now/0": func(env rt.Env, a []term.Term) term.Term { return calFromTime(kindNaive, now(env)).toTerm() },
		"local_now/0": func(env rt.Env, a []term.Term) term.Term {
			c := calFromTime(kindNaive, now(env))
			c.us, c.prec = 0, 0
			return c.toTerm()
		},
		"to_date/1": func(env rt.Env, a []term.Term) term.Term { return toDate("NaiveDateTime.to_date/1", a) },
		"to_time/1": func(env rt.Env, a []term.Term) term.Term { return toTime("NaiveDateTime.to_time/1", a) },
		"beginning_of_day/1": func(env rt.Env, a []term.Term) term.Term {
			c := calArg("NaiveDateTime.beginning_of_day/1", a, 0, kindNaive)
			c.hour, c.minute, c.second, c.us = 0, 0, 0, 0
			return c.toTerm()
		},
		"end_of_day/1": func(env rt.Env, a []term.Term) term.Term {
			c := calArg("NaiveDateTime.end_of_day/1", a, 0, kindNaive)
			c.hour, c.minute, c.second = 23, 59, 59
			c.us = 999999
			if c.prec < 6 {
				c.us = 999999 / pow10(6-c.prec) * pow10(6-c.prec)
			}
			return c.toTerm()
		},
		"to_erl/1": func(env rt.Env, a []term.Term) term.Term {
			c := calArg("NaiveDateTime.to_erl/1", a, 0, kindNaive, kindDateTime)
			return term.Tuple{term.Tuple{term.Int(c.year), term.Int(c.month), term.Int(c.day)},
				term.Tuple{term.Int(c.hour), term.Int(c.minute), term.Int(c.second)}}
		},
	}
	registerCommon(naiveFns, kindNaive, "NaiveDateTime", "naive datetime")
	rt.Register("NaiveDateTime", naiveFns)

	dtFns := map[string]rt.BuiltinFunc{
		"utc_now/0": func(env rt.Env, a []term.Term) term.Term { return calFromTime(kindDateTime, now(env)).toTerm() },
		"utc_now/1": func(env rt.Env, a []term.Term) term.Term {
			c := calFromTime(kindDateTime, now(env))
			return truncateTo(c, a[0], "DateTime.utc_now/1", a).toTerm()
		},
		"to_date/1": func(env rt.Env, a []term.Term) term.Term { return toDate("DateTime.to_date/1", a) },
		"to_time/1": func(env rt.Env, a []term.Term) term.Term { return toTime("DateTime.to_time/1", a) },
		"to_naive/1": func(env rt.Env, a []term.Term) term.Term {
			c := calArg("DateTime.to_naive/1", a, 0, kindDateTime)
			c.kind = kindNaive
			return c.toTerm()
		},
		"to_unix/1": func(env rt.Env, a []term.Term) term.Term {
			return dtToUnix(env, "DateTime.to_unix/1", a, atom("second"))
		},
		"to_unix/2": func(env rt.Env, a []term.Term) term.Term { return dtToUnix(env, "DateTime.to_unix/2", a, a[1]) },
		"from_unix/1": func(env rt.Env, a []term.Term) term.Term {
			return dtFromUnix(env, "DateTime.from_unix/1", a, atom("second"), false)
		},
		"from_unix/2": func(env rt.Env, a []term.Term) term.Term {
			return dtFromUnix(env, "DateTime.from_unix/2", a, a[1], false)
		},
		"from_unix!/1": func(env rt.Env, a []term.Term) term.Term {
			return dtFromUnix(env, "DateTime.from_unix!/1", a, atom("second"), true)
		},
		"from_unix!/2": func(env rt.Env, a []term.Term) term.Term {
			return dtFromUnix(env, "DateTime.from_unix!/2", a, a[1], true)
		},
	}
	registerCommon(dtFns, kindDateTime, "DateTime", "datetime")
	rt.Register("DateTime", dtFns)

	rt.Register("Calendar.ISO", map[string]rt.BuiltinFunc{
		"leap_year?/1": func(env rt.Env, a []term.Term) term.Term {
			return boolTerm(leapYear(intArgs("Calendar.ISO.leap_year?/1", a, 0)[0]))
		},
		"days_in_month/2": func(env rt.Env, a []term.Term) term.Term {
			v := intArgs("Calendar.ISO.days_in_month/2", a, 0, 1)
			if v[1] < 1 || v[1] > 12 {
				fnClauseError("Calendar.ISO.days_in_month/2", a)
			}
			return term.Int(daysInMonth(v[0], v[1]))
		},
		"day_of_week/3": func(env rt.Env, a []term.Term) term.Term {
			v := intArgs("Calendar.ISO.day_of_week/3", a, 0, 1, 2)
			return term.Int(dayOfWeek(v[0], v[1], v[2]))
		},
		"valid_date?/3": func(env rt.Env, a []term.Term) term.Term {
			v := intArgs("Calendar.ISO.valid_date?/3", a, 0, 1, 2)
			return boolTerm(validDate(v[0], v[1], v[2]))
		},
	})

	rt.Register("Kernel", map[string]rt.BuiltinFunc{
		"sigil_D/2": func(env rt.Env, a []term.Term) term.Term { return calSigil(env, "Kernel.sigil_D/2", a, kindDate) },
		"sigil_T/2": func(env rt.Env, a []term.Term) term.Term { return calSigil(env, "Kernel.sigil_T/2", a, kindTime) },
		"sigil_N/2": func(env rt.Env, a []term.Term) term.Term { return calSigil(env, "Kernel.sigil_N/2", a, kindNaive) },
		"sigil_U/2": func(env rt.Env, a []term.Term) term.Term { return calSigil(env, "Kernel.sigil_U/2", a, kindDateTime) },
	})
}

func pow10(n int64) int64 {
	r := int64(1)
	for ; n > 0; n-- {
		r *= 10
	}
	return r
}

// registerCommon adds the functions every calendar module shares.
func registerCommon(fns map[string]rt.BuiltinFunc, kind calKind, mod, noun string) {
	accepts := []calKind{kind}
	switch kind {
	case kindDate:
		accepts = []calKind{kindDate, kindNaive, kindDateTime}
	case kindTime:
		accepts = []calKind{kindTime, kindNaive, kindDateTime}
	case kindNaive:
		accepts = []calKind{kindNaive, kindDateTime}
	}
	fns["to_string/1"] = func(env rt.Env, a []term.Term) term.Term {
		c := calArg(mod+".to_string/1", a, 0, accepts...)
		c.kind = kind
		return term.Binary(c.text(" "))
	}
	fns["to_iso8601/1"] = func(env rt.Env, a []term.Term) term.Term {
		c := calArg(mod+".to_iso8601/1", a, 0, accepts...)
		c.kind = kind
		return term.Binary(c.text("T"))
	}
	fns["to_iso8601/2"] = func(env rt.Env, a []term.Term) term.Term {
		c := calArg(mod+".to_iso8601/2", a, 0, accepts...)
		c.kind = kind
		return term.Binary(c.textFmt("T", formatArg(mod+".to_iso8601/2", a, 1)))
	}
	parse := func(env rt.Env, mfa string, a []term.Term, bang bool, basic bool) term.Term {
		s := binArg(mfa, a, 0)
		c, off, reason := parseISOFmt(kind, s, basic)
		if reason != "" {
			if bang {
				rt.ArgumentError("cannot parse " + rt.Inspect(env, a[0]) + " as " + noun + ", reason: :" + reason)
			}
			return errTuple(reason)
		}
		if bang {
			return c.toTerm()
		}
		if kind == kindDateTime {
			return term.Tuple{term.OK, c.toTerm(), term.Int(off)}
		}
		return okTuple(c.toTerm())
	}
	calendarArg := func(mfa string, a []term.Term, i int) {
		if i < len(a) && a[i] != atomCalendarISO {
			fnClauseError(mfa, a)
		}
	}
	fns["from_iso8601/2"] = func(env rt.Env, a []term.Term) term.Term {
		if kind == kindDateTime && (a[1] == atom("basic") || a[1] == atom("extended")) {
			return parse(env, mod+".from_iso8601/2", a, false, a[1] == atom("basic"))
		}
		calendarArg(mod+".from_iso8601/2", a, 1)
		return parse(env, mod+".from_iso8601/2", a, false, false)
	}
	fns["from_iso8601!/2"] = func(env rt.Env, a []term.Term) term.Term {
		calendarArg(mod+".from_iso8601!/2", a, 1)
		return parse(env, mod+".from_iso8601!/2", a, true, false)
	}
	fns["from_iso8601/1"] = func(env rt.Env, a []term.Term) term.Term { return parse(env, mod+".from_iso8601/1", a, false, false) }
	fns["from_iso8601!/1"] = func(env rt.Env, a []term.Term) term.Term { return parse(env, mod+".from_iso8601!/1", a, true, false) }
	if kind == kindDateTime {
		fns["from_iso8601/3"] = func(env rt.Env, a []term.Term) term.Term {
			calendarArg(mod+".from_iso8601/3", a, 1)
			return parse(env, mod+".from_iso8601/3", a, false, formatArg(mod+".from_iso8601/3", a, 2))
		}
		fns["to_iso8601/3"] = func(env rt.Env, a []term.Term) term.Term {
			c := calArg(mod+".to_iso8601/3", a, 0, kindDateTime)
			basic := formatArg(mod+".to_iso8601/3", a, 1)
			if a[2] == term.NilAtom {
				return term.Binary(c.textFmt("T", basic))
			}
			off := intArgs(mod+".to_iso8601/3", a, 2)[0]
			z := "Etc/UTC"
			if !c.isUTC() || off != 0 {
				z = ""
			}
			s := fromTotalUS(kindNaive, c.utcUS()+off*1_000_000, c.prec)
			return term.Binary(s.textFmt("T", basic) + offsetText(z, off, 0, basic))
		}
	}
	cmp := func(mfa string, a []term.Term) int64 {
		c1 := calArg(mfa, a, 0, accepts...)
		c2 := calArg(mfa, a, 1, accepts...)
		if kind == kindDate {
			return daysFromCivil(c1.year, c1.month, c1.day) - daysFromCivil(c2.year, c2.month, c2.day)
		}
		if kind == kindTime {
			c1.kind, c2.kind = kindTime, kindTime
		}
		if kind == kindDateTime {
			return c1.utcUS() - c2.utcUS()
		}
		return c1.totalUS() - c2.totalUS()
	}
	fns["compare/2"] = func(env rt.Env, a []term.Term) term.Term { return cmpAtom(cmp(mod+".compare/2", a), 0) }
	fns["before?/2"] = func(env rt.Env, a []term.Term) term.Term { return boolTerm(cmp(mod+".before?/2", a) < 0) }
	fns["after?/2"] = func(env rt.Env, a []term.Term) term.Term { return boolTerm(cmp(mod+".after?/2", a) > 0) }
	if kind == kindDate {
		return
	}
	diffAndTruncate(fns, kind, mod, accepts)
	if kind == kindDateTime {
		return
	}
	add := func(env rt.Env, mfa string, a []term.Term, unit term.Term) term.Term {
		c := calArg(mfa, a, 0, accepts...)
		c.kind = kind
		n := intArgs(mfa, a, 1)[0]
		var delta, prec int64
		if per, p, ok := unitUS(unit); ok {
			delta, prec = n*per, p
		} else if k, ok := unitsPerSecond(unit); ok && unit != atom("native") && unit != atom("perf_counter") {
			// Calendar.ISO.time_unit_to_precision/1: 6 for integer units
			delta, prec = floorDivBig(n, 1_000_000, k).Int64(), 6
			if _, isAtom := unit.(term.Atom); isAtom {
				prec = map[string]int64{"second": 0, "millisecond": 3}[unit.(term.Atom).Name()]
				if unit == atom("microsecond") || unit == atom("nanosecond") {
					prec = 6
				}
			}
		} else {
			badUnit(env, unit)
		}
		total := c.totalUS() + delta
		if kind == kindTime {
			total = total % 86400_000_000
			if total < 0 {
				total += 86400_000_000
			}
		}
		return fromTotalUS(kind, total, max(c.prec, prec)).toTerm()
	}
	fns["add/2"] = func(env rt.Env, a []term.Term) term.Term { return add(env, mod+".add/2", a, atom("second")) }
	fns["add/3"] = func(env rt.Env, a []term.Term) term.Term { return add(env, mod+".add/3", a, a[2]) }
}

// diffAndTruncate adds diff/2,3 and truncate/2.
func diffAndTruncate(fns map[string]rt.BuiltinFunc, kind calKind, mod string, accepts []calKind) {
	diff := func(env rt.Env, mfa string, a []term.Term, unit term.Term) term.Term {
		c1 := calArg(mfa, a, 0, accepts...)
		c2 := calArg(mfa, a, 1, accepts...)
		if kind == kindTime {
			c1.kind, c2.kind = kindTime, kindTime
		}
		t1, t2 := c1.utcUS(), c2.utcUS()
		if kind != kindDateTime {
			t1, t2 = c1.totalUS(), c2.totalUS()
		}
		secs := floorDiv(t1, 1_000_000) - floorDiv(t2, 1_000_000)
		switch unit {
		case atom("day"):
			if kind != kindTime {
				return term.Int(secs / 86400)
			}
		case atom("hour"):
			return term.Int(secs / 3600)
		case atom("minute"):
			return term.Int(secs / 60)
		}
		k, ok := unitsPerSecond(unit)
		if !ok || unit == atom("native") || unit == atom("perf_counter") {
			badUnit(env, unit)
		}
		if kind == kindTime {
			return term.MakeInt(floorDivBig(t1-t2, k, 1_000_000))
		}
		d := floorDivBig(t1, k, 1_000_000)
		return term.MakeInt(d.Sub(d, floorDivBig(t2, k, 1_000_000)))
	}
	fns["diff/2"] = func(env rt.Env, a []term.Term) term.Term { return diff(env, mod+".diff/2", a, atom("second")) }
	fns["diff/3"] = func(env rt.Env, a []term.Term) term.Term { return diff(env, mod+".diff/3", a, a[2]) }
	fns["truncate/2"] = func(env rt.Env, a []term.Term) term.Term {
		c := calArg(mod+".truncate/2", a, 0, kind)
		return truncateTo(c, a[1], mod+".truncate/2", a).toTerm()
	}
}

// formatArg reads an ISO 8601 format argument: true for :basic.
func formatArg(mfa string, a []term.Term, i int) bool {
	switch a[i] {
	case atom("basic"):
		return true
	case atom("extended"):
		return false
	}
	fnClauseError(mfa, a)
	return false
}

func truncateTo(c calValue, unit term.Term, mfa string, a []term.Term) calValue {
	var p int64
	switch unit {
	case atom("second"):
		p = 0
	case atom("millisecond"):
		p = 3
	case atom("microsecond"):
		p = 6
	default:
		fnClauseError(mfa, a)
	}
	if p < c.prec {
		c.us = c.us / pow10(6-p) * pow10(6-p)
		c.prec = p
	}
	return c
}

func combine(kind calKind, d, t calValue) calValue {
	return calValue{kind: kind, year: d.year, month: d.month, day: d.day,
		hour: t.hour, minute: t.minute, second: t.second, us: t.us, prec: t.prec}
}

func usArg(mfa string, a []term.Term, i int) (int64, int64) {
	if i >= len(a) {
		return 0, 0
	}
	switch v := a[i].(type) {
	case term.Int:
		return int64(v), 6
	case term.Tuple:
		if len(v) == 2 {
			x, ok1 := v[0].(term.Int)
			p, ok2 := v[1].(term.Int)
			if ok1 && ok2 {
				return int64(x), int64(p)
			}
		}
	}
	fnClauseError(mfa, a)
	return 0, 0
}

func timeNew(mfa string, a []term.Term, bang bool) term.Term {
	v := intArgs(mfa, a, 0, 1, 2)
	us, p := usArg(mfa, a, 3)
	if !validTime(v[0], v[1], v[2], us, p) {
		if bang {
			rt.ArgumentError("cannot build time, reason: :invalid_time")
		}
		return errTuple("invalid_time")
	}
	c := calValue{kind: kindTime, hour: v[0], minute: v[1], second: v[2], us: us, prec: p}
	if bang {
		return c.toTerm()
	}
	return okTuple(c.toTerm())
}

func naiveNew(mfa string, a []term.Term, bang bool) term.Term {
	v := intArgs(mfa, a, 0, 1, 2, 3, 4, 5)
	us, p := usArg(mfa, a, 6)
	reason := ""
	switch {
	case !validDate(v[0], v[1], v[2]):
		reason = "invalid_date"
	case !validTime(v[3], v[4], v[5], us, p):
		reason = "invalid_time"
	}
	if reason != "" {
		if bang {
			rt.ArgumentError("cannot build naive datetime, reason: :" + reason)
		}
		return errTuple(reason)
	}
	c := calValue{kind: kindNaive, year: v[0], month: v[1], day: v[2], hour: v[3], minute: v[4], second: v[5], us: us, prec: p}
	if bang {
		return c.toTerm()
	}
	return okTuple(c.toTerm())
}

func toDate(mfa string, a []term.Term) term.Term {
	c := calArg(mfa, a, 0, kindNaive, kindDateTime)
	return calValue{kind: kindDate, year: c.year, month: c.month, day: c.day}.toTerm()
}

func toTime(mfa string, a []term.Term) term.Term {
	c := calArg(mfa, a, 0, kindNaive, kindDateTime)
	return calValue{kind: kindTime, hour: c.hour, minute: c.minute, second: c.second, us: c.us, prec: c.prec}.toTerm()
}

// unixEpochUS is 1970-01-01 in microseconds since 0000-01-01.
var unixEpochUS = daysFromCivil(1970, 1, 1) * 86400 * 1_000_000

// unixUnit reads a System.time_unit for to_unix/from_unix: its parts per
// second and the precision it implies.
func unixUnit(env rt.Env, unit term.Term) (int64, int64) {
	k, ok := unitsPerSecond(unit)
	if !ok || unit == atom("perf_counter") {
		badUnit(env, unit)
	}
	switch k {
	case 1:
		return k, 0
	case 1000:
		return k, 3
	}
	return k, 6
}

func dtToUnix(env rt.Env, mfa string, a []term.Term, unit term.Term) term.Term {
	c := calArg(mfa, a, 0, kindDateTime)
	k, _ := unixUnit(env, unit)
	return term.MakeInt(floorDivBig(c.utcUS()-unixEpochUS, k, 1_000_000))
}

// unixMin and unixMax bound DateTime's Unix times (years -9999..9999).
const (
	unixMin = -377_705_116_800
	unixMax = 253_402_300_799
)

func dtFromUnix(env rt.Env, mfa string, a []term.Term, unit term.Term, bang bool) term.Term {
	n, ok := a[0].(term.Int)
	if !ok {
		fnClauseError(mfa, a)
	}
	k, prec := unixUnit(env, unit)
	us := floorDivBig(int64(n), 1_000_000, k)
	if !us.IsInt64() || floorDiv(us.Int64(), 1_000_000) < unixMin || floorDiv(us.Int64(), 1_000_000) > unixMax {
		if bang {
			rt.ArgumentError(fmt.Sprintf("invalid Unix time %d", n))
		}
		return errTuple("invalid_unix_time")
	}
	c := fromTotalUS(kindDateTime, us.Int64()+unixEpochUS, prec)
	if bang {
		return c.toTerm()
	}
	return okTuple(c.toTerm())
}

func calSigil(env rt.Env, mfa string, a []term.Term, kind calKind) term.Term {
	s := binArg(mfa, a, 0)
	c, _, reason := parseISO(kind, s)
	if reason != "" {
		noun := [...]string{"date", "time", "naive datetime", "datetime"}[kind]
		rt.ArgumentError("cannot parse " + rt.Inspect(env, a[0]) + " as " + noun + ", reason: :" + reason)
	}
	return c.toTerm()
}
