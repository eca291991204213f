// A real OpenID provider (panva's certified oidc-provider) on loopback.
//   node oidc.mjs CONFIG_JSON
// CONFIG_JSON: {"clients":[{"client_id","client_secret","redirect_uris":[...]}]}
// Any login/password is accepted at the provider's own login form; the
// account's e-mail is the login, its subject "sub-" + login.
import http from 'node:http';
import Provider from 'oidc-provider';

const config = JSON.parse(process.argv[2] || '{"clients":[]}');

const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: config.clients.map((c) => ({
      client_id: c.client_id,
      client_secret: c.client_secret,
      redirect_uris: c.redirect_uris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    pkce: { required: () => true },
    conformIdTokenClaims: false,
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['portico-test-cookie-key'] },
    async findAccount(ctx, id) {
      return {
        accountId: id,
        async claims() {
          return {
            sub: `sub-${id}`,
            email: id.includes('@') ? id : undefined,
            email_verified: true,
            name: id.split('@')[0],
          };
        },
      };
    },
  });
  provider.on('server_error', (ctx, err) => console.error('oidc server_error', err));
  server.on('request', provider.callback());
  console.log(`READY issuer=${issuer}`);
});

process.stdin.on('close', () => process.exit(0));
process.stdin.resume();
