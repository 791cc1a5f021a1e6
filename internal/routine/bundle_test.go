package routine

import (
	"fmt"
	"strings"
	"testing"
)

const carrier = "format = 1\nname = \"Carry\"\n[[step]]\nexercise = \"door-press\"\n"

func carriedExercise(id string) string {
	return fmt.Sprintf("\n[[exercise]]\nid = %q\nname = \"Door Press\"\nkind = \"strength\"\n[exercise.dose]\nsets = 2\nreps = \"8\"\n", id)
}

// What a routine file carries is checked as an exercise file is, on the
// file's own lines, and capped.
func TestCarriedExercisesAreCheckedAndCapped(t *testing.T) {
	if r, err := ParseRoutine("carry.toml", []byte(carrier+carriedExercise("door-press")), NewLibrary()); err != nil || len(r.Carried) != 1 {
		t.Fatalf("a routine carrying its exercise: %v", err)
	}
	twice := carrier + carriedExercise("door-press") + carriedExercise("door-press")
	if _, err := ParseRoutine("carry.toml", []byte(twice), NewLibrary()); err == nil || !strings.Contains(err.Error(), `carry.toml:15: exercise[2].id: "door-press" is carried twice`) {
		t.Errorf("carried twice: %v", err)
	}
	var many strings.Builder
	many.WriteString(carrier)
	for i := range MaxSteps + 1 {
		many.WriteString(carriedExercise(fmt.Sprintf("move-%d", i)))
	}
	if _, err := ParseRoutine("carry.toml", []byte(many.String()), NewLibrary()); err == nil || !strings.Contains(err.Error(), "201 exercises carried") {
		t.Errorf("201 carried: %v", err)
	}
	newer := strings.Replace(carrier, "format = 1", "format = 2", 1) + carriedExercise("door-press")
	if _, err := ParseRoutine("carry.toml", []byte(newer), NewLibrary()); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("a newer format: %v", err)
	}
}
