// GraphiQL with its script and styles inlined (@graphql-yoga/render-graphiql), so the page
// works with no internet; the runtime's default page loads them from a CDN. The inlined bundle
// is a 17 MB module: loaded when someone first opens the page, not at every start.
import type { GraphiQLOptions } from 'graphql-yoga';

export async function offlineGraphiQL(options: GraphiQLOptions): Promise<string> {
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  return renderGraphiQL(options);
}
