// Entry point of the console image (docker/console.Dockerfile): Next's standalone output carries no
// next.config.ts, so the configuration `next build` resolved (in .next/required-server-files.json) is
// handed to Next the way the standalone server.js does it; then console-server (the `next start` that
// normalises X-Forwarded-For/-Proto, compiled to JavaScript in the build stage) takes over.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const required = JSON.parse(readFileSync(join(__dirname, 'apps/console/.next/required-server-files.json'), 'utf8'));
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(required.config);
require('./apps/console/src/server/console-server.js');
