package voice

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"

	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/locale"
)

// ErrNoEspeak is what a person is told when espeak-ng is not installed:
// the one line the terminal prints and the window shows.
var ErrNoEspeak = errors.New("no voice: install espeak-ng")

// Speech rates offered, in words a minute; espeak-ng's own default is 175.
const (
	DefaultRate = 175
	MinRate     = 80
	MaxRate     = 400
)

// Limits on one rendering: a coach's phrase is a few words, so anything
// bigger is refused before it reaches espeak-ng or after it comes back.
const (
	maxText     = 200              // bytes of text
	maxOutput   = 4 << 20          // bytes of WAV, about 95 s at espeak-ng's 22 kHz
	renderLimit = 20 * time.Second // one espeak-ng run, even on a busy machine
)

// Phrase is one text to speak in one voice at one rate: what a rendering
// depends on, and so what the cache is keyed by.
type Phrase struct {
	Text  string
	Voice string // an espeak-ng voice, such as "en-us"
	Rate  int    // words a minute
	// Lang is the language Text is written in; it keys the cache with
	// the voice, so a phrase the same in two languages ("Pause") is kept
	// once for each. "" is English.
	Lang locale.Lang
}

// Renderer turns a phrase into sound.
type Renderer interface {
	Render(ctx context.Context, p Phrase) (*audio.Clip, error)
}

// Espeak runs the espeak-ng command, which speaks offline from the data
// it was installed with.
type Espeak struct {
	path string
}

// FindEspeak finds espeak-ng on the PATH, or returns ErrNoEspeak.
func FindEspeak() (*Espeak, error) {
	path, err := exec.LookPath("espeak-ng")
	if err != nil {
		return nil, ErrNoEspeak
	}
	return &Espeak{path: path}, nil
}

// Render speaks p into a clip at the cue sample rate, trimmed of silence
// at both ends and as loud as the cues. The text goes in on standard
// input, so no text is ever read as an option.
func (e *Espeak) Render(ctx context.Context, p Phrase) (*audio.Clip, error) {
	wav, err := e.speak(ctx, p)
	if err != nil {
		return nil, err
	}
	clip, err := speechClip(wav)
	if err != nil {
		return nil, fmt.Errorf("espeak-ng %q: %w", p.Text, err)
	}
	return clip, nil
}

// speak checks p and runs espeak-ng on it, giving its WAV output.
func (e *Espeak) speak(ctx context.Context, p Phrase) ([]byte, error) {
	if len(p.Text) > maxText || strings.ContainsRune(p.Text, 0) {
		return nil, fmt.Errorf("phrase %.40q…: longer than %d bytes", p.Text, maxText)
	}
	if !validVoice(p.Voice) {
		return nil, fmt.Errorf("voice %q: not an espeak-ng voice name (letters, digits, - and +)", p.Voice)
	}
	if p.Rate < MinRate || p.Rate > MaxRate {
		return nil, fmt.Errorf("speech rate %d: allowed %d to %d words a minute", p.Rate, MinRate, MaxRate)
	}
	wav, err := e.run(ctx, strings.NewReader(p.Text), "--stdout", "-v", p.Voice, "-s", fmt.Sprint(p.Rate))
	if err != nil {
		return nil, fmt.Errorf("espeak-ng %q: %w", p.Text, err)
	}
	return wav, nil
}

// run runs espeak-ng with args, giving up after renderLimit, and returns
// its standard output, refused past maxOutput bytes.
func (e *Espeak) run(ctx context.Context, stdin io.Reader, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, renderLimit)
	defer cancel()
	cmd := exec.CommandContext(ctx, e.path, args...)
	cmd.Stdin = stdin
	var stderr bytes.Buffer
	cmd.Stderr = &limitedBuffer{max: 4096, buf: &stderr}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	data, readErr := io.ReadAll(io.LimitReader(out, maxOutput+1))
	if len(data) > maxOutput {
		_ = cmd.Process.Kill()
		readErr = fmt.Errorf("more than %d bytes of sound", maxOutput)
	}
	err = cmd.Wait()
	switch {
	case readErr != nil:
		return nil, readErr
	case err != nil && stderr.Len() > 0:
		return nil, fmt.Errorf("%w: %s", err, strings.TrimSpace(stderr.String()))
	case err != nil:
		return nil, err
	}
	return data, nil
}

// validVoice accepts a voice id such as "en-gb-x-rp" or "en+f3", and so
// never one that espeak-ng would read as an option.
func validVoice(id string) bool {
	if id == "" || len(id) > 64 || id[0] == '-' || id[0] == '+' {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '+' || r == '_') {
			return false
		}
	}
	return true
}

// limitedBuffer keeps the first max bytes written to it and drops the
// rest, so a chatty command cannot fill memory.
type limitedBuffer struct {
	max int
	buf *bytes.Buffer
}

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if room := l.max - l.buf.Len(); room > 0 {
		l.buf.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

// VoiceInfo is one installed espeak-ng voice.
type VoiceInfo struct {
	ID   string // what -v takes: "en-us"
	Name string // "English (America)"
}

// Voices lists the installed voices, those of language lang (such as
// "en-gb", from SystemLanguage) first, then the rest of its language, then
// every other.
func (e *Espeak) Voices(ctx context.Context, lang string) ([]VoiceInfo, error) {
	out, err := e.run(ctx, nil, "--voices")
	if err != nil {
		return nil, fmt.Errorf("espeak-ng --voices: %w", err)
	}
	return orderVoices(parseVoices(out), lang), nil
}

// parseVoices reads espeak-ng --voices: a header, then one voice a line
// with its priority, language, age/gender, name and file. MBROLA voices
// need a separate synthesizer, so they are left out.
func parseVoices(out []byte) []VoiceInfo {
	var voices []VoiceInfo
	seen := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 5 || f[0] == "Pty" || strings.HasPrefix(f[4], "mb/") || seen[f[1]] {
			continue
		}
		seen[f[1]] = true
		voices = append(voices, VoiceInfo{ID: f[1], Name: strings.ReplaceAll(f[3], "_", " ")})
	}
	return voices
}

// orderVoices puts lang's voice first, then the others of its language,
// keeping espeak-ng's order otherwise.
func orderVoices(voices []VoiceInfo, lang string) []VoiceInfo {
	primary, _, _ := strings.Cut(lang, "-")
	rank := func(v VoiceInfo) int {
		switch {
		case lang != "" && v.ID == lang:
			return 0
		case primary != "" && (v.ID == primary || strings.HasPrefix(v.ID, primary+"-")):
			return 1
		}
		return 2
	}
	out := slices.Clone(voices)
	slices.SortStableFunc(out, func(a, b VoiceInfo) int { return rank(a) - rank(b) })
	return out
}

// SystemLanguage is the person's language as an espeak-ng voice name
// ("en-gb" for en_GB.UTF-8), from LC_ALL, LC_MESSAGES or LANG; empty when
// none says.
func SystemLanguage() string {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(k); v != "" {
			return languageTag(v)
		}
	}
	return ""
}

// languageTag turns a locale such as "en_GB.UTF-8@euro" into "en-gb".
func languageTag(locale string) string {
	tag, _, _ := strings.Cut(locale, ".")
	tag, _, _ = strings.Cut(tag, "@")
	if tag == "C" || tag == "POSIX" {
		return ""
	}
	return strings.ToLower(strings.ReplaceAll(tag, "_", "-"))
}

// DefaultVoice is the voice to speak English phrases in until the person
// picks one (VoiceFor picks for the other languages): the first voice in
// voices (ordered by Voices, the person's own language first) when it is
// English, else American English, else any English, else the first.
func DefaultVoice(voices []VoiceInfo) string {
	english := func(v VoiceInfo) bool { return v.ID == "en" || strings.HasPrefix(v.ID, "en-") }
	switch {
	case len(voices) == 0:
		return "en"
	case english(voices[0]):
		return voices[0].ID
	case slices.ContainsFunc(voices, func(v VoiceInfo) bool { return v.ID == "en-us" }):
		return "en-us"
	}
	if i := slices.IndexFunc(voices, english); i >= 0 {
		return voices[i].ID
	}
	return voices[0].ID
}
