package ui

import (
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"golang.org/x/image/font/sfnt"

	"github.com/postureapp/posture/internal/ui/kit"
)

// missingGlyphs are the runes of text that the window's text font cannot
// draw: Fyne shows each as a box or '�'.
func missingGlyphs(t *testing.T, text string) []rune {
	t.Helper()
	font, err := sfnt.Parse(kit.NewTheme(kit.ThemeLight).Font(fyne.TextStyle{}).Content())
	if err != nil {
		t.Fatal(err)
	}
	var buf sfnt.Buffer
	var missing []rune
	for _, r := range text {
		if unicode.IsSpace(r) {
			continue
		}
		if i, err := font.GlyphIndex(&buf, r); err != nil || i == 0 {
			missing = append(missing, r)
		}
	}
	return missing
}
