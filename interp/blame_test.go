package interp

import (
	"bytes"
	"testing"

	"github.com/exlite/exlite/parser"
	"github.com/exlite/exlite/parser/ast"
)

// blameShapes is a module whose FunctionClauseErrors the tests below
// print uncaught.
const blameShapes = `defmodule Shapes do
  def area({:square, s}) when is_number(s), do: s * s
  def area({:rect, w, h}) when w > 0 and h > 0, do: w * h
  def many(1), do: 1
  def many(2), do: 2
  def many(3), do: 3
  def many(4), do: 4
  def many(5), do: 5
  def many(6), do: 6
  def many(7), do: 7
  def many(8), do: 8
  def many(9), do: 9
  def many(10), do: 10
  def many(11), do: 11
  def many(12), do: 12
end
`

// TestUncaughtAttemptedClauses: an uncaught FunctionClauseError of a
// function of a compiled module (Options.Compiled) lists its attempted
// clauses as Elixir's CLI does (FunctionClauseError.blame/3, at most 10);
// one of a script's module, which keeps no debug info, does not. The
// expectations are Elixir's standard error for `elixirc shapes.ex` then
// `elixir -pa . main.exs` (1.14's `+part+` marks of matching parts
// dropped: 1.18 prints them plain) and for `elixir -r shapes.ex main.exs`,
// Code.require_file's frame left out.
func TestUncaughtAttemptedClauses(t *testing.T) {
	tests := []struct {
		name     string
		main     string
		compiled bool
		want     string
	}{
		{"guards", "Shapes.area({:rect, 0, 2})\nIO.puts(:unreached)\n", true, `** (FunctionClauseError) no function clause matching in Shapes.area/1    
    
    The following arguments were given to Shapes.area/1:
    
        # 1
        {:rect, 0, 2}
    
    Attempted function clauses (showing 2 out of 2):
    
        def area(-{:square, s}-) when -is_number(s)-
        def area({:rect, w, h}) when -w > 0- and h > 0
    
    shapes.ex:2: Shapes.area/1
    main.exs:1: (file)
`},
		{"more than ten", "Shapes.many(13)\nIO.puts(:unreached)\n", true, `** (FunctionClauseError) no function clause matching in Shapes.many/1    
    
    The following arguments were given to Shapes.many/1:
    
        # 1
        13
    
    Attempted function clauses (showing 10 out of 12):
    
        def many(-1-)
        def many(-2-)
        def many(-3-)
        def many(-4-)
        def many(-5-)
        def many(-6-)
        def many(-7-)
        def many(-8-)
        def many(-9-)
        def many(-10-)
        ...
        (2 clauses not shown)
    
    shapes.ex:4: Shapes.many/1
    main.exs:1: (file)
`},
		{"script module", "Shapes.area({:rect, 0, 2})\nIO.puts(:unreached)\n", false, `** (FunctionClauseError) no function clause matching in Shapes.area/1    
    
    The following arguments were given to Shapes.area/1:
    
        # 1
        {:rect, 0, 2}
    
    shapes.ex:2: Shapes.area/1
    main.exs:1: (file)
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var files []*ast.File
			for _, f := range [][2]string{{"shapes.ex", blameShapes}, {"main.exs", tt.main}} {
				file, err := parser.Parse(f[0], []byte(f[1]))
				if err != nil {
					t.Fatal(err)
				}
				files = append(files, file)
			}
			opts := Options{NoWarnings: true}
			if tt.compiled {
				opts.Compiled = []string{"shapes.ex"}
			}
			var stdout, stderr bytes.Buffer
			opts.Stdout, opts.Stderr = &stdout, &stderr
			res := ExecuteFiles(files, opts)
			if res.Code != 1 {
				t.Errorf("exit status %d, want 1", res.Code)
			}
			if got := stderr.String(); got != tt.want {
				t.Errorf("stderr:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// TestExceptionBlameClauses: Exception.blame/3 of a FunctionClauseError
// of a compiled module's function fills :args, :kind and :clauses
// (Exception.blame_mfa/3), and message/1 then lists the arguments and
// the attempted clauses as FunctionClauseError.message/1 of Elixir 1.18
// does; a script's module keeps no clauses, so only the arguments.
func TestExceptionBlameClauses(t *testing.T) {
	main := `try do
  Shapes.area({:rect, 0, 2})
rescue
  e ->
    {b, [top | _]} = Exception.blame(:error, e, __STACKTRACE__)
    IO.inspect({b.kind, length(List.wrap(b.clauses)), top})
    IO.puts(Exception.message(b))
end
`
	head := `no function clause matching in Shapes.area/1

The following arguments were given to Shapes.area/1:

    # 1
    {:rect, 0, 2}
`
	tests := []struct {
		name     string
		compiled bool
		want     string
	}{
		{"compiled", true, `{:def, 2, {Shapes, :area, 1, [file: ~c"shapes.ex", line: 2]}}
` + head + `
Attempted function clauses (showing 2 out of 2):

    def area(-{:square, s}-) when -is_number(s)-
    def area({:rect, w, h}) when -w > 0- and h > 0

`},
		{"script", false, `{nil, 0, {Shapes, :area, 1, [file: ~c"shapes.ex", line: 2]}}
` + head + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var files []*ast.File
			for _, f := range [][2]string{{"shapes.ex", blameShapes}, {"main.exs", main}} {
				file, err := parser.Parse(f[0], []byte(f[1]))
				if err != nil {
					t.Fatal(err)
				}
				files = append(files, file)
			}
			opts := Options{NoWarnings: true}
			if tt.compiled {
				opts.Compiled = []string{"shapes.ex"}
			}
			var stdout, stderr bytes.Buffer
			opts.Stdout, opts.Stderr = &stdout, &stderr
			ExecuteFiles(files, opts)
			if got := stdout.String(); got != tt.want {
				t.Errorf("stdout:\n%s\nwant:\n%s\nstderr: %s", got, tt.want, stderr.String())
			}
		})
	}
}
