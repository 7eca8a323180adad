/**
 * Stands in for the PDF library's optional helpers (html2canvas, DOMPurify, canvg): it draws
 * HTML pages and SVG images with them, and this project draws every figure as vector paths
 * through svg2pdf instead. Without them the site and the single file are 380 KB lighter.
 */
export default undefined;
