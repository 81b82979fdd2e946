import type { CostReportResolvers } from '../generated/resolvers-types.js';
import { monthEndForecast } from '../forecast.js';

export const CostReport: CostReportResolvers = {
  forecast: (report, _args, context) => monthEndForecast(report.question, context),
};
