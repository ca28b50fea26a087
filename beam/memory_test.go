package beam

import (
	"slices"
	"sync/atomic"
	"testing"

	"github.com/exlite/exlite/beam/term"
)

func TestTermBytes(t *testing.T) {
	cases := []struct {
		name string
		t    term.Term
		want int64
	}{
		{"integer", term.Int(5), 0},
		{"atom", a("ok"), 0},
		{"binary", term.Binary("hello"), binBytes + 5},
		{"list", term.List(term.Int(1), term.Int(2), term.Int(3)), 3 * consBytes},
		{"tuple", term.Tuple{term.Int(1), term.Binary("ab")}, tupleBytes + 2*slotBytes + binBytes + 2},
		{"map", term.NewMap([]term.Term{a("k")}, []term.Term{term.Int(1)}), pairBytes},
	}
	for _, c := range cases {
		if got := TermBytes(c.t); got != c.want {
			t.Errorf("%s: TermBytes = %d, want %d", c.name, got, c.want)
		}
		var s Sizer
		s.Add(c.t)
		if s.Bytes != c.want {
			t.Errorf("%s: Sizer = %d, want %d", c.name, s.Bytes, c.want)
		}
	}
}

// TestSizerCountsSharingOnce builds terms whose tree size is exponential
// in their memory: [x | x] nested 200 times, {x, x} nested 200 times.
func TestSizerCountsSharingOnce(t *testing.T) {
	var l term.Term = term.Nil
	var tu term.Term = term.Int(0)
	for i := 0; i < 200; i++ {
		l = &term.Cons{Head: l, Tail: l}
		tu = term.Tuple{tu, tu}
	}
	if got := TermBytes(l); got != 200*consBytes {
		t.Errorf("[x | x] 200 deep: %d bytes, want %d", got, 200*consBytes)
	}
	if got := TermBytes(tu); got != 200*(tupleBytes+2*slotBytes) {
		t.Errorf("{x, x} 200 deep: %d bytes, want %d", got, 200*(tupleBytes+2*slotBytes))
	}
	// A long list reached twice, and a list sharing its tail.
	long := term.List(make([]term.Term, 10_000)...)
	var s Sizer
	s.Add(long)
	s.Add(long)
	s.Add(&term.Cons{Head: term.Int(1), Tail: long})
	if want := int64(10_001 * consBytes); s.Bytes != want {
		t.Errorf("shared list: %d bytes, want %d", s.Bytes, want)
	}
	// Max stops the walk early.
	s = Sizer{Max: 1000}
	s.Add(long)
	if s.Bytes > 1000+64*consBytes {
		t.Errorf("a walk bounded by 1000 bytes counted %d", s.Bytes)
	}
}

// TestSizerSharingWithFilter repeats the checks of sharing with sets
// large enough for ptrSet's filter: a long list reached twice and as the
// tail of another, and lists made by prepending to one another (paths
// of a search, each [node | parent's path]), each found counted at the
// cell where it joins one counted before.
func TestSizerSharingWithFilter(t *testing.T) {
	long := term.List(make([]term.Term, 500_000)...)
	var s Sizer
	s.Add(long)
	if s.seen.filter == nil {
		t.Fatal("a walk of 500,000 cells has no filter")
	}
	s.Add(long)
	s.Add(&term.Cons{Head: term.Int(1), Tail: long})
	if want := int64(500_001 * consBytes); s.Bytes != want {
		t.Errorf("shared list: %d bytes, want %d", s.Bytes, want)
	}
	for _, order := range []string{"shortest first", "longest first"} {
		paths := make([]term.Term, 100_000)
		var p term.Term = term.Nil
		for i := range paths {
			p = &term.Cons{Head: term.Int(i), Tail: p}
			paths[i] = p
		}
		s.Reset()
		if order == "longest first" {
			slices.Reverse(paths)
		}
		s.AddAll(paths)
		// Longest first, each shorter path starts inside one counted
		// and stops at the next cell remembered (one in 64).
		want, most := int64(100_000*consBytes), int64(100_000*consBytes)
		if order == "longest first" {
			most = 100_000 * 64 * consBytes
		}
		if s.Bytes < want || s.Bytes > most {
			t.Errorf("paths, %s: %d bytes, want %d to %d", order, s.Bytes, want, most)
		}
	}
}

// TestMailboxAccounting checks MailboxBytes and the queue limit.
func TestMailboxAccounting(t *testing.T) {
	var full atomic.Int64
	rt := NewRuntime(Options{CountMailboxes: true, MaxQueue: 3, OnQueueFull: func(n int) { full.Store(int64(n)) }})
	var during, after int64
	rt.RunMain(func(p *Process) term.Term {
		msg := term.Tuple{a("x"), term.Binary("payload")}
		for i := 0; i < 5; i++ {
			p.Send(p.Pid(), msg)
		}
		during = rt.MailboxBytes()
		for i := 0; i < 3; i++ {
			recv(t, p, anyMsg, long)
		}
		after = rt.MailboxBytes()
		return Normal
	})
	if want := 3 * TermBytes(term.Tuple{a("x"), term.Binary("payload")}); during != want {
		t.Errorf("3 messages waiting: MailboxBytes %d, want %d", during, want)
	}
	if after != 0 {
		t.Errorf("all received: MailboxBytes %d, want 0", after)
	}
	if full.Load() != 4 {
		t.Errorf("OnQueueFull got %d, want 4 (the length the 4th message would make)", full.Load())
	}
}

// TestSmallBytes checks TermBytes's walk of small messages against
// flatBytes's, including terms just past its bound.
func TestSmallBytes(t *testing.T) {
	ref := term.Ref{ID: 7}
	pid := term.Pid{ID: 3}
	tag := &term.Cons{Head: a("alias"), Tail: ref}
	long := make(term.Tuple, smallNodes)
	for i := range long {
		long[i] = term.Int(i)
	}
	cases := []term.Term{
		term.Tuple{a("ping"), pid},
		term.Tuple{a("$gen_call"), term.Tuple{pid, tag}, a("bump")},
		term.Tuple{tag, term.Int(1)},
		term.Tuple{term.Float(1.5), term.Binary("some text"), term.List(term.Int(1), term.Int(2))},
		term.Tuple{},
		long[:smallNodes-1], // fits
		long,                // one node more than smallBytes walks
		term.Tuple{term.Tuple{term.Tuple{term.Binary(make([]byte, 100))}}},
		term.Tuple{a("f"), &term.Fun{}},
		term.Tuple{term.List(term.Int(1), term.Binary("x"), term.Tuple{a("k"), term.Int(2)}, term.Float(2))},
		term.Tuple{&term.Cons{Head: a("a"), Tail: term.Binary("an improper tail")}},
		term.Tuple{&term.Cons{Head: a("a"), Tail: term.Tuple{a("b")}}},
		term.Tuple{term.List(long[:smallNodes-3]...)}, // fits
		term.Tuple{term.List(long...)},                // does not
	}
	for _, c := range cases {
		budget := flatNodes
		want, _ := flatBytes(c, &budget)
		if got := TermBytes(c); got != want {
			t.Errorf("TermBytes(%v) = %d, flatBytes %d", c, got, want)
		}
	}
	if _, left := smallBytes(long, smallNodes); left >= 0 {
		t.Errorf("smallBytes walked a tuple of %d elements within %d nodes", len(long), smallNodes)
	}
}

// BenchmarkTermBytesMessage sizes the messages of a ping-pong and a
// GenServer call: TermBytes ("small", the short walk for small terms)
// against termBytes ("walk", the general walk it replaced for them).
func BenchmarkTermBytesMessage(b *testing.B) {
	pid := term.Pid{ID: 3}
	tag := &term.Cons{Head: a("alias"), Tail: term.Ref{ID: 7}}
	msgs := []term.Term{
		term.Tuple{a("ping"), pid},
		term.Tuple{a("$gen_call"), term.Tuple{pid, tag}, a("bump")},
		term.Tuple{tag, term.Int(1)},
	}
	for _, c := range []struct {
		name string
		size func(term.Term) int64
	}{{"small", TermBytes}, {"walk", termBytes}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				for _, m := range msgs {
					c.size(m)
				}
			}
		})
	}
}

// BenchmarkSizerList measures what a measure of a process holding two
// long lists of integers costs: the walk looks every cell up in its set
// of terms seen.
func BenchmarkSizerList(b *testing.B) {
	cells := make([]term.Term, 100_000)
	for i := range cells {
		cells[i] = term.Int(i)
	}
	l1, l2 := term.List(cells...), term.List(cells...)
	var s Sizer
	for b.Loop() {
		s.Reset()
		s.Add(l1)
		s.Add(l2)
		s.Add(l1)
	}
}

// TestPtrSet checks the Sizer's set of addresses against a map, across
// its growth and resets.
func TestPtrSet(t *testing.T) {
	var s ptrSet
	for round := 0; round < 3; round++ {
		want := map[uintptr]bool{}
		n := []int{10, 5000, 100}[round]
		for i := 1; i <= n; i++ {
			p := uintptr(i * 32 * (round + 1)) // aligned like cells of one span
			s.add(p)
			s.add(p) // again: no duplicate
			want[p] = true
		}
		if s.n != len(want) {
			t.Errorf("round %d: %d addresses, want %d", round, s.n, len(want))
		}
		for p := uintptr(1); p <= uintptr(n*32*(round+1)+64); p++ {
			if s.has(p) != want[p] {
				t.Fatalf("round %d: has(%d) = %v, want %v", round, p, s.has(p), want[p])
			}
		}
		s.reset()
		if s.has(32) || s.n != 0 {
			t.Fatalf("round %d: not empty after reset", round)
		}
	}
}

// BenchmarkSizerMap measures a measure of a process holding a map of
// 100,000 integer keys and values.
func BenchmarkSizerMap(b *testing.B) {
	ks, vs := make([]term.Term, 100_000), make([]term.Term, 100_000)
	for i := range ks {
		ks[i], vs[i] = term.Int(i), term.Int(i*i)
	}
	m := term.NewMap(ks, vs)
	var s Sizer
	for b.Loop() {
		s.Reset()
		s.Add(m)
	}
}
