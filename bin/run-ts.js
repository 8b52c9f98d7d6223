#!/usr/bin/env node
// `node bin/run-ts.js scripts/x.ts args...`: runs a TypeScript script of the project (eval, bench).
import { register } from 'tsx/esm/api';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

register();
const [script, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], script, ...rest];
await import(pathToFileURL(resolve(script)).href);
