package ui

import (
	"math"
	"slices"
	"strings"

	"fyne.io/fyne/v2"

	"github.com/postureapp/posture/internal/ui/kit"
	"github.com/postureapp/posture/internal/voice"
)

// Every preference has bounds, and a value outside them is brought within
// them on read and on write: preferences.json is a file a person (or an
// older or newer Posture) may have written anything into, and a window
// 40,000 pixels wide is refused by X, one of 1e308 panics in text layout.

// prefValues is every setting Posture keeps in Fyne's preferences, within
// bounds.
type prefValues struct {
	Volume           int     // 0 to 100
	Muted            bool    //
	Prepare          int     // one of prepareChoices
	Theme            string  // themeSystem, themeLight or themeDark
	Motion           string  // one of motionChoices
	VoiceMode        string  // a key of voiceModeLabels
	VoiceName        string  // "" or an espeak-ng voice name
	VoiceRate        int     // voice.MinRate to voice.MaxRate
	WindowWidth      float32 // leastWindowSize to the screen
	WindowHeight     float32 //
	WindowX          int     // -1 (not remembered) to maxWindowPlace
	WindowY          int     //
	PerWeek          int     // 0 (none) to 7: the weekly target before it moved beside the history
	SafetySeen       bool    //
	KeepInBackground bool    //
	KeepAskSettled   bool    // "Don't ask again" on Keep reminding?: KeepInBackground is the answer
}

// readPrefs reads every setting within its bounds; screen is the size the
// window may take at most.
func readPrefs(p fyne.Preferences, screen fyne.Size) prefValues {
	s := &settings{p: p, screen: screen}
	w, h := s.windowSize()
	x, y := s.windowPlace()
	return prefValues{
		Volume: s.volume(), Muted: s.muted(), Prepare: s.prepare(), Theme: s.theme(), Motion: s.motion(),
		VoiceMode: string(s.voiceMode()), VoiceName: s.voice().Voice, VoiceRate: s.voice().Rate,
		WindowWidth: w, WindowHeight: h, WindowX: x, WindowY: y, PerWeek: s.legacyPerWeek(),
		SafetySeen: s.safetySeen(), KeepInBackground: p.BoolWithFallback(prefKeepInBackground, true),
		KeepAskSettled: p.Bool(prefKeepAskSettled),
	}
}

// Window bounds besides the screen's: the furthest place X can put a
// window, and the largest size assumed when the screen's is not known
// (Wayland, tests).
const (
	maxWindowPlace  = math.MaxInt16
	unknownScreenW  = 7680
	unknownScreenH  = 4320
	maxVoiceNameLen = 64
)

// prefNumber is a preference held as a number: its default and the
// function that brings any number within its bounds.
type prefNumber struct {
	key    string
	def    float64
	within func(v float64) float64
}

// prefText is a preference held as a string.
type prefText struct {
	key    string
	def    string
	within func(v string) string
}

// numberPrefs and textPrefs are the preferences with bounds; the window's
// size, bounded by the screen, is added by settings.bounded.
var (
	numberPrefs = []prefNumber{
		{prefVolume, 80, between(0, 100)},
		{prefPrepare, -1, nearestPrepare},
		{prefVoiceRate, voice.DefaultRate, between(voice.MinRate, voice.MaxRate)},
		{prefPerWeek, 0, between(0, 7)},
		{prefWindowX, -1, between(-1, maxWindowPlace)},
		{prefWindowY, -1, between(-1, maxWindowPlace)},
	}
	textPrefs = []prefText{
		{prefTheme, kit.ThemeSystem, oneOf(kit.ThemeSystem, kit.ThemeLight, kit.ThemeDark)},
		{prefMotion, "", oneOf(append([]string{""}, motionChoices...)...)},
		{prefVoiceMode, string(voice.Names), oneOf(string(voice.Off), string(voice.Names), string(voice.Full))},
		{prefVoiceName, "", voiceName},
	}
	boolPrefs = []string{prefMuted, prefStill, prefSafetySeen, prefKeepInBackground, prefBackgroundSaid, prefKeepAskSettled}
)

// between rounds to a whole number within lo and hi.
func between(lo, hi float64) func(float64) float64 {
	return func(v float64) float64 {
		if math.IsNaN(v) {
			return lo
		}
		return math.Round(max(lo, min(hi, v)))
	}
}

// nearestPrepare is the get-ready choice nearest v; any negative number
// means the routine's own.
func nearestPrepare(v float64) float64 {
	if math.IsNaN(v) || v < 0 {
		return -1
	}
	best := prepareChoices[1]
	for _, c := range prepareChoices[1:] {
		if math.Abs(float64(c)-v) < math.Abs(float64(best)-v) {
			best = c
		}
	}
	return float64(best)
}

// oneOf keeps a value among choices, else the first choice.
func oneOf(choices ...string) func(string) string {
	return func(v string) string {
		if slices.Contains(choices, v) {
			return v
		}
		return choices[0]
	}
}

// voiceName keeps a name espeak-ng could know (letters, digits and
// "-_+/", not starting with "-", so it can never read as an option),
// else the default voice.
func voiceName(v string) string {
	if len(v) > maxVoiceNameLen || strings.HasPrefix(v, "-") {
		return ""
	}
	for _, r := range v {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_+/", r)) {
			return ""
		}
	}
	return v
}

// number reads a bounded number preference.
func (s *settings) number(key string) float64 {
	for _, n := range s.numbers() {
		if n.key == key {
			return n.within(s.p.FloatWithFallback(key, n.def))
		}
	}
	panic("no bounds for preference " + key)
}

// setNumber keeps a number preference within its bounds.
func (s *settings) setNumber(key string, v float64) {
	for _, n := range s.numbers() {
		if n.key == key {
			s.p.SetFloat(key, n.within(v))
			return
		}
	}
	panic("no bounds for preference " + key)
}

// text reads a bounded string preference.
func (s *settings) text(key string) string {
	for _, t := range textPrefs {
		if t.key == key {
			return t.within(s.p.StringWithFallback(key, t.def))
		}
	}
	panic("no bounds for preference " + key)
}

// setText keeps a string preference within its bounds.
func (s *settings) setText(key, v string) {
	for _, t := range textPrefs {
		if t.key == key {
			s.p.SetString(key, t.within(v))
			return
		}
	}
	panic("no bounds for preference " + key)
}

// numbers are the number preferences with the window's size, which the
// screen bounds.
func (s *settings) numbers() []prefNumber {
	screen := s.screenSize()
	return append(numberPrefs,
		prefNumber{prefWindowWidth, float64(firstWindowSize.Width), between(float64(leastWindowSize.Width), float64(max(screen.Width, leastWindowSize.Width)))},
		prefNumber{prefWindowHeight, float64(firstWindowSize.Height), between(float64(leastWindowSize.Height), float64(max(screen.Height, leastWindowSize.Height)))},
	)
}

// screenSize is the most the window may take: the screen, when known.
func (s *settings) screenSize() fyne.Size {
	if s.screen.Width > 0 && s.screen.Height > 0 {
		return s.screen
	}
	return fyne.NewSize(unknownScreenW, unknownScreenH)
}

// keepWithin writes back every stored preference that is out of its
// bounds or of the wrong kind, as the value the app uses, so that
// preferences.json says what Posture does.
func (s *settings) keepWithin() {
	for _, n := range s.numbers() {
		switch kind := storedKind(s.p, n.key); {
		case kind == "":
		case kind != "number":
			s.p.RemoveValue(n.key)
		case n.within(s.p.Float(n.key)) != s.p.Float(n.key):
			s.p.SetFloat(n.key, n.within(s.p.Float(n.key)))
		}
	}
	for _, t := range textPrefs {
		switch kind := storedKind(s.p, t.key); {
		case kind == "":
		case kind != "string" || t.within(s.p.String(t.key)) != s.p.String(t.key):
			s.p.RemoveValue(t.key) // the default is what the app uses
		}
	}
	for _, key := range boolPrefs {
		if kind := storedKind(s.p, key); kind != "" && kind != "bool" {
			s.p.RemoveValue(key)
		}
	}
}

// storedKind is the kind of value stored under key: "number", "string",
// "bool", "list", or "" for none. Fyne's getters give the fallback for a
// value of another kind, so two different fallbacks tell.
func storedKind(p fyne.Preferences, key string) string {
	switch {
	case p.FloatWithFallback(key, 1) == p.FloatWithFallback(key, 2):
		return "number"
	case p.StringWithFallback(key, "a") == p.StringWithFallback(key, "b"):
		return "string"
	case p.BoolWithFallback(key, true) == p.BoolWithFallback(key, false):
		return "bool"
	case p.StringListWithFallback(key, nil) != nil || p.FloatListWithFallback(key, nil) != nil || p.BoolListWithFallback(key, nil) != nil:
		return "list"
	}
	return ""
}
