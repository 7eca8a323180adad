// Runs in the page's <head>, before anything is painted: the reader's theme, and the language a
// link or the reader asked for. Built pages carry it inline, allowed by its hash in the page's
// Content-Security-Policy; the development server serves it as a file.
(function () {
  'use strict';
  var LANGS = ['en', 'ru', 'kk', 'zh'];
  var root = document.documentElement;
  root.setAttribute('data-js', '');
  var script = document.currentScript;
  // The site's base, '/' or a host's sub-path ('/kzcn/'): named by the built page, which carries
  // this script inline, or found from the file's address.
  var base =
    (script && script.getAttribute('data-base')) ||
    ((script && script.getAttribute('src')) || '/boot.js').replace(/boot\.js.*$/, '');
  // The single file routes by its hash (#/ru/chart/trade), whatever its own path.
  var hashRoutes =
    (script && script.hasAttribute('data-hash-routes')) || location.hash.indexOf('#/') === 0;
  var address = hashRoutes ? location.hash.slice(1) || '/' : location.pathname;
  var q = address.indexOf('?');
  var path = q < 0 ? address : address.slice(0, q);
  var search = hashRoutes ? (q < 0 ? '' : address.slice(q)) : location.search;
  if (!hashRoutes && path.indexOf(base) === 0) path = '/' + path.slice(base.length);
  var params = new URLSearchParams(search);
  var first = path.split('/')[1] || '';
  var pageLang = LANGS.indexOf(first) > 0 ? first : 'en';
  var rest = pageLang === 'en' ? path : path.slice(first.length + 1) || '/';
  var embedded = /^\/embed\//.test(rest);

  function stored(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  function preferred() {
    for (var tag of navigator.languages || []) {
      var code = String(tag).toLowerCase().split(/[-_]/)[0];
      if (LANGS.indexOf(code) >= 0) return code;
    }
    return null;
  }

  var theme = params.get('theme');
  if (theme !== 'light' && theme !== 'dark' && theme !== 'auto') {
    theme = embedded ? null : stored('kzcn-theme');
  }
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);

  // A link that names its language (?lang=), or a reader who chose one, opens that language's
  // page; an address that names its own language (/ru/…) is kept. A first visit to the front
  // page opens the first of the browser's languages the site speaks.
  var asked = params.get('lang');
  var wanted = LANGS.indexOf(asked) >= 0 ? asked : null;
  if (!wanted && pageLang === 'en' && !embedded) {
    var chosen = stored('kzcn-lang');
    if (LANGS.indexOf(chosen) >= 0) wanted = chosen;
    else if (rest === '/') wanted = preferred();
  }
  if (!wanted || wanted === pageLang) return;
  params.delete('lang');
  var query = params.toString();
  var target =
    (wanted === 'en' ? '' : '/' + wanted) + (rest === '/' && wanted !== 'en' ? '/' : rest);
  target = target.replace(/\/\/+/g, '/') + (query ? '?' + query : '');
  if (hashRoutes) {
    // A new hash is the same page: the app reads it as it starts.
    location.replace(location.pathname + location.search + '#' + target);
    return;
  }
  // The page is left before it paints: nothing of this language shows in the meantime.
  root.style.visibility = 'hidden';
  location.replace(base.replace(/\/$/, '') + target + location.hash);
})();
