// The Price List Query API (GetProducts over AWS JSON 1.1) against the real PricingClient: filters,
// the aws_v1 documents, paging, errors, faults, and a price table that covers the whole fleet.
import { GetProductsCommand, PricingClient, paginateGetProducts, type Filter, type GetProductsCommandInput } from '@aws-sdk/client-pricing';
import { DescribeVpcsCommand } from '@aws-sdk/client-ec2';
import { Decimal } from 'decimal.js';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  AWS_PRICE_LIST,
  EBS_VOLUME_API_NAMES,
  MAX_PRODUCTS_PER_PAGE,
  awsInstanceHourly,
  awsSnapshotMonthlyPerGiB,
  awsStorageMonthlyPerGiB,
} from '../../../emulators/aws/index.js';
import { AWS_REGIONS, EC2_INSTANCE_TYPES } from '../../../emulators/fleet.js';
import { collect } from '../../support/harness.js';
import { ACCOUNT_A, ACCOUNT_B, rejectionOf, useHarness } from './helpers.js';

const h = useHarness({ vmsPerScope: 20 });
const clients: PricingClient[] = [];

function pricing(account = ACCOUNT_A, region = 'us-east-1', credentials = h.fleet.aws.credentials(account)): PricingClient {
  const client = new PricingClient({ endpoint: h.emu.url, region, credentials, maxAttempts: 1 });
  clients.push(client);
  return client;
}

afterEach(() => {
  h.emu.faults.clear();
  h.emu.requests.reset();
  h.emu.setMaxPageSize(null);
});

afterAll(() => {
  for (const c of clients) c.destroy();
});

const term = (Field: string, Value: string): Filter => ({ Type: 'TERM_MATCH', Field, Value });
const onDemand = (region: string, os: 'Linux' | 'Windows'): Filter[] => [
  term('regionCode', region),
  term('productFamily', 'Compute Instance'),
  term('operatingSystem', os),
  term('tenancy', 'Shared'),
  term('preInstalledSw', 'NA'),
  term('capacitystatus', 'Used'),
  term('licenseModel', 'No License required'),
];

interface Doc {
  product: { productFamily: string; sku: string; attributes: Record<string, string> };
  serviceCode: string;
  terms: { OnDemand: Record<string, { offerTermCode: string; priceDimensions: Record<string, { unit: string; pricePerUnit: { USD: string } }> }> };
}

async function products(input: Omit<GetProductsCommandInput, 'ServiceCode'>, client = pricing()): Promise<Doc[]> {
  const pages = await collect(paginateGetProducts({ client }, { ServiceCode: 'AmazonEC2', ...input }));
  return pages.flatMap((p) => documentsOf(p.PriceList));
}

/** The documents of a page: JSON strings (the SDK may hand them over as lazy JSON strings). */
function documentsOf(priceList: unknown): Doc[] {
  return ((priceList ?? []) as unknown[]).map((entry) => JSON.parse(String(entry)) as Doc);
}

function usdOf(doc: Doc): string {
  const [termEntry] = Object.values(doc.terms.OnDemand);
  return Object.values(termEntry!.priceDimensions)[0]!.pricePerUnit.USD;
}

describe('GetProducts', () => {
  it('answers one shared on-demand product per type with the price table’s price, as aws_v1 documents', async () => {
    const out = await pricing().send(new GetProductsCommand({ ServiceCode: 'AmazonEC2', Filters: onDemand('us-east-1', 'Linux'), FormatVersion: 'aws_v1' }));
    expect(out.FormatVersion).toBe('aws_v1');
    expect(out.NextToken).toBeUndefined();
    const docs = documentsOf(out.PriceList);
    expect(docs.map((d) => d.product.attributes.instanceType).sort()).toEqual(EC2_INSTANCE_TYPES.map((t) => t.instanceType).sort());
    const m5 = docs.find((d) => d.product.attributes.instanceType === 'm5.xlarge')!;
    expect(m5.serviceCode).toBe('AmazonEC2');
    expect(m5.product.sku).toMatch(/^[A-Z0-9]{16}$/);
    expect(m5.product.attributes).toMatchObject({ vcpu: '4', memory: '16 GiB', location: 'US East (N. Virginia)', usagetype: 'BoxUsage:m5.xlarge' });
    const [termEntry] = Object.values(m5.terms.OnDemand);
    expect(termEntry!.offerTermCode).toBe('JRTCKXETXF');
    expect(Object.values(termEntry!.priceDimensions)[0]).toMatchObject({ unit: 'Hrs', pricePerUnit: { USD: '0.1920000000' } });
    expect(h.emu.requests.entries()).toEqual([{ service: 'pricing', action: 'GetProducts', account: ACCOUNT_A, region: 'us-east-1', status: 200 }]);
  });

  it('prices Windows above Linux, and Graviton types for Linux only', async () => {
    const windows = await products({ Filters: onDemand('us-east-1', 'Windows') });
    const types = windows.map((d) => d.product.attributes.instanceType!);
    expect(types).not.toContain('r6g.large');
    expect(types).not.toContain('m7g.medium');
    expect(types).toHaveLength(6);
    for (const doc of windows) {
      const type = doc.product.attributes.instanceType!;
      expect(new Decimal(usdOf(doc)).gt(awsInstanceHourly(type, 'us-east-1', 'LINUX')!)).toBe(true);
    }
    expect(usdOf(windows.find((d) => d.product.attributes.instanceType === 'm5.xlarge')!)).toBe('0.3760000000');
  });

  it('lists capacity-reservation and dedicated variants that only the full filter set leaves out', async () => {
    const loose = await products({ Filters: [term('regionCode', 'us-east-1'), term('instanceType', 'm5.xlarge'), term('operatingSystem', 'Linux')] });
    expect(loose.map((d) => `${d.product.attributes.tenancy}/${d.product.attributes.capacitystatus}=${usdOf(d)}`).sort()).toEqual([
      'Dedicated/Used=0.2112000000',
      'Shared/AllocatedCapacityReservation=0.0000000000',
      'Shared/UnusedCapacityReservation=0.1920000000',
      'Shared/Used=0.1920000000',
    ]);
    expect(new Set(loose.map((d) => d.product.sku)).size).toBe(4);
  });

  it('prices EBS storage per GB-month and keeps IOPS and throughput in their own families', async () => {
    const storage = await products({ Filters: [term('regionCode', 'eu-west-1'), term('productFamily', 'Storage')] });
    expect(storage.map((d) => d.product.attributes.volumeApiName).sort()).toEqual([...EBS_VOLUME_API_NAMES].sort());
    const gp3 = storage.find((d) => d.product.attributes.volumeApiName === 'gp3')!;
    expect(gp3.product.attributes.usagetype).toBe('EU-EBS:VolumeUsage.gp3');
    expect(new Decimal(usdOf(gp3)).eq(awsStorageMonthlyPerGiB('gp3', 'eu-west-1')!)).toBe(true);
    const families = (await products({ Filters: [term('regionCode', 'us-east-1'), { Type: 'NONE_OF', Field: 'productFamily', Value: 'Compute Instance' }] })).map(
      (d) => d.product.productFamily,
    );
    expect(new Set(families)).toEqual(new Set(['Storage', 'Storage Snapshot', 'System Operation', 'Provisioned Throughput']));
  });

  it('matches TERM_MATCH without case, EQUALS exactly, CONTAINS by substring, ANY_OF over a list', async () => {
    const count = async (filter: Filter) => (await products({ Filters: [term('regionCode', 'us-east-1'), filter] })).length;
    expect(await count(term('productFamily', 'storage'))).toBe(EBS_VOLUME_API_NAMES.length);
    expect(await count({ Type: 'EQUALS', Field: 'productFamily', Value: 'storage' })).toBe(0);
    expect(await count({ Type: 'CONTAINS', Field: 'productFamily', Value: 'Storage' })).toBe(EBS_VOLUME_API_NAMES.length + 2);
    expect(await count({ Type: 'ANY_OF', Field: 'volumeApiName', Value: 'gp2,gp3' })).toBe(2 + 1 + 1); // storage ×2, gp3 IOPS, gp3 throughput
  });

  it('answers nothing for a region the list does not cover', async () => {
    expect(await products({ Filters: onDemand('ap-southeast-2', 'Linux') })).toEqual([]);
  });
});

describe('paging', () => {
  it('pages by MaxResults with a NextToken, and the paginator gathers every product once', async () => {
    const all = await products({ Filters: [term('regionCode', 'us-east-1')] });
    h.emu.requests.reset();
    const paged = await products({ Filters: [term('regionCode', 'us-east-1')], MaxResults: 7 });
    expect(paged.map((d) => d.product.sku)).toEqual(all.map((d) => d.product.sku));
    expect(h.emu.requests.count({ service: 'pricing' })).toBe(Math.ceil(all.length / 7));
  });

  it('caps pages below MaxResults when the emulator’s page cap is set', async () => {
    h.emu.setMaxPageSize(3);
    const out = await pricing().send(new GetProductsCommand({ ServiceCode: 'AmazonEC2', Filters: onDemand('eu-west-1', 'Linux'), MaxResults: 100 }));
    expect(out.PriceList).toHaveLength(3);
    expect(out.NextToken).toBeTruthy();
  });

  it('refuses a token replayed with other filters', async () => {
    const first = await pricing().send(new GetProductsCommand({ ServiceCode: 'AmazonEC2', Filters: onDemand('us-east-1', 'Linux'), MaxResults: 2 }));
    const error = await rejectionOf(
      pricing().send(new GetProductsCommand({ ServiceCode: 'AmazonEC2', Filters: onDemand('eu-west-1', 'Linux'), MaxResults: 2, NextToken: first.NextToken })),
    );
    expect(error.name).toBe('InvalidNextTokenException');
  });
});

describe('errors', () => {
  it.each([
    ['MaxResults over 100', { ServiceCode: 'AmazonEC2', MaxResults: MAX_PRODUCTS_PER_PAGE + 1 }],
    ['an unknown service code', { ServiceCode: 'AmazonNothing' }],
    ['an unknown filter type', { ServiceCode: 'AmazonEC2', Filters: [{ Type: 'LIKE', Field: 'vcpu', Value: '4' } as unknown as Filter] }],
    ['another format version', { ServiceCode: 'AmazonEC2', FormatVersion: 'aws_v2' }],
  ])('refuses %s with InvalidParameterException (400)', async (_, input) => {
    const error = await rejectionOf(pricing().send(new GetProductsCommand(input)));
    expect(error.name).toBe('InvalidParameterException');
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('refuses unknown keys, and signatures for a region without a Price List endpoint', async () => {
    const stranger = pricing(ACCOUNT_A, 'us-east-1', { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' });
    const unknown = await rejectionOf(stranger.send(new GetProductsCommand({ ServiceCode: 'AmazonEC2' })));
    expect(unknown.name).toBe('UnrecognizedClientException');
    expect(unknown.$metadata.httpStatusCode).toBe(403);
    const wrongRegion = await rejectionOf(pricing(ACCOUNT_B, 'eu-west-1').send(new GetProductsCommand({ ServiceCode: 'AmazonEC2' })));
    expect(wrongRegion.name).toBe('InvalidSignatureException');
    expect(await products({ Filters: onDemand('us-east-1', 'Linux') }, pricing(ACCOUNT_B, 'ap-south-1'))).toHaveLength(EC2_INSTANCE_TYPES.length);
  });

  it('throttles with ThrottlingException (429) and fails with ServiceUnavailableException (503) on injected faults', async () => {
    h.emu.faults.add({ kind: 'throttle', service: 'pricing', times: 1 });
    h.emu.faults.add({ kind: 'unavailable', service: 'pricing', times: 1 });
    const throttled = await rejectionOf(pricing().send(new GetProductsCommand({ ServiceCode: 'AmazonEC2' })));
    expect(throttled.name).toBe('ThrottlingException');
    expect(throttled.$metadata.httpStatusCode).toBe(429);
    const unavailable = await rejectionOf(pricing().send(new GetProductsCommand({ ServiceCode: 'AmazonEC2' })));
    expect(unavailable.name).toBe('ServiceUnavailableException');
    expect(unavailable.$metadata.httpStatusCode).toBe(503);
    // A fault on the Price List leaves EC2 alone, and EC2 still answers beside it.
    h.emu.faults.add({ kind: 'throttle', service: 'pricing' });
    await h.ec2().send(new DescribeVpcsCommand({}));
    expect(h.emu.requests.entries().map((e) => `${e.service}:${e.action}:${e.status}`)).toEqual([
      'pricing:GetProducts:429',
      'pricing:GetProducts:503',
      'ec2:DescribeVpcs:200',
    ]);
  });
});

describe('the price table', () => {
  it('prices every instance and volume of the fleet in every region it uses', () => {
    for (const { region } of AWS_REGIONS) expect(Object.hasOwn(AWS_PRICE_LIST, region)).toBe(true);
    for (const scope of h.fleet.aws.scopes()) {
      for (const instance of scope.instances) {
        const os = instance.platform === 'windows' ? 'WINDOWS' : 'LINUX';
        expect(awsInstanceHourly(instance.instanceType, scope.region, os), `${instance.instanceType} ${scope.region} ${os}`).toMatch(/^\d+\.\d+$/);
      }
      for (const volume of scope.volumes) expect(awsStorageMonthlyPerGiB(volume.volumeType, scope.region)).toMatch(/^\d+\.\d+$/);
      expect(awsSnapshotMonthlyPerGiB(scope.region)).toBe('0.05');
    }
    expect(awsInstanceHourly('m5.xlarge', 'eu-west-1', 'LINUX')).toBe('0.214');
    expect(awsInstanceHourly('m5.xlarge', 'ap-south-1', 'LINUX')).toBeUndefined();
    expect(awsStorageMonthlyPerGiB('gp3', 'us-east-1')).toBe('0.08');
  });
});
