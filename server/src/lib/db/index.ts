export { MongoProvisionError } from './java-server';
export {
  provisionMongo,
  type MongoSource,
  type ProvisionedMongo,
  type ProvisionOptions,
} from './provision';
export { withDatabase } from './uri';
