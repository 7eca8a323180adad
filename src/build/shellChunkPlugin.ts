import type { Plugin } from 'vite';

/**
 * What the page's first script needs, as one file: every module `entry` imports statically, at
 * any depth, goes into one chunk, rather than a score of small shared ones each a request of its
 * own. Modules loaded on demand (charts, exporters, dialogs) stay in their own chunks.
 */
export function shellChunk(entry: RegExp) {
  const imports = new Map<string, readonly string[]>();
  let shell: Set<string> | undefined;
  const plugin: Plugin = {
    name: 'kzcn-shell-chunk',
    apply: 'build',
    buildStart() {
      imports.clear();
      shell = undefined;
    },
    moduleParsed(info) {
      imports.set(info.id, info.importedIds);
    },
  };
  const reachable = (): Set<string> => {
    if (shell) return shell;
    const start = [...imports.keys()].find((id) => entry.test(id));
    const seen = new Set<string>();
    const queue = start ? [start] : [];
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      if (seen.has(id)) continue;
      seen.add(id);
      queue.push(...(imports.get(id) ?? []));
    }
    shell = seen;
    return seen;
  };
  // The bundler's own helpers, which the entry itself uses, stay out: the entry would otherwise
  // import the whole chunk before it could run, and run only once all of it had.
  const helper = /preload-helper|rolldown[:/]runtime|^\0/;
  return { plugin, test: (id: string) => !helper.test(id) && reachable().has(id) };
}
