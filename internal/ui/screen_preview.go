package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"

	"github.com/postureapp/posture/internal/ui/kit"
)

// preview is a routine's page, opened from its row on home: what it
// asks for and every exercise in order, with Start and the other
// actions. Back or Esc returns to home with the routine's row focused.
type preview struct {
	ui      *App
	r       *routine.Routine
	file    string // r's file, "" for a built-in: a rename changes the name, the file tells it again
	start   *kit.Button
	content fyne.CanvasObject
}

// previewWidth is the widest the page gets, as the editor's form.
const previewWidth = 860

// previewThumbSize is the side of an exercise's picture on the page.
const previewThumbSize = 56

// showPreview opens r's page, with Start focused.
func (u *App) showPreview(r *routine.Routine) {
	p := &preview{ui: u, r: r}
	if !r.BuiltIn {
		p.file = r.File
	}
	p.build()
	u.preview = p
	u.show(p.content, p.onKey)
	u.win.Canvas().Focus(p.start)
}

// backFromPreview shows home as it was, the routine's row focused.
func (u *App) backFromPreview() {
	p := u.preview
	u.preview = nil
	u.show(u.home.content, nil)
	u.onHistoryLoaded = u.home.onHistoryLoaded
	if p != nil && !u.home.focusRoutine(p.r) {
		u.win.Canvas().Focus(u.home.search)
	}
}

// refreshPreview shows the page again after the catalog was read
// again (a rename, a save), or home when the routine is gone.
func (u *App) refreshPreview() {
	p := u.preview
	if p == nil || u.win.Content() != p.content {
		return
	}
	r := u.cfg.Catalog.Routine(p.r.Name)
	if p.file != "" {
		r = nil
		for _, c := range u.cfg.Catalog.Routines {
			if c.File == p.file {
				r = c
			}
		}
	}
	if r == nil {
		u.backFromPreview()
		return
	}
	u.showPreview(r)
}

func (p *preview) onKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		p.ui.backFromPreview()
	}
}

func (p *preview) build() {
	u, r := p.ui, p.r
	back := kit.NewButton(lang.X("nav.back", "Back"), theme.NavigateBackIcon(), u.backFromPreview)
	p.start = kit.NewPrimaryButton(lang.X("home.start", "Start"), theme.MediaPlayIcon(), func() { u.startRoutine(r) })
	actions := []fyne.CanvasObject{p.start}
	if !r.BuiltIn {
		actions = append(actions, kit.NewButton(lang.X("preview.edit", "Edit"), theme.DocumentCreateIcon(), func() { u.editRoutine(r) }))
	}
	actions = append(actions, kit.NewMenuButton(func() []*fyne.MenuItem { return u.routineMenu(r) }))
	title := widget.NewLabelWithStyle(r.ShownName(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	title.Wrapping = fyne.TextWrapWord
	bar := container.NewBorder(nil, nil, back, container.NewHBox(actions...))
	body := container.NewVBox(title, p.about())
	body.Objects = append(body.Objects, p.exercises()...)
	// Tab goes Back, the actions, then the page. A page of reading: lines
	// no longer than the editor's, bar and page centred together.
	narrow := func(o fyne.CanvasObject) fyne.CanvasObject {
		return container.New(kit.MaxWidth{Width: previewWidth}, o)
	}
	p.content = kit.Screen(narrow(bar), nil, container.NewVScroll(narrow(body)))
}

// about is the routine's description and what it asks for: time,
// equipment, the weekly target and its reminder.
func (p *preview) about() fyne.CanvasObject {
	u, r := p.ui, p.r
	lib := u.cfg.Catalog.Library
	kind := lang.X("preview.own", "Your routine")
	if r.BuiltIn {
		kind = lang.X("preview.builtin", "Built-in routine")
	}
	n, target := r.ExerciseCount(), r.Target()
	facts := []string{kind, routine.LengthText(u.playLength(r, true)),
		lang.XN("preview.exercises", "{{.Count}} exercises", n, map[string]any{"Count": n}),
		equipmentText(r.Equipment(lib)),
		lang.XN("preview.target", "aims at {{.Count}} sessions a week", target, map[string]any{"Count": target})}
	box := container.NewVBox(kit.Wrapped(strings.Join(facts, " · ")))
	if strings.TrimSpace(r.Description) != "" {
		box.Add(kit.Wrapped(r.Description))
	}
	plan := u.reminderPlan()
	if s, ok := plan.Session(r.Name); ok {
		box.Add(reminderLine(comingSession(s, plan.Quiet), u.locale))
	} else if u.cfg.Reminders != nil {
		box.Add(kit.Wrapped(lang.X("preview.no_reminder", "No reminder set: Remind me is in the ⋯ menu.")))
	}
	if warm := u.cfg.Catalog.Routine(r.Warmup); r.Warmup != "" && warm != nil {
		box.Add(kit.Wrapped(lang.X("preview.warmup", "Start offers the {{.Warmup}} ({{.Length}}) first.",
			map[string]any{"Warmup": warm.ShownName(), "Length": routine.LengthText(warm.Size(lib).Time)})))
	}
	return box
}

// exercises are the routine's steps in order, under their sections'
// names and rounds.
func (p *preview) exercises() []fyne.CanvasObject {
	u, r := p.ui, p.r
	out := []fyne.CanvasObject{groupHeading(lang.X("preview.exercises.title", "Exercises"))}
	all := r.Plans(u.cfg.Catalog.Library)
	for si, plans := range all {
		if head := sectionTitle(r, si); head != "" {
			out = append(out, widget.NewLabelWithStyle(head, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		}
		for pi, pl := range plans {
			if si == len(all)-1 && pi == len(plans)-1 {
				pl.RestAfter = 0 // the routine ends there
			}
			out = append(out, p.stepRow(pl))
		}
	}
	return out
}

// sectionTitle is section si's name and rounds, "" for the one unnamed
// section of a routine without sections.
func sectionTitle(r *routine.Routine, si int) string {
	sec := r.Sections[si]
	name := sec.Name
	if name == "" {
		if len(r.Sections) == 1 && sec.RoundCount() == 1 {
			return ""
		}
		name = lang.X("preview.section", "Section {{.Number}}", map[string]any{"Number": si + 1})
	}
	if n := sec.RoundCount(); n > 1 {
		name += " · " + lang.XN("preview.rounds", "{{.Count}} rounds", n, map[string]any{"Count": n})
	}
	return name
}

// stepRow is one step: its picture, name, dose and rests.
func (p *preview) stepRow(pl routine.Plan) fyne.CanvasObject {
	name := widget.NewLabelWithStyle(pl.Exercise.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Wrapping = fyne.TextWrapWord
	dose := kit.Wrapped(stepDose(pl, p.ui.locale))
	dose.SizeName = theme.SizeNameCaptionText
	pic := kit.NewThumbnail(p.ui.cfg.Figures, pl.Exercise.ID, previewThumbSize)
	// The dose sits under the name as one block, without a label's gap.
	text := container.New(layout.NewCustomPaddedVBoxLayout(-2*theme.InnerPadding()), name, dose)
	return container.NewBorder(nil, nil, container.NewCenter(pic), nil, text)
}

// stepDose says what a step asks for, the rests around it and where
// its numbers come from: "2 sets × 10–12 reps, hold 3–5 s · rest 30 s
// between sets, 30 s after · adapted from the article", its numbers as
// loc writes them.
func stepDose(p routine.Plan, loc locale.Locale) string {
	work := workText(p, loc)
	doses := []string{lang.XN("player.dose", "{{.Count}} sets × {{.Work}}", p.Sets, map[string]any{"Count": p.Sets, "Work": work})}
	if p.RepBased() && !p.Hold.IsZero() {
		doses = append(doses, lang.X("preview.hold", "hold {{.Hold}}", map[string]any{"Hold": loc.DurationRange(p.Hold.Lo, p.Hold.Hi)}))
	}
	switch p.Sides {
	case routine.BothSides:
		doses = append(doses, lang.X("preview.each_side", "each side"))
	case routine.Alternate:
		doses = append(doses, lang.X("preview.sides_in_turn", "sides in turn"))
	}
	if p.Pace == routine.Self {
		doses = append(doses, lang.X("preview.own_pace", "at your own pace"))
	}
	parts := []string{strings.Join(doses, ", ")}
	if rests := restsText(p, loc); rests != "" {
		parts = append(parts, rests)
	}
	if note := doseNote(p.DoseSource); note != "" {
		parts = append(parts, note)
	}
	return strings.Join(parts, " · ")
}

// restsText is the rests around a step, one whole phrase to translate:
// "rest 30 s between sets, 30 s after"; "" for none.
func restsText(p routine.Plan, loc locale.Locale) string {
	data := map[string]any{"Rest": loc.Duration(p.Rest), "After": loc.Duration(p.RestAfter)}
	between, after := p.Sets > 1 && p.Rest > 0, p.RestAfter > 0
	switch {
	case between && after:
		return lang.X("preview.rest.both", "rest {{.Rest}} between sets, {{.After}} after", data)
	case between:
		return lang.X("preview.rest.sets", "rest {{.Rest}} between sets", data)
	case after:
		return lang.X("preview.rest.after", "rest {{.After}} after", data)
	}
	return ""
}
