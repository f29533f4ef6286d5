export { registerInterestRoutes } from './interests.routes';
export { registerInterestSubscribers } from './subscribers';
export { admitsCallingExpert } from './interests.service';
