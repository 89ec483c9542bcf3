import { readFileSync } from 'node:fs';
import pg from 'pg';
import { expect, it } from 'vitest';
import { createMetrics } from './metrics.ts';

const DASHBOARD = new URL('../../../../deploy/grafana/cx-connector.json', import.meta.url);

it('the Grafana dashboard only queries series the BFF and the worker export', async () => {
  // A pool that never connects: listing the metrics does not collect them.
  const pool = new pg.Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/none' });
  const exported = new Set(
    createMetrics(pool)
      .registry.getMetricsAsArray()
      .map((metric) => metric.name),
  );
  const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as {
    panels: { targets?: { expr: string }[] }[];
  };
  const queried = dashboard.panels
    .flatMap((panel) => panel.targets ?? [])
    .flatMap((target) => target.expr.match(/\b(cxc|http|process|nodejs)_\w+/g) ?? [])
    .map((name) => name.replace(/_(bucket|count|sum)$/, ''));
  expect(queried.length).toBeGreaterThan(10);
  expect(queried.filter((name) => !exported.has(name))).toEqual([]);
  await pool.end();
});
