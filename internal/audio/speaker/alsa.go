//go:build cgo

package speaker

/*
#cgo pkg-config: alsa
#include <alsa/asoundlib.h>
#include <stdarg.h>
#include <stdio.h>

static char first_error[256];
static int recording;

// keep_first replaces ALSA's habit of printing a dozen lines to stderr
// when there is no card: the first line is kept for the notice instead.
static void keep_first(const char *file, int line, const char *function, int err, const char *fmt, ...) {
	if (!recording || first_error[0]) {
		return;
	}
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(first_error, sizeof first_error, fmt, ap);
	va_end(ap);
}

static void record_alsa_errors(int on) {
	if (on) {
		first_error[0] = 0;
	}
	recording = on;
	snd_lib_error_set_handler(keep_first);
}

static const char *alsa_first_error(void) {
	return first_error;
}
*/
import "C"

// recordALSAErrors silences ALSA's own printing and, while on, keeps its
// first error message for firstALSAError. Callers hold claim.
func recordALSAErrors(on bool) {
	flag := C.int(0)
	if on {
		flag = 1
	}
	C.record_alsa_errors(flag)
}

func firstALSAError() string { return C.GoString(C.alsa_first_error()) }
