package main

import (
	"reflect"
	"testing"

	"github.com/urfave/cli/v2"
)

func TestFlagsFirst(t *testing.T) {
	cmds := []*cli.Command{
		{Name: "check", Flags: []cli.Flag{&cli.StringFlag{Name: "format"}, &cli.IntFlag{Name: "schedules"}, &cli.BoolFlag{Name: "quiet"}}},
		{Name: "run", Flags: []cli.Flag{&cli.BoolFlag{Name: "deterministic"}}},
	}
	for _, tc := range []struct{ in, want []string }{
		{[]string{"exlite", "check", "ex", "f.ex", "--format", "json"}, []string{"exlite", "check", "--format", "json", "ex", "f.ex"}},
		{[]string{"exlite", "check", "ex", "--quiet", "f.ex", "--schedules=2"}, []string{"exlite", "check", "--quiet", "--schedules=2", "ex", "f.ex"}},
		{[]string{"exlite", "check", "ex", "--", "--format"}, []string{"exlite", "check", "ex", "--", "--format"}},
		{[]string{"exlite", "run", "f.exs", "--deterministic"}, []string{"exlite", "run", "f.exs", "--deterministic"}},
		{[]string{"exlite", "unknown", "a", "-b"}, []string{"exlite", "unknown", "a", "-b"}},
		{[]string{"exlite"}, []string{"exlite"}},
	} {
		if got := flagsFirst(cmds, tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("flagsFirst(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
