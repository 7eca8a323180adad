export type Path = readonly (string | number)[];

export interface CitationIssue {
  path: Path;
  message: string;
}

const SOURCE_KEYS = new Set(['source', 'coordSource']);

/**
 * Walks a parsed dataset for every citation: each `source`, `coordSource` and `corroboration`
 * id must exist in sources.json, and a record citing the article must carry its `quote`.
 */
export function checkCitations(data: unknown, sourceIds: ReadonlySet<string>): CitationIssue[] {
  const issues: CitationIssue[] = [];
  const visit = (node: unknown, path: Path): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, [...path, i]));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    for (const [key, child] of Object.entries(record)) {
      if (SOURCE_KEYS.has(key) && typeof child === 'string') {
        if (!sourceIds.has(child)) {
          issues.push({
            path: [...path, key],
            message: `unknown source "${child}" (not in sources.json)`,
          });
        }
      } else if (key === 'corroboration' && Array.isArray(child)) {
        child.forEach((ref, i) => {
          if (typeof ref === 'string' && !sourceIds.has(ref)) {
            issues.push({
              path: [...path, key, i],
              message: `unknown source "${ref}" (not in sources.json)`,
            });
          }
        });
      } else {
        visit(child, [...path, key]);
      }
    }
    if (record.source === 'article' && typeof record.quote !== 'string') {
      issues.push({
        path: [...path, 'quote'],
        message: 'expected a verbatim quote for a record citing the article',
      });
    }
  };
  visit(data, []);
  return issues;
}

/** Every source id a dataset cites, in first-seen order. */
export function citedSources(data: unknown): string[] {
  const seen = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      if (SOURCE_KEYS.has(key) && typeof child === 'string') seen.add(child);
      else if (key === 'corroboration' && Array.isArray(child)) {
        for (const ref of child) if (typeof ref === 'string') seen.add(ref);
      } else visit(child);
    }
  };
  visit(data);
  return [...seen];
}
