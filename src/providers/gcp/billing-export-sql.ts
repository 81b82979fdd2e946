// The three queries FleetGraph runs over the Cloud Billing export. Each is a fixed text: every
// value a caller chooses (projects, window, groups, filters) is a named parameter, and only the
// table — an identifier, which BigQuery cannot take as a parameter — is written in, from config
// checked against project.dataset.table. What varies between queries of one shape is chosen by
// parameters (CASE @group_1 …, ARRAY_LENGTH(@regions) = 0 OR …), so no SQL is ever built from
// input. Amounts are summed as NUMERIC (the export's `cost` is FLOAT64) and cast to STRING: no
// float reaches the adapter. Actual cost = cost + credits (credits are negative amounts).

const NET = 'SUM(CAST(cost AS NUMERIC)) + SUM(IFNULL((SELECT SUM(CAST(c.amount AS NUMERIC)) FROM UNNEST(credits) AS c), 0))';

/** Configured projects, [@start_time, @end_time), and the spend filter (empty arrays filter nothing). */
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

/** '' when @group_n is '' (no grouping) or the row has no value (an unlabelled resource). */
const group = (n: 1 | 2) => `
  IFNULL(CASE @group_${n}
    WHEN 'ACCOUNT' THEN project.id
    WHEN 'REGION' THEN location.region
    WHEN 'SERVICE' THEN service.description
    WHEN 'TAG' THEN (SELECT l.value FROM UNNEST(labels) AS l WHERE l.key = @group_${n}_label LIMIT 1)
  END, '') AS group_${n}`;

const table = (id: string) => `\`${id}\``;

/** Spend per period (UTC day, or month by DATE_TRUNC), up to two groups and currency. */
export function spendSql(tableId: string): string {
  return `
SELECT
  FORMAT_DATE('%F', IF(@granularity = 'MONTHLY', DATE_TRUNC(DATE(usage_start_time), MONTH), DATE(usage_start_time))) AS period_start,
  ${group(1)},
  ${group(2)},
  currency,
  CAST(${NET} AS STRING) AS amount
FROM ${table(tableId)}
${FILTERS}
GROUP BY period_start, group_1, group_2, currency
ORDER BY period_start, group_1, group_2, currency`;
}

/** Compute Engine spend of one project per resource: the detailed export's name and global name. */
export function resourceSpendSql(tableId: string): string {
  return `
SELECT
  resource.name AS resource_name,
  resource.global_name AS resource_global_name,
  currency,
  CAST(${NET} AS STRING) AS amount
FROM ${table(tableId)}
WHERE project.id = @project
  AND usage_start_time >= @start_time
  AND usage_start_time < @end_time
  AND service.description = 'Compute Engine'
  AND REGEXP_CONTAINS(resource.global_name, r'^//compute[.]googleapis[.]com/projects/[^/]+/(zones|regions)/[^/]+/(instances|disks)/')
GROUP BY resource_name, resource_global_name, currency
ORDER BY resource_name, resource_global_name, currency`;
}

/** The run rate: what the basis window cost, scaled from @basis_hours to @forecast_hours. */
export function forecastSql(tableId: string): string {
  return `
SELECT
  currency,
  CAST((${NET}) * @forecast_hours / @basis_hours AS STRING) AS amount
FROM ${table(tableId)}
${FILTERS}
GROUP BY currency
ORDER BY currency`;
}
