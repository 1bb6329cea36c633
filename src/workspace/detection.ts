/** The ONE place the VS Code layer runs the entity detector. */
import { detectEntities, IncrementalDetector } from '../core/detect';
import type { LineChanges } from '../core/detect/incremental';
import type { DetectedEntity } from '../core/model';
import type { AnnotatorSettings } from './settings';

/** The settings detection depends on. */
export type DetectionSettings = Pick<AnnotatorSettings, 'detectionEnabled' | 'detectionTypes' | 'gazetteer'>;

const enabled = (settings: DetectionSettings) => settings.detectionEnabled && settings.detectionTypes.length > 0;

/** Suggestions for an article's text, as the settings ask (none when detection is off). */
export function detectSuggestions(text: string, settings: DetectionSettings): DetectedEntity[] {
  if (!enabled(settings)) return [];
  return detectEntities(text, { types: settings.detectionTypes, gazetteer: settings.gazetteer });
}

/**
 * Suggestions for one open article while it is edited: after a keystroke only the changed
 * line(s) are detected again (the core's IncrementalDetector). Make a new one when the settings change.
 */
export class SuggestionDetector {
  private readonly detector?: IncrementalDetector;

  constructor(settings: DetectionSettings) {
    if (enabled(settings)) this.detector = new IncrementalDetector({ types: settings.detectionTypes, gazetteer: settings.gazetteer });
  }

  update(text: string): DetectedEntity[] {
    return this.detector ? this.detector.update(text) : [];
  }

  /** The lines with their suggestions and what changed since the last call (undefined when detection is off). */
  updateLines(text: string): LineChanges | undefined {
    return this.detector?.updateLines(text);
  }

  /**
   * Applies a line-range edit (the `removed` lines from `first` replaced by `lines`) without the
   * whole text; undefined when detection is off or nothing was detected yet (use `updateLines`).
   */
  editLines(first: number, removed: number, lines: readonly string[]): LineChanges | undefined {
    return this.detector?.lineCount ? this.detector.editLines(first, removed, lines) : undefined;
  }

  /** Lines held by the detector (0 before the first detection or when detection is off). */
  get lineCount(): number {
    return this.detector?.lineCount ?? 0;
  }

  /** Whether detection is on (else every update gives nothing). */
  get enabled(): boolean {
    return !!this.detector;
  }

  /** Lines detected by the last update (0 when nothing changed or detection is off). */
  get lastDetectedLines(): number {
    return this.detector?.lastDetectedLines ?? 0;
  }
}
