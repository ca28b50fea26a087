package elixirlib_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/exlite/exlite/interp"
	"github.com/exlite/exlite/parser"
)

// runExlite runs src deterministically and returns stdout, stderr and the
// exit status.
func runExlite(t *testing.T, name, src string) (string, string, int) {
	t.Helper()
	file, err := parser.Parse(name, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := interp.Run(file, interp.Options{Stdout: &stdout, Stderr: &stderr, Deterministic: true})
	return stdout.String(), stderr.String(), code
}

// TestGlobalNames: exlite runs one node and has no :global, so every
// GenServer entry point given a {:global, term} name raises the same
// ArgumentError (real Elixir would register the name; there is no
// recording to compare with).
func TestGlobalNames(t *testing.T) {
	const server = `defmodule S do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:get, _, s), do: {:reply, s, s}
end
`
	const want = "** (ArgumentError) exlite does not support {:global, term} names (there is only one node); use an atom or {:via, Registry, {registry, key}}\n"
	for _, call := range []string{
		`GenServer.start_link(S, 1, name: {:global, :s})`,
		`GenServer.start(S, 1, name: {:global, :s})`,
		`GenServer.call({:global, :s}, :get)`,
		`GenServer.cast({:global, :s}, :get)`,
		`GenServer.whereis({:global, :s})`,
		`GenServer.stop({:global, :s})`,
		`Agent.start_link(fn -> 1 end, name: {:global, :a})`,
		`Agent.get({:global, :a}, & &1)`,
	} {
		t.Run(call, func(t *testing.T) {
			out, errOut, code := runExlite(t, "global.exs", server+"IO.puts(\"before\")\n"+call+"\nIO.puts(\"after\")\n")
			if out != "before\n" || code != 1 || !strings.HasPrefix(errOut, want) {
				t.Errorf("stdout %q, status %d, stderr:\n%s\nwant stderr starting with\n%s", out, code, errOut, want)
			}
		})
	}
}
