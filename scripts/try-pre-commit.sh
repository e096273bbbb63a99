#!/usr/bin/env bash
# Installs and runs the pre-commit hook as a user gets it: `pre-commit try-repo` on a clean
# clone of this repository's committed HEAD, in a fresh git repository holding one good and then
# one bad blueprint. Needs `pre-commit` (Debian: apt-get install pre-commit) and the registry.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"

git clone -q "$repo" "$work/hook"
mkdir "$work/project"
cd "$work/project"
git init -q
cp "$repo/examples/feedback-workshop.blueprint.yaml" good.blueprint.yaml
git add good.blueprint.yaml
if ! pre-commit try-repo "$work/hook" course-blueprint --all-files > "$work/good.log" 2>&1; then
  cat "$work/good.log" >&2
  echo "try-pre-commit: the hook failed on a good blueprint" >&2
  exit 1
fi

# A module that names an objective nobody declared: the hook must fail and say why.
sed 's/objectives: \[O1\]/objectives: [O9]/' good.blueprint.yaml > bad.blueprint.yaml
git add bad.blueprint.yaml
if pre-commit try-repo "$work/hook" course-blueprint --all-files > "$work/bad.log" 2>&1; then
  cat "$work/bad.log" >&2
  echo "try-pre-commit: the hook passed a bad blueprint" >&2
  exit 1
fi
if ! grep -q 'unknown-reference' "$work/bad.log"; then
  cat "$work/bad.log" >&2
  echo "try-pre-commit: the hook failed without reporting the finding" >&2
  exit 1
fi
echo "try-pre-commit: the hook installs from a clean clone, passes a good blueprint and fails a bad one"
