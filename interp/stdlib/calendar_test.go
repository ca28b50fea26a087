package stdlib

import (
	"testing"

	"github.com/exlite/exlite/beam/term"
)

func sig(t *testing.T, which, src string) term.Term {
	t.Helper()
	return call(t, &textEnv{}, "Kernel.sigil_"+which+"/2", s(src), l())
}

func inspectCal(t *testing.T, v term.Term) string { return show(v) }

// Expected values from the Date, Time, NaiveDateTime and DateTime docs.
func TestCalendar(t *testing.T) {
	d := sig(t, "D", "2000-01-01")
	cases := []struct {
		got  term.Term
		want string
	}{
		{d, "~D[2000-01-01]"},
		{call(t, &textEnv{}, "Date.add/2", d, i(1)), "~D[2000-01-02]"},
		{call(t, &textEnv{}, "Date.add/2", d, i(-2)), "~D[1999-12-30]"},
		{call(t, &textEnv{}, "Date.diff/2", d, sig(t, "D", "2000-01-03")), "-2"},
		{call(t, &textEnv{}, "Date.day_of_week/1", sig(t, "D", "2016-10-31")), "1"},
		{call(t, &textEnv{}, "Date.day_of_week/1", sig(t, "D", "-0015-10-30")), "3"},
		{call(t, &textEnv{}, "Date.day_of_year/1", sig(t, "D", "2016-12-31")), "366"},
		{call(t, &textEnv{}, "Date.compare/2", d, sig(t, "D", "2000-01-02")), ":lt"},
		{call(t, &textEnv{}, "Date.new/3", i(2000), i(2), i(29)), "{:ok, ~D[2000-02-29]}"},
		{call(t, &textEnv{}, "Date.new/3", i(2001), i(2), i(29)), "{:error, :invalid_date}"},
		{call(t, &textEnv{}, "Date.from_iso8601/1", s("2015-01-23")), "{:ok, ~D[2015-01-23]}"},
		{call(t, &textEnv{}, "Date.from_iso8601/1", s("2015:01:23")), "{:error, :invalid_format}"},
		{call(t, &textEnv{}, "Date.from_iso8601/1", s("2015-01-32")), "{:error, :invalid_date}"},
		{call(t, &textEnv{}, "Date.to_string/1", d), `"2000-01-01"`},
		{call(t, &textEnv{}, "Date.leap_year?/1", sig(t, "D", "2000-01-01")), "true"},
		{call(t, &textEnv{}, "Date.end_of_month/1", sig(t, "D", "2000-02-10")), "~D[2000-02-29]"},
		{call(t, &textEnv{}, "Time.new/3", i(0), i(0), i(0)), "{:ok, ~T[00:00:00]}"},
		{call(t, &textEnv{}, "Time.new/4", i(0), i(0), i(0), term.Tuple{i(1), i(6)}), "{:ok, ~T[00:00:00.000001]}"},
		{call(t, &textEnv{}, "Time.new/3", i(24), i(59), i(59)), "{:error, :invalid_time}"},
		{call(t, &textEnv{}, "Time.add/3", sig(t, "T", "10:00:00"), i(-1), a("hour")), "~T[09:00:00]"},
		{call(t, &textEnv{}, "Time.add/2", sig(t, "T", "23:59:59"), i(2)), "~T[00:00:01]"},
		{call(t, &textEnv{}, "Time.add/3", sig(t, "T", "10:00:00"), i(1), a("millisecond")), "~T[10:00:00.001]"},
		{call(t, &textEnv{}, "Time.diff/2", sig(t, "T", "00:29:12"), sig(t, "T", "00:29:10")), "2"},
		{call(t, &textEnv{}, "Time.from_iso8601/1", s("23:50:07.123")), "{:ok, ~T[23:50:07.123]}"},
		{call(t, &textEnv{}, "NaiveDateTime.new/6", i(2000), i(1), i(1), i(0), i(0), i(0)), "{:ok, ~N[2000-01-01 00:00:00]}"},
		{call(t, &textEnv{}, "NaiveDateTime.add/3", sig(t, "N", "2014-10-02 00:29:10"), i(2), a("day")), "~N[2014-10-04 00:29:10]"},
		{call(t, &textEnv{}, "NaiveDateTime.diff/2", sig(t, "N", "2014-10-02 00:29:12"), sig(t, "N", "2014-10-02 00:29:10")), "2"},
		{call(t, &textEnv{}, "NaiveDateTime.diff/3", sig(t, "N", "2014-10-02 00:29:12"), sig(t, "N", "2014-10-02 00:29:10"), a("microsecond")), "2000000"},
		{call(t, &textEnv{}, "NaiveDateTime.from_iso8601/1", s("2015-01-23T23:50:07.123+02:30")), "{:ok, ~N[2015-01-23 23:50:07.123]}"},
		{call(t, &textEnv{}, "NaiveDateTime.to_iso8601/1", sig(t, "N", "2000-02-28 23:00:13")), `"2000-02-28T23:00:13"`},
		{call(t, &textEnv{}, "DateTime.from_iso8601/1", s("2015-01-23T23:50:07.123+02:30")), "{:ok, ~U[2015-01-23 21:20:07.123Z], 9000}"},
		{call(t, &textEnv{}, "DateTime.from_iso8601/1", s("2015-01-23T23:50:07")), "{:error, :missing_offset}"},
		{call(t, &textEnv{}, "DateTime.to_unix/1", sig(t, "U", "2016-05-24 13:26:08Z")), "1464096368"},
		{call(t, &textEnv{}, "DateTime.from_unix/1", i(1_464_096_368)), "{:ok, ~U[2016-05-24 13:26:08Z]}"},
		{call(t, &textEnv{}, "DateTime.from_unix/2", i(1_432_560_368_868_569), a("microsecond")), "{:ok, ~U[2015-05-25 13:26:08.868569Z]}"},
		{call(t, &textEnv{}, "DateTime.to_string/1", sig(t, "U", "2016-05-24 13:26:08Z")), `"2016-05-24 13:26:08Z"`},
		{call(t, &textEnv{}, "Calendar.ISO.days_in_month/2", i(1900), i(2)), "28"},
		{call(t, &textEnv{}, "Kernel.to_string/1", sig(t, "T", "23:00:07.001")), `"23:00:07.001"`},
	}
	for _, c := range cases {
		var got string
		if tu, ok := c.got.(term.Tuple); ok {
			parts := make([]string, len(tu))
			for j, x := range tu {
				parts[j] = inspectCal(t, x)
			}
			got = "{" + join(parts) + "}"
		} else {
			got = inspectCal(t, c.got)
		}
		if got != c.want {
			t.Errorf("got %s, want %s", got, c.want)
		}
	}
}

func join(parts []string) string {
	out := ""
	for j, p := range parts {
		if j > 0 {
			out += ", "
		}
		out += p
	}
	return out
}

func TestCalendarDiffUnits(t *testing.T) {
	runCases(t, []callCase{
		{"NaiveDateTime.diff/3", []term.Term{sig(t, "N", "2014-10-10 00:29:09"), sig(t, "N", "2014-10-02 00:29:10"), a("day")}, "7"},
		{"Time.diff/3", []term.Term{sig(t, "T", "02:29:10"), sig(t, "T", "00:29:11"), a("hour")}, "1"},
		{"Time.diff/3", []term.Term{sig(t, "T", "00:29:12"), sig(t, "T", "00:29:10"), a("microsecond")}, "2000000"},
		{"NaiveDateTime.diff/3", []term.Term{sig(t, "N", "2014-10-02 00:29:10"), sig(t, "N", "2014-10-02 00:29:12"), a("second")}, "-2"},
		{"Date.end_of_month/1", []term.Term{sig(t, "N", "2000-01-01 01:23:45")}, "~D[2000-01-31]"},
		{"NaiveDateTime.add/3", []term.Term{sig(t, "N", "2014-10-02 00:29:10"), i(21), a("millisecond")}, "~N[2014-10-02 00:29:10.021]"},
		{"Calendar.ISO.parse_date/1", []term.Term{s("+2015-01-23")}, "{:ok, {2015, 1, 23}}"},
	})
}
