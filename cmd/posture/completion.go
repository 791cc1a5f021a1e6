package main

import (
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
			if c, _, err := openCatalog(e); err == nil {
				for _, r := range c.Routines {
					slug := strings.TrimSuffix(routine.FileName(r.Name), ".toml")
					if strings.HasPrefix(slug, strings.ToLower(word)) {
						out = append(out, cobra.CompletionWithDesc(slug, r.Name))
					}
				}
			}
		}
		if len(out) == 0 && orFile {
			return completeTOMLFiles(nil, nil, word)
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
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
