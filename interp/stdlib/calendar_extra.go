package stdlib

import (
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The default structs of the calendar types and Regex (Mod.__struct__/0,
// which %Mod{...} uses), and more of Calendar.ISO and Time.

func structDefault(module string, fields ...term.Term) *term.Map {
	m := term.EmptyMap.Put(atom("__struct__"), rt.ModuleAtom(module))
	for i := 0; i+1 < len(fields); i += 2 {
		m = m.Put(fields[i], fields[i+1])
	}
	return m
}

func init() { rt.RegisterLazy(registerCalendarExtra) }

// registerCalendarExtra registers the built-ins of this file (see rt.RegisterLazy).
func registerCalendarExtra() {
	nilv := term.NilAtom
	us0 := term.Tuple{term.Int(0), term.Int(0)}
	defaults := map[string]*term.Map{
		"Date": structDefault("Date", atom("year"), nilv, atom("month"), nilv, atom("day"), nilv,
			atom("calendar"), atomCalendarISO),
		"Time": structDefault("Time", atom("hour"), nilv, atom("minute"), nilv, atom("second"), nilv,
			atom("microsecond"), us0, atom("calendar"), atomCalendarISO),
		"NaiveDateTime": structDefault("NaiveDateTime", atom("year"), nilv, atom("month"), nilv, atom("day"), nilv,
			atom("hour"), nilv, atom("minute"), nilv, atom("second"), nilv,
			atom("microsecond"), us0, atom("calendar"), atomCalendarISO),
		"DateTime": structDefault("DateTime", atom("year"), nilv, atom("month"), nilv, atom("day"), nilv,
			atom("hour"), nilv, atom("minute"), nilv, atom("second"), nilv,
			atom("time_zone"), nilv, atom("zone_abbr"), nilv, atom("utc_offset"), nilv, atom("std_offset"), nilv,
			atom("microsecond"), us0, atom("calendar"), atomCalendarISO),
		"Regex": structDefault("Regex", atom("re_pattern"), nilv, atom("source"), term.Binary(""),
			atom("opts"), term.Nil, atom("re_version"), term.Binary("")),
	}
	for mod, def := range defaults {
		def := def
		rt.Register(mod, map[string]rt.BuiltinFunc{
			"__struct__/0": func(env rt.Env, a []term.Term) term.Term { return def },
		})
	}

	parseTuple := func(kind calKind, mfa string) rt.BuiltinFunc {
		return func(env rt.Env, a []term.Term) term.Term {
			s := binArg(mfa, a, 0)
			basic := len(a) == 2 && formatArg(mfa, a, 1)
			c, off, reason := parseISOFmt(kind, s, basic)
			if reason != "" {
				return errTuple(reason)
			}
			us := term.Tuple{term.Int(c.us), term.Int(c.prec)}
			switch kind {
			case kindDate:
				return okTuple(term.Tuple{term.Int(c.year), term.Int(c.month), term.Int(c.day)})
			case kindTime:
				return okTuple(term.Tuple{term.Int(c.hour), term.Int(c.minute), term.Int(c.second), us})
			case kindNaive:
				return okTuple(term.Tuple{term.Int(c.year), term.Int(c.month), term.Int(c.day),
					term.Int(c.hour), term.Int(c.minute), term.Int(c.second), us})
			}
			return term.Tuple{term.OK, term.Tuple{term.Int(c.year), term.Int(c.month), term.Int(c.day),
				term.Int(c.hour), term.Int(c.minute), term.Int(c.second), us}, term.Int(off)}
		}
	}
	rt.Register("Calendar.ISO", map[string]rt.BuiltinFunc{
		"parse_date/1":           parseTuple(kindDate, "Calendar.ISO.parse_date/1"),
		"parse_date/2":           parseTuple(kindDate, "Calendar.ISO.parse_date/2"),
		"parse_time/1":           parseTuple(kindTime, "Calendar.ISO.parse_time/1"),
		"parse_time/2":           parseTuple(kindTime, "Calendar.ISO.parse_time/2"),
		"parse_naive_datetime/1": parseTuple(kindNaive, "Calendar.ISO.parse_naive_datetime/1"),
		"parse_naive_datetime/2": parseTuple(kindNaive, "Calendar.ISO.parse_naive_datetime/2"),
		"parse_utc_datetime/1":   parseTuple(kindDateTime, "Calendar.ISO.parse_utc_datetime/1"),
		"parse_utc_datetime/2":   parseTuple(kindDateTime, "Calendar.ISO.parse_utc_datetime/2"),
		"day_of_week/4": func(env rt.Env, a []term.Term) term.Term {
			v := intArgs("Calendar.ISO.day_of_week/4", a, 0, 1, 2)
			offsets := map[term.Term]int64{atom("default"): 5, atom("wednesday"): 3, atom("thursday"): 2,
				atom("friday"): 1, atom("saturday"): 0, atom("sunday"): 6, atom("monday"): 5, atom("tuesday"): 4}
			off, ok := offsets[a[3]]
			if !ok {
				fnClauseError("Calendar.ISO.day_of_week/4", a)
			}
			g := daysFromCivil(v[0], v[1], v[2]) - daysFromCivil(0, 1, 1)
			d := g + off
			return term.Tuple{term.Int(d - floorDiv(d, 7)*7 + 1), term.Int(1), term.Int(7)}
		},
		"day_of_year/3": func(env rt.Env, a []term.Term) term.Term {
			v := intArgs("Calendar.ISO.day_of_year/3", a, 0, 1, 2)
			return term.Int(daysFromCivil(v[0], v[1], v[2]) - daysFromCivil(v[0], 1, 1) + 1)
		},
		"time_unit_to_precision/1": func(env rt.Env, a []term.Term) term.Term {
			switch v := a[0].(type) {
			case term.Int:
				return term.Int(6)
			case term.Atom:
				switch v.Name() {
				case "nanosecond", "microsecond":
					return term.Int(6)
				case "millisecond":
					return term.Int(3)
				case "second":
					return term.Int(0)
				}
			}
			fnClauseError("Calendar.ISO.time_unit_to_precision/1", a)
			return nil
		},
		"months_in_year/1": func(env rt.Env, a []term.Term) term.Term { return term.Int(12) },
	})

	utcNow := func(kind calKind, mfa string) rt.BuiltinFunc {
		return func(env rt.Env, a []term.Term) term.Term {
			c := calFromTime(kind, now(env))
			if kind == kindTime {
				c.year, c.month, c.day = 0, 0, 0
			}
			if len(a) >= 1 {
				if _, isAtom := a[0].(term.Atom); isAtom && a[0] != atomCalendarISO {
					c = truncateTo(c, a[0], mfa, a)
				}
			}
			return c.toTerm()
		}
	}
	rt.Register("DateTime", map[string]rt.BuiltinFunc{
		"utc_now/1": utcNow(kindDateTime, "DateTime.utc_now/1"),
		"utc_now/2": utcNow(kindDateTime, "DateTime.utc_now/2"),
	})
	rt.Register("NaiveDateTime", map[string]rt.BuiltinFunc{
		"utc_now/1": utcNow(kindNaive, "NaiveDateTime.utc_now/1"),
		"utc_now/2": utcNow(kindNaive, "NaiveDateTime.utc_now/2"),
	})
	rt.Register("Time", map[string]rt.BuiltinFunc{
		"utc_now/1":  utcNow(kindTime, "Time.utc_now/1"),
		"from_erl/1": func(env rt.Env, a []term.Term) term.Term { return timeFromErl(env, "Time.from_erl/1", a, false) },
		"from_erl/2": func(env rt.Env, a []term.Term) term.Term { return timeFromErl(env, "Time.from_erl/2", a, false) },
		"from_erl!/1": func(env rt.Env, a []term.Term) term.Term {
			return timeFromErl(env, "Time.from_erl!/1", a, true)
		},
		"from_erl!/2": func(env rt.Env, a []term.Term) term.Term {
			return timeFromErl(env, "Time.from_erl!/2", a, true)
		},
		"from_seconds_after_midnight/1": func(env rt.Env, a []term.Term) term.Term {
			n := intArgs("Time.from_seconds_after_midnight/1", a, 0)[0]
			n = n - floorDiv(n, 86400)*86400
			return fromTotalUS(kindTime, n*1_000_000, 0).toTerm()
		},
	})
}

func timeFromErl(env rt.Env, mfa string, a []term.Term, bang bool) term.Term {
	t, ok := a[0].(term.Tuple)
	if !ok || len(t) != 3 {
		fnClauseError(mfa, a)
	}
	v := intArgs(mfa, t, 0, 1, 2)
	us, p := usArg(mfa, a, 1)
	if !validTime(v[0], v[1], v[2], us, p) {
		if bang {
			rt.ArgumentError("cannot convert " + rt.Inspect(env, a[0]) + " to time, reason: :invalid_time")
		}
		return errTuple("invalid_time")
	}
	c := calValue{kind: kindTime, hour: v[0], minute: v[1], second: v[2], us: us, prec: p}
	if bang {
		return c.toTerm()
	}
	return okTuple(c.toTerm())
}
