package voice

import "strconv"

// Numbers in the coach's other languages are written as digits, which
// espeak-ng reads in the voice's own language, and reads better than the
// spelled-out word where it has to split a compound: the German voice
// says "14" as [fIrtse:n] but "vierzehn" as [fi:rtse:n], and "24" with
// "und" as [Unt] where the word gets [Und] (espeak-ng -x). A digit cannot
// agree with its noun, though: espeak-ng reads "1 Minute" as "eins
// Minute", "1 minuto" as "uno minuto", "21 secondes" as "vingt et un
// secondes". So a number that agrees (one, and in Spanish and French
// every number ending in one) is written as the word.

// gender is the grammatical gender of the noun a number counts.
type gender int

const (
	alone     gender = iota // counted on its own: "eins", "uno", "un"
	masculine               // "ein Satz", "un segundo", "un tour"
	feminine                // "eine Minute", "una serie", "une série"
)

// numberDE writes n for the German voice: "ein" or "eine" for one before
// a noun, digits otherwise.
func numberDE(n int, g gender) string {
	switch {
	case n == 1 && g == masculine:
		return "ein"
	case n == 1 && g == feminine:
		return "eine"
	case n == 1:
		return "eins"
	}
	return strconv.Itoa(n)
}

// endsInOne reports whether n agrees with its noun like one does in
// Spanish and French: 1, 21, 31, 101, but not 11 (nor, in French, 71
// and 91, "soixante et onze", "quatre-vingt-onze").
func endsInOne(n int) bool { return n%10 == 1 && n%100 != 11 && n <= 999 }

var (
	esUnits = []string{"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
		"diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve",
		"veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"}
	esTens     = []string{"", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"}
	esHundreds = []string{"", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos"}
)

// numberES writes n for the Spanish voice: in digits, but a number
// ending in one as the word that agrees with its noun, "un", "veintiún",
// "treinta y un" before a masculine one, "una", "veintiuna" before a
// feminine one.
func numberES(n int, g gender) string {
	if !endsInOne(n) || g == alone {
		return strconv.Itoa(n)
	}
	s := spanishWords(n)
	switch g {
	case masculine:
		if n%100 == 21 {
			return s[:len(s)-len("uno")] + "ún"
		}
		return s[:len(s)-len("o")]
	}
	return s[:len(s)-len("o")] + "a"
}

func spanishWords(n int) string {
	switch {
	case n < 0 || n > 999:
		return strconv.Itoa(n)
	case n < 30:
		return esUnits[n]
	case n < 100 && n%10 == 0:
		return esTens[n/10]
	case n < 100:
		return esTens[n/10] + " y " + esUnits[n%10]
	case n == 100:
		return "cien"
	case n%100 == 0:
		return esHundreds[n/100]
	}
	return esHundreds[n/100] + " " + spanishWords(n%100)
}

var (
	frUnits = []string{"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
		"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"}
	frTens = []string{"", "", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante", "quatre-vingt", "quatre-vingt"}
)

// numberFR writes n for the French voice: in digits, but a number
// ending in one before a feminine noun as the word, "une", "vingt et
// une", "quatre-vingt-une".
func numberFR(n int, g gender) string {
	if g != feminine || !endsInOne(n) || n%100 == 71 || n%100 == 91 {
		return strconv.Itoa(n)
	}
	return frenchWords(n) + "e"
}

func frenchWords(n int) string {
	switch {
	case n < 0 || n > 999:
		return strconv.Itoa(n)
	case n < 20:
		return frUnits[n]
	case n < 100:
		return frenchTens(n)
	}
	hundreds := "cent"
	if n >= 200 {
		hundreds = frUnits[n/100] + " cent"
	}
	switch {
	case n%100 == 0 && n >= 200:
		return hundreds + "s"
	case n%100 == 0:
		return hundreds
	}
	return hundreds + " " + frenchWords(n%100)
}

// frenchTens writes 20 to 99, where 70 and 90 count on from sixty and
// eighty ("soixante-douze", "quatre-vingt-dix-huit").
func frenchTens(n int) string {
	ten, unit := n/10, n%10
	if ten == 7 || ten == 9 {
		unit += 10
	}
	base := frTens[ten]
	switch {
	case unit == 0 && ten == 8:
		return "quatre-vingts"
	case unit == 0:
		return base
	case (unit == 1 || unit == 11) && ten < 8:
		return base + " et " + frUnits[unit] // vingt et un, soixante et onze
	}
	return base + "-" + frUnits[unit]
}
