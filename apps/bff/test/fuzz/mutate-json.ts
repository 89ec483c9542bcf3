import fc from 'fast-check';
import { hostileString, hostileValue } from './hostile-values.ts';

type Path = (string | number)[];

/** Every place in a JSON value that can be replaced (leaves and containers alike), root excluded. */
function places(value: unknown, at: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, item]) => [[...at, key], ...places(item, [...at, key])]);
}

function containers(value: unknown, at: Path = []): Path[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return [at, ...Object.entries(value).flatMap(([key, item]) => containers(item, [...at, key]))];
}

function setAt(
  root: unknown,
  path: Path,
  change: (parent: Record<string | number, unknown>, key: string | number) => void,
): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (last !== undefined) change(parent, last);
  return copy;
}

/**
 * A valid sample with one hostile change: a value replaced, a key added with a hostile name, or a value
 * removed. Starting from a valid body lets the hostile text get past the schema and reach storage.
 */
export function mutatedJson(sample: unknown): fc.Arbitrary<unknown> {
  const replaceable = places(sample);
  const objects = containers(sample);
  const options: fc.Arbitrary<unknown>[] = [hostileValue];
  if (replaceable.length) {
    options.push(
      fc
        .tuple(fc.constantFrom(...replaceable), hostileValue)
        .map(([path, value]) => setAt(sample, path, (parent, key) => (parent[key] = value))),
      fc.constantFrom(...replaceable).map((path) =>
        setAt(sample, path, (parent, key) => {
          if (Array.isArray(parent)) parent.splice(Number(key), 1);
          else delete parent[key];
        }),
      ),
    );
  }
  if (objects.length) {
    options.push(
      fc.tuple(fc.constantFrom(...objects), hostileString, hostileValue).map(([path, key, value]) => {
        const copy = structuredClone(sample) as Record<string, unknown>;
        let target = copy;
        for (const step of path) target = target[step] as Record<string, unknown>;
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
        return copy;
      }),
    );
  }
  return fc.oneof(...options);
}
