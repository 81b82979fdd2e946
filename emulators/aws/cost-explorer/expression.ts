// Cost Explorer's filter language (Expression): And / Or / Not of Dimensions and Tags matches,
// evaluated against one cost line.
import type { CostLine } from '../../kit/billing.js';
import { costExplorerErrors } from './errors.js';

export interface CeExpression {
  And?: CeExpression[];
  Or?: CeExpression[];
  Not?: CeExpression;
  Dimensions?: { Key?: string; Values?: string[]; MatchOptions?: string[] };
  Tags?: { Key?: string; Values?: string[]; MatchOptions?: string[] };
}

/** The dimension values of a line Cost Explorer can filter and group by. */
export function dimensionOf(line: CostLine, key: string): string {
  switch (key) {
    case 'LINKED_ACCOUNT':
      return line.item.account;
    case 'REGION':
      return line.item.region;
    case 'SERVICE':
      return line.item.service;
    case 'USAGE_TYPE':
      return line.item.usageType;
    case 'RESOURCE_ID':
      return line.item.resourceId;
    default:
      throw costExplorerErrors.validation(`Dimension ${key} is not supported by this emulator`);
  }
}

export function matches(line: CostLine, expression: CeExpression | undefined): boolean {
  if (!expression) return true;
  const parts = [expression.And, expression.Or, expression.Not, expression.Dimensions, expression.Tags].filter((p) => p !== undefined);
  if (parts.length !== 1) throw costExplorerErrors.validation('Expression must have exactly one of And, Or, Not, Dimensions, Tags');
  if (expression.And) return atLeastTwo(expression.And).every((e) => matches(line, e));
  if (expression.Or) return atLeastTwo(expression.Or).some((e) => matches(line, e));
  if (expression.Not) return !matches(line, expression.Not);
  if (expression.Dimensions) {
    const { Key, Values } = expression.Dimensions;
    if (!Key || !Values) throw costExplorerErrors.validation('Dimensions needs Key and Values');
    return Values.includes(dimensionOf(line, Key));
  }
  const { Key, Values, MatchOptions } = expression.Tags!;
  if (!Key) throw costExplorerErrors.validation('Tags needs Key');
  const value = line.item.tags[Key];
  if (MatchOptions?.includes('ABSENT')) return value === undefined;
  return value !== undefined && (!Values || Values.length === 0 || Values.includes(value));
}

function atLeastTwo(list: CeExpression[]): CeExpression[] {
  if (list.length < 2) throw costExplorerErrors.validation('And and Or need at least two expressions');
  return list;
}
