package voice

import (
	"context"
	"sync"

	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/session"
)

// Speech is the voice as the app uses it: espeak-ng behind the cache, and
// the default voice, found once.
type Speech struct {
	espeak *Espeak
	cache  *Cache

	once   sync.Once
	voices []VoiceInfo
	err    error
}

// Open finds espeak-ng and keeps its renderings in cacheDir. Without
// espeak-ng it returns ErrNoEspeak, whose text is the notice to show.
func Open(cacheDir string) (*Speech, error) {
	e, err := FindEspeak()
	if err != nil {
		return nil, err
	}
	return &Speech{espeak: e, cache: NewCache(cacheDir, e)}, nil
}

// Voices lists the installed voices, the system language's first. It runs
// espeak-ng once per process; call it off the UI goroutine.
func (s *Speech) Voices() ([]VoiceInfo, error) {
	s.once.Do(func() {
		s.voices, s.err = s.espeak.Voices(context.Background(), SystemLanguage())
		_ = s.cache.Trim() // once a run is enough to keep the folder small
	})
	return s.voices, s.err
}

// Clip gives phrase p, rendered or from the cache, in p's voice when that
// speaks p's language, else in the language's own (see VoiceIn): a voice
// never reads a language it was not made for.
func (s *Speech) Clip(ctx context.Context, p Phrase) (*audio.Clip, error) {
	voices, _ := s.Voices()
	p.Voice = VoiceIn(voices, p.Voice, p.Lang)
	return s.cache.Clip(ctx, p)
}

// LangFor is the language to script the coach in for content in
// lang: lang when an installed voice speaks it, else English.
func (s *Speech) LangFor(lang locale.Lang) locale.Lang {
	voices, _ := s.Voices()
	return LangFor(voices, lang)
}

// Unkept says why renderings are not kept in the cache (they are still
// spoken, from memory), or nil.
func (s *Speech) Unkept() error { return s.cache.Unkept() }

// Coach makes a coach for a session of tl, rendering through s.
func (s *Speech) Coach(tl session.Timeline, set Settings, speed float64, out audio.Player) *Coach {
	return NewCoach(tl, set, speed, s, out)
}

// Say renders p and plays it on out; it blocks while rendering, so call
// it off the UI goroutine.
func (s *Speech) Say(ctx context.Context, p Phrase, out audio.Player) error {
	clip, err := s.Clip(ctx, p)
	if err != nil {
		return err
	}
	out.PlayClip(clip)
	return nil
}
