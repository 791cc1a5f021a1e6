package kit

import (
	"maps"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/routine"
)

// FormProblems are the problem lines of an editor's form, by field path.
// Each line is one line tall whether or not it says anything, so nothing
// below it moves as problems come and go under the pointer; a long
// problem is cut there and said in full in the footer. A problem shows
// once its field has been changed, or once Save was pressed: a form opens
// clean.
type FormProblems struct {
	ByPath  map[string]*widget.Label
	alias   map[string]string // a field shown on another's line: "id" on "name"
	caption map[string]string // each field's caption, for the footer
	Order   []string          // field paths in the order the form shows them
	Touched map[string]bool   // fields changed since the form opened
	All     bool              // Save was pressed: every problem shows
	General *widget.Label     // problems no field shows, in the footer
	Shown   []routine.Problem // the problems on show, in the form's order
	// Where, when set, names a field for the footer by its place as well
	// as its caption ("Step 3, Hold"): the form's captions repeat in
	// every step.
	Where func(path, caption string) string
}

// NewFormProblems has no field lines yet, nothing touched and an empty
// footer line.
func NewFormProblems() *FormProblems {
	general := widget.NewLabel("")
	general.Importance = widget.DangerImportance
	general.Wrapping = fyne.TextWrapWord
	general.Hide()
	return &FormProblems{ByPath: map[string]*widget.Label{}, caption: map[string]string{}, alias: map[string]string{}, Touched: map[string]bool{}, General: general}
}

// Line makes the problem line of the field at path, captioned label: a
// line of small text without a label's padding above and below, so the
// room kept for it is little more than the text.
func (f *FormProblems) Line(path, label string) fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.SizeName = theme.SizeNameCaptionText
	l.Truncation = fyne.TextTruncateEllipsis
	f.ByPath[path] = l
	f.caption[path] = label
	f.Order = append(f.Order, path)
	return container.New(tight{}, l)
}

// tight lays its one label out over less than the label's own height:
// the padding above and below its text is left out.
type tight struct{}

func (tight) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := objs[0].MinSize()
	return fyne.NewSize(s.Width, s.Height-2*theme.InnerPadding()+theme.Padding())
}

func (tight) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	cut := theme.InnerPadding() - theme.Padding()/2
	objs[0].Move(fyne.NewPos(0, -cut))
	objs[0].Resize(fyne.NewSize(size.Width, size.Height+2*cut))
}

// Share makes alias show its problems on path's line: "id" on "name".
func (f *FormProblems) Share(alias, path string) { f.alias[alias] = path }

// Forget drops the lines of fields under prefix, before they are made again.
func (f *FormProblems) Forget(prefix string) {
	for p := range f.ByPath {
		if strings.HasPrefix(p, prefix) {
			delete(f.ByPath, p)
		}
	}
	maps.DeleteFunc(f.alias, func(a, _ string) bool { return strings.HasPrefix(a, prefix) })
	f.Order = slices.DeleteFunc(f.Order, func(p string) bool { return strings.HasPrefix(p, prefix) })
}

// LineOf is the path of the line a problem at path shows on: its own, or
// the nearest block around it ("section[1].step[2].tempo.lift" falls back
// to the step); "" for the footer.
func (f *FormProblems) LineOf(path string) string {
	for path != "" {
		if to, ok := f.alias[path]; ok {
			path = to
		}
		if _, ok := f.ByPath[path]; ok {
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
func (f *FormProblems) due(path string) bool {
	if f.All {
		return true
	}
	for t := range f.Touched {
		if t == path || strings.HasPrefix(t, path+".") || strings.HasPrefix(path, t+".") {
			return true
		}
	}
	return false
}

// Show puts each problem that is due under its field, the rest of the
// lines empty, and keeps the problems on show in the form's order.
func (f *FormProblems) Show(ps routine.Problems) {
	texts := map[string][]string{}
	f.Shown = f.Shown[:0]
	for _, p := range ps {
		if !f.due(p.Field) {
			continue
		}
		at := f.LineOf(p.Field)
		if text := problemText(p); !slices.Contains(texts[at], text) { // "id" and "name" share a line
			texts[at] = append(texts[at], text)
			p.Field = at
			f.Shown = append(f.Shown, p)
		}
	}
	slices.SortStableFunc(f.Shown, func(a, b routine.Problem) int { return f.rank(a.Field) - f.rank(b.Field) })
	for path, l := range f.ByPath {
		if text := strings.Join(texts[path], "; "); l.Text != text {
			l.SetText(text)
		}
	}
	SetProblem(f.General, strings.Join(texts[""], "\n"))
}

// rank is where a field comes in the form; the footer's last.
func (f *FormProblems) rank(path string) int {
	if i := slices.Index(f.Order, path); i >= 0 {
		return i
	}
	return len(f.Order)
}

// First is the first problem on show, in full, with its field's caption.
func (f *FormProblems) First() string {
	if len(f.Shown) == 0 {
		return ""
	}
	p := f.Shown[0]
	c := f.caption[p.Field]
	if f.Where != nil {
		c = f.Where(p.Field, c)
	}
	if c != "" {
		return lang.X("kit.problem.field", "{{.Field}}: {{.Problem}}", map[string]any{"Field": c, "Problem": problemText(p)})
	}
	return problemText(p)
}

// CountText says how many problems are on show, "" for none.
func (f *FormProblems) CountText() string {
	if len(f.Shown) == 0 {
		return ""
	}
	n := len(f.Shown)
	return lang.XN("kit.problems", "{{.Count}} problems to fix", n, map[string]any{"Count": n})
}
