import { mkdir, writeFile } from 'node:fs/promises';

/** Keeps the run's full numbers in bench/results/ (ignored by git) next to the printed summary. */
export async function writeResult(name: string, result: unknown): Promise<void> {
  const dir = new URL('../results/', import.meta.url);
  await mkdir(dir, { recursive: true });
  const text = JSON.stringify({ at: new Date().toISOString(), ...(result as object) }, null, 2);
  await writeFile(new URL(`${name}-${Date.now()}.json`, dir), `${text}\n`);
}
