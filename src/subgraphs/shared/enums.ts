// GraphQL enum values whose internal value differs from their name (the model's spelling).
export const providerEnum = { AWS: 'aws', AZURE: 'azure', GCP: 'gcp' } as const;
