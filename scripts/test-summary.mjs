// Prints the totals of every suite's result files as one line, `N passed, N failed` (what CI reads).
// scripts/test.sh lists the steps that failed in artifacts/test-results/failed-steps.txt; a failed step that left no
// result file counts as one failure, so a suite that could not even start never looks green.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const sources = [
  { dir: 'artifacts/test-results', step: 'backend' },
  { dir: 'frontend/test-results', step: 'frontend-unit' },
  { dir: 'tests/e2e/test-results', step: 'e2e' },
];

const attr = (xml, tag, name) => {
  const element = xml.match(new RegExp(`<${tag}\\b[^>]*>`));
  const value = element?.[0].match(new RegExp(`\\b${name}="(\\d+)"`));
  return value ? Number(value[1]) : 0;
};

let passed = 0;
let failed = 0;
const reported = new Set();
for (const { dir, step } of sources) {
  const path = join(root, dir);
  if (!existsSync(path)) continue;
  for (const file of readdirSync(path).filter((f) => f.endsWith('.trx') || f.endsWith('.xml'))) {
    const xml = readFileSync(join(path, file), 'utf8');
    reported.add(step);
    if (file.endsWith('.trx')) {
      passed += attr(xml, 'Counters', 'passed');
      failed += attr(xml, 'Counters', 'failed') + attr(xml, 'Counters', 'error') + attr(xml, 'Counters', 'timeout') + attr(xml, 'Counters', 'aborted');
    } else {
      const tests = attr(xml, 'testsuites', 'tests');
      const bad = attr(xml, 'testsuites', 'failures') + attr(xml, 'testsuites', 'errors');
      passed += tests - bad - attr(xml, 'testsuites', 'skipped');
      failed += bad;
    }
  }
}

const stepsFile = join(root, 'artifacts/test-results/failed-steps.txt');
const failedSteps = existsSync(stepsFile) ? readFileSync(stepsFile, 'utf8').split('\n').filter(Boolean) : [];
for (const step of failedSteps) if (!reported.has(step) || !step.match(/^(backend|frontend-unit|e2e)$/)) failed += 1;
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
