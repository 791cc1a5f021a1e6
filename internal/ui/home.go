package ui

import (
	"fmt"
	"math"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/session"
)

// Equipment filter choices besides the equipment names themselves.
const (
	anyEquipment = "Any equipment"
	noEquipment  = "No equipment"
)

// home lists every routine with a filter by text and equipment.
type home struct {
	ui        *App
	search    *widget.Entry
	equipment *widget.Select
	list      *fyne.Container
	empty     *widget.Label
	progress  *fyne.Container // this week's count and suggestions, from the history
	content   fyne.CanvasObject
}

func newHome(u *App) *home {
	h := &home{ui: u}
	h.search = widget.NewEntry()
	h.search.SetPlaceHolder("Search routines and exercises")
	h.search.OnChanged = h.onFilterChanged
	h.list = container.NewVBox()
	h.empty = widget.NewLabel("No routine matches the filter.")
	h.equipment = widget.NewSelect(append([]string{anyEquipment, noEquipment}, routine.Gear...), nil)
	h.equipment.SetSelected(anyEquipment)
	h.equipment.OnChanged = h.onFilterChanged

	safety := widget.NewButtonWithIcon("Safety", theme.WarningIcon(), func() { u.showAdvice(false, nil) })
	hist := widget.NewButtonWithIcon("History", theme.HistoryIcon(), u.showHistory)
	prefs := widget.NewButtonWithIcon("Settings", theme.SettingsIcon(), u.showSettings)
	bar := container.NewBorder(nil, nil, heading("Posture"), container.NewHBox(hist, safety, prefs))
	filters := container.NewBorder(nil, nil, nil, h.equipment, h.search)
	h.progress = container.NewVBox()
	body := container.NewVBox(h.warnings(), h.progress, h.list)
	mine := container.NewHBox(u.routineBar()...)
	h.content = container.NewBorder(container.NewVBox(bar, mine, u.undoBanner(), filters), nil, nil, nil, container.NewVScroll(body))
	return h
}

func (h *home) onFilterChanged(string) { h.refreshList() }

// refreshList rebuilds the routine cards that pass the filter, and the
// weekly progress above them.
func (h *home) refreshList() {
	h.refreshProgress()
	lib := h.ui.cfg.Catalog.Library
	var cards []fyne.CanvasObject
	for _, r := range h.ui.cfg.Catalog.Routines {
		if h.matches(r, lib) {
			cards = append(cards, h.routineCard(r))
		}
	}
	if len(cards) == 0 {
		cards = append(cards, h.empty)
	}
	h.list.Objects = cards
	h.list.Refresh()
}

func (h *home) matches(r *routine.Routine, lib *routine.Library) bool {
	eq := r.Equipment(lib)
	switch choice := h.equipment.Selected; choice {
	case anyEquipment, "":
	case noEquipment:
		if routine.NeedsGear(eq) {
			return false
		}
	default:
		if !routine.Offers(eq, choice) {
			return false
		}
	}
	return matchesText(r, lib, h.search.Text)
}

// matchesText looks for every word of the query in the routine's name,
// description and exercise names.
func matchesText(r *routine.Routine, lib *routine.Library, query string) bool {
	hay := strings.ToLower(r.Name + " " + r.Description)
	for _, sec := range r.Sections {
		for _, s := range sec.Steps {
			hay += " " + s.Exercise
			if e, ok := lib.Exercise(s.Exercise); ok {
				hay += " " + strings.ToLower(e.Name)
			}
		}
	}
	for _, w := range strings.Fields(strings.ToLower(query)) {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}

func (h *home) routineCard(r *routine.Routine) fyne.CanvasObject {
	lib := h.ui.cfg.Catalog.Library
	total := session.Build(r, lib).Total
	facts := []string{
		minutes(total),
		plural(r.ExerciseCount(), "exercise"),
		equipmentText(r.Equipment(lib)),
		fmt.Sprintf("%d× a week", r.Target()),
	}
	if r.BuiltIn {
		facts = append([]string{"Built-in"}, facts...)
	}
	desc := widget.NewLabel(r.Description)
	desc.Wrapping = fyne.TextWrapWord
	start := widget.NewButtonWithIcon("Start", theme.MediaPlayIcon(), func() { h.ui.startRoutine(r) })
	start.Importance = widget.HighImportance
	actions := cardActions(append([]fyne.CanvasObject{start}, append(h.ui.routineActions(r), h.ui.remindAction(r)...)...)...)
	return widget.NewCard(r.Name, strings.Join(facts, " · "), container.NewVBox(desc, actions))
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

// minutes writes a planned length the way a person reads it.
func minutes(d time.Duration) string {
	if d < time.Minute {
		return fmt.Sprintf("%d s", int(d.Seconds()))
	}
	return fmt.Sprintf("%d min", int(math.Round(d.Minutes())))
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func equipmentText(eq []string) string {
	if len(eq) == 0 {
		return "no equipment"
	}
	return strings.Join(eq, ", ")
}
