#!/usr/bin/env bash
# The gate: everything a reviewer would run. `npm test` calls it; CI calls `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "▶ typecheck"
npx tsc --noEmit -p .

echo "▶ lint (house rules and import boundaries: eslint.config.js)"
npx eslint --max-warnings 0 .

echo "▶ migrations match the schema"
before=$(ls drizzle/*.sql | wc -l)
npx drizzle-kit generate --name check >/dev/null
after=$(ls drizzle/*.sql | wc -l)
if [ "$before" != "$after" ]; then
  echo "server/db/schema.ts has changes with no migration: run 'npm run db:generate' and commit drizzle/" >&2
  git checkout -- drizzle 2>/dev/null || true
  git clean -fdq drizzle 2>/dev/null || true
  exit 1
fi

echo "▶ tests (unit, router, seed, open data, browser; the stress suites run apart: npm run test:stress)"
npx vitest run --project unit --project browser "$@"
