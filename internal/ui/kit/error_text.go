package kit

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"syscall"

	"fyne.io/fyne/v2/lang"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/tomlfile"
)

// ErrorText is err in the window's language as far as Posture's own words
// go: a file's problems one a line, file, line and field as they are and
// what is wrong said in the language; the store's and the reminders'
// messages of known shape, with the system's commonest reasons (a full
// disk, no permission) said in the language too. The rest of what the
// system or the TOML reader says stays as they wrote it.
func ErrorText(err error) string {
	if err == nil {
		return ""
	}
	whole := err.Error()
	var ps routine.Problems
	var p routine.Problem
	switch {
	case errors.As(err, &ps):
		return around(whole, ps.Error(), ProblemLines(ps))
	case errors.As(err, &p):
		return around(whole, p.Error(), ProblemLine(p))
	}
	if reason := systemReason(err); reason != "" {
		if head, _, ok := strings.Cut(whole, ": "); ok {
			whole = head + ": " + reason
		}
	}
	if said := inWindowLanguage(whole, errorShapes); said != whole {
		return said
	}
	return inWindowLanguage(whole, problemMessages) // the reminders' "is not a time of day"
}

// errorShapes are the shapes of the store's messages: what it could not
// do with which file, then why.
var errorShapes = []problemWord{
	word(`cannot undo: (.+) exists again; rename that routine first`, func(file string) string {
		return lang.X("kit.undo.file_back", "Cannot undo: {{.File}} exists again; rename that routine first.", map[string]any{"File": file})
	}),
	word(`cannot undo: another routine is now called (.+); rename it first`, func(name string) string {
		return lang.X("kit.undo.name_taken", "Cannot undo: another routine is now called {{.Routine}}; rename it first.", map[string]any{"Routine": name})
	}),
	word(`a built-in routine is called (.+); built-in routines cannot be replaced, choose another name`, func(name string) string {
		return lang.X("kit.store.builtin", "A built-in routine is called {{.Routine}}, and built-in routines cannot be replaced: choose another name.", map[string]any{"Routine": name})
	}),
	word(`there is no folder for your routines`, func(string) string {
		return lang.X("kit.store.no_routines_folder", "There is no folder for your routines.")
	}),
	word(`there is no folder for your exercises`, func(string) string {
		return lang.X("kit.store.no_exercises_folder", "There is no folder for your exercises.")
	}),
	word2(`no free file name for (.+) in (.+)`, func(name, folder string) string {
		return lang.X("kit.store.no_file_name", "There is no free file name for {{.Routine}} in {{.File}}.", map[string]any{"Routine": name, "File": folder})
	}),
	word(`autostart: the desktop refused starting Posture at login \(Background portal\)`, func(string) string {
		return lang.X("kit.autostart.refused", "The desktop did not allow Posture to start at login.")
	}),
	word2(`save (.+?): (.+)`, func(file, why string) string {
		return lang.X("kit.store.save", "{{.File}} could not be saved: {{.Problem}}", fileWhy(file, why))
	}),
	word2(`write (.+?): (.+)`, func(file, why string) string {
		return lang.X("kit.store.write", "{{.File}} could not be written: {{.Problem}}", fileWhy(file, why))
	}),
	word2(`move (.+?) aside: (.+)`, func(file, why string) string {
		return lang.X("kit.store.move_aside", "{{.File}} could not be moved aside: {{.Problem}}", fileWhy(file, why))
	}),
	word2(`lock (.+?): (.+)`, func(file, why string) string {
		return lang.X("kit.store.lock", "{{.File}} could not be locked: {{.Problem}}", fileWhy(file, why))
	}),
}

func fileWhy(file, why string) map[string]any {
	return map[string]any{"File": file, "Problem": inWindowLanguage(why, storeReasons)}
}

// storeReasons are the shapes of why the history would not save a month
// file.
var storeReasons = []problemWord{
	word2(`it would be (.+), over the (.+) a month file may hold`, func(size, most string) string {
		return lang.X("kit.store.month_full", "it would be {{.Size}}, over the {{.Most}} a month file may hold", map[string]any{"Size": size, "Most": most})
	}),
	word(`session not saved, it would not read back: (.+)`, func(why string) string {
		return lang.X("kit.store.no_read_back", "the session was not saved, as it would not read back: {{.Problem}}", map[string]any{"Problem": why})
	}),
}

// around puts said where english stands in whole, keeping what a caller
// wrote before or after it.
func around(whole, english, said string) string {
	if before, after, ok := strings.Cut(whole, english); ok {
		return before + said + after
	}
	return whole
}

// ProblemLines are the problems of a file, one a line, as ProblemLine
// writes each.
func ProblemLines(ps routine.Problems) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = ProblemLine(p)
	}
	return strings.Join(lines, "\n")
}

// ProblemLine is FILE:LINE: FIELD: what is wrong (what is allowed), what
// is wrong and allowed in the window's language.
func ProblemLine(p routine.Problem) string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	b.WriteString(": ")
	msg := inWindowLanguage(tomlfile.Cut(p.Msg, 4*tomlfile.EchoLength), problemMessages)
	if p.Allowed != "" {
		msg = lang.X("kit.problem.allowed", "{{.Problem}} ({{.Allowed}})", map[string]any{"Problem": msg, "Allowed": inWindowLanguage(p.Allowed, problemAllowed)})
	}
	if p.Field != "" {
		msg = lang.X("kit.problem.field", "{{.Field}}: {{.Problem}}", map[string]any{"Field": tomlfile.Cut(p.Field, 2*tomlfile.EchoLength), "Problem": msg})
	}
	if p.MovedTo != "" {
		msg = lang.X("kit.problem.moved", "{{.Problem}} (moved aside to {{.File}})", map[string]any{"Problem": msg, "File": filepath.Base(p.MovedTo)})
	}
	b.WriteString(msg)
	return tomlfile.Printable(b.String())
}

// systemReason is the commonest reasons the system gives for a file
// that cannot be written or read, in the window's language; "" for the
// others.
func systemReason(err error) string {
	switch {
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		return lang.X("kit.system.full", "the disk is full")
	case errors.Is(err, syscall.EROFS):
		return lang.X("kit.system.read_only", "the disk can only be read")
	case errors.Is(err, fs.ErrPermission):
		return lang.X("kit.system.permission", "permission denied")
	case errors.Is(err, fs.ErrNotExist):
		return lang.X("kit.system.not_found", "no such file or folder")
	}
	return ""
}
