/*
 * Kazakhstan–China Ties embeds: sets each chart frame on the page to its chart's height.
 * Load it by URL (<script src=".../embed.js" async>): no inline script, so it works under a
 * strict Content-Security-Policy. It only listens to frames of this site's /embed/ pages and
 * only takes a height from them.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = new URL('.', script.src);
  var origin = base.origin;
  var prefix = base.href + 'embed/';
  var MIN = 120;
  var MAX = 20000;

  function frames() {
    return Array.prototype.filter.call(document.getElementsByTagName('iframe'), function (f) {
      return typeof f.src === 'string' && f.src.indexOf(prefix) === 0;
    });
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (
      !data ||
      typeof data !== 'object' ||
      data.type !== 'kzcn:resize' ||
      typeof data.chart !== 'string' ||
      typeof data.height !== 'number' ||
      !isFinite(data.height)
    ) {
      return;
    }
    var height = Math.round(Math.min(Math.max(data.height, MIN), MAX));
    frames().forEach(function (frame) {
      if (frame.contentWindow !== event.source) return;
      frame.style.height = height + 'px';
      frame.style.aspectRatio = 'auto';
      frame.setAttribute('data-kzcn-height', String(height));
    });
  });

  // Frames that loaded before this script told their height to nobody: ask them again.
  function hello() {
    frames().forEach(function (frame) {
      if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'kzcn:hello' }, origin);
    });
  }
  hello();
  window.addEventListener('load', hello);
})();
