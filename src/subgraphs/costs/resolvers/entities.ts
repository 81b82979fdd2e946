import type { VirtualMachineResolvers, VolumeResolvers } from '../generated/resolvers-types.js';
import { vmCost, volumeCost } from '../resource-cost.js';
import { vmRecommendations } from '../savings/report.js';
import { modelProvider, vmPrice, volumePrice } from './prices.js';

// References carry what @requires asked for, spelled as clients see it ("AWS"); the model spells providers "aws".
export const VirtualMachine: VirtualMachineResolvers = {
  price: (vm, { currency }, context) => vmPrice(vm, currency, context),
  cost: (vm, args, context) => vmCost({ ...vm, provider: modelProvider(vm.provider) }, args, context),
  recommendations: (vm, { currency }, context) => vmRecommendations({ ...vm, provider: modelProvider(vm.provider) }, currency, context),
};

export const Volume: VolumeResolvers = {
  price: (volume, { currency }, context) => volumePrice(volume, currency, context),
  cost: (volume, args, context) => volumeCost({ ...volume, provider: modelProvider(volume.provider) }, args, context),
};
