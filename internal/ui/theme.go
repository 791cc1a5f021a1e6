package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Theme choices kept in preferences.
const (
	themeSystem = "System"
	themeLight  = "Light"
	themeDark   = "Dark"
)

// appTheme is Fyne's default theme with the variant optionally forced, so
// the person's Light or Dark choice wins over the desktop's.
type appTheme struct {
	forced *fyne.ThemeVariant
}

func newTheme(choice string) fyne.Theme {
	var v fyne.ThemeVariant
	switch choice {
	case themeLight:
		v = theme.VariantLight
	case themeDark:
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
	return theme.DefaultTheme().Color(n, v)
}

func (appTheme) Font(s fyne.TextStyle) fyne.Resource     { return theme.DefaultTheme().Font(s) }
func (appTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }
func (appTheme) Size(n fyne.ThemeSizeName) float32       { return theme.DefaultTheme().Size(n) }
