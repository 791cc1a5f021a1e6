// Package store decides where Posture's files live and writes them safely:
// every write goes to a temporary file in the same folder, is synced and
// renamed over the old one, whose previous version stays as FILE.bak.
package store

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// Paths is where Posture's files live: the data folder and its folders,
// and the settings and state files, which the XDG base directory spec
// puts in the config and state folders unless one data folder was chosen.
type Paths struct {
	Root      string
	Routines  string
	Exercises string
	History   string
	// Config holds the settings files, State what Posture remembers
	// between runs; both are Root when --data or POSTURE_DATA chose it.
	Config string
	State  string
	// The files in them. Each is in the folder above unless moving it
	// there failed, when it stays where it was (see Open's Moves).
	Reminders     string // reminders.toml, the reminder plan
	ReminderState string // reminders-state.toml, what was reminded
	Target        string // target.toml, the weekly target
	// Moves are the files Open moved to their new folder, or tried to.
	Moves []Move
}

// The names of the settings and state files.
const (
	RemindersFile     = "reminders.toml"
	ReminderStateFile = "reminders-state.toml"
	TargetFile        = "target.toml"
)

// DataDir picks the data folder: flag first, then $POSTURE_DATA, then
// $XDG_DATA_HOME/posture, then ~/.local/share/posture.
func DataDir(flag string) (string, error) {
	if chosen, err := chosenDataDir(flag); chosen != "" || err != nil {
		return chosen, err
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "posture"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("no data folder: set POSTURE_DATA or use --data (%w)", err)
	}
	return filepath.Join(home, ".local", "share", "posture"), nil
}

// VoiceCacheDir is where spoken phrases are kept once rendered:
// $XDG_CACHE_HOME/posture/voice, normally ~/.cache/posture/voice. Nothing
// there is lost by deleting it; it is made again when needed.
func VoiceCacheDir() (string, error) {
	d, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no cache folder for the voice: %w", err)
	}
	return filepath.Join(d, "posture", "voice"), nil
}

// chosenDataDir is the data folder a person chose, with --data or
// POSTURE_DATA, or "" when none was: a chosen folder holds everything.
func chosenDataDir(flag string) (string, error) {
	if flag != "" {
		return filepath.Abs(flag)
	}
	if d := os.Getenv("POSTURE_DATA"); d != "" {
		return filepath.Abs(d)
	}
	return "", nil
}

// Layout names the files and folders of a data folder that holds
// everything, settings and state included, without creating them.
func Layout(root string) Paths {
	return withFiles(Paths{
		Root:      root,
		Routines:  filepath.Join(root, "routines"),
		Exercises: filepath.Join(root, "exercises"),
		History:   filepath.Join(root, "history"),
		Config:    root,
		State:     root,
	})
}

// withFiles names the settings and state files in p's folders.
func withFiles(p Paths) Paths {
	p.Reminders = filepath.Join(p.Config, RemindersFile)
	p.ReminderState = filepath.Join(p.State, ReminderStateFile)
	p.Target = filepath.Join(p.Config, TargetFile)
	return p
}

// Open resolves the data folder and, unless --data or POSTURE_DATA chose
// one folder for everything, the config and state folders; creates them
// on first use; moves the settings and state files an older Posture kept
// in the data folder to where they belong now (MoveOnce); and sweeps the
// temporary files of saves that were killed midway.
func Open(flag string) (Paths, error) { return OpenMoving(flag, nil) }

// OpenMoving is Open, calling beforeMove (when not nil) first if there
// are files to move: the caller stops an older Posture still using them,
// so that what it writes last is in what is moved.
func OpenMoving(flag string, beforeMove func(Paths)) (Paths, error) {
	p, err := resolvePaths(flag)
	if err != nil {
		return Paths{}, err
	}
	// Root, Config and State hold the settings and state files: their
	// saves can be killed midway as well as those of the folders below.
	for _, d := range []string{p.Root, p.Routines, p.Exercises, p.History} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return Paths{}, fmt.Errorf("cannot create data folder: %w", err)
		}
		SweepTemps(d, time.Now())
	}
	for _, d := range []string{p.Config, p.State} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return Paths{}, fmt.Errorf("cannot create %s: %w", d, err)
		}
		SweepTemps(d, time.Now())
	}
	if beforeMove != nil && len(p.oldFiles()) > 0 {
		beforeMove(p)
	}
	return p.moveOldFiles(), nil
}

// resolvePaths names every folder and file without creating them.
func resolvePaths(flag string) (Paths, error) {
	if chosen, err := chosenDataDir(flag); chosen != "" || err != nil {
		return Layout(chosen), err
	}
	root, err := DataDir("")
	if err != nil {
		return Paths{}, err
	}
	p := Layout(root)
	if p.Config, err = ConfigDir(); err != nil {
		return Paths{}, err
	}
	if p.State, err = StateDir(); err != nil {
		return Paths{}, err
	}
	return withFiles(p), nil
}

// WriteFile replaces path with data atomically. The old content, if any,
// is kept as path.bak, so a bad save can always be undone by hand. A
// symbolic link at path stays a link: the file it points to is replaced,
// provided that lies inside the data folder. Temporary files that killed
// saves of the same file left behind are swept first, in any folder.
func WriteFile(path string, data []byte) error {
	path, err := writeTarget(path)
	if err != nil {
		return err
	}
	sweepTempsOf(path, time.Now())
	tmp, err := writeTemp(path, bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if err := keepBackup(path); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("save %s: %w", path, err)
	}
	return syncDir(filepath.Dir(path))
}

// WriteStream replaces path atomically with what write puts in it, for a
// file made from other data (a rendered sound, a drawn picture) that is
// too big to hold whole or needs to seek: like WriteFile it goes through
// a synced temporary file beside path, renamed over it, so path is never
// half written. Unlike WriteFile it keeps no .bak (the file can be made
// again), replaces a link at path rather than following it, and leaves
// the file readable by everyone, as os.Create would. The temporary name
// is the one SweepTemps knows, so a caller owning the folder sweeps it.
func WriteStream(path string, write func(w io.WriteSeeker) error) error {
	tmp, err := writeTempWith(path, 0o644, write)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return syncDir(filepath.Dir(path))
}

// writeTemp copies src into a new temporary file beside path, named so
// that SweepTemps finds it should the process be killed, syncs it to disk
// and returns its name. The file is private to its owner.
func writeTemp(path string, src io.Reader) (string, error) {
	return writeTempWith(path, 0o600, func(w io.WriteSeeker) error {
		_, err := io.Copy(w, src)
		return err
	})
}

// writeTempWith is writeTemp with what goes in made by write, and perm.
func writeTempWith(path string, perm fs.FileMode, write func(w io.WriteSeeker) error) (string, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return "", err
	}
	if perm != 0o600 { // CreateTemp makes it 0o600
		err = tmp.Chmod(perm)
	}
	if err == nil {
		err = write(tmp)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}

// writeTarget is the file a save replaces: path itself or, when path is a
// symbolic link, the file it ends at. Every file Posture writes lives in a
// folder of the data folder (routines/, exercises/, history/), so a link is
// followed only when it ends inside the folder above path's own.
func writeTarget(path string) (string, error) {
	fi, err := os.Lstat(path)
	if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		return path, nil
	}
	if err := insideRoot(filepath.Dir(filepath.Dir(path)), path); err != nil {
		return "", fmt.Errorf("save %s: %w", path, err)
	}
	return resolve(path)
}

// Remove deletes path and the backup WriteFile kept of it: the backup of
// a file that is gone (a routine renamed to another file) is of no use and
// only clutters the folder. A path that is not there is no error.
func Remove(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if err := os.Remove(path + ".bak"); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

// keepBackup keeps the current file as path.bak before the rename that
// replaces it, so there is never a moment without either version on disk.
// A hard link costs nothing; where the filesystem has none (FAT on a USB
// stick, many network and FUSE mounts) the file is copied instead.
func keepBackup(path string) error {
	bak := path + ".bak"
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	_ = os.Remove(bak)
	err := os.Link(path, bak)
	if noHardLinks(err) {
		err = copyFile(path, bak)
	}
	if err != nil {
		return fmt.Errorf("save %s: cannot keep backup: %w", path, err)
	}
	return nil
}

// noHardLinks reports a link refused because the filesystem (or the pair
// of folders) cannot hold one, rather than for a reason a copy would meet too.
func noHardLinks(err error) bool {
	for _, errno := range []syscall.Errno{syscall.EPERM, syscall.ENOTSUP, syscall.EOPNOTSUPP, syscall.EXDEV, syscall.EMLINK, syscall.ENOSYS} {
		if errors.Is(err, errno) {
			return true
		}
	}
	return false
}

// copyFile copies from to a synced temporary file renamed to to, so to is
// either its old self or a whole copy.
func copyFile(from, to string) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	tmp, err := writeTemp(to, src)
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, to); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	return nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return nil // not every filesystem lets a folder be opened; the rename is done
	}
	defer d.Close()
	_ = d.Sync()
	return nil
}

// MoveAside renames a file that cannot be read to FILE.broken (or
// FILE.broken.N when that exists) so the app can go on without ever
// overwriting it. It returns the new name.
func MoveAside(path string) (string, error) {
	target, err := renameFree(path, ".broken")
	if err != nil {
		return "", fmt.Errorf("move %s aside: %w", path, err)
	}
	return target, nil
}

// renameFree renames path to path+suffix, or path+suffix+".N" for the
// first N free, and returns the new name.
func renameFree(path, suffix string) (string, error) {
	target := path + suffix
	for i := 1; ; i++ {
		if _, err := os.Lstat(target); errors.Is(err, os.ErrNotExist) {
			break
		}
		target = fmt.Sprintf("%s%s.%d", path, suffix, i)
	}
	return target, os.Rename(path, target)
}

// MakeUserDirs makes the cache and config folders ($XDG_CACHE_HOME and
// $XDG_CONFIG_HOME, normally ~/.cache and ~/.config) when a fresh account
// has none yet, private to the user as the XDG spec asks. Fyne makes only
// its own folder inside them, and without them logs "Failed to create fyne
// cache space" on every start.
func MakeUserDirs() error {
	for _, dir := range []func() (string, error){os.UserCacheDir, os.UserConfigDir} {
		d, err := dir()
		if err != nil {
			return err
		}
		if err := os.MkdirAll(d, 0o700); err != nil {
			return err
		}
	}
	return nil
}
