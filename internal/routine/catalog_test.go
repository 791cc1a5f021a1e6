package routine_test

import (
	"testing"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/routines"
)

func TestBuiltinsLoadWithoutProblems(t *testing.T) {
	c := routine.Load(routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS})
	for _, p := range c.Problems {
		t.Errorf("%v", p)
	}
	t.Logf("%d exercises, %d routines", len(c.Library.IDs()), len(c.Routines))
}
