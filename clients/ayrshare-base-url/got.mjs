// What social-media-api 1.3.0 uses of got (get, post, put, delete with a URL string and options), sending to
// AYRSHARE_BASE_URL, read at each request, in place of the SDK's fixed base URL. Everything else is got's own.
import got from 'got';

const AYRSHARE = 'https://api.ayrshare.com/api';

function rebased(url) {
  const base = process.env.AYRSHARE_BASE_URL;
  if (!base || typeof url !== 'string' || !url.startsWith(AYRSHARE + '/')) {
    return url;
  }
  return base.replace(/\/+$/, '') + url.slice(AYRSHARE.length);
}

export default {
  get: (url, options) => got.get(rebased(url), options),
  post: (url, options) => got.post(rebased(url), options),
  put: (url, options) => got.put(rebased(url), options),
  delete: (url, options) => got.delete(rebased(url), options),
};
