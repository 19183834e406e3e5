# sipdial-lint — build, demo and test. `make demo` and `make test` work on a fresh machine
# with Swift, libxml2-dev and libyaml-dev; missing tools are installed or named.
SWIFT ?= swift
BIN := .build/release/sipdial-lint
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all build demo test generate lint-man deps tools clean twilio-check

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
	$(MAKE) --no-print-directory twilio-check

# Two passes: the first embeds Rules/ into the source, the second (built with it)
# regenerates the docs and golden outputs from the new rules; then a check run.
generate: deps
	SIPDIAL_REGENERATE=1 $(SWIFT) test --filter builtinRulesMatchTheRuleFiles >/dev/null 2>&1 || true
	SIPDIAL_REGENERATE=1 $(SWIFT) test --filter 'GeneratedFilesTests|GoldenTests' >/dev/null 2>&1 || true
	$(SWIFT) test --filter 'GeneratedFilesTests|GoldenTests' 2>&1 | tail -3

lint-man: tools
	mandoc -T lint -W warning man/sipdial-lint.1

clean:
	rm -rf .build

# Documents from a real client library (the Twilio Python package, installed into a venv
# under .build/) must lint clean in --dialect twilio.
TWILIO_VENV := .build/twilio-venv
twilio-check: deps
	$(SWIFT) build --product sipdial-lint
	@[ -x $(TWILIO_VENV)/bin/python ] || python3 -m venv $(TWILIO_VENV)
	@$(TWILIO_VENV)/bin/python -c 'import twilio' 2>/dev/null || $(TWILIO_VENV)/bin/pip install -q 'twilio==9.13.0'
	rm -rf .build/twilio-docs
	$(TWILIO_VENV)/bin/python Tests/twilio/generate.py .build/twilio-docs
	.build/debug/sipdial-lint --dialect twilio --fail-level info .build/twilio-docs
