# lionk — the two commands of the README:
#   make demo   installs libz3-dev if missing, builds, and reproduces the paper's claims
#   make test   same install step, then the whole test suite
SWIFT ?= swift
CONFIG ?= release
# Z3=DIR builds against another Z3 than Debian's libz3-dev: DIR holds include/z3.h and
# lib/libz3.so, e.g. the z3 folder of the PyPI wheel z3-solver (docs/solver.md, "Another Z3").
# That build goes to .build-z3/ with a pkg-config file of its own; the default build is untouched.
Z3 ?=
ifeq ($(Z3),)
SCRATCH = .build
PKGENV =
Z3FLAGS =
else
SCRATCH = .build-z3
PKGENV = PKG_CONFIG_PATH=$(CURDIR)/.build-z3/pkgconfig
# SwiftPM drops linker flags other than -L/-l from pkg-config: the run path goes here.
Z3FLAGS = -Xlinker -rpath -Xlinker $(abspath $(Z3))/lib
endif
BIN = $(SCRATCH)/$(CONFIG)/lionk

.PHONY: demo test build z3 bench examples fuzz proofs clean

# Installs Debian's libz3-dev when pkg-config cannot find Z3 (with Z3=DIR: checks DIR and
# writes the pkg-config file that points the build at it).
z3:
ifneq ($(Z3),)
	@test -f "$(Z3)/include/z3.h" || { echo "error: Z3=$(Z3): no include/z3.h there (give the folder that holds include/ and lib/)" >&2; exit 66; }
	@test -f "$(Z3)/lib/libz3.so" || { echo "error: Z3=$(Z3): no lib/libz3.so there" >&2; exit 66; }
	@mkdir -p .build-z3/pkgconfig
	@Z3DIR="$$(cd "$(Z3)" && pwd)"; printf 'Name: z3\nDescription: Z3 from %s\nVersion: other\nCflags: -I%s/include\nLibs: -L%s/lib -lz3\n' "$$Z3DIR" "$$Z3DIR" "$$Z3DIR" > .build-z3/pkgconfig/z3.pc
	@echo "z3: building against $(Z3) (.build-z3/, pkg-config file .build-z3/pkgconfig/z3.pc)"
else
	@if pkg-config --exists z3 2>/dev/null; then \
	  echo "z3: found $$(pkg-config --modversion z3) (libz3-dev)"; \
	else \
	  echo "z3: libz3-dev not found; installing it with apt-get"; \
	  if ! command -v apt-get >/dev/null 2>&1; then \
	    echo "error: apt-get is not available: install Z3's C library and pkg-config file (Debian: libz3-dev) by hand" >&2; exit 69; \
	  fi; \
	  if [ "$$(id -u)" != 0 ]; then \
	    echo "error: installing libz3-dev needs root: run 'sudo apt-get install -y libz3-dev pkg-config' and retry" >&2; exit 77; \
	  fi; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libz3-dev pkg-config) \
	    || { echo "error: apt-get could not install libz3-dev" >&2; exit 69; }; \
	  pkg-config --exists z3 || { echo "error: libz3-dev installed but pkg-config still cannot find z3" >&2; exit 69; }; \
	fi
endif

build: z3
	$(PKGENV) $(SWIFT) build -c $(CONFIG) --product lionk --scratch-path $(SCRATCH) $(Z3FLAGS)

demo: build
	@$(BIN) --version
	@$(BIN) reproduce
	@echo
	@echo "Re-checking the committed proof bundles (Proofs/, docs/proof-logs.md):"
	@$(BIN) check Proofs/
	@echo
	@echo "Proofs/README.md:"
	@sed -n '/^| claim /,$$p' Proofs/README.md

test: z3
	$(PKGENV) $(SWIFT) build --build-tests --scratch-path $(SCRATCH) $(Z3FLAGS)
	$(PKGENV) $(SWIFT) test --skip-build --scratch-path $(SCRATCH) $(Z3FLAGS)
	$(SCRATCH)/debug/lionk check Proofs/

# Rewrites Proofs/: a bundle per decided catalogue claim, README.md, and proofs.tex (LaTeX).
proofs: build
	$(BIN) reproduce --proofs Proofs --latex Proofs/proofs.tex

# The naive z3py baseline (bench/naive_z3py.py) runs in bench/.venv with z3-solver 4.8.12.0,
# the same Z3 as the libz3-dev that lionk links.
BENCH_PY = bench/.venv/bin/python
$(BENCH_PY):
	python3 -m venv bench/.venv || { echo "make bench: python3 -m venv failed (Debian: apt-get install python3-venv)"; exit 1; }
	bench/.venv/bin/pip install --quiet z3-solver==4.8.12.0 || { rm -rf bench/.venv; echo "make bench: could not install z3-solver 4.8.12.0 from PyPI"; exit 1; }

bench: build $(BENCH_PY)
	@$(BIN) bench --naive bench/naive_z3py.py --python $(BENCH_PY)

# Rewrites examples/catalogue: one claim file per catalogue claim (a test checks they are current).
examples: build
	@$(BIN) export --all examples/catalogue

# The differential fuzzer (docs/reliability.md): make fuzz N=10000 [SEED=1] [JOBS=2] [TIMEOUT=2]
N ?= 1000
SEED ?= 1
FUZZ_OUT ?= Tests/FuzzTests/Regressions
fuzz: build
	$(BIN) fuzz --count $(N) --seed $(SEED) --out $(FUZZ_OUT) $(if $(JOBS),--jobs $(JOBS)) $(if $(TIMEOUT),--timeout $(TIMEOUT))

clean:
	rm -rf .build
