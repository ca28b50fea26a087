package interp

import (
	"testing"
	"unsafe"
)

// TestSpawnedProcSize keeps a spawned process's evaluator state within
// Go's small objects: with a memory limit (spawnedMemProc) at most 512
// bytes, the largest objects Go allocates without a header and whose
// spans its collector scans at once; past it each is allocated with a
// header and scanned by its type's pointer map, and many processes
// cost the collector markedly more (proc_spawn with limits on, at 552
// bytes). Without a limit (spawnedProc), 384 bytes.
func TestSpawnedProcSize(t *testing.T) {
	if n := unsafe.Sizeof(spawnedMemProc{}); n > 512 {
		t.Errorf("spawnedMemProc is %d bytes, more than 512 (memState %d, proc %d)", n, unsafe.Sizeof(memState{}), unsafe.Sizeof(proc{}))
	}
	if n := unsafe.Sizeof(spawnedProc{}); n > 384 {
		t.Errorf("spawnedProc is %d bytes, more than 384 (proc %d)", n, unsafe.Sizeof(proc{}))
	}
	if n := unsafe.Sizeof(callRec{}); n > 24 {
		t.Errorf("callRec is %d bytes, more than 24", n)
	}
}
