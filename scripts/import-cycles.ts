/**
 * `pnpm lint` step: fails when any TypeScript file in the workspace can reach itself through its imports,
 * naming each circle. A circle hides which layer owns what and makes start-up order depend on import order.
 */
import { fileURLToPath } from 'node:url';
import { findImportCycles } from './find-cycles.ts';
import { buildImportGraph } from './import-graph.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const graph = buildImportGraph(root);
const cycles = findImportCycles(graph);
if (cycles.length === 0) {
  process.stdout.write(`import cycles: none in ${graph.size} files\n`);
} else {
  for (const cycle of cycles) process.stderr.write(`import cycle: ${cycle.join(' -> ')}\n`);
  process.stderr.write(
    `${cycles.length} import cycle(s): move the shared piece (often a type) to the layer both sides may import\n`,
  );
  process.exitCode = 1;
}
