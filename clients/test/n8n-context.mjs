// What n8n gives Blotato's node when it runs, built from the real n8n-workflow package: the node's parameters with
// n8n's own defaults and display rules (Workflow/NodeHelpers), its credentials, expressions resolved by n8n's
// Expression (the credential's `={{$credentials?.apiKey}}` header), and helpers.httpRequestWithAuthentication
// doing what n8n's does: apply the credential's `authenticate` block, then an HTTP request that parses JSON and
// throws on a non-2xx answer. The node's own code (node_modules) runs unchanged.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Workflow, NodeOperationError } = require('n8n-workflow');
const { Blotato } = require('@blotato/n8n-nodes-blotato/dist/nodes/Blotato/Blotato.node.js');
const { BlotatoApi } = require('@blotato/n8n-nodes-blotato/dist/credentials/BlotatoApi.credentials.js');

const NODE_TYPE = '@blotato/n8n-nodes-blotato.blotato';
export const blotatoNode = new Blotato();
export const blotatoCredential = new BlotatoApi();

/** The credential as a user fills it in n8n's form for Slotwise. */
export function credentialsFor(sw, apiKey) {
  return { apiKey, server: sw.baseUrl };
}

function workflowWith(parameters) {
  const node = {
    id: 'node-1',
    name: 'Blotato',
    type: NODE_TYPE,
    typeVersion: blotatoNode.description.version.at(-1),
    position: [0, 0],
    parameters: structuredClone(parameters),
    credentials: { blotatoApi: { id: 'cred-1', name: 'Slotwise' } },
  };
  const nodeTypes = {
    getByName: () => blotatoNode,
    getByNameAndVersion: () => blotatoNode,
    getKnownTypes: () => ({}),
  };
  const workflow = new Workflow({ id: 'wf-1', name: 'slotwise', nodes: [node], connections: {}, active: false, nodeTypes });
  return { workflow, node: workflow.getNode('Blotato') };
}

/** An n8n expression ("={{ … }}") resolved by n8n's Expression, with extra keys such as $credentials. */
function resolve(workflow, node, value, itemIndex = 0, additionalKeys = {}) {
  if (typeof value !== 'string' || !value.startsWith('=')) {
    return value;
  }
  return workflow.expression.getParameterValue(value, null, 0, itemIndex, node.name, [], 'internal', additionalKeys);
}

/** n8n's HTTP helper, reduced to what this node uses: url, method, qs, body (JSON), headers. */
async function httpRequest(options) {
  const url = new URL(options.url, options.baseURL);
  for (const [k, v] of Object.entries(options.qs ?? {})) {
    if (v !== undefined) url.searchParams.append(k, String(v));
  }
  const headers = { Accept: 'application/json', ...(options.headers ?? {}) };
  let body;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const res = await fetch(url, { method: options.method ?? 'GET', headers, body, redirect: 'manual' });
  const text = await res.text();
  let data = text;
  if ((res.headers.get('content-type') ?? '').includes('json') && text) {
    data = JSON.parse(text);
  }
  if (res.status < 200 || res.status >= 300) {
    // Shaped as the axios error n8n's helper throws, which NodeApiError reads.
    const error = new Error(`Request failed with status code ${res.status}`);
    error.isAxiosError = true;
    error.response = { status: res.status, statusText: res.statusText, data, headers: Object.fromEntries(res.headers) };
    error.config = { url: url.toString(), method: options.method };
    throw error;
  }
  return data;
}

/** The credential's generic `authenticate` block applied to a request, as n8n's CredentialsHelper does. */
function authenticate(workflow, node, credentials, options) {
  const auth = blotatoCredential.authenticate;
  if (auth.type !== 'generic') throw new Error(`unexpected authenticate type ${auth.type}`);
  const out = { ...options, headers: { ...(options.headers ?? {}) }, qs: { ...(options.qs ?? {}) } };
  for (const [name, value] of Object.entries(auth.properties.headers ?? {})) {
    out.headers[name] = resolve(workflow, node, value, 0, { $credentials: credentials });
  }
  for (const [name, value] of Object.entries(auth.properties.qs ?? {})) {
    out.qs[name] = resolve(workflow, node, value, 0, { $credentials: credentials });
  }
  return out;
}

/**
 * The `this` of the node's execute() and methods.listSearch functions.
 *
 * @param parameters the node's parameters as n8n's editor stores them (resource, operation, platform, …)
 * @param items the input items: [{ json, binary? }]
 */
export function executionContext({ parameters, credentials, items = [{ json: {} }] }) {
  const { workflow, node } = workflowWith(parameters);
  const requests = [];
  const ctx = {
    requests,
    getNode: () => node,
    getInputData: () => items,
    continueOnFail: () => false,
    getCredentials: async (type) => {
      if (type !== 'blotatoApi') throw new Error(`no credential of type ${type}`);
      return credentials;
    },
    getNodeParameter(name, itemIndex, fallbackValue) {
      const value = node.parameters[name];
      if (value === undefined) {
        if (arguments.length >= 3) return fallbackValue;
        throw new NodeOperationError(node, `Could not get parameter "${name}"`, { itemIndex });
      }
      return resolve(workflow, node, value, itemIndex);
    },
    helpers: {
      async httpRequestWithAuthentication(credentialType, options) {
        if (credentialType !== 'blotatoApi') throw new Error(`no credential of type ${credentialType}`);
        const creds = await ctx.getCredentials(credentialType);
        const signed = authenticate(workflow, node, creds, options);
        requests.push({ method: signed.method, url: signed.url, qs: signed.qs, body: signed.body });
        return httpRequest(signed);
      },
      assertBinaryData(itemIndex, propertyName) {
        const binary = items[itemIndex]?.binary?.[propertyName];
        if (!binary) {
          throw new NodeOperationError(node, `This operation expects the node's input data to contain a binary file '${propertyName}', but none was found`, { itemIndex });
        }
        return binary;
      },
      async getBinaryDataBuffer(itemIndex, propertyName) {
        return Buffer.from(items[itemIndex].binary[propertyName].data, 'base64');
      },
    },
  };
  return ctx;
}

/** Runs the node once, as n8n's "Execute step": its output items' json. */
export async function runNode(args) {
  const ctx = executionContext(args);
  const [out] = await blotatoNode.execute.call(ctx);
  return out.map((item) => item.json);
}

/** A listSearch method (getAccounts, getSubaccounts) as the editor's picker calls it. */
export async function listSearch(method, args) {
  const ctx = executionContext(args);
  return blotatoNode.methods.listSearch[method].call(ctx);
}

/**
 * n8n's "Test credential": the credential type's `test.request`, its expressions resolved with $credentials,
 * authenticated and sent; a 2xx answer is OK, anything else is an error with the answer's message.
 */
export async function testCredential(credentials) {
  const { workflow, node } = workflowWith({});
  const request = { ...blotatoCredential.test.request };
  request.baseURL = resolve(workflow, node, request.baseURL, 0, { $credentials: credentials });
  request.url = resolve(workflow, node, request.url, 0, { $credentials: credentials });
  try {
    await httpRequest(authenticate(workflow, node, credentials, request));
    return { status: 'OK', message: 'Connection successful!' };
  } catch (e) {
    return { status: 'Error', message: e.response?.data?.message ?? e.message, httpCode: e.response?.status };
  }
}
