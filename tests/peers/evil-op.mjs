// A scripted OpenID provider that misbehaves on request, for the negative
// cases of SECURITY-CHECKLIST OIDC-1…OIDC-9.
//   node evil-op.mjs CLIENT_ID CLIENT_SECRET
// It answers /authorize at once (redirecting back with a code), and its
// /token returns an ID token shaped by the current mode (POST /mode {"mode": …}):
//   ok, wrong_aud, extra_aud, wrong_iss, expired, exp_past_skew, exp_in_skew,
//   future_iat, bad_nonce,
//   no_nonce, alg_none, hs256, bad_signature, unknown_kid, rotate, no_sub,
//   email_of:<address>
import http from 'node:http';
import crypto from 'node:crypto';
import { SignJWT, generateKeyPair, exportJWK } from 'jose';

const [clientId, clientSecret] = process.argv.slice(2);
let mode = 'ok';
let subject = 'evil-sub-1';
let email = 'user@evil.test';
const codes = new Map();

const main = await generateKeyPair('RS256', { extractable: true });
const other = await generateKeyPair('RS256', { extractable: true });
const mainJwk = { ...(await exportJWK(main.publicKey)), kid: 'main', alg: 'RS256', use: 'sig' };
const otherJwk = { ...(await exportJWK(other.publicKey)), kid: 'rotated', alg: 'RS256', use: 'sig' };
let rotated = false;

function b64(obj) {
  return Buffer.from(JSON.stringify(obj)).toString('base64url');
}

async function idToken(issuer, nonce) {
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: subject, email, email_verified: true, name: 'Evil Tester', nonce };
  let aud = clientId;
  let iss = issuer;
  let iat = now;
  let exp = now + 300;
  if (mode === 'wrong_aud') aud = 'someone-else';
  if (mode === 'extra_aud') aud = [clientId, 'someone-else'];
  if (mode === 'wrong_iss') iss = 'https://impostor.example';
  if (mode === 'expired') { iat = now - 600; exp = now - 120; }
  // The relying party allows 60 s of clock skew on `exp`.
  if (mode === 'exp_past_skew') { iat = now - 600; exp = now - 65; }
  if (mode === 'exp_in_skew') { iat = now - 600; exp = now - 30; }
  if (mode === 'future_iat') { iat = now + 3600; exp = now + 7200; }
  if (mode === 'bad_nonce') claims.nonce = 'not-the-nonce';
  if (mode === 'no_nonce') delete claims.nonce;
  if (mode === 'no_sub') delete claims.sub;
  if (mode.startsWith('email_of:')) claims.email = mode.slice('email_of:'.length);
  const payload = { ...claims, iss, aud, iat, exp };
  if (mode === 'alg_none') {
    return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
  }
  if (mode === 'hs256') {
    return new SignJWT(payload).setProtectedHeader({ alg: 'HS256', kid: 'main' }).sign(new TextEncoder().encode(clientSecret));
  }
  const useOther = mode === 'unknown_kid' || mode === 'rotate';
  const key = useOther ? other.privateKey : main.privateKey;
  const kid = useOther ? 'rotated' : 'main';
  const token = await new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(key);
  if (mode === 'bad_signature') {
    const [h, p, s] = token.split('.');
    return `${h}.${p}.${s.slice(0, -4)}${s.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
  }
  return token;
}

const server = http.createServer(async (req, res) => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const url = new URL(req.url, issuer);
  let body = '';
  for await (const chunk of req) body += chunk;
  const json = (status, obj) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify(obj)); };

  if (url.pathname === '/.well-known/openid-configuration') {
    return json(200, {
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks`,
      response_types_supported: ['code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic'],
      scopes_supported: ['openid', 'email', 'profile'],
      code_challenge_methods_supported: ['S256'],
    });
  }
  if (url.pathname === '/jwks') {
    globalThis.jwksFetches = (globalThis.jwksFetches || 0) + 1;
    return json(200, { keys: rotated ? [mainJwk, otherJwk] : [mainJwk] });
  }
  if (url.pathname === '/authorize') {
    const code = crypto.randomBytes(16).toString('hex');
    codes.set(code, { nonce: url.searchParams.get('nonce'), challenge: url.searchParams.get('code_challenge') });
    const back = new URL(url.searchParams.get('redirect_uri'));
    back.searchParams.set('code', code);
    back.searchParams.set('state', url.searchParams.get('state'));
    res.writeHead(302, { location: back.toString() });
    return res.end();
  }
  if (url.pathname === '/token' && req.method === 'POST') {
    const form = new URLSearchParams(body);
    const auth = Buffer.from((req.headers.authorization || '').replace(/^Basic /, ''), 'base64').toString();
    const [id, secret] = auth.split(':').map(decodeURIComponent);
    if (id !== clientId || secret !== clientSecret) return json(401, { error: 'invalid_client' });
    const entry = codes.get(form.get('code'));
    if (!entry) return json(400, { error: 'invalid_grant' });
    codes.delete(form.get('code'));
    const verifier = form.get('code_verifier') || '';
    const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
    if (challenge !== entry.challenge) return json(400, { error: 'invalid_grant', error_description: 'PKCE' });
    globalThis.tokensIssued = (globalThis.tokensIssued || 0) + 1;
    return json(200, { access_token: 'at-' + crypto.randomBytes(8).toString('hex'), token_type: 'Bearer', expires_in: 300, id_token: await idToken(issuer, entry.nonce) });
  }
  if (url.pathname === '/mode' && req.method === 'POST') {
    const m = JSON.parse(body || '{}');
    mode = m.mode || 'ok';
    if (m.subject) subject = m.subject;
    if (m.email) email = m.email;
    if (mode === 'rotate') rotated = true;
    return json(200, { mode });
  }
  if (url.pathname === '/stats') {
    return json(200, { jwks_fetches: globalThis.jwksFetches || 0, tokens: globalThis.tokensIssued || 0 });
  }
  res.writeHead(404);
  res.end();
});

server.listen(0, '127.0.0.1', () => {
  console.log(`READY issuer=http://127.0.0.1:${server.address().port}`);
});
process.stdin.on('close', () => process.exit(0));
process.stdin.resume();
