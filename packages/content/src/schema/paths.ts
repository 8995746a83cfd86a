// Issue paths and list checks the pack's schemas share.
import * as v from 'valibot';

export type PathItem = v.IssuePathItem;
type Path = [PathItem, ...PathItem[]];
type Walked = { path: PathItem[]; value: unknown };

/** A path with more steps added. */
export const extend = (path: PathItem[], ...more: [PathItem, ...PathItem[]]): Path => [...path, ...more] as Path;

/** Every value in a tree of plain data, with its path. */
export function* walk(value: unknown, path: PathItem[] = []): Generator<Walked> {
  yield { path, value };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      yield* walk(value[i], [...path, step(value, i, value[i])]);
    }
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      yield* walk(child, [...path, step(value, key, child)]);
    }
  }
}

/** One step of an issue path. */
export function step(input: unknown, key: string | number, value: unknown): PathItem {
  return (
    typeof key === 'number'
      ? { type: 'array', origin: 'value', input: input as unknown[], key, value }
      : { type: 'object', origin: 'value', input: input as Record<string, unknown>, key, value }
  ) as PathItem;
}

export const uniqueIds = <T extends { id: string }>() =>
  v.rawCheck<T[]>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Set<string>();
    dataset.value.forEach((item, index) => {
      if (seen.has(item.id)) {
        addIssue({
          message: 'an id not used earlier in this list',
          input: item.id,
          path: [step(dataset.value, index, item), step(item, 'id', item.id)],
        });
      }
      seen.add(item.id);
    });
  });

export const nonEmpty = <T>(what: string) => v.minLength<T[], number, string>(1, what);
