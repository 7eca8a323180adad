import { Suspense, useState, type ReactNode } from 'react';

/**
 * A disclosure whose contents are rendered, and their code loaded, only once it is first opened:
 * what a reader may never open costs the first view nothing.
 */
export function LazyDetails({
  className,
  summary,
  children,
}: {
  className?: string;
  summary: ReactNode;
  children: () => ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className={className}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{summary}</summary>
      {opened && <Suspense fallback={null}>{children()}</Suspense>}
    </details>
  );
}
