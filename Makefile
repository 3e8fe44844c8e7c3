# `make run` and `make test` do all set-up themselves: they create .venv when it
# is absent and reinstall when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# Translations: kneecoach_<lang>.ts are the sources (edited with Qt Linguist or
# by hand); the .qm files Qt loads are compiled from them, never committed.
TS := $(wildcard resources/translations/kneecoach_*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint bench package deb wheel-check clean translations update-translations

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing texts in the code: bring every .ts up to date with it.
update-translations: $(STAMP)
	$(PY) tools/update_translations.py

run: $(STAMP) $(QM)
	$(PY) -m kneecoach $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

test: lint $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP)
	$(PY) bench/startup.py

# A one-folder bundle of this platform in dist/KneeCoach (ICU data trimmed on
# Linux), a .tar.gz of it, a self-test of the bundled binary (offscreen) and
# its chime played into a PulseAudio null sink and recorded.
package: $(STAMP) $(QM)
	$(PY) -m pip install --quiet -e '.[package]'
	rm -rf dist/KneeCoach build/pyinstaller
	$(VENV)/bin/pyinstaller packaging/kneecoach.spec --noconfirm --log-level WARN \
		--distpath dist --workpath build/pyinstaller
	$(PY) packaging/trim_icu_data.py dist/KneeCoach
	find dist/KneeCoach -xtype l -delete  # links to libraries the spec left out
	tar -C dist -czf dist/KneeCoach-$$($(PY) -c 'import kneecoach; print(kneecoach.__version__)')-linux-$$(uname -m).tar.gz KneeCoach
	QT_QPA_PLATFORM=offscreen dist/KneeCoach/KneeCoach --self-test \
		--data-dir build/selftest/data --config-dir build/selftest/config
	KNEECOACH_COMMAND=$(CURDIR)/dist/KneeCoach/KneeCoach $(PY) -m pytest -q -p no:cacheprovider \
		tests/e2e/test_sound.py -k sound_check
	du -sh --apparent-size dist/KneeCoach dist/KneeCoach-*.tar.gz

# A Debian package of that bundle: dist/kneecoach_<version>_<arch>.deb (needs
# dpkg-dev and binutils); packaging/deb/check.sh installs, runs and removes it.
deb:
	test -x dist/KneeCoach/KneeCoach || $(MAKE) package
	packaging/deb/build.sh

# The wheel, installed into a clean virtual environment, passes the same self-test.
wheel-check: $(STAMP) $(QM)
	PYTHON=$(PY) packaging/check_wheel.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
