package exunit

import (
	"bytes"
	"strings"
	"testing"

	"github.com/exlite/exlite/interp"
	"github.com/exlite/exlite/parser"
	"github.com/exlite/exlite/parser/ast"
)

func parse(t *testing.T, name, src string) *ast.File {
	t.Helper()
	f, err := parser.Parse(name, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestMachineResults(t *testing.T) {
	lib := parse(t, "lib.exs", "defmodule Lib do\n  def double(x), do: x * 2\nend\n")
	test := parse(t, "lib_test.exs", `defmodule LibTest do
  use ExUnit.Case

  test "doubles" do
    IO.puts("printing 4")
    assert Lib.double(2) == 4
  end

  test "fails" do
    assert Lib.double(2) == 5
  end
end
`)
	prog, err := Program([]*ast.File{lib}, []*ast.File{test}, Config{Machine: true, SeedSet: true})
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	interp.ExecuteFiles(prog, interp.Options{Stdout: &stdout, Stderr: &stderr, Deterministic: true})
	res, other := Results(stdout.String())
	if len(res) != 2 || other != "" {
		t.Fatalf("results %+v, other output %q, stderr %s", res, other, stderr.String())
	}
	if !res[0].Passed || res[0].Name != "test doubles" || res[0].Output != "printing 4\n" {
		t.Errorf("first test: %+v", res[0])
	}
	if res[1].Passed || !strings.Contains(res[1].Failure, "code:  assert Lib.double(2) == 5\n     left:  4\n     right: 5") {
		t.Errorf("second test: %+v", res[1])
	}
}
