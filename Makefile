# Posture: make run builds and starts the app; make test checks everything.
# Both install missing Debian packages first (as root), or say what to run.
# make install / uninstall put the app, its menu entry, icons, man pages and
# shell completions under PREFIX; make deb builds the same as a .deb in out/.

GO        ?= go
TAGS      := migrated_fynedo,no_emoji
BIN       := out/posture
PKGS_DEPS := gcc pkg-config libgl1-mesa-dev libgl1-mesa-dri libxcursor-dev libxrandr-dev \
             libxinerama-dev libxi-dev libxxf86vm-dev libwayland-dev \
             libxkbcommon-dev libasound2-dev espeak-ng
PKGS_TEST := xvfb xdotool imagemagick x11-utils dbus-daemon dbus-bin sox fusefat dosfstools
# KDE's compositor, run headless for the Wayland idle proof: Debian 12's only
# one with ext-idle-notify. Without recommends (which bring all of Plasma):
# 157 packages, 42 MB to download.
PKGS_TEST_BARE := kwin-wayland
# To render the icons, read the libraries' versions and strip the binary; to
# check the package (make test); to try it out.
PKGS_PKG   := librsvg2-bin dpkg-dev binutils
PKGS_CHECK := lintian desktop-file-utils appstream
PKGS_TRY   := man-db bash-completion zsh fish libglib2.0-bin
# make listen: the recognizer that listens to the coach.
PKGS_LISTEN := pocketsphinx pocketsphinx-en-us sox

APP_ID  := io.github.postureapp.posture
VERSION := $(shell sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
ARCH    := $(shell $(GO) env GOARCH)
DEB     := out/posture_$(VERSION)_$(ARCH).deb
LINUX   := assets/linux
ICONS   := 16 22 24 32 48 128 256

# make install: ~/.local for a person, /usr/local as root; PREFIX= overrides.
ifeq ($(shell id -u),0)
PREFIX ?= /usr/local
else
PREFIX ?= $(HOME)/.local
endif
DESTDIR ?=
# zsh reads PREFIX/share/zsh/site-functions for /usr/local; Debian's own
# packages use vendor-completions (make deb sets it).
ZSHDIR ?= $(PREFIX)/share/zsh/site-functions
# The menu entry runs "posture" from PATH in the system's prefixes, and the
# full path elsewhere (~/.local/bin is not on every session's PATH).
EXEC := $(if $(filter /usr /usr/local,$(PREFIX)),posture,$(PREFIX)/bin/posture)

.PHONY: run test build release debug deps deps-test vet lint unit smoke remind bench listen soak clean translations-check \
        man completions icons doc metainfo files install install-files uninstall deb reproducible package-check package-test screenshots FORCE

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
	@.ci/deps $(PKGS_DEPS) $(PKGS_TEST) $(PKGS_PKG) $(PKGS_CHECK)
	@.ci/deps --no-install-recommends $(PKGS_TEST_BARE)

deps-pkg:
	@.ci/deps $(PKGS_DEPS) $(PKGS_PKG)

# The go test summary comes last, so the last lines say how the tests went.
test: deps-test vet lint translations-check build smoke remind package-check unit

vet:
	$(GO) vet -tags $(TAGS) ./...

# translations-check: every field of the built-in content each started
# language (a folder in assets/translations) leaves in English, and every
# overlay naming what the English does not have; fails on either. Then the
# window's strings: every key the code asks for in en.json with the code's
# English, and in de.json, es.json and fr.json; unused keys listed.
translations-check:
	$(GO) run ./cmd/translationscheck
	$(GO) run ./cmd/uistringscheck

lint:
	$(GO) tool staticcheck -tags $(TAGS) ./...

smoke: build
	.ci/smoke $(BIN)

# remind: a reminder due within a minute gives one notification and the
# prompt, under Xvfb on a private D-Bus session (about 75 s).
remind: build
	.ci/remind $(BIN)

# The window's tests take about 5 minutes alone and more on a busy
# machine: past go test's default 10 minutes a package, not stuck.
unit:
	$(GO) test -race -tags $(TAGS) -timeout 30m ./...

bench:
	$(GO) test -tags $(TAGS) -run '^$$' -bench . ./...

# listen: every built-in routine's session, mixed with its beeps, heard by
# pocketsphinx held to a grammar of the coach's phrases; the word error
# rate per routine beside plain espeak-ng's (a few minutes).
listen: build
	@.ci/deps $(PKGS_DEPS) $(PKGS_LISTEN)
	bench/listen

# soak: the file proofs at length: 2,000 kill -9s during saves, through the
# real binary (make test runs 200).
soak:
	POSTURE_SOAK_KILLS=2000 $(GO) test -tags $(TAGS) -run 'Proof' -v -timeout 60m ./cmd/posture

clean:
	rm -rf out

# --- installing -----------------------------------------------------------

# The installed binary: stripped, with the commit when built from git, and
# hardened as Debian builds C (PIE, full RELRO, fortified and protected C
# code). No build paths (-trimpath), no build id and no .comment section
# (gcc's version), so two builds of one commit are the same bytes.
HARDEN := CGO_CFLAGS="-O2 -g -D_FORTIFY_SOURCE=2 -fstack-protector-strong"
out/install/posture: FORCE
	$(HARDEN) $(GO) build -tags $(TAGS) -trimpath -buildmode=pie -buildvcs=auto \
	  -ldflags "-s -w -buildid= -extldflags=-Wl,-z,relro,-z,now" -o $@ ./cmd/posture
	objcopy --remove-section=.comment $@

FORCE:

# Man pages from the command tree, dated by the last commit so they build
# the same every time.
man: out/install/posture
	rm -rf out/man && mkdir -p out/man
	SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct 2>/dev/null || date +%s) out/install/posture man --out out/man >/dev/null
	gzip -9n out/man/*.1

completions: out/install/posture
	mkdir -p out/completions
	out/install/posture completion bash >out/completions/posture.bash
	out/install/posture completion zsh >out/completions/_posture
	out/install/posture completion fish >out/completions/posture.fish

icons:
	mkdir -p out/icons
	for n in $(ICONS); do rsvg-convert -w $$n -h $$n $(LINUX)/$(APP_ID).svg -o out/icons/$$n.png; done

# doc: the changelog, and the copyright of everything the binary links,
# from the modules go list names and the fonts Fyne embeds.
doc:
	mkdir -p out/doc
	gzip -9nc $(LINUX)/changelog >out/doc/changelog.gz
	$(GO) run ./cmd/debcopyright -tags $(TAGS) -head $(LINUX)/copyright ./cmd/posture >out/doc/copyright

# metainfo: the AppStream file with the number of built-in routines (the
# files in routines/) and screenshots from this version's tag.
metainfo:
	mkdir -p out
	sed -e "s/@ROUTINES@/$$(ls routines/*.toml | wc -l)/" -e "s/@VERSION@/$(VERSION)/g" \
	  -e '/<!-- make metainfo/d' $(LINUX)/$(APP_ID).metainfo.xml.in >out/$(APP_ID).metainfo.xml

files: out/install/posture man completions icons doc metainfo

# The folders install-files puts files in, relative to PREFIX.
FOLDERS = bin share/applications share/metainfo share/icons/hicolor/scalable/apps share/icons/hicolor/symbolic/apps \
          $(foreach n,$(ICONS),share/icons/hicolor/$(n)x$(n)/apps) \
          share/man/man1 share/bash-completion/completions share/fish/vendor_completions.d \
          $(patsubst $(PREFIX)/%,%,$(ZSHDIR)) share/doc/posture

install: deps-pkg files
	@mkdir -p $(PREFIX) out
	@cd $(PREFIX) && for d in $(FOLDERS); do \
	  while [ "$$d" != . ] && [ ! -d "$$d" ]; do echo "$$d"; d=$$(dirname "$$d"); done; done | sort -ru >$(CURDIR)/out/folders
	$(MAKE) --no-print-directory install-files
	install -m644 out/folders $(PREFIX)/share/doc/posture/folders
	@echo "installed under $(PREFIX); make uninstall PREFIX=$(PREFIX) removes it"

# install-files copies what files built; make deb runs it into a staging root.
install-files:
	install -Dm755 out/install/posture $(DESTDIR)$(PREFIX)/bin/posture
	install -d $(DESTDIR)$(PREFIX)/share/applications
	sed 's|^Exec=posture|Exec=$(EXEC)|' $(LINUX)/$(APP_ID).desktop >$(DESTDIR)$(PREFIX)/share/applications/$(APP_ID).desktop
	install -Dm644 out/$(APP_ID).metainfo.xml $(DESTDIR)$(PREFIX)/share/metainfo/$(APP_ID).metainfo.xml
	install -Dm644 $(LINUX)/$(APP_ID).svg $(DESTDIR)$(PREFIX)/share/icons/hicolor/scalable/apps/$(APP_ID).svg
	install -Dm644 $(LINUX)/$(APP_ID)-symbolic.svg $(DESTDIR)$(PREFIX)/share/icons/hicolor/symbolic/apps/$(APP_ID)-symbolic.svg
	for n in $(ICONS); do install -Dm644 out/icons/$$n.png $(DESTDIR)$(PREFIX)/share/icons/hicolor/$${n}x$$n/apps/$(APP_ID).png; done
	install -Dm644 -t $(DESTDIR)$(PREFIX)/share/man/man1 out/man/*.1.gz
	install -Dm644 out/completions/posture.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/posture
	install -Dm644 out/completions/_posture $(DESTDIR)$(ZSHDIR)/_posture
	install -Dm644 out/completions/posture.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/posture.fish
	install -Dm644 out/doc/copyright $(DESTDIR)$(PREFIX)/share/doc/posture/copyright
	install -Dm644 out/doc/changelog.gz $(DESTDIR)$(PREFIX)/share/doc/posture/changelog.gz
	install -Dm644 docs/cli-json.md $(DESTDIR)$(PREFIX)/share/doc/posture/cli-json.md

# uninstall removes what install put there, and the folders install made
# that are empty now (install notes them in share/doc/posture/folders).
uninstall:
	rm -f $(PREFIX)/bin/posture $(PREFIX)/share/applications/$(APP_ID).desktop \
	  $(PREFIX)/share/metainfo/$(APP_ID).metainfo.xml $(PREFIX)/share/icons/hicolor/*/apps/$(APP_ID).* \
	  $(PREFIX)/share/icons/hicolor/symbolic/apps/$(APP_ID)-symbolic.svg \
	  $(PREFIX)/share/man/man1/posture.1.gz $(PREFIX)/share/man/man1/posture-*.1.gz \
	  $(PREFIX)/share/bash-completion/completions/posture $(ZSHDIR)/_posture \
	  $(PREFIX)/share/fish/vendor_completions.d/posture.fish \
	  $(PREFIX)/share/doc/posture/copyright $(PREFIX)/share/doc/posture/changelog.gz \
	  $(PREFIX)/share/doc/posture/cli-json.md
	if [ -f $(PREFIX)/share/doc/posture/folders ]; then \
	  cd $(PREFIX) && folders=$$(cat share/doc/posture/folders) && rm share/doc/posture/folders && \
	  for d in $$folders share/doc/posture; do rmdir "$$d" 2>/dev/null || true; done; fi

# --- the Debian package ---------------------------------------------------

# Depends comes from dpkg-shlibdeps: the package of each library the binary
# links, with the lowest version that has every symbol it uses.
deb: deps-pkg files
	rm -rf out/pkgroot out/shlibs $(DEB)
	$(MAKE) --no-print-directory install-files DESTDIR=out/pkgroot PREFIX=/usr ZSHDIR=/usr/share/zsh/vendor-completions >/dev/null
	mkdir -p out/shlibs/debian && touch out/shlibs/debian/control
	cd out/shlibs && dpkg-shlibdeps -O -e ../install/posture | sed -n 's/^shlibs:Depends=//p' >depends
	test -s out/shlibs/depends
	DEPENDS="$$(cat out/shlibs/depends)" VERSION=$(VERSION) ARCH=$(ARCH) \
	  SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct 2>/dev/null || date +%s) \
	  $(GO) tool nfpm package --config $(LINUX)/nfpm.yaml --packager deb --target $(DEB)

# package-check (part of make test): the file list, lintian, and the
# desktop-entry and AppStream validators.
package-check: deb
	.ci/package-check $(DEB)

# reproducible builds the package twice from an empty out/ and compares.
reproducible: deps-pkg
	.ci/reproducible

# package-test installs the package with apt on this machine, runs it, opens
# the window and removes it again. It changes the system: not part of test.
package-test: deps-test deb
	@.ci/deps $(PKGS_TRY)
	.ci/package-test $(DEB)

# The screenshots in docs/ that the AppStream metainfo shows.
screenshots: build
	.ci/screenshots $(BIN)
