package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/exlite/exlite/lessons"
	"github.com/exlite/exlite/serve"
	"github.com/exlite/exlite/serve/backend"
	"github.com/urfave/cli/v2"
)

func init() {
	commands = append(commands, &cli.Command{
		Name:  "serve",
		Usage: "run the course backend: an HTTP service that runs and grades submissions",
		Description: "POST /v1/run, POST /v1/check, GET /v1/exercises, GET /healthz, GET /metrics\n" +
			"(see README). SIGTERM or SIGINT lets running submissions finish, then exits.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "addr", Value: "127.0.0.1:8080", Usage: "listen on `HOST:PORT`"},
			lessonsFlag,
			&cli.IntFlag{Name: "workers", Usage: "submissions run at once (default: the CPUs)"},
			&cli.IntFlag{Name: "queue", Usage: "submissions that may wait for a worker; beyond, 429 (default 16 x workers)"},
			&cli.DurationFlag{Name: "queue-wait", Value: serve.DefaultQueueWait, Usage: "the longest a submission waits for a worker before 429 (negative: no bound)"},
			&cli.Int64Flag{Name: "max-body", Value: 1 << 20, Usage: "largest request body in bytes (413 beyond)"},
			&cli.Int64Flag{Name: "max-wall-ms", Value: 30000, Usage: "the most real time a request may ask for"},
			&cli.Int64Flag{Name: "max-output", Value: 1 << 20, Usage: "the most output bytes a request may ask for"},
			&cli.Int64Flag{Name: "max-processes", Value: 100000, Usage: "the most live processes a request may ask for"},
			&cli.Int64Flag{Name: "max-memory", Value: 1 << 30, Usage: "the most memory bytes a request may ask for"},
			&cli.Int64Flag{Name: "max-reductions", Value: 2_000_000_000, Usage: "the most reductions a request may ask for"},
			&cli.Int64Flag{Name: "max-atoms", Value: 1_000_000, Usage: "the most atoms a request may ask for"},
		},
		Action: serveAction,
	})
}

func serveAction(c *cli.Context) error {
	ls, err := lessons.Open(c.String("lessons"))
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	be, err := backend.New(ls)
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	srv := serve.New(serve.Config{
		Workers:      c.Int("workers"),
		Queue:        c.Int("queue"),
		QueueWait:    c.Duration("queue-wait"),
		MaxBodyBytes: c.Int64("max-body"),
		Max: serve.Limits{
			WallMS:      c.Int64("max-wall-ms"),
			OutputBytes: c.Int64("max-output"),
			Processes:   c.Int64("max-processes"),
			MemoryBytes: c.Int64("max-memory"),
			Reductions:  c.Int64("max-reductions"),
			Atoms:       c.Int64("max-atoms"),
		},
	}, be)
	hs := &http.Server{Addr: c.String("addr"), Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	done := make(chan error, 1)
	go func() { done <- hs.ListenAndServe() }()
	fmt.Fprintf(c.App.ErrWriter, "exlite serve: listening on http://%s\n", hs.Addr)
	select {
	case err := <-done:
		return cli.Exit("exlite serve: "+err.Error(), 1)
	case <-stop:
	}
	fmt.Fprintln(c.App.ErrWriter, "exlite serve: stopping; letting running submissions finish")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := hs.Shutdown(ctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return cli.Exit("exlite serve: "+err.Error(), 1)
	}
	return nil
}
