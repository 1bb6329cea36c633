// Checks the harness itself: the suite runs inside a real VS Code extension host, on a fresh
// copy of samples/ (never the repository's own), where *.txt opens as the `article` language.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

describe('integration harness', () => {
  it('runs inside the extension host with the workspace open', () => {
    assert.ok(vscode.version, 'vscode.version');
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1, 'exactly one workspace folder');
  });

  it('works on a copy of samples/, not the repository folder', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    assert.notStrictEqual(path.basename(folder.fsPath), 'samples', `workspace is ${folder.fsPath}`);
    const articles = await vscode.workspace.findFiles('*.txt');
    assert.ok(articles.length >= 5, `found ${articles.length} articles`);
  });

  it('opens a sample article as the article language', async () => {
    const [first] = (await vscode.workspace.findFiles('*.txt')).sort((a, b) => a.fsPath.localeCompare(b.fsPath));
    const doc = await vscode.workspace.openTextDocument(first);
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'article');
    assert.ok(doc.getText().length > 500, 'article has text');
  });

  it('has this extension registered', () => {
    const ext = vscode.extensions.getExtension('article-annotator.article-annotator');
    assert.ok(ext, 'extension article-annotator.article-annotator is known to the host');
  });
});
