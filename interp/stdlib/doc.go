// Package stdlib implements Elixir's standard library for exlite as Go
// built-ins registered with package rt: Kernel's plain functions, Enum,
// Stream, List, Map, Keyword, Tuple, Range, MapSet and Access (the
// collection side), and String, Integer, Float, IO, Exception and
// friends (the text side), the calendar types (Date, Time, NaiveDateTime,
// DateTime, Duration, Calendar.ISO), System, URI and Base.
//
// Importing the package registers everything; the evaluator dispatches
// Module.fun/arity calls to the built-ins through rt.Lookup.
//
// Contracts with the evaluator:
//
//   - Built-ins create function values with rt.MakeFun (Code is an
//     *rt.GoCode); Env.Call must run them.
//   - Enum and Stream walk lists, maps, ranges, MapSets, streams and
//     functions of arity 2 in Go. Any other struct goes through
//     env.Apply(Enumerable, :reduce, [value, {:cont, acc}, reducer]) (and
//     Enumerable.count/1, member?/2 first where Elixir asks them); the
//     evaluator dispatches that to a user's defimpl, else to the built-in
//     Enumerable.reduce/3 here, which raises Protocol.UndefinedError.
//     Collectable works the same way for Enum.into/2.
//   - Enum.random/1, Enum.shuffle/1 and Enum.take_random/2 draw from the
//     program's seeded source when the Env implements rt.RandEnv, else
//     from a process-wide one; after :rand.seed(:exsss, seed) a process
//     uses Erlang's exsss generator kept in its dictionary (rand_erl.go),
//     as real Elixir does. Stream.interval/1 and Stream.timer/1 sleep
//     through rt.SleepEnv.
//   - DateTime asks a time zone database module given as an argument
//     through env.Apply (time_zone_period_from_utc_iso_days/2,
//     time_zone_periods_from_wall_datetime/2); without one only Etc/UTC
//     exists. Clocks (utc_now, System.system_time) read rt.ClockEnv or the
//     process runtime, so they are virtual in deterministic runs.
//   - System's host functions (get_env, cmd, shell...) touch the OS; the
//     evaluator's sandbox keeps served programs from calling them.
package stdlib
