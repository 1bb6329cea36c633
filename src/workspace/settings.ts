/** The extension's settings (`articleAnnotator.*`), read and checked in one place. */
import * as vscode from 'vscode';
import { BUILTIN_ENTITY_TYPES } from '../core/model';
import { DEFAULT_PARTIES } from '../core/claims/kind';

export const SECTION = 'articleAnnotator';
const COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const TYPE_NAME = /^[a-z][a-z0-9_-]*$/;

export interface AnnotatorSettings {
  detectionEnabled: boolean;
  /** Types the detector may suggest. */
  detectionTypes: string[];
  /** User-defined types → colour (#rrggbb), checked. */
  customTypes: Record<string, string>;
  /** Exact name → type. */
  gazetteer: Record<string, string>;
  /** Propose claims with the attribution detector (`claims.detection.enabled`). */
  claimDetectionEnabled: boolean;
  /** Parties to the conflict: their statements are claims, not estimates (`claims.parties`). */
  claimParties: string[];
  /** Problems found while reading the settings, for the log and a warning. */
  problems: string[];
}

export function readSettings(): AnnotatorSettings {
  const c = vscode.workspace.getConfiguration(SECTION);
  const problems: string[] = [];
  const customTypes: Record<string, string> = {};
  for (const [name, color] of Object.entries(c.get<Record<string, unknown>>('customTypes') ?? {})) {
    if (!TYPE_NAME.test(name)) problems.push(`customTypes: "${name}" is not a valid type name (lower-case letters, digits, - and _)`);
    else if ((BUILTIN_ENTITY_TYPES as readonly string[]).includes(name)) problems.push(`customTypes: "${name}" is a built-in type`);
    else if (name === 'claim') problems.push('customTypes: "claim" is reserved (rejected proposed claims are kept under that type)');
    else if (typeof color !== 'string' || !COLOR.test(color)) problems.push(`customTypes: colour of "${name}" must look like #0d9488`);
    else customTypes[name] = color;
  }
  const known = new Set<string>([...BUILTIN_ENTITY_TYPES, ...Object.keys(customTypes)]);
  const gazetteer: Record<string, string> = {};
  for (const [name, type] of Object.entries(c.get<Record<string, unknown>>('gazetteer') ?? {})) {
    if (typeof type === 'string' && known.has(type)) gazetteer[name] = type;
    else problems.push(`gazetteer: "${name}" has unknown type ${JSON.stringify(type)}`);
  }
  const types = c.get<unknown>('detection.types');
  // Not set by the user: the built-in types and the custom ones (which only the user gazetteer finds).
  const set = c.inspect<unknown>('detection.types');
  const explicit = set?.globalValue !== undefined || set?.workspaceValue !== undefined || set?.workspaceFolderValue !== undefined;
  const detectionTypes = explicit && Array.isArray(types)
    ? types.filter((t): t is string => typeof t === 'string' && known.has(t))
    : [...BUILTIN_ENTITY_TYPES, ...Object.keys(customTypes)];
  const parties = c.get<unknown>('claims.parties');
  const claimParties = Array.isArray(parties) ? parties.filter((p): p is string => typeof p === 'string' && p.trim() !== '').map((p) => p.trim()) : [...DEFAULT_PARTIES];
  const claimDetectionEnabled = c.get<boolean>('claims.detection.enabled', true);
  return { detectionEnabled: c.get<boolean>('detection.enabled', true), detectionTypes, customTypes, gazetteer, claimDetectionEnabled, claimParties, problems };
}

/** Every type a user can tag: built-ins first, then custom types in settings order. */
export function allTypes(settings: AnnotatorSettings): string[] {
  return [...BUILTIN_ENTITY_TYPES, ...Object.keys(settings.customTypes)];
}

/** Flips `detection.enabled` where it is set (workspace folder, workspace, else user settings). */
export async function toggleDetection(): Promise<boolean> {
  const c = vscode.workspace.getConfiguration(SECTION);
  const next = !c.get<boolean>('detection.enabled', true);
  const where = c.inspect<boolean>('detection.enabled');
  const target = where?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder
    : where?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace
      : vscode.ConfigurationTarget.Global;
  await c.update('detection.enabled', next, target);
  return next;
}
