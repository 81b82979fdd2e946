// The import rules of the code base, checked by `npm run lint:deps` (CI runs it): no cycles, no
// upward imports between the layers below, the emulators apart from the product, each cloud (and
// each subgraph) apart from the others, and the cloud SDKs only inside their provider's folder.

/** The product's layers, top to bottom: a file may import from its own layer or any below it. */
const LAYERS = [
  ['cli', '^src/((cli|signals)\\.ts$|cli/)'],
  ['app', '^src/app\\.ts$'],
  ['gateway', '^src/gateway/'],
  ['sandbox', '^src/sandbox/'],
  ['subgraphs', '^src/subgraphs/'],
  ['operations', '^src/operations/'],
  ['events', '^src/events/'],
  ['loaders', '^src/loaders/'],
  ['cache', '^src/cache/'],
  ['auth', '^src/auth/'],
  ['providers', '^src/providers/'],
  ['graphql-ws', '^src/graphql-ws/'],
  ['http', '^src/http/'],
  ['redis', '^src/redis/'],
  ['config', '^src/config/'],
  ['telemetry', '^src/telemetry/'],
  ['errors', '^src/errors/'],
];

const upward = LAYERS.slice(1).map(([name, path], index) => ({
  name: `no-upward-from-${name}`,
  comment: `${name} sits below ${LAYERS.slice(0, index + 1)
    .map(([above]) => above)
    .join(', ')} and may not import from them`,
  severity: 'error',
  from: { path },
  to: { path: LAYERS.slice(0, index + 1).map(([, above]) => above) },
}));

const CLOUDS = ['aws', 'azure', 'gcp'];
const SUBGRAPHS = ['compute', 'storage', 'network', 'metrics', 'costs'];

/** `root/<one>/` may not import `root/<other>/`. */
const apart = (root, names, what) =>
  names.map((name) => ({
    name: `${what}-${name}-apart`,
    comment: `${root}${name}/ does not import another ${what}'s folder`,
    severity: 'error',
    from: { path: `^${root}${name}/` },
    to: { path: `^${root}(${names.filter((other) => other !== name).join('|')})/` },
  }));

const SDKS = {
  aws: '^@aws-sdk/',
  azure: '^@azure/',
  gcp: '^(@google-cloud/|google-auth-library$|google-gax$)',
};

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'an import cycle (type-only imports count)',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'an import the checker cannot resolve would hide its arrow from every rule',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    ...upward,
    {
      name: 'emulators-apart-from-product',
      comment: 'the emulators stand in for the clouds: they know nothing of the product',
      severity: 'error',
      from: { path: '^emulators/' },
      to: { path: '^src/' },
    },
    {
      name: 'product-reaches-emulators-through-sandbox',
      comment: 'only src/sandbox/ starts the emulators',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/sandbox/' },
      to: { path: '^emulators/' },
    },
    {
      name: 'emulator-kit-below-clouds',
      comment: "the emulators' kit is shared by every cloud and knows none of them",
      severity: 'error',
      from: { path: '^emulators/kit/' },
      to: { path: '^emulators/', pathNot: '^emulators/kit/' },
    },
    {
      name: 'provider-shared-below-clouds',
      comment: "what providers share knows no cloud; only the registry builds the clouds' adapters",
      severity: 'error',
      from: { path: '^src/providers/[^/]+$', pathNot: '^src/providers/registry\\.ts$' },
      to: { path: `^src/providers/(${CLOUDS.join('|')})/` },
    },
    {
      name: 'subgraph-shared-below-subgraphs',
      comment: 'what subgraphs share knows no single subgraph',
      severity: 'error',
      from: { path: '^src/subgraphs/shared/' },
      to: { path: `^src/subgraphs/(${SUBGRAPHS.join('|')})/` },
    },
    ...apart('src/providers/', CLOUDS, 'provider'),
    ...apart('emulators/', CLOUDS, 'emulator'),
    ...apart('src/events/push/', CLOUDS, 'push'),
    ...apart('src/subgraphs/', SUBGRAPHS, 'subgraph'),
    ...CLOUDS.map((cloud) => ({
      name: `${cloud}-sdk-only-in-its-provider`,
      comment: `the ${cloud} SDK is imported only under src/providers/${cloud}/`,
      severity: 'error',
      from: { path: '^(src|emulators)/', pathNot: `^src/providers/${cloud}/` },
      to: { path: SDKS[cloud] },
    })),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.js', '.json'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      exportsFields: ['exports'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
