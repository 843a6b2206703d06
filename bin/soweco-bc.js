#!/usr/bin/env node
// dist/bundle/: the compiled program joined into a few files (src/build/bundle.ts), which load faster than the modules one by one
import { main } from '../dist/bundle/main.js';

process.exitCode = await main(process.argv.slice(2));
