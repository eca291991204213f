//! Single sign-on with OpenID Connect: per-tenant providers, bound to one
//! organisation each; the authorization code flow with PKCE, state and nonce.

pub mod flow;
pub mod http;
pub mod model;
pub mod secret;
