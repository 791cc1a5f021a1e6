package voice

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/store"
)

// cacheVersion changes whenever the way a phrase becomes a clip changes
// (trimming, level, sample rate), so old renderings are not reused.
const cacheVersion = "1"

// Caps on the cache: one file is a phrase of a few seconds, about 90 KB a
// second; past maxCacheFile it is not read. When the folder grows past
// maxCacheTotal, the files used least recently go first.
const (
	maxCacheFile  = 2 << 20
	maxCacheTotal = 64 << 20
)

// Cache keeps every rendered phrase as a WAV file in its folder, named by
// a hash of text, voice and rate, so each is rendered once, across
// sessions and processes. It is safe for concurrent use: the same phrase
// asked for twice at once is rendered once, and files are written whole
// under a temporary name and renamed, so a reader never sees half of one.
type Cache struct {
	dir    string
	render Renderer

	mu      sync.Mutex
	pending map[string]*rendering
	unkept  error // the first rendering that could not be stored
}

type rendering struct {
	done chan struct{}
	clip *audio.Clip
	err  error
}

// NewCache keeps renderings by r in dir, created when first written.
func NewCache(dir string, r Renderer) *Cache {
	return &Cache{dir: dir, render: r, pending: map[string]*rendering{}}
}

// Clip returns phrase p from the cache, rendering and storing it first
// when it is not there (or its file cannot be read). A rendering that
// cannot be stored (a read-only or full cache) is returned all the same,
// to be played from memory; Unkept says why it was not kept.
func (c *Cache) Clip(ctx context.Context, p Phrase) (*audio.Clip, error) {
	path := c.path(p)
	if clip, err := readClip(path); err == nil {
		return clip, nil
	}
	c.mu.Lock()
	if r, ok := c.pending[path]; ok {
		c.mu.Unlock()
		select {
		case <-r.done:
			return r.clip, r.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	r := &rendering{done: make(chan struct{})}
	c.pending[path] = r
	c.mu.Unlock()

	r.clip, r.err = c.renderAndStore(ctx, p, path)
	c.mu.Lock()
	delete(c.pending, path)
	c.mu.Unlock()
	close(r.done)
	return r.clip, r.err
}

// Cached returns phrase p only if it is already on disk.
func (c *Cache) Cached(p Phrase) (*audio.Clip, bool) {
	clip, err := readClip(c.path(p))
	return clip, err == nil
}

// Unkept is the first failure to store a rendering, or nil: the voice
// still speaks, but renders its phrases again in every session.
func (c *Cache) Unkept() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.unkept
}

func (c *Cache) renderAndStore(ctx context.Context, p Phrase, path string) (*audio.Clip, error) {
	clip, err := c.render.Render(ctx, p)
	if err != nil {
		return nil, err
	}
	if err := c.store(clip, path); err != nil {
		c.mu.Lock()
		if c.unkept == nil {
			c.unkept = fmt.Errorf("voice cache %s: %w", c.dir, err)
		}
		c.mu.Unlock()
	}
	return clip, nil
}

func (c *Cache) store(clip *audio.Clip, path string) error {
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return err
	}
	return clip.WriteWAV(path)
}

func (c *Cache) path(p Phrase) string {
	key := cacheVersion + "\x00" + p.Voice + "\x00" + fmt.Sprint(p.Rate) + "\x00" + p.Text
	if p.Lang != "" && p.Lang != locale.English {
		// English phrases keep the keys they were cached under before
		// the coach spoke other languages.
		key += "\x00" + string(p.Lang)
	}
	sum := sha256.Sum256([]byte(key))
	return filepath.Join(c.dir, hex.EncodeToString(sum[:16])+".wav")
}

// readClip reads a cached clip and marks it used. Only a regular file of
// at most maxCacheFile bytes is read: it is opened without following a
// link and without waiting on a pipe, then checked before a byte is read.
func readClip(path string) (*audio.Clip, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	switch {
	case err != nil:
		return nil, err
	case !info.Mode().IsRegular():
		return nil, fmt.Errorf("%s: not a regular file", path)
	case info.Size() > maxCacheFile:
		return nil, fmt.Errorf("%s: %d bytes, more than a phrase (%d)", path, info.Size(), maxCacheFile)
	}
	clip, err := decodeClip(path, f)
	if err == nil {
		markUsed(f)
	}
	return clip, err
}

// markUsed sets an open phrase file's modification time to now, so that
// Trim, which goes by it, removes the phrases used least recently: access
// times are not kept on many mounts (noatime), so they cannot say it. It
// goes through the open file, never a path that a link could redirect; a
// cache that cannot be written keeps the old time, which costs nothing.
func markUsed(f *os.File) {
	now := syscall.NsecToTimeval(time.Now().UnixNano())
	_ = syscall.Futimes(int(f.Fd()), []syscall.Timeval{now, now})
}

func decodeClip(path string, f *os.File) (*audio.Clip, error) {
	data, err := io.ReadAll(io.LimitReader(f, maxCacheFile+1))
	if err != nil {
		return nil, err
	}
	rate, samples, err := decodeWAV(data)
	switch {
	case err != nil:
		return nil, fmt.Errorf("%s: %w", path, err)
	case rate != int(audio.SampleRate):
		return nil, fmt.Errorf("%s: %d Hz, not %d", path, rate, audio.SampleRate)
	}
	return audio.NewClip(samples), nil
}

// Trim removes the least recently used files (by the time markUsed sets)
// until the folder holds at most maxCacheTotal bytes of phrases. Files it
// did not write (not named like a phrase) are left alone, but for the
// stale temporary files of phrases whose writing was killed midway.
func (c *Cache) Trim() error {
	store.SweepTemps(c.dir, time.Now())
	return c.trimTo(maxCacheTotal)
}

func (c *Cache) trimTo(limit int64) error {
	entries, err := os.ReadDir(c.dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var files []fs.FileInfo
	var total int64
	for _, e := range entries {
		info, err := e.Info()
		if err != nil || !info.Mode().IsRegular() || !isPhraseFile(e.Name()) {
			continue
		}
		files = append(files, info)
		total += info.Size()
	}
	slices.SortFunc(files, func(a, b fs.FileInfo) int { return a.ModTime().Compare(b.ModTime()) })
	for _, f := range files {
		if total <= limit {
			break
		}
		if err := os.Remove(filepath.Join(c.dir, f.Name())); err == nil {
			total -= f.Size()
		}
	}
	return nil
}

func isPhraseFile(name string) bool {
	stem, ok := strings.CutSuffix(name, ".wav")
	if !ok || len(stem) != 32 {
		return false
	}
	_, err := hex.DecodeString(stem)
	return err == nil
}
