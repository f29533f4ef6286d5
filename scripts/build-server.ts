/**
 * npm run build:server: bundles the server and the command-line scripts an operator needs into
 * server/dist (ESM, for plain `node`). @qs/shared is bundled in; every other package stays an
 * import, and must be a dependency of server/package.json, which is all a production install has.
 * An argument names another output folder (tests build into an image-like layout).
 */
import { rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import serverPackage from '../server/package.json' with { type: 'json' };
import { ROOT_DIR } from '../server/src/paths';

const BUNDLED = '@qs/shared';
const OUT_DIR = path.resolve(process.argv[2] ?? path.join(ROOT_DIR, 'server', 'dist'));
const ENTRY_POINTS = {
  main: 'server/src/main.ts',
  'create-admin': 'scripts/create-admin.ts',
  'import-experts': 'scripts/import-experts.ts',
  reindex: 'scripts/reindex.ts',
  'seed-demo': 'scripts/seed-demo.ts',
};

const dependencies = new Set(Object.keys(serverPackage.dependencies));
const builtins = new Set(builtinModules);

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/** Leaves packages to node_modules, and refuses one that a production install would not have. */
const productionDependencies: Plugin = {
  name: 'production-dependencies',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, ({ path: specifier, importer }) => {
      const name = packageName(specifier);
      if (name === BUNDLED) return undefined;
      if (specifier.startsWith('node:') || builtins.has(name) || dependencies.has(name))
        return { path: specifier, external: true };
      return {
        errors: [
          {
            text: `${name} (imported by ${path.relative(ROOT_DIR, importer)}) is not a dependency of server/package.json`,
          },
        ],
      };
    });
  },
};

// Chunks are shared by the entry points; stale ones from an earlier build must not linger.
rmSync(OUT_DIR, { recursive: true, force: true });
await build({
  absWorkingDir: ROOT_DIR,
  entryPoints: ENTRY_POINTS,
  outdir: OUT_DIR,
  // Flat: every output file sits where server/src/paths.ts expects its module.
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  sourcesContent: false,
  plugins: [productionDependencies],
  logLevel: 'warning',
});
console.log(`server built into ${path.relative(process.cwd(), OUT_DIR) || '.'}`);
