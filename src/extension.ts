/**
 * Article Annotator: entry point. activate() only wires things up (no scanning, no detection)
 * and logs how long it took; work starts when an article editor is visible.
 */
import * as vscode from 'vscode';
import { AnnotationStore } from './workspace/annotationStore';
import { ArticleController } from './editor/articleController';
import { AnnotatorStatusBar } from './editor/statusBar';
import { EntitiesViewProvider, ENTITIES_VIEW_ID } from './panel/entitiesView';
import { registerCommands } from './commands';
import type { Startup } from './commands/debugState';
import { activateClaims } from './claims';
import { registerEntityHover } from './editor/hover';
import { log } from './workspace/log';

let startup: Startup = { activationMillis: 0, articlesTouched: 0, sidecarsLoaded: 0 };

export function activate(context: vscode.ExtensionContext): void {
  const t0 = performance.now();
  const channel = log();
  const store = new AnnotationStore();
  const controller = new ArticleController(store);
  const panel = new EntitiesViewProvider(context.extensionUri, controller);
  const claims = activateClaims(context, controller);
  context.subscriptions.push(
    channel,
    store,
    controller,
    panel,
    new AnnotatorStatusBar(controller),
    vscode.window.registerWebviewViewProvider(ENTITIES_VIEW_ID, panel),
    ...registerCommands(controller, () => startup),
    ...claims.disposables,
    ...registerEntityHover(controller, claims.service),
  );
  // Start decorating visible articles only after activate() has returned.
  setTimeout(() => controller.refreshVisible(), 0);
  const activationMillis = performance.now() - t0;
  startup = { activationMillis, articlesTouched: controller.articlesTouched(), sidecarsLoaded: store.loadedCount() };
  const version = (context.extension.packageJSON as { version?: string }).version ?? '?';
  channel.info(`Article Annotator ${version} activated in ${activationMillis.toFixed(1)} ms (VS Code ${vscode.version}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'})`);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
