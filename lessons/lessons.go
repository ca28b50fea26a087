// Package lessons holds exlite's course content: lessons, their exercises
// (statement, starter code, reference solution) and the scenarios the
// grader runs on a submission. The content is embedded in the binary; a
// course author can also load a folder in the same format (Open with a
// directory, the CLI's --lessons DIR). lessons/README.md documents the
// format.
package lessons

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
)

// embedded is the content built into exlite: one folder per lesson.
//
//go:embed processes supervision
var embedded embed.FS

// Files every exercise folder must hold, and the optional ExUnit test file.
const (
	StatementFile = "README.md"
	StarterFile   = "starter.exs"
	SolutionFile  = "solution.exs"
	ScenarioFile  = "scenarios.txt"
	TestFile      = "test.exs"
	LessonFile    = "lesson.txt"
)

// Lesson is a lesson of the course and its exercises, in order.
type Lesson struct {
	Name      string // folder name, e.g. "processes"
	Title     string // from lesson.txt
	Exercises []*Exercise
}

// Exercise is one exercise: what the learner reads and starts from, the
// reference solution, and what the grader runs.
type Exercise struct {
	Lesson    string // the lesson's folder name
	Name      string // the exercise's folder name, e.g. "ping_pong"
	Title     string // the statement's first "# " heading
	Statement string // README.md, Markdown
	Starter   string // starter.exs
	Solution  string // solution.exs
	// Test is test.exs, an ExUnit file run against the submission by the
	// grader (later); empty when the exercise has none.
	Test      string
	Scenarios []*Scenario
}

// ID names the exercise as "lesson/exercise".
func (e *Exercise) ID() string { return e.Lesson + "/" + e.Name }

// Embedded is the content built into exlite.
func Embedded() fs.FS { return embedded }

// List loads the built-in lessons.
func List() ([]*Lesson, error) { return Load(embedded) }

// Open loads the lessons of a folder on disk in the same format, or the
// built-in ones when dir is empty.
func Open(dir string) ([]*Lesson, error) {
	if dir == "" {
		return List()
	}
	if st, err := os.Stat(dir); err != nil {
		return nil, err
	} else if !st.IsDir() {
		return nil, fmt.Errorf("%s is not a folder", dir)
	}
	return Load(os.DirFS(dir))
}

// Load reads every lesson of fsys: each folder at its root that holds a
// lesson.txt. It checks the whole content and reports every problem found.
func Load(fsys fs.FS) ([]*Lesson, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	var lessons []*Lesson
	var errs []string
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		if _, err := fs.Stat(fsys, path.Join(e.Name(), LessonFile)); err != nil {
			continue
		}
		l, lerrs := loadLesson(fsys, e.Name())
		errs = append(errs, lerrs...)
		if l != nil {
			lessons = append(lessons, l)
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	if len(lessons) == 0 {
		return nil, fmt.Errorf("no lesson found (a lesson is a folder holding %s)", LessonFile)
	}
	sort.Slice(lessons, func(i, j int) bool { return lessons[i].Name < lessons[j].Name })
	return lessons, nil
}

// Find returns the exercise named "lesson/exercise", or "exercise" alone
// when only one lesson has an exercise of that name.
func Find(lessons []*Lesson, id string) (*Exercise, error) {
	var found []*Exercise
	for _, l := range lessons {
		for _, e := range l.Exercises {
			if e.ID() == id || e.Name == id {
				found = append(found, e)
			}
		}
	}
	switch len(found) {
	case 0:
		return nil, fmt.Errorf("no exercise named %q", id)
	case 1:
		return found[0], nil
	}
	return nil, fmt.Errorf("%q is ambiguous: write it as lesson/exercise", id)
}

func loadLesson(fsys fs.FS, dir string) (*Lesson, []string) {
	var errs []string
	fail := func(format string, args ...any) {
		errs = append(errs, fmt.Sprintf(format, args...))
	}
	meta := path.Join(dir, LessonFile)
	data, err := fs.ReadFile(fsys, meta)
	if err != nil {
		return nil, []string{err.Error()}
	}
	l := &Lesson{Name: dir}
	var order []string
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		value = strings.TrimSpace(value)
		switch {
		case !ok:
			fail("%s:%d: expected \"key: value\"", meta, i+1)
		case key == "title":
			l.Title = value
		case key == "exercises":
			order = strings.Fields(value)
		default:
			fail("%s:%d: unknown key %q (title, exercises)", meta, i+1, key)
		}
	}
	if l.Title == "" {
		fail("%s: no title", meta)
	}
	if len(order) == 0 {
		fail("%s: no exercises listed", meta)
	}
	listed := map[string]bool{}
	for _, name := range order {
		if listed[name] {
			fail("%s: exercise %s listed twice", meta, name)
			continue
		}
		listed[name] = true
		ex, exErrs := loadExercise(fsys, dir, name)
		errs = append(errs, exErrs...)
		if ex != nil {
			l.Exercises = append(l.Exercises, ex)
		}
	}
	entries, _ := fs.ReadDir(fsys, dir)
	for _, e := range entries {
		if e.IsDir() && !listed[e.Name()] {
			fail("%s: folder %s is not listed in exercises", meta, e.Name())
		}
	}
	return l, errs
}

func loadExercise(fsys fs.FS, lesson, name string) (*Exercise, []string) {
	dir := path.Join(lesson, name)
	var errs []string
	read := func(file string, required bool) string {
		data, err := fs.ReadFile(fsys, path.Join(dir, file))
		switch {
		case err == nil && strings.TrimSpace(string(data)) == "" && required:
			errs = append(errs, fmt.Sprintf("%s/%s is empty", dir, file))
		case err == nil:
			return string(data)
		case required:
			errs = append(errs, fmt.Sprintf("%s: missing %s", dir, file))
		}
		return ""
	}
	ex := &Exercise{
		Lesson:    lesson,
		Name:      name,
		Statement: read(StatementFile, true),
		Starter:   read(StarterFile, true),
		Solution:  read(SolutionFile, true),
		Test:      read(TestFile, false),
	}
	ex.Title = title(ex.Statement)
	if ex.Statement != "" && ex.Title == "" {
		errs = append(errs, fmt.Sprintf("%s/%s: no \"# Title\" line", dir, StatementFile))
	}
	if src := read(ScenarioFile, true); src != "" {
		sc, err := ParseScenarios(path.Join(dir, ScenarioFile), src)
		if err != nil {
			errs = append(errs, err.Error())
		}
		ex.Scenarios = sc
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return ex, nil
}

// title is the text of the first level-1 Markdown heading.
func title(md string) string {
	for _, line := range strings.Split(md, "\n") {
		if t, ok := strings.CutPrefix(line, "# "); ok {
			return strings.TrimSpace(t)
		}
	}
	return ""
}
