/** npm run build: the client (Vite) and the server bundle (esbuild), each only if out of date. */
import { clientStep, runStep, serverStep } from './build-steps';

for (const step of [clientStep, serverStep]) runStep(step);
