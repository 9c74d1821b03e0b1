import { isAbsolute, relative } from 'node:path';

/** Relative to the repository when inside it (`.data/postgres`), absolute otherwise. */
export function displayPath(repo: string, path: string): string {
  const inside = relative(repo, path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}
