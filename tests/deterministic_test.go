package tests

import (
	"strings"
	"testing"
	"time"
)

// TestDeterministicRuns checks `exlite run --deterministic`: the same
// program with the same seed prints byte-identical output every time
// (100 runs of 100), seeds change the order of racing processes, and the
// virtual clock makes waits free and time-stamps reproducible.
func TestDeterministicRuns(t *testing.T) {
	t.Parallel()
	const runs = 100
	for _, tc := range []struct {
		dir, file, seed string
	}{
		{"deterministic", "racy.exs", "7"},
		{"conformance", "045_counter_and_pingpong.exs", "0"},
	} {
		var first result
		start := time.Now()
		for i := 0; i < runs; i++ {
			r := runExlite(t, tc.dir, 30*time.Second, "run", "--deterministic", "--seed", tc.seed, tc.file)
			if r.timedOut || r.code != 0 {
				t.Fatalf("%s run %d: exit status %d, timed out %v, stderr %q", tc.file, i, r.code, r.timedOut, r.stderr)
			}
			if i == 0 {
				first = r
				continue
			}
			if r.stdout != first.stdout || r.stderr != first.stderr {
				t.Fatalf("%s with seed %s: run %d differs from run 1:\n%s\n--- run 1:\n%s", tc.file, tc.seed, i+1, r.stdout, first.stdout)
			}
		}
		t.Logf("%s, seed %s: %d identical runs in %v", tc.file, tc.seed, runs, time.Since(start))
	}

	// Seed 0 is the BEAM's own order: a program whose output does not
	// race prints what real Elixir printed.
	r := runExlite(t, "conformance", 30*time.Second, "run", "--deterministic", "045_counter_and_pingpong.exs")
	if want := readFile(t, "conformance/045_counter_and_pingpong.out"); r.stdout != want {
		t.Errorf("045 with seed 0:\n%s\nwant:\n%s", r.stdout, want)
	}

	// Different seeds give different orders of the racing workers; the
	// virtual clock puts the crash report at 50 ms and the 5 s wait at
	// 5 s after the last worker, in no real time.
	start := time.Now()
	outs := map[string]bool{}
	for _, seed := range []string{"0", "1", "2"} {
		r := runExlite(t, "deterministic", 30*time.Second, "run", "--deterministic", "--seed", seed, "racy.exs")
		outs[r.stdout] = true
		if !strings.Contains(r.stdout, "\n00:00:00.050 [error] Process #PID<0.117.0> raised an exception\n") {
			t.Errorf("seed %s: no crash report stamped 00:00:00.050:\n%s", seed, r.stdout)
		}
		if !strings.Contains(r.stdout, "waited 5 s at 5200 ms\n") {
			t.Errorf("seed %s: the 5 s wait did not end at 5200 ms:\n%s", seed, r.stdout)
		}
	}
	if len(outs) < 2 {
		t.Error("seeds 0, 1 and 2 print the same output: seeds do not perturb the order")
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("three runs with a 5 s virtual wait took %v of real time", d)
	}
}
