"""An independent check of a Portico certificate credential.

Usage: credential_check.py CREDENTIAL_FILE

Verifies the Open Badges 3.0 VC-JWT with PyJWT against the issuer's
published JWK Set (found from the issuer's host, as the Open Badges
implementation guide says), checks the claims the specification ties to
the credential (iss, jti, sub, nbf and exp against issuer.id, id,
credentialSubject.id, validFrom and validUntil), then fetches the W3C
Bitstring Status List the credential names, verifies it the same way and
reads the credential's bit. Nothing of Portico's code is used.

Prints one line: VALID, REVOKED, EXPIRED or INVALID <why>; exits 0 for
VALID, 1 otherwise.
"""

import base64
import datetime
import gzip
import json
import socket
import sys
import urllib.parse
import urllib.request

import jwt
from jwt import PyJWKClient


# `*.localhost` is loopback (RFC 6761), as browsers treat it; the C
# resolver here may not know it.
_getaddrinfo = socket.getaddrinfo


def _loopback_localhost(host, *args, **kwargs):
    if isinstance(host, str) and (host == "localhost" or host.endswith(".localhost")):
        host = "127.0.0.1"
    return _getaddrinfo(host, *args, **kwargs)


socket.getaddrinfo = _loopback_localhost


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:  # loopback only, in the suite
        return response.read()


def verify(token: str, jwks_url: str, *, check_exp: bool = True) -> dict:
    key = PyJWKClient(jwks_url).get_signing_key_from_jwt(token).key
    return jwt.decode(
        token,
        key,
        algorithms=["RS256"],
        options={"require": ["iss", "jti", "sub", "nbf"], "verify_aud": False, "verify_exp": check_exp},
    )


def seconds(text: str) -> int:
    return int(datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp())


def bit(encoded: str, index: int) -> int:
    if not encoded.startswith("u"):
        raise ValueError("encodedList is not multibase base64url")
    raw = gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4)))
    if len(raw) * 8 < 131072:
        raise ValueError("STATUS_LIST_LENGTH_ERROR")
    if index >= len(raw) * 8:
        raise ValueError("RANGE_ERROR")
    return (raw[index // 8] >> (7 - index % 8)) & 1


def main() -> int:
    token = open(sys.argv[1], encoding="ascii").read().strip()
    header = jwt.get_unverified_header(token)
    if header.get("alg") != "RS256" or header.get("typ", "JWT") != "JWT":
        print(f"INVALID header {header}")
        return 1
    unverified = jwt.decode(token, options={"verify_signature": False})
    issuer = unverified["issuer"]["id"] if isinstance(unverified["issuer"], dict) else unverified["issuer"]
    parts = urllib.parse.urlsplit(issuer)
    jwks_url = f"{parts.scheme}://{parts.netloc}/.well-known/jwks.json"
    try:
        claims = verify(token, jwks_url)
    except jwt.ExpiredSignatureError:
        print("EXPIRED")
        return 1
    except jwt.PyJWTError as e:
        print(f"INVALID signature: {e}")
        return 1
    if "OpenBadgeCredential" not in claims["type"] or "VerifiableCredential" not in claims["type"]:
        print("INVALID type")
        return 1
    if claims["iss"] != issuer or claims["jti"] != claims["id"] or claims["sub"] != claims["credentialSubject"]["id"]:
        print("INVALID claims do not match the credential")
        return 1
    if claims["nbf"] != seconds(claims["validFrom"]):
        print("INVALID nbf is not validFrom")
        return 1
    if "validUntil" in claims and claims.get("exp") != seconds(claims["validUntil"]):
        print("INVALID exp is not validUntil")
        return 1
    status = claims["credentialStatus"]
    if status["type"] != "BitstringStatusListEntry" or status["statusPurpose"] != "revocation":
        print("INVALID credentialStatus")
        return 1
    try:
        listed = verify(fetch(status["statusListCredential"]).decode("ascii").strip(), jwks_url)
    except jwt.PyJWTError as e:
        print(f"INVALID status list: {e}")
        return 1
    subject = listed["credentialSubject"]
    if "BitstringStatusListCredential" not in listed["type"] or subject["statusPurpose"] != "revocation" or listed["iss"] != issuer:
        print("INVALID status list credential")
        return 1
    if bit(subject["encodedList"], int(status["statusListIndex"])) == 1:
        print("REVOKED")
        return 1
    print("VALID " + json.dumps({"holder": claims["credentialSubject"]["identifier"], "achievement": claims["credentialSubject"]["achievement"]["name"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
