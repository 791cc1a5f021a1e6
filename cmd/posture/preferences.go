package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/internal/ui"
)

// maxPreferencesSize is the most a preferences.json may hold; Fyne reads
// the whole file, and Posture's settings take a few hundred bytes.
const maxPreferencesSize = 1 << 20

// guardPreferences moves aside a preferences.json that Fyne's loader
// would stop the window on (a list mixing kinds of value panics in it) or
// read wrong (not a JSON object, too large, not a file), and says where
// it went. Values of the wrong kind or out of bounds are the window's to
// bring within bounds; everything else about the file is kept.
func guardPreferences(stderr io.Writer) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return // Fyne finds no place for preferences either
	}
	path := preferencesPath(dir)
	problem := preferencesProblem(path)
	if problem == "" {
		return
	}
	moved := path + ".broken"
	if err := os.Rename(path, moved); err != nil {
		fmt.Fprintf(stderr, "posture: %s: %s, and it cannot be moved aside: %v\n", path, problem, err)
		return
	}
	fmt.Fprintf(stderr, "posture: %s: %s; moved aside to %s, so settings start from their defaults\n", path, problem, moved)
}

// preferencesProblem says what in the file at path would stop or mislead
// Fyne's loader, "" for nothing (or no file).
func preferencesProblem(path string) string {
	info, err := os.Stat(path)
	switch {
	case err != nil:
		return ""
	case !info.Mode().IsRegular():
		return "not a regular file"
	case info.Size() > maxPreferencesSize:
		return fmt.Sprintf("%d bytes, more than the %d a preferences file may hold", info.Size(), maxPreferencesSize)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "" // Fyne cannot read it either, and carries on without it
	}
	var values map[string]any
	if err := json.Unmarshal(data, &values); err != nil {
		return "not a JSON object (" + err.Error() + ")"
	}
	for key, v := range values {
		if list, ok := v.([]any); ok && mixesKinds(list) {
			return fmt.Sprintf("%q holds a list that mixes kinds of value", key)
		}
	}
	return ""
}

// mixesKinds says whether a list starts with a bool, number or string
// and holds anything else, which Fyne's loader panics on.
func mixesKinds(list []any) bool {
	if len(list) == 0 {
		return false
	}
	first := fmt.Sprintf("%T", list[0])
	switch list[0].(type) {
	case bool, float64, string:
	default:
		return false // kept as it is, unread
	}
	for _, v := range list[1:] {
		if fmt.Sprintf("%T", v) != first {
			return true
		}
	}
	return false
}

// preferencesPath is where Fyne keeps the window's settings under the
// user's configuration folder dir.
func preferencesPath(dir string) string {
	return filepath.Join(dir, "fyne", ui.AppID, "preferences.json")
}

// savedLanguage is the language the person chose in the window's
// settings (locale.PreferenceKey), "" when none was chosen or the file
// cannot be read; the command line follows it where it follows the
// system's language.
func savedLanguage() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	data, err := store.ReadFile(preferencesPath(dir), maxPreferencesSize)
	if err != nil {
		return ""
	}
	var values map[string]any
	if json.Unmarshal(data, &values) != nil {
		return ""
	}
	lang, _ := values[locale.PreferenceKey].(string)
	return lang
}
