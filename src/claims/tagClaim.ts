/**
 * Annotator: Tag Claim. Tags the selection (or the proposed claim under the cursor) as a claim,
 * asking step by step for what the arguments do not give:
 *   claimant (proposed from the sentence's attribution), kind, topic (the workspace's topics first,
 *   then the vocabulary, or a new one), value (pre-filled from the normalised figures of the span),
 *   date (the article's date).
 *   executeCommand('articleAnnotator.tagClaim', { start, end, claimant, kind, topic, value?, date?, uri? })
 * Resolves to the claim's id (undefined when cancelled).
 */
import * as vscode from 'vscode';
import { CLAIM_KINDS, CLAIM_TOPICS, type ClaimKind, type ClaimValue, type DetectedClaim, type Span } from '../core/model';
import { claimValue } from '../core/claims/detect';
import { articleDate } from '../core/claims/articleDate';
import { formatValue } from '../core/claims/compare';
import { articleTarget, isOffset } from '../commands/target';
import { bestOverlap, claimantName, resolveClaimant, tagClaim, valueInputText } from '../workspace/claimEdits';
import { trimSpan } from '../workspace/entityEdits';
import { UserError, log } from '../workspace/log';
import type { ClaimService } from './claimService';

export interface TagClaimArgs {
  uri?: string | vscode.Uri;
  start?: number;
  end?: number;
  claimant?: string;
  kind?: string;
  topic?: string;
  /** The figure as words ("one-third to one-half"), a normalised value, or null for none. Default: from the span. */
  value?: string | ClaimValue | null;
  date?: string;
  note?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const KIND_HELP: Record<ClaimKind, string> = {
  claim: 'a party to the conflict speaking',
  estimate: 'an independent assessment',
  report: 'neutral attributed reporting',
};

export async function tagClaimCommand(service: ClaimService, args: TagClaimArgs = {}): Promise<string | undefined> {
  const { controller } = service;
  const { document, editor } = await articleTarget(args.uri);
  const text = document.getText();
  const snapshot = await controller.current(document);
  const sidecar = snapshot?.sidecar?.doc;
  const proposals = service.proposals(document.uri, text, sidecar);

  let span: Span | undefined;
  if (args.start !== undefined || args.end !== undefined) {
    if (!isOffset(args.start) || !isOffset(args.end) || args.start >= args.end || args.end > text.length) {
      throw new UserError(`Cannot tag ${args.start}–${args.end} as a claim: the span must lie inside the article (0–${text.length}).`);
    }
    span = { start: args.start, end: args.end };
  } else {
    if (!editor) throw new UserError('Select the claimed words in an article editor first.');
    const sel = editor.selection;
    if (!sel.isEmpty) span = { start: document.offsetAt(sel.start), end: document.offsetAt(sel.end) };
    else {
      const p = bestOverlap(proposals, { start: document.offsetAt(sel.active), end: document.offsetAt(sel.active) });
      if (!p) throw new UserError('Select the claimed words first (or put the cursor on a proposed claim).');
      span = { start: p.start, end: p.end };
    }
  }
  span = trimSpan(text, span);
  if (!span) throw new UserError('The selection is only white space; select the claimed words.');
  const quote = text.slice(span.start, span.end);
  // what the detector says about this sentence: the proposal sharing most text, else a detection of the paragraph
  const proposal: DetectedClaim | undefined = bestOverlap(proposals, span) ?? bestOverlap(service.detect(document.uri, text), span);
  const short = quote.length > 50 ? `${quote.slice(0, 47)}…` : quote;
  const steps = 5;

  let claimant = args.claimant;
  if (claimant === undefined) {
    claimant = await vscode.window.showInputBox({
      title: `Tag Claim (1/${steps}): who claims “${short}”?`,
      value: proposal ? claimantName(sidecar, resolveClaimant(sidecar, proposal.claimant)) : '',
      prompt: proposal ? `Proposed from the attribution (“${proposal.claimant}”). An entity's name links the claim to it.` : 'A person or body: an entity of this article, or a free name ("unspecified estimates")',
      placeHolder: 'Claimant',
      validateInput: (v) => (v.trim() ? undefined : 'A claim needs a claimant'),
      ignoreFocusOut: true,
    });
    if (claimant === undefined) return undefined;
  }
  if (!claimant.trim()) throw new UserError('A claim needs a claimant.');

  let kind = args.kind;
  if (kind === undefined) {
    kind = await pickKind(proposal?.kind, steps);
    if (!kind) return undefined;
  } else if (!(CLAIM_KINDS as readonly string[]).includes(kind)) {
    throw new UserError(`Unknown claim kind "${kind}": use ${CLAIM_KINDS.join(', ')}.`);
  }

  let topic = args.topic;
  if (topic === undefined) {
    topic = await pickTopic(await service.topics(), proposal?.topic, steps);
    if (!topic) return undefined;
  }
  if (!topic.trim()) throw new UserError('A claim needs a topic.');

  // claimant, kind and topic given: no UI at all (value from the span, date from the article)
  const headless = args.claimant !== undefined && args.kind !== undefined && args.topic !== undefined;
  const detectedValue = claimValue(quote);
  let value: ClaimValue | null;
  if (args.value === undefined) {
    if (headless) value = detectedValue;
    else {
      const v = await askValue(detectedValue, steps);
      if (v === undefined) return undefined;
      value = v;
    }
  } else if (args.value === null || typeof args.value === 'object') value = args.value;
  else value = parseValue(args.value, detectedValue);

  const dateDefault = sidecar?.article.date ?? articleDate(text);
  let date = args.date;
  if (date === undefined && !headless) {
    date = await vscode.window.showInputBox({
      title: `Tag Claim (${steps}/${steps}): date of the claim`,
      value: dateDefault ?? '',
      prompt: dateDefault ? 'The article\'s date; change it if the claim was made on another day' : 'YYYY-MM-DD, or empty for none',
      placeHolder: 'YYYY-MM-DD',
      validateInput: (v) => (!v.trim() || ISO_DATE.test(v.trim()) ? undefined : 'A date as YYYY-MM-DD, e.g. 2021-07-09'),
      ignoreFocusOut: true,
    });
    if (date === undefined) return undefined;
  }
  date = date === undefined ? dateDefault : date.trim() || undefined;
  if (date && !ISO_DATE.test(date)) throw new UserError(`The date "${date}" is not YYYY-MM-DD.`);

  const chosen = { claimant, kind: kind as ClaimKind, topic, value, date, note: args.note };
  const finalSpan = span;
  const result = await controller.store.edit(document, (doc, current) =>
    tagClaim(doc, current, finalSpan, { ...chosen, claimant: resolveClaimant(doc, chosen.claimant) }));
  const c = result.claim;
  log().info(`${result.created ? 'tagged' : 'updated'} claim ${c.id} (${finalSpan.start}–${finalSpan.end}) in ${vscode.workspace.asRelativePath(document.uri)}: ${c.claimant}, ${c.kind}, ${c.topic}${c.value ? `, ${formatValue(c.value)}` : ''}`);
  vscode.window.setStatusBarMessage(`$(comment-discussion) Tagged claim by ${claimantName(undefined, claimant)}${c.value ? ` · ${formatValue(c.value)}` : ''}`, 4000);
  return c.id;
}

/** A value typed by the user: unchanged text keeps the detected value; otherwise parsed again. */
function parseValue(input: string, detected: ClaimValue | null): ClaimValue | null {
  const t = input.trim();
  if (!t) return null;
  if (detected && t === valueInputText(detected)) return detected;
  const v = claimValue(t);
  if (!v) throw new UserError(`No figure found in "${t}": write it like "85 percent", "one-third to one-half", "at least 1,500 families".`);
  return v;
}

async function askValue(detected: ClaimValue | null, steps: number): Promise<ClaimValue | null | undefined> {
  const input = await vscode.window.showInputBox({
    title: `Tag Claim (4/${steps}): value`,
    value: valueInputText(detected),
    prompt: detected ? `Found “${detected.text}” → ${formatValue(detected)}. Edit, or empty for no value.` : 'No figure found in the span. Type one ("85 percent", "at least 1,500 families") or leave empty.',
    placeHolder: 'e.g. 33.3–50 percent',
    validateInput: (v) => {
      const t = v.trim();
      if (!t || (detected && t === valueInputText(detected))) return undefined;
      const parsed = claimValue(t);
      return parsed ? { message: `→ ${formatValue(parsed)}`, severity: vscode.InputBoxValidationSeverity.Info } : 'No figure found: write it like "85 percent" or "5–6 police"';
    },
    ignoreFocusOut: true,
  });
  if (input === undefined) return undefined;
  return parseValue(input, detected);
}

async function pickKind(proposed: ClaimKind | undefined, steps: number): Promise<string | undefined> {
  const kinds = proposed ? [proposed, ...CLAIM_KINDS.filter((k) => k !== proposed)] : [...CLAIM_KINDS];
  const picked = await vscode.window.showQuickPick(
    kinds.map((k) => ({ label: k, description: `${KIND_HELP[k]}${k === proposed ? ' · proposed' : ''}`, claimKind: k })),
    { title: `Tag Claim (2/${steps}): kind`, placeHolder: 'claim by a party, independent estimate, or neutral report', ignoreFocusOut: true },
  );
  return picked?.claimKind;
}

/** Quick pick of topics: the workspace's (with counts) first, then the vocabulary; typing a new name offers it. */
export async function pickTopic(existing: Array<{ topic: string; count: number }>, proposed: string | undefined, steps: number): Promise<string | undefined> {
  type Item = vscode.QuickPickItem & { topic: string };
  const used = new Set(existing.map((e) => e.topic));
  const base: Item[] = [
    { label: 'in this workspace', kind: vscode.QuickPickItemKind.Separator, topic: '' },
    ...existing.map((e) => ({ label: e.topic, description: `${e.count} claim${e.count === 1 ? '' : 's'}${e.topic === proposed ? ' · proposed' : ''}`, topic: e.topic })),
    { label: 'vocabulary', kind: vscode.QuickPickItemKind.Separator, topic: '' },
    ...CLAIM_TOPICS.filter((t) => !used.has(t)).map((t) => ({ label: t, description: t === proposed ? 'proposed' : undefined, topic: t })),
  ];
  const qp = vscode.window.createQuickPick<Item>();
  qp.title = `Tag Claim (3/${steps}): topic`;
  qp.placeholder = 'Pick a topic or type a new one';
  qp.ignoreFocusOut = true;
  qp.items = base;
  const pre = base.find((i) => i.topic === proposed);
  if (pre) qp.activeItems = [pre];
  qp.onDidChangeValue((v) => {
    const t = v.trim().toLowerCase();
    qp.items = t && !base.some((i) => i.topic === t) ? [...base, { label: t, description: 'new topic', topic: t, alwaysShow: true }] : base;
  });
  return new Promise((resolve) => {
    let done = false;
    qp.onDidAccept(() => {
      done = true;
      resolve(qp.selectedItems[0]?.topic || qp.activeItems[0]?.topic || qp.value.trim().toLowerCase() || undefined);
      qp.hide();
    });
    qp.onDidHide(() => {
      if (!done) resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}
