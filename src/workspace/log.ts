/** The "Article Annotator" output channel and the way errors reach the user. */
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Article Annotator', { log: true });
  return channel;
}

/** An error the user can act on; its message is shown as is (no stack). */
export class UserError extends Error {
  constructor(message: string, readonly actions: { title: string; run: () => unknown }[] = []) {
    super(message);
    this.name = 'UserError';
  }
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Reports an error: always to the log (with stack for unexpected ones), and as a message with a
 * "Show Output" button (plus the error's own actions) so nothing fails silently.
 */
export async function reportError(context: string, err: unknown): Promise<void> {
  const expected = err instanceof UserError;
  if (expected) log().warn(`${context}: ${err.message}`);
  else log().error(`${context}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  const actions = expected ? err.actions : [];
  const choice = await vscode.window.showErrorMessage(
    expected ? err.message : `${context} failed: ${errorText(err)}`,
    ...actions.map((a) => a.title),
    'Show Output',
  );
  if (choice === 'Show Output') log().show(true);
  else actions.find((a) => a.title === choice)?.run();
}

/** Wraps a command handler so every failure is logged and shown. */
export function guarded<A extends unknown[], R>(context: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R | undefined> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (err) {
      void reportError(context, err);
      return undefined;
    }
  };
}
