package beam

import (
	"math/rand"
	"testing"

	"github.com/exlite/exlite/beam/term"
)

// TestStress mixes messages, links, monitors, kills and timers among many
// processes on several tokens; every monitored process must report its
// :DOWN exactly once and the program must end.
func TestStress(t *testing.T) {
	for _, tokens := range []int{1, 2, 4} {
		out, _ := runReal(t, tokens, stressMain(t, 300))
		checkNormal(t, out)
	}
	for _, seed := range []int64{0, 7} {
		out, _ := runSeed(t, seed, stressMain(t, 300))
		checkNormal(t, out)
	}
}

func stressMain(t *testing.T, n int) Body {
	return func(p *Process) term.Term {
		rng := rand.New(rand.NewSource(1))
		pids := make([]term.Pid, n)
		refs := map[term.Ref]bool{}
		worker := func(seed int64) Body {
			return func(c *Process) term.Term {
				r := rand.New(rand.NewSource(seed))
				if r.Intn(3) == 0 {
					c.TrapExit(true)
				}
				for i := 0; i < 50; i++ {
					c.Reduce(r.Intn(500))
					m, ok := c.Receive(anyMsg, int64(r.Intn(3)))
					if ok {
						if tu, isT := m.(term.Tuple); isT && tu[0] == term.Term(a("peers")) {
							pids := tu[1].(peers)
							for k := 0; k < 3; k++ {
								c.Send(pids[r.Intn(len(pids))], term.Int(i))
							}
						}
					}
					switch r.Intn(40) {
					case 0:
						return a("crash")
					case 1:
						c.Exit(pids[r.Intn(len(pids))], Kill)
					case 2:
						c.Exit(pids[r.Intn(len(pids))], a("shoo"))
					case 3:
						c.Link(pids[r.Intn(len(pids))])
					case 4:
						c.SendAfter(pids[r.Intn(len(pids))], a("tick"), int64(r.Intn(5)))
					case 5:
						c.Spawn(func(d *Process) term.Term { d.Sleep(1); return Normal }, SpawnOpts{Link: true})
					}
				}
				return Normal
			}
		}
		for i := range n {
			var ref term.Ref
			pids[i], ref = p.Spawn(worker(rng.Int63()), SpawnOpts{Monitor: true})
			refs[ref] = true
		}
		for _, pid := range pids {
			p.Send(pid, term.Tuple{a("peers"), peers(pids)})
		}
		for len(refs) > 0 {
			m := recv(t, p, tagged("DOWN"), 10_000).(term.Tuple)
			ref := m[1].(term.Ref)
			if !refs[ref] {
				t.Errorf("unexpected or duplicate DOWN %v", ref)
			}
			delete(refs, ref)
		}
		return Normal
	}
}

// peers is a slice of pids carried in a message (any Go value with Kind
// works as a term for the runtime).
type peers []term.Pid

func (peers) Kind() term.Kind { return term.KindList }
