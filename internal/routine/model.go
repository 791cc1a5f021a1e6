// Package routine holds Posture's exercises and routines: their model, the
// TOML files they live in, validation with errors that name file, line and
// field, and the resolution of a step's values from the step, the
// exercise's dose and the routine.
package routine

import (
	"slices"
	"strings"
	"time"
)

// Format is the only file format version this build reads and writes.
const Format = 1

// Kind groups exercises by purpose.
type Kind string

const (
	Warmup   Kind = "warmup"
	Strength Kind = "strength"
	Stretch  Kind = "stretch"
)

// Sides says whether an exercise is done one side at a time.
type Sides string

const (
	NoSides   Sides = ""          // both sides together, or no sides at all
	BothSides Sides = "both"      // each set on the left, then on the right
	Alternate Sides = "alternate" // the side changes with every rep
)

// Pace says who ends a set: the timer, or the person.
type Pace string

const (
	Timed Pace = "timed" // a beep for every phase of every rep
	Self  Pace = "self"  // one open-ended segment per set, ended by Done
)

// Equipment names the things an exercise may need.
var Equipment = []string{"band", "dumbbells", "cable", "wall", "doorway", "chair", "bench", "mat", "door anchor"}

// Gear is the equipment that has to be bought, such as a band or weights,
// unlike walls, doorways, chairs and a mat.
var Gear = []string{"band", "dumbbells", "cable", "bench", "door anchor"}

// Room is what is there wherever a person exercises, at a desk too: a
// wall, a doorway and a chair, besides the floor, which is no equipment.
// A routine that needs nothing else needs "no equipment"; a mat is not
// at every desk.
var Room = []string{"wall", "doorway", "chair"}

// NeedsMoreThanRoom reports whether any entry of equipment can only be
// met with something beyond Room: what "No equipment" leaves out.
func NeedsMoreThanRoom(equipment []string) bool {
	return slices.ContainsFunc(equipment, func(entry string) bool {
		return !slices.ContainsFunc(Choices(entry), func(c string) bool { return slices.Contains(Room, c) })
	})
}

// orWord joins choices in an equipment entry: "band or cable" means
// either will do.
const orWord = " or "

// Choices splits an equipment entry into the things any one of which will
// do: "dumbbells or band" gives both, "wall" gives itself.
func Choices(entry string) []string { return strings.Split(entry, orWord) }

// NeedsGear reports whether any entry of equipment can only be met with
// Gear, so that a wall, a doorway, a chair and the floor are not enough.
func NeedsGear(equipment []string) bool {
	return slices.ContainsFunc(equipment, func(entry string) bool {
		return !slices.ContainsFunc(Choices(entry), func(c string) bool { return !slices.Contains(Gear, c) })
	})
}

// Offers reports whether eq meets one of equipment's entries, alone or
// as one of its choices: a band is offered by "dumbbells or band".
func Offers(equipment []string, eq string) bool {
	return slices.ContainsFunc(equipment, func(entry string) bool { return slices.Contains(Choices(entry), eq) })
}

// Defaults used when neither the step, the exercise nor the routine says.
const (
	DefaultPrepare   = 5 * time.Second
	DefaultRestAfter = 60 * time.Second
	DefaultSwitch    = 3 * time.Second
	DefaultPerWeek   = 3
)

// Exercise is one movement in the library.
type Exercise struct {
	ID        string
	Name      string
	Kind      Kind
	Equipment []string // each entry one thing, or choices: "band or cable"
	Muscles   []string
	Summary   string
	Steps     []string // how to do it, in order
	Cues      []string // key points, shown while it runs
	Safety    []string
	Sides     Sides
	Dose      Dose
	Tempo     Tempo
	// PhaseNames name the phases of a rep for this movement, so a push
	// reads "Bend" and "Push" rather than "Lift" and "Lower".
	PhaseNames  PhaseNames
	PhaseCues   PhaseCues
	Progression Progression
	// Floor is true for a move done lying or kneeling on the floor;
	// WithoutFloor names the exercise played instead for a person who
	// does no floor work ("" when there is none).
	Floor        bool
	WithoutFloor string

	File    string // where it was loaded from, for messages
	BuiltIn bool
}

// Dose is an exercise's default prescription. Zero values mean "not given".
type Dose struct {
	Sets     int
	Reps     Count
	Hold     Span
	Duration Span
	Rest     *time.Duration // nil: not given; 0 is a real "no rest"
	Source   DoseSource
}

// DoseSource says where a dose's numbers come from, so a person can tell
// the articles' prescriptions from the app's own.
type DoseSource string

const (
	FromArticle DoseSource = "article" // the numbers are an article's
	Adapted     DoseSource = "adapted" // an article's, with some of ours
	Ours        DoseSource = "ours"    // the app's own suggestion
	// Yours is a plan's numbers as the person's own routine writes them;
	// never a source an exercise file gives.
	Yours DoseSource = "yours"
)

// DoseSources are the values a dose's source may take in an exercise file.
var DoseSources = []DoseSource{FromArticle, Adapted, Ours}

// Note is the source as the screens show it beside a dose; "" when not given.
func (s DoseSource) Note() string {
	switch s {
	case FromArticle:
		return "from the article"
	case Adapted:
		return "adapted from the article"
	case Ours:
		return "our suggestion"
	case Yours:
		return "your own numbers"
	}
	return ""
}

// Tempo is the length of the moving phases of one rep.
type Tempo struct {
	Lift  *time.Duration
	Lower *time.Duration
}

// PhaseCues are shown during that phase of a rep.
type PhaseCues struct {
	Lift, Hold, Lower string
}

// PhaseNames are an exercise's own words for the phases of a rep; an empty
// one keeps the usual word.
type PhaseNames struct {
	Lift, Hold, Lower string
}

// Progression is how an exercise gets harder once every set reaches 20
// clean reps (or Reps, when given; internal/history applies it), tried in
// this order: a longer hold, a slower lower, added resistance, a harder
// exercise. Without any of them the next step is more resistance, as for
// band and weight moves. Once all are used the move is as hard as the
// routine takes it, and Then names an exercise to try beside it.
type Progression struct {
	Reps       int           // clean reps a set before it gets harder; 0: the articles' 20
	Hold       time.Duration // hold longer, a second at a time, up to this
	Lower      time.Duration // lower more slowly, a second at a time, up to this
	Resistance string        // start using this, such as "light band"
	Next       string        // the id of the harder exercise to move on to
	Then       string        // the id of an exercise to try once this one is as hard as it gets
}

// IsZero reports whether the exercise says nothing of its progression.
func (p Progression) IsZero() bool { return p == Progression{} }

// Routine is a named plan of sections and steps.
type Routine struct {
	Name string
	// Title is the name shown in the language the catalog was loaded in
	// (see Catalog.Translate); "" when untranslated. Name stays the
	// routine's identity in files, history and reminders.
	Title       string
	Description string
	PerWeek     int            // 0: not given
	Prepare     *time.Duration // get-ready countdown
	RestAfter   *time.Duration // default rest after each step's last set
	Switch      *time.Duration // pause to change sides
	// Warmup names a routine the player offers to play first, for
	// routines that start with strength work.
	Warmup   string
	Sections []Section
	// Flat is true when the file used top-level [[step]] tables; the one
	// section it then holds has no name and is saved back the same way.
	Flat bool
	// Carried are the exercises the file holds in [[exercise]] tables, as
	// an export writes them so the routine travels whole (see bundle.go).
	Carried []*Exercise

	File    string
	BuiltIn bool
}

// Section is a named group of steps, repeated Rounds times.
type Section struct {
	Name   string
	Rounds int // 0: not given, plays once
	Steps  []Step
}

// Step is one exercise in a routine as written. Nil or zero fields are
// taken from the exercise's dose, then from the routine.
type Step struct {
	Exercise   string
	Sets       int
	Reps       Count
	Hold       Span
	Duration   Span
	Tempo      Tempo
	Rest       *time.Duration
	RestAfter  *time.Duration
	Pace       Pace
	Sides      *Sides
	Resistance string
}

// Dur returns a pointer to d, for the optional durations above.
func Dur(d time.Duration) *time.Duration { return &d }

// WithWarmup is r with warm's sections played first, under r's name so
// the session counts as r. Warm's steps keep the rest after them that
// warm gives them, and a section without a name takes warm's name.
func (r *Routine) WithWarmup(warm *Routine) *Routine {
	c := r.Clone()
	c.Warmup, c.Flat = "", false
	rest := Dur(firstDur(warm.RestAfter, Dur(DefaultRestAfter)))
	first := warm.Clone().Sections
	for i := range first {
		if first[i].Name == "" {
			first[i].Name = warm.Name
		}
		for j := range first[i].Steps {
			if first[i].Steps[j].RestAfter == nil {
				first[i].Steps[j].RestAfter = rest
			}
		}
	}
	c.Sections = append(first, c.Sections...)
	return c
}
