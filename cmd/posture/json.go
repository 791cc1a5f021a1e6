package main

import (
	"encoding/json"
	"io"
	"strings"
	"time"

	"github.com/postureapp/posture/internal/background"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/session"
)

// jsonSchema is the version of every --json document, described in
// docs/cli-json.md. It goes up when a field changes meaning or goes away;
// a new field leaves it as it is, so readers ignore fields they don't know.
const jsonSchema = 1

// writeJSON writes one document, indented, with a final newline.
func writeJSON(w io.Writer, doc any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// seconds is a duration as JSON wants it: seconds, with a fraction.
func seconds(d time.Duration) float64 { return d.Seconds() }

// slug is a routine's file name without .toml, which every command accepts.
func slug(name string) string { return strings.TrimSuffix(routine.FileName(name), ".toml") }

// nonNil keeps an empty list a list ([]) in JSON rather than null.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

type listJSON struct {
	Schema   int               `json:"schema"`
	Routines []listRoutineJSON `json:"routines"`
}

type listRoutineJSON struct {
	Name        string   `json:"name"`
	ID          string   `json:"id"`
	BuiltIn     bool     `json:"built_in"`
	Exercises   int      `json:"exercises"`
	Equipment   []string `json:"equipment"`
	PerWeek     int      `json:"per_week"`
	TimeSeconds float64  `json:"time_seconds"`
}

func listDoc(c *routine.Catalog) listJSON {
	doc := listJSON{Schema: jsonSchema, Routines: []listRoutineJSON{}}
	for _, r := range c.Routines {
		doc.Routines = append(doc.Routines, listRoutineJSON{
			Name: r.Name, ID: slug(r.Name), BuiltIn: r.BuiltIn, Exercises: r.ExerciseCount(),
			Equipment: nonNil(r.Equipment(c.Library)), PerWeek: r.Target(), TimeSeconds: seconds(r.Size(c.Library).Time),
		})
	}
	return doc
}

type planJSON struct {
	Schema         int            `json:"schema"`
	Routine        string         `json:"routine"`
	PrepareSeconds float64        `json:"prepare_seconds"`
	Steps          []planStepJSON `json:"steps"`
	TotalSeconds   float64        `json:"total_seconds"`
}

type planStepJSON struct {
	Section     string  `json:"section"`
	Rounds      int     `json:"rounds"`
	ExerciseID  string  `json:"exercise_id"`
	Exercise    string  `json:"exercise"`
	Sets        int     `json:"sets"`
	Work        string  `json:"work"`
	Hold        string  `json:"hold"`
	Sides       string  `json:"sides"`
	SelfPaced   bool    `json:"self_paced"`
	TimeSeconds float64 `json:"time_seconds"`
}

func planDoc(r *routine.Routine, lib *routine.Library) planJSON {
	tl := session.Build(r, lib)
	doc := planJSON{Schema: jsonSchema, Routine: r.Name, PrepareSeconds: seconds(r.PrepareTime()),
		Steps: []planStepJSON{}, TotalSeconds: seconds(tl.Total)}
	times := tl.StepTimes()
	for si, plans := range r.Plans(lib) {
		sec := r.Sections[si]
		for pi, p := range plans {
			doc.Steps = append(doc.Steps, planStepJSON{
				Section: sec.Name, Rounds: sec.RoundCount(), ExerciseID: p.Exercise.ID, Exercise: p.Exercise.Name,
				Sets: p.Sets, Work: p.Work(), Hold: spanText(p.Hold), Sides: string(p.Sides),
				SelfPaced: p.Pace == routine.Self, TimeSeconds: seconds(times[si][pi]),
			})
		}
	}
	return doc
}

// spanText is a hold as routines write it ("5s", "5-10s"), or "" for none.
func spanText(s routine.Span) string {
	if s.IsZero() {
		return ""
	}
	return s.String()
}

type exercisesJSON struct {
	Schema    int            `json:"schema"`
	Exercises []exerciseJSON `json:"exercises"`
}

type oneExerciseJSON struct {
	Schema   int          `json:"schema"`
	Exercise exerciseJSON `json:"exercise"`
}

type exerciseJSON struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Kind      string   `json:"kind"`
	Equipment []string `json:"equipment"`
	Muscles   []string `json:"muscles"`
	Sides     string   `json:"sides"`
	Dose      string   `json:"dose"`
	Summary   string   `json:"summary,omitempty"`
	Steps     []string `json:"steps,omitempty"`
	Cues      []string `json:"cues,omitempty"`
	Safety    []string `json:"safety,omitempty"`
}

// exerciseDoc is one exercise; full adds its text (summary, steps, cues,
// safety), as --show prints it.
func exerciseDoc(ex *routine.Exercise, full bool) exerciseJSON {
	j := exerciseJSON{ID: ex.ID, Name: ex.Name, Kind: string(ex.Kind), Equipment: nonNil(ex.Equipment),
		Muscles: nonNil(ex.Muscles), Sides: string(ex.Sides), Dose: doseText(ex)}
	if full {
		j.Summary, j.Steps, j.Cues, j.Safety = ex.Summary, ex.Steps, ex.Cues, ex.Safety
	}
	return j
}

func exercisesDoc(lib *routine.Library) exercisesJSON {
	doc := exercisesJSON{Schema: jsonSchema, Exercises: []exerciseJSON{}}
	for _, ex := range lib.All() {
		doc.Exercises = append(doc.Exercises, exerciseDoc(ex, false))
	}
	return doc
}

type remindJSON struct {
	Schema     int                 `json:"schema"`
	File       string              `json:"file"`
	Sessions   []remindSessionJSON `json:"sessions"`
	Breaks     remindBreaksJSON    `json:"breaks"`
	Quiet      remindQuietJSON     `json:"quiet"`
	Background remindStatusJSON    `json:"background"`
	Next       []remindNextJSON    `json:"next"`
}

type remindSessionJSON struct {
	Routine string   `json:"routine"`
	Days    []string `json:"days"`
	At      string   `json:"at"`
}

type remindBreaksJSON struct {
	On           bool    `json:"on"`
	Routine      string  `json:"routine"`
	EverySeconds float64 `json:"every_seconds"`
}

type remindQuietJSON struct {
	From string `json:"from"`
	To   string `json:"to"`
}

type remindStatusJSON struct {
	Running    bool   `json:"running"`
	IdleSource string `json:"idle_source,omitempty"`
	Problem    string `json:"problem,omitempty"`
}

type remindNextJSON struct {
	Due     time.Time `json:"due"`
	Kind    string    `json:"kind"`
	Routine string    `json:"routine"`
}

func remindDoc(client *background.Client, plan remind.Plan, next []remind.Prompt) remindJSON {
	doc := remindJSON{Schema: jsonSchema, File: client.PlanPath(), Sessions: []remindSessionJSON{},
		Breaks: remindBreaksJSON{On: plan.Breaks.On, Routine: plan.Breaks.Routine, EverySeconds: seconds(plan.Breaks.Every)},
		Quiet:  remindQuietJSON{From: plan.Quiet.From.String(), To: plan.Quiet.To.String()}, Next: []remindNextJSON{}}
	for _, s := range plan.Sessions {
		doc.Sessions = append(doc.Sessions, remindSessionJSON{Routine: s.Routine, Days: nonNil(s.Days.Names()), At: s.At.String()})
	}
	status := client.Status()
	doc.Background.Running = status.Running
	if status.Running {
		doc.Background.IdleSource = background.IdleSourceText(status.IdleSource)
	}
	if status.Problem != nil {
		doc.Background.Problem = status.Problem.Error()
	}
	for _, p := range next {
		kind := "scheduled"
		if p.Kind == remind.DeskBreak {
			kind = "desk-break"
		}
		doc.Next = append(doc.Next, remindNextJSON{Due: p.Planned, Kind: kind, Routine: p.Routine})
	}
	return doc
}

type historyJSON struct {
	Schema      int                     `json:"schema"`
	ThisWeek    int                     `json:"this_week"`
	Target      int                     `json:"target"`
	Streak      int                     `json:"streak"`
	Weeks       []historyWeekJSON       `json:"weeks"`
	Sessions    []historySessionJSON    `json:"sessions"`
	Suggestions []historySuggestionJSON `json:"suggestions"`
}

type historyWeekJSON struct {
	Start     string `json:"start"`
	Completed int    `json:"completed"`
	Stopped   int    `json:"stopped"`
	Met       bool   `json:"met"`
}

type historySessionJSON struct {
	ID            string    `json:"id"`
	Routine       string    `json:"routine"`
	Started       time.Time `json:"started"`
	Ended         time.Time `json:"ended"`
	Status        string    `json:"status"`
	ActiveSeconds float64   `json:"active_seconds"`
	Exercises     int       `json:"exercises"`
}

type historySuggestionJSON struct {
	Routine    string `json:"routine"`
	ExerciseID string `json:"exercise_id"`
	Exercise   string `json:"exercise"`
	Kind       string `json:"kind"`
	Change     string `json:"change"`
	Why        string `json:"why"`
}

// historyDoc is the summary, the last weeks and their sessions (oldest
// first), and the current suggestions, as the history command prints them.
func historyDoc(sessions []history.Session, c *routine.Catalog, now time.Time, loc *time.Location, weeks, target int) historyJSON {
	sum := history.Summarise(sessions, now, loc, target)
	doc := historyJSON{Schema: jsonSchema, ThisWeek: sum.ThisWeek, Target: sum.Target, Streak: sum.Streak,
		Weeks: []historyWeekJSON{}, Sessions: []historySessionJSON{}, Suggestions: []historySuggestionJSON{}}
	recent := history.RecentWeeks(sessions, now, loc, weeks, target)
	for _, wk := range recent {
		doc.Weeks = append(doc.Weeks, historyWeekJSON{Start: wk.Start.Format(time.DateOnly), Completed: wk.Completed, Stopped: wk.Other, Met: wk.Met})
	}
	for _, s := range sessions {
		if s.Started.Before(recent[0].Start) {
			continue
		}
		doc.Sessions = append(doc.Sessions, historySessionJSON{ID: s.ID, Routine: s.Routine, Started: s.Started, Ended: s.Ended,
			Status: string(s.Status), ActiveSeconds: seconds(time.Duration(s.Active)), Exercises: len(s.Exercises)})
	}
	if r, sugs := history.Current(sessions, c); r != nil {
		for _, s := range sugs {
			doc.Suggestions = append(doc.Suggestions, historySuggestionJSON{Routine: r.Name, ExerciseID: s.Exercise,
				Exercise: s.From.Name, Kind: string(s.Kind), Change: s.Change, Why: s.Why})
		}
	}
	return doc
}
