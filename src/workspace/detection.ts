/** The ONE call site of the entity detector in the VS Code layer. */
import { detectEntities } from '../core/detect';
import type { DetectedEntity } from '../core/model';
import type { AnnotatorSettings } from './settings';

/** Suggestions for an article's text, as the settings ask (none when detection is off). */
export function detectSuggestions(text: string, settings: AnnotatorSettings): DetectedEntity[] {
  if (!settings.detectionEnabled || !settings.detectionTypes.length) return [];
  return detectEntities(text, { types: settings.detectionTypes, gazetteer: settings.gazetteer });
}
