#!/usr/bin/env bash
# One pre-commit hook, run by the real pre-commit in a throw-away git repository
# (.build/pre-commit-scratch, with good.xml and bad.xml): with the broken document it must
# fail with the exact diagnostic and exit status 1; with the good document alone it must
# pass. make pre-commit-check runs this for each hook.
# usage: Tests/pre-commit-check.sh [--config FILE] NAME COMMAND [ARG ...]
# COMMAND runs in the scratch repository (give absolute paths) with this environment;
# --config copies FILE there as its .pre-commit-config.yaml.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
config=
if [ "$1" = --config ]; then config="$2"; shift 2; fi
name="$1"
shift
scratch="$root/.build/pre-commit-scratch"
log="$root/.build/pre-commit-bad.log"

rm -rf "$scratch" && mkdir -p "$scratch" || exit 1
cp "$root/examples/twilio/good.xml" "$scratch/good.xml" || exit 1
printf '<Response><Dial><Sip>sip:a@example.com</Sip><Number>+15551234567</Number></Dial></Response>\n' > "$scratch/bad.xml"
if [ -n "$config" ]; then cp "$config" "$scratch/.pre-commit-config.yaml" || exit 1; fi
cd "$scratch" && git init -q && git add -A || exit 1

"$@" > "$log" 2>&1
status=$?
cat "$log"
if [ "$status" != 1 ] || ! grep -q 'bad.xml:1:45: error: <Number> beside <Sip>' "$log"; then
  echo "pre-commit hook $name: a broken document did not fail with its diagnostic and exit status 1 (exit status $status)"
  exit 1
fi
git rm -q --cached bad.xml && rm bad.xml || exit 1
"$@" || { echo "pre-commit hook $name: a good document failed"; exit 1; }
echo "pre-commit hook $name: fails on a broken document, passes on a good one"
