#!/usr/bin/env node
// `npm start`. Plain JavaScript because it runs before anything is installed: on a fresh clone it installs the
// dependencies itself, then runs the TypeScript starter (start-platform.ts) through @swc-node/register.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const repo = path.resolve(__dirname, '../..');

function say(message) {
  process.stderr.write(`[npm start] ${message}\n`);
}

/** Runs npm the way the user invoked it (`npm start` sets npm_execpath), else the npm on the PATH. */
function runNpm(args) {
  const viaNode = process.env.npm_execpath && /\.c?js$/.test(process.env.npm_execpath);
  const command = viaNode ? process.execPath : 'npm';
  const fullArgs = viaNode ? [process.env.npm_execpath, ...args] : args;
  const result = spawnSync(command, fullArgs, {
    cwd: repo,
    stdio: 'inherit',
    shell: !viaNode && process.platform === 'win32',
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function ensureDependencies() {
  // The starter's own loader is the last thing an interrupted install would leave out.
  if (fs.existsSync(path.join(repo, 'node_modules', '@swc-node', 'register', 'package.json'))) return;
  const hasLockfile = fs.existsSync(path.join(repo, 'package-lock.json'));
  const args = hasLockfile ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'];
  say(`dependencies are not installed; running npm ${args[0]} (once)...`);
  const status = runNpm(args);
  if (status !== 0) {
    say(`npm ${args[0]} failed (exit ${status}); fix the error above and run npm start again.`);
    process.exit(status);
  }
}

/**
 * The starter runs in its own process group (detached) so that Ctrl-C in the terminal reaches only this process,
 * not the embedded PostgreSQL it spawns: we forward the signal, and the starter stops the services before the
 * database instead of PostgreSQL dropping their connections mid-shutdown. The IPC channel lets the starter notice
 * when this process dies without a signal it could forward, and stop too.
 */
function runStarter() {
  const starter = spawn(
    process.execPath,
    ['-r', '@swc-node/register', path.join(__dirname, 'start-platform.ts')],
    {
      cwd: repo,
      // @swc-node/register reads the path aliases (@civil/*) and decorator settings from this tsconfig.
      env: { ...process.env, SWC_NODE_PROJECT: path.join(repo, 'tsconfig.json') },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      detached: process.platform !== 'win32',
    },
  );
  const forward = (signal) => {
    if (starter.exitCode === null && starter.signalCode === null) starter.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => forward(signal));
  starter.on('error', (error) => {
    say(`could not run the starter: ${error.message}`);
    process.exit(1);
  });
  starter.on('exit', (code, signal) =>
    process.exit(code ?? (signal ? 128 + (require('node:os').constants.signals[signal] ?? 0) : 1)),
  );
}

ensureDependencies();
runStarter();
