package voice

import (
	"context"
	"testing"
)

// BenchmarkRenderUpperBackStrength renders every phrase of Upper Back
// Strength in full coaching through espeak-ng and the cache: cold into an
// empty cache folder each time, warm from the folder filled once.
func BenchmarkRenderUpperBackStrength(b *testing.B) {
	texts := Texts(Script(timeline(b, "Upper Back Strength"), Full))
	e, err := FindEspeak()
	if err != nil {
		b.Fatal(err)
	}
	renderAll := func(c *Cache) {
		for _, text := range texts {
			if _, err := c.Clip(context.Background(), Phrase{Text: text, Voice: "en-us", Rate: DefaultRate}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.Run("cold", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			c := NewCache(b.TempDir(), e)
			b.StartTimer()
			renderAll(c)
		}
		b.ReportMetric(float64(len(texts)), "phrases")
	})
	b.Run("warm", func(b *testing.B) {
		c := NewCache(b.TempDir(), e)
		renderAll(c)
		for b.Loop() {
			renderAll(c)
		}
		b.ReportMetric(float64(len(texts)), "phrases")
	})
}
