#!/usr/bin/env node
// dist/bundle/: the compiled program joined into a few files (src/build/bundle.ts), which load
// faster than the modules one by one, and compiled with V8's code cache (src/build/code-cache.ts)
import { fileURLToPath } from 'node:url';
import { requireWithCodeCache } from '../dist/bundle/code-cache.js';

const { main } = requireWithCodeCache(fileURLToPath(new URL('../dist/bundle/main.cjs', import.meta.url)));
process.exitCode = await main(process.argv.slice(2));
