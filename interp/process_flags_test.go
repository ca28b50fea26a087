package interp

import (
	"bytes"
	"testing"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/parser"
)

func TestProcessFlagValue(t *testing.T) {
	cases := []struct {
		flag string
		v    term.Term
		ok   bool
	}{
		{"priority", term.MakeAtom("max"), true},
		{"priority", term.MakeAtom("bogus"), false},
		{"save_calls", term.Int(10000), true},
		{"save_calls", term.Int(10001), false},
		{"save_calls", term.Int(-1), false},
		{"sensitive", term.True, true},
		{"sensitive", term.Int(1), false},
		{"message_queue_data", term.MakeAtom("off_heap"), true},
		{"message_queue_data", term.MakeAtom("x"), false},
		{"min_heap_size", term.Int(-1), false},
		{"max_heap_size", term.Int(0), true},
	}
	for _, c := range cases {
		if _, ok := processFlagValue(c.flag, c.v); ok != c.ok {
			t.Errorf("processFlagValue(%s, %v) ok = %v, want %v", c.flag, c.v, ok, c.ok)
		}
	}
}

func TestProcFlagsSwap(t *testing.T) {
	var f procFlags
	pid := term.Pid{ID: 80}
	if old := f.swap(pid, "priority", term.MakeAtom("high")); old != term.MakeAtom("normal") {
		t.Fatalf("first swap returned %v, want :normal", old)
	}
	if old := f.swap(pid, "priority", term.MakeAtom("low")); old != term.MakeAtom("high") {
		t.Fatalf("second swap returned %v, want :high", old)
	}
	if got := f.get(term.Pid{ID: 81}, "priority"); got != term.MakeAtom("normal") {
		t.Fatalf("another process's priority is %v, want :normal", got)
	}
}

// TestNextHeapSize checks the rounding of :min_heap_size and
// :min_bin_vheap_size against what OTP 25 reported here
// (Process.flag(:min_heap_size, n) then Process.info).
func TestNextHeapSize(t *testing.T) {
	cases := []struct{ n, least, want int64 }{
		{0, 233, 233}, {10, 233, 233}, {233, 233, 233}, {234, 233, 376},
		{1000, 233, 1598}, {6772, 233, 6772}, {6773, 233, 10958},
		{833026, 233, 833026}, {833027, 233, 999631}, {1000000, 233, 1199557},
		{2000000000, 233, 2115685508},
		{10, 46422, 46422}, {100000, 46422, 121536},
	}
	for _, c := range cases {
		if got := nextHeapSize(c.n, c.least); got != c.want {
			t.Errorf("nextHeapSize(%d, %d) = %d, want %d", c.n, c.least, got, c.want)
		}
	}
}

// TestProcessFlagsInfo runs flags as real Elixir 1.14 (OTP 25) printed
// them: Process.info reports what Process.flag set, and the flags of a
// process that has ended are forgotten.
func TestProcessFlagsInfo(t *testing.T) {
	src := `IO.inspect Process.flag(:message_queue_data, :off_heap)
IO.inspect Process.flag(:min_heap_size, 1000)
IO.inspect Process.flag(:min_bin_vheap_size, 100000)
IO.inspect Process.flag(:fullsweep_after, 10)
IO.inspect Process.flag(:max_heap_size, 100000)
IO.inspect Process.info(self(), [:message_queue_data, :min_heap_size, :min_bin_vheap_size, :error_handler])
IO.inspect Keyword.delete(elem(Process.info(self(), :garbage_collection), 1), :minor_gcs)
IO.inspect Process.flag(:min_heap_size, 10)
IO.inspect Process.flag(:max_heap_size, %{size: 5000, kill: false})
IO.inspect Process.flag(:max_heap_size, 0)
IO.inspect(try do Process.flag(:max_heap_size, 100) rescue _ -> :refused end)
IO.inspect(try do Process.flag(:max_heap_size, %{size: 1000, foo: 1}) rescue _ -> :refused end)
parent = self()
pid = spawn(fn -> Process.flag(:priority, :high); send(parent, :set) end)
receive do :set -> :ok end
ref = Process.monitor(pid)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
`
	want := `:on_heap
233
46422
65535
%{error_logger: true, kill: true, size: 0}
[
  message_queue_data: :off_heap,
  min_heap_size: 1598,
  min_bin_vheap_size: 121536,
  error_handler: :error_handler
]
[
  max_heap_size: %{error_logger: true, kill: true, size: 100000},
  min_bin_vheap_size: 121536,
  min_heap_size: 1598,
  fullsweep_after: 10
]
1598
%{error_logger: true, kill: true, size: 100000}
%{error_logger: true, kill: false, size: 5000}
:refused
:refused
`
	f, err := parser.Parse("flags.exs", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	in := New(f, Options{Stdout: &stdout, Stderr: &stderr})
	if code := in.RunMain(f); stdout.String() != want || code != 0 {
		t.Errorf("status %d, stdout:\n%s\nwant:\n%s\nstderr: %s", code, stdout.String(), want, stderr.String())
	}
	if n := in.flags.count(); n != 0 {
		t.Errorf("flags of %d processes kept after they ended", n)
	}
}
