package ui

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/postureapp/posture/internal/routine"
)

// draft is a routine as typed in the editor: every value is the text of
// its field, so a half-typed "1m3" is kept as it is and checked by the
// same parser that reads the files.
type draft struct {
	name, description, perWeek, prepare, restAfter, switchTime string
	sections                                                   []*draftSection
	flat                                                       bool // saved with top-level [[step]] tables when it still can be
}

type draftSection struct {
	name, rounds string
	steps        []*draftStep
}

// draftStep holds a step's fields; an empty text means "as the exercise
// or the routine says".
type draftStep struct {
	exercise, sets, reps, hold, duration, lift, lower, rest, restAfter, pace, resistance string
	sides                                                                                string
	sidesGiven                                                                           bool // sides = "" is a real choice: both sides together
}

func newDraft() *draft {
	return &draft{sections: []*draftSection{{}}}
}

// draftOf turns a routine into the texts its fields show.
func draftOf(r *routine.Routine) *draft {
	d := &draft{
		name:        r.Name,
		description: r.Description,
		perWeek:     intText(r.PerWeek),
		prepare:     durText(r.Prepare),
		restAfter:   durText(r.RestAfter),
		switchTime:  durText(r.Switch),
		flat:        r.Flat,
	}
	for _, sec := range r.Sections {
		ds := &draftSection{name: sec.Name, rounds: intText(sec.Rounds)}
		for _, s := range sec.Steps {
			ds.steps = append(ds.steps, draftStepOf(s))
		}
		d.sections = append(d.sections, ds)
	}
	return d
}

func draftStepOf(s routine.Step) *draftStep {
	ds := &draftStep{
		exercise:   s.Exercise,
		sets:       intText(s.Sets),
		reps:       s.Reps.String(),
		hold:       s.Hold.String(),
		duration:   s.Duration.String(),
		lift:       durText(s.Tempo.Lift),
		lower:      durText(s.Tempo.Lower),
		rest:       durText(s.Rest),
		restAfter:  durText(s.RestAfter),
		pace:       string(s.Pace),
		resistance: s.Resistance,
	}
	if s.Sides != nil {
		ds.sides, ds.sidesGiven = string(*s.Sides), true
	}
	return ds
}

func (s *draftStep) clone() *draftStep {
	c := *s
	return &c
}

// encode writes the draft as a routine file; values are written as typed
// (numbers as numbers when they read as whole numbers), so the parser's
// messages are about exactly what the person typed.
func (d *draft) encode() []byte {
	doc := map[string]any{"format": routine.Format, "name": d.name}
	putText(doc, "description", d.description)
	putInt(doc, "per_week", d.perWeek)
	putText(doc, "prepare", d.prepare)
	putText(doc, "rest_after", d.restAfter)
	putText(doc, "switch", d.switchTime)
	var sections []map[string]any
	for _, sec := range d.sections {
		t := map[string]any{}
		putText(t, "name", sec.name)
		putInt(t, "rounds", sec.rounds)
		var steps []map[string]any
		for _, s := range sec.steps {
			steps = append(steps, s.table())
		}
		if len(steps) > 0 {
			t["step"] = steps
		}
		sections = append(sections, t)
	}
	if len(sections) > 0 {
		doc["section"] = sections
	}
	var b bytes.Buffer
	if err := toml.NewEncoder(&b).Encode(doc); err != nil {
		// Only strings and whole numbers go in, which always encode.
		panic(fmt.Sprintf("editor draft does not encode: %v", err))
	}
	return b.Bytes()
}

func (s *draftStep) table() map[string]any {
	t := map[string]any{"exercise": s.exercise}
	putInt(t, "sets", s.sets)
	putText(t, "reps", s.reps)
	putText(t, "hold", s.hold)
	putText(t, "duration", s.duration)
	tempo := map[string]any{}
	putText(tempo, "lift", s.lift)
	putText(tempo, "lower", s.lower)
	if len(tempo) > 0 {
		t["tempo"] = tempo
	}
	putText(t, "rest", s.rest)
	putText(t, "rest_after", s.restAfter)
	putText(t, "pace", s.pace)
	if s.sidesGiven {
		t["sides"] = s.sides
	}
	putText(t, "resistance", s.resistance)
	return t
}

// check parses the draft as the files are parsed. The routine is nil
// while there are problems.
func (d *draft) check(lib *routine.Library) (*routine.Routine, routine.Problems) {
	r, err := routine.ParseRoutine("editor", d.encode(), lib)
	if err != nil {
		if ps, ok := err.(routine.Problems); ok {
			return nil, ps
		}
		return nil, routine.Problems{{Msg: err.Error()}}
	}
	one := len(d.sections) == 1 && d.sections[0].name == "" && d.sections[0].rounds == ""
	r.Flat = d.flat && one
	r.File = ""
	return r, nil
}

// putText sets key to the trimmed text unless it is empty.
func putText(t map[string]any, key, text string) {
	if s := strings.TrimSpace(text); s != "" {
		t[key] = s
	}
}

// putInt sets key to a number when the text is one, else to the text, so
// that "3x" is reported as not a whole number.
func putInt(t map[string]any, key, text string) {
	s := strings.TrimSpace(text)
	if s == "" {
		return
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		t[key] = n
		return
	}
	t[key] = s
}

func intText(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func durText(d *time.Duration) string {
	if d == nil {
		return ""
	}
	return routine.FormatDuration(*d)
}
