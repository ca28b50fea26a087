package backend

import (
	"context"
	"fmt"
	"testing"

	"github.com/exlite/exlite/lessons"
	"github.com/exlite/exlite/serve"
)

// BenchmarkCheckPingPong grades the reference PingPong solution, a
// different text each time (a comment holds the iteration's number), as
// POST /v1/check does.
func BenchmarkCheckPingPong(b *testing.B) {
	be, err := New(nil)
	if err != nil {
		b.Fatal(err)
	}
	ex, err := lessons.Find(be.lessons, "processes/ping_pong")
	if err != nil {
		b.Fatal(err)
	}
	lim := serve.DefaultLimits
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		src := fmt.Sprintf("# submission %d\n%s", i, ex.Solution)
		res, err := be.Check(context.Background(), "processes/ping_pong", map[string]string{"ping_pong.ex": src}, lim)
		if err != nil || res.Status != "pass" {
			b.Fatalf("%v %+v", err, res)
		}
	}
}
