package stdlib

import (
	"math"
	"math/rand"
	"sort"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Erlang's default :rand algorithm, exsss (Xorshift116**, 58-bit words),
// for programs that seed it themselves: after :rand.seed(:exsss, seed)
// the process's :rand.uniform/0,1, Enum.random/1, Enum.shuffle/1,
// Enum.take_random/2 and Stream.repeatedly(&:rand.uniform/0) give the
// numbers real Elixir gives for that seed (Enum's functions use Elixir's
// own algorithms on top of :rand). The state lives where Erlang keeps it,
// in the process dictionary under :rand_seed. A program that never seeds
// uses exlite's source (seeded by --seed) instead.

const mask58 = 1<<58 - 1

var atomRandSeed = term.MakeAtom("rand_seed")

// exsss is the generator's state, Erlang's improper list [a|b].
type exsss struct{ a, b uint64 }

func splitmix64(x uint64) (uint64, uint64) {
	x += 0x9E3779B97F4A7C15
	z := (x ^ x>>30) * 0xBF58476D1CE4E5B9
	z = (z ^ z>>27) * 0x94D049BB133111EB
	return z ^ z>>31, x
}

// seed58 is the next non-zero 58-bit word from a SplitMix64 state.
func seed58(x uint64) (uint64, uint64) {
	for {
		z, nx := splitmix64(x)
		x = nx
		if z&mask58 != 0 {
			return z & mask58, x
		}
	}
}

// exsssFromTriple is exsss_seed({A1, A2, A3}).
func exsssFromTriple(a1, a2, a3 uint64) exsss {
	_, x0 := seed58(a1)
	s0, x1 := seed58(a2 ^ x0)
	s1, _ := seed58(a3 ^ x1)
	return exsss{s0, s1}
}

// exsssFromInt is exsss_seed(Integer).
func exsssFromInt(x uint64) exsss {
	s0, x1 := seed58(x)
	s1, _ := seed58(x1)
	return exsss{s0, s1}
}

func bsl58(v uint64, n uint) uint64 { return (v & (mask58 >> n)) << n }

// next advances the state and returns a 58-bit number.
func (s *exsss) next() uint64 {
	s0 := s.b & mask58
	s1b := (s.a & mask58) ^ bsl58(s.a, 24)
	ns1 := s1b ^ s0 ^ (s1b >> 11) ^ (s0 >> 41)
	va := (s0 + bsl58(s0, 2)) & mask58
	vb := bsl58(va, 7) | (va>>(58-7))&(1<<7-1)
	v := (vb + bsl58(vb, 3)) & mask58
	s.a, s.b = s0, ns1
	return v
}

// uniform is :rand.uniform/0: a float in [0, 1).
func (s *exsss) uniform() float64 { return float64(s.next()>>5) * (1.0 / (1 << 53)) }

// uniformN is :rand.uniform/1: an integer in 1..n (n <= 2^58).
func (s *exsss) uniformN(n int64) int64 {
	for {
		v := s.next()
		maxMinus := uint64(1<<58) - uint64(n)
		if v < uint64(n) {
			return int64(v) + 1
		}
		i := v % uint64(n)
		if v-i <= maxMinus {
			return int64(i) + 1
		}
	}
}

func (s exsss) toTerm() term.Term {
	handler := term.EmptyMap.Put(atom("type"), atom("exsss")).Put(atom("bits"), term.Int(58))
	return term.Tuple{handler, &term.Cons{Head: term.Int(int64(s.a)), Tail: term.Int(int64(s.b))}}
}

// erlRand returns the process's exsss state when the program seeded it.
func erlRand(env rt.Env) (*exsss, func()) {
	bp := rt.ProcessOf(env)
	if bp == nil {
		return nil, nil
	}
	v, ok := bp.Get(atomRandSeed)
	if !ok {
		return nil, nil
	}
	t, ok := v.(term.Tuple)
	if !ok || len(t) != 2 {
		return nil, nil
	}
	h, ok := t[0].(*term.Map)
	if !ok || mapField(h, atom("type")) != atom("exsss") {
		return nil, nil
	}
	c, ok := t[1].(*term.Cons)
	if !ok {
		return nil, nil
	}
	a, ok1 := c.Head.(term.Int)
	b, ok2 := c.Tail.(term.Int)
	if !ok1 || !ok2 {
		return nil, nil
	}
	s := &exsss{uint64(a), uint64(b)}
	return s, func() { bp.Put(atomRandSeed, s.toTerm()) }
}

// randSeed is :rand.seed/1,2: exsss (the default) is Erlang's own
// generator, kept in the process dictionary; other algorithms seed
// exlite's source.
func randSeed(env rt.Env, alg, seed term.Term) term.Term {
	if alg == atom("default") {
		alg = atom("exsss")
	}
	if alg == atom("exsss") && rt.ProcessOf(env) != nil {
		var s exsss
		switch v := seed.(type) {
		case term.Tuple:
			if len(v) != 3 {
				fnClauseError(":rand.seed/2", []term.Term{alg, seed})
			}
			w := make([]uint64, 3)
			for i, x := range v {
				n, ok := x.(term.Int)
				if !ok {
					fnClauseError(":rand.seed/2", []term.Term{alg, seed})
				}
				w[i] = uint64(n)
			}
			s = exsssFromTriple(w[0], w[1], w[2])
		case term.Int:
			s = exsssFromInt(uint64(v))
		default:
			s = exsssFromInt(uint64(withRand(env, func(r *rand.Rand) int64 { return r.Int63() })))
		}
		rt.ProcessOf(env).Put(atomRandSeed, s.toTerm())
		return s.toTerm()
	}
	var n int64
	switch v := seed.(type) {
	case term.Int:
		n = int64(v)
	case term.Tuple:
		for _, x := range v {
			if k, ok := x.(term.Int); ok {
				n = n*1_000_003 + int64(k)
			}
		}
	default:
		n = withRand(env, func(r *rand.Rand) int64 { return r.Int63() })
	}
	withRand(env, func(r *rand.Rand) int { r.Seed(n); return 0 })
	return term.Tuple{alg, term.Int(n)}
}

// randUniform is :rand.uniform/0.
func randUniform(env rt.Env) float64 {
	if s, save := erlRand(env); s != nil {
		defer save()
		return s.uniform()
	}
	return withRand(env, func(r *rand.Rand) float64 { return r.Float64() })
}

// randUniformN is :rand.uniform/1 (1..n).
func randUniformN(env rt.Env, n int64) int64 {
	if s, save := erlRand(env); s != nil && n <= 1<<58 {
		defer save()
		return s.uniformN(n)
	}
	return RandInt(env, n) + 1
}

// elixirRandom is Enum.random/1 as Elixir computes it, for a seeded
// process; ok is false when the program did not seed :rand.
func elixirRandom(env rt.Env, enum term.Term) (term.Term, bool) {
	if s, _ := erlRand(env); s == nil {
		return nil, false
	}
	if first, last, step, ok := rangeOf(enum); ok {
		n := rangeSize(first, last, step)
		if n == 0 {
			emptyError()
		}
		return term.Int(first + (randUniformN(env, n)-1)*step), true
	}
	if _, isList := enum.(*term.Cons); isList {
		items := toSlice(env, enum)
		return items[randUniformN(env, int64(len(items)))-1], true
	}
	if _, isEmpty := enum.(term.EmptyList); isEmpty {
		emptyError()
	}
	if m, ok := enum.(*term.Map); ok {
		if n, ok := builtinCount(m); ok {
			if n == 0 {
				emptyError()
			}
			return toSlice(env, enum)[randUniformN(env, n)-1], true
		}
	}
	r := elixirTakeRandom(env, enum, 1)
	if len(r) == 0 {
		emptyError()
	}
	return r[0], true
}

// elixirShuffle is Enum.shuffle/1 as Elixir computes it.
func elixirShuffle(env rt.Env, items []term.Term) []term.Term {
	type keyed struct {
		k float64
		x term.Term
	}
	ks := make([]keyed, len(items))
	for i, x := range items {
		ks[len(items)-1-i] = keyed{randUniform(env), x}
	}
	sort.SliceStable(ks, func(i, j int) bool { return ks[i].k < ks[j].k })
	out := make([]term.Term, len(ks))
	for i, k := range ks {
		out[i] = k.x
	}
	return out
}

// elixirTakeRandom is Enum.take_random/2 as Elixir computes it
// (reservoir sampling with Algorithm L's skips).
func elixirTakeRandom(env rt.Env, enum term.Term, count int64) []term.Term {
	if count == 0 {
		return nil
	}
	jdxW := func(idx int64, w float64) (int64, float64) {
		w *= math.Exp(math.Log(randUniform(env)) / float64(count))
		jdx := idx + int64(math.Floor(math.Log(randUniform(env))/math.Log(1-w))) + 1
		return jdx, w
	}
	sample := map[int64]term.Term{}
	var idx int64
	jdx, w := count-1, 1.0
	if count == 1 {
		jdx = 0
	}
	iterateFold(env, enum, func(x term.Term) bool {
		switch {
		case idx < count:
			r := int64(0)
			if idx > 0 {
				r = randUniformN(env, idx+1) - 1
			}
			sample[idx] = sample[r]
			sample[r] = x
			if idx == jdx {
				jdx, w = jdxW(idx, w)
			}
		case idx == jdx:
			pos := int64(0)
			if count > 1 {
				pos = randUniformN(env, count) - 1
			}
			jdx, w = jdxW(idx, w)
			sample[pos] = x
		}
		idx++
		return true
	})
	n := min(count, idx)
	out := make([]term.Term, n)
	for i := int64(0); i < n; i++ {
		out[i] = sample[i]
	}
	return out
}
