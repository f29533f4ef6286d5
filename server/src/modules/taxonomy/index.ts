export { registerTaxonomyRoutes } from './taxonomy.routes';
