// Points Ayrshare's Node SDK (npm social-media-api 1.3.0) at another base URL, e.g. a local Slotwise:
//
//   AYRSHARE_BASE_URL=http://127.0.0.1:7411/api node --import ./ayrshare-base-url/register.mjs your-script.mjs
//
// The SDK has no setting for its base URL: it is a constant in its index.js ("https://api.ayrshare.com/api"),
// with neither a constructor option nor an instance property. So, without touching its files, this swaps the
// HTTP client the SDK imports (got) for one that sends the very same requests — method, path, headers, body,
// query — to AYRSHARE_BASE_URL instead of https://api.ayrshare.com/api. Only the SDK's own import of got is
// swapped; nothing else in the process changes. Without AYRSHARE_BASE_URL the SDK reaches Ayrshare as before.
// Code that imports the SDK dynamically may call register() itself instead (see clients/test/ayrshare-sdk.test.mjs).
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
