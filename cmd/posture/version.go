package main

import "runtime/debug"

// version is the app's version. FyneApp.toml's Details.Version is where it
// is set; TestVersionIsFyneAppVersion keeps this copy equal to it.
const version = "0.1.0"

// versionText is the version, and the commit when built from a git
// checkout, marked when the checkout had changes.
func versionText() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return version
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	rev := settings["vcs.revision"]
	if rev == "" {
		return version
	}
	text := version + " (commit " + rev[:min(len(rev), 12)]
	if settings["vcs.modified"] == "true" {
		text += ", modified"
	}
	return text + ")"
}
