package interp

// notePeak records the program's memory (memoryTotal) when it is the most
// so far, for Result.MemoryPeak.
func (in *Interp) notePeak() {
	t := in.memoryTotal()
	for peak := in.memPeak.Load(); t > peak && !in.memPeak.CompareAndSwap(peak, t); peak = in.memPeak.Load() {
	}
}
