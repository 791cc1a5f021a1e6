package main

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/voice/voicetest"
)

func TestSoundsOutWritesEveryCueAsWAV(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "cues")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"sounds", "--out", dir}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, c := range audio.Cues() {
		path := filepath.Join(dir, string(c)+".wav")
		checkWAVHeader(t, path, c.Length())
		if !strings.Contains(stdout.String(), path) {
			t.Errorf("output does not list %s", path)
		}
	}
}

// checkWAVHeader reads the canonical 44-byte header: RIFF/WAVE, PCM,
// one channel, 16 bits, and a data chunk as long as the cue.
func checkWAVHeader(t *testing.T, path string, length time.Duration) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) < 44 || string(data[0:4]) != "RIFF" || string(data[8:12]) != "WAVE" || string(data[36:40]) != "data" {
		t.Fatalf("%s has no WAV header", path)
	}
	le := binary.LittleEndian
	format, channels, bits := le.Uint16(data[20:]), le.Uint16(data[22:]), le.Uint16(data[34:])
	if format != 1 || channels != 1 || bits != 16 {
		t.Errorf("%s: format %d, %d channels, %d bits; want PCM mono 16-bit", path, format, channels, bits)
	}
	rate := le.Uint32(data[24:])
	samples := int(le.Uint32(data[40:])) / 2
	if got := time.Duration(samples) * time.Second / time.Duration(rate); got.Round(time.Millisecond) != length {
		t.Errorf("%s lasts %v, the cue %v", path, got, length)
	}
}

func TestSoundsPlayWithoutDeviceSaysSoAndExits1(t *testing.T) {
	conf := filepath.Join(t.TempDir(), "asound.conf")
	noCard := "</usr/share/alsa/alsa.conf>\ndefaults.pcm.card 7\ndefaults.ctl.card 7\n"
	if err := os.WriteFile(conf, []byte(noCard), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("ALSA_CONFIG_PATH", conf)
	var stdout, stderr bytes.Buffer
	if code := run([]string{"sounds", "--play"}, strings.NewReader(""), &stdout, &stderr); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), "no audio device: visual cues only") {
		t.Errorf("stderr does not say there is no device: %q", stderr.String())
	}
	if stdout.Len() > 0 {
		t.Errorf("named cues it could not play: %q", stdout.String())
	}
}

func TestSoundsNeedsOutOrPlay(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"sounds"}, strings.NewReader(""), &stdout, &stderr); code != 2 {
		t.Fatalf("exit %d without --out or --play, want 2", code)
	}
}

// Every phrase of a routine, numbered in the order spoken; a second run
// reads them from the voice cache.
func TestSoundsVoiceWritesEveryPhraseInOrder(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("LC_ALL", "C.UTF-8")            // the coach speaks the system's language
	t.Setenv("XDG_CONFIG_HOME", t.TempDir()) // or the one chosen in the window
	dir := filepath.Join(t.TempDir(), "voice")
	code, out, errs := posture(t, t.TempDir(), "sounds", "--voice", "--out", dir, "Upper Back Strength")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	paths := strings.Fields(out)
	want := []string{"01-band-pull-apart.wav", "02-three-sets-of-fifteen.wav", "03-one.wav"}
	if len(paths) < 20 {
		t.Fatalf("%d phrases written", len(paths))
	}
	for i, w := range want {
		if paths[i] != filepath.Join(dir, w) {
			t.Errorf("file %d is %s, want %s", i+1, paths[i], w)
		}
	}
	if last := filepath.Base(paths[len(paths)-1]); !strings.HasSuffix(last, "-routine-complete.wav") {
		t.Errorf("the last phrase is %s, want the end", last)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil || len(data) < 44+2*4410 || string(data[8:12]) != "WAVE" {
			t.Errorf("%s: %d bytes, %v", p, len(data), err)
		}
	}
	cached, _ := filepath.Glob(filepath.Join(os.Getenv("XDG_CACHE_HOME"), "posture", "voice", "*.wav"))
	if len(cached) != len(paths) {
		t.Errorf("%d phrases in the voice cache, %d written", len(cached), len(paths))
	}
}

func TestSoundsVoiceWithoutEspeakSaysSoInOneLineAndExits1(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	code, out, errs := posture(t, t.TempDir(), "sounds", "--voice", "--out", t.TempDir(), "Upper Back Strength")
	if code != 1 || out != "" || errs != "posture sounds: no voice: install espeak-ng\n" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

func TestSoundsVoiceNeedsOutAndARoutine(t *testing.T) {
	for _, args := range [][]string{{"--voice", "--out", t.TempDir()}, {"--voice", "--play", "--out", t.TempDir(), "Upper Back Strength"}, {"--mix", "x.wav"}} {
		if code, _, _ := posture(t, t.TempDir(), append([]string{"sounds"}, args...)...); code != 2 {
			t.Errorf("sounds %v: exit %d, want 2", args, code)
		}
	}
}

// With a cache folder that cannot be written, every phrase is still
// rendered and written where asked, and the cache problem is said once.
func TestSoundsVoiceWithAnUnwritableCacheStillWritesEveryPhrase(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "cache")
	if err := os.WriteFile(blocker, []byte("a file, not a folder"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("XDG_CACHE_HOME", blocker)
	t.Setenv("LC_ALL", "C.UTF-8")
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	dir := filepath.Join(t.TempDir(), "voice")
	code, out, errs := posture(t, t.TempDir(), "sounds", "--voice", "--out", dir, "Desk Posture Break")
	written, _ := filepath.Glob(filepath.Join(dir, "*.wav"))
	if code != 0 || len(written) < 10 || len(strings.Fields(out)) != len(written) {
		t.Fatalf("exit %d, %d phrases written, stdout %q, stderr %q", code, len(written), out, errs)
	}
	if strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "not kept for next time") {
		t.Errorf("stderr %q, want one line saying the phrases are not kept", errs)
	}
}

// The listening check a person can run: every phrase of a session at its
// planned time, what gave way, and the whole session as one WAV file
// whose length is the fitted session's.
func TestSoundsVoiceListsThePhrasesAndMixesTheSession(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("LC_ALL", "C.UTF-8")
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	mix := filepath.Join(t.TempDir(), "session.wav")
	code, out, errs := posture(t, t.TempDir(), "sounds", "--voice", "--mix", mix, "Forward Head")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"prepare  ! Upper Trapezius Stretch.\n", "prepare  ! Left side.\n", "switch   ! Right side.\n",
		"rest     ! Next: Chin Tuck.\n", " said, 0 dropped; others: "} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	m := regexp.MustCompile(`Forward Head: (\S+), of which (\S+) more`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no length in:\n%s", out)
	}
	total, _ := time.ParseDuration(m[1])
	if longer, _ := time.ParseDuration(m[2]); longer <= 0 || longer > total/10 {
		t.Errorf("the voice adds %v to %v", longer, total)
	}
	info, err := os.Stat(mix)
	if err != nil {
		t.Fatal(err)
	}
	if secs := float64(info.Size()-44) / 2 / 44100; secs < total.Seconds() || secs > total.Seconds()+5 {
		t.Errorf("the mix lasts %.1f s, want the session's %v and the last phrase", secs, total)
	}
}

// Under each language's locale, set by LANG alone or by LANGUAGE over
// an English LANG, the coach's phrases are written in that language and
// every one is rendered by that language's espeak-ng voice.
func TestSoundsVoiceSpeaksTheSystemsLanguage(t *testing.T) {
	for _, c := range []struct {
		language, lang   string
		voice, dose, end string
	}{
		{"", "de_DE.UTF-8", "de", "02-3-sätze-zu-je-15.wav", "-routine-geschafft.wav"},
		{"", "es_ES.UTF-8", "es", "02-3-series-de-15.wav", "-rutina-completada.wav"},
		{"", "fr_FR.UTF-8", "fr-fr", "02-3-séries-de-15.wav", "-routine-terminée.wav"},
		{"de", "en_US.UTF-8", "de", "02-3-sätze-zu-je-15.wav", "-routine-geschafft.wav"},
		{"es", "en_US.UTF-8", "es", "02-3-series-de-15.wav", "-rutina-completada.wav"},
		{"fr", "en_US.UTF-8", "fr-fr", "02-3-séries-de-15.wav", "-routine-terminée.wav"},
	} {
		locale := "LANGUAGE=" + c.language + " LANG=" + c.lang
		runs := voicetest.RecordEspeak(t)
		t.Setenv("XDG_CACHE_HOME", t.TempDir())
		t.Setenv("LC_ALL", "")
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANGUAGE", c.language)
		t.Setenv("LANG", c.lang)
		t.Setenv("XDG_CONFIG_HOME", t.TempDir())
		dir := filepath.Join(t.TempDir(), "voice")
		code, out, errs := posture(t, t.TempDir(), "sounds", "--voice", "--out", dir, "Upper Back Strength")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", locale, code, errs)
		}
		paths := strings.Fields(out)
		if len(paths) < 20 || filepath.Base(paths[1]) != c.dose || !strings.HasSuffix(paths[len(paths)-1], c.end) {
			t.Errorf("%s: phrases %v, want %s second and ...%s last", locale, paths, c.dose, c.end)
		}
		renders := voicetest.Renders(runs())
		if len(renders) != len(paths) {
			t.Errorf("%s: %d renderings for %d phrases", locale, len(renders), len(paths))
		}
		for _, r := range renders {
			if !strings.Contains(r.Args, "-v "+c.voice+" ") {
				t.Errorf("%s: %q rendered with %q, want voice %q", locale, r.Text, r.Args, c.voice)
			}
			for _, english := range []string{"sets of", "Rest", "Next", "Last", "side", "complete"} {
				if strings.Contains(r.Text, english) {
					t.Errorf("%s: %q holds the English %q", locale, r.Text, english)
				}
			}
		}
	}
}
