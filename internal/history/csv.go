package history

import (
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/postureapp/posture/internal/routine"
)

// CSVHeader names the columns of WriteCSV, one row per session exercise.
// outcome (completed, partial, skipped: Session.Judge) comes last, so the
// columns before it stay where older exports had them.
var CSVHeader = []string{"date", "routine", "status", "active", "exercise", "sets_planned",
	"sets_done", "reps", "hold", "duration", "sides", "resistance", "comfort", "outcome"}

// WriteCSV writes every exercise of every session as a row; reps are the
// sets' counts separated by spaces. A session with no exercise gets one row
// with the exercise columns empty, so no session goes missing.
func WriteCSV(w io.Writer, sessions []Session) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	exerciseCols := len(CSVHeader) - 5
	for _, s := range sessions {
		head := []string{s.Started.Format(time.RFC3339), csvText(s.Routine), csvText(string(s.Status)), formatDuration(s.Active)}
		outcome := string(s.Judge().Outcome)
		if len(s.Exercises) == 0 {
			if err := cw.Write(slices.Concat(head, make([]string, exerciseCols), []string{outcome})); err != nil {
				return err
			}
		}
		for _, e := range s.Exercises {
			if err := cw.Write(slices.Concat(head, exerciseColumns(e), []string{outcome})); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

func exerciseColumns(e Exercise) []string {
	reps := make([]string, len(e.Reps))
	for i, r := range e.Reps {
		reps[i] = strconv.Itoa(r)
	}
	return []string{csvText(e.Exercise), strconv.Itoa(e.SetsPlanned), strconv.Itoa(e.done()),
		strings.Join(reps, " "), formatDuration(e.Hold), formatDuration(e.Duration),
		csvText(e.Sides), csvText(e.Resistance), csvText(string(e.Comfort))}
}

// formulaStarts are the first characters that make a spreadsheet read a
// cell as a formula (OWASP's list, with the fullwidth forms that some
// locales of Excel take for the same).
const formulaStarts = "=+-@\t\r＝＋－＠"

// csvText is a cell for text from the history file (names, resistance):
// one that would open as a formula gets a leading ' so spreadsheets show
// it as text. The columns Posture writes from numbers and times are never
// changed, so a count stays a number; a name such as "-5" is text and is
// marked like any other.
func csvText(s string) string {
	if r, _ := utf8.DecodeRuneInString(s); s != "" && strings.ContainsRune(formulaStarts, r) {
		return "'" + s
	}
	return s
}

// formatDuration leaves an unset duration empty rather than writing "0s".
func formatDuration(d Duration) string {
	if d == 0 {
		return ""
	}
	return routine.FormatDuration(time.Duration(d))
}
