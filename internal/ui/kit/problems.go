package kit

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/routine"
)

// ProblemLabel shows what is wrong with one field, under it; hidden when
// nothing is.
func ProblemLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = theme.SizeNameCaptionText
	l.Hide()
	return l
}

// SetProblem shows text under a field, or hides the line when text is
// empty.
func SetProblem(l *widget.Label, text string) {
	if text == "" {
		l.Hide()
		l.SetText("")
		return
	}
	l.SetText(text)
	l.Show()
}

// ProblemSlots are the problem lines of a form, by field path, and one for
// problems that no field shows.
type ProblemSlots struct {
	ByPath  map[string]*widget.Label // the line under each field, by its problem path
	General *widget.Label            // the line for problems no field shows
}

// NewProblemSlots has no field lines yet and an empty general line.
func NewProblemSlots() *ProblemSlots {
	return &ProblemSlots{ByPath: map[string]*widget.Label{}, General: ProblemLabel()}
}

// LabelFor finds the problem line for a field path, or for the nearest
// block around it: "section[1].step[2].tempo.lift" falls back to the step.
func (s *ProblemSlots) LabelFor(path string) *widget.Label {
	for path != "" {
		if l, ok := s.ByPath[path]; ok {
			return l
		}
		cut := strings.LastIndex(path, ".")
		if cut < 0 {
			break
		}
		path = path[:cut]
	}
	return s.General
}

// Show puts every problem under its field and clears the other lines;
// it returns how many problems it shows (one said twice counts once).
func (s *ProblemSlots) Show(ps routine.Problems) int {
	shown := map[*widget.Label][]string{}
	for _, p := range ps {
		l := s.LabelFor(p.Field)
		if text := problemText(p); !slices.Contains(shown[l], text) { // "id" and "name" share a line
			shown[l] = append(shown[l], text)
		}
	}
	for _, l := range s.ByPath {
		SetProblem(l, strings.Join(shown[l], "\n"))
	}
	SetProblem(s.General, strings.Join(shown[s.General], "\n"))
	n := 0
	for _, texts := range shown {
		n += len(texts)
	}
	return n
}

// problemText is a problem without its file and line, which mean nothing
// in a form.
func problemText(p routine.Problem) string {
	// What the file would need ("[[section.step]] tables") means nothing
	// in a form.
	if p.Allowed == "" || strings.ContainsAny(p.Allowed, "[{") {
		return p.Msg
	}
	return p.Msg + " (" + p.Allowed + ")"
}
