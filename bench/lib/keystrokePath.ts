/**
 * The modules the extension runs after a keystroke (ArticleController.refresh), in one module so
 * bench/keystroke.ts can bundle them together as scripts/build.mjs bundles the extension.
 */
export { SuggestionDetector } from '../../src/workspace/detection';
export { buildArticleView, buildLineView } from '../../src/workspace/articleView';
export { SuggestionBlocks } from '../../src/editor/suggestionBlocks';
