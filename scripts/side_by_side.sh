#!/usr/bin/env bash
# Runs commands at once, each with its output in a file of its own, then prints each command's output whole, in
# the order given, and fails if any failed. `make test` runs the SQLite and the PostgreSQL runs of a suite this
# way: much of each run waits on its database, so two at once finish well before two one after the other.
#   scripts/side_by_side.sh "make test-sqlite" "make test-postgres"
set -uo pipefail
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
pids=()
started=$SECONDS
n=0
for command in "$@"; do
  bash -c "$command" >"$logs/$n.log" 2>&1 &
  pids+=($!)
  n=$((n + 1))
done
failed=0
n=0
for command in "$@"; do
  if wait "${pids[$n]}"; then status=passed; else status=FAILED; failed=1; fi
  echo "=== $command: $status ($((SECONDS - started)) s since the start)"
  cat "$logs/$n.log"
  n=$((n + 1))
done
exit $failed
