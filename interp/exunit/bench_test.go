package exunit

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/exlite/exlite/interp"
	"github.com/exlite/exlite/parser"
	"github.com/exlite/exlite/parser/ast"
)

// courseFile is a course-sized test file: 50 tests in 10 describes.
func courseFile() string {
	var b strings.Builder
	b.WriteString("ExUnit.start()\n\ndefmodule CourseTest do\n  use ExUnit.Case\n\n")
	for i := 0; i < 50; i++ {
		if i%5 == 0 {
			fmt.Fprintf(&b, "  describe \"group %d\" do\n", i)
		}
		fmt.Fprintf(&b, "    test \"case %d\" do\n", i)
		fmt.Fprintf(&b, "      assert Enum.map([1, 2, 3], &(&1 * %d)) == [%d, %d, %d]\n", i, i, 2*i, 3*i)
		fmt.Fprintf(&b, "      assert {:ok, x} = {:ok, %d}\n      assert x + 1 == %d\n", i, i+1)
		fmt.Fprintf(&b, "      refute String.length(\"abc\") == %d\n    end\n", i+10)
		if i%5 == 4 {
			b.WriteString("  end\n")
		}
	}
	b.WriteString("end\n")
	return b.String()
}

// BenchmarkCourseFile runs a 50-test file as `exlite test` does (parse,
// expansion, run, report).
func BenchmarkCourseFile(b *testing.B) {
	src := []byte(courseFile())
	for i := 0; i < b.N; i++ {
		f, err := parser.Parse("course_test.exs", src)
		if err != nil {
			b.Fatal(err)
		}
		prog, err := Program(nil, []*ast.File{f}, Config{SeedSet: true})
		if err != nil {
			b.Fatal(err)
		}
		if code := interp.ExecuteFiles(prog, interp.Options{Stdout: io.Discard, Stderr: io.Discard, Deterministic: true}).Code; code != 0 {
			b.Fatalf("exit status %d", code)
		}
	}
}
