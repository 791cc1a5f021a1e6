package ui

import (
	"fmt"
	"image"
	"maps"
	"slices"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/figure"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// Filter choices that let everything through.
const (
	anyKind   = "any kind" // filter values, never shown
	anyMuscle = "any muscle"
)

// library is the exercise browser: search and filters on the left, the
// chosen exercise with its picture on the right, and a button to use it.
type library struct {
	ui        *App
	onPick    func(*routine.Exercise)
	onBack    func()
	search    *kit.SearchField
	kind      *kit.Select
	equipment *kit.Select
	muscle    *kit.Select
	filters   *fyne.Container // kind, equipment, muscle
	list      *kit.List
	shown     []*routine.Exercise
	chosen    *routine.Exercise
	form      *exerciseEditor // the exercise form opened from here, while it is open

	picture *stillFigure
	name    *widget.Label
	facts   *widget.Label
	summary *widget.Label
	pickBtn *kit.Button
	editBtn *kit.Button
	content fyne.CanvasObject
}

// showLibrary shows the library; onPick gets the exercise chosen, onBack
// runs when the person goes back without one.
func (u *App) showLibrary(title string, onPick func(*routine.Exercise), onBack func()) *library {
	l := &library{ui: u, onPick: onPick, onBack: onBack}
	l.build(title)
	l.refreshList()
	u.show(l.content, l.onKey)
	u.win.Canvas().Focus(l.search)
	return l
}

func (l *library) onKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		l.onBack()
	}
}

func (l *library) build(title string) {
	l.search = kit.NewSearchField(lang.X("library.search", "Search exercises"))
	l.search.OnChanged = func(string) { l.refreshList() }
	l.search.OnMove = l.moveChoice
	l.search.OnChoose = l.chooseFromSearch
	l.kind = l.filter(append([]string{anyKind}, kindValues...), append([]string{lang.X("library.kind.any", "Any kind")}, kindChoices()...))
	l.equipment = l.equipmentFilter()
	l.muscle = l.muscleFilter()
	l.list = kit.NewList(func() int { return len(l.shown) },
		func() fyne.CanvasObject { return widget.NewLabel("exercise name") },
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(l.shown[id].Name) })
	l.list.OnSelected = func(id widget.ListItemID) { l.onChosen(l.shown[id]) }

	l.picture = newStillFigure(nil, 160)
	l.name = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.name.Wrapping = fyne.TextWrapWord
	l.facts = widget.NewLabel(lang.X("library.choose", "Choose an exercise from the list."))
	l.facts.Wrapping = fyne.TextWrapWord
	l.summary = widget.NewLabel("")
	l.summary.Wrapping = fyne.TextWrapWord
	l.pickBtn = kit.NewPrimaryButton(lang.X("library.use", "Use this exercise"), theme.ConfirmIcon(), func() { l.onPick(l.chosen) })
	l.pickBtn.Disable()
	l.editBtn = kit.NewButton(lang.X("library.edit", "Edit"), theme.DocumentCreateIcon(), func() { l.form = l.ui.editExercise(l.chosen, l.reshow) })
	l.editBtn.Hide()

	back := kit.NewButton(lang.X("nav.back", "Back"), theme.NavigateBackIcon(), func() { l.onBack() })
	create := kit.NewButton(lang.X("library.new", "New exercise"), theme.ContentAddIcon(), func() { l.form = l.ui.editExercise(nil, l.reshow) })
	top := container.NewBorder(nil, nil, back, create, heading(title))
	l.filters = container.NewGridWithColumns(3, l.kind, l.equipment, l.muscle)
	filters := container.NewVBox(l.search, l.filters)
	detail := container.NewVBox(l.name, l.facts, container.NewHBox(l.pickBtn, l.editBtn), l.summary)
	preview := container.NewBorder(nil, nil, container.NewVBox(l.picture), nil, container.NewVScroll(detail))
	body := container.New(kit.SideBySide{FirstShare: 0.45}, l.list, preview)
	l.content = kit.Screen(container.NewPadded(container.NewVBox(top, filters)), nil, body)
}

// filter offers values under their labels, the first (all) chosen.
func (l *library) filter(values, labels []string) *kit.Select {
	s := kit.NewLabelledSelect(labels, values, nil)
	s.SetSelected(labels[0])
	s.OnChanged = func(string) { l.refreshList() }
	return s
}

// equipmentFilter offers any equipment, none to buy, or one piece.
func (l *library) equipmentFilter() *kit.Select {
	values := append([]string{anyEquipment, noEquipment}, routine.Equipment...)
	labels := []string{lang.X("library.equipment.any", "Any equipment"), lang.X("library.equipment.none", "No equipment")}
	for _, g := range routine.Equipment {
		labels = append(labels, equipmentLabel(g))
	}
	return l.filter(values, labels)
}

// muscleFilter offers any muscle or one some exercise works.
func (l *library) muscleFilter() *kit.Select {
	values := append([]string{anyMuscle}, l.muscles()...)
	labels := []string{lang.X("library.muscle.any", "Any muscle")}
	for _, m := range values[1:] {
		labels = append(labels, capitalised(m))
	}
	return l.filter(values, labels)
}

// equipmentLabel is a piece of equipment as a label or a choice names
// it: home's word for it, capitalised.
func equipmentLabel(name string) string { return capitalised(gearName(name)) }

// muscles lists every muscle some exercise works, for the filter.
func (l *library) muscles() []string {
	seen := map[string]bool{}
	for _, e := range l.ui.cfg.Catalog.Library.All() {
		for _, m := range e.Muscles {
			seen[m] = true
		}
	}
	return slices.Sorted(maps.Keys(seen))
}

// refreshList shows the exercises that pass the search and filters, by
// name.
func (l *library) refreshList() {
	l.shown = l.shown[:0]
	for _, e := range l.ui.cfg.Catalog.Library.All() {
		if l.matches(e) {
			l.shown = append(l.shown, e)
		}
	}
	// Names holding the search as typed come first: "y raise" finds the
	// Y raise before every name with a "y" in it.
	phrase := strings.ToLower(strings.TrimSpace(l.search.Text))
	rank := func(e *routine.Exercise) bool { return !strings.Contains(strings.ToLower(e.Name), phrase) }
	sort.SliceStable(l.shown, func(i, j int) bool {
		a, b := l.shown[i], l.shown[j]
		if rank(a) != rank(b) {
			return !rank(a)
		}
		return a.Name < b.Name
	})
	l.list.UnselectAll()
	l.list.Refresh()
	if i := slices.Index(l.shown, l.chosen); l.chosen != nil && i >= 0 {
		l.list.Select(i) // still shown: the list marks what the preview shows
	}
}

// moveChoice chooses the exercise by above (-1) or below (+1) the one
// chosen, from the search field: the first or last when none is.
func (l *library) moveChoice(by int) {
	if len(l.shown) == 0 {
		return
	}
	i := slices.Index(l.shown, l.chosen)
	switch {
	case i < 0 && by > 0:
		i = 0
	case i < 0:
		i = len(l.shown) - 1
	default:
		i = max(0, min(len(l.shown)-1, i+by))
	}
	l.list.Select(i)
	l.list.ScrollTo(i)
}

// chooseFromSearch is Enter in the search field: it uses the exercise
// chosen in the list, or, when none is, chooses the first match so that
// the person sees it before a second Enter uses it.
func (l *library) chooseFromSearch() {
	if slices.Contains(l.shown, l.chosen) && l.chosen != nil {
		l.onPick(l.chosen)
		return
	}
	l.moveChoice(1)
}

func (l *library) matches(e *routine.Exercise) bool {
	if k := l.kind.Value(); k != anyKind && k != string(e.Kind) {
		return false
	}
	switch eq := l.equipment.Value(); eq {
	case anyEquipment:
	case noEquipment:
		if routine.NeedsMoreThanRoom(e.Equipment) {
			return false
		}
	default:
		if !routine.Offers(e.Equipment, eq) {
			return false
		}
	}
	if m := l.muscle.Value(); m != anyMuscle && !slices.Contains(e.Muscles, m) {
		return false
	}
	hay := strings.ToLower(strings.Join(append([]string{e.ID, e.Name, e.Summary}, e.Muscles...), " "))
	for _, w := range strings.Fields(strings.ToLower(l.search.Text)) {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}

func (l *library) clearChosen() {
	l.chosen = nil
	l.picture.setMotion(nil)
	l.name.SetText("")
	l.facts.SetText(lang.X("library.choose", "Choose an exercise from the list."))
	l.summary.SetText("")
	l.pickBtn.Disable()
	l.editBtn.Hide()
	l.ui.relayout()
}

func (l *library) onChosen(e *routine.Exercise) {
	l.chosen = e
	l.picture.setMotion(l.ui.cfg.Figures.Motion(e.ID))
	l.name.SetText(e.Name)
	l.facts.SetText(exerciseFacts(e))
	l.summary.SetText(strings.TrimSpace(e.Summary + "\n\n" + numbered(e.Steps)))
	l.pickBtn.Enable()
	if e.BuiltIn {
		l.editBtn.Hide()
	} else {
		l.editBtn.Show()
	}
	l.ui.relayout()
}

// reshow comes back to the library after the exercise editor, with the
// catalog as it now is; a new exercise just saved is the one chosen.
func (l *library) reshow() {
	if f := l.form; f != nil && f.old == nil && f.saved != "" && f.valid != nil {
		if e, ok := l.ui.cfg.Catalog.Library.Exercise(f.valid.ID); ok {
			l.chosen = e
		}
	}
	l.form = nil
	if l.chosen != nil {
		if e, ok := l.ui.cfg.Catalog.Library.Exercise(l.chosen.ID); ok {
			l.onChosen(e) // as saved
		} else {
			l.clearChosen() // deleted
		}
	}
	muscle := l.muscle.Value()
	l.muscle = l.muscleFilter()
	if i := slices.Index(l.muscle.Options, capitalised(muscle)); i > 0 && muscle != anyMuscle {
		l.muscle.SetSelected(l.muscle.Options[i])
	}
	l.filters.Objects[2] = l.muscle
	chosen := l.chosen
	l.refreshList()
	l.ui.show(l.content, l.onKey)
	if i := slices.Index(l.shown, chosen); chosen != nil && i >= 0 {
		l.list.Select(i) // shown selected in the list, where it was left
		l.list.ScrollTo(i)
	}
	l.ui.win.Canvas().Focus(l.search)
}

// stillFigure shows an exercise's picture held at the top of the
// movement; an exercise without keyframes shows a neutral figure.
type stillFigure struct {
	widget.BaseWidget
	motion *figure.Motion
	size   float32
	raster *canvas.Raster
}

func newStillFigure(m *figure.Motion, size float32) *stillFigure {
	f := &stillFigure{motion: m, size: size}
	f.raster = canvas.NewRaster(f.draw)
	f.ExtendBaseWidget(f)
	return f
}

func (f *stillFigure) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(f.raster)
}

func (f *stillFigure) MinSize() fyne.Size { return fyne.NewSize(f.size, f.size) }

func (f *stillFigure) setMotion(m *figure.Motion) {
	f.motion = m
	f.raster.Refresh()
}

func (f *stillFigure) draw(w, h int) image.Image {
	if f.motion == nil || w <= 0 || h <= 0 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	return figure.NewImage(f.motion.At(figure.Moment{Phase: figure.Hold}), w, h, kit.ThemePalette())
}

// numbered writes steps as "1. …" lines, the way a person follows them.
func numbered(steps []string) string {
	lines := make([]string, len(steps))
	for i, s := range steps {
		lines[i] = fmt.Sprintf("%d. %s", i+1, s)
	}
	return strings.Join(lines, "\n")
}
