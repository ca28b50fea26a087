package beam

import (
	"sync"
	"sync/atomic"
)

// procTable maps pid numbers to live processes. Pid numbers are handed out
// in order and never reused, so the table is an array of pages indexed by
// number: a lookup is two loads, with no hashing and no lock. A page whose
// numbers have all been used and whose processes have all ended is freed.
type procTable struct {
	mu    sync.Mutex                  // serialises changes to the page list
	pages atomic.Pointer[[]*procPage] // copied on every change
}

// A page is 4 KB: a runtime's first page is allocated and zeroed for
// every program, and a course backend runs dozens of programs per
// grading (pages of 4,096 slots were half the bytes a grading allocated).
const (
	pageBits = 9
	pageSize = 1 << pageBits
)

type procPage struct {
	slots  [pageSize]atomic.Pointer[Process]
	live   atomic.Int32 // processes in the page
	filled atomic.Int32 // slots ever set
}

func (t *procTable) page(id uint64) *procPage {
	ps := t.pages.Load()
	if ps == nil {
		return nil
	}
	i := id >> pageBits
	if i >= uint64(len(*ps)) {
		return nil
	}
	return (*ps)[i]
}

// get returns the process numbered id, or nil.
func (t *procTable) get(id uint64) *Process {
	if pg := t.page(id); pg != nil {
		return pg.slots[id&(pageSize-1)].Load()
	}
	return nil
}

// set records p under its number.
func (t *procTable) set(p *Process) {
	id := p.pid.ID
	pg := t.page(id)
	if pg == nil {
		pg = t.addPage(id >> pageBits)
	}
	pg.live.Add(1)
	pg.filled.Add(1)
	pg.slots[id&(pageSize-1)].Store(p)
}

func (t *procTable) addPage(i uint64) *procPage {
	t.mu.Lock()
	defer t.mu.Unlock()
	var old []*procPage
	if ps := t.pages.Load(); ps != nil {
		old = *ps
	}
	if i < uint64(len(old)) && old[i] != nil {
		return old[i]
	}
	n := max(len(old), int(i)+1)
	ps := make([]*procPage, n, n+n/2)
	copy(ps, old)
	pg := new(procPage)
	ps[i] = pg
	t.pages.Store(&ps)
	return pg
}

// del forgets the process numbered id.
func (t *procTable) del(id uint64) {
	pg := t.page(id)
	if pg == nil {
		return
	}
	pg.slots[id&(pageSize-1)].Store(nil)
	if pg.live.Add(-1) == 0 && pg.filled.Load() == pageSize {
		t.mu.Lock()
		defer t.mu.Unlock()
		old := *t.pages.Load()
		i := id >> pageBits
		if old[i] == pg {
			ps := append([]*procPage(nil), old...)
			ps[i] = nil
			t.pages.Store(&ps)
		}
	}
}

// each calls f for every process, in pid order.
func (t *procTable) each(f func(p *Process)) {
	ps := t.pages.Load()
	if ps == nil {
		return
	}
	for _, pg := range *ps {
		if pg == nil || pg.live.Load() == 0 {
			continue
		}
		for i := range pg.slots {
			if p := pg.slots[i].Load(); p != nil {
				f(p)
			}
		}
	}
}
