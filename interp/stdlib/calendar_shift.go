package stdlib

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Duration and the shift/2 functions of Date, Time, NaiveDateTime and
// DateTime; Date.range; gregorian seconds; the rest of Calendar.ISO's
// public functions.

var durationUnits = []string{"year", "month", "week", "day", "hour", "minute", "second", "microsecond"}

// duration is a %Duration{}'s contents.
type duration struct {
	year, month, week, day, hour, minute, second int64
	us, prec                                     int64
}

func (d duration) toTerm() term.Term {
	vals := []int64{d.year, d.month, d.week, d.day, d.hour, d.minute, d.second}
	m := term.EmptyMap.Put(atom("__struct__"), rt.ModuleAtom("Duration"))
	for i, v := range vals {
		m = m.Put(atom(durationUnits[i]), term.Int(v))
	}
	return m.Put(atom("microsecond"), term.Tuple{term.Int(d.us), term.Int(d.prec)})
}

func (d *duration) set(unit string, v term.Term) bool {
	if unit == "microsecond" {
		t, ok := v.(term.Tuple)
		if !ok || len(t) != 2 {
			return false
		}
		us, ok1 := t[0].(term.Int)
		p, ok2 := t[1].(term.Int)
		if !ok1 || !ok2 || p < 0 || p > 6 {
			return false
		}
		d.us, d.prec = int64(us), int64(p)
		return true
	}
	n, ok := v.(term.Int)
	if !ok {
		return false
	}
	ptr := map[string]*int64{"year": &d.year, "month": &d.month, "week": &d.week, "day": &d.day,
		"hour": &d.hour, "minute": &d.minute, "second": &d.second}[unit]
	*ptr = int64(n)
	return true
}

// durationArg reads a %Duration{} or a keyword list of unit pairs as
// Duration.new!/1 (only "date" units for Date.shift, only "time" units
// for Time.shift) does.
func durationArg(env rt.Env, mfa string, a []term.Term, i int, only string) duration {
	var d duration
	if m, ok := a[i].(*term.Map); ok {
		if s, _ := structOf(m); s == rt.ModuleAtom("Duration") {
			for _, u := range durationUnits {
				v, _ := m.Get(atom(u))
				if !d.set(u, v) {
					fnClauseError(mfa, a)
				}
			}
			return d
		}
	}
	items, ok := properList(a[i])
	if !ok {
		rt.Raise(rt.NewException("Protocol.UndefinedError", atom("protocol"), rt.ModuleAtom("Enumerable"),
			atom("value"), a[i], atom("description"), term.Binary("")))
	}
	dateUnits := map[string]bool{"year": true, "month": true, "week": true, "day": true}
	for _, it := range items {
		k, v, ok := pair(it)
		ka, isAtom := k.(term.Atom)
		if !ok || !isAtom {
			fnClauseError(mfa, a)
		}
		u := ka.Name()
		known := false
		for _, x := range durationUnits {
			known = known || x == u
		}
		switch {
		case only == "date" && known && !dateUnits[u]:
			rt.ArgumentError("unsupported unit " + rt.Inspect(env, k) + ". Expected :year, :month, :week, :day")
		case only == "date" && !known:
			rt.ArgumentError("unknown unit " + rt.Inspect(env, k) + ". Expected :year, :month, :week, :day")
		case only == "time" && dateUnits[u]:
			rt.ArgumentError("unsupported unit " + rt.Inspect(env, k) + ". Expected :hour, :minute, :second, :microsecond")
		case only == "time" && !known:
			rt.ArgumentError("unknown unit " + rt.Inspect(env, k) + ". Expected :hour, :minute, :second, :microsecond")
		case !known:
			rt.ArgumentError("unknown unit " + rt.Inspect(env, k) + ". Expected :year, :month, :week, :day, :hour, :minute, :second, :microsecond")
		}
		if !d.set(u, v) {
			if u == "microsecond" {
				rt.ArgumentError("unsupported value " + rt.Inspect(env, v) + " for :microsecond. Expected a tuple {ms, precision} where precision is an integer from 0 to 6")
			}
			rt.ArgumentError("unsupported value " + rt.Inspect(env, v) + " for " + rt.Inspect(env, k) + ". Expected an integer")
		}
	}
	return d
}

// shiftMonths moves a date by months, clamping the day to the new
// month's length.
func shiftMonths(y, m, d, months int64) (int64, int64, int64) {
	total := y*12 + m - 1 + months
	ny := floorDiv(total, 12)
	nm := total - ny*12 + 1
	return ny, nm, min(d, daysInMonth(ny, nm))
}

// shiftDate is Calendar.ISO.shift_date/4.
func shiftDate(y, m, d int64, dur duration) (int64, int64, int64) {
	if dur.hour != 0 || dur.minute != 0 || dur.second != 0 || dur.us != 0 {
		rt.ArgumentError("cannot shift date by time scale unit. Expected :year, :month, :week, :day")
	}
	if months := dur.year*12 + dur.month; months != 0 {
		y, m, d = shiftMonths(y, m, d, months)
	}
	if days := dur.week*7 + dur.day; days != 0 {
		y, m, d = civilFromDays(daysFromCivil(y, m, d) + days)
	}
	return y, m, d
}

// shiftTimeUnits applies a duration's time units to c (a Time wraps
// around midnight); a non-zero microsecond part sets the precision.
func shiftTimeUnits(c calValue, secs int64, dur duration) calValue {
	kind := c.kind
	total := c.totalUS() + secs*1_000_000 + dur.us
	if kind == kindTime {
		total -= floorDiv(total, usPerDay) * usPerDay
	}
	prec := c.prec
	if dur.us != 0 {
		prec = dur.prec
	}
	out := fromTotalUS(kind, total, prec)
	out.setZone(c.zone, c.abbr, c.off, c.std)
	return out
}

// shiftNaive is Calendar.ISO.shift_naive_datetime/8 on c's wall time.
func shiftNaive(c calValue, dur duration) calValue {
	if months := dur.year*12 + dur.month; months != 0 {
		c.year, c.month, c.day = shiftMonths(c.year, c.month, c.day, months)
	}
	secs := dur.week*7*86400 + dur.day*86400 + dur.hour*3600 + dur.minute*60 + dur.second
	return shiftTimeUnits(c, secs, dur)
}

// shiftTime is Calendar.ISO.shift_time/5.
func shiftTime(c calValue, dur duration) calValue {
	if dur.year != 0 || dur.month != 0 || dur.week != 0 || dur.day != 0 {
		rt.ArgumentError("cannot shift time by date scale unit. Expected :hour, :minute, :second, :microsecond")
	}
	return shiftTimeUnits(c, dur.hour*3600+dur.minute*60+dur.second, dur)
}

func usTuple(us, prec int64) term.Term { return term.Tuple{term.Int(us), term.Int(prec)} }

// isoArgs reads Calendar.ISO's year, month, day, hour, minute, second,
// microsecond arguments starting at index i (n integers, then a
// microsecond tuple when withUS).
func isoArgs(mfa string, a []term.Term, i, n int, withUS bool) ([]int64, int64, int64) {
	idx := make([]int, n)
	for j := range idx {
		idx[j] = i + j
	}
	v := intArgs(mfa, a, idx...)
	if !withUS {
		return v, 0, 0
	}
	t, ok := a[i+n].(term.Tuple)
	if !ok || len(t) != 2 {
		fnClauseError(mfa, a)
	}
	us, ok1 := t[0].(term.Int)
	p, ok2 := t[1].(term.Int)
	if !ok1 || !ok2 {
		fnClauseError(mfa, a)
	}
	return v, int64(us), int64(p)
}

func naiveTuple(c calValue) term.Term {
	return term.Tuple{term.Int(c.year), term.Int(c.month), term.Int(c.day), term.Int(c.hour), term.Int(c.minute),
		term.Int(c.second), usTuple(c.us, c.prec)}
}

// yearOfEra is Calendar.ISO.year_of_era/1.
func yearOfEra(y int64) term.Term {
	if y > 0 {
		return term.Tuple{term.Int(y), term.Int(1)}
	}
	return term.Tuple{term.Int(-y + 1), term.Int(0)}
}

// dayOfEra is Calendar.ISO.day_of_era/3.
func dayOfEra(y, m, d int64) term.Term {
	days := daysFromCivil(y, m, d) - 366
	if y > 0 {
		return term.Tuple{term.Int(days + 1), term.Int(1)}
	}
	return term.Tuple{term.Int(-days), term.Int(0)}
}

// gregorianSeconds is a calendar value's seconds since 0000-01-01 (UTC
// for a DateTime) and its microseconds.
func gregorianSeconds(c calValue) term.Term {
	t := c.utcUS()
	s := floorDiv(t, 1_000_000)
	return term.Tuple{term.Int(s), term.Int(c.us)}
}

// fromGregorianSeconds is NaiveDateTime/DateTime.from_gregorian_seconds.
func fromGregorianSeconds(kind calKind, mfa string, a []term.Term) term.Term {
	secs := intArgs(mfa, a, 0)[0]
	us, prec := int64(0), int64(0)
	if len(a) > 1 {
		us, prec = usArg(mfa, a, 1)
	}
	if len(a) > 2 && a[2] != atomCalendarISO {
		fnClauseError(mfa, a)
	}
	c := fromTotalUS(kind, secs*1_000_000+us, prec)
	return c.toTerm()
}

// dateRange builds a %Date.Range{}.
func dateRange(mfa string, a []term.Term, step int64) term.Term {
	first := calArg(mfa, a, 0, kindDate, kindNaive, kindDateTime)
	last := calArg(mfa, a, 1, kindDate, kindNaive, kindDateTime)
	fd, ld := daysFromCivil(first.year, first.month, first.day), daysFromCivil(last.year, last.month, last.day)
	if step == 0 {
		if fd <= ld {
			step = 1
		} else {
			step = -1
		}
	}
	f := calValue{kind: kindDate, year: first.year, month: first.month, day: first.day}
	l := calValue{kind: kindDate, year: last.year, month: last.month, day: last.day}
	return term.EmptyMap.Put(atom("__struct__"), modDateRange).Put(atom("first"), f.toTerm()).
		Put(atom("last"), l.toTerm()).Put(atom("first_in_iso_days"), term.Int(fd)).
		Put(atom("last_in_iso_days"), term.Int(ld)).Put(atom("step"), term.Int(step))
}

var modDateRange = rt.ModuleAtom("Date.Range")

// dateRangeFields reads a Date.Range's first and last iso days and step.
func dateRangeFields(m *term.Map) (int64, int64, int64, bool) {
	f, ok1 := mapField(m, atom("first_in_iso_days")).(term.Int)
	l, ok2 := mapField(m, atom("last_in_iso_days")).(term.Int)
	s, ok3 := mapField(m, atom("step")).(term.Int)
	if !ok1 || !ok2 {
		return 0, 0, 0, false
	}
	if !ok3 || s == 0 {
		s = 1
		if f > l {
			s = -1
		}
	}
	return int64(f), int64(l), int64(s), true
}

func dateFromDays(days int64) term.Term {
	y, m, d := civilFromDays(days)
	return calValue{kind: kindDate, year: y, month: m, day: d}.toTerm()
}

// iterateDateRange walks a Date.Range.
func iterateDateRange(env rt.Env, m *term.Map, f func(term.Term) bool) bool {
	first, last, step, ok := dateRangeFields(m)
	if !ok {
		return false
	}
	n := rangeSize(first, last, step)
	for i := int64(0); i < n; i++ {
		if i&1023 == 1023 {
			rt.Reduce(env, 1024)
		}
		if !f(dateFromDays(first + i*step)) {
			break
		}
	}
	return true
}

// dateRangeMember is Enumerable.Date.Range.member?/2.
func dateRangeMember(m *term.Map, x term.Term) bool {
	first, last, step, ok := dateRangeFields(m)
	xm, isMap := x.(*term.Map)
	if !ok || !isMap {
		return false
	}
	if s, _ := structOf(xm); s != rt.ModuleAtom("Date") {
		return false
	}
	c, _ := calOf(xm)
	days := daysFromCivil(c.year, c.month, c.day)
	return rangeMember(first, last, step, term.Int(days))
}

func init() { rt.RegisterLazy(registerDuration) }

// registerDuration registers the built-ins of this part of the file (see
// rt.RegisterLazy).
func registerDuration() {
	rt.Register("Duration", map[string]rt.BuiltinFunc{
		"__struct__/0": func(env rt.Env, a []term.Term) term.Term { return duration{}.toTerm() },
		"new!/1": func(env rt.Env, a []term.Term) term.Term {
			return durationArg(env, "Duration.new!/1", a, 0, "").toTerm()
		},
		"negate/1": func(env rt.Env, a []term.Term) term.Term {
			d := durationArg(env, "Duration.negate/1", a, 0, "")
			return duration{-d.year, -d.month, -d.week, -d.day, -d.hour, -d.minute, -d.second, -d.us, d.prec}.toTerm()
		},
		"add/2": func(env rt.Env, a []term.Term) term.Term {
			x, y := durationArg(env, "Duration.add/2", a, 0, ""), durationArg(env, "Duration.add/2", a, 1, "")
			return duration{x.year + y.year, x.month + y.month, x.week + y.week, x.day + y.day, x.hour + y.hour,
				x.minute + y.minute, x.second + y.second, x.us + y.us, max(x.prec, y.prec)}.toTerm()
		},
		"subtract/2": func(env rt.Env, a []term.Term) term.Term {
			x, y := durationArg(env, "Duration.subtract/2", a, 0, ""), durationArg(env, "Duration.subtract/2", a, 1, "")
			return duration{x.year - y.year, x.month - y.month, x.week - y.week, x.day - y.day, x.hour - y.hour,
				x.minute - y.minute, x.second - y.second, x.us - y.us, max(x.prec, y.prec)}.toTerm()
		},
		"multiply/2": func(env rt.Env, a []term.Term) term.Term {
			x := durationArg(env, "Duration.multiply/2", a, 0, "")
			k := intArgs("Duration.multiply/2", a, 1)[0]
			return duration{x.year * k, x.month * k, x.week * k, x.day * k, x.hour * k, x.minute * k,
				x.second * k, x.us * k, x.prec}.toTerm()
		},
	})

	dateOK := func(mfa string, a []term.Term, i int) calValue {
		return calArg(mfa, a, i, kindDate, kindNaive, kindDateTime)
	}
	weekStart := func(mfa string, a []term.Term) int64 {
		if len(a) < 2 {
			return 1
		}
		start := map[term.Term]int64{atom("default"): 1, atom("monday"): 1, atom("tuesday"): 2, atom("wednesday"): 3,
			atom("thursday"): 4, atom("friday"): 5, atom("saturday"): 6, atom("sunday"): 7}[a[1]]
		if start == 0 {
			fnClauseError(mfa, a)
		}
		return start
	}
	weekEdge := func(mfa string, end bool) rt.BuiltinFunc {
		return func(env rt.Env, a []term.Term) term.Term {
			c := dateOK(mfa, a, 0)
			start := weekStart(mfa, a)
			g := daysFromCivil(c.year, c.month, c.day)
			rel := (dayOfWeek(c.year, c.month, c.day)-start+7)%7 + 1
			if end {
				return dateFromDays(g + 7 - rel)
			}
			return dateFromDays(g - rel + 1)
		}
	}
	dateFromErl := func(mfa string, bang bool) rt.BuiltinFunc {
		return func(env rt.Env, a []term.Term) term.Term {
			t, ok := a[0].(term.Tuple)
			if !ok || len(t) != 3 {
				fnClauseError(mfa, a)
			}
			if len(a) > 1 && a[1] != atomCalendarISO {
				fnClauseError(mfa, a)
			}
			v := intArgs(mfa, t, 0, 1, 2)
			if !validDate(v[0], v[1], v[2]) {
				if bang {
					rt.ArgumentError("cannot convert " + rt.Inspect(env, a[0]) + " to date, reason: :invalid_date")
				}
				return errTuple("invalid_date")
			}
			c := calValue{kind: kindDate, year: v[0], month: v[1], day: v[2]}.toTerm()
			if bang {
				return c
			}
			return okTuple(c)
		}
	}
	convert := func(mfa string, kinds []calKind, bang bool) rt.BuiltinFunc {
		return func(env rt.Env, a []term.Term) term.Term {
			c := calArg(mfa, a, 0, kinds...)
			target, ok := a[1].(term.Atom)
			if !ok {
				fnClauseError(mfa, a)
			}
			res, reason := convertCalendar(env, c, target)
			if reason != nil {
				if bang {
					rt.ArgumentError("cannot convert " + rt.Inspect(env, a[0]) + " to target calendar " + rt.Inspect(env, a[1]) +
						", reason: " + rt.Inspect(env, a[0]) + " and " + rt.Inspect(env, a[1]) +
						" have different day rollover moments, making this conversion ambiguous")
				}
				return term.Tuple{term.ErrorAtom, reason}
			}
			if bang {
				return res
			}
			return okTuple(res)
		}
	}
	rt.Register("Date", map[string]rt.BuiltinFunc{
		"shift/2": func(env rt.Env, a []term.Term) term.Term {
			c := dateOK("Date.shift/2", a, 0)
			y, m, d := shiftDate(c.year, c.month, c.day, durationArg(env, "Date.shift/2", a, 1, "date"))
			return calValue{kind: kindDate, year: y, month: m, day: d}.toTerm()
		},
		"range/2": func(env rt.Env, a []term.Term) term.Term { return dateRange("Date.range/2", a, 0) },
		"range/3": func(env rt.Env, a []term.Term) term.Term {
			step, ok := a[2].(term.Int)
			if !ok || step == 0 {
				rt.ArgumentError("both dates must have matching calendar and the step must be a non-zero integer, got: " +
					rt.Inspect(env, a[0]) + ", " + rt.Inspect(env, a[1]) + ", " + rt.Inspect(env, a[2]))
			}
			return dateRange("Date.range/3", a, int64(step))
		},
		"from_erl/2":          dateFromErl("Date.from_erl/2", false),
		"from_erl!/1":         dateFromErl("Date.from_erl!/1", true),
		"from_erl!/2":         dateFromErl("Date.from_erl!/2", true),
		"beginning_of_week/1": weekEdge("Date.beginning_of_week/1", false),
		"beginning_of_week/2": weekEdge("Date.beginning_of_week/2", false),
		"end_of_week/1":       weekEdge("Date.end_of_week/1", true),
		"end_of_week/2":       weekEdge("Date.end_of_week/2", true),
		"year_of_era/1": func(env rt.Env, a []term.Term) term.Term {
			return yearOfEra(dateOK("Date.year_of_era/1", a, 0).year)
		},
		"day_of_era/1": func(env rt.Env, a []term.Term) term.Term {
			c := dateOK("Date.day_of_era/1", a, 0)
			return dayOfEra(c.year, c.month, c.day)
		},
		"convert/2":  convert("Date.convert/2", []calKind{kindDate}, false),
		"convert!/2": convert("Date.convert!/2", []calKind{kindDate}, true),
		"to_iso_days/1": func(env rt.Env, a []term.Term) term.Term {
			c := dateOK("Date.to_iso_days/1", a, 0)
			return term.Tuple{term.Int(daysFromCivil(c.year, c.month, c.day)), term.Tuple{term.Int(0), term.Int(86400000000)}}
		},
	})

	rt.Register("Time", map[string]rt.BuiltinFunc{
		"shift/2": func(env rt.Env, a []term.Term) term.Term {
			c := calArg("Time.shift/2", a, 0, kindTime, kindNaive, kindDateTime)
			c = calValue{kind: kindTime, hour: c.hour, minute: c.minute, second: c.second, us: c.us, prec: c.prec}
			return shiftTime(c, durationArg(env, "Time.shift/2", a, 1, "time")).toTerm()
		},
		"from_seconds_after_midnight/2": func(env rt.Env, a []term.Term) term.Term {
			n := intArgs("Time.from_seconds_after_midnight/2", a, 0)[0]
			us, p := usArg("Time.from_seconds_after_midnight/2", a, 1)
			n = n - floorDiv(n, 86400)*86400
			return fromTotalUS(kindTime, n*1_000_000+us, p).toTerm()
		},
		"from_seconds_after_midnight/3": func(env rt.Env, a []term.Term) term.Term {
			n := intArgs("Time.from_seconds_after_midnight/3", a, 0)[0]
			us, p := usArg("Time.from_seconds_after_midnight/3", a, 1)
			n = n - floorDiv(n, 86400)*86400
			return fromTotalUS(kindTime, n*1_000_000+us, p).toTerm()
		},
		"convert/2":  convert("Time.convert/2", []calKind{kindTime}, false),
		"convert!/2": convert("Time.convert!/2", []calKind{kindTime}, true),
	})

	naiveFromErl := func(mfa string, bang bool) rt.BuiltinFunc {
		return func(env rt.Env, a []term.Term) term.Term {
			t, ok := a[0].(term.Tuple)
			if !ok || len(t) != 2 {
				fnClauseError(mfa, a)
			}
			d, ok1 := t[0].(term.Tuple)
			tm, ok2 := t[1].(term.Tuple)
			if !ok1 || !ok2 || len(d) != 3 || len(tm) != 3 {
				fnClauseError(mfa, a)
			}
			dv := intArgs(mfa, d, 0, 1, 2)
			tv := intArgs(mfa, tm, 0, 1, 2)
			us, p := int64(0), int64(0)
			if len(a) > 1 {
				us, p = usArg(mfa, a, 1)
			}
			if len(a) > 2 && a[2] != atomCalendarISO {
				fnClauseError(mfa, a)
			}
			reason := ""
			switch {
			case !validDate(dv[0], dv[1], dv[2]):
				reason = "invalid_date"
			case !validTime(tv[0], tv[1], tv[2], us, p):
				reason = "invalid_time"
			}
			if reason != "" {
				if bang {
					rt.ArgumentError("cannot convert " + rt.Inspect(env, a[0]) + " to naive datetime, reason: :" + reason)
				}
				return errTuple(reason)
			}
			c := calValue{kind: kindNaive, year: dv[0], month: dv[1], day: dv[2], hour: tv[0], minute: tv[1],
				second: tv[2], us: us, prec: p}
			if bang {
				return c.toTerm()
			}
			return okTuple(c.toTerm())
		}
	}
	naive := map[string]rt.BuiltinFunc{
		"new/8": func(env rt.Env, a []term.Term) term.Term {
			if a[7] != atomCalendarISO {
				fnClauseError("NaiveDateTime.new/8", a)
			}
			return naiveNew("NaiveDateTime.new/8", a[:7], false)
		},
		"new!/8": func(env rt.Env, a []term.Term) term.Term {
			if a[7] != atomCalendarISO {
				fnClauseError("NaiveDateTime.new!/8", a)
			}
			return naiveNew("NaiveDateTime.new!/8", a[:7], true)
		},
		"shift/2": func(env rt.Env, a []term.Term) term.Term {
			c := calArg("NaiveDateTime.shift/2", a, 0, kindNaive, kindDateTime)
			c.kind = kindNaive
			return shiftNaive(c, durationArg(env, "NaiveDateTime.shift/2", a, 1, "")).toTerm()
		},
		"to_gregorian_seconds/1": func(env rt.Env, a []term.Term) term.Term {
			c := calArg("NaiveDateTime.to_gregorian_seconds/1", a, 0, kindNaive, kindDateTime)
			c.kind = kindNaive
			return gregorianSeconds(c)
		},
		"convert/2":  convert("NaiveDateTime.convert/2", []calKind{kindNaive}, false),
		"convert!/2": convert("NaiveDateTime.convert!/2", []calKind{kindNaive}, true),
	}
	dt := map[string]rt.BuiltinFunc{
		"shift/2": func(env rt.Env, a []term.Term) term.Term { return dtShift(env, "DateTime.shift/2", a) },
		"shift/3": func(env rt.Env, a []term.Term) term.Term { return dtShift(env, "DateTime.shift/3", a) },
		"to_gregorian_seconds/1": func(env rt.Env, a []term.Term) term.Term {
			return gregorianSeconds(calArg("DateTime.to_gregorian_seconds/1", a, 0, kindDateTime))
		},
		"convert/2":  convert("DateTime.convert/2", []calKind{kindDateTime}, false),
		"convert!/2": convert("DateTime.convert!/2", []calKind{kindDateTime}, true),
	}
	for n := 1; n <= 3; n++ {
		n := n
		naive[fmt.Sprintf("from_erl/%d", n)] = naiveFromErl(fmt.Sprintf("NaiveDateTime.from_erl/%d", n), false)
		naive[fmt.Sprintf("from_erl!/%d", n)] = naiveFromErl(fmt.Sprintf("NaiveDateTime.from_erl!/%d", n), true)
		naive[fmt.Sprintf("from_gregorian_seconds/%d", n)] = func(env rt.Env, a []term.Term) term.Term {
			return fromGregorianSeconds(kindNaive, fmt.Sprintf("NaiveDateTime.from_gregorian_seconds/%d", n), a)
		}
		dt[fmt.Sprintf("from_gregorian_seconds/%d", n)] = func(env rt.Env, a []term.Term) term.Term {
			return fromGregorianSeconds(kindDateTime, fmt.Sprintf("DateTime.from_gregorian_seconds/%d", n), a)
		}
	}
	rt.Register("NaiveDateTime", naive)
	rt.Register("DateTime", dt)

	registerISO()
}

// convertCalendar is Date/Time/NaiveDateTime/DateTime.convert/2 from
// the ISO calendar to target: a calendar module whose day rolls over at
// midnight as ISO's does is asked for the same instant (as iso days or a
// day fraction); reason is :incompatible_calendars otherwise.
func convertCalendar(env rt.Env, c calValue, target term.Atom) (term.Term, term.Term) {
	if target == atomCalendarISO {
		return c.toTerm(), nil
	}
	roll := env.Apply(target, atom("day_rollover_relative_to_midnight_utc"), nil)
	if !term.StrictEqual(roll, term.Tuple{term.Int(0), term.Int(1)}) {
		return nil, atom("incompatible_calendars")
	}
	m := c.toTerm().(*term.Map).Put(atom("calendar"), target)
	if c.kind == kindTime {
		fr := term.Tuple{term.Int(c.totalUS()), term.Int(usPerDay)}
		t, ok := env.Apply(target, atom("time_from_day_fraction"), []term.Term{fr}).(term.Tuple)
		if !ok || len(t) != 4 {
			rt.Raise(rt.NewException("MatchError", atom("term"), t))
		}
		us, _ := t[3].(term.Tuple)
		if len(us) == 2 {
			us = term.Tuple{us[0], term.Int(c.prec)}
		}
		return m.Put(atom("hour"), t[0]).Put(atom("minute"), t[1]).Put(atom("second"), t[2]).Put(atom("microsecond"), us), nil
	}
	days := isoDaysTerm(c.totalUS())
	if c.kind == kindDate {
		days = term.Tuple{term.Int(daysFromCivil(c.year, c.month, c.day)), term.Tuple{term.Int(0), term.Int(usPerDay)}}
	}
	t, ok := env.Apply(target, atom("naive_datetime_from_iso_days"), []term.Term{days}).(term.Tuple)
	if !ok || len(t) != 7 {
		rt.Raise(rt.NewException("MatchError", atom("term"), t))
	}
	m = m.Put(atom("year"), t[0]).Put(atom("month"), t[1]).Put(atom("day"), t[2])
	if c.kind != kindDate {
		us, _ := t[6].(term.Tuple)
		if len(us) == 2 {
			us = term.Tuple{us[0], term.Int(c.prec)}
		}
		m = m.Put(atom("hour"), t[3]).Put(atom("minute"), t[4]).Put(atom("second"), t[5]).Put(atom("microsecond"), us)
	}
	return m, nil
}

// dtShift is DateTime.shift/2,3: the wall time is shifted, then put back
// in the datetime's zone.
func dtShift(env rt.Env, mfa string, a []term.Term) term.Term {
	c := calArg(mfa, a, 0, kindDateTime)
	d := durationArg(env, mfa, a, 1, "")
	s := shiftNaive(c, d)
	if c.isUTC() {
		s.setZone("", "", 0, 0)
		return s.toTerm()
	}
	db := tzDB(mfa, a, 2)
	res, reason := inZone(env, db, c.zone, s.totalUS()-(c.off+c.std)*1_000_000, s.prec)
	if reason != nil {
		rt.ArgumentError("cannot shift " + rt.Inspect(env, a[0]) + " to " + rt.Inspect(env, a[1]) +
			" (with time zone database " + rt.Inspect(env, db) + "), reason: " + rt.Inspect(env, reason))
	}
	return res.toTerm()
}

func registerISO() {
	const m = "Calendar.ISO."
	toStr := func(name string, dateN int, timeN bool, withZone bool) rt.BuiltinFunc {
		return func(env rt.Env, a []term.Term) term.Term {
			arity := len(a)
			mfa := fmt.Sprintf("%s%s/%d", m, name, arity)
			var c calValue
			i := 0
			if dateN > 0 {
				v, _, _ := isoArgs(mfa, a, 0, 3, false)
				c.year, c.month, c.day = v[0], v[1], v[2]
				i = 3
			}
			if timeN {
				v, us, p := isoArgs(mfa, a, i, 3, true)
				c.hour, c.minute, c.second, c.us, c.prec = v[0], v[1], v[2], us, p
				i += 4
			}
			var zone, abbr string
			var off, std int64
			if withZone {
				zone = binArg(mfa, a, i)
				abbr = binArg(mfa, a, i+1)
				o := intArgs(mfa, a, i+2, i+3)
				off, std = o[0], o[1]
				i += 4
			}
			basic := false
			if i < arity {
				basic = formatArg(mfa, a, i)
			}
			var s string
			switch {
			case dateN > 0 && timeN:
				sep := " "
				s = c.dateTextFmt(basic) + sep + c.timeTextFmt(basic)
			case dateN > 0:
				s = c.dateTextFmt(basic)
			default:
				s = c.timeTextFmt(basic)
			}
			if withZone {
				s += offsetText(zone, off, std, basic)
				if zone != "Etc/UTC" {
					s += " " + abbr + " " + zone
				}
			}
			return term.Binary(s)
		}
	}
	fns := map[string]rt.BuiltinFunc{
		"time_to_string/4":           toStr("time_to_string", 0, true, false),
		"time_to_string/5":           toStr("time_to_string", 0, true, false),
		"date_to_string/3":           toStr("date_to_string", 3, false, false),
		"date_to_string/4":           toStr("date_to_string", 3, false, false),
		"naive_datetime_to_string/7": toStr("naive_datetime_to_string", 3, true, false),
		"naive_datetime_to_string/8": toStr("naive_datetime_to_string", 3, true, false),
		"datetime_to_string/11":      toStr("datetime_to_string", 3, true, true),
		"datetime_to_string/12":      toStr("datetime_to_string", 3, true, true),
		"naive_datetime_to_iso_days/7": func(env rt.Env, a []term.Term) term.Term {
			v, us, p := isoArgs(m+"naive_datetime_to_iso_days/7", a, 0, 6, true)
			c := calValue{kind: kindNaive, year: v[0], month: v[1], day: v[2], hour: v[3], minute: v[4], second: v[5], us: us, prec: p}
			return isoDaysTerm(c.totalUS())
		},
		"naive_datetime_from_iso_days/1": func(env rt.Env, a []term.Term) term.Term {
			t, ok := isoDaysOf(a[0])
			if !ok {
				fnClauseError(m+"naive_datetime_from_iso_days/1", a)
			}
			return naiveTuple(fromTotalUS(kindNaive, t, 6))
		},
		"time_to_day_fraction/4": func(env rt.Env, a []term.Term) term.Term {
			v, us, _ := isoArgs(m+"time_to_day_fraction/4", a, 0, 3, true)
			return term.Tuple{term.Int((v[0]*3600+v[1]*60+v[2])*1_000_000 + us), term.Int(usPerDay)}
		},
		"time_from_day_fraction/1": func(env rt.Env, a []term.Term) term.Term {
			t, ok := isoDaysOf(term.Tuple{term.Int(0), a[0]})
			if !ok {
				fnClauseError(m+"time_from_day_fraction/1", a)
			}
			c := fromTotalUS(kindTime, t, 6)
			return term.Tuple{term.Int(c.hour), term.Int(c.minute), term.Int(c.second), usTuple(c.us, 6)}
		},
		"quarter_of_year/3": func(env rt.Env, a []term.Term) term.Term {
			v, _, _ := isoArgs(m+"quarter_of_year/3", a, 0, 3, false)
			return term.Int((v[1]-1)/3 + 1)
		},
		"year_of_era/1": func(env rt.Env, a []term.Term) term.Term {
			return yearOfEra(intArgs(m+"year_of_era/1", a, 0)[0])
		},
		"year_of_era/3": func(env rt.Env, a []term.Term) term.Term {
			return yearOfEra(intArgs(m+"year_of_era/3", a, 0, 1, 2)[0])
		},
		"day_of_era/3": func(env rt.Env, a []term.Term) term.Term {
			v := intArgs(m+"day_of_era/3", a, 0, 1, 2)
			return dayOfEra(v[0], v[1], v[2])
		},
		"valid_time?/4": func(env rt.Env, a []term.Term) term.Term {
			v, us, p := isoArgs(m+"valid_time?/4", a, 0, 3, true)
			return boolTerm(validTime(v[0], v[1], v[2], us, p))
		},
		"iso_days_to_beginning_of_day/1": func(env rt.Env, a []term.Term) term.Term {
			t, ok := isoDaysOf(a[0])
			if !ok {
				fnClauseError(m+"iso_days_to_beginning_of_day/1", a)
			}
			return term.Tuple{term.Int(floorDiv(t, usPerDay)), term.Tuple{term.Int(0), term.Int(usPerDay)}}
		},
		"iso_days_to_end_of_day/1": func(env rt.Env, a []term.Term) term.Term {
			t, ok := isoDaysOf(a[0])
			if !ok {
				fnClauseError(m+"iso_days_to_end_of_day/1", a)
			}
			return term.Tuple{term.Int(floorDiv(t, usPerDay)), term.Tuple{term.Int(usPerDay - 1), term.Int(usPerDay)}}
		},
		"day_rollover_relative_to_midnight_utc/0": func(env rt.Env, a []term.Term) term.Term {
			return term.Tuple{term.Int(0), term.Int(1)}
		},
		"shift_date/4": func(env rt.Env, a []term.Term) term.Term {
			v, _, _ := isoArgs(m+"shift_date/4", a, 0, 3, false)
			y, mo, d := shiftDate(v[0], v[1], v[2], durationArg(env, m+"shift_date/4", a, 3, ""))
			return term.Tuple{term.Int(y), term.Int(mo), term.Int(d)}
		},
		"shift_naive_datetime/8": func(env rt.Env, a []term.Term) term.Term {
			v, us, p := isoArgs(m+"shift_naive_datetime/8", a, 0, 6, true)
			c := calValue{kind: kindNaive, year: v[0], month: v[1], day: v[2], hour: v[3], minute: v[4], second: v[5], us: us, prec: p}
			return naiveTuple(shiftNaive(c, durationArg(env, m+"shift_naive_datetime/8", a, 7, "")))
		},
		"shift_time/5": func(env rt.Env, a []term.Term) term.Term {
			v, us, p := isoArgs(m+"shift_time/5", a, 0, 3, true)
			c := shiftTime(calValue{kind: kindTime, hour: v[0], minute: v[1], second: v[2], us: us, prec: p},
				durationArg(env, m+"shift_time/5", a, 4, ""))
			return term.Tuple{term.Int(c.hour), term.Int(c.minute), term.Int(c.second), usTuple(c.us, c.prec)}
		},
	}
	rt.Register("Calendar.ISO", fns)
}

func isDuration(t term.Term) bool {
	m, ok := t.(*term.Map)
	if !ok {
		return false
	}
	s, _ := structOf(m)
	return s == rt.ModuleAtom("Duration")
}

// parseDurationISO is Calendar.ISO.parse_duration/1 (Duration.from_iso8601/1):
// P[n]Y[n]M[n]W[n]DT[n]H[n]M[n]S with optional signs, a fraction only on
// the seconds; reason is the error atom's name.
func parseDurationISO(s string) (duration, string) {
	var d duration
	neg := false
	switch {
	case strings.HasPrefix(s, "-P"):
		neg, s = true, s[2:]
	case strings.HasPrefix(s, "+P"):
		s = s[2:]
	case strings.HasPrefix(s, "P"):
		s = s[1:]
	default:
		return d, "invalid_duration"
	}
	if s == "" {
		return d, "invalid_duration"
	}
	// parseInt is Integer.parse/1's prefix: an optional sign and digits.
	parseInt := func(s string) (int64, string, bool) {
		i := 0
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i {
			return 0, s, false
		}
		n, err := strconv.ParseInt(s[:j], 10, 64)
		if err != nil {
			return 0, s, false
		}
		return n, s[j:], true
	}
	dateUnits := []struct {
		c byte
		p *int64
	}{{'Y', &d.year}, {'M', &d.month}, {'W', &d.week}, {'D', &d.day}}
	timeUnits := []struct {
		c byte
		p *int64
	}{{'H', &d.hour}, {'M', &d.minute}, {'S', &d.second}}
	for s != "" {
		if s[0] == 'T' && len(s) > 1 {
			s = s[1:]
			for s != "" {
				n, rest, ok := parseInt(s)
				if !ok || rest == "" {
					return d, "invalid_time_component"
				}
				if rest[0] == '.' || rest[0] == ',' {
					j := 1
					for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
						j++
					}
					if j == 1 || rest[j:] != "S" {
						return d, "invalid_time_component"
					}
					frac := rest[1:j]
					prec := min(len(frac), 6)
					us, _ := strconv.ParseInt((frac + "000000")[:6], 10, 64)
					if s[0] == '-' {
						us = -us
					}
					d.second, d.us, d.prec = n, us, int64(prec)
					s = ""
					break
				}
				found := false
				for len(timeUnits) > 0 {
					u := timeUnits[0]
					timeUnits = timeUnits[1:]
					if u.c == rest[0] {
						*u.p, found = n, true
						break
					}
				}
				if !found {
					return d, "invalid_time_component"
				}
				s = rest[1:]
			}
			break
		}
		n, rest, ok := parseInt(s)
		if !ok || rest == "" {
			return d, "invalid_date_component"
		}
		found := false
		for len(dateUnits) > 0 {
			u := dateUnits[0]
			dateUnits = dateUnits[1:]
			if u.c == rest[0] {
				*u.p, found = n, true
				break
			}
		}
		if !found {
			return d, "invalid_date_component"
		}
		s = rest[1:]
	}
	if neg {
		d = duration{-d.year, -d.month, -d.week, -d.day, -d.hour, -d.minute, -d.second, -d.us, d.prec}
	}
	return d, ""
}

// secondsText writes a duration's seconds with its microseconds at
// their precision ("1.002", "-0.2000").
func (d duration) secondsText() string {
	if d.prec == 0 {
		return strconv.FormatInt(d.second, 10)
	}
	total := d.second*1_000_000 + d.us
	sign := ""
	if total < 0 {
		sign, total = "-", -total
	}
	frac := fmt.Sprintf("%06d", total%1_000_000)
	return sign + strconv.FormatInt(total/1_000_000, 10) + "." + frac[:d.prec]
}

// durationString is Duration.to_string/2.
func durationString(d duration, units map[string]string, sep string) string {
	unit := func(k, def string) string {
		if u, ok := units[k]; ok {
			return u
		}
		return def
	}
	var parts []string
	for _, p := range []struct {
		v    int64
		k, u string
	}{{d.year, "year", "a"}, {d.month, "month", "mo"}, {d.week, "week", "wk"}, {d.day, "day", "d"},
		{d.hour, "hour", "h"}, {d.minute, "minute", "min"}} {
		if p.v != 0 {
			parts = append(parts, strconv.FormatInt(p.v, 10)+unit(p.k, p.u))
		}
	}
	if d.second != 0 || d.us != 0 {
		parts = append(parts, d.secondsText()+unit("second", "s"))
	}
	if len(parts) == 0 {
		return "0" + unit("second", "s")
	}
	return strings.Join(parts, sep)
}

// durationISO is Duration.to_iso8601/1.
func durationISO(d duration) string {
	pair := func(v int64, c string) string {
		if v == 0 {
			return ""
		}
		return strconv.FormatInt(v, 10) + c
	}
	date := pair(d.year, "Y") + pair(d.month, "M") + pair(d.week, "W") + pair(d.day, "D")
	tm := ""
	if d.hour != 0 || d.minute != 0 || d.second != 0 || d.us != 0 {
		tm = "T" + pair(d.hour, "H") + pair(d.minute, "M")
		if d.second != 0 || d.us != 0 {
			tm += d.secondsText() + "S"
		}
	}
	if date == "" && tm == "" {
		return "PT0S"
	}
	return "P" + date + tm
}

func init() { rt.RegisterLazy(registerISOConversions) }

// registerISOConversions registers the built-ins of this part of the file (see
// rt.RegisterLazy).
func registerISOConversions() {
	fromISO := func(mfa string, bang bool) rt.BuiltinFunc {
		return func(env rt.Env, a []term.Term) term.Term {
			s := binArg(mfa, a, 0)
			d, reason := parseDurationISO(s)
			if reason != "" {
				if bang {
					rt.ArgumentError("failed to parse duration " + rt.Inspect(env, a[0]) + ". reason: :" + reason)
				}
				return errTuple(reason)
			}
			if bang {
				return d.toTerm()
			}
			return okTuple(d.toTerm())
		}
	}
	toString := func(env rt.Env, a []term.Term) term.Term {
		mfa := fmt.Sprintf("Duration.to_string/%d", len(a))
		if !isDuration(a[0]) {
			fnClauseError(mfa, a)
		}
		d := durationArg(env, mfa, a, 0, "")
		units, sep := map[string]string{}, " "
		if len(a) > 1 {
			if v, ok := kwGet(a[1], "units"); ok {
				items, _ := properList(v)
				for _, it := range items {
					k, u, ok := pair(it)
					ka, ok2 := k.(term.Atom)
					ub, ok3 := u.(term.Binary)
					if ok && ok2 && ok3 {
						if _, seen := units[ka.Name()]; !seen {
							units[ka.Name()] = string(ub)
						}
					}
				}
			}
			if v, ok := kwGet(a[1], "separator"); ok {
				if b, ok := v.(term.Binary); ok {
					sep = string(b)
				}
			}
		}
		return term.Binary(durationString(d, units, sep))
	}
	rt.Register("Duration", map[string]rt.BuiltinFunc{
		"from_iso8601/1":  fromISO("Duration.from_iso8601/1", false),
		"from_iso8601!/1": fromISO("Duration.from_iso8601!/1", true),
		"to_string/1":     toString,
		"to_string/2":     toString,
		"to_iso8601/1": func(env rt.Env, a []term.Term) term.Term {
			if !isDuration(a[0]) {
				fnClauseError("Duration.to_iso8601/1", a)
			}
			return term.Binary(durationISO(durationArg(env, "Duration.to_iso8601/1", a, 0, "")))
		},
	})
	rt.Register("Calendar.ISO", map[string]rt.BuiltinFunc{
		"parse_duration/1": func(env rt.Env, a []term.Term) term.Term {
			d, reason := parseDurationISO(binArg("Calendar.ISO.parse_duration/1", a, 0))
			if reason != "" {
				return errTuple(reason)
			}
			m := d.toTerm().(*term.Map)
			var pairs []term.Term
			for _, u := range durationUnits {
				v, _ := m.Get(atom(u))
				if u == "microsecond" {
					if d.us != 0 || d.prec != 0 {
						pairs = append(pairs, term.Tuple{atom(u), v})
					}
					continue
				}
				if v != term.Int(0) {
					pairs = append(pairs, term.Tuple{atom(u), v})
				}
			}
			return okTuple(list(pairs))
		},
	})
}
