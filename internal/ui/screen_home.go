package ui

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// Equipment filter choices besides the equipment names themselves.
const (
	anyEquipment = "Any equipment"
	noEquipment  = "No equipment"
)

// home lists every routine with a filter by text and equipment.
type home struct {
	ui        *App
	search    *kit.Entry
	equipment *kit.Select
	routines  *kit.LazyList               // a card for each routine shown, made as it nears the view
	list      *fyne.Container             // the routines' cards made so far
	shown     []*routine.Routine          // the routines that pass the filter, best matches first
	haystacks map[*routine.Routine]string // what the search looks in, per routine
	scroll    *container.Scroll
	empty     fyne.CanvasObject
	emptyText *widget.Label
	progress  *fyne.Container           // this week's count and suggestions, from the history
	reminded  map[string]remind.Session // each routine's reminder, read with the list
	content   fyne.CanvasObject
}

func newHome(u *App) *home {
	h := &home{ui: u}
	h.search = kit.NewEntry("")
	h.search.SetPlaceHolder("Search routines and exercises")
	h.search.OnChanged = h.onFilterChanged
	h.emptyText = kit.Wrapped("")
	showAll := kit.NewButton("Show every routine", theme.ViewRefreshIcon(), h.clearFilter)
	h.empty = container.NewVBox(h.emptyText, container.NewHBox(showAll))
	h.equipment = equipmentFilter(routine.Gear)
	h.equipment.OnChanged = h.onFilterChanged

	safety := kit.NewButton("Safety", theme.WarningIcon(), func() { u.showAdvice(false, nil) })
	hist := kit.NewButton("History", theme.HistoryIcon(), u.showHistory)
	prefs := kit.NewButton("Settings", theme.SettingsIcon(), u.showSettings)
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(hist, safety, prefs), heading("Posture"))
	filters := container.NewBorder(nil, nil, nil, kit.AtLeastWide(h.equipment, h.equipment.WidestOption()), h.search)
	h.progress = container.NewVBox()
	body := container.NewVBox(h.warnings(), h.progress)
	mine := container.NewHBox(u.routineBar()...)
	h.scroll = container.NewVScroll(body)
	h.routines = kit.NewLazyList(h.scroll, func() int { return max(1, len(h.shown)) }, h.card)
	h.list = h.routines.Box
	body.Add(h.list)
	h.content = kit.Screen(container.NewVBox(bar, u.homeNotices(), mine, u.undoBanner(), filters), nil, h.scroll)
	return h
}

// onFilterChanged shows the routines that match from the top: the old
// offset could be past the end of a shorter list.
func (h *home) onFilterChanged(string) {
	h.scroll.ScrollToTop()
	h.refreshList()
}

func (h *home) clearFilter() {
	h.search.SetText("")
	h.equipment.SetSelected(anyEquipment)
	h.ui.win.Canvas().Focus(h.search)
}

// refreshList lists the routines that pass the filter, best matches
// first, and the weekly progress above them; only the cards near the
// view are made.
func (h *home) refreshList() {
	h.refreshProgress()
	h.reminded = h.ui.remindedRoutines()
	lib := h.ui.cfg.Catalog.Library
	h.shown = h.shown[:0]
	for _, r := range h.ui.cfg.Catalog.Routines {
		if h.matches(r, lib) {
			h.shown = append(h.shown, r)
		}
	}
	query := strings.ToLower(strings.TrimSpace(h.search.Text))
	slices.SortStableFunc(h.shown, func(a, b *routine.Routine) int { return nameRank(a.Name, query) - nameRank(b.Name, query) })
	if len(h.shown) == 0 {
		h.emptyText.SetText(h.noMatchText())
	}
	h.routines.Reset()
	h.ui.relayout()
}

// card is the i-th routine's card, or what to do when none matches.
func (h *home) card(i int) fyne.CanvasObject {
	if len(h.shown) == 0 {
		return h.empty
	}
	return h.routineCard(h.shown[i])
}

func (h *home) noMatchText() string {
	var what []string
	if q := strings.TrimSpace(h.search.Text); q != "" {
		what = append(what, fmt.Sprintf("“%s”", q))
	}
	if eq := h.equipment.Selected; eq != anyEquipment && eq != "" {
		what = append(what, strings.ToLower(eq))
	}
	return "No routine matches " + strings.Join(what, " with ") + "."
}

// nameRank orders search results: a routine whose name is the query, then
// names that start with it, then names that hold it, then the rest (found
// by its description or exercises).
func nameRank(name, query string) int {
	name = strings.ToLower(name)
	switch {
	case query == "":
		return 0
	case name == query:
		return 0
	case strings.HasPrefix(name, query):
		return 1
	case strings.Contains(name, query):
		return 2
	}
	return 3
}

func (h *home) matches(r *routine.Routine, lib *routine.Library) bool {
	switch choice := h.equipment.Value(); choice {
	case anyEquipment, "":
	case noEquipment:
		if routine.NeedsGear(r.Equipment(lib)) {
			return false
		}
	default:
		if !routine.Offers(r.Equipment(lib), choice) {
			return false
		}
	}
	if strings.TrimSpace(h.search.Text) == "" {
		return true // the search text is made for the first search
	}
	return containsWords(h.haystack(r, lib), h.search.Text)
}

// haystack is what a search looks in for r, made once per routine: a
// keystroke then costs a string search per routine, however many.
func (h *home) haystack(r *routine.Routine, lib *routine.Library) string {
	if hay, ok := h.haystacks[r]; ok {
		return hay
	}
	if h.haystacks == nil || len(h.haystacks) > 4*len(h.ui.cfg.Catalog.Routines) {
		h.haystacks = map[*routine.Routine]string{} // a reloaded catalog leaves the old ones behind
	}
	hay := searchText(r, lib)
	h.haystacks[r] = hay
	return hay
}

// searchText is a routine's name, description and exercise names in
// lower case, what a search looks for its words in.
func searchText(r *routine.Routine, lib *routine.Library) string {
	var b strings.Builder
	b.WriteString(strings.ToLower(r.Name + " " + r.Description))
	for _, sec := range r.Sections {
		for _, s := range sec.Steps {
			b.WriteString(" " + s.Exercise)
			if e, ok := lib.Exercise(s.Exercise); ok {
				b.WriteString(" " + strings.ToLower(e.Name))
			}
		}
	}
	return b.String()
}

// containsWords says whether every word of the query is in hay.
func containsWords(hay, query string) bool {
	for _, w := range strings.Fields(strings.ToLower(query)) {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}

func (h *home) routineCard(r *routine.Routine) fyne.CanvasObject {
	lib := h.ui.cfg.Catalog.Library
	total := r.Size(lib).Time
	facts := []string{
		routine.LengthText(total),
		plural(r.ExerciseCount(), "exercise"),
		equipmentText(r.Equipment(lib)),
		fmt.Sprintf("%d× a week", r.Target()),
	}
	if r.BuiltIn {
		facts = append([]string{"Built-in"}, facts...)
	}
	desc := widget.NewLabel(r.Description)
	desc.Wrapping = fyne.TextWrapWord
	desc.Hidden = strings.TrimSpace(r.Description) == "" // no blank line above the buttons
	start := kit.NewPrimaryButton("Start", theme.MediaPlayIcon(), func() { h.ui.startRoutine(r) })
	actions := cardActions(append([]fyne.CanvasObject{start}, append(h.ui.routineActions(r), h.ui.remindAction(r)...)...)...)
	body := container.NewVBox(desc, actions)
	if s, ok := h.reminded[r.Name]; ok {
		body.Objects = append([]fyne.CanvasObject{reminderLine(s)}, body.Objects...)
	}
	return widget.NewCard(r.Name, strings.Join(facts, " · "), body)
}

// warnings shows every file that failed to load, so nothing is dropped
// without the person knowing.
func (h *home) warnings() fyne.CanvasObject {
	probs := h.ui.cfg.Catalog.Problems
	if len(probs) == 0 {
		return container.NewVBox()
	}
	var lines []string
	for _, p := range probs {
		lines = append(lines, p.Error())
	}
	text := widget.NewLabel(strings.Join(lines, "\n"))
	text.Wrapping = fyne.TextWrapWord
	text.Importance = widget.WarningImportance
	title := fmt.Sprintf("%s could not be loaded", plural(len(probs), "file"))
	return widget.NewCard(title, "Fix the lines below and restart; the files were not changed.", text)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// capitalised starts s with a capital letter, as every choice in a list does.
func capitalised(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func equipmentText(eq []string) string {
	if len(eq) == 0 {
		return "no equipment"
	}
	return strings.Join(eq, ", ")
}

// equipmentFilter offers every piece of gear, capitalised, after "Any
// equipment" and "No equipment".
func equipmentFilter(gear []string) *kit.Select {
	labels := []string{anyEquipment, noEquipment}
	values := []string{anyEquipment, noEquipment}
	for _, g := range gear {
		labels = append(labels, capitalised(g))
		values = append(values, g)
	}
	s := kit.NewLabelledSelect(labels, values, nil)
	s.SetSelected(anyEquipment)
	return s
}

// homeNotices say what is not as usual: no sound device, a demo whose
// sessions are not saved. Each can be dismissed for the rest of the run.
func (u *App) homeNotices() fyne.CanvasObject {
	box := container.NewVBox()
	if u.cfg.AudioNotice != "" {
		box.Add(kit.NewNotice(noSoundText, nil))
	}
	if u.cfg.Demo {
		box.Add(kit.NewNotice(fmt.Sprintf("Demo at %g× speed: sessions played now are not saved to your history.", u.cfg.Speed), nil))
	}
	return box
}
