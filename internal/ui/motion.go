package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/framerate"
	"github.com/postureapp/posture/internal/ui/kit"
)

// How much the moving figure may cost, as the person chooses it.
const (
	prefMotion     = "motion"
	motionSmooth   = "Smooth"
	motionBalanced = "Balanced"
	motionStill    = "Still"
)

var motionChoices = []string{motionSmooth, motionBalanced, motionStill}

// motionBudgets is the share of one core the whole app may use while a
// routine plays with each choice; the figure's frame rate follows. On a
// graphics card either moving choice reaches the display's rate.
var motionBudgets = map[string]float64{motionSmooth: 0.20, motionBalanced: 0.08, motionStill: 0}

// motion is the person's choice; before there was one, "reduce motion"
// meant Still.
func (s *settings) motion() string {
	if m := s.text(prefMotion); slices.Contains(motionChoices, m) {
		return m
	}
	if s.reduceMotion() {
		return motionStill
	}
	return motionBalanced
}

// newGovernor picks the figure's frame rate within the chosen budget.
func (s *settings) newGovernor() *framerate.Governor {
	cfg := framerate.Defaults
	cfg.Budget = motionBudgets[s.motion()]
	return framerate.New(cfg, framerate.Process{})
}

// motionChoice is the Motion setting.
func (u *App) motionChoice() fyne.CanvasObject {
	s := u.prefs
	explain := widget.NewLabel("")
	explain.Wrapping = fyne.TextWrapWord
	say := func(m string) {
		explain.SetText(map[string]string{
			motionSmooth:   lang.X("settings.motion.smooth.hint", "The figure moves as fluidly as your computer allows. Uses the most power."),
			motionBalanced: lang.X("settings.motion.balanced.hint", "The figure moves smoothly and uses little power; on a slow computer it steps from position to position."),
			motionStill:    lang.X("settings.motion.still.hint", "The figure shows each position without moving. Kindest to a laptop's battery."),
		}[m])
	}
	choice := kit.NewRadio(motionChoices, func(m string) {
		if m == "" {
			return
		}
		s.setText(prefMotion, m)
		say(m)
	})
	choice.Labels = map[string]string{
		motionSmooth:   lang.X("settings.motion.smooth", "Smooth"),
		motionBalanced: lang.X("settings.motion.balanced", "Balanced"),
		motionStill:    lang.X("settings.motion.still", "Still"),
	}
	choice.SetSelected(s.motion())
	say(s.motion())
	return container.NewVBox(choice, explain)
}
