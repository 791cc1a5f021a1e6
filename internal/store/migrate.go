package store

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// Move is a settings or state file that an older Posture kept in the data
// folder, moved by Open to the folder it belongs in now.
type Move struct {
	From, To string
	// Use is where the file is read and written from now on: To, or From
	// when the move failed (Err says why) and is tried again next time.
	Use string
	// KeptAs is the old file's new name, FROM.migrated, kept as a copy.
	KeptAs string
	Err    error
}

// maxMoved caps a file moved: the settings and state files are a few
// kilobytes, and one far larger is left for its reader to report.
const maxMoved = 4 << 20

// reached is called after each step of a move; tests make it stop the
// move there, as a crash or a power cut would.
var reached = func(step string) {}

// moveOldFiles moves the settings and state files from where an older
// Posture kept them (the data folder, and history/ for the weekly
// target) to p's folders, and points p at whichever copy is to be used.
func (p Paths) moveOldFiles() Paths {
	for _, f := range p.oldFiles() {
		m, moved := MoveOnce(f.from, *f.to)
		*f.to = m.Use
		if moved {
			p.Moves = append(p.Moves, m)
		}
	}
	return p
}

// oldFile is a file an older Posture kept at from, and the field of
// Paths naming where it belongs now.
type oldFile struct {
	from string
	to   *string
}

// oldFiles are the files still where an older Posture kept them.
func (p *Paths) oldFiles() []oldFile {
	old := Layout(p.Root)
	var found []oldFile
	for _, f := range []oldFile{
		{old.Reminders, &p.Reminders},
		{old.ReminderState, &p.ReminderState},
		{filepath.Join(p.History, TargetFile), &p.Target},
	} {
		if _, err := os.Lstat(f.from); err == nil && f.from != *f.to {
			found = append(found, f)
		}
	}
	return found
}

// MoveOnce moves the file from to to, keeping the old file as
// FROM.migrated, in steps that leave nothing lost wherever they are cut
// short: a synced copy is made beside to; it is linked in as to, never
// replacing a file there; only then is from renamed aside. Run again
// after a crash, it finds from and no to (and copies again: the old
// copy's temporary file is swept later), or both (and sets from aside:
// to is the file in use, and from is kept). moved is false when there
// was nothing to move.
func MoveOnce(from, to string) (m Move, moved bool) {
	m = Move{From: from, To: to, Use: to}
	if _, err := os.Lstat(from); errors.Is(err, fs.ErrNotExist) {
		return m, false
	}
	if _, err := os.Lstat(to); err != nil {
		if err := copyInto(from, to); err != nil {
			m.Use, m.Err = from, err
			return m, true
		}
	}
	m.KeptAs, m.Err = setAside(from)
	reached("set aside")
	return m, true
}

// copyInto puts a synced copy of from at to, unless a file is there
// already (another copy of Posture moving it at the same moment).
func copyInto(from, to string) error {
	data, err := ReadFile(from, maxMoved)
	if err != nil {
		return fmt.Errorf("move %s: %w", from, err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o700); err != nil {
		return fmt.Errorf("move %s: %w", from, err)
	}
	tmp, err := writeTemp(to, bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("move %s to %s: %w", from, to, err)
	}
	reached("copied")
	err = os.Link(tmp, to)
	if noHardLinks(err) {
		err = os.Rename(tmp, to)
	}
	_ = os.Remove(tmp)
	if err != nil && !errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("move %s to %s: %w", from, to, err)
	}
	_ = syncDir(filepath.Dir(to))
	reached("placed")
	return nil
}

// setAside renames from to FROM.migrated (FROM.migrated.N when that is
// taken) and returns the new name. A file gone already was set aside by
// another copy of Posture.
func setAside(from string) (string, error) {
	kept, err := renameFree(from, ".migrated")
	switch {
	case errors.Is(err, syscall.ENOENT):
		return "", nil
	case err != nil:
		return "", fmt.Errorf("keep %s as %s: %w", from, kept, err)
	}
	return kept, syncDir(filepath.Dir(from))
}
