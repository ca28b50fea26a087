package stdlib

import (
	"iter"
	"strconv"
	"time"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Streams.
//
// A composed stream is a %Stream{enum: e, funs: [...], accs: [], done: nil}
// struct, as in Elixir (so it inspects as #Stream<[enum: ..., funs: [...]]>);
// each element of funs is a Go-backed function whose Fun.Env is a *stage,
// the Go description of one lazy step. Sources (Stream.iterate/2,
// unfold/2, cycle/1, resource/3, zip/1...) are Go-backed functions of
// arity 2, which is how Elixir represents them too: they implement the
// Enumerable reduce protocol when called, and Fun.Env holds a *lazySource
// that Go code runs directly.

// sink receives the elements of one stage.
type sink struct {
	// push takes one element; false means stop (halt).
	push func(term.Term) bool
	// flush is called once when the input ended normally; it may push
	// leftovers and reports whether the consumer is still accepting.
	flush func() bool
}

// stage is one lazy transformation; start makes its state for one run.
type stage struct {
	start func(env rt.Env, down *sink) *sink
}

// lazySource is a Go enumerable behind a Stream source function.
type lazySource struct {
	run func(env rt.Env, f func(term.Term) bool)
}

// streamUniq is the "uniq" part Elixir 1.18 prints in the functions of
// the Stream module (#Function<48.103858489/1 in Stream.map/2>).
const streamUniq = 103858489

// streamFunIDs gives the index and enclosing function Elixir prints for
// the functions a Stream call returns, keyed by our name for them.
var streamFunIDs = map[string]struct {
	index uint32
	in    string
}{
	"map": {48, "map/2"}, "filter": {40, "filter/2"}, "reject": {50, "reject/2"},
	"filter_map": {41, "filter_map/3"}, "each": {39, "each/2"},
	"take": {56, "take_after_guards/2"}, "take_last": {57, "take_after_guards/2"},
	"take_while": {59, "take_while/2"}, "drop": {34, "drop/2"}, "drop_last": {35, "drop/2"},
	"drop_while": {37, "drop_while/2"}, "take_every": {58, "take_every_after_guards/2"},
	"drop_every": {36, "drop_every/2"}, "map_every": {49, "map_every_after_guards/3"},
	"with_index": {66, "with_index/2"}, "chunk_while": {3, "chunk_while/4"},
	"dedup_by": {11, "dedup_by/2"}, "uniq_by": {65, "uniq_by/2"},
	"scan2": {54, "scan/2"}, "scan3": {55, "scan/3"},
	"transform3": {60, "transform/3"}, "transform4": {61, "transform/4"}, "transform5": {62, "transform/5"},
	"unfold": {63, "unfold/2"}, "cycle": {9, "cycle/1"}, "repeatedly": {51, "repeatedly/1"},
	"resource": {52, "resource/3"}, "zip_with3": {74, "zip_with/3"}, "zip_with2": {72, "zip_with/2"},
	"into": {46, "into/3"},
}

// streamFun makes a Go-backed function that inspects as the Elixir one.
func streamFun(key string, arity int, fn rt.BuiltinFunc, data any) *term.Fun {
	id, ok := streamFunIDs[key]
	if !ok {
		id.in = key + "/" + strconv.Itoa(arity)
	}
	f := rt.MakeFun("Stream", "-"+id.in+"-fun-0-", arity, fn, data)
	f.Index, f.Uniq = id.index, streamUniq
	return f
}

// makeSource returns a Stream source function (arity 2, Enumerable).
func makeSource(name string, run func(env rt.Env, f func(term.Term) bool)) *term.Fun {
	src := &lazySource{run: run}
	return streamFun(name, 2, func(env rt.Env, args []term.Term) term.Term {
		seq := iter.Seq[term.Term](func(yield func(term.Term) bool) { src.run(env, yield) })
		next, stop := iter.Pull(seq)
		return reduceCommand(env, next, stop, args[0], args[1])
	}, src)
}

// makeStream returns %Stream{} with the given fields.
func makeStream(enum term.Term, funs []term.Term, done term.Term) *term.Map {
	return term.NewMap(
		[]term.Term{atomStruct, atomAccs, atomDone, atomEnum, atomFuns},
		[]term.Term{modStream, term.Nil, done, enum, list(funs)})
}

// lazy adds a stage to enum: to the stream itself when enum is a stream
// without a done function, else around it.
func lazy(enum term.Term, name string, st *stage) *term.Map {
	fn := streamFun(name, 1, func(env rt.Env, args []term.Term) term.Term {
		rt.ArgumentError("exlite streams cannot be composed by calling their functions")
		return nil
	}, st)
	if m, ok := enum.(*term.Map); ok && isStructOf(m, modStream) && mapField(m, atomDone) == term.NilAtom {
		funs, _ := properList(mapField(m, atomFuns))
		return makeStream(mapField(m, atomEnum), append([]term.Term{fn}, funs...), term.NilAtom)
	}
	return makeStream(enum, []term.Term{fn}, term.NilAtom)
}

// stageSource runs a stage over enum as a source function (Elixir's
// transform-based streams are functions, not %Stream{} structs).
func stageSource(name string, enum term.Term, st *stage) *term.Fun {
	return makeSource(name, func(env rt.Env, f func(term.Term) bool) {
		down := st.start(env, &sink{push: f, flush: func() bool { return true }})
		halted := false
		iterate(env, enum, func(x term.Term) bool {
			if !down.push(x) {
				halted = true
				return false
			}
			return true
		})
		if !halted {
			down.flush()
		}
	})
}

// iterateStream runs a %Stream{}; it reports false when the struct is not
// one of ours.
func iterateStream(env rt.Env, m *term.Map, f func(term.Term) bool) bool {
	funs, ok := properList(mapField(m, atomFuns))
	if !ok {
		return false
	}
	stages := make([]*stage, len(funs))
	for i, fn := range funs {
		fv, ok := fn.(*term.Fun)
		if !ok {
			return false
		}
		st, ok := fv.Env.(*stage)
		if !ok {
			return false
		}
		stages[i] = st
	}
	down := &sink{push: f, flush: func() bool { return true }}
	// funs holds the newest stage first: it is nearest the consumer.
	for _, st := range stages {
		down = st.start(env, down)
	}
	halted := false
	iterate(env, mapField(m, atomEnum), func(x term.Term) bool {
		if !down.push(x) {
			halted = true
			return false
		}
		return true
	})
	if !halted {
		down.flush()
	}
	return true
}

// simpleStage is a stateless stage built from a push function.
func simpleStage(push func(env rt.Env, down *sink, x term.Term) bool) *stage {
	return &stage{start: func(env rt.Env, down *sink) *sink {
		return &sink{push: func(x term.Term) bool { return push(env, down, x) }, flush: down.flush}
	}}
}

func mapStage(fun term.Term) *stage {
	return simpleStage(func(env rt.Env, down *sink, x term.Term) bool {
		return down.push(env.Call(fun, []term.Term{x}))
	})
}

func filterStage(fun term.Term, keep bool) *stage {
	return simpleStage(func(env rt.Env, down *sink, x term.Term) bool {
		if truthy(env, fun, x) == keep {
			return down.push(x)
		}
		return true
	})
}

func takeStage(n int64) *stage {
	return &stage{start: func(env rt.Env, down *sink) *sink {
		i := int64(0)
		return &sink{push: func(x term.Term) bool {
			i++
			ok := down.push(x)
			if i >= n {
				if ok {
					down.flush()
				}
				return false
			}
			return ok
		}, flush: down.flush}
	}}
}

func takeWhileStage(fun term.Term) *stage {
	return &stage{start: func(env rt.Env, down *sink) *sink {
		return &sink{push: func(x term.Term) bool {
			if truthy(env, fun, x) {
				return down.push(x)
			}
			down.flush()
			return false
		}, flush: down.flush}
	}}
}

func dropStage(n int64) *stage {
	return &stage{start: func(env rt.Env, down *sink) *sink {
		i := int64(0)
		return &sink{push: func(x term.Term) bool {
			if i < n {
				i++
				return true
			}
			return down.push(x)
		}, flush: down.flush}
	}}
}

func dropLastStage(n int64) *stage {
	return &stage{start: func(env rt.Env, down *sink) *sink {
		var buf []term.Term
		return &sink{push: func(x term.Term) bool {
			buf = append(buf, x)
			if int64(len(buf)) > n {
				y := buf[0]
				buf = buf[1:]
				return down.push(y)
			}
			return true
		}, flush: down.flush}
	}}
}

func dropWhileStage(fun term.Term) *stage {
	return &stage{start: func(env rt.Env, down *sink) *sink {
		dropping := true
		return &sink{push: func(x term.Term) bool {
			if dropping && truthy(env, fun, x) {
				return true
			}
			dropping = false
			return down.push(x)
		}, flush: down.flush}
	}}
}

// everyStage calls hit for every nth element (the first, then every nth
// after it) and miss for the others.
func everyStage(nth int64, hit, miss func(env rt.Env, down *sink, x term.Term) bool) *stage {
	return &stage{start: func(env rt.Env, down *sink) *sink {
		i := int64(0)
		return &sink{push: func(x term.Term) bool {
			k := i % nth
			i++
			if k == 0 {
				return hit(env, down, x)
			}
			return miss(env, down, x)
		}, flush: down.flush}
	}}
}

func withIndexStage(offset term.Term, fun term.Term) *stage {
	return &stage{start: func(env rt.Env, down *sink) *sink {
		i := offset
		return &sink{push: func(x term.Term) bool {
			idx := i
			i = add(i, term.Int(1))
			if fun != nil {
				return down.push(env.Call(fun, []term.Term{x, idx}))
			}
			return down.push(term.Tuple{x, idx})
		}, flush: down.flush}
	}}
}

// chunker is the Go form of a chunk_while: step returns a chunk to emit
// (emit true) and whether to halt; after returns the last chunk.
type chunker struct {
	step  func(x term.Term) (chunk term.Term, emit, halt bool)
	after func() (chunk term.Term, emit bool)
}

func chunkStage(newChunker func(env rt.Env) *chunker) *stage {
	return &stage{start: func(env rt.Env, down *sink) *sink {
		ch := newChunker(env)
		flush := func() bool {
			if c, emit := ch.after(); emit {
				if !down.push(c) {
					return false
				}
			}
			return down.flush()
		}
		return &sink{push: func(x term.Term) bool {
			c, emit, halt := ch.step(x)
			if emit && !down.push(c) {
				return false
			}
			if halt {
				flush()
				return false
			}
			return true
		}, flush: flush}
	}}
}

// runChunker applies a chunker to all of enum (for Enum's chunk functions).
func runChunker(env rt.Env, enum term.Term, ch *chunker) []term.Term {
	var out []term.Term
	h := rt.Hold(env)
	defer h.Release()
	iterate(env, enum, func(x term.Term) bool {
		h.Add(rt.ListCellBytes)
		c, emit, halt := ch.step(x)
		if emit {
			out = append(out, c)
		}
		return !halt
	})
	if c, emit := ch.after(); emit {
		out = append(out, c)
	}
	return out
}

// chunkEveryChunker is chunk_every(count, step, leftover); leftover nil
// means :discard.
func chunkEveryChunker(env rt.Env, count, step int64, leftover term.Term) *chunker {
	limit := max(count, step)
	var buf []term.Term // in order
	n := int64(0)
	return &chunker{
		step: func(x term.Term) (term.Term, bool, bool) {
			buf = append(buf, x)
			n++
			var out term.Term
			emit := false
			if n == count {
				out = list(append([]term.Term(nil), buf...))
				emit = true
			}
			if n >= limit {
				remaining := n - step
				if remaining < 0 {
					remaining = 0
				}
				buf = append([]term.Term(nil), buf[int64(len(buf))-remaining:]...)
				n = remaining
			}
			return out, emit, false
		},
		after: func() (term.Term, bool) {
			if leftover == nil || n == 0 || n >= count {
				return nil, false
			}
			extra := takeList(env, leftover, count-n)
			return list(append(append([]term.Term(nil), buf...), extra...)), true
		},
	}
}

// takeList takes up to n elements of enum.
func takeList(env rt.Env, enum term.Term, n int64) []term.Term {
	var out []term.Term
	if n <= 0 {
		return out
	}
	iterate(env, enum, func(x term.Term) bool {
		out = append(out, x)
		return int64(len(out)) < n
	})
	return out
}

func chunkByChunker(env rt.Env, fun term.Term) *chunker {
	var buf []term.Term
	var key term.Term
	return &chunker{
		step: func(x term.Term) (term.Term, bool, bool) {
			k := env.Call(fun, []term.Term{x})
			if buf == nil {
				buf, key = []term.Term{x}, k
				return nil, false, false
			}
			if term.StrictEqual(k, key) {
				buf = append(buf, x)
				return nil, false, false
			}
			out := list(buf)
			buf, key = []term.Term{x}, k
			return out, true, false
		},
		after: func() (term.Term, bool) {
			if buf == nil {
				return nil, false
			}
			return list(buf), true
		},
	}
}

// chunkWhileChunker runs Elixir chunk_fun/after_fun.
func chunkWhileChunker(env rt.Env, acc, chunkFun, afterFun term.Term, who string) *chunker {
	return &chunker{
		step: func(x term.Term) (term.Term, bool, bool) {
			r := env.Call(chunkFun, []term.Term{x, acc})
			t, ok := r.(term.Tuple)
			switch {
			case ok && len(t) == 3 && t[0] == atomCont:
				acc = t[2]
				return t[1], true, false
			case ok && len(t) == 2 && t[0] == atomCont:
				acc = t[1]
				return nil, false, false
			case ok && len(t) == 2 && t[0] == atomHalt:
				acc = t[1]
				return nil, false, true
			}
			rt.Raise(rt.NewException("CaseClauseError", atomTerm, r))
			return nil, false, false
		},
		after: func() (term.Term, bool) {
			r := env.Call(afterFun, []term.Term{acc})
			t, ok := r.(term.Tuple)
			switch {
			case ok && len(t) == 3 && t[0] == atomCont:
				return t[1], true
			case ok && len(t) == 2 && t[0] == atomCont:
				return nil, false
			}
			rt.Raise(rt.NewException("CaseClauseError", atomTerm, r))
			return nil, false
		},
	}
}

// dedupStage drops elements whose key equals the previous element's.
func dedupStage(fun term.Term) *stage {
	return &stage{start: func(env rt.Env, down *sink) *sink {
		var prev term.Term
		first := true
		return &sink{push: func(x term.Term) bool {
			k := x
			if fun != nil {
				k = env.Call(fun, []term.Term{x})
			}
			if !first && term.StrictEqual(k, prev) {
				return true
			}
			first, prev = false, k
			return down.push(x)
		}, flush: down.flush}
	}}
}

func uniqStage(fun term.Term) *stage {
	return &stage{start: func(env rt.Env, down *sink) *sink {
		seen := newTermSet(16)
		return &sink{push: func(x term.Term) bool {
			k := x
			if fun != nil {
				k = env.Call(fun, []term.Term{x})
			}
			if seen.add(k) {
				return down.push(x)
			}
			return true
		}, flush: down.flush}
	}}
}

func flatMapStage(fun term.Term) *stage {
	return &stage{start: func(env rt.Env, down *sink) *sink {
		return &sink{push: func(x term.Term) bool {
			inner := x
			if fun != nil {
				inner = env.Call(fun, []term.Term{x})
			}
			ok := true
			iterate(env, inner, func(y term.Term) bool {
				ok = down.push(y)
				return ok
			})
			return ok
		}, flush: down.flush}
	}}
}

func scanStage(acc term.Term, hasAcc bool, fun term.Term) *stage {
	return &stage{start: func(env rt.Env, down *sink) *sink {
		a, have := acc, hasAcc
		return &sink{push: func(x term.Term) bool {
			if !have {
				a, have = x, true
			} else {
				a = env.Call(fun, []term.Term{x, a})
			}
			return down.push(a)
		}, flush: down.flush}
	}}
}

func intersperseStage(sep term.Term) *stage {
	return &stage{start: func(env rt.Env, down *sink) *sink {
		first := true
		return &sink{push: func(x term.Term) bool {
			if !first && !down.push(sep) {
				return false
			}
			first = false
			return down.push(x)
		}, flush: down.flush}
	}}
}

// transformStage is Stream.transform/5 (startFun and afterFun may be nil).
func transformStage(start, reducer, last, after term.Term, acc0 term.Term, name string) *stage {
	return &stage{start: func(env rt.Env, down *sink) *sink {
		acc := acc0
		if start != nil {
			acc = env.Call(start, nil)
		}
		finished := false
		runAfter := func() {
			if after != nil && !finished {
				finished = true
				env.Call(after, []term.Term{acc})
			}
		}
		emit := func(r term.Term, where string) (cont, ok bool) {
			t, isT := r.(term.Tuple)
			if isT && len(t) == 2 && t[0] == atomHalt {
				acc = t[1]
				return false, true
			}
			if !isT || len(t) != 2 {
				rt.Raise(rt.NewException("CaseClauseError", atomTerm, r))
			}
			acc = t[1]
			good := true
			iterate(env, t[0], func(y term.Term) bool {
				good = down.push(y)
				return good
			})
			return true, good
		}
		return &sink{push: func(x term.Term) bool {
			var cont, ok bool
			func() {
				defer func() {
					if r := recover(); r != nil {
						runAfter()
						panic(r)
					}
				}()
				cont, ok = emit(env.Call(reducer, []term.Term{x, acc}), "reducer")
			}()
			if !cont {
				if last != nil {
					emit(env.Call(last, []term.Term{acc}), "last")
				}
				runAfter()
				down.flush()
				return false
			}
			if !ok {
				runAfter()
			}
			return ok
		}, flush: func() bool {
			if last != nil {
				if _, ok := emit(env.Call(last, []term.Term{acc}), "last"); !ok {
					runAfter()
					return false
				}
			}
			runAfter()
			return down.flush()
		}}
	}}
}

func eachStage(fun term.Term) *stage {
	return simpleStage(func(env rt.Env, down *sink, x term.Term) bool {
		env.Call(fun, []term.Term{x})
		return down.push(x)
	})
}

// unfoldSource is Stream.unfold/2.
func unfoldSource(acc, fun term.Term) *term.Fun {
	return makeSource("unfold", func(env rt.Env, f func(term.Term) bool) {
		a := acc
		for {
			r := env.Call(fun, []term.Term{a})
			if r == term.NilAtom {
				return
			}
			t, ok := r.(term.Tuple)
			if !ok || len(t) != 2 {
				rt.Raise(rt.NewException("CaseClauseError", atomTerm, r))
			}
			if !f(t[0]) {
				return
			}
			a = t[1]
		}
	})
}

// zipSource zips enums lazily, calling zipFun on the list of heads (nil
// for tuples).
func zipSource(name string, enums []term.Term, zipFun term.Term) *term.Fun {
	return makeSource(name, func(env rt.Env, f func(term.Term) bool) {
		zipRun(env, enums, zipFun, f)
	})
}

// zipRun pulls each of enums in turn until one ends.
func zipRun(env rt.Env, enums []term.Term, zipFun term.Term, f func(term.Term) bool) {
	if len(enums) == 0 {
		return
	}
	nexts := make([]func() (term.Term, bool), len(enums))
	stops := make([]func(), len(enums))
	defer func() {
		for _, s := range stops {
			if s != nil {
				s()
			}
		}
	}()
	for i, e := range enums {
		nexts[i], stops[i] = pull(env, e)
	}
	for {
		heads := make([]term.Term, len(enums))
		for i, next := range nexts {
			x, ok := next()
			if !ok {
				return
			}
			heads[i] = x
		}
		var v term.Term
		if zipFun == nil {
			v = term.Tuple(heads)
		} else {
			v = env.Call(zipFun, []term.Term{list(heads)})
		}
		if !f(v) {
			return
		}
	}
}

func mustNonNegInt(t term.Term, mod, fun string, arity int) int64 {
	n, ok := smallInt(t)
	if !ok || n < 0 {
		functionClause(mod, fun, arity)
	}
	return n
}

func mustPosInt(t term.Term, mod, fun string, arity int) int64 {
	n, ok := smallInt(t)
	if !ok || n <= 0 {
		functionClause(mod, fun, arity)
	}
	return n
}

func mustFun(t term.Term, arity int, mod, fun string, a int) {
	if !isFunArity(t, arity) {
		functionClause(mod, fun, a)
	}
}

func init() { rt.RegisterLazy(registerStream) }

// registerStream registers the built-ins of this file (see rt.RegisterLazy).
func registerStream() {
	rt.Register("Stream", map[string]rt.BuiltinFunc{
		"map/2": func(env rt.Env, a []term.Term) term.Term {
			mustFun(a[1], 1, "Stream", "map", 2)
			return lazy(a[0], "map", mapStage(a[1]))
		},
		"filter/2": func(env rt.Env, a []term.Term) term.Term {
			mustFun(a[1], 1, "Stream", "filter", 2)
			return lazy(a[0], "filter", filterStage(a[1], true))
		},
		"reject/2": func(env rt.Env, a []term.Term) term.Term {
			mustFun(a[1], 1, "Stream", "reject", 2)
			return lazy(a[0], "reject", filterStage(a[1], false))
		},
		"filter_map/3": func(env rt.Env, a []term.Term) term.Term {
			filter, mapper := a[1], a[2]
			return lazy(a[0], "filter_map", simpleStage(func(env rt.Env, down *sink, x term.Term) bool {
				if truthy(env, filter, x) {
					return down.push(env.Call(mapper, []term.Term{x}))
				}
				return true
			}))
		},
		"each/2": func(env rt.Env, a []term.Term) term.Term {
			mustFun(a[1], 1, "Stream", "each", 2)
			return lazy(a[0], "each", eachStage(a[1]))
		},
		"take/2": func(env rt.Env, a []term.Term) term.Term {
			n, ok := smallInt(a[1])
			if !ok {
				functionClause("Stream", "take", 2, a...)
			}
			if n == 0 || a[0] == term.Nil {
				return makeStream(term.Nil, nil, term.NilAtom)
			}
			if n < 0 {
				enum := a[0]
				return makeSource("take_last", func(env rt.Env, f func(term.Term) bool) {
					for _, x := range enumTakeLast(env, enum, -n) {
						if !f(x) {
							return
						}
					}
				})
			}
			return lazy(a[0], "take", takeStage(n))
		},
		"take_while/2": func(env rt.Env, a []term.Term) term.Term {
			return lazy(a[0], "take_while", takeWhileStage(a[1]))
		},
		"drop/2": func(env rt.Env, a []term.Term) term.Term {
			n, ok := smallInt(a[1])
			if !ok {
				functionClause("Stream", "drop", 2, a...)
			}
			if n < 0 {
				return lazy(a[0], "drop_last", dropLastStage(-n))
			}
			return lazy(a[0], "drop", dropStage(n))
		},
		"drop_while/2": func(env rt.Env, a []term.Term) term.Term {
			return lazy(a[0], "drop_while", dropWhileStage(a[1]))
		},
		"take_every/2": func(env rt.Env, a []term.Term) term.Term {
			n := mustNonNegInt(a[1], "Stream", "take_every", 2)
			if n == 0 {
				return makeStream(term.Nil, nil, term.NilAtom)
			}
			return lazy(a[0], "take_every", everyStage(n,
				func(env rt.Env, down *sink, x term.Term) bool { return down.push(x) },
				func(env rt.Env, down *sink, x term.Term) bool { return true }))
		},
		"drop_every/2": func(env rt.Env, a []term.Term) term.Term {
			n := mustNonNegInt(a[1], "Stream", "drop_every", 2)
			if n == 0 {
				return a[0]
			}
			return lazy(a[0], "drop_every", everyStage(n,
				func(env rt.Env, down *sink, x term.Term) bool { return true },
				func(env rt.Env, down *sink, x term.Term) bool { return down.push(x) }))
		},
		"map_every/3": func(env rt.Env, a []term.Term) term.Term {
			n := mustNonNegInt(a[1], "Stream", "map_every", 3)
			fun := a[2]
			if n == 0 {
				return a[0]
			}
			return lazy(a[0], "map_every", everyStage(n,
				func(env rt.Env, down *sink, x term.Term) bool { return down.push(env.Call(fun, []term.Term{x})) },
				func(env rt.Env, down *sink, x term.Term) bool { return down.push(x) }))
		},
		"with_index/1": func(env rt.Env, a []term.Term) term.Term {
			return lazy(a[0], "with_index", withIndexStage(term.Int(0), nil))
		},
		"with_index/2": func(env rt.Env, a []term.Term) term.Term {
			if isInteger(a[1]) {
				return lazy(a[0], "with_index", withIndexStage(a[1], nil))
			}
			mustFun(a[1], 2, "Stream", "with_index", 2)
			return lazy(a[0], "with_index", withIndexStage(term.Int(0), a[1]))
		},
		"chunk_every/2": func(env rt.Env, a []term.Term) term.Term {
			n := mustPosInt(a[1], "Stream", "chunk_every", 4)
			return streamChunk(a[0], "chunk_every", func(env rt.Env) *chunker { return chunkEveryChunker(env, n, n, term.Nil) })
		},
		"chunk_every/3": func(env rt.Env, a []term.Term) term.Term {
			n := mustPosInt(a[1], "Stream", "chunk_every", 4)
			s := mustPosInt(a[2], "Stream", "chunk_every", 4)
			return streamChunk(a[0], "chunk_every", func(env rt.Env) *chunker { return chunkEveryChunker(env, n, s, term.Nil) })
		},
		"chunk_every/4": func(env rt.Env, a []term.Term) term.Term {
			n := mustPosInt(a[1], "Stream", "chunk_every", 4)
			s := mustPosInt(a[2], "Stream", "chunk_every", 4)
			leftover := a[3]
			if leftover == atomDiscard {
				leftover = nil
			}
			return streamChunk(a[0], "chunk_every", func(env rt.Env) *chunker { return chunkEveryChunker(env, n, s, leftover) })
		},
		"chunk_by/2": func(env rt.Env, a []term.Term) term.Term {
			fun := a[1]
			return streamChunk(a[0], "chunk_by", func(env rt.Env) *chunker { return chunkByChunker(env, fun) })
		},
		"chunk_while/4": func(env rt.Env, a []term.Term) term.Term {
			acc, cf, af := a[1], a[2], a[3]
			return streamChunk(a[0], "chunk_while", func(env rt.Env) *chunker {
				return chunkWhileChunker(env, acc, cf, af, "Stream.chunk_while/4")
			})
		},
		"dedup/1": func(env rt.Env, a []term.Term) term.Term {
			return lazy(a[0], "dedup_by", dedupStage(nil))
		},
		"dedup_by/2": func(env rt.Env, a []term.Term) term.Term {
			return lazy(a[0], "dedup_by", dedupStage(a[1]))
		},
		"uniq/1": func(env rt.Env, a []term.Term) term.Term {
			return lazy(a[0], "uniq_by", uniqStage(nil))
		},
		"uniq_by/2": func(env rt.Env, a []term.Term) term.Term {
			return lazy(a[0], "uniq_by", uniqStage(a[1]))
		},
		"flat_map/2": func(env rt.Env, a []term.Term) term.Term {
			return stageSource("transform3", a[0], flatMapStage(a[1]))
		},
		"concat/1": func(env rt.Env, a []term.Term) term.Term {
			return stageSource("transform3", a[0], flatMapStage(nil))
		},
		"concat/2": func(env rt.Env, a []term.Term) term.Term {
			return stageSource("transform3", term.List(a[0], a[1]), flatMapStage(nil))
		},
		"scan/2": func(env rt.Env, a []term.Term) term.Term {
			return lazy(a[0], "scan2", scanStage(nil, false, a[1]))
		},
		"scan/3": func(env rt.Env, a []term.Term) term.Term {
			return lazy(a[0], "scan3", scanStage(a[1], true, a[2]))
		},
		"intersperse/2": func(env rt.Env, a []term.Term) term.Term {
			return stageSource("transform3", a[0], intersperseStage(a[1]))
		},
		"transform/3": func(env rt.Env, a []term.Term) term.Term {
			return stageSource("transform3", a[0], transformStage(nil, a[2], nil, nil, a[1], "transform"))
		},
		"transform/4": func(env rt.Env, a []term.Term) term.Term {
			return stageSource("transform4", a[0], transformStage(a[1], a[2], nil, a[3], nil, "transform"))
		},
		"transform/5": func(env rt.Env, a []term.Term) term.Term {
			return stageSource("transform5", a[0], transformStage(a[1], a[2], a[3], a[4], nil, "transform"))
		},
		"iterate/2": func(env rt.Env, a []term.Term) term.Term {
			start, fun := a[0], a[1]
			mustFun(fun, 1, "Stream", "iterate", 2)
			return makeSource("unfold", func(env rt.Env, f func(term.Term) bool) {
				x := start
				for f(x) {
					x = env.Call(fun, []term.Term{x})
				}
			})
		},
		"unfold/2": func(env rt.Env, a []term.Term) term.Term {
			mustFun(a[1], 1, "Stream", "unfold", 2)
			return unfoldSource(a[0], a[1])
		},
		"repeatedly/1": func(env rt.Env, a []term.Term) term.Term {
			fun := a[0]
			mustFun(fun, 0, "Stream", "repeatedly", 1)
			return makeSource("repeatedly", func(env rt.Env, f func(term.Term) bool) {
				for f(env.Call(fun, nil)) {
				}
			})
		},
		"duplicate/2": func(env rt.Env, a []term.Term) term.Term {
			v := a[0]
			n := mustNonNegInt(a[1], "Stream", "duplicate", 2)
			return makeSource("unfold", func(env rt.Env, f func(term.Term) bool) {
				for i := int64(0); i < n && f(v); i++ {
				}
			})
		},
		"from_index/0": func(env rt.Env, a []term.Term) term.Term {
			return fromIndex(term.Int(0), nil)
		},
		"from_index/1": func(env rt.Env, a []term.Term) term.Term {
			if isInteger(a[0]) {
				return fromIndex(a[0], nil)
			}
			return fromIndex(term.Int(0), a[0])
		},
		"cycle/1": func(env rt.Env, a []term.Term) term.Term {
			enum := a[0]
			if enum == term.Nil {
				rt.ArgumentError("cannot cycle over an empty enumerable")
			}
			name := "cycle"
			if isProperList(enum) {
				name = "unfold"
			}
			return makeSource(name, func(env rt.Env, f func(term.Term) bool) {
				for {
					any, stop := false, false
					iterate(env, enum, func(x term.Term) bool {
						any = true
						if !f(x) {
							stop = true
							return false
						}
						return true
					})
					if stop {
						return
					}
					if !any {
						rt.ArgumentError("cannot cycle over an empty enumerable")
					}
				}
			})
		},
		"resource/3": func(env rt.Env, a []term.Term) term.Term {
			startFun, nextFun, afterFun := a[0], a[1], a[2]
			return makeSource("resource", func(env rt.Env, f func(term.Term) bool) {
				acc := env.Call(startFun, nil)
				done := false
				defer func() {
					if !done {
						env.Call(afterFun, []term.Term{acc})
					}
				}()
				for {
					r := env.Call(nextFun, []term.Term{acc})
					t, ok := r.(term.Tuple)
					if !ok || len(t) != 2 {
						rt.Raise(rt.NewException("CaseClauseError", atomTerm, r))
					}
					if t[0] == atomHalt {
						acc = t[1]
						return
					}
					acc = t[1]
					stop := false
					iterate(env, t[0], func(x term.Term) bool {
						if !f(x) {
							stop = true
							return false
						}
						return true
					})
					if stop {
						return
					}
				}
			})
		},
		"zip/1": func(env rt.Env, a []term.Term) term.Term {
			return zipSource("zip_with2", toSlice(env, a[0]), nil)
		},
		"zip/2": func(env rt.Env, a []term.Term) term.Term {
			return zipSource("zip_with3", []term.Term{a[0], a[1]}, nil)
		},
		"zip_with/2": func(env rt.Env, a []term.Term) term.Term {
			return zipSource("zip_with2", toSlice(env, a[0]), a[1])
		},
		"zip_with/3": func(env rt.Env, a []term.Term) term.Term {
			fun := a[2]
			zf := rt.MakeFun("Stream", "zip_with", 1, func(env rt.Env, args []term.Term) term.Term {
				xs, _ := properList(args[0])
				return env.Call(fun, xs)
			}, nil)
			return zipSource("zip_with3", []term.Term{a[0], a[1]}, zf)
		},
		"interval/1": func(env rt.Env, a []term.Term) term.Term {
			ms := mustNonNegInt(a[0], "Stream", "interval", 1)
			return makeSource("unfold", func(env rt.Env, f func(term.Term) bool) {
				for i := int64(0); ; i++ {
					sleepMs(env, ms)
					if !f(term.Int(i)) {
						return
					}
				}
			})
		},
		"timer/1": func(env rt.Env, a []term.Term) term.Term {
			ms := mustNonNegInt(a[0], "Stream", "timer", 1)
			interval := makeSource("unfold", func(env rt.Env, f func(term.Term) bool) {
				for i := int64(0); ; i++ {
					sleepMs(env, ms)
					if !f(term.Int(i)) {
						return
					}
				}
			})
			return lazy(interval, "take", takeStage(1))
		},
		"run/1": func(env rt.Env, a []term.Term) term.Term {
			iterate(env, a[0], func(term.Term) bool { return true })
			return term.OK
		},
		"into/2": func(env rt.Env, a []term.Term) term.Term {
			enum, coll := a[0], a[1]
			return makeSource("into", func(env rt.Env, f func(term.Term) bool) {
				streamInto(env, enum, coll, nil, f)
			})
		},
		"into/3": func(env rt.Env, a []term.Term) term.Term {
			enum, coll, tr := a[0], a[1], a[2]
			return makeSource("into", func(env rt.Env, f func(term.Term) bool) {
				streamInto(env, enum, coll, tr, f)
			})
		},
	})
}

// sleepMs suspends the calling process for ms milliseconds.
func sleepMs(env rt.Env, ms int64) {
	d := time.Duration(ms) * time.Millisecond
	if se, ok := env.(rt.SleepEnv); ok {
		se.Sleep(d)
		return
	}
	time.Sleep(d)
}

// streamInto emits the elements of enum while collecting them into coll.
func streamInto(env rt.Env, enum, coll, transform term.Term, f func(term.Term) bool) {
	r := collectableInto(env, []term.Term{coll})
	t := r.(term.Tuple)
	acc, fn := t[0], t[1]
	iterate(env, enum, func(x term.Term) bool {
		y := x
		if transform != nil {
			y = env.Call(transform, []term.Term{x})
		}
		acc = env.Call(fn, []term.Term{acc, term.Tuple{atomCont, y}})
		return f(x)
	})
	env.Call(fn, []term.Term{acc, atomDone})
}

func fromIndex(offset, fun term.Term) *term.Fun {
	return makeSource("unfold", func(env rt.Env, f func(term.Term) bool) {
		i := offset
		for {
			v := i
			if fun != nil {
				v = env.Call(fun, []term.Term{i})
			}
			if !f(v) {
				return
			}
			i = add(i, term.Int(1))
		}
	})
}

// streamChunk adds a chunking stage; like Elixir's, it has a done
// function, so later stages wrap it in a new stream.
func streamChunk(enum term.Term, name string, newChunker func(env rt.Env) *chunker) *term.Map {
	s := lazy(enum, "chunk_while", chunkStage(newChunker))
	done := rt.MakeFun("Stream", "after_chunk_while", 2, func(env rt.Env, args []term.Term) term.Term {
		rt.ArgumentError("exlite streams cannot be composed by calling their functions")
		return nil
	}, nil)
	return s.Put(atomDone, done)
}
