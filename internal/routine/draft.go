package routine

import (
	"strconv"
	"strings"
	"time"
)

// Draft is a routine as a person types it: every value is the text of its
// field, so a half-typed "1m3" is kept as it is and checked by the same
// parser that reads the files. It is also the one way a routine becomes a
// file: EncodeRoutine writes a routine through its draft.
type Draft struct {
	Name, Description, PerWeek, Prepare, RestAfter, Switch string
	Warmup                                                 string // not in the editor's form, but kept
	Sections                                               []*DraftSection
	// Flat keeps top-level [[step]] tables while the draft has one
	// section with neither a name nor rounds.
	Flat bool
}

// DraftSection is a section's fields as typed.
type DraftSection struct {
	Name, Rounds string
	Steps        []*DraftStep
}

// DraftStep holds a step's fields; an empty text means "as the exercise or
// the routine says".
type DraftStep struct {
	Exercise, Sets, Reps, Hold, Duration, Lift, Lower, Rest, RestAfter, Pace, Resistance string
	Sides                                                                                string
	SidesGiven                                                                           bool // sides = "" is a real choice: both sides together
}

// NewDraft is an empty routine with one section, ready for steps.
func NewDraft() *Draft {
	return &Draft{Sections: []*DraftSection{{}}}
}

// DraftOf turns a routine into the texts its fields show.
func DraftOf(r *Routine) *Draft {
	d := &Draft{
		Name:        r.Name,
		Description: r.Description,
		PerWeek:     intText(r.PerWeek),
		Prepare:     durText(r.Prepare),
		RestAfter:   durText(r.RestAfter),
		Switch:      durText(r.Switch),
		Warmup:      r.Warmup,
		Flat:        r.Flat,
	}
	for _, sec := range r.Sections {
		ds := &DraftSection{Name: sec.Name, Rounds: intText(sec.Rounds)}
		for _, s := range sec.Steps {
			ds.Steps = append(ds.Steps, draftStepOf(s))
		}
		d.Sections = append(d.Sections, ds)
	}
	return d
}

func draftStepOf(s Step) *DraftStep {
	ds := &DraftStep{
		Exercise:   s.Exercise,
		Sets:       intText(s.Sets),
		Reps:       s.Reps.String(),
		Hold:       s.Hold.String(),
		Duration:   s.Duration.String(),
		Lift:       durText(s.Tempo.Lift),
		Lower:      durText(s.Tempo.Lower),
		Rest:       durText(s.Rest),
		RestAfter:  durText(s.RestAfter),
		Pace:       string(s.Pace),
		Resistance: s.Resistance,
	}
	if s.Sides != nil {
		ds.Sides, ds.SidesGiven = string(*s.Sides), true
	}
	return ds
}

// Clone copies a step, for duplicating it in the editor.
func (s *DraftStep) Clone() *DraftStep {
	c := *s
	return &c
}

// flat reports whether the draft is written with top-level [[step]] tables.
func (d *Draft) flat() bool {
	return d.Flat && len(d.Sections) == 1 && strings.TrimSpace(d.Sections[0].Name) == "" && strings.TrimSpace(d.Sections[0].Rounds) == ""
}

// Encode writes the draft as a routine file. Values are written as typed
// (whole-number fields as numbers when they read as one), so the parser's
// messages are about exactly what the person typed.
func (d *Draft) Encode() []byte {
	w := &tomlWriter{}
	w.line("format = %d", Format)
	w.b.WriteString("name = " + quote(d.Name) + "\n")
	w.text("description", d.Description)
	w.number("per_week", d.PerWeek)
	w.text("prepare", d.Prepare)
	w.text("rest_after", d.RestAfter)
	w.text("switch", d.Switch)
	w.text("warmup", d.Warmup)
	if d.flat() {
		for _, s := range d.Sections[0].Steps {
			w.blank()
			w.line("[[step]]")
			w.step(s)
		}
		return []byte(w.b.String())
	}
	for _, sec := range d.Sections {
		w.blank()
		w.line("[[section]]")
		w.text("name", sec.Name)
		w.number("rounds", sec.Rounds)
		w.indent = "  "
		for _, s := range sec.Steps {
			w.blank()
			w.line("[[section.step]]")
			w.step(s)
		}
		w.indent = ""
	}
	return []byte(w.b.String())
}

func (w *tomlWriter) step(s *DraftStep) {
	w.line("exercise = %s", quote(s.Exercise))
	w.number("sets", s.Sets)
	w.text("reps", s.Reps)
	w.text("hold", s.Hold)
	w.text("duration", s.Duration)
	w.inline("tempo", [][2]string{{"lift", s.Lift}, {"lower", s.Lower}})
	w.text("rest", s.Rest)
	w.text("rest_after", s.RestAfter)
	w.text("pace", s.Pace)
	if s.SidesGiven {
		w.line("sides = %s", quote(strings.TrimSpace(s.Sides)))
	}
	w.text("resistance", s.Resistance)
}

// Check parses the draft as the files are parsed. The routine is nil
// while there are problems; it has no file yet.
func (d *Draft) Check(lib *Library) (*Routine, Problems) {
	r, err := ParseRoutine("editor", d.Encode(), lib)
	if err != nil {
		if ps, ok := err.(Problems); ok {
			return nil, ps
		}
		return nil, Problems{{Msg: err.Error()}}
	}
	r.File = ""
	return r, nil
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
	return FormatDuration(*d)
}
