/**
 * A built page inlines the styles its markup needs and links the rest (menus, dialogs, the live
 * figure's states) as `media="print"`, which never holds up the first paint: once a script
 * runs, they apply. A page read without scripts has no use for them.
 */
export function applyLaterStyles(): void {
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[data-later]')) {
    link.media = 'all';
    link.removeAttribute('data-later');
  }
}
