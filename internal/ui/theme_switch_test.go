package ui

import (
	"fmt"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/postureapp/posture/internal/ui/kit"
)

// staleIcons names the themed icons below o whose drawn pixels are not
// in the colour the theme now gives them: an arrow left white on a light
// background is one a person cannot see.
func staleIcons(t *testing.T, o fyne.CanvasObject) []string {
	var stale []string
	th, v := fyne.CurrentApp().Settings().Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	walk(t, o, func(c fyne.CanvasObject) {
		img, ok := c.(*canvas.Image)
		if !ok || img.Image == nil || !c.Visible() {
			return
		}
		res, ok := img.Resource.(fyne.ThemedResource)
		if !ok {
			return
		}
		want := color.NRGBAModel.Convert(th.Color(res.ThemeColorName(), v)).(color.NRGBA)
		if got, drawn := strongestPixel(img); drawn && !near(got, want) {
			stale = append(stale, fmt.Sprintf("%s drawn %v, theme says %v", img.Resource.Name(), got, want))
		}
	})
	return stale
}

// strongestPixel is the most opaque pixel of img's drawing, without its
// alpha; false when nothing is drawn.
func strongestPixel(img *canvas.Image) (color.NRGBA, bool) {
	var best color.NRGBA
	b := img.Image.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if p := color.NRGBAModel.Convert(img.Image.At(x, y)).(color.NRGBA); p.A > best.A {
				best = p
			}
		}
	}
	drawn := best.A > 0x80
	best.A = 0xff
	return best, drawn
}

func near(a, b color.NRGBA) bool {
	d := func(x, y uint8) int { return max(int(x)-int(y), int(y)-int(x)) }
	return d(a.R, b.R) <= 24 && d(a.G, b.G) <= 24 && d(a.B, b.B) <= 24
}

// chooseTheme picks choice on the Settings screen, as a person does.
func chooseTheme(t *testing.T, u *App, choice string) {
	u.showSettings()
	var themes *kit.Radio
	kit.WalkTree(u.win.Content(), func(o fyne.CanvasObject, _ []fyne.CanvasObject) bool {
		themes, _ = o.(*kit.Radio)
		return themes != nil && themes.Options[0] == kit.ThemeSystem
	})
	if themes == nil {
		t.Fatal("no theme choice in Settings")
	}
	themes.SetSelected(choice)
}

// A theme chosen in Settings reaches every screen shown afterwards, those
// built before it included: no icon keeps the old theme's colour (home's
// equipment arrow stayed white on the light background once).
func TestIconsFollowAThemeChosenElsewhere(t *testing.T) {
	u := newEditingApp(t)
	u.cfg.AudioNotice = "no card" // home then carries a notice with its warning icon
	u.home = newHome(u)
	screens := screensToShow(t, u)
	screens["preview"] = func() { u.showPreview(u.cfg.Catalog.Routine("Home Upper Back")) }
	u.win.Resize(fyne.NewSize(960, 720))
	for _, way := range [][2]string{{kit.ThemeDark, kit.ThemeLight}, {kit.ThemeLight, kit.ThemeDark}} {
		chooseTheme(t, u, way[0])
		for _, show := range screens {
			show() // each built, or home kept, in the theme before
		}
		chooseTheme(t, u, way[1])
		for name, show := range screens {
			show()
			for _, s := range staleIcons(t, u.win.Content()) {
				t.Errorf("%s after %s to %s: %s", name, way[0], way[1], s)
			}
		}
	}
}
