package stdlib

import (
	"fmt"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// DateTime's time zones. Without a time zone database (Elixir's default,
// Calendar.UTCOnlyTimeZoneDatabase) only "Etc/UTC" exists and any other
// zone gives {:error, :utc_only_time_zone_database}; a module passed as
// the time zone database is asked as Elixir asks it
// (time_zone_period_from_utc_iso_days/2,
// time_zone_periods_from_wall_datetime/2).

var atomUTCOnlyDB = rt.ModuleAtom("Calendar.UTCOnlyTimeZoneDatabase")

const usPerDay = 86400 * 1_000_000

// tzPeriod is a time zone period: its offsets and abbreviation.
type tzPeriod struct {
	off, std int64
	abbr     string
}

var utcPeriod = tzPeriod{abbr: "UTC"}

func (p tzPeriod) toTerm() term.Term {
	return term.EmptyMap.Put(atom("std_offset"), term.Int(p.std)).Put(atom("utc_offset"), term.Int(p.off)).
		Put(atom("zone_abbr"), term.Binary(p.abbr))
}

func periodOf(t term.Term) (tzPeriod, bool) {
	m, ok := t.(*term.Map)
	if !ok {
		return tzPeriod{}, false
	}
	o, ok1 := m.Get(atom("utc_offset"))
	s, ok2 := m.Get(atom("std_offset"))
	a, ok3 := m.Get(atom("zone_abbr"))
	oi, ok4 := o.(term.Int)
	si, ok5 := s.(term.Int)
	ab, ok6 := a.(term.Binary)
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) {
		return tzPeriod{}, false
	}
	return tzPeriod{off: int64(oi), std: int64(si), abbr: string(ab)}, true
}

// isoDaysTerm writes microseconds since 0000-01-01 as Calendar.iso_days.
func isoDaysTerm(total int64) term.Term {
	days := floorDiv(total, usPerDay)
	return term.Tuple{term.Int(days), term.Tuple{term.Int(total - days*usPerDay), term.Int(usPerDay)}}
}

// isoDaysOf reads Calendar.iso_days as microseconds since 0000-01-01.
func isoDaysOf(t term.Term) (int64, bool) {
	tu, ok := t.(term.Tuple)
	if !ok || len(tu) != 2 {
		return 0, false
	}
	days, ok1 := tu[0].(term.Int)
	fr, ok2 := tu[1].(term.Tuple)
	if !ok1 || !ok2 || len(fr) != 2 {
		return 0, false
	}
	parts, ok3 := fr[0].(term.Int)
	ppd, ok4 := fr[1].(term.Int)
	if !ok3 || !ok4 || ppd <= 0 {
		return 0, false
	}
	us := int64(parts)
	if ppd != usPerDay {
		us = floorDivBig(int64(parts), usPerDay, int64(ppd)).Int64()
	}
	return int64(days)*usPerDay + us, true
}

// tzDB is the time zone database argument at index i, or the default.
func tzDB(mfa string, a []term.Term, i int) term.Atom {
	if i >= len(a) {
		return atomUTCOnlyDB
	}
	db, ok := a[i].(term.Atom)
	if !ok {
		fnClauseError(mfa, a)
	}
	return db
}

// tzErr turns a database's {:error, reason} (or anything unexpected) into
// the reason term.
func tzErr(r term.Term) term.Term {
	if t, ok := r.(term.Tuple); ok && len(t) == 2 && t[0] == term.ErrorAtom {
		return t[1]
	}
	rt.Raise(rt.NewException("CaseClauseError", atom("term"), r))
	return nil
}

// periodFromUTC asks db for zone's period at the UTC instant utc
// (microseconds since 0000-01-01); reason is non-nil on error.
func periodFromUTC(env rt.Env, db term.Atom, zone string, utc int64) (tzPeriod, term.Term) {
	if db == atomUTCOnlyDB {
		if zone == "Etc/UTC" {
			return utcPeriod, nil
		}
		return tzPeriod{}, atom("utc_only_time_zone_database")
	}
	r := env.Apply(db, atom("time_zone_period_from_utc_iso_days"), []term.Term{isoDaysTerm(utc), term.Binary(zone)})
	if t, ok := r.(term.Tuple); ok && len(t) == 2 && t[0] == term.OK {
		if p, ok := periodOf(t[1]); ok {
			return p, nil
		}
	}
	return tzPeriod{}, tzErr(r)
}

// inZone is the DateTime at the UTC instant utc in zone, with precision
// prec; reason is non-nil when db cannot tell zone's period.
func inZone(env rt.Env, db term.Atom, zone string, utc, prec int64) (calValue, term.Term) {
	p, reason := periodFromUTC(env, db, zone, utc)
	if reason != nil {
		return calValue{}, reason
	}
	c := fromTotalUS(kindDateTime, utc+(p.off+p.std)*1_000_000, prec)
	if zone != "Etc/UTC" || p.abbr != "UTC" {
		c.setZone(zone, p.abbr, p.off, p.std)
	}
	return c, nil
}

// withPeriod is naive's wall time in zone with period p.
func withPeriod(naive calValue, zone string, p tzPeriod) calValue {
	naive.kind = kindDateTime
	naive.setZone("", "", 0, 0)
	if zone != "Etc/UTC" || p.abbr != "UTC" {
		naive.setZone(zone, p.abbr, p.off, p.std)
	}
	return naive
}

// fromNaive is DateTime.from_naive/3: its result tag (ok, ambiguous, gap
// or error) and one or two datetimes, or the error reason.
func fromNaive(env rt.Env, db term.Atom, naive calValue, zone string) (string, calValue, calValue, term.Term) {
	naive.kind = kindNaive
	if zone == "Etc/UTC" {
		return "ok", withPeriod(naive, zone, utcPeriod), calValue{}, nil
	}
	if db == atomUTCOnlyDB {
		return "error", calValue{}, calValue{}, atom("utc_only_time_zone_database")
	}
	r := env.Apply(db, atom("time_zone_periods_from_wall_datetime"), []term.Term{naive.toTerm(), term.Binary(zone)})
	t, _ := r.(term.Tuple)
	switch {
	case len(t) == 2 && t[0] == term.OK:
		if p, ok := periodOf(t[1]); ok {
			return "ok", withPeriod(naive, zone, p), calValue{}, nil
		}
	case len(t) == 3 && t[0] == atom("ambiguous"):
		p1, ok1 := periodOf(t[1])
		p2, ok2 := periodOf(t[2])
		if ok1 && ok2 {
			return "ambiguous", withPeriod(naive, zone, p1), withPeriod(naive, zone, p2), nil
		}
	case len(t) == 3 && t[0] == atom("gap"):
		g1, ok1 := t[1].(term.Tuple)
		g2, ok2 := t[2].(term.Tuple)
		if ok1 && ok2 && len(g1) == 2 && len(g2) == 2 {
			p1, ok3 := periodOf(g1[0])
			p2, ok4 := periodOf(g2[0])
			until, ok5 := calOf(g1[1])
			from, ok6 := calOf(g2[1])
			if ok3 && ok4 && ok5 && ok6 {
				// the last microsecond before the gap, the first after it
				before := fromTotalUS(kindNaive, until.totalUS()-until.us+999_999-1_000_000, 6)
				return "gap", withPeriod(before, zone, p1), withPeriod(from, zone, p2), nil
			}
		}
	}
	return "error", calValue{}, calValue{}, tzErr(r)
}

// dtFromNaive is DateTime.from_naive/2,3 and from_naive!/2,3.
func dtFromNaive(env rt.Env, mfa string, a []term.Term, bang bool) term.Term {
	c := calArg(mfa, a, 0, kindNaive, kindDateTime)
	zone := binArg(mfa, a, 1)
	tag, d1, d2, reason := fromNaive(env, tzDB(mfa, a, 2), c, zone)
	if bang {
		what := "cannot convert " + rt.Inspect(env, a[0]) + " to datetime"
		switch tag {
		case "ok":
			return d1.toTerm()
		case "ambiguous":
			rt.ArgumentError(what + " because such instant is ambiguous in time zone " + zone +
				" as there is an overlap between " + rt.Inspect(env, d1.toTerm()) + " and " + rt.Inspect(env, d2.toTerm()))
		case "gap":
			rt.ArgumentError(what + " because such instant does not exist in time zone " + zone +
				" as there is a gap between " + rt.Inspect(env, d1.toTerm()) + " and " + rt.Inspect(env, d2.toTerm()))
		}
		rt.ArgumentError(what + ", reason: " + rt.Inspect(env, reason))
	}
	return zoneResult(tag, d1, d2, reason)
}

func zoneResult(tag string, d1, d2 calValue, reason term.Term) term.Term {
	switch tag {
	case "ok":
		return okTuple(d1.toTerm())
	case "ambiguous", "gap":
		return term.Tuple{atom(tag), d1.toTerm(), d2.toTerm()}
	}
	return term.Tuple{term.ErrorAtom, reason}
}

// dtNew is DateTime.new/2,3,4 and new!/2,3,4.
func dtNew(env rt.Env, mfa string, a []term.Term, bang bool) term.Term {
	d := calArg(mfa, a, 0, kindDate)
	t := calArg(mfa, a, 1, kindTime)
	zone := "Etc/UTC"
	if len(a) > 2 {
		zone = binArg(mfa, a, 2)
	}
	tag, d1, d2, reason := fromNaive(env, tzDB(mfa, a, 3), combine(kindNaive, d, t), zone)
	if bang {
		what := "cannot build datetime with " + rt.Inspect(env, a[0]) + " and " + rt.Inspect(env, a[1])
		switch tag {
		case "ok":
			return d1.toTerm()
		case "ambiguous":
			rt.ArgumentError(what + " because such instant is ambiguous in time zone " + zone +
				" as there is an overlap between " + rt.Inspect(env, d1.toTerm()) + " and " + rt.Inspect(env, d2.toTerm()))
		case "gap":
			rt.ArgumentError(what + " because such instant does not exist in time zone " + zone +
				" as there is a gap between " + rt.Inspect(env, d1.toTerm()) + " and " + rt.Inspect(env, d2.toTerm()))
		}
		rt.ArgumentError(what + ", reason: " + rt.Inspect(env, reason))
	}
	return zoneResult(tag, d1, d2, reason)
}

// shiftZone is DateTime.shift_zone/3.
func shiftZone(env rt.Env, db term.Atom, c calValue, zone string) (calValue, term.Term) {
	if c.zoneName() == zone {
		return c, nil
	}
	return inZone(env, db, zone, c.utcUS(), c.prec)
}

// dtNow is DateTime.now/1,2 and now!/1,2.
func dtNow(env rt.Env, mfa string, a []term.Term, bang bool) term.Term {
	zone := binArg(mfa, a, 0)
	c := calFromTime(kindDateTime, now(env))
	c, reason := shiftZone(env, tzDB(mfa, a, 1), c, zone)
	if reason != nil {
		if bang {
			rt.ArgumentError("cannot get current datetime in " + rt.Inspect(env, a[0]) + " time zone, reason: " + rt.Inspect(env, reason))
		}
		return term.Tuple{term.ErrorAtom, reason}
	}
	if bang {
		return c.toTerm()
	}
	return okTuple(c.toTerm())
}

// dtAdd is DateTime.add/2,3,4.
func dtAdd(env rt.Env, mfa string, a []term.Term) term.Term {
	c := calArg(mfa, a, 0, kindDateTime)
	n := intArgs(mfa, a, 1)[0]
	unit := term.Term(atom("second"))
	if len(a) > 2 {
		unit = a[2]
	}
	delta, prec := addDelta(env, n, unit)
	res, reason := inZone(env, tzDB(mfa, a, 3), c.zoneName(), c.utcUS()+delta, max(c.prec, prec))
	if reason != nil {
		db := term.Term(atomUTCOnlyDB)
		if len(a) > 3 {
			db = a[3]
		}
		rt.ArgumentError(fmt.Sprintf("cannot add %d %s to %s (with time zone database %s), reason: %s",
			n, unitName(env, unit), rt.Inspect(env, a[0]), rt.Inspect(env, db), rt.Inspect(env, reason)))
	}
	return res.toTerm()
}

func unitName(env rt.Env, u term.Term) string {
	if at, ok := u.(term.Atom); ok {
		return at.Name()
	}
	return rt.Inspect(env, u)
}

// addDelta is amount n of unit in microseconds (rounded down) and the
// precision the unit implies (Calendar.ISO.time_unit_to_precision/1).
func addDelta(env rt.Env, n int64, unit term.Term) (int64, int64) {
	switch unit {
	case atom("day"), atom("hour"), atom("minute"):
		per, _, _ := unitUS(unit)
		return n * per, 0
	case atom("second"):
		return n * 1_000_000, 0
	case atom("millisecond"):
		return n * 1000, 3
	case atom("microsecond"):
		return n, 6
	case atom("nanosecond"):
		return floorDiv(n, 1000), 6
	}
	if k, ok := unit.(term.Int); ok && k > 0 {
		return floorDivBig(n, 1_000_000, int64(k)).Int64(), 6
	}
	badUnit(env, unit)
	return 0, 0
}

func init() { rt.RegisterLazy(registerCalendarZone) }

// registerCalendarZone registers the built-ins of this file (see rt.RegisterLazy).
func registerCalendarZone() {
	shiftZoneFn := func(mfa string, bang bool) rt.BuiltinFunc {
		return func(env rt.Env, a []term.Term) term.Term {
			c := calArg(mfa, a, 0, kindDateTime)
			zone := binArg(mfa, a, 1)
			res, reason := shiftZone(env, tzDB(mfa, a, 2), c, zone)
			if reason != nil {
				if bang {
					rt.ArgumentError("cannot shift " + rt.Inspect(env, a[0]) + " to " + rt.Inspect(env, a[1]) +
						" time zone, reason: " + rt.Inspect(env, reason))
				}
				return term.Tuple{term.ErrorAtom, reason}
			}
			if bang {
				return res.toTerm()
			}
			return okTuple(res.toTerm())
		}
	}
	dt := map[string]rt.BuiltinFunc{
		"shift_zone/2":  shiftZoneFn("DateTime.shift_zone/2", false),
		"shift_zone/3":  shiftZoneFn("DateTime.shift_zone/3", false),
		"shift_zone!/2": shiftZoneFn("DateTime.shift_zone!/2", true),
		"shift_zone!/3": shiftZoneFn("DateTime.shift_zone!/3", true),
	}
	for _, n := range []int{2, 3, 4} {
		n := n
		dt[fmt.Sprintf("new/%d", n)] = func(env rt.Env, a []term.Term) term.Term {
			return dtNew(env, fmt.Sprintf("DateTime.new/%d", n), a, false)
		}
		dt[fmt.Sprintf("new!/%d", n)] = func(env rt.Env, a []term.Term) term.Term {
			return dtNew(env, fmt.Sprintf("DateTime.new!/%d", n), a, true)
		}
		if n < 4 {
			dt[fmt.Sprintf("from_naive/%d", n)] = func(env rt.Env, a []term.Term) term.Term {
				return dtFromNaive(env, fmt.Sprintf("DateTime.from_naive/%d", n), a, false)
			}
			dt[fmt.Sprintf("from_naive!/%d", n)] = func(env rt.Env, a []term.Term) term.Term {
				return dtFromNaive(env, fmt.Sprintf("DateTime.from_naive!/%d", n), a, true)
			}
			dt[fmt.Sprintf("add/%d", n)] = func(env rt.Env, a []term.Term) term.Term {
				return dtAdd(env, fmt.Sprintf("DateTime.add/%d", n), a)
			}
		}
	}
	dt["add/4"] = func(env rt.Env, a []term.Term) term.Term { return dtAdd(env, "DateTime.add/4", a) }
	dt["now/1"] = func(env rt.Env, a []term.Term) term.Term { return dtNow(env, "DateTime.now/1", a, false) }
	dt["now/2"] = func(env rt.Env, a []term.Term) term.Term { return dtNow(env, "DateTime.now/2", a, false) }
	dt["now!/1"] = func(env rt.Env, a []term.Term) term.Term { return dtNow(env, "DateTime.now!/1", a, true) }
	dt["now!/2"] = func(env rt.Env, a []term.Term) term.Term { return dtNow(env, "DateTime.now!/2", a, true) }
	rt.Register("DateTime", dt)

	rt.Register("Calendar", map[string]rt.BuiltinFunc{
		"get_time_zone_database/0": func(env rt.Env, a []term.Term) term.Term { return atomUTCOnlyDB },
	})
	rt.Register("Calendar.UTCOnlyTimeZoneDatabase", map[string]rt.BuiltinFunc{
		"time_zone_period_from_utc_iso_days/2": func(env rt.Env, a []term.Term) term.Term {
			if a[1] == term.Binary("Etc/UTC") {
				return okTuple(utcPeriod.toTerm())
			}
			return errTuple("utc_only_time_zone_database")
		},
		"time_zone_periods_from_wall_datetime/2": func(env rt.Env, a []term.Term) term.Term {
			if a[1] == term.Binary("Etc/UTC") {
				return okTuple(utcPeriod.toTerm())
			}
			return errTuple("utc_only_time_zone_database")
		},
	})
}
