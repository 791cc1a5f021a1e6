package kit

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// luminance is WCAG 2's relative luminance of an opaque colour.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// over lays c, which may be translucent, on an opaque background.
func over(c, bg color.Color) color.Color {
	r, g, b, a := c.RGBA()
	br, bgG, bb, _ := bg.RGBA()
	mix := func(f, back uint32) uint8 { return uint8((f + back*(0xffff-a)/0xffff) >> 8) }
	return color.NRGBA{mix(r, br), mix(g, bgG), mix(b, bb), 0xff}
}

func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// Every pair of colours the screens draw one on the other meets WCAG AA
// in both themes: 4.5:1 for text, 3:1 for the parts that show a control
// (an unticked box, an entry's border, the focus ring).
func TestThemeContrast(t *testing.T) {
	type pair struct {
		fg, bg fyne.ThemeColorName
		min    float64
	}
	var pairs []pair
	// Screens and dialogs: text of every importance a label has here,
	// and the parts of controls (the focus ring is the foreground).
	for _, s := range []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameOverlayBackground} {
		for _, text := range []fyne.ThemeColorName{theme.ColorNameForeground, theme.ColorNameWarning, theme.ColorNameError, theme.ColorNameSuccess} {
			pairs = append(pairs, pair{text, s, 4.5})
		}
		for _, control := range []fyne.ThemeColorName{theme.ColorNameInputBorder, theme.ColorNamePrimary, theme.ColorNameForeground} {
			pairs = append(pairs, pair{control, s, 3})
		}
	}
	pairs = append(pairs,
		pair{theme.ColorNameForeground, theme.ColorNameMenuBackground, 4.5},
		pair{theme.ColorNamePrimary, theme.ColorNameInputBackground, 3}, // a focused entry's border
		pair{theme.ColorNameForeground, theme.ColorNameInputBackground, 4.5},
		pair{theme.ColorNamePlaceHolder, theme.ColorNameInputBackground, 4.5},
		pair{theme.ColorNameForeground, theme.ColorNameButton, 4.5},
		pair{theme.ColorNameInputBorder, theme.ColorNameInputBackground, 3},
		pair{theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary, 4.5},
		pair{theme.ColorNameForegroundOnError, theme.ColorNameError, 4.5},
		pair{theme.ColorNameForegroundOnWarning, theme.ColorNameWarning, 4.5},
		pair{theme.ColorNameForegroundOnSuccess, theme.ColorNameSuccess, 4.5},
	)
	for _, choice := range []string{ThemeLight, ThemeDark} {
		th := NewTheme(choice)
		page := th.Color(theme.ColorNameBackground, 0)
		for _, p := range pairs {
			bg := over(th.Color(p.bg, 0), page)
			fg := over(th.Color(p.fg, 0), bg)
			if got := contrast(fg, bg); got < p.min {
				t.Errorf("%s theme: %s on %s is %.2f:1, below %.1f:1", choice, p.fg, p.bg, got, p.min)
			}
		}
	}
}

// The light theme's text, headings included, reads as black as the dark
// theme's reads white: at least 12:1 on the page, where Fyne's grey
// gives 7.5:1.
func TestLightThemeTextIsNotGrey(t *testing.T) {
	for _, choice := range []string{ThemeLight, ThemeDark} {
		th := NewTheme(choice)
		fg, page := th.Color(theme.ColorNameForeground, 0), th.Color(theme.ColorNameBackground, 0)
		if got := contrast(fg, page); got < 12 {
			t.Errorf("%s theme: text on the page is %.1f:1, want at least 12:1", choice, got)
		}
	}
}
