package kit

import (
	"regexp"

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
}

func word(shape string, say func(value string) string) problemWord {
	return problemWord{regexp.MustCompile("^" + shape + "$"), say}
}

func valueData(v string) map[string]any { return map[string]any{"Value": v} }

// problemMessages are the shapes of the messages the editors show.
var problemMessages = []problemWord{
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
}

// MessageInWindowLanguage is a problem message of the domain, such as
// what keeps a name from being a routine's, in the window's language
// when it has a known shape, else as written.
func MessageInWindowLanguage(msg string) string { return inWindowLanguage(msg, problemMessages) }

// problemAllowed are the shapes of what a field accepts.
var problemAllowed = []problemWord{
	word(`required`, func(string) string { return lang.X("kit.allowed.required", "required") }),
	word(`a name of your own`, func(string) string { return lang.X("kit.allowed.own_name", "a name of your own") }),
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
}

// inWindowLanguage is text in the window's language when it has one of
// shapes, else text.
func inWindowLanguage(text string, shapes []problemWord) string {
	for _, w := range shapes {
		if m := w.shape.FindStringSubmatch(text); m != nil {
			return w.say(append(m, "")[1])
		}
	}
	return text
}
