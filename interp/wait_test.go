package interp

import (
	"bytes"
	"testing"

	"github.com/exlite/exlite/parser"
)

// TestWaitHaltsOnMainError: with WaitQuiet (exlite run --wait, the
// checker), a program keeps running after its main code ends normally,
// but an uncaught error or an exit signal ending main halts it at once, as
// `elixir script.exs` does: the error is the last thing printed, and the
// linked processes that die as a consequence (a supervisor and its
// children, a GenServer's terminate/2) print nothing.
func TestWaitHaltsOnMainError(t *testing.T) {
	const server = `
defmodule W do
  use GenServer
  def start_link(n), do: GenServer.start_link(__MODULE__, n, name: :"w#{n}")
  def init(n), do: (Process.flag(:trap_exit, true); {:ok, n})
  def terminate(reason, n), do: IO.puts("terminate #{n} #{inspect(reason)}")
end
`
	for _, tc := range []struct {
		name, src, stdout, stderr string
		code                      int
	}{
		{"raise with a linked GenServer", server + `
{:ok, _} = W.start_link(1)
IO.puts("before")
raise "boom"
`, "before\n", "** (RuntimeError) boom\n    t.exs:11: (file)\n", 1},
		{"match error with a linked supervisor", server + `
children = [%{id: 1, start: {W, :start_link, [1]}}, %{id: 2, start: {W, :start_link, [2]}}]
{:ok, _} = Supervisor.start_link(children, strategy: :one_for_one)
IO.puts("before")
x = 1
{:ok, _} = {:error, x}
`, "before\n", "** (MatchError) no match of right hand side value: {:error, 1}\n    t.exs:13: (file)\n", 1},
		{"exit signal from a linked process", server + `
{:ok, _} = W.start_link(1)
spawn_link(fn -> exit(:boom) end)
Process.sleep(100)
IO.puts("never")
`, "", "** (EXIT from #PID<0.94.0>) :boom\n\n", 1},
		{"normal end waits for the others", server + `
spawn(fn -> Process.sleep(10); IO.puts("later") end)
IO.puts("end")
`, "end\nlater\n", "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := parser.Parse("t.exs", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			var out, errb bytes.Buffer
			code := Run(f, Options{Stdout: &out, Stderr: &errb, Deterministic: true, WaitQuiet: true, NoWarnings: true})
			if out.String() != tc.stdout || errb.String() != tc.stderr || code != tc.code {
				t.Errorf("got status %d\n--- stdout\n%s--- stderr\n%s--- want status %d\n--- stdout\n%s--- stderr\n%s",
					code, out.String(), errb.String(), tc.code, tc.stdout, tc.stderr)
			}
		})
	}
}
