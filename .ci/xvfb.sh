# Sourced by the scripts that run the real window: xvfb_home DIR starts
# Xvfb and points DISPLAY, HOME and XDG_RUNTIME_DIR into DIR, where the
# person has already read the safety advice that the first session shows;
# posture_window waits up to 30 s for the Posture window and prints its id.
# The caller ends "$xvfb" (and its app) when done.

xvfb_home() {
  local dir=$1
  exec 3>"$dir/display"
  Xvfb -displayfd 3 -screen 0 "${XVFB_SCREEN:-1280x800x24}" -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  for _ in $(seq 50); do [ -s "$dir/display" ] && break; sleep 0.1; done
  exec 3>&-
  export DISPLAY=":$(cat "$dir/display")"
  export HOME="$dir/home" XDG_RUNTIME_DIR="$dir/run"
  local prefs="$HOME/.config/fyne/io.github.postureapp.posture"
  mkdir -p "$prefs" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
  echo '{"safety_seen":true}' >"$prefs/preferences.json"
}

posture_window() {
  local wid
  wid=$(timeout 30 xdotool search --sync --onlyvisible --name '^Posture' | head -1) || true
  [ -n "$wid" ] && echo "$wid"
}
