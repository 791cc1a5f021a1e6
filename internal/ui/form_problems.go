package ui

import (
	"maps"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/routine"
)

// formProblems are the problem lines of an editor's form, by field path.
// Each line is one line tall whether or not it says anything, so nothing
// below it moves as problems come and go under the pointer; a long
// problem is cut there and said in full in the footer. A problem shows
// once its field has been changed, or once Save was pressed: a form opens
// clean.
type formProblems struct {
	byPath  map[string]*widget.Label
	alias   map[string]string // a field shown on another's line: "id" on "name"
	caption map[string]string // each field's caption, for the footer
	order   []string          // field paths in the order the form shows them
	touched map[string]bool   // fields changed since the form opened
	all     bool              // Save was pressed: every problem shows
	general *widget.Label     // problems no field shows, in the footer
	shown   []routine.Problem // the problems on show, in the form's order
}

func newFormProblems() *formProblems {
	general := widget.NewLabel("")
	general.Importance = widget.DangerImportance
	general.Wrapping = fyne.TextWrapWord
	general.Hide()
	return &formProblems{byPath: map[string]*widget.Label{}, caption: map[string]string{}, alias: map[string]string{}, touched: map[string]bool{}, general: general}
}

// line makes the problem line of the field at path, captioned label.
func (f *formProblems) line(path, label string) *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.SizeName = theme.SizeNameCaptionText
	l.Truncation = fyne.TextTruncateEllipsis
	f.byPath[path] = l
	f.caption[path] = label
	f.order = append(f.order, path)
	return l
}

// share makes alias show its problems on path's line: "id" on "name".
func (f *formProblems) share(alias, path string) { f.alias[alias] = path }

// forget drops the lines of fields under prefix, before they are made again.
func (f *formProblems) forget(prefix string) {
	for p := range f.byPath {
		if strings.HasPrefix(p, prefix) {
			delete(f.byPath, p)
		}
	}
	maps.DeleteFunc(f.alias, func(a, _ string) bool { return strings.HasPrefix(a, prefix) })
	f.order = slices.DeleteFunc(f.order, func(p string) bool { return strings.HasPrefix(p, prefix) })
}

// lineOf is the path of the line a problem at path shows on: its own, or
// the nearest block around it ("section[1].step[2].tempo.lift" falls back
// to the step); "" for the footer.
func (f *formProblems) lineOf(path string) string {
	for path != "" {
		if to, ok := f.alias[path]; ok {
			path = to
		}
		if _, ok := f.byPath[path]; ok {
			return path
		}
		cut := strings.LastIndex(path, ".")
		if cut < 0 {
			break
		}
		path = path[:cut]
	}
	return ""
}

// due reports whether a problem at path may show: Save was pressed, or
// the field, one inside the block, or the block around it was changed.
func (f *formProblems) due(path string) bool {
	if f.all {
		return true
	}
	for t := range f.touched {
		if t == path || strings.HasPrefix(t, path+".") || strings.HasPrefix(path, t+".") {
			return true
		}
	}
	return false
}

// show puts each problem that is due under its field, the rest of the
// lines empty, and keeps the problems on show in the form's order.
func (f *formProblems) show(ps routine.Problems) {
	texts := map[string][]string{}
	f.shown = f.shown[:0]
	for _, p := range ps {
		if !f.due(p.Field) {
			continue
		}
		at := f.lineOf(p.Field)
		if text := problemText(p); !slices.Contains(texts[at], text) { // "id" and "name" share a line
			texts[at] = append(texts[at], text)
			p.Field = at
			f.shown = append(f.shown, p)
		}
	}
	slices.SortStableFunc(f.shown, func(a, b routine.Problem) int { return f.rank(a.Field) - f.rank(b.Field) })
	for path, l := range f.byPath {
		if text := strings.Join(texts[path], "; "); l.Text != text {
			l.SetText(text)
		}
	}
	setProblem(f.general, strings.Join(texts[""], "\n"))
}

// rank is where a field comes in the form; the footer's last.
func (f *formProblems) rank(path string) int {
	if i := slices.Index(f.order, path); i >= 0 {
		return i
	}
	return len(f.order)
}

// first is the first problem on show, in full, with its field's caption.
func (f *formProblems) first() string {
	if len(f.shown) == 0 {
		return ""
	}
	p := f.shown[0]
	if c := f.caption[p.Field]; c != "" {
		return c + ": " + problemText(p)
	}
	return problemText(p)
}

// countText says how many problems are on show, "" for none.
func (f *formProblems) countText() string {
	if len(f.shown) == 0 {
		return ""
	}
	return plural(len(f.shown), "problem") + " to fix"
}
