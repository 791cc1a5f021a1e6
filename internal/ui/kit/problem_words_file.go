package kit

import (
	"fyne.io/fyne/v2/lang"
)

// tomlTypes is how the domain names the type of a value a file gives
// where another was wanted ("a list is not a string").
const tomlTypes = `(a string|a number|a decimal number|true/false|a list|a table|a date)`

// typeWord is one of tomlTypes in the window's language.
func typeWord(t string) string {
	switch t {
	case "a string":
		return lang.X("kit.type.string", "a string")
	case "a number":
		return lang.X("kit.type.number", "a number")
	case "a decimal number":
		return lang.X("kit.type.decimal", "a decimal number")
	case "true/false":
		return lang.X("kit.type.bool", "true/false")
	case "a list":
		return lang.X("kit.type.list", "a list")
	case "a table":
		return lang.X("kit.type.table", "a table")
	case "a date":
		return lang.X("kit.type.date", "a date")
	}
	return t
}

func typeData(t string) map[string]any { return map[string]any{"Type": typeWord(t)} }

// fileProblems are the shapes of what is wrong in a routine or exercise
// file beyond a form's fields: values of the wrong type, characters and
// sizes a file may not hold, how its tables fit together.
var fileProblems = []problemWord{
	word(tomlTypes+` is not a string`, func(t string) string {
		return lang.X("kit.problem.type_not_string", "{{.Type}} is not a string", typeData(t))
	}),
	word(tomlTypes+` is not a list`, func(t string) string {
		return lang.X("kit.problem.type_not_list", "{{.Type}} is not a list", typeData(t))
	}),
	word(tomlTypes+` is not a table`, func(t string) string {
		return lang.X("kit.problem.type_not_table", "{{.Type}} is not a table", typeData(t))
	}),
	word(tomlTypes+` is not a list of tables`, func(t string) string {
		return lang.X("kit.problem.type_not_tables", "{{.Type}} is not a list of tables", typeData(t))
	}),
	word(tomlTypes+` is not true or false`, func(t string) string {
		return lang.X("kit.problem.type_not_bool", "{{.Type}} is not true or false", typeData(t))
	}),
	word(tomlTypes+` is not allowed here`, func(t string) string {
		return lang.X("kit.problem.type_not_here", "{{.Type}} is not allowed here", typeData(t))
	}),
	word2(`item (\d+) is `+tomlTypes+`, not a string`, func(n, t string) string {
		return lang.X("kit.problem.item_not_string", "item {{.Item}} is {{.Type}}, not a string", map[string]any{"Item": n, "Type": typeWord(t)})
	}),
	word(`contains the control character (U\+[0-9A-F]+)`, func(v string) string {
		return lang.X("kit.problem.control", "contains the control character {{.Value}}", valueData(v))
	}),
	word(`(.+) does not fit the player's banner`, func(v string) string {
		return lang.X("kit.problem.banner", "{{.Value}} does not fit the player's banner", valueData(v))
	}),
	word(`(.+) is too short to progress to`, func(v string) string {
		return lang.X("kit.problem.progress_short", "{{.Value}} is too short to progress to", valueData(v))
	}),
	word(`names the exercise itself`, func(string) string {
		return lang.X("kit.problem.self_exercise", "names the exercise itself")
	}),
	word(`names the routine itself`, func(string) string {
		return lang.X("kit.problem.self_routine", "names the routine itself")
	}),
	word(`top-level \[\[step\]\] tables cannot be mixed with \[\[section\]\] tables`, func(string) string {
		return lang.X("kit.problem.mixed", "top-level [[step]] tables cannot be mixed with [[section]] tables")
	}),
	word(`a step has reps or a duration, not both`, func(string) string {
		return lang.X("kit.problem.step_both", "a step has reps or a duration, not both")
	}),
	word(`exercise (.+) has no default dose, so the step needs reps or a duration`, func(v string) string {
		return lang.X("kit.problem.no_default_dose", "exercise {{.Value}} has no default dose, so the step needs reps or a duration", valueData(v))
	}),
	word(`(\d+) exercises carried`, func(v string) string {
		return lang.X("kit.problem.carried_many", "the file carries {{.Value}} exercises", valueData(v))
	}),
	word(`(.+) is carried twice`, func(v string) string {
		return lang.X("kit.problem.carried_twice", "{{.Value}} is carried twice", valueData(v))
	}),
	word2(`(.+) names (.+) twice`, func(entry, eq string) string {
		return lang.X("kit.problem.named_twice", "{{.Value}} names {{.Other}} twice", map[string]any{"Value": entry, "Other": eq})
	}),
	word(`(.+) is not a format this version reads`, func(v string) string {
		return lang.X("kit.problem.format", "{{.Value}} is not a format this version reads", valueData(v))
	}),
	word(`the routine's planned time passes (.+) at this step`, func(v string) string {
		return lang.X("kit.problem.planned_over", "the routine's planned time passes {{.Value}} at this step", valueData(v))
	}),
	word(`the routine passes (\d+) phases at this step`, func(v string) string {
		return lang.X("kit.problem.phases_over", "the routine passes {{.Value}} phases at this step", valueData(v))
	}),
	word(`the routine has (\d+) steps`, func(v string) string {
		return lang.X("kit.problem.steps_over", "the routine has {{.Value}} steps", valueData(v))
	}),
}

// fileAllowed are the shapes of what a file's key accepts, beyond a
// form's fields.
var fileAllowed = []problemWord{
	word(`a list of strings, \["\.\.\.", "\.\.\."\]`, func(string) string {
		return lang.X("kit.allowed.strings_example", `a list of strings, ["...", "..."]`)
	}),
	word(`a list of strings`, func(string) string { return lang.X("kit.allowed.strings", "a list of strings") }),
	word(`a \[([a-z_.]+)\] table or \{ \.\.\. \}`, func(v string) string {
		return lang.X("kit.allowed.table", "a [{{.Value}}] table or { ... }", valueData(v))
	}),
	word(`\[\[([a-z_.]+)\]\] tables`, func(v string) string {
		return lang.X("kit.allowed.tables", "[[{{.Value}}]] tables", valueData(v))
	}),
	word(`text without control characters; new lines and tabs are fine`, func(string) string {
		return lang.X("kit.allowed.text", "text without control characters; new lines and tabs are fine")
	}),
	word(`one line of text without control characters`, func(string) string {
		return lang.X("kit.allowed.line", "one line of text without control characters")
	}),
	word(`a word or two of at most (\d+) letters, like "Push"`, func(v string) string {
		return lang.X("kit.allowed.banner", `a word or two of at most {{.Value}} letters, like "Push"`, valueData(v))
	}),
	word(`what to start with, like "light band"`, func(string) string {
		return lang.X("kit.allowed.resistance", `what to start with, like "light band"`)
	}),
	word(`one or more of (.+)`, func(v string) string {
		return lang.X("kit.allowed.one_or_more", "one or more of {{.Value}}", valueData(v))
	}),
	word(`the id of a harder exercise`, func(string) string {
		return lang.X("kit.allowed.harder_id", "the id of a harder exercise")
	}),
	word(`the id of an exercise to try next`, func(string) string {
		return lang.X("kit.allowed.then_id", "the id of an exercise to try next")
	}),
	word(`1s-10m, like "5s"`, func(string) string {
		return lang.X("kit.allowed.progress_time", `1s-10m, like "5s"`)
	}),
	word(`a kebab-case id, like "incline-push-up"`, func(string) string {
		return lang.X("kit.allowed.kebab_id", `a kebab-case id, like "incline-push-up"`)
	}),
	word(`lower-case words joined by "-", like "prone-y-raise"`, func(string) string {
		return lang.X("kit.allowed.kebab", `lower-case words joined by "-", like "prone-y-raise"`)
	}),
	word(`put every step in a section, or use no sections`, func(string) string {
		return lang.X("kit.allowed.sections", "put every step in a section, or use no sections")
	}),
	word(`one or more \[\[section\.step\]\] tables`, func(string) string {
		return lang.X("kit.allowed.section_steps", "one or more [[section.step]] tables")
	}),
	word(`\[\[section\]\] tables with \[\[section\.step\]\], or top-level \[\[step\]\] tables`, func(string) string {
		return lang.X("kit.allowed.routine_steps", "[[section]] tables with [[section.step]], or top-level [[step]] tables")
	}),
	word(`reps for rep-based moves, duration for timed ones`, func(string) string {
		return lang.X("kit.allowed.reps_or_duration", "reps for rep-based moves, duration for timed ones")
	}),
	word(`the low end first, (".+")`, func(v string) string {
		return lang.X("kit.allowed.low_first", "the low end first, {{.Value}}", valueData(v))
	}),
	word(`at most (\d+), one per step`, func(v string) string {
		return lang.X("kit.allowed.one_per_step", "at most {{.Value}}, one per step", valueData(v))
	}),
	word(`each exercise once`, func(string) string { return lang.X("kit.allowed.once", "each exercise once") }),
	word(`every file starts with (.+)`, func(v string) string {
		return lang.X("kit.allowed.starts_with", "every file starts with {{.Value}}", valueData(v))
	}),
	word(`this version reads format = (\d+); update Posture to use this file`, func(v string) string {
		return lang.X("kit.allowed.update", "this version reads format = {{.Value}}; update Posture to use this file", valueData(v))
	}),
	word(`the name of a routine to play first, like "Dynamic Warm-up"`, func(string) string {
		return lang.X("kit.allowed.warmup", `the name of a routine to play first, like "Dynamic Warm-up"`)
	}),
	word(`the name of another routine`, func(string) string {
		return lang.X("kit.allowed.other_routine", "the name of another routine")
	}),
	word(`at most (\d+) steps in a routine`, func(v string) string {
		return lang.X("kit.allowed.max_steps", "at most {{.Value}} steps in a routine", valueData(v))
	}),
	word(`at most (.+) in all, rounds, sets, reps and sides counted; split it into shorter routines`, func(v string) string {
		return lang.X("kit.allowed.max_planned", "at most {{.Value}} in all, rounds, sets, reps and sides counted; split it into shorter routines", valueData(v))
	}),
	word(`at most (\d+) lifts, holds, lowers, rests and switches in all; fewer reps, sets or rounds`, func(v string) string {
		return lang.X("kit.allowed.max_phases", "at most {{.Value}} lifts, holds, lowers, rests and switches in all; fewer reps, sets or rounds", valueData(v))
	}),
}
