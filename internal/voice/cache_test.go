package voice

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/locale"
)

// countingRenderer makes a clip whose length follows the text, counting
// renders; wait, when set, holds every render until closed.
type countingRenderer struct {
	renders atomic.Int32
	wait    chan struct{}
}

func (r *countingRenderer) Render(ctx context.Context, p Phrase) (*audio.Clip, error) {
	r.renders.Add(1)
	if r.wait != nil {
		select {
		case <-r.wait:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	n := audio.SampleRate.N(time.Duration(len(p.Text)) * 10 * time.Millisecond)
	x := make([]float64, n)
	for i := range x {
		x[i] = 0.25 * float64(i%50-25) / 25
	}
	return audio.NewClip(x), nil
}

var hello = Phrase{Text: "Hello there.", Voice: "en-us", Rate: 175}

func TestSamePhraseAskedAtOnceIsRenderedOnce(t *testing.T) {
	r := &countingRenderer{wait: make(chan struct{})}
	c := NewCache(t.TempDir(), r)
	var wg sync.WaitGroup
	clips := make([]*audio.Clip, 8)
	for i := range clips {
		wg.Go(func() {
			clip, err := c.Clip(context.Background(), hello)
			if err != nil {
				t.Error(err)
			}
			clips[i] = clip
		})
	}
	time.Sleep(20 * time.Millisecond) // let them all ask before the render ends
	close(r.wait)
	wg.Wait()
	if n := r.renders.Load(); n != 1 {
		t.Errorf("%d renders of one phrase asked for 8 times at once", n)
	}
	for _, clip := range clips {
		if clip == nil || clip.Len() != clips[0].Len() {
			t.Fatal("not every caller got the clip")
		}
	}
}

// A later session (another Cache on the same folder, as after a restart)
// reads the phrase from disk; another voice or rate is another rendering.
func TestCachedPhraseIsNotRenderedAgain(t *testing.T) {
	dir := t.TempDir()
	r := &countingRenderer{}
	first, err := NewCache(dir, r).Clip(context.Background(), hello)
	if err != nil {
		t.Fatal(err)
	}
	again, err := NewCache(dir, r).Clip(context.Background(), hello)
	if err != nil {
		t.Fatal(err)
	}
	if n := r.renders.Load(); n != 1 {
		t.Fatalf("%d renders, want 1", n)
	}
	if again.Len() != first.Len() {
		t.Errorf("cached clip has %d samples, rendered %d", again.Len(), first.Len())
	}
	c := NewCache(dir, r)
	// The same words in another language ("Pause." in English and German)
	// are another rendering too.
	for _, p := range []Phrase{{Text: hello.Text, Voice: "en-gb", Rate: 175}, {Text: hello.Text, Voice: "en-us", Rate: 200}, {Text: "Hello.", Voice: "en-us", Rate: 175},
		{Text: hello.Text, Voice: hello.Voice, Rate: hello.Rate, Lang: locale.German}} {
		if _, err := c.Clip(context.Background(), p); err != nil {
			t.Fatal(err)
		}
	}
	if n := r.renders.Load(); n != 5 {
		t.Errorf("%d renders after four other phrases, want 5", n)
	}
	if _, ok := c.Cached(Phrase{Text: hello.Text, Voice: hello.Voice, Rate: hello.Rate, Lang: locale.English}); !ok {
		t.Error("an English phrase should keep the key it had before phrases had a language")
	}
	if _, ok := c.Cached(hello); !ok {
		t.Error("Cached does not find a phrase on disk")
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// What sits at a phrase's name and is not a phrase file is never read
// into memory or waited on: it is rendered again and replaced.
func TestCacheReadsOnlySmallRegularFiles(t *testing.T) {
	for name, plant := range map[string]func(path string) error{
		"fifo": func(path string) error { return syscall.Mkfifo(path, 0o644) },
		"huge": func(path string) error {
			return os.WriteFile(path, append([]byte("RIFF"), make([]byte, maxCacheFile)...), 0o644)
		},
		"garbage": func(path string) error { return os.WriteFile(path, []byte("not a wav"), 0o644) },
		"link":    func(path string) error { return os.Symlink("/dev/zero", path) },
	} {
		t.Run(name, func(t *testing.T) {
			r := &countingRenderer{}
			c := NewCache(t.TempDir(), r)
			path := c.path(hello)
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := plant(path); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { _, err := c.Clip(context.Background(), hello); done <- err }()
			select {
			case err := <-done:
				if err != nil {
					t.Fatal(err)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("reading the cache hangs")
			}
			if r.renders.Load() != 1 {
				t.Error("not rendered again")
			}
			if _, ok := c.Cached(hello); !ok {
				t.Error("the bad file was not replaced by the phrase")
			}
		})
	}
}

func TestTrimKeepsTheNewestPhrasesUnderTheCap(t *testing.T) {
	dir := t.TempDir()
	c := NewCache(dir, &countingRenderer{})
	var paths []string
	for i, text := range []string{"One.", "Two.", "Three."} {
		p := Phrase{Text: text, Voice: "en", Rate: 175}
		if _, err := c.Clip(context.Background(), p); err != nil {
			t.Fatal(err)
		}
		path := c.path(p)
		old := time.Now().Add(time.Duration(i-3) * time.Hour)
		if err := os.Chtimes(path, old, old); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	mine := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(mine, []byte("not a phrase"), 0o644); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(paths[2])
	if err := c.trimTo(info.Size()); err != nil {
		t.Fatal(err)
	}
	for i, p := range paths {
		_, err := os.Stat(p)
		if kept := err == nil; kept != (i == 2) {
			t.Errorf("phrase %d kept: %v", i, kept)
		}
	}
	if _, err := os.Stat(mine); err != nil {
		t.Error("trim removed a file that is not a phrase")
	}
}

func TestCacheReportsARenderError(t *testing.T) {
	c := NewCache(t.TempDir(), failing{})
	if _, err := c.Clip(context.Background(), hello); !errors.Is(err, ErrNoEspeak) {
		t.Fatalf("error %v", err)
	}
}

type failing struct{}

func (failing) Render(context.Context, Phrase) (*audio.Clip, error) { return nil, ErrNoEspeak }

// A cache that cannot be written (read-only, full, or a file where its
// folder should be) still gives every rendering, to be played from
// memory, and says why it is not kept.
func TestUnwritableCacheStillGivesTheClip(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "cache")
	if err := os.WriteFile(blocker, []byte("a file, not a folder"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &countingRenderer{}
	c := NewCache(filepath.Join(blocker, "voice"), r)
	for _, p := range []Phrase{hello, {Text: "Last set.", Voice: "en-us", Rate: 175}} {
		clip, err := c.Clip(context.Background(), p)
		if err != nil || clip == nil || clip.Len() == 0 {
			t.Fatalf("%q: clip %v, error %v", p.Text, clip, err)
		}
	}
	if err := c.Unkept(); err == nil || !strings.Contains(err.Error(), blocker) {
		t.Errorf("Unkept = %v, want why the folder %s cannot hold them", err, blocker)
	}
}

// Trimming goes by use: a phrase written long ago but read since stays,
// and the one neither written nor read for longest goes first.
func TestTrimRemovesThePhrasesUsedLeastRecently(t *testing.T) {
	dir := t.TempDir()
	c := NewCache(dir, &countingRenderer{})
	var phrases []Phrase
	for i, text := range []string{"One.", "Two.", "Six."} {
		p := Phrase{Text: text, Voice: "en", Rate: 175}
		if _, err := c.Clip(context.Background(), p); err != nil {
			t.Fatal(err)
		}
		old := time.Now().Add(time.Duration(i-3) * time.Hour)
		if err := os.Chtimes(c.path(p), old, old); err != nil {
			t.Fatal(err)
		}
		phrases = append(phrases, p)
	}
	if _, ok := c.Cached(phrases[0]); !ok { // the oldest written is used again
		t.Fatal("not cached")
	}
	info, _ := os.Stat(c.path(phrases[0]))
	if err := c.trimTo(2 * info.Size()); err != nil {
		t.Fatal(err)
	}
	for i, p := range phrases {
		_, err := os.Stat(c.path(p))
		if kept, want := err == nil, i != 1; kept != want {
			t.Errorf("%q kept: %v, want %v", p.Text, kept, want)
		}
	}
}

func TestTrimSweepsThePhrasesAKilledWriteLeft(t *testing.T) {
	dir := t.TempDir()
	c := NewCache(dir, &countingRenderer{})
	if _, err := c.Clip(context.Background(), hello); err != nil {
		t.Fatal(err)
	}
	// What writeWAVFile leaves when the process dies before its rename.
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(c.path(hello))+".tmp*")
	if err != nil {
		t.Fatal(err)
	}
	tmp.Close()
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(tmp.Name(), old, old); err != nil {
		t.Fatal(err)
	}
	if err := c.Trim(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(tmp.Name()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a killed write's %s is still there: %v", filepath.Base(tmp.Name()), err)
	}
	if _, ok := c.Cached(hello); !ok {
		t.Error("the phrase itself was swept")
	}
}
