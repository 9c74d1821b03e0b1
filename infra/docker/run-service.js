#!/usr/bin/env node
// The image's entry point: runs the service named by SERVICE (or the first argument) from its compiled output.
// `npm run build` compiles each service with the libs it uses into dist/services/<name>/ but leaves the @civil/*
// imports as written, so they are pointed at that service's own compiled copy of each lib here.
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const app = path.resolve(__dirname, '../..');
const service = process.argv[2] || process.env.SERVICE;
const available = fs.existsSync(path.join(app, 'dist/services'))
  ? fs.readdirSync(path.join(app, 'dist/services'))
  : [];

if (!service || !available.includes(service)) {
  console.error(
    `SERVICE must name one of: ${available.join(', ') || '(none built)'}; got ${service ? `'${service}'` : 'nothing'}`,
  );
  process.exit(64);
}

const serviceDist = path.join(app, 'dist/services', service);
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveCivilAlias(request, ...rest) {
  const alias = /^@civil\/([a-z-]+)$/.exec(request);
  const target = alias ? path.join(serviceDist, 'libs', alias[1], 'src', 'index.js') : request;
  return resolveFilename.call(this, target, ...rest);
};

require(path.join(serviceDist, 'services', service, 'src', 'main.js'));
