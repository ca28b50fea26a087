package interp

import "testing"

// TestPeakWithLimit: the memory peak of a run the memory limit stopped
// is at least the amount that went over the limit; another limit leaves
// the sampled peak alone.
func TestPeakWithLimit(t *testing.T) {
	cases := []struct {
		peak int64
		l    *LimitError
		want int64
	}{
		{0, &LimitError{Name: "memory", Max: 100, Value: 150}, 150},
		{200, &LimitError{Name: "memory", Max: 100, Value: 150}, 200},
		{40, &LimitError{Name: "process", Max: 10, Value: 11}, 40},
		{40, nil, 40},
	}
	for i, c := range cases {
		if got := peakWithLimit(c.peak, c.l); got != c.want {
			t.Errorf("case %d: peakWithLimit = %d, want %d", i, got, c.want)
		}
	}
}

// TestResultPeakOfStoppedRun: a body recursion the memory limit stops
// reports a peak of at least the amount the limit was reached with.
func TestResultPeakOfStoppedRun(t *testing.T) {
	src := `defmodule R do
  def down(0), do: 0
  def down(n), do: 1 + down(n - 1)
end
IO.puts(R.down(100_000_000))
`
	res, _ := runMemory(t, src, 8<<20)
	if res.Limit == nil || res.Limit.Name != "memory" {
		t.Fatalf("limit %v, want the memory limit", res.Limit)
	}
	if res.MemoryPeak < res.Limit.Value {
		t.Errorf("MemoryPeak %d below the %d bytes the limit was reached with", res.MemoryPeak, res.Limit.Value)
	}
}
