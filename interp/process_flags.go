package interp

import (
	"sync"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// procFlags keeps the process flags :erlang.process_flag/2,3 sets that
// exlite does not act on (priority, save_calls, heap tuning...), so that
// setting one returns the old value as OTP 25 does and Process.info
// reports it. :trap_exit lives in the process runtime.
type procFlags struct {
	mu sync.Mutex
	m  map[term.Pid]map[string]term.Term
}

// processFlagDefaults are OTP 25's values of a fresh process's flags.
var processFlagDefaults = map[string]func() term.Term{
	"priority":           func() term.Term { return term.MakeAtom("normal") },
	"save_calls":         func() term.Term { return term.Int(0) },
	"sensitive":          func() term.Term { return term.False },
	"message_queue_data": func() term.Term { return term.MakeAtom("on_heap") },
	"error_handler":      func() term.Term { return term.MakeAtom("error_handler") },
	"min_heap_size":      func() term.Term { return term.Int(233) },
	"min_bin_vheap_size": func() term.Term { return term.Int(46422) },
	"fullsweep_after":    func() term.Term { return term.Int(65535) },
	"max_heap_size":      func() term.Term { return maxHeapSizeMap(term.Int(0), term.True, term.True) },
}

// maxHeapSizeMap is the map :max_heap_size reads as.
func maxHeapSizeMap(size, kill, logger term.Term) term.Term {
	return term.NewMap([]term.Term{term.MakeAtom("error_logger"), term.MakeAtom("kill"), term.MakeAtom("size")},
		[]term.Term{logger, kill, size})
}

// get returns flag name of pid (its default when never set).
func (f *procFlags) get(pid term.Pid, name string) term.Term {
	f.mu.Lock()
	defer f.mu.Unlock()
	if v, ok := f.m[pid][name]; ok {
		return v
	}
	return processFlagDefaults[name]()
}

// drop forgets the flags of pid, a process that has ended.
func (f *procFlags) drop(pid term.Pid) {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.m, pid)
}

// count is how many processes have flags set (for tests).
func (f *procFlags) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.m)
}

// swap sets flag name of pid to v and returns its old value.
func (f *procFlags) swap(pid term.Pid, name string, v term.Term) term.Term {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.m == nil {
		f.m = map[term.Pid]map[string]term.Term{}
	}
	flags := f.m[pid]
	if flags == nil {
		flags = map[string]term.Term{}
		f.m[pid] = flags
	}
	old, ok := flags[name]
	if !ok {
		old = processFlagDefaults[name]()
	}
	flags[name] = v
	return old
}

// processFlagValue checks value v of flag name as OTP 25 does and
// returns what the flag then holds; ok is false for a value it refuses.
func processFlagValue(name string, v term.Term) (term.Term, bool) {
	switch name {
	case "priority":
		switch v {
		case term.MakeAtom("low"), term.MakeAtom("normal"), term.MakeAtom("high"), term.MakeAtom("max"):
			return v, true
		}
	case "save_calls":
		n, ok := v.(term.Int)
		return v, ok && n >= 0 && n <= 10000
	case "sensitive":
		return v, v == term.True || v == term.False
	case "message_queue_data":
		return v, v == term.MakeAtom("on_heap") || v == term.MakeAtom("off_heap")
	case "error_handler":
		_, ok := v.(term.Atom)
		return v, ok
	case "min_heap_size":
		n, ok := v.(term.Int)
		return term.Int(nextHeapSize(int64(n), 233)), ok && n >= 0
	case "min_bin_vheap_size":
		n, ok := v.(term.Int)
		return term.Int(nextHeapSize(int64(n), 46422)), ok && n >= 0
	case "fullsweep_after":
		n, ok := v.(term.Int)
		return v, ok && n >= 0
	case "max_heap_size":
		// a size, or a map of size:, kill: and error_logger: (the others
		// as a fresh process has them); a size under the least heap is
		// refused
		size, kill, logger := v, term.Term(term.True), term.Term(term.True)
		if m, ok := v.(*term.Map); ok {
			size = term.Int(0)
			for _, k := range m.Keys() {
				x, _ := m.Get(k)
				switch k {
				case term.MakeAtom("size"):
					size = x
				case term.MakeAtom("kill"):
					kill = x
				case term.MakeAtom("error_logger"):
					logger = x
				default:
					return nil, false
				}
			}
		}
		n, ok := size.(term.Int)
		if !ok || n < 0 || n > 0 && n < 233 || !isBool(kill) || !isBool(logger) {
			return nil, false
		}
		return maxHeapSizeMap(n, kill, logger), true
	}
	return nil, false
}

// setProcessFlag is :erlang.process_flag/2 for the flags other than
// :trap_exit: the old value, or the ArgumentError OTP 25 raises.
func setProcessFlag(env rt.Env, a []term.Term) term.Term {
	name, ok := a[0].(term.Atom)
	if !ok || !processFlags[name.Name()] {
		argError("1st", "invalid process flag")
	}
	v, ok := processFlagValue(name.Name(), a[1])
	if !ok {
		argError("2nd", "invalid value for this process flag")
	}
	p, ok := env.(*proc)
	if !ok {
		return processFlagDefaults[name.Name()]()
	}
	return p.in.flags.swap(p.self, name.Name(), v)
}

// setProcessFlag3 is :erlang.process_flag/3 (Process.flag/3): only
// :save_calls may be set on another process.
func setProcessFlag3(env rt.Env, a []term.Term) term.Term {
	pid := pidArg(a[0], "1st")
	if a[1] != term.MakeAtom("save_calls") {
		argError("2nd", "invalid process flag")
	}
	v, ok := processFlagValue("save_calls", a[2])
	if !ok {
		argError("3rd", "invalid value for process flag 'save_calls'")
	}
	if !bproc(env).Runtime().IsAlive(pid) {
		argError("1st", "not a pid of an existing process")
	}
	p, ok := env.(*proc)
	if !ok {
		return term.Int(0)
	}
	return p.in.flags.swap(pid, "save_calls", v)
}

func isBool(t term.Term) bool { return t == term.True || t == term.False }

// nextHeapSize is the heap size, in words, the BEAM makes of a
// requested minimum n (at least least): the first of its heap sizes
// (erl_gc's table: a Fibonacci sequence plus one from 12 and 38 for 23
// sizes, then 20% more each) that is not below n.
func nextHeapSize(n, least int64) int64 {
	n = max(n, least)
	a, b := int64(12), int64(38)
	if n <= a {
		return a
	}
	for i := 1; b < n; i++ {
		if b > 1<<61 {
			return n // beyond any heap the machine has
		}
		if i < 22 {
			a, b = b, a+b+1
		} else {
			a, b = b, b+b/5
		}
	}
	return b
}

// processFlagOf is a flag of pid as Process.info reports it.
func processFlagOf(env rt.Env, pid term.Pid, name string) term.Term {
	if p, ok := env.(*proc); ok {
		return p.in.flags.get(pid, name)
	}
	return processFlagDefaults[name]()
}
