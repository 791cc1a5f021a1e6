package desktop

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// execCommand is the value of the autostart entry's Exec key: exe
// --background, with --data dataFlag when one is given.
func execCommand(exe, dataFlag string) (string, error) {
	prog, err := execArg("the program's path", exe)
	if err != nil {
		return "", err
	}
	// GLib (2.74) looks the program up before it turns %% back into %, so
	// it would never find a program under a folder named with a %; env
	// finds it after the launcher has undone the %%.
	if strings.Contains(exe, "%") {
		prog = "env " + prog
	}
	cmd := prog
	if dataFlag != "" {
		data, err := execArg("the data folder's path", dataFlag)
		if err != nil {
			return "", err
		}
		cmd += " --data " + data
	}
	return cmd + " --background", nil
}

// execReserved are the characters the Desktop Entry specification
// reserves in Exec arguments: an argument holding one must be quoted.
const execReserved = " \t\n\"'\\><~|&;$*?#()`"

// execArg writes one argument of an Exec key as the Desktop Entry
// specification asks, in three layers that a launcher undoes in the
// opposite order: quoted in double quotes (with " ` $ \ escaped) when it
// holds a reserved character, every % doubled, and then every \ doubled
// again by the escaping of string values. A control character or bytes
// that are not UTF-8 cannot be written at all; what names the argument.
func execArg(what, s string) (string, error) {
	if err := execExpressible(what, s); err != nil {
		return "", err
	}
	if strings.ContainsAny(s, execReserved) {
		quote := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "`", "\\`", `$`, `\$`)
		s = `"` + quote.Replace(s) + `"`
	}
	s = strings.ReplaceAll(s, "%", "%%")
	return stringValue(s), nil
}

// stringValue writes s as the value of a desktop entry's string key (the
// program's path in TryExec, the whole Exec line), whose only escape a
// path can need is a doubled \. (A leading space would need \s; paths
// here are absolute.)
func stringValue(s string) string { return strings.ReplaceAll(s, `\`, `\\`) }

// execExpressible refuses what a desktop entry's string value cannot hold.
func execExpressible(what, s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("cannot start at login: %s %q is not valid UTF-8, which a login entry (a desktop file) cannot hold; use a path in UTF-8", what, s)
	}
	for _, r := range s {
		if unicode.IsControl(r) {
			return fmt.Errorf("cannot start at login: %s %q holds the control character U+%04X, which a login entry's Exec line cannot hold; use a path without line breaks, tabs or other control characters", what, s, r)
		}
	}
	return nil
}
