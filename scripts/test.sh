#!/usr/bin/env bash
# npm test: unit and API tests (also on PostgreSQL when TEST_DATABASE_URL is set), then the
# browser tests against the built web app in Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc --noEmit -p tsconfig.json
npx vitest run
npx vitest run --config vitest.e2e.config.ts
