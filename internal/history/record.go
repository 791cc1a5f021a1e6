// Package history keeps the record of every session a person has done, in
// one TOML file a month, and turns it into weekly counts, streaks, trends
// and progression suggestions.
package history

import "time"

// Status says how a session ended.
type Status string

const (
	Completed Status = "completed"
	Stopped   Status = "stopped"
	Pain      Status = "pain"
)

// Comfort is how an exercise felt, from the person's quick check.
type Comfort string

const (
	ComfortFine       Comfort = ""
	ComfortDiscomfort Comfort = "discomfort"
	ComfortPain       Comfort = "pain"
)

// Session is one workout, as saved in history/YYYY-MM.toml.
type Session struct {
	ID        string     `toml:"id"` // the start time in RFC 3339, unique enough for one person
	Routine   string     `toml:"routine"`
	Started   time.Time  `toml:"started"`
	Ended     time.Time  `toml:"ended"`
	Status    Status     `toml:"status"`
	Active    Duration   `toml:"active"` // time without pauses
	Exercises []Exercise `toml:"exercise"`
}

// Exercise is what was done of one routine step.
type Exercise struct {
	Exercise    string `toml:"exercise"` // exercise id
	SetsPlanned int    `toml:"sets_planned"`
	RepsPlanned string `toml:"reps_planned,omitempty"` // the step's range, "15-20"; empty for timed moves
	Reps        []int  `toml:"reps,omitempty"`         // reps done, one entry per set done
	// PartialReps are the reps done in sets left before their end
	// (stopped or skipped), one entry per such set. Those sets are not
	// sets done, so progress and suggestions leave them out.
	PartialReps []int    `toml:"partial_reps,omitempty"`
	Hold        Duration `toml:"hold,omitzero"`     // the hold used at the top of each rep
	Lower       Duration `toml:"lower,omitzero"`    // the lower phase of each rep
	Duration    Duration `toml:"duration,omitzero"` // per set, for timed moves
	SetsDone    int      `toml:"sets_done"`         // sets finished (timed moves have no reps to count)
	Sides       string   `toml:"sides,omitempty"`   // "", "both", "alternate"
	Resistance  string   `toml:"resistance,omitempty"`
	Comfort     Comfort  `toml:"comfort,omitempty"`
	// For a step of a section played in rounds: the section's name, the
	// round this entry is (from 1) and the rounds planned, so the entries
	// can be shown round by round. All three are empty otherwise.
	Section string `toml:"section,omitempty"`
	Round   int    `toml:"round,omitzero"`
	Rounds  int    `toml:"rounds,omitzero"`
}

// Duration is a time.Duration written as Go's duration string ("3s").
type Duration time.Duration

// MarshalText writes the duration as "14m5s".
func (d Duration) MarshalText() ([]byte, error) { return []byte(time.Duration(d).String()), nil }

// UnmarshalText reads a Go duration string.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}
