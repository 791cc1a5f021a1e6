package ui

import (
	"encoding/json"
	"math"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/internal/ui/kit"
	"github.com/postureapp/posture/internal/voice"
)

// loadJSON puts a preferences.json's values into p as Fyne's loader
// does: JSON numbers are floats, lists of one kind become typed lists.
// It reports false for what Fyne's loader would not read.
func loadJSON(p fyne.Preferences, data []byte) bool {
	var values map[string]any
	if json.Unmarshal(data, &values) != nil {
		return false
	}
	for k, v := range values {
		switch x := v.(type) {
		case float64:
			p.SetFloat(k, x)
		case string:
			p.SetString(k, x)
		case bool:
			p.SetBool(k, x)
		case []any:
			setList(p, k, x)
		}
	}
	return true
}

func setList(p fyne.Preferences, k string, items []any) {
	if len(items) == 0 {
		return
	}
	switch items[0].(type) {
	case string:
		p.SetStringList(k, listOf[string](items))
	case float64:
		p.SetFloatList(k, listOf[float64](items))
	case bool:
		p.SetBoolList(k, listOf[bool](items))
	}
}

// listOf keeps the items of kind T (Posture's guard moves aside a file
// whose lists mix kinds, before Fyne reads it).
func listOf[T any](items []any) []T {
	var out []T
	for _, it := range items {
		if v, ok := it.(T); ok {
			out = append(out, v)
		}
	}
	return out
}

// inBounds says what in v is out of its bounds on a screen of the size.
func inBounds(v prefValues, screen fyne.Size) []string {
	var bad []string
	check := func(ok bool, what string) {
		if !ok {
			bad = append(bad, what)
		}
	}
	check(v.Volume >= 0 && v.Volume <= 100, "volume")
	check(slices.Contains(prepareChoices, v.Prepare), "prepare")
	check(slices.Contains([]string{kit.ThemeSystem, kit.ThemeLight, kit.ThemeDark}, v.Theme), "theme")
	check(slices.Contains(motionChoices, v.Motion), "motion")
	_, known := voiceModeLabels()[voice.Mode(v.VoiceMode)]
	check(known, "voice mode")
	check(v.VoiceName == voiceName(v.VoiceName) && len(v.VoiceName) <= maxVoiceNameLen, "voice name")
	check(v.VoiceRate >= voice.MinRate && v.VoiceRate <= voice.MaxRate, "voice rate")
	check(v.WindowWidth >= leastWindowSize.Width && v.WindowWidth <= max(screen.Width, leastWindowSize.Width), "window width")
	check(v.WindowHeight >= leastWindowSize.Height && v.WindowHeight <= max(screen.Height, leastWindowSize.Height), "window height")
	check(v.WindowX >= -1 && v.WindowX <= maxWindowPlace && v.WindowY >= -1 && v.WindowY <= maxWindowPlace, "window place")
	check(v.PerWeek >= 0 && v.PerWeek <= 7, "sessions per week")
	return bad
}

var screen1280 = fyne.NewSize(1280, 800)

// The values a hostile tester put in preferences.json come back within
// bounds, and are written back as the app uses them.
func TestAbsurdPreferencesAreBroughtWithinBounds(t *testing.T) {
	a := test.NewTempApp(t)
	p := a.Preferences()
	loadJSON(p, []byte(`{"window_width": 40000, "window_height": 1.7e308, "volume": 1e9, "prepare_seconds": -5,
		"theme": "x", "sessions_per_week": 1e12, "voice_rate": "fast", "muted": "yes", "motion": 7,
		"voice_name": "-w /tmp/out.wav", "window_x": -1e300}`))
	s := openSettings(p, screen1280)
	v := readPrefs(p, screen1280)
	if bad := inBounds(v, screen1280); len(bad) > 0 {
		t.Fatalf("out of bounds: %v in %+v", bad, v)
	}
	if v.WindowWidth != 1280 || v.WindowHeight != 800 || v.Volume != 100 || v.Prepare != -1 || v.Theme != kit.ThemeSystem || v.PerWeek != 7 || v.VoiceName != "" {
		t.Errorf("read as %+v", v)
	}
	for key, want := range map[string]float64{prefWindowWidth: 1280, prefWindowHeight: 800, prefVolume: 100, prefPrepare: -1, prefPerWeek: 7, prefWindowX: -1} {
		if got := p.Float(key); got != want {
			t.Errorf("%s written back as %g, want %g", key, got, want)
		}
	}
	for _, key := range []string{prefTheme, prefVoiceRate, prefMuted, prefMotion, prefVoiceName} {
		if kind := storedKind(p, key); kind != "" {
			t.Errorf("%s of the wrong kind or value is still stored (as a %s)", key, kind)
		}
	}
	s.setNumber(prefVolume, 250)
	s.setNumber(prefWindowWidth, math.Inf(1))
	if p.Float(prefVolume) != 100 || p.Float(prefWindowWidth) != 1280 {
		t.Errorf("writes are not bounded: volume %g, width %g", p.Float(prefVolume), p.Float(prefWindowWidth))
	}
}

// The window never opens larger than the screen or smaller than it can
// be used at, whatever size was remembered.
func TestWindowOpensWithinTheScreen(t *testing.T) {
	for _, size := range []float64{40000, 1e9, 1.7e308, -5, 0} {
		a := test.NewTempApp(t)
		a.Preferences().SetFloat(prefWindowWidth, size)
		a.Preferences().SetFloat(prefWindowHeight, size)
		s := openSettings(a.Preferences(), screen1280)
		w, h := s.windowSize()
		if w < leastWindowSize.Width || w > 1280 || h < leastWindowSize.Height || h > 800 {
			t.Errorf("remembered %g opens at %gx%g on a 1280x800 screen", size, w, h)
		}
	}
}

// FuzzReadPreferences: whatever preferences.json holds, every setting
// read is within its bounds.
func FuzzReadPreferences(f *testing.F) {
	for _, seed := range []string{
		`{}`,
		`{"window_width": 40000, "window_height": 40000}`,
		`{"window_width": 1.7e308, "volume": -1e308, "prepare_seconds": 7.5}`,
		`{"theme": "Dark", "motion": "Smooth", "voice_mode": "full", "voice_rate": 79.5, "voice_name": "en-us"}`,
		`{"volume": "loud", "muted": 1, "voice_name": ["a"], "window_x": [1, 2]}`,
		`{"voice_name": "gmw/en-US\u0000", "sessions_per_week": 7.4999}`,
	} {
		f.Add([]byte(seed))
	}
	a := test.NewTempApp(f)
	p := a.Preferences()
	f.Fuzz(func(t *testing.T, data []byte) {
		var keys map[string]any
		if json.Unmarshal(data, &keys) != nil {
			return
		}
		for k := range keys {
			defer p.RemoveValue(k)
		}
		loadJSON(p, data)
		if bad := inBounds(readPrefs(p, screen1280), screen1280); len(bad) > 0 {
			t.Fatalf("%s read out of bounds: %v", data, bad)
		}
		openSettings(p, screen1280)
		if bad := inBounds(readPrefs(p, fyne.Size{}), fyne.NewSize(unknownScreenW, unknownScreenH)); len(bad) > 0 {
			t.Fatalf("%s read out of bounds after writing back: %v", data, bad)
		}
	})
}
