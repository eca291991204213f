//! Client secrets of identity providers, sealed at rest with the server
//! secret ([`crate::signing::seal`]).

const PURPOSE: &str = "identity provider client secret";

pub fn encrypt(server_secret: &[u8], plain: &str) -> String {
    crate::signing::seal(server_secret, PURPOSE, plain)
}

pub fn decrypt(server_secret: &[u8], stored: &str) -> Option<String> {
    crate::signing::open(server_secret, PURPOSE, stored)
}
