/**
 * Escape hides a headline figure's source note, hovered or focused, as it hides a chart's
 * tooltip; the note comes back once the pointer and focus have left it. The notes are built
 * ahead of time and shown by CSS, so one listener on the document serves them all.
 */
export function dismissTipsOnEscape(doc: Document): void {
  const shown = () => doc.querySelectorAll('.headline:hover, .headline:focus-within');
  doc.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    for (const el of shown()) el.classList.add('tip-dismissed');
  });
  const restore = (e: Event) => {
    const headline = e.target instanceof Element ? e.target.closest('.headline') : null;
    if (headline && !headline.matches(':hover, :focus-within')) {
      headline.classList.remove('tip-dismissed');
    }
  };
  doc.addEventListener('focusout', (e) => {
    // Focus has not moved on yet while focusout runs: look once it has.
    setTimeout(() => {
      restore(e);
    }, 0);
  });
  doc.addEventListener('mouseout', restore);
}
