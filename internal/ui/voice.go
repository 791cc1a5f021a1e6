package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/session"
	"github.com/postureapp/posture/internal/ui/kit"
	"github.com/postureapp/posture/internal/voice"
)

// Voice preference keys.
const (
	prefVoiceMode = "voice_mode"
	prefVoiceName = "voice_name" // empty: the window's language's own voice
	prefVoiceRate = "voice_rate" // words a minute
)

// voiceModeLabels names the modes on the settings screen, in the
// window's language.
func voiceModeLabels() map[voice.Mode]string {
	return map[voice.Mode]string{
		voice.Off:   lang.X("settings.voice.off", "Off"),
		voice.Names: lang.X("settings.voice.names", "Names and sides"),
		voice.Full:  lang.X("settings.voice.full", "Full coaching, with counts"),
	}
}

// testPhrase is what Test voice says: what a session starts with.
func testPhrase() string {
	return lang.X("settings.voice.test_phrase", "Band Pull-Apart. Three sets of fifteen.")
}

func (s *settings) voiceMode() voice.Mode {
	return voice.Mode(s.text(prefVoiceMode))
}

func (s *settings) voice() voice.Settings {
	return voice.Settings{
		Mode:  s.voiceMode(),
		Voice: s.text(prefVoiceName),
		Rate:  int(s.number(prefVoiceRate)),
	}
}

// voiceSettings are the person's choices for the voice in this window:
// the coach speaks the window's language (English when no installed
// voice speaks that), read by the voice chosen when it speaks that
// language, else by the language's own (voice.VoiceIn, as the picker
// shows). The list of voices is asked for when the window opens, so it
// is known by the time a session starts.
func (u *App) voiceSettings() voice.Settings {
	set := u.prefs.voice()
	if u.cfg.Speech != nil {
		set.Lang = u.cfg.Speech.LangFor(u.locale.Lang)
	}
	return set
}

// voiceSpeaks says whether a session started now has a voice coach: the
// voice is on, espeak-ng is there and a sound device can play it. Only
// then does a session make room for the voice.
func (u *App) voiceSpeaks() bool {
	return u.prefs.voiceMode() != voice.Off && u.cfg.Speech != nil && u.cfg.AudioNotice == ""
}

// timelineFor is r's timeline as a session plays it: when the voice
// speaks, fitted to it, so that every essential line has room (a longer
// get-ready or rest where one needs it) and the engine, the screen and the
// voice keep the same time.
func (u *App) timelineFor(r *routine.Routine) session.Timeline {
	set := u.voiceSettings()
	if !u.voiceSpeaks() {
		set.Mode = voice.Off
	}
	return fittedTimeline(r, u.cfg.Catalog.Library, u.words, set)
}

// fittedTimeline is r's timeline in words, fitted to the voice set
// (unchanged when it is off). It only reads its arguments, so it may run
// in the background.
func fittedTimeline(r *routine.Routine, lib *routine.Library, words *locale.Messages, set voice.Settings) session.Timeline {
	tl := session.Build(r, lib).In(words)
	if set.Mode == voice.Off {
		return tl
	}
	return voice.FitIn(tl, set.Mode, set.Rate, set.Lang)
}

// newCoach starts the voice for a session of tl, or returns nil when it is
// off or there is no espeak-ng. Its phrases render in the background; a
// failure is shown once on the player.
func (u *App) newCoach(tl session.Timeline, onProblem func(string)) *voice.Coach {
	if !u.voiceSpeaks() {
		return nil
	}
	set := u.voiceSettings()
	c := u.cfg.Speech.Coach(tl, set, u.cfg.Speed, u.cfg.Audio)
	c.Prepare(func(err error) {
		fyne.Do(func() { onProblem(fmt.Sprintf("voice: %v", err)) })
	})
	return c
}

// voiceNotice is what the player shows about the voice when it opens:
// the missing espeak-ng, once per run, while the voice is on.
func (u *App) voiceNotice() string {
	if u.cfg.SpeechNotice == "" || u.voiceNoticeShown || u.prefs.voiceMode() == voice.Off {
		return ""
	}
	u.voiceNoticeShown = true
	return speechNoticeText(u.cfg.SpeechNotice)
}

// speechNoticeText is why there is no voice, in the window's language
// when it is the missing espeak-ng (the command line says it in English).
func speechNoticeText(notice string) string {
	if notice == voice.ErrNoEspeak.Error() {
		return lang.X("voice.no_espeak", "no voice: install espeak-ng")
	}
	return notice
}

// voiceCard is the Voice section of the settings screen.
func (u *App) voiceCard() fyne.CanvasObject {
	s := u.prefs
	voiceModeLabels := voiceModeLabels()
	modes := make([]string, 0, len(voiceModeLabels))
	for _, m := range voice.Modes() {
		modes = append(modes, voiceModeLabels[m])
	}
	mode := kit.NewSelect(modes, func(label string) {
		for m, l := range voiceModeLabels {
			if l == label {
				s.setText(prefVoiceMode, string(m))
			}
		}
	})
	mode.SetSelected(voiceModeLabels[s.voiceMode()])
	body := container.NewVBox(mode)
	if u.cfg.Speech == nil {
		if u.cfg.SpeechNotice != "" {
			body.Add(warningLabel(speechNoticeText(u.cfg.SpeechNotice)))
		}
		return kit.Section(lang.X("settings.voice", "Voice"), lang.X("settings.voice.hint", "A coach says the exercise, sides, rests and what comes next"), body)
	}
	body.Add(u.voicePicker())
	body.Add(u.voiceRate())
	result := kit.Wrapped("")
	result.Hide()
	say := func(text string, warn bool) {
		result.SetText(text)
		result.Importance = map[bool]widget.Importance{true: widget.WarningImportance, false: widget.MediumImportance}[warn]
		result.Show()
		result.Refresh()
		u.relayout()
	}
	body.Add(container.NewHBox(kit.NewButton(lang.X("settings.voice.test", "Test voice"), theme.MediaPlayIcon(), func() { u.onTestVoice(say) })))
	body.Add(result)
	return kit.Section(lang.X("settings.voice", "Voice"), lang.X("settings.voice.hint", "A coach says the exercise, sides, rests and what comes next"), body)
}

// voicePicker lists the installed voices that speak the window's
// language, named in it. The list comes from espeak-ng, so it is filled
// in from the background.
func (u *App) voicePicker() fyne.CanvasObject {
	s := u.prefs
	ids := map[string]string{} // label → voice id
	pick := kit.NewSelect(nil, func(label string) {
		if id, ok := ids[label]; ok {
			s.setText(prefVoiceName, id)
		}
	})
	pick.PlaceHolder = lang.X("settings.voice.finding", "Finding voices…")
	pick.Disable()
	chosen := s.text(prefVoiceName)
	speech, in := u.cfg.Speech, u.locale.Lang
	u.cfg.Background(func() {
		voices, err := speech.Voices()
		fyne.Do(func() { fillVoices(pick, ids, voices, err, chosen, in) })
	})
	return container.NewBorder(nil, nil, widget.NewLabel(lang.X("settings.voice", "Voice")), nil, pick)
}

// fillVoices offers the voices that read the coach's phrases in a window
// in lang (voice.Choices) and shows the one that will read them
// (voice.VoiceIn), which is chosen unless a voice of another language was
// chosen, or none.
func fillVoices(pick *kit.Select, ids map[string]string, all []voice.VoiceInfo, err error, chosen string, in locale.Lang) {
	if err != nil {
		pick.PlaceHolder = err.Error()
		pick.Refresh()
		return
	}
	voices := voice.Choices(all, in)
	chosen = voice.VoiceIn(all, chosen, voice.LangFor(all, in))
	options := make([]string, len(voices))
	current := ""
	labels := voiceLabels(voices, in)
	for i, v := range voices {
		options[i] = labels[i]
		ids[options[i]] = v.ID
		if v.ID == chosen {
			current = options[i]
		}
	}
	pick.PlaceHolder = lang.X("settings.voice.pick", "Pick a voice")
	pick.SetOptions(options)
	pick.Enable()
	if current != "" {
		// Showing the voice is not choosing it: the preference keeps the
		// person's own choice, or none, so a new language is followed.
		onChanged := pick.OnChanged
		pick.OnChanged = nil
		pick.SetSelected(current)
		pick.OnChanged = onChanged
	}
}

// voiceLabels names voices as a person reads them in a window in lang:
// in its language (voice.VoiceInfo.Label), with the places said as people
// say them ("English (US)"), without the code -v takes unless two voices
// would read alike.
func voiceLabels(voices []voice.VoiceInfo, in locale.Lang) []string {
	out := make([]string, len(voices))
	count := map[string]int{}
	for i, v := range voices {
		out[i] = readableVoiceName(v.Label(in))
		count[out[i]]++
	}
	for i, v := range voices {
		if count[out[i]] > 1 || out[i] == "" {
			out[i] = strings.TrimSpace(out[i] + " (" + v.ID + ")")
		}
	}
	return out
}

// placeNames are the places in espeak-ng's voice names that people
// write otherwise.
var placeNames = strings.NewReplacer("(America", "(US", "(Great Britain", "(UK")

// readableVoiceName tidies one espeak-ng voice name.
func readableVoiceName(name string) string {
	return strings.Join(strings.Fields(placeNames.Replace(name)), " ")
}

func (u *App) voiceRate() fyne.CanvasObject {
	s := u.prefs
	label := widget.NewLabel("")
	show := func(wpm int) {
		label.SetText(lang.XN("settings.voice.rate", "{{.Count}} words a minute", wpm, map[string]any{"Count": wpm}))
	}
	rate := kit.NewSlider(voice.MinRate, voice.MaxRate)
	rate.Step = 5
	rate.SetValue(float64(s.voice().Rate))
	show(s.voice().Rate)
	rate.OnChanged = func(v float64) {
		s.setNumber(prefVoiceRate, v)
		show(int(v))
	}
	return container.NewBorder(nil, nil, widget.NewLabel(lang.X("settings.voice.speed", "Speed")), label, rate)
}

// onTestVoice says testPhrase with the current choices and tells on
// screen what it did: speaking, muted, no device to hear it on, or what
// went wrong. espeak-ng runs in the background; its answer comes back
// through fyne.Do.
func (u *App) onTestVoice(say func(text string, warn bool)) {
	switch {
	case u.cfg.AudioNotice != "":
		say(lang.X("settings.voice.no_device", "Nothing can be heard: no sound device was found, so beeps and voice are off."), true)
		return
	case u.prefs.muted():
		say(lang.X("settings.voice.muted", "Sounds are muted; untick Mute to hear the voice."), true)
		return
	}
	phrase := testPhrase()
	say(lang.X("settings.voice.saying", "Saying: “{{.Phrase}}”", map[string]any{"Phrase": phrase}), false)
	set, in := u.prefs.voice(), u.locale.Lang
	speech, out := u.cfg.Speech, u.cfg.Audio
	u.cfg.Background(func() {
		set.Lang = speech.LangFor(in) // may wait for espeak-ng's list of voices
		err := speech.Say(context.Background(), voice.Phrase{Text: phrase, Voice: set.Voice, Rate: set.Rate, Lang: set.Lang}, out)
		if err != nil {
			fyne.Do(func() {
				say(lang.X("settings.voice.failed", "The voice could not speak: {{.Error}}", map[string]any{"Error": err.Error()}), true)
			})
		}
	})
}

func warningLabel(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.WarningImportance
	return l
}
