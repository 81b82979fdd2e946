// The only queries this BigQuery answers: the three shapes FleetGraph sends over a billing export
// table (spend by period and up to two groups, per-resource spend, the forecast's run-rate base).
// Each is a fixed text with named parameters; a query is recognised when, whitespace collapsed,
// it is one of them with a table between the backticks. This is the emulator's own copy of the
// texts (it imports nothing from the product): if the adapter's SQL drifts, it gets invalidQuery.
import { bigQueryErrors } from './errors.js';

export type QueryShape = 'spend' | 'resources' | 'forecast';

/** cost plus credits (credits are negative), summed as NUMERIC: no float reaches the answer. */
const NET = 'SUM(CAST(cost AS NUMERIC)) + SUM(IFNULL((SELECT SUM(CAST(c.amount AS NUMERIC)) FROM UNNEST(credits) AS c), 0))';

const FILTERS = `
WHERE project.id IN UNNEST(@projects)
  AND usage_start_time >= @start_time
  AND usage_start_time < @end_time
  AND (ARRAY_LENGTH(@regions) = 0 OR location.region IN UNNEST(@regions))
  AND (ARRAY_LENGTH(@services) = 0 OR service.description IN UNNEST(@services))
  AND NOT EXISTS (
    SELECT 1 FROM UNNEST(@label_filters) AS f
    WHERE NOT EXISTS (
      SELECT 1 FROM UNNEST(labels) AS l
      WHERE l.key = f.key AND (ARRAY_LENGTH(f.accepted) = 0 OR l.value IN UNNEST(f.accepted))
    )
  )`;

const group = (n: 1 | 2) => `
  IFNULL(CASE @group_${n}
    WHEN 'ACCOUNT' THEN project.id
    WHEN 'REGION' THEN location.region
    WHEN 'SERVICE' THEN service.description
    WHEN 'TAG' THEN (SELECT l.value FROM UNNEST(labels) AS l WHERE l.key = @group_${n}_label LIMIT 1)
  END, '') AS group_${n}`;

const SPEND = `
SELECT
  FORMAT_DATE('%F', IF(@granularity = 'MONTHLY', DATE_TRUNC(DATE(usage_start_time), MONTH), DATE(usage_start_time))) AS period_start,
  ${group(1)},
  ${group(2)},
  currency,
  CAST(${NET} AS STRING) AS amount
FROM \`{table}\`
${FILTERS}
GROUP BY period_start, group_1, group_2, currency
ORDER BY period_start, group_1, group_2, currency`;

const RESOURCES = `
SELECT
  resource.name AS resource_name,
  resource.global_name AS resource_global_name,
  currency,
  CAST(${NET} AS STRING) AS amount
FROM \`{table}\`
WHERE project.id = @project
  AND usage_start_time >= @start_time
  AND usage_start_time < @end_time
  AND service.description = 'Compute Engine'
  AND REGEXP_CONTAINS(resource.global_name, r'^//compute[.]googleapis[.]com/projects/[^/]+/(zones|regions)/[^/]+/(instances|disks)/')
GROUP BY resource_name, resource_global_name, currency
ORDER BY resource_name, resource_global_name, currency`;

const FORECAST = `
SELECT
  currency,
  CAST((${NET}) * @forecast_hours / @basis_hours AS STRING) AS amount
FROM \`{table}\`
${FILTERS}
GROUP BY currency
ORDER BY currency`;

/** The global-name pattern of the resources template, as the query writes it. */
export const RESOURCE_GLOBAL_NAME = /^\/\/compute[.]googleapis[.]com\/projects\/[^/]+\/(zones|regions)\/[^/]+\/(instances|disks)\//;

/** The result columns of each shape, in order (every one a STRING). */
export const SHAPE_COLUMNS: Record<QueryShape, readonly string[]> = {
  spend: ['period_start', 'group_1', 'group_2', 'currency', 'amount'],
  resources: ['resource_name', 'resource_global_name', 'currency', 'amount'],
  forecast: ['currency', 'amount'],
};

export function normaliseSql(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const MATCHERS: { shape: QueryShape; pattern: RegExp }[] = (
  [
    ['spend', SPEND],
    ['resources', RESOURCES],
    ['forecast', FORECAST],
  ] as const
).map(([shape, text]) => {
  const [before, after] = normaliseSql(text).split('{table}') as [string, string];
  return { shape, pattern: new RegExp(`^${escapeRegExp(before)}([^\`]+)${escapeRegExp(after)}$`) };
});

export interface RecognisedQuery {
  shape: QueryShape;
  /** What the query names between the backticks. */
  table: string;
}

export function recognise(sql: string): RecognisedQuery {
  const text = normaliseSql(sql);
  for (const { shape, pattern } of MATCHERS) {
    const m = pattern.exec(text);
    if (m) return { shape, table: m[1]! };
  }
  throw bigQueryErrors.invalidQuery(
    'Unsupported query: this emulator runs only the billing-export queries FleetGraph sends (spend, per-resource spend, forecast base).',
  );
}
