package ui

import (
	"image/color"

	"github.com/postureapp/posture/internal/session"
)

// phaseStyle is how a phase looks on the player: its word and its colour.
// The colours are deep enough that white text on them reads in both light
// and dark themes; they are the only colours not taken from the theme.
type phaseStyle struct {
	word   string
	colour color.NRGBA
}

var phaseStyles = map[session.Phase]phaseStyle{
	session.PhasePrepare: {"GET READY", color.NRGBA{0xa1, 0x62, 0x07, 0xff}}, // amber
	session.PhaseLift:    {"LIFT", color.NRGBA{0x1e, 0x7b, 0x3c, 0xff}},      // green
	session.PhaseHold:    {"HOLD", color.NRGBA{0x1d, 0x5f, 0xb8, 0xff}},      // blue
	session.PhaseLower:   {"LOWER", color.NRGBA{0x6d, 0x3f, 0xc0, 0xff}},     // violet
	session.PhaseWork:    {"GO", color.NRGBA{0x1e, 0x7b, 0x3c, 0xff}},        // green, like lift
	session.PhaseSet:     {"YOUR PACE", color.NRGBA{0x0f, 0x76, 0x6e, 0xff}}, // teal
	session.PhaseRest:    {"REST", color.NRGBA{0x47, 0x55, 0x69, 0xff}},      // slate
	session.PhaseSwitch:  {"SWITCH SIDES", color.NRGBA{0xb4, 0x3f, 0x0e, 0xff}},
	session.PhaseDone:    {"DONE", color.NRGBA{0x0e, 0x74, 0x90, 0xff}}, // cyan
}

func styleOf(p session.Phase) phaseStyle {
	if s, ok := phaseStyles[p]; ok {
		return s
	}
	return phaseStyle{word: string(p), colour: color.NRGBA{0x47, 0x55, 0x69, 0xff}}
}
