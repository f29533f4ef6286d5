import { clientStep, runStep } from '../../scripts/build-steps';

/** Vitest global setup of the e2e project: the browser tests run against the built client. */
export default function buildClient(): void {
  runStep(clientStep);
}
