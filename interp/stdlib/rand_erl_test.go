package stdlib

import "testing"

// Sequences from Erlang/OTP 25's rand module (exsss).
func TestExsssMatchesOTP(t *testing.T) {
	s := exsssFromTriple(1, 2, 3)
	for _, want := range []float64{0.5455598952593053, 0.6039309974353404, 0.6684893034823949} {
		if got := s.uniform(); got != want {
			t.Errorf("seed {1, 2, 3}: uniform() = %v, want %v", got, want)
		}
	}
	s = exsssFromInt(42)
	if got := s.uniformN(100); got != 94 {
		t.Errorf("seed 42: uniform(100) = %d, want 94", got)
	}
	if got := s.uniformN(1000000); got != 694431 {
		t.Errorf("seed 42: uniform(1000000) = %d, want 694431", got)
	}
	if got := s.uniform(); got != 0.008882807305278462 {
		t.Errorf("seed 42: uniform() = %v, want 0.008882807305278462", got)
	}
}
