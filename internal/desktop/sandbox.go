package desktop

import (
	"bufio"
	"bytes"
	"os"
	"strings"
)

// flatpakInfo is the file Flatpak puts at the root of every sandbox; a
// variable so that tests can point at one of their own.
var flatpakInfo = "/.flatpak-info"

// Sandboxed reports whether Posture runs inside a Flatpak sandbox, where
// the autostart folder and the notification server are out of reach and
// the portals are the way to them, and gives the sandbox's app ID: the
// FLATPAK_ID Flatpak sets, else the name in /.flatpak-info.
func Sandboxed() (appID string, ok bool) {
	if id := os.Getenv("FLATPAK_ID"); id != "" {
		return sandboxID(id), true
	}
	data, err := os.ReadFile(flatpakInfo)
	if err != nil {
		return "", false
	}
	return sandboxID(applicationName(data)), true
}

// sandboxID is id when it can name a folder of the runtime folder, and
// Posture's own app ID otherwise: it becomes part of the sockets' path.
func sandboxID(id string) string {
	if id == "" || id == "." || id == ".." || strings.ContainsAny(id, "/\x00") {
		return AppID
	}
	return id
}

// applicationName is name= in the [Application] group of a keyfile.
func applicationName(keyfile []byte) string {
	group := ""
	sc := bufio.NewScanner(bytes.NewReader(keyfile))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "["):
			group = line
		case group == "[Application]" && strings.HasPrefix(line, "name="):
			return strings.TrimSpace(strings.TrimPrefix(line, "name="))
		}
	}
	return ""
}
