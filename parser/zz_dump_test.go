package parser

import (
	"os"
	"path/filepath"
	"testing"
)

func TestZZDump(t *testing.T) {
	dir := os.Getenv("EXLITE_DUMP")
	if dir == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.ex*"))
	for _, f := range files {
		src, _ := os.ReadFile(f)
		out := ""
		file, err := Parse(filepath.Base(f), src)
		if err != nil {
			out = "ERROR " + err.Error()
		} else {
			out = formatQuoted(quoteRoot(file), true)
		}
		os.WriteFile(f+".got", []byte(out+"\n"), 0o644)
	}
}
