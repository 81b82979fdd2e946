// The benchmark peer: the same subgraphs behind @apollo/gateway (a devDependency, used only here).
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

export async function startApolloGateway(supergraphSdl: string, subgraphUrls: Record<string, string>): Promise<{ url: string; stop(): Promise<void> }> {
  const urls = new Map<string, string>(Object.entries(subgraphUrls));
  const sdl = supergraphSdl.replace(/@join__graph\(name: "(\w+)", url: "[^"]*"\)/g, (whole, name: string) =>
    urls.has(name) ? `@join__graph(name: "${name}", url: "${urls.get(name)}")` : whole,
  );
  const gateway = new ApolloGateway({ supergraphSdl: sdl, buildService: ({ url }) => new RemoteGraphQLDataSource({ url }) });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  return { url, stop: () => server.stop() };
}
