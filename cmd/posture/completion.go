package main

import (
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/postureapp/posture/internal/routine"
)

// completeRoutines offers the routines by file name ("upper-back-strength"),
// which needs no quoting in any shell and which every command accepts,
// with the routine's own name as the description. With orFile, a word that
// looks like a path, or matches no routine, completes as a .toml file.
func completeRoutines(e *env, orFile bool) cobra.CompletionFunc {
	return func(_ *cobra.Command, args []string, word string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []cobra.Completion
		if !orFile || !strings.ContainsAny(word, "/.~") {
			out = routineCompletions(e, word, func(*routine.Routine) bool { return true })
		}
		if len(out) == 0 && orFile {
			return completeTOMLFiles(nil, nil, word)
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeOwnRoutines offers only your own routines: the built-in ones
// cannot be renamed.
func completeOwnRoutines(e *env) cobra.CompletionFunc {
	return func(_ *cobra.Command, args []string, word string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return routineCompletions(e, word, func(r *routine.Routine) bool { return !r.BuiltIn }), cobra.ShellCompDirectiveNoFileComp
	}
}

// completeReminded offers only the routines that have a reminder.
func completeReminded(e *env) cobra.CompletionFunc {
	return func(_ *cobra.Command, args []string, word string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		quiet := *e // a shell completing shows nothing of a move
		quiet.stderr = io.Discard
		paths, err := openPaths(&quiet)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		plan, err := reminders(e, paths).Plan()
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []cobra.Completion
		for _, s := range plan.Sessions {
			if id := slug(s.Routine); strings.HasPrefix(id, strings.ToLower(word)) {
				out = append(out, cobra.CompletionWithDesc(id, s.Routine))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// routineCompletions offers the routines keep accepts whose file name
// starts with word.
func routineCompletions(e *env, word string, keep func(*routine.Routine) bool) []cobra.Completion {
	c, _, err := openCatalog(e)
	if err != nil {
		return nil
	}
	var out []cobra.Completion
	for _, r := range c.Routines {
		if id := slug(r.Name); keep(r) && strings.HasPrefix(id, strings.ToLower(word)) {
			out = append(out, cobra.CompletionWithDesc(id, r.Name))
		}
	}
	return out
}

// completeExercises offers the exercise ids, with their names.
func completeExercises(e *env) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, word string) ([]cobra.Completion, cobra.ShellCompDirective) {
		c, _, err := openCatalog(e)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []cobra.Completion
		for _, ex := range c.Library.All() {
			if strings.HasPrefix(ex.ID, word) {
				out = append(out, cobra.CompletionWithDesc(ex.ID, ex.Name))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeTOMLFiles offers .toml files and folders to look in.
func completeTOMLFiles(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return []cobra.Completion{"toml"}, cobra.ShellCompDirectiveFilterFileExt
}
