# Posture: make run builds and starts the app; make test checks everything.
# Both install missing Debian packages first (as root), or say what to run.

GO        ?= go
TAGS      := migrated_fynedo
BIN       := out/posture
PKGS_DEPS := gcc pkg-config libgl1-mesa-dev libgl1-mesa-dri libxcursor-dev libxrandr-dev \
             libxinerama-dev libxi-dev libxxf86vm-dev libwayland-dev \
             libxkbcommon-dev libasound2-dev espeak-ng
PKGS_TEST := xvfb xdotool imagemagick x11-utils dbus-daemon dbus-bin sox

.PHONY: run test build release debug deps deps-test vet lint unit smoke remind bench soak clean

run: deps build
	./$(BIN)

build:
	$(GO) build -tags $(TAGS) -o $(BIN) ./cmd/posture

# release: a smaller binary without debug information.
release: deps
	$(GO) build -tags $(TAGS) -trimpath -ldflags "-s -w" -o $(BIN) ./cmd/posture

# debug: the race detector on, for chasing threading bugs by hand.
debug: deps
	$(GO) build -tags $(TAGS) -race -o $(BIN)-debug ./cmd/posture

deps:
	@.ci/deps $(PKGS_DEPS)

deps-test:
	@.ci/deps $(PKGS_DEPS) $(PKGS_TEST)

# The go test summary comes last, so the last lines say how the tests went.
test: deps-test vet lint build smoke remind unit

vet:
	$(GO) vet -tags $(TAGS) ./...

lint:
	$(GO) tool staticcheck -tags $(TAGS) ./...

smoke: build
	.ci/smoke $(BIN)

# remind: a reminder due within a minute gives one notification and the
# prompt, under Xvfb on a private D-Bus session (about 75 s).
remind: build
	.ci/remind $(BIN)

unit:
	$(GO) test -race -tags $(TAGS) ./...

bench:
	$(GO) test -tags $(TAGS) -run '^$$' -bench . ./...

# soak: the file proofs at length: 2,000 kill -9s during saves, through the
# real binary (make test runs 200).
soak:
	POSTURE_SOAK_KILLS=2000 $(GO) test -tags $(TAGS) -run 'Proof' -v -timeout 60m ./cmd/posture

clean:
	rm -rf out
