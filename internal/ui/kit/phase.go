package kit

import (
	"image/color"
	"strings"

	"github.com/postureapp/posture/internal/session"
)

// phaseColours are the player's banner colours, one a phase. They are
// deep enough that white text on them reads in both light and dark themes;
// they are the only colours not taken from the theme.
var phaseColours = map[session.Phase]color.NRGBA{
	session.PhasePrepare: {0xa1, 0x62, 0x07, 0xff}, // amber
	session.PhaseLift:    {0x1e, 0x7b, 0x3c, 0xff}, // green
	session.PhaseHold:    {0x1d, 0x5f, 0xb8, 0xff}, // blue
	session.PhaseLower:   {0x6d, 0x3f, 0xc0, 0xff}, // violet
	session.PhaseWork:    {0x1e, 0x7b, 0x3c, 0xff}, // green, like lift
	session.PhaseSet:     {0x0f, 0x76, 0x6e, 0xff}, // teal
	session.PhaseRest:    {0x47, 0x55, 0x69, 0xff}, // slate
	session.PhaseSwitch:  {0xb4, 0x3f, 0x0e, 0xff},
	session.PhaseDone:    {0x0e, 0x74, 0x90, 0xff}, // cyan
}

// PausedColour is the banner's while the session is paused, when it says
// PAUSED whatever the phase.
var PausedColour = color.NRGBA{0x3f, 0x3f, 0x46, 0xff} // zinc

// ColourOf is the banner colour of phase p; a phase with none of its
// own takes rest's slate.
func ColourOf(p session.Phase) color.NRGBA {
	if c, ok := phaseColours[p]; ok {
		return c
	}
	return phaseColours[session.PhaseRest]
}

// BannerWord is the phase's name in the player's banner: the exercise's
// own word for it, in capitals.
func BannerWord(s session.Segment) string { return strings.ToUpper(s.PhaseName()) }
