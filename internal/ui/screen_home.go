package ui

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// Equipment filter values besides the equipment names themselves; the
// labels shown for them are translated.
const (
	anyEquipment = "Any equipment"
	noEquipment  = "No equipment"
)

// home lists every routine, the person's own first, each a row with
// Start and a menu, under a header with the week's progress and the next
// reminder; a click on a row opens the routine's page.
type home struct {
	ui        *App
	search    *kit.SearchField
	equipment *kit.Select
	gear      []string                    // what the equipment filter offers
	tools     *fyne.Container             // the search, the filter, New routine and Import
	routines  *kit.LazyList               // a row for each item, made as it nears the view
	list      *fyne.Container             // the rows made so far
	items     []homeItem                  // the headings and routines shown, in order
	shown     []*routine.Routine          // the routines among items, in order
	haystacks map[*routine.Routine]string // what the search looks in, per routine
	scroll    *container.Scroll
	empty     fyne.CanvasObject
	emptyText *widget.Label
	status    *widget.Label             // this week's count and the next reminder
	said      *fyne.Container           // a line on what home just did by itself (cleared the search)
	progress  *fyne.Container           // suggestions from the history
	reminded  map[string]remind.Session // each routine's reminder, read with the list
	content   fyne.CanvasObject
}

// homeItem is a group's heading or a routine.
type homeItem struct {
	heading string
	r       *routine.Routine
}

func newHome(u *App) *home {
	h := &home{ui: u}
	h.search = kit.NewSearchField(lang.X("home.search", "Search routines and exercises"))
	h.search.OnChanged = h.onFilterChanged
	h.search.OnMove = h.moveFromSearch
	h.search.OnChoose = h.openFirstFound
	h.emptyText = kit.Wrapped("")
	showAll := kit.NewButton(lang.X("home.show_all", "Show every routine"), theme.ViewRefreshIcon(), h.clearFilter)
	h.empty = container.NewVBox(h.emptyText, container.NewHBox(showAll))

	safety := kit.NewButton(lang.X("advice.safety", "Safety"), theme.WarningIcon(), func() { u.showAdvice(false, nil) })
	hist := kit.NewButton(lang.X("home.history", "History"), theme.HistoryIcon(), u.showHistory)
	prefs := kit.NewButton(lang.X("home.settings", "Settings"), theme.SettingsIcon(), u.showSettings)
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(hist, safety, prefs), appTitle())
	h.status = widget.NewLabel("")
	h.status.Wrapping = fyne.TextWrapWord
	h.tools = container.New(&kit.SearchBarLayout{Changed: u.relayout}, h.search)
	h.tools.Objects = append(h.tools.Objects, u.routineBar()...)
	h.setEquipmentChoices()
	h.progress = container.NewVBox()
	body := container.NewVBox(h.warnings(), h.progress)
	h.scroll = container.NewVScroll(body)
	h.routines = kit.NewLazyList(h.scroll, func() int { return max(1, len(h.items)) }, h.row)
	h.list = h.routines.Box
	body.Add(h.list)
	h.said = container.NewVBox()
	h.said.Hide() // no gap in the header while it says nothing
	h.content = kit.Screen(container.NewVBox(bar, h.status, u.homeNotices(), u.undoBanner(), h.said, h.tools), nil, h.scroll)
	return h
}

// appTitle is the app's name, the largest words on home.
func appTitle() *widget.Label {
	l := widget.NewLabelWithStyle("Posture", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameHeadingText
	return l
}

// setEquipmentChoices offers the gear some routine uses, keeping the
// choice made when it is still offered.
func (h *home) setEquipmentChoices() {
	gear := routine.GearUsed(h.ui.cfg.Catalog.Routines, h.ui.cfg.Catalog.Library)
	if h.equipment != nil && slices.Equal(gear, h.gear) {
		return
	}
	h.gear = gear
	chosen := anyEquipment
	if h.equipment != nil {
		chosen = h.equipment.Selected
	}
	h.equipment = equipmentFilter(gear)
	if slices.Contains(h.equipment.Options, chosen) {
		h.equipment.SetSelected(chosen)
	}
	h.equipment.OnChanged = h.onFilterChanged
	filter := kit.AtLeastWide(h.equipment, h.equipment.WidestOption())
	if len(h.tools.Objects) == 4 {
		h.tools.Objects[1] = filter // the search, the filter, New routine, Import
	} else {
		h.tools.Objects = slices.Insert(h.tools.Objects, 1, filter)
	}
	h.tools.Refresh()
}

// onFilterChanged shows the routines that match from the top: the old
// offset could be past the end of a shorter list.
func (h *home) onFilterChanged(string) {
	h.said.RemoveAll() // a line about the search before is no longer true
	h.said.Hide()
	h.scroll.ScrollToTop()
	h.refreshList()
}

// showRenamed keeps a routine just renamed in sight: when the search
// hides it under its new name, the search is cleared and a line says
// so; with home on show, its row takes the focus.
func (h *home) showRenamed(name string) {
	h.keepInSight(name, func(shown string) string {
		return lang.X("home.renamed.search_cleared", "Search cleared to show \"{{.Routine}}\" under its new name.", map[string]any{"Routine": shown})
	})
}

// showSaved keeps a routine saved from the editor under a name it did
// not have before in sight, as showRenamed does: a new routine the
// search would hide is not left unseen.
func (h *home) showSaved(name string, isNew bool) {
	if !isNew {
		h.showRenamed(name)
		return
	}
	h.keepInSight(name, func(shown string) string {
		return lang.X("home.saved.search_cleared", "Search cleared to show \"{{.Routine}}\", the routine you saved.", map[string]any{"Routine": shown})
	})
}

// keepInSight clears a search that hides the routine named name, with
// the line cleared gives, and focuses its row when home is on show.
func (h *home) keepInSight(name string, cleared func(shown string) string) {
	r := h.ui.cfg.Catalog.Routine(strings.TrimSpace(name))
	if r == nil {
		return
	}
	if !slices.Contains(h.shown, r) && strings.TrimSpace(h.search.Text) != "" {
		h.search.SetText("")
		h.say(cleared(r.ShownName()))
	}
	h.focusRoutine(r)
}

// say shows one line on what home did by itself, until the person
// closes it or searches again.
func (h *home) say(text string) {
	h.said.Objects = []fyne.CanvasObject{kit.NewInfoNotice(text, func() {
		h.said.Hide()
		h.ui.relayout()
	})}
	h.said.Show()
	h.said.Refresh()
	h.ui.relayout()
}

func (h *home) clearFilter() {
	h.search.SetText("")
	h.equipment.SetSelected(h.equipment.Options[0]) // any equipment, in the window's language
	h.ui.win.Canvas().Focus(h.search)
}

// refreshList lists the routines that pass the filter, the person's own
// first, or the best matches of a search first, and the header above
// them; only the rows near the view are made.
func (h *home) refreshList() {
	h.setEquipmentChoices()
	h.refreshProgress()
	plan := h.ui.reminderPlan()
	h.reminded = remindedIn(plan)
	h.refreshStatus(plan)
	lib := h.ui.cfg.Catalog.Library
	var shown []*routine.Routine
	for _, r := range h.ui.cfg.Catalog.Routines {
		if h.matches(r, lib) {
			shown = append(shown, r)
		}
	}
	routine.SortForHome(shown)
	query := strings.ToLower(strings.TrimSpace(h.search.Text))
	slices.SortStableFunc(shown, func(a, b *routine.Routine) int {
		return nameRank(a.ShownName(), query) - nameRank(b.ShownName(), query)
	})
	h.items = h.group(shown, query != "")
	h.shown = h.shown[:0]
	for _, it := range h.items {
		if it.r != nil {
			h.shown = append(h.shown, it.r)
		}
	}
	if len(h.shown) == 0 {
		h.emptyText.SetText(h.noMatchText())
	}
	h.routines.Reset()
	h.ui.relayout()
	h.ui.fitLengths(h.shown, func() {
		if h.ui.win.Content() == h.content {
			h.routines.Reset()
		}
	})
}

// group puts headings between the suggested first routine, the person's
// own and the built-ins; a search's matches stay in one list, best first.
func (h *home) group(shown []*routine.Routine, searching bool) []homeItem {
	items := make([]homeItem, 0, len(shown)+3)
	if searching {
		for _, r := range shown {
			items = append(items, homeItem{r: r})
		}
		return items
	}
	first := h.firstRoutine(shown)
	if first != nil {
		items = append(items, homeItem{heading: lang.X("home.group.first", "New here? Start with this one")}, homeItem{r: first})
	}
	group := ""
	for _, r := range shown {
		if r == first {
			continue
		}
		if g := groupOf(r); g != group {
			group = g
			items = append(items, homeItem{heading: g})
		}
		items = append(items, homeItem{r: r})
	}
	return items
}

// groupOf is the heading of r's group on home.
func groupOf(r *routine.Routine) string {
	if r.BuiltIn {
		return lang.X("home.group.builtin", "Built-in routines")
	}
	return lang.X("home.group.own", "Your routines")
}

// firstRoutine is the routine suggested to someone who has played none,
// once the history has been read; nil for everyone else.
func (h *home) firstRoutine(shown []*routine.Routine) *routine.Routine {
	u := h.ui
	read := u.cfg.History == nil || u.target > 0
	if !read || len(u.sessions) > 0 {
		return nil
	}
	return routine.FirstRoutine(shown, u.cfg.Catalog.Library)
}

// row is the i-th item's row, or what to do when no routine matches.
func (h *home) row(i int) fyne.CanvasObject {
	if len(h.items) == 0 {
		return h.empty
	}
	if it := h.items[i]; it.r == nil {
		return groupHeading(it.heading)
	}
	return h.routineRow(h.items[i].r, i)
}

// groupHeading names a group of rows.
func groupHeading(text string) fyne.CanvasObject {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

func (h *home) noMatchText() string {
	q := strings.TrimSpace(h.search.Text)
	eq := h.equipment.Value()
	if eq == anyEquipment {
		eq = ""
	}
	shown := h.equipment.Selected
	if l := h.ui.locale.Lang; l == locale.English || l == "" {
		shown = strings.ToLower(shown) // English says it inside the sentence; the others quote the choice
	}
	data := map[string]any{"Query": q, "Equipment": shown}
	switch {
	case q != "" && eq != "":
		return lang.X("home.no_match.both", "No routine matches “{{.Query}}” with {{.Equipment}}.", data)
	case q != "":
		return lang.X("home.no_match.search", "No routine matches “{{.Query}}”.", data)
	case eq != "":
		return lang.X("home.no_match.equipment", "No routine matches {{.Equipment}}.", data)
	}
	return lang.X("home.no_match", "No routine matches.")
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
		if routine.NeedsMoreThanRoom(r.Equipment(lib)) {
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

// searchText is a routine's name (English and shown), description and
// exercise names in lower case, what a search looks for its words in.
func searchText(r *routine.Routine, lib *routine.Library) string {
	var b strings.Builder
	b.WriteString(strings.ToLower(r.Name + " " + r.Title + " " + r.Description))
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

// routineRow is r's row on home, the i-th item: its first exercise's
// picture, name, time, equipment, weekly target and reminder, Start and
// the menu of everything else.
func (h *home) routineRow(r *routine.Routine, i int) fyne.CanvasObject {
	u := h.ui
	lib := u.cfg.Catalog.Library
	gear := r.Equipment(lib)
	facts := []string{routine.LengthText(u.playLength(r, false)), equipmentText(gear),
		lang.XN("home.row.target", "{{.Count}}× a week", r.Target(), map[string]any{"Count": r.Target()})}
	if s, ok := h.reminded[r.Name]; ok {
		facts = append(facts, lang.X("home.row.reminder", "Reminder: {{.When}}", map[string]any{"When": sessionWhenIn(s, u.locale)}))
	}
	start := kit.NewPrimaryButton(lang.X("home.start", "Start"), theme.MediaPlayIcon(), func() { u.startRoutine(r) })
	more := kit.NewMenuButton(func() []*fyne.MenuItem { return u.routineMenu(r) })
	row := kit.NewListRow(r.ShownName(), strings.Join(facts, " · "), kit.NewThumbnail(u.cfg.Figures, firstExercise(r), kit.RowPictureSize), start, more,
		func() { u.showPreview(r) }, func(by int) { h.focusItem(i, by) })
	// Narrow: the first piece of equipment and how many more, then none,
	// so the time and the weekly target stay whole.
	if len(gear) > 1 {
		facts[1] = fmt.Sprintf("%s +%d", equipmentEntry(gear[0]), len(gear)-1)
		row.Shorter = append(row.Shorter, strings.Join(facts, " · "))
	}
	row.Shorter = append(row.Shorter, strings.Join(slices.Delete(facts, 1, 2), " · "))
	return row.Box
}

// firstExercise is the id of the routine's first exercise, "" for none.
func firstExercise(r *routine.Routine) string {
	for _, sec := range r.Sections {
		for _, s := range sec.Steps {
			return s.Exercise
		}
	}
	return ""
}

// focusItem focuses the routine row by rows away from item i, past
// headings, if there is one; Up from the first row goes to the search.
func (h *home) focusItem(i, by int) {
	for j := i + by; j >= 0 && j < len(h.items); j += by {
		if h.items[j].r != nil {
			h.focusRoutine(h.items[j].r)
			return
		}
	}
	if by < 0 {
		h.ui.win.Canvas().Focus(h.search)
	}
}

// moveFromSearch is Down from the search field: to the first routine
// listed, as the pickers do. Up has nowhere to go.
func (h *home) moveFromSearch(by int) {
	if by > 0 && len(h.shown) > 0 {
		h.focusRoutine(h.shown[0])
	}
}

// openFirstFound is Enter in the search field: the first routine listed
// (the best match of a search) opens its page.
func (h *home) openFirstFound() {
	if len(h.shown) > 0 {
		h.ui.showPreview(h.shown[0])
	}
}

// focusRoutine scrolls r's row into view, makes it and gives it the
// focus; false when r is not listed.
func (h *home) focusRoutine(r *routine.Routine) bool {
	i := slices.IndexFunc(h.items, func(it homeItem) bool { return it.r == r || (it.r != nil && r != nil && it.r.Name == r.Name) })
	if i < 0 {
		return false
	}
	row := kit.ListRowOf(h.routines.Reveal(i))
	c := h.ui.win.Canvas()
	if row == nil || c.Content() != h.content {
		return false
	}
	c.Focus(row.Surface)
	return true
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
		lines = append(lines, kit.ErrorText(p))
	}
	text := widget.NewLabel(strings.Join(lines, "\n"))
	text.Wrapping = fyne.TextWrapWord
	text.Importance = widget.WarningImportance
	title := lang.XN("home.problems.title", "{{.Count}} files could not be loaded", len(probs), map[string]any{"Count": len(probs)})
	return widget.NewCard(title, lang.X("home.problems.hint", "Fix the lines below and restart; the files were not changed."), text)
}

// capitalised starts s with a capital letter, as every choice in a list does.
func capitalised(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// equipmentText is what a routine needs, in the window's language:
// "band, door anchor", "no equipment".
func equipmentText(eq []string) string {
	if len(eq) == 0 {
		return lang.X("home.no_equipment", "no equipment")
	}
	shown := make([]string, len(eq))
	for i, entry := range eq {
		shown[i] = equipmentEntry(entry)
	}
	return strings.Join(shown, ", ")
}

// equipmentEntry is one entry of the equipment a file names ("dumbbells
// or band") in the window's language, each choice named.
func equipmentEntry(entry string) string {
	choices := routine.Choices(entry)
	text := gearName(choices[0])
	for _, c := range choices[1:] {
		text = lang.X("home.gear.or", "{{.First}} or {{.Then}}", map[string]any{"First": text, "Then": gearName(c)})
	}
	return text
}

// gearName is a piece of equipment the built-in content names, in the
// window's language; a word someone typed in their own file stays as
// typed.
func gearName(g string) string {
	switch g {
	case "band":
		return lang.X("home.gear.band", "band")
	case "dumbbells":
		return lang.X("home.gear.dumbbells", "dumbbells")
	case "cable":
		return lang.X("home.gear.cable", "cable")
	case "bench":
		return lang.X("home.gear.bench", "bench")
	case "door anchor":
		return lang.X("home.gear.door_anchor", "door anchor")
	case "chair":
		return lang.X("home.gear.chair", "chair")
	case "doorway":
		return lang.X("home.gear.doorway", "doorway")
	case "mat":
		return lang.X("home.gear.mat", "mat")
	case "wall":
		return lang.X("home.gear.wall", "wall")
	}
	return g
}

// equipmentFilter offers gear, capitalised, after "Any equipment" and
// "No equipment".
func equipmentFilter(gear []string) *kit.Select {
	labels := []string{lang.X("home.filter.any", "Any equipment"), lang.X("home.filter.none", "No equipment")}
	values := []string{anyEquipment, noEquipment}
	for _, g := range gear {
		labels = append(labels, equipmentLabel(g))
		values = append(values, g)
	}
	s := kit.NewLabelledSelect(labels, values, nil)
	s.SetSelected(labels[0])
	return s
}

// homeNotices say what is not as usual: no sound device, a demo whose
// sessions are not saved. Each can be dismissed for the rest of the run.
func (u *App) homeNotices() fyne.CanvasObject {
	box := container.NewVBox()
	if u.cfg.AudioNotice != "" {
		box.Add(kit.NewNotice(noSoundText(), nil))
	}
	if u.cfg.Demo {
		box.Add(kit.NewNotice(lang.X("home.demo", "Demo at {{.Speed}}× speed: sessions played now are not saved to your history.", map[string]any{"Speed": fmt.Sprintf("%g", u.cfg.Speed)}), nil))
	}
	return box
}
