package kit

import (
	"regexp"
	"slices"

	"fyne.io/fyne/v2/lang"

	"github.com/postureapp/posture/internal/routine"
)

// problemWord is one shape of an English problem message or allowed text
// the domain writes, and the same in the window's language. The domain
// speaks English: its messages go to the terminal and `posture validate`
// too. A form reads the shapes it shows under its own fields in the
// window's language; a message of no known shape stays as written.
type problemWord struct {
	shape *regexp.Regexp // the value it names, if any, as the first group
	say   func(value string) string
	say2  func(a, b string) string // for a shape that names two values
}

func word(shape string, say func(value string) string) problemWord {
	return problemWord{shape: regexp.MustCompile("^" + shape + "$"), say: say}
}

func word2(shape string, say func(a, b string) string) problemWord {
	return problemWord{shape: regexp.MustCompile("^" + shape + "$"), say2: say}
}

func valueData(v string) map[string]any { return map[string]any{"Value": v} }

// problemMessages are the shapes of the messages the editors and a
// refused file show, a file's own first.
var problemMessages = slices.Concat(fileProblems, []problemWord{
	word(`is empty`, func(string) string { return lang.X("kit.problem.empty", "is empty") }),
	word(`missing`, func(string) string { return lang.X("kit.problem.missing", "missing") }),
	word(`(.+) is not a whole number`, func(v string) string {
		return lang.X("kit.problem.not_whole", "{{.Value}} is not a whole number", valueData(v))
	}),
	word(`(.+) is out of range`, func(v string) string {
		return lang.X("kit.problem.out_of_range", "{{.Value}} is out of range", valueData(v))
	}),
	word(`(.+) is not a number or a range`, func(v string) string {
		return lang.X("kit.problem.not_count", "{{.Value}} is not a number or a range", valueData(v))
	}),
	word(`(.+) is not a duration or a range`, func(v string) string {
		return lang.X("kit.problem.not_duration_range", "{{.Value}} is not a duration or a range", valueData(v))
	}),
	word(`(.+) is not a duration`, func(v string) string {
		return lang.X("kit.problem.not_duration", "{{.Value}} is not a duration", valueData(v))
	}),
	word(`range (.+) starts above its end`, func(v string) string {
		return lang.X("kit.problem.range_reversed", "range {{.Value}} starts above its end", valueData(v))
	}),
	word(`(.+) is not allowed`, func(v string) string {
		return lang.X("kit.problem.not_allowed", "{{.Value}} is not allowed", valueData(v))
	}),
	word(`the section has no steps`, func(string) string { return lang.X("kit.problem.section_empty", "the section has no steps") }),
	word(`the routine has no steps`, func(string) string { return lang.X("kit.problem.routine_empty", "the routine has no steps") }),
	word(`a built-in routine is called (.+)`, func(v string) string {
		return lang.X("kit.problem.builtin_name", "a built-in routine is called {{.Value}}", valueData(v))
	}),
	word(`a routine needs a name`, func(string) string { return lang.X("kit.problem.needs_name", "a routine needs a name") }),
	word(`(.+) is taken by another routine`, func(v string) string {
		return lang.X("kit.problem.name_taken", "{{.Value}} is taken by another routine", valueData(v))
	}),
	word(`a name cannot hold control characters such as tabs, line breaks or escapes`, func(string) string {
		return lang.X("kit.problem.name_control", "a name cannot hold control characters such as tabs, line breaks or escapes")
	}),
	word(`the name is (\d+) characters long \(at most \d+ characters\)`, func(v string) string {
		return lang.X("kit.problem.name_long", "the name is {{.Value}} characters long (at most {{.Max}})",
			map[string]any{"Value": v, "Max": routine.MaxNameLength})
	}),
	word(`the name contains the invisible character (U\+[0-9A-F]+) .*`, func(v string) string {
		return lang.X("kit.problem.name_invisible", "the name contains the invisible character {{.Value}} (visible characters only, so that two names that look the same are the same)", valueData(v))
	}),
	word(`unknown key`, func(string) string { return lang.X("kit.problem.unknown_key", "unknown key") }),
	word(`TOML syntax: (.+)`, func(v string) string {
		return lang.X("kit.problem.syntax", "not valid TOML: {{.Value}}", valueData(v))
	}),
	word(`file is (\d+) bytes, too large to read`, func(v string) string {
		return lang.X("kit.problem.too_large", "the file is {{.Value}} bytes, too large to read", valueData(v))
	}),
	word(`file is over (.+), too large to read`, func(v string) string {
		return lang.X("kit.problem.over", "the file is over {{.Value}}, too large to read", valueData(v))
	}),
	word(`written by a newer Posture \(format (\d+)\); left as it is`, func(v string) string {
		return lang.X("kit.problem.newer", "written by a newer Posture (format {{.Value}}); left as it is", valueData(v))
	}),
	word(`cannot read: (.+)`, func(v string) string {
		return lang.X("kit.problem.cannot_read", "cannot be read: {{.Value}}", valueData(v))
	}),
	word(`no such file`, func(string) string { return lang.X("kit.problem.no_file", "no such file") }),
	word2(`(.+) is already the name of (.+)`, func(name, file string) string {
		return lang.X("kit.problem.name_of", "{{.Value}} is already the name of {{.File}}", map[string]any{"Value": name, "File": file})
	}),
	word(`(.+) is already used by another exercise`, func(v string) string {
		return lang.X("kit.problem.id_taken", "{{.Value}} is already used by another exercise", valueData(v))
	}),
	word(`(.+) is not kebab-case`, func(v string) string {
		return lang.X("kit.problem.not_kebab", "{{.Value}} is not kebab-case", valueData(v))
	}),
	word(`(.+) is not known equipment`, func(v string) string {
		return lang.X("kit.problem.equipment", "{{.Value}} is not known equipment", valueData(v))
	}),
	word(`(.+) is not an exercise id`, func(v string) string {
		return lang.X("kit.problem.not_exercise", "{{.Value}} is not an exercise id", valueData(v))
	}),
	word(`no exercise with id (.+)`, func(v string) string {
		return lang.X("kit.problem.no_exercise", "no exercise with id {{.Value}}", valueData(v))
	}),
	word(`an exercise needs reps or a duration`, func(string) string {
		return lang.X("kit.problem.needs_dose", "an exercise needs reps or a duration")
	}),
	word(`a dose has reps or a duration, not both`, func(string) string {
		return lang.X("kit.problem.dose_both", "a dose has reps or a duration, not both")
	}),
	word(`is (\d+) characters long`, func(v string) string {
		return lang.X("kit.problem.length", "is {{.Value}} characters long", valueData(v))
	}),
	word(`(.+) is not a time of day`, func(v string) string {
		return lang.X("kit.problem.not_time", "{{.Value}} is not a time of day", valueData(v))
	}),
	word(`(.+) is not a weekday`, func(v string) string {
		return lang.X("kit.problem.not_weekday", "{{.Value}} is not a weekday", valueData(v))
	}),
})

// MessageInWindowLanguage is a problem message of the domain, such as
// what keeps a name from being a routine's, in the window's language
// when it has a known shape, else as written.
func MessageInWindowLanguage(msg string) string { return inWindowLanguage(msg, problemMessages) }

// problemAllowed are the shapes of what a field or a file's key accepts.
var problemAllowed = slices.Concat(fileAllowed, []problemWord{
	word(`required`, func(string) string { return lang.X("kit.allowed.required", "required") }),
	word(`a name of your own`, func(string) string { return lang.X("kit.allowed.own_name", "a name of your own") }),
	word(`reps like "10-15", or a duration like "30s" for a timed move`, func(string) string {
		return lang.X("kit.allowed.dose", `reps like "10-15", or a duration like "30s" for a timed move`)
	}),
	word(`(\d+-\d+), or a range like "10-15"`, func(v string) string {
		return lang.X("kit.allowed.count", `{{.Value}}, or a range like "10-15"`, valueData(v))
	}),
	word(`(\S+), or a range like "20s-30s"`, func(v string) string {
		return lang.X("kit.allowed.duration_range", `{{.Value}}, or a range like "20s-30s"`, valueData(v))
	}),
	word(`(\S+), like "45s" or "1m30s"`, func(v string) string {
		return lang.X("kit.allowed.duration", `{{.Value}}, like "45s" or "1m30s"`, valueData(v))
	}),
	word(`one of (.+)`, func(v string) string { return lang.X("kit.allowed.one_of", "one of {{.Value}}", valueData(v)) }),
	word(`did you mean (.+)\?`, func(v string) string {
		return lang.X("kit.allowed.did_you_mean", "did you mean {{.Value}}?", valueData(v))
	}),
	word(`at most (\d+) characters`, func(v string) string {
		return lang.X("kit.allowed.at_most_chars", "at most {{.Value}} characters", valueData(v))
	}),
	word(`at most (.+)`, func(v string) string { return lang.X("kit.allowed.at_most", "at most {{.Value}}", valueData(v)) }),
	word(`a name no other routine has`, func(string) string { return lang.X("kit.allowed.free_name", "a name no other routine has") }),
	word(`a new id`, func(string) string { return lang.X("kit.allowed.new_id", "a new id") }),
	word(`an exercise id from 'posture exercises'`, func(string) string {
		return lang.X("kit.allowed.exercise_id", "an exercise id from 'posture exercises'")
	}),
	word(`a quoted string`, func(string) string { return lang.X("kit.allowed.quoted", "a quoted string") }),
	word(`true or false`, func(string) string { return lang.X("kit.allowed.bool", "true or false") }),
	word(`(\d+-\d+)`, func(v string) string { return v }),
})

// ProblemWords is a problem's message of a known shape ("a built-in
// routine is called X") in the window's language, else as written.
func ProblemWords(msg string) string { return inWindowLanguage(msg, problemMessages) }

// inWindowLanguage is text in the window's language when it has one of
// shapes, else text.
func inWindowLanguage(text string, shapes []problemWord) string {
	for _, w := range shapes {
		if m := w.shape.FindStringSubmatch(text); m != nil {
			m = append(m, "", "")
			if w.say2 != nil {
				return w.say2(m[1], m[2])
			}
			return w.say(m[1])
		}
	}
	return text
}
