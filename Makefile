# sipdial-lint — build, demo and test. `make demo` and `make test` work on a fresh machine
# with Swift, libxml2-dev and libyaml-dev; missing tools are installed or named.
SWIFT ?= swift
BIN := .build/release/sipdial-lint
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all build demo test generate lint-man deps tools clean

all: build

deps:
	@pkg-config --exists libxml-2.0 || { echo "sipdial-lint needs libxml2 (Debian: apt-get install libxml2-dev)"; exit 1; }
	@pkg-config --exists yaml-0.1 || { echo "sipdial-lint needs libyaml (Debian: apt-get install libyaml-dev)"; exit 1; }
	@command -v $(SWIFT) >/dev/null || { echo "sipdial-lint needs Swift 6 (swift.org)"; exit 1; }

# Tools the tests use: mandoc checks the man page.
tools:
	@command -v mandoc >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq mandoc >/dev/null; } \
	  || { echo "the tests need mandoc (Debian: apt-get install mandoc)"; exit 1; }

build: deps
	$(SWIFT) build -c release --static-swift-stdlib --product sipdial-lint

demo: build
	@for dialect in signalwire restcomm twilio; do \
	  echo "== $(BIN) --dialect $$dialect examples/$$dialect"; \
	  $(BIN) --dialect $$dialect examples/$$dialect; \
	  echo "(exit status $$?)"; \
	done

test: deps tools
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Two passes: the first embeds Rules/ into the source, the second (built with it)
# regenerates the docs and golden outputs from the new rules; then a check run.
generate: deps
	SIPDIAL_REGENERATE=1 $(SWIFT) test --filter GeneratedFilesTests >/dev/null 2>&1 || true
	SIPDIAL_REGENERATE=1 $(SWIFT) test --filter 'GeneratedFilesTests|GoldenTests' >/dev/null 2>&1 || true
	$(SWIFT) test --filter 'GeneratedFilesTests|GoldenTests' 2>&1 | tail -3

lint-man: tools
	mandoc -T lint -W warning man/sipdial-lint.1

clean:
	rm -rf .build
