package interp

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Programs running at the same time in one Go process (exlite serve)
// share nothing: the runtime's hooks that print a user struct or an
// exception's message (inspect's Custom and StructFields,
// rt.SetMessageFunc) are installed once per Go process and get no
// program, so they find the program asking through the goroutine that
// asks. One running program at a time is the solo one, whose goroutines
// are not bound (reading a goroutine's id costs microseconds, too much
// for each spawn of a program alone in its Go process, as under exlite
// run). Every goroutine running another program's code is bound to its
// Interp: the goroutine calling run (compilation) and each process's
// goroutine, from its start to its exit. A goroutine not bound belongs
// to the solo program.

// programs maps a bound goroutine's id to the *Interp its code belongs
// to; bound counts its entries.
var (
	programs sync.Map // uint64 -> *Interp
	bound    atomic.Int64
	solo     atomic.Pointer[Interp]
)

// enterProgram starts a run of in: it becomes the solo program if there
// is none, otherwise its goroutines are bound. The function returned
// ends the run.
func enterProgram(in *Interp) func() {
	if solo.CompareAndSwap(nil, in) {
		in.bound = false
		return func() { solo.CompareAndSwap(in, nil) }
	}
	in.bound = true
	id := bindGoroutine(in)
	return func() { unbindGoroutine(id) }
}

// goid returns the current goroutine's id, read from the header of its
// stack trace ("goroutine 123 [running]:").
func goid() uint64 {
	var buf [32]byte
	n := runtime.Stack(buf[:], false)
	var id uint64
	for _, c := range buf[len("goroutine "):n] {
		if c < '0' || c > '9' {
			break
		}
		id = id*10 + uint64(c-'0')
	}
	return id
}

// bindGoroutine binds the current goroutine to in and returns its id
// for unbindGoroutine.
func bindGoroutine(in *Interp) uint64 {
	id := goid()
	programs.Store(id, in)
	bound.Add(1)
	return id
}

// unbindGoroutine ends the binding made by bindGoroutine.
func unbindGoroutine(id uint64) {
	if id != 0 {
		programs.Delete(id)
		bound.Add(-1)
	}
}

// currentInterp returns the program whose code the current goroutine
// runs: the one it is bound to, else the solo program (nil if none).
func currentInterp() *Interp {
	if bound.Load() != 0 {
		if v, ok := programs.Load(goid()); ok {
			return v.(*Interp)
		}
	}
	return solo.Load()
}
