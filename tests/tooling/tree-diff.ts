/**
 * Compare two built sites file by file, pure over in-memory trees
 * (site path → bytes). Used to prove that a build is reproducible.
 */
export type Tree = ReadonlyMap<string, Uint8Array>;

/** Every difference, one line each, in path order; empty when the trees are byte-identical. */
export function treeDifferences(first: Tree, second: Tree): string[] {
  const paths = [...new Set([...first.keys(), ...second.keys()])].sort();
  const out: string[] = [];
  for (const path of paths) {
    const a = first.get(path);
    const b = second.get(path);
    if (!a) out.push(`${path}: only in the second build`);
    else if (!b) out.push(`${path}: only in the first build`);
    else {
      const at = firstDifference(a, b);
      if (at !== -1) out.push(`${path}: differs from byte ${at} (${a.length} vs ${b.length} bytes)`);
    }
  }
  return out;
}

function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}
