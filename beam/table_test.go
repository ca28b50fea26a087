package beam

import (
	"testing"

	"github.com/exlite/exlite/beam/term"
)

func TestProcTable(t *testing.T) {
	var tab procTable
	procs := map[uint64]*Process{}
	for id := uint64(0); id < 3*pageSize; id++ {
		p := &Process{pid: term.Pid{ID: id}}
		tab.set(p)
		procs[id] = p
	}
	for id, p := range procs {
		if tab.get(id) != p {
			t.Fatalf("get(%d) wrong", id)
		}
	}
	if tab.get(5*pageSize) != nil {
		t.Error("get beyond the table")
	}
	// Empty the second page: it is freed; the others stay.
	for id := uint64(pageSize); id < 2*pageSize; id++ {
		tab.del(id)
	}
	ps := *tab.pages.Load()
	if len(ps) != 3 || ps[0] == nil || ps[1] != nil || ps[2] == nil {
		t.Errorf("pages after emptying the second: %v", ps)
	}
	if tab.get(pageSize+1) != nil {
		t.Error("deleted process still found")
	}
	n, last := 0, uint64(0)
	tab.each(func(p *Process) {
		if n > 0 && p.pid.ID <= last {
			t.Errorf("each out of order: %d after %d", p.pid.ID, last)
		}
		last = p.pid.ID
		n++
	})
	if n != 2*pageSize {
		t.Errorf("each visited %d", n)
	}
}
