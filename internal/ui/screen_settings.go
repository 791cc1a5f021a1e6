package ui

import (
	"slices"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
)

// Preference keys.
const (
	prefVolume     = "volume"
	prefMuted      = "muted"
	prefPrepare    = "prepare_seconds" // -1: as the routine says
	prefTheme      = "theme"
	prefStill      = "reduce_motion"
	prefPerWeek    = "sessions_per_week" // before the target moved beside the history
	prefSafetySeen = "safety_seen"
	prefNoFloor    = "no_floor_work" // play standing versions of floor moves
)

// prepareChoices are the get-ready lengths offered, in seconds; -1 keeps
// each routine's own.
var prepareChoices = []int{-1, 3, 5, 10, 15, 30}

// settings reads and writes the person's choices in Fyne preferences,
// each within its bounds (preferences.go).
type settings struct {
	p      fyne.Preferences
	screen fyne.Size // the most the window may take; zero when not known
}

func loadSettings(p fyne.Preferences) *settings { return &settings{p: p} }

// openSettings reads the preferences for a window on a screen of the
// given size (zero when not known), first writing back within bounds any
// value that is not.
func openSettings(p fyne.Preferences, screen fyne.Size) *settings {
	s := &settings{p: p, screen: screen}
	s.keepWithin()
	return s
}

func (s *settings) volume() int        { return int(s.number(prefVolume)) }
func (s *settings) muted() bool        { return s.p.Bool(prefMuted) }
func (s *settings) prepare() int       { return int(s.number(prefPrepare)) }
func (s *settings) theme() string      { return s.text(prefTheme) }
func (s *settings) safetySeen() bool   { return s.p.Bool(prefSafetySeen) }
func (s *settings) reduceMotion() bool { return s.p.Bool(prefStill) }
func (s *settings) noFloor() bool      { return s.p.Bool(prefNoFloor) }
func (s *settings) legacyPerWeek() int { return int(s.number(prefPerWeek)) }

func (s *settings) setSafetySeen() { s.p.SetBool(prefSafetySeen, true) }

// withPrepare returns r with the chosen get-ready length, leaving the
// catalog's routine untouched.
func (s *settings) withPrepare(r *routine.Routine) *routine.Routine {
	secs := s.prepare()
	if secs < 0 {
		return r
	}
	c := *r
	c.Prepare = routine.Dur(time.Duration(secs) * time.Second)
	return &c
}

func (u *App) applySettings() {
	u.cfg.Audio.SetVolume(u.prefs.volume())
	u.cfg.Audio.SetMuted(u.prefs.muted())
	u.fyneApp.Settings().SetTheme(kit.NewTheme(u.prefs.theme()))
}

// showSettings opens the settings screen; every change applies at once.
func (u *App) showSettings() {
	s := u.prefs
	volumeLabel := widget.NewLabel("")
	showVolume := func(v int) {
		volumeLabel.SetText(lang.X("settings.volume.value", "{{.Percent}} %", map[string]any{"Percent": v}))
	}
	volume := kit.NewSlider(0, 100)
	volume.Step = 5
	volume.SetValue(float64(s.volume()))
	showVolume(s.volume())
	volume.OnChanged = func(v float64) {
		s.setNumber(prefVolume, v)
		u.cfg.Audio.SetVolume(int(v))
		showVolume(int(v))
	}
	mute := kit.NewCheck(lang.X("settings.mute", "Mute all sounds"), func(on bool) {
		s.p.SetBool(prefMuted, on)
		u.cfg.Audio.SetMuted(on)
	})
	mute.SetChecked(s.muted())
	// One line says what Test sound did, and that there is no sound
	// device when there is none: never two lines saying it.
	tested := kit.Wrapped("")
	tested.Hide()
	if u.cfg.AudioNotice != "" {
		tested.SetText(noSoundText())
		tested.Importance = widget.WarningImportance
		tested.Show()
	}
	test := kit.NewButton(lang.X("settings.test_sound", "Test sound"), theme.MediaPlayIcon(), func() { u.onTestSound(tested) })

	prepare := kit.NewSelect(prepareLabels(), func(label string) {
		s.setNumber(prefPrepare, float64(prepareFromLabel(label)))
	})
	prepare.SetSelected(prepareLabel(s.prepare()))

	perWeek := kit.NewSelect([]string{"1", "2", "3", "4", "5", "6", "7"}, func(v string) {
		n, _ := strconv.Atoi(v)
		u.setWeeklyTarget(n)
	})
	perWeek.SetSelected(strconv.Itoa(u.weeklyTarget()))

	noFloor := kit.NewCheck(lang.X("settings.floor.check", "No floor work"), func(on bool) { s.p.SetBool(prefNoFloor, on) })
	noFloor.SetChecked(s.noFloor())

	themes := kit.NewRadio([]string{kit.ThemeSystem, kit.ThemeLight, kit.ThemeDark}, func(choice string) {
		if choice == "" {
			return
		}
		s.setText(prefTheme, choice)
		u.setTheme(choice)
	})
	themes.Labels = map[string]string{
		kit.ThemeSystem: lang.X("settings.theme.system", "System"),
		kit.ThemeLight:  lang.X("settings.theme.light", "Light"),
		kit.ThemeDark:   lang.X("settings.theme.dark", "Dark"),
	}
	themes.SetSelected(s.theme())

	sound := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabel(lang.X("settings.volume", "Volume")), volumeLabel, volume),
		container.NewHBox(mute, test),
		tested,
	)
	form := container.NewVBox(
		kit.Section(lang.X("settings.sound", "Sound"), lang.X("settings.sound.hint", "Beeps mark every phase and the last three seconds"), sound),
		u.voiceCard(),
		kit.Section(lang.X("settings.prepare", "Get ready"), lang.X("settings.prepare.hint", "Countdown before the first exercise"), prepare),
		kit.Section(lang.X("settings.target", "Weekly target"), lang.X("settings.target.hint", "Sessions a week you aim for; 3 or 4 suit most people, 1 or 2 when starting"), perWeek),
		kit.Section(lang.X("settings.floor", "Floor work"), lang.X("settings.floor.hint", "Play standing or seated versions of moves done lying or kneeling; the few without one are left out"), noFloor),
		kit.Section(lang.X("settings.appearance", "Appearance"), lang.X("settings.appearance.hint", "Theme, and how the figure moves"), themes, u.motionChoice()),
		u.remindersCard(),
		u.languageSection(),
	)
	back := kit.NewButton(lang.X("nav.back", "Back"), theme.NavigateBackIcon(), u.showHome)
	top := container.NewBorder(nil, nil, back, nil, heading(lang.X("settings.title", "Settings")))
	place := u.settingsPlace()
	u.show(kit.Screen(top, nil, container.NewVScroll(form)), func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyEscape {
			u.showHome()
		}
	})
	u.onSettings = true
	place.restore(u.win.Canvas())
}

// screenPlace is where the person was on a screen that is built again
// in place: how far it was scrolled, and which of its widgets, counted in
// Tab order, had the focus (-1: none).
type screenPlace struct {
	offset  fyne.Position
	focused int
}

// settingsPlace is where the person is on Settings, when it is on show:
// a change that rebuilds it (ticking Desk breaks, a reminder removed)
// keeps them there rather than jumping to the top.
func (u *App) settingsPlace() *screenPlace {
	c := u.win.Canvas()
	if !u.onSettings || c.Content() == nil {
		return nil
	}
	place := &screenPlace{focused: slices.Index(focusables(c.Content()), c.Focused())}
	if s := firstScroll(c.Content()); s != nil {
		place.offset = s.Offset
	}
	return place
}

// restore scrolls the screen on show back to the place and gives the
// focus to the widget in the same place in Tab order.
func (p *screenPlace) restore(c fyne.Canvas) {
	if p == nil {
		return
	}
	if s := firstScroll(c.Content()); s != nil {
		s.ScrollToOffset(p.offset)
	}
	all := focusables(c.Content())
	if p.focused < 0 || p.focused >= len(all) {
		return
	}
	if b, ok := all[p.focused].(*kit.Button); ok {
		b.FocusQuietly(c)
		return
	}
	c.Focus(all[p.focused])
}

// focusables lists the widgets under root that can take the focus, in
// the order of the tree.
func focusables(root fyne.CanvasObject) []fyne.Focusable {
	var out []fyne.Focusable
	kit.WalkTree(root, func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		if f, ok := o.(fyne.Focusable); ok {
			out = append(out, f)
		}
		return false
	})
	return out
}

// firstScroll is the first scroll container under root.
func firstScroll(root fyne.CanvasObject) *container.Scroll {
	var found *container.Scroll
	kit.WalkTree(root, func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		found, _ = o.(*container.Scroll)
		return found != nil
	})
	return found
}

// onTestSound plays a cue, or says why nothing can be heard.
func (u *App) onTestSound(result *widget.Label) {
	switch {
	case u.cfg.AudioNotice != "":
		result.SetText(lang.X("settings.test_sound.no_device", "Nothing played: no sound device was found, so beeps and voice are off."))
	case u.prefs.muted():
		result.SetText(lang.X("settings.test_sound.muted", "Sounds are muted; untick Mute to hear them."))
	default:
		u.cfg.Audio.Play(audio.Lift)
		result.SetText(lang.X("settings.test_sound.playing", "Playing the lift cue."))
	}
	result.Show()
	u.relayout()
}

// noSoundText is what the person is told when there is no sound device;
// the system's own words for it go to the terminal, not to the screen.
func noSoundText() string {
	return lang.X("notice.no_sound", "No sound device found; beeps and voice are off.")
}

// setTheme applies a theme choice; screens not on show take it when they
// are shown again.
func (u *App) setTheme(choice string) {
	u.themeGen++
	u.fyneApp.Settings().SetTheme(kit.NewTheme(choice))
}

func prepareLabels() []string {
	out := make([]string, len(prepareChoices))
	for i, c := range prepareChoices {
		out[i] = prepareLabel(c)
	}
	return out
}

func prepareLabel(secs int) string {
	if secs < 0 {
		return lang.X("settings.prepare.routine", "As the routine says")
	}
	return lang.XN("settings.prepare.seconds", "{{.Count}} seconds", secs, map[string]any{"Count": secs})
}

func prepareFromLabel(label string) int {
	for _, c := range prepareChoices {
		if prepareLabel(c) == label {
			return c
		}
	}
	return -1
}

// heading is a screen title; a long one is cut short with an ellipsis
// rather than widening a narrow window.
func heading(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}
