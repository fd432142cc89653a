// Starts pathlint-lsp for PFOCR annotation files (`_figures/*.md`, language id
// `pfocr-annotation`; `_figures/*.yaml` too), their `_data/*.tsv` sidecar tables and
// `.pathlint.yaml`, and passes it the `pathlint.*` settings.
'use strict';
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

// The server's settings (Sources/PathLintLSP/Settings.swift): select, ignore, severity,
// reference, inlayHints, ruleDocumentationURL, workspaceDiagnosticsLimit.
function serverSettings() {
  const config = vscode.workspace.getConfiguration('pathlint');
  const settings = {
    select: config.get('select', []),
    ignore: config.get('ignore', []),
    severity: config.get('severity', {}),
    inlayHints: config.get('inlayHints', true),
    workspaceDiagnosticsLimit: config.get('workspaceDiagnosticsLimit', 2000),
  };
  const reference = config.get('reference', '');
  if (reference) settings.reference = reference;
  const ruleDocumentationURL = config.get('ruleDocumentationURL', '');
  if (ruleDocumentationURL) settings.ruleDocumentationURL = ruleDocumentationURL;
  return { pathlint: settings };
}

function createClient() {
  const command = vscode.workspace.getConfiguration('pathlint').get('path', 'pathlint-lsp') || 'pathlint-lsp';
  const serverOptions = { command, args: [] };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'pfocr-annotation' },
      { scheme: 'file', pattern: '**/_figures/*.{yaml,yml}' },
      // The current layout's sidecar tables, and the configuration file (checked as one).
      { scheme: 'file', pattern: '**/_data/*-{genes,chemicals,diseases}.tsv' },
      { scheme: 'file', pattern: '**/.pathlint.yaml' },
    ],
    initializationOptions: serverSettings(),
    outputChannelName: 'pathlint',
  };
  return new LanguageClient('pathlint', 'pathlint', serverOptions, clientOptions);
}

async function activate(context) {
  client = createClient();
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async (event) => {
    if (!event.affectsConfiguration('pathlint') || !client) return;
    if (event.affectsConfiguration('pathlint.path')) {
      await client.stop();
      client = createClient();
      await client.start();
    } else {
      // The server re-lints open files when its settings change.
      await client.sendNotification('workspace/didChangeConfiguration', { settings: serverSettings() });
    }
  }));
  context.subscriptions.push(vscode.commands.registerCommand('pathlint.restart', async () => {
    if (client) await client.restart();
  }));
  await client.start();
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate };
