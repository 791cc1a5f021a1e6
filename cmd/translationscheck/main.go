// Command translationscheck lists, for every language Posture is
// translated into, each field of the built-in exercises, routines and
// advice still in English and each overlay that names something the
// English does not have (an unknown id or key, a wrong type, a list of
// the wrong length). It exits 1 when a language that has been started
// (it has a folder in assets/translations) misses anything or has a
// broken overlay; a language without a folder is reported as not started.
// make translations-check runs it, and make test runs that.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/routines"
)

func main() {
	os.Exit(run(os.Stdout))
}

func run(out io.Writer) int {
	c := routine.Load(routine.Sources{BuiltinExercises: assets.ExerciseFiles(), BuiltinRoutines: routines.FS})
	advice, err := routine.ParseAdvice("assets/advice.toml", assets.Advice)
	if err != nil || len(c.Problems) > 0 {
		fmt.Fprintln(out, "the English built-ins do not load:", err, c.Problems)
		return 1
	}
	status := 0
	for _, lang := range locale.Supported[1:] {
		cov := c.Coverage(assets.TranslationFiles(), string(lang), advice)
		if !report(out, cov) {
			status = 1
		}
	}
	return status
}

// report writes one language's coverage and says whether it passes.
func report(out io.Writer, cov routine.Coverage) bool {
	switch {
	case !cov.Started:
		fmt.Fprintf(out, "%s: not started (no assets/translations/%s/)\n", cov.Lang, cov.Lang)
		return true
	case len(cov.Missing) == 0 && len(cov.Unused) == 0:
		fmt.Fprintf(out, "%s: complete\n", cov.Lang)
		return true
	}
	fmt.Fprintf(out, "%s: %d fields missing, %d overlays with problems\n", cov.Lang, len(cov.Missing), len(cov.Unused))
	for _, m := range cov.Missing {
		fmt.Fprintf(out, "  missing: assets/translations/%s/%s\n", cov.Lang, m)
	}
	for _, u := range cov.Unused {
		fmt.Fprintf(out, "  unused or wrong: %v\n", u)
	}
	return false
}
