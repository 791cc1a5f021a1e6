package voice

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

var (
	units = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)

// number writes n in words up to 999 ("forty-five"), in digits beyond,
// which espeak-ng reads out just as well.
func number(n int) string {
	switch {
	case n < 0 || n > 999:
		return strconv.Itoa(n)
	case n < 20:
		return units[n]
	case n < 100:
		if n%10 == 0 {
			return tens[n/10]
		}
		return tens[n/10] + "-" + units[n%10]
	case n%100 == 0:
		return units[n/100] + " hundred"
	}
	return units[n/100] + " hundred and " + number(n%100)
}

// roundSeconds is d to the nearest second, as the coach says a length.
func roundSeconds(d time.Duration) int { return int((d + time.Second/2) / time.Second) }

// sentence capitalises text's first letter ("Última serie", "À
// mi-parcours") and ends it with a full stop.
func sentence(text string) string {
	if text == "" {
		return ""
	}
	first, size := utf8.DecodeRuneInString(text)
	return string(unicode.ToUpper(first)) + text[size:] + "."
}

// FileName names the n-th phrase's sound file: "07-rest-thirty-seconds.wav".
func FileName(n int, text string) string {
	return fmt.Sprintf("%02d-%s.wav", n, stem(text, 40))
}

// stem is text's words in lower case joined by hyphens, cut to at most
// limit bytes at a word's end where it can be.
func stem(text string, limit int) string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	s := strings.Join(words, "-")
	if len(s) > limit {
		s = s[:limit]
		if i := strings.LastIndex(s, "-"); i > 0 {
			s = s[:i]
		}
	}
	return s
}
