package beam

import (
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/exlite/exlite/beam/term"
)

// benchRun runs main in a fresh runtime (real time, default tokens, or
// deterministic) and fails the benchmark if it does not end normally.
func benchRun(b *testing.B, det bool, main Body) {
	b.Helper()
	rt := NewRuntime(Options{Deterministic: det, Stdout: new(discard)})
	out := rt.RunMain(main)
	if out.Reason != term.Term(Normal) {
		b.Fatalf("outcome %+v", out)
	}
	rt.Wait(10 * time.Second)
}

// cpuTime returns the CPU time the test process has used (user plus
// system): a measure that holds up better than wall time on a loaded
// machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// ring passes a token hops times around a ring of size processes.
func ring(size, hops int) Body {
	return func(p *Process) term.Term {
		me := p.Pid()
		pids := make([]term.Pid, size)
		for i := range size {
			pids[i], _ = p.Spawn(func(c *Process) term.Term {
				next := recv(nil, c, anyMsg, -1).(term.Pid)
				for {
					c.Reduce(1)
					n := recv(nil, c, anyMsg, -1).(term.Int)
					if n == 0 {
						c.Send(me, a("done"))
						return Normal
					}
					c.Send(next, n-1)
				}
			}, SpawnOpts{Link: true})
		}
		for i := range size {
			p.Send(pids[i], pids[(i+1)%size])
		}
		p.Send(pids[0], term.Int(hops))
		recv(nil, p, is("done"), -1)
		return Normal
	}
}

func benchRing(b *testing.B, det bool) {
	const size, hops = 10_000, 1_000_000
	cpu0 := cpuTime()
	for range b.N {
		benchRun(b, det, ring(size, hops))
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*hops), "ns/hop")
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N*hops), "cpu-ns/hop")
}

// BenchmarkRing: a ring of 10,000 processes passes a token 1,000,000 times.
func BenchmarkRing(b *testing.B)              { benchRing(b, false) }
func BenchmarkRingDeterministic(b *testing.B) { benchRing(b, true) }

func pingPong(n int) Body {
	return func(p *Process) term.Term {
		me := p.Pid()
		pong, _ := p.Spawn(func(c *Process) term.Term {
			for {
				c.Reduce(1)
				m := recv(nil, c, anyMsg, -1)
				if m == term.Term(a("stop")) {
					return Normal
				}
				c.Send(me, m)
			}
		}, SpawnOpts{})
		for i := range n {
			p.Reduce(1)
			p.Send(pong, term.Int(i))
			recv(nil, p, anyMsg, -1)
		}
		p.Send(pong, a("stop"))
		return Normal
	}
}

func benchPingPong(b *testing.B, det bool) {
	const n = 200_000
	cpu0 := cpuTime()
	for range b.N {
		benchRun(b, det, pingPong(n))
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/roundtrip")
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N*n), "cpu-ns/roundtrip")
}

// BenchmarkPingPong: 200,000 round trips between two processes.
func BenchmarkPingPong(b *testing.B)              { benchPingPong(b, false) }
func BenchmarkPingPongDeterministic(b *testing.B) { benchPingPong(b, true) }

func spawnCollect(n int) Body {
	return func(p *Process) term.Term {
		me := p.Pid()
		for range n {
			p.Reduce(1)
			p.Spawn(func(c *Process) term.Term {
				c.Send(me, a("hi"))
				return Normal
			}, SpawnOpts{})
		}
		for range n {
			recv(nil, p, anyMsg, -1)
		}
		return Normal
	}
}

func benchSpawn(b *testing.B, det bool) {
	const n = 100_000
	cpu0 := cpuTime()
	for range b.N {
		benchRun(b, det, spawnCollect(n))
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/process")
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N*n), "cpu-ns/process")
}

// BenchmarkSpawn: 100,000 processes spawned, each sends a message and
// exits; the parent collects the messages.
func BenchmarkSpawn(b *testing.B)              { benchSpawn(b, false) }
func BenchmarkSpawnDeterministic(b *testing.B) { benchSpawn(b, true) }

// waitingN is the number of processes of BenchmarkWaiting
// (BEAM_WAITING_N overrides it).
var waitingN = 1_000_000

// BenchmarkWaiting: a million processes spawned, each waiting in receive,
// then all released and collected. Reports the memory each waiting
// process costs (heap plus goroutine stacks) and the time of each phase.
func BenchmarkWaiting(b *testing.B) {
	n := waitingN
	stop, done := a("stop"), a("done")
	isStop := func(m term.Term) bool { return m == term.Term(stop) }
	isDone := func(m term.Term) bool { return m == term.Term(done) }
	for range b.N {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		var perProc float64
		var spawnTime, spawnCPU, totalTime, totalCPU time.Duration
		start, cpu0 := time.Now(), cpuTime()
		benchRun(b, false, func(p *Process) term.Term {
			me := p.Pid()
			pids := make([]term.Pid, n)
			for i := range n {
				p.Reduce(1)
				pids[i], _ = p.Spawn(func(c *Process) term.Term {
					c.Receive(isStop, -1)
					c.Send(me, done)
					return Normal
				}, SpawnOpts{})
			}
			// Let every process reach its receive.
			p.Sleep(1)
			spawnTime, spawnCPU = time.Since(start), cpuTime()-cpu0
			// The measurement's own full collection is left out of the
			// totals.
			gcStart, gcCPU := time.Now(), cpuTime()
			runtime.GC()
			runtime.ReadMemStats(&after)
			start = start.Add(time.Since(gcStart))
			cpu0 += cpuTime() - gcCPU
			used := (after.HeapInuse + after.StackInuse) - (before.HeapInuse + before.StackInuse)
			perProc = float64(used) / float64(n)
			for _, pid := range pids {
				p.Reduce(1)
				p.Send(pid, stop)
			}
			for range n {
				p.Receive(isDone, -1)
			}
			totalTime, totalCPU = time.Since(start), cpuTime()-cpu0
			return Normal
		})
		b.ReportMetric(perProc, "bytes/process")
		b.ReportMetric(spawnTime.Seconds(), "s-spawn")
		b.ReportMetric(spawnCPU.Seconds(), "cpu-s-spawn")
		b.ReportMetric(totalTime.Seconds(), "s-total")
		b.ReportMetric(totalCPU.Seconds(), "cpu-s-total")
	}
	debug.FreeOSMemory()
}

func init() {
	if s := os.Getenv("BEAM_WAITING_N"); s != "" {
		waitingN, _ = strconv.Atoi(s)
	}
}

// BenchmarkIdle: 10,000 processes waiting in receive while main sleeps 5
// seconds of real time; reports the CPU time used meanwhile (idle must
// mean idle).
func BenchmarkIdle(b *testing.B) {
	for range b.N {
		var idleCPU time.Duration
		benchRun(b, false, func(p *Process) term.Term {
			for range 10_000 {
				p.Spawn(func(c *Process) term.Term {
					c.Receive(is("never"), -1)
					return Normal
				}, SpawnOpts{})
			}
			p.Sleep(100)
			cpu0 := cpuTime()
			p.Sleep(5000)
			idleCPU = cpuTime() - cpu0
			return Normal
		})
		b.ReportMetric(idleCPU.Seconds(), "cpu-s-idle-5s")
	}
}
