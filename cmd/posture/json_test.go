package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/routine"
)

// postureJSON runs a command with --json and decodes what it wrote.
func postureJSON(t *testing.T, data string, doc any, args ...string) {
	t.Helper()
	code, out, errs := posture(t, data, append(args, "--json")...)
	if code != 0 {
		t.Fatalf("%q --json: exit %d: %s", args, code, errs)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(doc); err != nil {
		t.Fatalf("%q --json does not match docs/cli-json.md: %v\n%s", args, err, out)
	}
}

func TestListJSONHasEveryRoutineOfTheTable(t *testing.T) {
	data := t.TempDir()
	if code, _, errs := posture(t, data, "import", writeRoutine(t, importable)); code != 0 {
		t.Fatal(errs)
	}
	var doc listJSON
	postureJSON(t, data, &doc, "list")
	_, table, _ := posture(t, data, "list")
	if doc.Schema != 1 || len(doc.Routines) != strings.Count(table, "\n")-1 {
		t.Fatalf("schema %d, %d routines; the table:\n%s", doc.Schema, len(doc.Routines), table)
	}
	byID := map[string]listRoutineJSON{}
	for _, r := range doc.Routines {
		byID[r.ID] = r
	}
	if r := byID["upper-back-strength"]; !r.BuiltIn || r.Exercises == 0 || r.TimeSeconds <= 0 || r.PerWeek == 0 {
		t.Errorf("upper-back-strength: %+v", r)
	}
	if r := byID["morning-reset"]; r.Name != "Morning Reset" || r.BuiltIn {
		t.Errorf("your own routine: %+v", r)
	}
}

func TestPlanJSONStepsAddUpToTheTotal(t *testing.T) {
	var doc planJSON
	postureJSON(t, t.TempDir(), &doc, "plan", "upper-back-strength")
	sum := doc.PrepareSeconds
	for _, s := range doc.Steps {
		sum += s.TimeSeconds
		if s.ExerciseID == "" || s.Sets < 1 || s.Work == "" {
			t.Errorf("step %+v", s)
		}
	}
	if doc.Routine != "Upper Back Strength" || len(doc.Steps) < 3 || sum != doc.TotalSeconds {
		t.Errorf("%s: %d steps adding up to %gs, total %gs", doc.Routine, len(doc.Steps), sum, doc.TotalSeconds)
	}
}

func TestExercisesJSONListsTheLibraryAndShowsOne(t *testing.T) {
	var all exercisesJSON
	postureJSON(t, t.TempDir(), &all, "exercises")
	_, table, _ := posture(t, t.TempDir(), "exercises")
	if len(all.Exercises) != strings.Count(table, "\n") || all.Exercises[0].Steps != nil {
		t.Errorf("%d exercises in JSON, %d lines in the table", len(all.Exercises), strings.Count(table, "\n"))
	}
	var one oneExerciseJSON
	postureJSON(t, t.TempDir(), &one, "exercises", "--show", "chin-tuck")
	if one.Exercise.Name != "Chin Tuck" || len(one.Exercise.Steps) == 0 || one.Exercise.Dose == "" {
		t.Errorf("chin-tuck: %+v", one.Exercise)
	}
}

func TestRemindJSONHasTheReminderAndWhenItComes(t *testing.T) {
	data := t.TempDir()
	if code, _, errs := posture(t, data, "remind", "add", "upper-back-strength", "--days", "mon,thu", "--at", "09:30"); code != 0 {
		t.Fatal(errs)
	}
	var doc remindJSON
	postureJSON(t, data, &doc, "remind")
	if len(doc.Sessions) != 1 || doc.Sessions[0].At != "09:30" || strings.Join(doc.Sessions[0].Days, ",") != "mon,thu" {
		t.Errorf("sessions %+v", doc.Sessions)
	}
	if len(doc.Next) == 0 || doc.Next[0].Routine != "Upper Back Strength" || doc.Next[0].Kind != "scheduled" ||
		doc.Next[0].Due.Hour() != 9 || doc.Next[0].Due.Minute() != 30 {
		t.Errorf("next %+v", doc.Next)
	}
}

func TestHistoryJSONHasTheWeeksSessionsAndSummary(t *testing.T) {
	data := t.TempDir()
	saveHistory(t, data, pastSession(0, history.Completed), pastSession(1, history.Pain), pastSession(400, history.Completed))
	var doc historyJSON
	postureJSON(t, data, &doc, "history", "--weeks", "2")
	if len(doc.Weeks) != 2 || doc.Target < 1 {
		t.Errorf("weeks %+v, target %d", doc.Weeks, doc.Target)
	}
	if len(doc.Sessions) != 2 || doc.Sessions[0].Status != "pain" || doc.Sessions[0].ActiveSeconds != 14*60 ||
		doc.Sessions[0].Routine != "Upper Back Strength" {
		t.Errorf("want the two sessions of the last two weeks, oldest first: %+v", doc.Sessions)
	}
	if code, _, errs := posture(t, data, "history", "--json", "--csv"); code != 2 {
		t.Errorf("--json with --csv: exit %d, %s", code, errs)
	}
}

// posture list orders routines as home does: the person's own first,
// then the built-ins, each by name as a person reads it.
func TestListOrdersRoutinesAsHomeDoes(t *testing.T) {
	data := t.TempDir()
	for _, name := range []string{"Zed Own", "Mine 10", "Mine 9"} {
		file := writeRoutine(t, strings.Replace(importable, "Morning Reset", name, 1))
		if code, _, errs := posture(t, data, "import", file); code != 0 {
			t.Fatal(errs)
		}
	}
	var doc listJSON
	postureJSON(t, data, &doc, "list")
	var names []string
	for _, r := range doc.Routines {
		names = append(names, r.Name)
	}
	if len(names) < 4 || !slices.Equal(names[:3], []string{"Mine 9", "Mine 10", "Zed Own"}) || doc.Routines[3].BuiltIn != true {
		t.Errorf("list order %q, want the own routines first by name (Mine 9, Mine 10, Zed Own), then the built-ins", names)
	}
	builtins := names[3:]
	if !slices.IsSortedFunc(builtins, routine.CompareNames) {
		t.Errorf("built-ins not by name: %q", builtins)
	}
}
