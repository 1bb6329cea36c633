/** HTML shells of the webviews (Entities, Claims): strict CSP with a nonce; script and styles from media/. */
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';

/** A fresh nonce, the strict Content-Security-Policy that allows only it, and URIs of files in media/ (shared by the webviews). */
export function webviewAssets(webview: vscode.Webview, extensionUri: vscode.Uri): { nonce: string; csp: string; media: (file: string) => string } {
  const nonce = randomBytes(16).toString('base64');
  const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', file)).toString();
  const csp = [
    `default-src 'none'`,
    `style-src ${webview.cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
  ].join('; ');
  return { nonce, csp, media };
}

/** A webview page: the strict CSP, one stylesheet and one script from media/, and the given body. */
export function webviewPage(webview: vscode.Webview, extensionUri: vscode.Uri, page: { title: string; name: string; body: string }): string {
  const { nonce, csp, media } = webviewAssets(webview, extensionUri);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" nonce="${nonce}" href="${media(`${page.name}.css`)}">
<title>${page.title}</title>
</head>
<body>
${page.body}
<script nonce="${nonce}" src="${media(`${page.name}.js`)}"></script>
</body>
</html>`;
}

export function panelHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  return webviewPage(webview, extensionUri, {
    title: 'Entities',
    name: 'panel',
    body: `<header id="article" class="article" hidden>
  <div id="article-title" class="article-title"></div>
  <div id="summary" class="summary"></div>
</header>
<div id="problems" class="problems" role="alert" hidden></div>
<section id="orphans" class="orphans" aria-label="Orphaned annotations" hidden></section>
<div class="filter-box" id="filter-box" hidden><input id="filter" type="search" placeholder="Filter entities" aria-label="Filter entities by name" spellcheck="false"></div>
<p id="empty" class="empty" hidden></p>
<main id="groups" class="groups" aria-label="Entities by type"></main>`,
  });
}
