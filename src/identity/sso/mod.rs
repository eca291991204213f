//! Single sign-on with OpenID Connect: per-tenant providers, bound to one
//! organisation each; the authorization code flow with PKCE, state and nonce.

pub mod model;
