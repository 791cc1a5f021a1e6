package assets

import (
	"bufio"
	"encoding/xml"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// fyneApp is what FyneApp.toml says about the app: the one place its name,
// id, version and menu entry are set.
type fyneApp struct {
	Details struct {
		Name, ID, Version string
	}
	LinuxAndBSD struct {
		GenericName, Comment string
		Categories, Keywords []string
	}
}

func readFyneApp(t *testing.T) fyneApp {
	t.Helper()
	var app fyneApp
	if _, err := toml.DecodeFile("../FyneApp.toml", &app); err != nil {
		t.Fatal(err)
	}
	return app
}

// desktopEntry reads the [Desktop Entry] group's keys, not those of the
// actions' groups after it.
func desktopEntry(t *testing.T, file string) map[string]string {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	keys := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "[") && sc.Text() != "[Desktop Entry]" {
			break
		}
		if k, v, ok := strings.Cut(sc.Text(), "="); ok {
			keys[k] = v
		}
	}
	return keys
}

func TestDesktopEntryMatchesFyneApp(t *testing.T) {
	app := readFyneApp(t)
	entry := desktopEntry(t, filepath.Join("linux", app.Details.ID+".desktop"))
	list := func(items []string) string { return strings.Join(items, ";") + ";" }
	for key, want := range map[string]string{
		"Name":        app.Details.Name,
		"Icon":        app.Details.ID,
		"Exec":        "posture",
		"GenericName": app.LinuxAndBSD.GenericName,
		"Comment":     app.LinuxAndBSD.Comment,
		"Categories":  list(app.LinuxAndBSD.Categories),
		"Keywords":    list(app.LinuxAndBSD.Keywords),
		// GLFW names the X11 window class after the title the window is
		// created with, which is the app's name: the running window then
		// groups under this entry's icon.
		"StartupWMClass": app.Details.Name,
	} {
		if entry[key] != want {
			t.Errorf("%s.desktop: %s=%q, FyneApp.toml gives %q", app.Details.ID, key, entry[key], want)
		}
	}
}

// metainfo is the part of the AppStream file that must agree with the rest.
type metainfo struct {
	ID         string `xml:"id"`
	Name       string `xml:"name"`
	Launchable string `xml:"launchable"`
	Binary     string `xml:"provides>binary"`
	Releases   []struct {
		Version string `xml:"version,attr"`
	} `xml:"releases>release"`
	Screenshots []struct {
		Image struct {
			URL    string `xml:",chardata"`
			Width  int    `xml:"width,attr"`
			Height int    `xml:"height,attr"`
		} `xml:"image"`
	} `xml:"screenshots>screenshot"`
}

func TestMetainfoMatchesFyneAppAndDocs(t *testing.T) {
	app := readFyneApp(t)
	// make metainfo fills in the version and the number of routines.
	data, err := os.ReadFile(filepath.Join("linux", app.Details.ID+".metainfo.xml.in"))
	if err != nil {
		t.Fatal(err)
	}
	var m metainfo
	if err := xml.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if m.ID != app.Details.ID || m.Name != app.Details.Name || m.Launchable != app.Details.ID+".desktop" || m.Binary != "posture" {
		t.Errorf("metainfo id %q, name %q, launchable %q, binary %q do not match FyneApp.toml", m.ID, m.Name, m.Launchable, m.Binary)
	}
	if len(m.Releases) == 0 || m.Releases[0].Version != app.Details.Version {
		t.Errorf("the newest release in the metainfo is not FyneApp.toml's version %s: %+v", app.Details.Version, m.Releases)
	}
	if len(m.Screenshots) == 0 {
		t.Error("no screenshots")
	}
	for _, s := range m.Screenshots {
		checkScreenshot(t, s.Image.URL, s.Image.Width, s.Image.Height)
	}
}

// checkScreenshot finds a screenshot's URL in docs/ and checks its size.
func checkScreenshot(t *testing.T, url string, width, height int) {
	t.Helper()
	_, name, ok := strings.Cut(url, "/v@VERSION@/docs/")
	if !ok {
		t.Errorf("screenshot %s is not one of docs/", url)
		return
	}
	f, err := os.Open(filepath.Join("..", "docs", name))
	if err != nil {
		t.Error(err)
		return
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil || cfg.Width != width || cfg.Height != height {
		t.Errorf("docs/%s: %dx%d (%v), the metainfo says %dx%d", name, cfg.Width, cfg.Height, err, width, height)
	}
}

func TestChangelogStartsWithTheVersion(t *testing.T) {
	app := readFyneApp(t)
	data, err := os.ReadFile("linux/changelog")
	if err != nil {
		t.Fatal(err)
	}
	if want := "posture (" + app.Details.Version + ") "; !strings.HasPrefix(string(data), want) {
		t.Errorf("linux/changelog starts %q, want %q", strings.SplitN(string(data), "\n", 2)[0], want)
	}
}
