// GraphiQL with its script and styles inlined (@graphql-yoga/render-graphiql), so the page
// works with no internet; the runtime's default page loads them from a CDN.
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

export const offlineGraphiQL = renderGraphiQL;
