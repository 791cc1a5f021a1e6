package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Theme choices kept in preferences.
const (
	ThemeSystem = "System"
	ThemeLight  = "Light"
	ThemeDark   = "Dark"
)

// appTheme is Fyne's default theme with the variant optionally forced, so
// the person's Light or Dark choice wins over the desktop's.
type appTheme struct {
	forced *fyne.ThemeVariant
}

// NewTheme is Fyne's default theme with Posture's colours, in the
// variant choice names (ThemeLight, ThemeDark) or the system's.
func NewTheme(choice string) fyne.Theme {
	var v fyne.ThemeVariant
	switch choice {
	case ThemeLight:
		v = theme.VariantLight
	case ThemeDark:
		v = theme.VariantDark
	default:
		return appTheme{}
	}
	return appTheme{forced: &v}
}

func (t appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.forced != nil {
		v = *t.forced
	}
	if c, ok := contrastColors[v][n]; ok {
		return c
	}
	return theme.DefaultTheme().Color(n, v)
}

// ApplyThemeAgain runs Fyne's own theme pass over what a's windows show
// now. Fyne re-themes only what is on show when the theme changes, and
// refreshing a screen shown later is not enough: an icon (the arrow of a
// drop-down list, a notice's sign) redraws only when given a new picture,
// so it would keep the old theme's colour, white on white.
func ApplyThemeAgain(a fyne.App) {
	s := a.Settings()
	s.SetTheme(s.Theme())
}

// contrastColors replace those of Fyne's default theme that fall short of
// WCAG AA: 4.5:1 for text (and for white text on a coloured button), 3:1
// for the outline of a control. TestThemeContrast measures every pair.
var contrastColors = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.Color{
	theme.VariantLight: {
		// Fyne's #565656 passes AA but reads as grey beside the dark
		// theme's white; headings and names read black, as on a desktop.
		theme.ColorNameForeground:  color.NRGBA{0x1f, 0x1f, 0x1f, 0xff},
		theme.ColorNamePrimary:     color.NRGBA{0x25, 0x63, 0xeb, 0xff}, // blue, deeper than Fyne's
		theme.ColorNameHyperlink:   color.NRGBA{0x25, 0x63, 0xeb, 0xff},
		theme.ColorNameWarning:     color.NRGBA{0xa8, 0x4a, 0x00, 0xff}, // a dark orange that reads as text
		theme.ColorNameError:       color.NRGBA{0xc6, 0x28, 0x28, 0xff},
		theme.ColorNameSuccess:     color.NRGBA{0x15, 0x80, 0x3d, 0xff},
		theme.ColorNameInputBorder: color.NRGBA{0x80, 0x80, 0x80, 0xff}, // unticked boxes and radios
		theme.ColorNamePlaceHolder: color.NRGBA{0x69, 0x69, 0x69, 0xff}, // "default 3s" says what applies
	},
	theme.VariantDark: {
		theme.ColorNamePrimary:     color.NRGBA{0x25, 0x63, 0xeb, 0xff},
		theme.ColorNameHyperlink:   color.NRGBA{0x6b, 0x9b, 0xff, 0xff},
		theme.ColorNameInputBorder: color.NRGBA{0x80, 0x80, 0x82, 0xff},
	},
}

func (appTheme) Font(s fyne.TextStyle) fyne.Resource     { return theme.DefaultTheme().Font(s) }
func (appTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }
func (appTheme) Size(n fyne.ThemeSizeName) float32       { return theme.DefaultTheme().Size(n) }
