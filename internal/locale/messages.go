package locale

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"strings"
	"text/template"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"github.com/postureapp/posture/assets"
)

// Messages is the window's catalogue of texts for the code that shows a
// person something without Fyne: the tray menu, the notifications, the
// reminder's words and the player's own phase words. It reads the same
// go-i18n JSON files that the window reads through Fyne's lang package
// (assets/translations/<lang>.json), so there is one catalogue. A nil
// *Messages speaks English.
type Messages struct {
	lang      Lang
	localizer *i18n.Localizer
}

// UIMessages is the built-in catalogue in lang, English where a text has
// no translation.
func UIMessages(lang Lang) *Messages {
	files, err := fs.Sub(assets.UITranslations, "translations")
	if err == nil {
		var m *Messages
		if m, err = NewMessages(files, lang); err == nil {
			return m
		}
	}
	{
		// The files are embedded and checked by make translations-check
		// and the tests: English from the code's fallbacks still reads.
		return &Messages{lang: English}
	}
}

// NewMessages reads <lang>.json and en.json from files; a missing
// <lang>.json leaves every text in English.
func NewMessages(files fs.FS, lang Lang) (*Messages, error) {
	bundle := i18n.NewBundle(language.English)
	bundle.RegisterUnmarshalFunc("json", json.Unmarshal)
	for _, l := range []Lang{English, lang} {
		data, err := fs.ReadFile(files, string(l)+".json")
		if err != nil {
			if l == English {
				return nil, err
			}
			continue
		}
		if _, err := bundle.ParseMessageFileBytes(data, string(l)+".json"); err != nil {
			return nil, fmt.Errorf("%s.json: %w", l, err)
		}
	}
	return &Messages{lang: lang, localizer: i18n.NewLocalizer(bundle, string(lang), string(English))}, nil
}

// Lang is the language the messages are in.
func (m *Messages) Lang() Lang {
	if m == nil {
		return English
	}
	return m.lang
}

// X is the text with key, filled from data ({{.Name}}); fallback, the
// English, when the catalogue has no such key. It never answers with the
// key.
func (m *Messages) X(key, fallback string, data map[string]any) string {
	return m.localize(&i18n.LocalizeConfig{DefaultMessage: &i18n.Message{ID: key, Other: fallback}, TemplateData: data})
}

// XN is X for a text that depends on count, in the plural form count
// takes in the language (CLDR's one, few, many, other); data's Count is
// count unless data says otherwise.
func (m *Messages) XN(key, fallback string, count int, data map[string]any) string {
	if data == nil {
		data = map[string]any{}
	}
	if _, ok := data["Count"]; !ok {
		data["Count"] = count
	}
	return m.localize(&i18n.LocalizeConfig{DefaultMessage: &i18n.Message{ID: key, Other: fallback}, PluralCount: count, TemplateData: data})
}

func (m *Messages) localize(c *i18n.LocalizeConfig) string {
	if m != nil && m.localizer != nil {
		if s, err := m.localizer.Localize(c); err == nil || s != "" {
			return s
		}
	}
	return fill(c.DefaultMessage.Other, c.TemplateData)
}

// fill writes the English fallback with its placeholders filled.
func fill(text string, data any) string {
	t, err := template.New("").Option("missingkey=zero").Parse(text)
	if err != nil {
		return text
	}
	var b strings.Builder
	if t.Execute(&b, data) != nil {
		return text
	}
	return b.String()
}
