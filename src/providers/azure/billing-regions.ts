// Cost Management reports ResourceLocation as a billing region name ("EU West", "US East 2"),
// not as the ARM location the rest of the model uses ("westeurope"); there is no API that maps
// one to the other. This table holds the billing names of the public regions; anything else is
// taken as a display or ARM name and compacted ("West Europe" → "westeurope").
const ARM_OF_BILLING: Readonly<Record<string, string>> = {
  'us east': 'eastus',
  'us east 2': 'eastus2',
  'us east 3': 'eastus3',
  'us west': 'westus',
  'us west 2': 'westus2',
  'us west 3': 'westus3',
  'us central': 'centralus',
  'us north central': 'northcentralus',
  'us south central': 'southcentralus',
  'us west central': 'westcentralus',
  'eu west': 'westeurope',
  'eu north': 'northeurope',
  'uk south': 'uksouth',
  'uk west': 'ukwest',
  'fr central': 'francecentral',
  'fr south': 'francesouth',
  'de west central': 'germanywestcentral',
  'de north': 'germanynorth',
  'ch north': 'switzerlandnorth',
  'ch west': 'switzerlandwest',
  'no east': 'norwayeast',
  'no west': 'norwaywest',
  'se central': 'swedencentral',
  'pl central': 'polandcentral',
  'it north': 'italynorth',
  'es central': 'spaincentral',
  'at east': 'austriaeast',
  'be central': 'belgiumcentral',
  'fi central': 'finlandcentral',
  'gr central': 'greececentral',
  'ap east': 'eastasia',
  'ap southeast': 'southeastasia',
  'ja east': 'japaneast',
  'ja west': 'japanwest',
  'kr central': 'koreacentral',
  'kr south': 'koreasouth',
  'au east': 'australiaeast',
  'au southeast': 'australiasoutheast',
  'au central': 'australiacentral',
  'au central 2': 'australiacentral2',
  'in central': 'centralindia',
  'in south': 'southindia',
  'in west': 'westindia',
  'ca central': 'canadacentral',
  'ca east': 'canadaeast',
  'br south': 'brazilsouth',
  'br southeast': 'brazilsoutheast',
  'mx central': 'mexicocentral',
  'cl central': 'chilecentral',
  'ae north': 'uaenorth',
  'ae central': 'uaecentral',
  'qa central': 'qatarcentral',
  'il central': 'israelcentral',
  'za north': 'southafricanorth',
  'za west': 'southafricawest',
  'nz north': 'newzealandnorth',
  'id central': 'indonesiacentral',
  'my west': 'malaysiawest',
  'tw north': 'taiwannorth',
};

const BILLING_OF_ARM: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(ARM_OF_BILLING).map(([billing, arm]) => [arm, billing]));

/** The ARM location a ResourceLocation names; '' for none. */
export function locationOfResourceLocation(value: string): string {
  const key = value.trim().toLowerCase().replace(/\s+/g, ' ');
  return ARM_OF_BILLING[key] ?? key.replace(/[^a-z0-9]/g, '');
}

/** What to filter ResourceLocation by for an ARM location: its billing name ("EU West") where known, and the location itself. */
export function resourceLocationsOf(location: string): string[] {
  const arm = location.toLowerCase();
  const billing = BILLING_OF_ARM[arm];
  return billing ? [titleCase(billing), arm] : [arm];
}

/** "eu west" → "EU West", "us east 2" → "US East 2": the spelling the bill uses. */
function titleCase(billing: string): string {
  const [area, ...rest] = billing.split(' ');
  return [area!.toUpperCase(), ...rest.map((w) => w.charAt(0).toUpperCase() + w.slice(1))].join(' ');
}
