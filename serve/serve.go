// Package serve is exlite's course backend: an HTTP service that runs and
// grades untrusted submissions, each in its own runtime, with limits.
//
// The service is stateless. It does not know how programs run: a Backend
// does (package serve/backend wires the real interpreter and grader). This
// package owns the HTTP surface: routes, JSON, limits settable per request
// up to a server maximum, a bounded worker pool with 429 when full, body
// size limits, Prometheus metrics and panic containment.
package serve

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"strconv"
	"sync"
	"time"
)

// Limits bound one submission's run. A zero field means "the default".
type Limits struct {
	// WallMS is the real time a run may take, in milliseconds.
	WallMS int64 `json:"wall_ms,omitempty"`
	// OutputBytes caps stdout plus stderr.
	OutputBytes int64 `json:"output_bytes,omitempty"`
	// Processes caps the processes alive at once.
	Processes int64 `json:"processes,omitempty"`
	// MemoryBytes caps the memory the program's terms hold.
	MemoryBytes int64 `json:"memory_bytes,omitempty"`
	// Reductions caps the function calls the program makes.
	Reductions int64 `json:"reductions,omitempty"`
	// Atoms caps the atoms the program creates (atoms are never freed:
	// a program making atoms in a loop would grow the service forever).
	Atoms int64 `json:"atoms,omitempty"`
}

// DefaultLimits are what a request gets when it sets nothing.
var DefaultLimits = Limits{
	WallMS:      5000,
	OutputBytes: 64 << 10,
	Processes:   10000,
	MemoryBytes: 256 << 20,
	Reductions:  200_000_000,
	Atoms:       100_000,
}

// DefaultMax caps what a request may ask for when Config.Max is not set.
var DefaultMax = Limits{WallMS: 30000, OutputBytes: 1 << 20, Processes: 100000, MemoryBytes: 1 << 30,
	Reductions: 2_000_000_000, Atoms: 1_000_000}

// clamp fills zero fields of l from def and lowers every field to at most max.
func (l Limits) clamp(def, max Limits) Limits {
	pick := func(v, d, m int64) int64 {
		if v <= 0 {
			v = d
		}
		if m > 0 && v > m {
			v = m
		}
		return v
	}
	return Limits{
		WallMS:      pick(l.WallMS, def.WallMS, max.WallMS),
		OutputBytes: pick(l.OutputBytes, def.OutputBytes, max.OutputBytes),
		Processes:   pick(l.Processes, def.Processes, max.Processes),
		MemoryBytes: pick(l.MemoryBytes, def.MemoryBytes, max.MemoryBytes),
		Reductions:  pick(l.Reductions, def.Reductions, max.Reductions),
		Atoms:       pick(l.Atoms, def.Atoms, max.Atoms),
	}
}

// RunRequest is the body of POST /v1/run.
type RunRequest struct {
	Files  map[string]string `json:"files"`
	Stdin  string            `json:"stdin"`
	Limits *Limits           `json:"limits"`
}

// The statuses a run can end with.
const (
	StatusOK            = "ok"
	StatusRuntimeError  = "runtime_error"
	StatusSyntaxError   = "syntax_error"
	StatusTimeout       = "timeout"
	StatusMemoryLimit   = "memory_limit"
	StatusOutputLimit   = "output_limit"
	StatusProcessLimit  = "process_limit"
	StatusInternalError = "internal_error"
)

// RunResult is the response of POST /v1/run.
type RunResult struct {
	Status        string `json:"status"`
	Stdout        string `json:"stdout"`
	Stderr        string `json:"stderr"`
	ExitCode      int    `json:"exit_code"`
	WallMS        int64  `json:"wall_ms"`
	Reductions    int64  `json:"reductions"`
	MemoryPeak    int64  `json:"memory_peak"`
	ProcessesPeak int64  `json:"processes_peak"`
	// Limit names the limit that ended the run, or is null.
	Limit *string `json:"limit"`
}

// CheckRequest is the body of POST /v1/check.
type CheckRequest struct {
	Exercise string            `json:"exercise"`
	Files    map[string]string `json:"files"`
	Limits   *Limits           `json:"limits"`
}

// CheckResult is a grading, the answer of POST /v1/check.
type CheckResult struct {
	// Report is the answer's JSON object: the Exercism v3 results
	// document of `exlite check --format json` with one more field,
	// "limit" (a limit that ended a run, or null). The service writes it
	// as it is.
	Report any
	// Status is the report's verdict (pass, fail or error) and Limit its
	// limit ("" for none), for the metrics.
	Status, Limit string
}

// Exercise describes one exercise for GET /v1/exercises.
type Exercise struct {
	Slug      string            `json:"slug"`
	Title     string            `json:"title"`
	Statement string            `json:"statement"`
	Starter   map[string]string `json:"starter"`
}

// ErrUnknownExercise is returned by Backend.Check for an exercise it does
// not have; the service answers 400.
var ErrUnknownExercise = errors.New("unknown exercise")

// ErrBadSubmission is returned (wrapped) by a Backend for a request it
// cannot run as given (no files, no entry file); the service answers 400.
var ErrBadSubmission = errors.New("bad submission")

// Backend runs and grades submissions. Its methods are called from many
// goroutines at once and must honour ctx and the limits.
type Backend interface {
	// Run runs a program.
	Run(ctx context.Context, req RunRequest, lim Limits) (RunResult, error)
	// Check grades files against an exercise.
	Check(ctx context.Context, exercise string, files map[string]string, lim Limits) (CheckResult, error)
	// Exercises lists the exercises.
	Exercises() []Exercise
}

// DefaultQueueWait is Config.QueueWait's default: with a PingPong
// grading taking about 4 ms of CPU, a request served waits at most a
// few gradings' time, and is answered well within 50 ms.
const DefaultQueueWait = 25 * time.Millisecond

// Config sets up a Server.
type Config struct {
	// Workers is how many submissions run at once (default: the CPUs the
	// Go runtime uses, GOMAXPROCS). A grading is CPU-bound: more workers
	// than cores add no throughput, only latency to each submission.
	Workers int
	// Queue is how many more may wait for a worker (default 16 x
	// Workers); a request arriving when they are all taken is answered
	// 429 at once, before its body is read.
	Queue int
	// QueueWait is the longest a request waits for a worker (default
	// DefaultQueueWait; negative: no bound); one that waits longer is
	// answered 429. It bounds the latency of the requests served to
	// QueueWait plus a service time, and sheds exactly the load the
	// workers cannot serve that fast: the client (or the load balancer)
	// tries again later, or elsewhere.
	QueueWait time.Duration
	// Long is how many long-running submissions may go on beside the
	// pool (default 16 x Workers; see LongRunning). When the lane is
	// full a submission turning long-running keeps its worker.
	Long int
	// MaxBodyBytes caps a request body (default 1 MiB); larger gets 413.
	MaxBodyBytes int64
	// Defaults are the limits a request gets when it sets none.
	Defaults Limits
	// Max caps the limits a request may ask for.
	Max Limits
}

// Server is the HTTP service. Create it with New; it is an http.Handler.
type Server struct {
	cfg     Config
	backend Backend
	mux     *http.ServeMux
	slots   chan struct{} // submissions running in the pool
	waiting chan struct{} // submissions running in the pool or waiting for it
	long    chan struct{} // long-running submissions, beside the pool
	metrics *metrics
}

// New returns a Server around backend.
func New(cfg Config, backend Backend) *Server {
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if cfg.Queue <= 0 {
		cfg.Queue = 16 * cfg.Workers
	}
	if cfg.QueueWait == 0 {
		cfg.QueueWait = DefaultQueueWait
	}
	if cfg.Long <= 0 {
		cfg.Long = 16 * cfg.Workers
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = 1 << 20
	}
	if cfg.Defaults == (Limits{}) {
		cfg.Defaults = DefaultLimits
	}
	if cfg.Max == (Limits{}) {
		cfg.Max = DefaultMax
	}
	if cfg.Max.Atoms == 0 {
		cfg.Max.Atoms = DefaultMax.Atoms
	}
	s := &Server{
		cfg:     cfg,
		backend: backend,
		mux:     http.NewServeMux(),
		slots:   make(chan struct{}, cfg.Workers),
		waiting: make(chan struct{}, cfg.Workers+cfg.Queue),
		long:    make(chan struct{}, cfg.Long),
		metrics: newMetrics(),
	}
	s.metrics.queued = func() int64 { return int64(max(len(s.waiting)-len(s.slots), 0)) }
	s.mux.HandleFunc("POST /v1/run", s.route("/v1/run", s.handleRun))
	s.mux.HandleFunc("POST /v1/check", s.route("/v1/check", s.handleCheck))
	s.mux.HandleFunc("GET /v1/exercises", s.route("/v1/exercises", s.handleExercises))
	s.mux.HandleFunc("GET /healthz", s.route("/healthz", func(w http.ResponseWriter, r *http.Request) int {
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, "ok\n")
		return http.StatusOK
	}))
	s.mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		s.metrics.write(w)
	})
	return s
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// handler is a route's body; it returns the status it wrote.
type handler func(w http.ResponseWriter, r *http.Request) int

// route wraps a handler with metrics and panic containment: a panic in
// exlite becomes a 500 with status internal_error, never a dead server.
func (s *Server) route(name string, h handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		code := http.StatusInternalServerError
		defer func() {
			if p := recover(); p != nil {
				s.metrics.internalErrors.Add(1)
				writeJSON(w, http.StatusInternalServerError, map[string]any{
					"status": StatusInternalError, "error": fmt.Sprint("internal error: ", p),
				})
				code = http.StatusInternalServerError
			}
			s.metrics.observe(name, code, time.Since(start))
		}()
		code = h(w, r)
	}
}

// worker is a request's hold on the pool: a place among the submissions
// admitted to it (running or waiting) and, once it runs, a worker slot.
// A submission that becomes long-running (LongRunning) gives both back
// for a place in the long-running lane.
type worker struct {
	s     *Server
	mu    sync.Mutex
	place bool // holds a place in s.waiting
	slot  bool // holds a worker slot
	long  bool // holds a place in the long-running lane
}

type workerKey struct{}

// full reports whether a request arriving now would be refused: the
// pool's queue is full. It lets a handler answer 429 before reading the
// body; acquire decides.
func (s *Server) full() bool { return len(s.waiting) == cap(s.waiting) }

// acquire takes a worker slot, waiting in the bounded queue; ok is false
// when the queue is full or the wait passed QueueWait (the caller answers
// 429), or the client went away.
// The returned context carries the worker, for LongRunning.
func (s *Server) acquire(ctx context.Context) (context.Context, func(), bool) {
	select {
	case s.waiting <- struct{}{}:
	default:
		return ctx, nil, false
	}
	select {
	case s.slots <- struct{}{}:
	default:
		// Wait, in order of arrival (a channel's blocked senders are
		// served first in, first out), at most QueueWait.
		var timeout <-chan time.Time
		if s.cfg.QueueWait > 0 {
			t := time.NewTimer(s.cfg.QueueWait)
			defer t.Stop()
			timeout = t.C
		}
		select {
		case s.slots <- struct{}{}:
		case <-timeout:
			<-s.waiting
			s.metrics.queueTimeouts.Add(1)
			return ctx, nil, false
		case <-ctx.Done():
			<-s.waiting
			return ctx, nil, false
		}
	}
	s.metrics.running.Add(1)
	w := &worker{s: s, place: true, slot: true}
	return context.WithValue(ctx, workerKey{}, w), w.release, true
}

func (w *worker) release() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.slot {
		<-w.s.slots
		w.slot = false
	}
	if w.place {
		<-w.s.waiting
		w.place = false
	}
	if w.long {
		<-w.s.long
		w.long = false
		w.s.metrics.long.Add(-1)
	}
	w.s.metrics.running.Add(-1)
}

// LongRunning tells the service that the submission of ctx's request has
// become long-running (a Backend calls it): its worker slot and its place
// in the queue go to the requests waiting, and the submission goes on
// beside the pool, in the long-running lane, still counted as running.
// Backends pace such submissions so that they do not take the CPU from
// the others (see serve/backend). When the lane is full the submission
// keeps its worker.
func LongRunning(ctx context.Context) {
	w, ok := ctx.Value(workerKey{}).(*worker)
	if !ok {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.slot {
		return
	}
	select {
	case w.s.long <- struct{}{}:
	default:
		return
	}
	<-w.s.slots
	<-w.s.waiting
	w.slot, w.place, w.long = false, false, true
	w.s.metrics.long.Add(1)
}

// decode reads a JSON body into v, answering 413 or 400 itself on failure.
func (s *Server) decode(w http.ResponseWriter, r *http.Request, v any) (int, bool) {
	body := http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes)
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over %d bytes", s.cfg.MaxBodyBytes)), false
		}
		return writeError(w, http.StatusBadRequest, "malformed JSON: "+err.Error()), false
	}
	if dec.More() {
		return writeError(w, http.StatusBadRequest, "malformed JSON: more than one value in the body"), false
	}
	return 0, true
}

// busy answers 429. Retry-After is in whole seconds (RFC 9110), so 1
// is the shortest wait a client can be asked for; a load balancer may
// instead send the request to another server at once.
func (s *Server) busy(w http.ResponseWriter) int {
	w.Header().Set("Retry-After", "1")
	s.metrics.rejected.Add(1)
	return writeError(w, http.StatusTooManyRequests, "all workers are busy; retry later")
}

func (s *Server) handleRun(w http.ResponseWriter, r *http.Request) int {
	if s.full() {
		return s.busy(w)
	}
	var req RunRequest
	if code, ok := s.decode(w, r, &req); !ok {
		return code
	}
	if len(req.Files) == 0 {
		return writeError(w, http.StatusBadRequest, `"files" must name at least one file`)
	}
	lim := s.limitsFor(req.Limits)
	ctx, release, ok := s.acquire(r.Context())
	if !ok {
		return s.busy(w)
	}
	defer release()
	ctx, cancel := context.WithTimeout(ctx, time.Duration(lim.WallMS+1000)*time.Millisecond)
	defer cancel()
	res, err := s.backend.Run(ctx, req, lim)
	if errors.Is(err, ErrBadSubmission) {
		return writeError(w, http.StatusBadRequest, err.Error())
	}
	if err != nil {
		s.metrics.internalErrors.Add(1)
		res = RunResult{Status: StatusInternalError, Stderr: err.Error(), ExitCode: 1}
	}
	s.metrics.verdict("run:" + res.Status)
	if res.Limit != nil {
		s.metrics.limitKill(*res.Limit)
	}
	return writeJSON(w, http.StatusOK, res)
}

func (s *Server) handleCheck(w http.ResponseWriter, r *http.Request) int {
	if s.full() {
		return s.busy(w)
	}
	var req CheckRequest
	if code, ok := s.decode(w, r, &req); !ok {
		return code
	}
	if req.Exercise == "" {
		return writeError(w, http.StatusBadRequest, `"exercise" is required`)
	}
	if len(req.Files) == 0 {
		return writeError(w, http.StatusBadRequest, `"files" must name at least one file`)
	}
	lim := s.limitsFor(req.Limits)
	ctx, release, ok := s.acquire(r.Context())
	if !ok {
		return s.busy(w)
	}
	defer release()
	ctx, cancel := context.WithTimeout(ctx, time.Duration(lim.WallMS+1000)*time.Millisecond)
	defer cancel()
	res, err := s.backend.Check(ctx, req.Exercise, req.Files, lim)
	switch {
	case errors.Is(err, ErrUnknownExercise):
		return writeError(w, http.StatusBadRequest, fmt.Sprintf("unknown exercise %q", req.Exercise))
	case errors.Is(err, ErrBadSubmission):
		return writeError(w, http.StatusBadRequest, err.Error())
	case err != nil:
		s.metrics.internalErrors.Add(1)
		return writeJSON(w, http.StatusInternalServerError, map[string]any{"status": StatusInternalError, "error": err.Error()})
	}
	if res.Limit != "" {
		s.metrics.limitKill(res.Limit)
	}
	s.metrics.verdict("check:" + res.Status)
	return writeJSON(w, http.StatusOK, res.Report)
}

func (s *Server) handleExercises(w http.ResponseWriter, r *http.Request) int {
	return writeJSON(w, http.StatusOK, map[string]any{"exercises": s.backend.Exercises()})
}

func (s *Server) limitsFor(l *Limits) Limits {
	var req Limits
	if l != nil {
		req = *l
	}
	return req.clamp(s.cfg.Defaults, s.cfg.Max)
}

func writeJSON(w http.ResponseWriter, code int, v any) int {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
	return code
}

func writeError(w http.ResponseWriter, code int, msg string) int {
	return writeJSON(w, code, map[string]string{"error": msg, "code": strconv.Itoa(code)})
}
