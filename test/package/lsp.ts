import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node.js';
import {
  ConfigurationRequest,
  type Diagnostic,
  DidChangeConfigurationNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
} from 'vscode-languageserver-protocol';

const require = createRequire(import.meta.url);

/** The settings an editor with the YAML extension sends: validation on, no schema store, no mapping. */
const YAML_SETTINGS = {
  validate: true,
  hover: true,
  completion: true,
  schemas: {},
  schemaStore: { enable: false },
};

/** A real yaml-language-server over stdio, driven by a real JSON-RPC client, as VS Code does. */
export class YamlLanguageServer {
  private readonly child: ChildProcess;
  private readonly connection: MessageConnection;
  private readonly waiting = new Map<string, (diagnostics: Diagnostic[]) => void>();

  private constructor() {
    const server = require.resolve('yaml-language-server/bin/yaml-language-server');
    this.child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    this.connection = createMessageConnection(
      new StreamMessageReader(this.child.stdout as NodeJS.ReadableStream),
      new StreamMessageWriter(this.child.stdin as NodeJS.WritableStream),
    );
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => YAML_SETTINGS));
    this.connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
      this.waiting.get(uri)?.(diagnostics);
      this.waiting.delete(uri);
    });
    this.connection.listen();
  }

  /** Starts the server on a workspace folder and completes the LSP handshake. */
  static async start(root: string): Promise<YamlLanguageServer> {
    const server = new YamlLanguageServer();
    const rootUri = pathToFileURL(root).href;
    await server.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'course' }],
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } },
    });
    await server.connection.sendNotification(InitializedNotification.type, {});
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { yaml: YAML_SETTINGS },
    });
    return server;
  }

  /** Opens a document (by its file path, with this text) and resolves to the diagnostics published for it. */
  diagnose(path: string, text: string, timeoutMs = 15_000): Promise<Diagnostic[]> {
    const uri = pathToFileURL(path).href;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no diagnostics for ${uri} in ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiting.set(uri, (diagnostics) => {
        clearTimeout(timer);
        resolve(diagnostics);
      });
      void this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'yaml', version: 1, text },
      });
    });
  }

  /** Ends the connection and the server process. */
  stop(): void {
    this.connection.dispose();
    this.child.kill();
  }
}
