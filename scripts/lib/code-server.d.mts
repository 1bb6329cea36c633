// Types for code-server.mjs (used from the TypeScript end-to-end driver).
import type { ChildProcess } from 'node:child_process';
import type { Browser } from 'playwright-core';

export const repoRoot: string;
export const seededSettings: Record<string, unknown>;

export interface RunDir {
  dir: string;
  home: string;
  userDataDir: string;
  extensionsDir: string;
  workspace: string;
  tmp: string;
}

export interface CodeServer {
  url: string;
  port: number;
  pid: number;
  child: ChildProcess;
  stop(): Promise<void>;
  output(): string;
}

export function toolPaths(): { node: string; entry: string; chromium: string };
export function makeRunDir(name: string, opts?: { samples?: string | null; base?: string; dir?: string }): RunDir;
export function runEnv(run: RunDir, extra?: Record<string, string>): NodeJS.ProcessEnv;
export function installExtension(run: RunDir, vsix: string): string;
export function startCodeServer(
  run: RunDir,
  opts?: { port?: number; smokeTestDriver?: boolean; env?: Record<string, string>; onLog?: (text: string) => void; timeoutMs?: number },
): Promise<CodeServer>;
export function workbenchUrl(server: CodeServer, folder: string, payload?: [string, string][]): string;
export function launchChromium(opts?: { headless?: boolean }): Promise<Browser>;
export function removeRunDir(run: RunDir): void;
export function killGroup(pid: number, signal: NodeJS.Signals | number): void;
export function sleep(ms: number): Promise<void>;
