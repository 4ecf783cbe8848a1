// Module resolution hook (see register.mjs): social-media-api's `import got from "got"` gets ./got.mjs.
const SDK = '/node_modules/social-media-api/';

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'got' && context.parentURL && context.parentURL.includes(SDK)) {
    return { url: new URL('./got.mjs', import.meta.url).href, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
