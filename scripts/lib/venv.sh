# Shared by scripts/demo and scripts/test: make .venv and install the project into it.
# ensure_venv [extra]   e.g. `ensure_venv dev` installs the dev tools too.
# Reinstalls only when pyproject.toml changed since the last install.
ensure_venv() {
    local extra="${1:-}"
    local python="${PYTHON:-python3}"
    local spec="."
    [ -n "$extra" ] && spec=".[$extra]"
    if [ ! -x .venv/bin/python ]; then
        "$python" -m venv .venv
        .venv/bin/python -m pip install --quiet --upgrade pip
    fi
    local stamp=".venv/.installed-${extra:-base}"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        .venv/bin/python -m pip install --quiet -e "$spec"
        touch "$stamp"
    fi
}
