// The HTML page of the offline view: one self-contained file holding the styles, the bundled script and the
// graph data. Data goes in a JSON script element with "<" escaped, so no text from a page can close it.
import type { ViewerBundle } from './bundle.js';
import type { ViewData } from './view-data.js';

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderPage(data: ViewData, bundle: ViewerBundle): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  const licences = [...bundle.licences].map(([pkg, text]) => `${pkg}:\n${text.trim()}`).join('\n\n').replace(/--/g, '- -');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(data.generatedBy)}">
<title>${escapeHtml(data.title)}</title>
<style>${bundle.css}</style>
</head>
<body>
<header>
  <h1>${escapeHtml(data.title)}</h1>
  <span id="counts"></span>
  <div class="search-box">
    <input id="search" type="search" placeholder="Search by name or alias (e.g. 盈智)" autocomplete="off" aria-label="Search nodes">
    <ul id="results" role="listbox"></ul>
  </div>
</header>
<nav id="legend"></nav>
<main id="graph"></main>
<aside id="panel"></aside>
<script type="application/json" id="kg-data">${json}</script>
<script>${bundle.script}</script>
<!--
Bundled third-party code and its licences:

${licences}
-->
</body>
</html>
`;
}
