package routine

import (
	"fmt"
	"strings"

	"github.com/postureapp/posture/internal/tomlfile"
)

var (
	routineKeys = []string{"format", "name", "description", "per_week", "prepare", "rest_after", "switch", "warmup", "section", "step", "exercise"}
	sectionKeys = []string{"name", "rounds", "step"}
	stepKeys    = []string{"exercise", "sets", "reps", "hold", "duration", "tempo", "rest", "rest_after", "pace", "sides", "resistance"}
	paces       = []string{string(Timed), string(Self)}
)

// ParseRoutine reads one routine file. Exercise ids are checked against
// lib. The error, if any, is Problems listing everything wrong with it.
func ParseRoutine(file string, data []byte, lib *Library) (*Routine, error) {
	raw, d, err := parse(file, data)
	if err != nil {
		return nil, err
	}
	d.CheckKeys(raw, "", routineKeys)
	r := &Routine{
		Name:        strings.TrimSpace(d.name(raw, "name", "", true)),
		Description: d.str(raw, "description", "", false),
		PerWeek:     d.intIn(raw, "per_week", "", 1, maxPerWeek),
		Prepare:     d.dur(raw, "prepare", "", maxRest),
		RestAfter:   d.dur(raw, "rest_after", "", maxRest),
		Switch:      d.dur(raw, "switch", "", maxRest),
		Warmup:      strings.TrimSpace(d.str(raw, "warmup", "", false)),
		File:        file,
	}
	d.checkWarmup(raw, r)
	r.Carried = d.carried(raw)
	lib = lib.with(r.Carried)
	sections := d.tables(raw, "section", "")
	steps := d.tables(raw, "step", "")
	if !d.stepCount(steps, sections) {
		return r, d.Err()
	}
	switch {
	case len(sections) > 0 && len(steps) > 0:
		d.Add("step", "top-level [[step]] tables cannot be mixed with [[section]] tables", "put every step in a section, or use no sections")
	case len(steps) > 0:
		r.Flat = true
		r.Sections = []Section{{Steps: d.steps(steps, "", lib)}}
	case len(sections) > 0:
		for i, s := range sections {
			r.Sections = append(r.Sections, d.section(s, tomlfile.Indexed("", "section", i), lib))
		}
	default:
		d.Add("step", "the routine has no steps", "[[section]] tables with [[section.step]], or top-level [[step]] tables")
	}
	if len(d.Problems) == 0 {
		d.checkSize(r, lib)
	}
	return r, d.Err()
}

// checkWarmup reports a warm-up that names nothing or the routine itself;
// whether the routine it names exists is the catalog's to say.
func (d *decoder) checkWarmup(raw map[string]any, r *Routine) {
	v, given := raw["warmup"]
	switch {
	case !given || !isString(v):
	case r.Warmup == "":
		d.Add("warmup", "is empty", `the name of a routine to play first, like "Dynamic Warm-up"`)
	case strings.EqualFold(r.Warmup, r.Name):
		d.Add("warmup", "names the routine itself", "the name of another routine")
	}
}

func (d *decoder) section(raw map[string]any, path string, lib *Library) Section {
	d.CheckKeys(raw, path, sectionKeys)
	s := Section{
		Name:   d.name(raw, "name", path, false),
		Rounds: d.intIn(raw, "rounds", path, 1, maxRounds),
	}
	steps := d.tables(raw, "step", path)
	if len(steps) == 0 {
		d.Add(path, "the section has no steps", "one or more [[section.step]] tables")
	}
	s.Steps = d.steps(steps, path, lib)
	return s
}

func (d *decoder) steps(raw []map[string]any, path string, lib *Library) []Step {
	out := make([]Step, 0, len(raw))
	for i, s := range raw {
		out = append(out, d.step(s, tomlfile.Indexed(path, "step", i), lib))
	}
	return out
}

func (d *decoder) step(raw map[string]any, path string, lib *Library) Step {
	d.CheckKeys(raw, path, stepKeys)
	s := Step{
		Exercise:   d.str(raw, "exercise", path, true),
		Sets:       d.intIn(raw, "sets", path, 1, maxSets),
		Reps:       d.count(raw, "reps", path, 1, maxReps),
		Hold:       d.span(raw, "hold", path),
		Duration:   d.span(raw, "duration", path),
		Tempo:      d.tempo(raw, path),
		Rest:       d.dur(raw, "rest", path, maxRest),
		RestAfter:  d.dur(raw, "rest_after", path, maxRest),
		Resistance: d.str(raw, "resistance", path, false),
	}
	if p, ok := d.enum(raw, "pace", path, paces); ok {
		s.Pace = Pace(p)
	}
	if v, ok := d.enum(raw, "sides", path, sidesValues); ok {
		sides := Sides(v)
		s.Sides = &sides
	}
	if !s.Reps.IsZero() && !s.Duration.IsZero() {
		d.Add(tomlfile.Join(path, "duration"), "a step has reps or a duration, not both", "reps for rep-based moves, duration for timed ones")
	}
	d.checkExercise(s, path, lib)
	return s
}

// checkExercise reports an unknown exercise id with the nearest known one,
// and a step that ends up with neither reps nor a duration.
func (d *decoder) checkExercise(s Step, path string, lib *Library) {
	if s.Exercise == "" || lib == nil {
		return
	}
	e, ok := lib.Exercise(s.Exercise)
	if !ok {
		allowed := "an exercise id from 'posture exercises'"
		if near := tomlfile.Nearest(s.Exercise, lib.IDs(), nil); near != "" {
			allowed = fmt.Sprintf("did you mean %q?", near)
		}
		d.Add(tomlfile.Join(path, "exercise"), "no exercise with id "+tomlfile.Echo(s.Exercise), allowed)
		return
	}
	if s.Reps.IsZero() && s.Duration.IsZero() && e.Dose.Reps.IsZero() && e.Dose.Duration.IsZero() {
		d.Add(path, "exercise "+tomlfile.Echo(s.Exercise)+" has no default dose, so the step needs reps or a duration", `reps = "10-15" or duration = "30s"`)
	}
}
