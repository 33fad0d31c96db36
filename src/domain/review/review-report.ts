// Two models → what a review of them publishes: the comparison, its Markdown summary and the
// SVG drawing of what changed. The command line and the app both build it here.
import type { DirectusSchema } from '../directus-types';
import { buildModelIndex } from '../model-index';
import { changesDrawing } from './changes-drawing';
import { compareModels } from './compare';
import type { Comparison } from './compare';
import { comparisonMarkdown } from './markdown';
import type { ComparisonNames } from './markdown';
import { renderSvg } from './svg';

export interface ReviewReport {
  comparison: Comparison;
  markdown: string;
  svg: string;
}

export function reviewReport(
  base: DirectusSchema,
  head: DirectusSchema,
  names: ComparisonNames,
): ReviewReport {
  const comparison = compareModels(base, head);
  const title = `Data model changes: ${names.baseName} → ${names.headName}`;
  const drawing = changesDrawing(comparison, buildModelIndex(base), buildModelIndex(head), title);
  return { comparison, markdown: comparisonMarkdown(comparison, names), svg: renderSvg(drawing) };
}
