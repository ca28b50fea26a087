package beam

import (
	"testing"

	"github.com/exlite/exlite/beam/term"
)

// TestAliasesOfEndedProcessesGo: a thousand processes in turn make an
// alias and end with it active; the aliases of ended processes leave the
// table, while the live process's alias still takes messages.
func TestAliasesOfEndedProcessesGo(t *testing.T) {
	both(t, func(t *testing.T, run func(Body) (*Outcome, string)) {
		out, stdout := run(func(p *Process) term.Term {
			mine := p.Alias(term.Ref{}, AliasExplicit)
			for i := 0; i < 1000; i++ {
				child, _ := p.Spawn(func(c *Process) term.Term {
					c.Alias(term.Ref{}, AliasExplicit)
					return Normal
				}, SpawnOpts{})
				p.Monitor(child)
				recv(t, p, tagged("DOWN"), long)
			}
			if n := p.Runtime().aliases.len(); n > 2*minAliasSweep {
				t.Errorf("%d aliases in the table after 1,000 processes ended with one each", n)
			}
			p.Send(mine, a("through_alias"))
			recv(t, p, is("through_alias"), long)
			puts(p, "done")
			return Normal
		})
		checkNormal(t, out)
		checkOut(t, stdout, "done\n")
	})
}
