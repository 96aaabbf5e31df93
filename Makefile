# Build and install docstruct: one binary (Swift runtime linked in, schema compiled in), its man
# page and shell completions. The binary still needs the system's Poppler GLib and SQLite
# (Debian: libpoppler-glib8 poppler-data libsqlite3-0).
#
#   make                      release build (.build/release/docstruct)
#   make install              into /usr/local (PREFIX=… DESTDIR=… as usual)
#   make uninstall
PREFIX ?= /usr/local
DESTDIR ?=
BIN := .build/release/docstruct
BINDIR := $(DESTDIR)$(PREFIX)/bin
MANDIR := $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
MANPAGE := .build/man/docstruct.1

.PHONY: all build man install uninstall
all: build

build:
	swift build -c release --static-swift-stdlib

# swift-argument-parser's generate-manual tool writes the man page from the commands' help
# (the tool its generate-manual plugin runs, called directly so that the build flags stay ours).
man: build
	swift build -c release --static-swift-stdlib --product generate-manual
	mkdir -p .build/man
	.build/release/generate-manual $(BIN) --output-directory .build/man

install: build man
	install -d $(BINDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 755 $(BIN) $(BINDIR)/docstruct
	install -m 644 $(MANPAGE) $(MANDIR)/docstruct.1
	$(BIN) --generate-completion-script bash > $(BASHDIR)/docstruct
	$(BIN) --generate-completion-script zsh > $(ZSHDIR)/_docstruct
	$(BIN) --generate-completion-script fish > $(FISHDIR)/docstruct.fish

uninstall:
	rm -f $(BINDIR)/docstruct $(MANDIR)/docstruct.1 $(BASHDIR)/docstruct $(ZSHDIR)/_docstruct $(FISHDIR)/docstruct.fish
