//! The storage interface against both of its backends: local disk and a real
//! S3-compatible server on loopback; and a second instance of Portico that
//! shares the bucket sees what the first stored.

use bytes::Bytes;
use futures_util::StreamExt;
use portico::config::StorageSetting;
use portico::storage::store::{Key, Storage};

use crate::support::{PASSWORD, page_csrf, s3, spawn_app_with};

fn s3_setting() -> StorageSetting {
    let settings: std::collections::HashMap<String, String> = s3::peer().settings().into_iter().collect();
    let mut env = settings.clone();
    env.insert("PORTICO_DATA_DIR".into(), std::env::temp_dir().display().to_string());
    env.insert("PORTICO_SECRET_KEY".into(), crate::support::SECRET.into());
    portico::config::Config::from_source(&env).expect("s3 configuration").storage
}

async fn contract(storage: &Storage) {
    let id = uuid::Uuid::new_v4().simple().to_string();
    let key = Key::in_tenant(1, &format!("t/1/assets/{id}.pdf")).expect("a well-formed key");
    let other = Key::in_tenant(2, &format!("t/2/assets/{id}.pdf")).expect("a well-formed key");
    // More than one chunk of a stream, with every byte value.
    let bytes: Vec<u8> = (0..700_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    assert_eq!(storage.get(&key).await.unwrap().map(|o| o.size), None, "nothing there yet");
    storage.put(&key, Bytes::from(bytes.clone())).await.unwrap();
    storage.put(&other, Bytes::from_static(b"tenant two")).await.unwrap();

    assert_eq!(storage.size(&key).await.unwrap(), Some(bytes.len() as u64));
    let object = storage.get(&key).await.unwrap().expect("stored");
    assert_eq!(object.size, bytes.len() as u64);
    let mut streamed = Vec::new();
    let mut stream = object.stream;
    while let Some(chunk) = stream.next().await {
        streamed.extend_from_slice(&chunk.unwrap());
    }
    assert_eq!(streamed, bytes, "streamed back byte for byte");
    assert_eq!(storage.read(&key).await.unwrap().map(|b| b.to_vec()), Some(bytes.clone()));

    let listed = storage.list("t/1/").await.unwrap();
    assert!(listed.contains(&(key.as_str().to_string(), bytes.len() as u64)), "{listed:?}");
    assert!(listed.iter().all(|(k, _)| k.starts_with("t/1/")), "a tenant's prefix lists only its files: {listed:?}");

    storage.delete(&key).await.unwrap();
    assert!(storage.get(&key).await.unwrap().is_none());
    assert_eq!(storage.size(&key).await.unwrap(), None);
    storage.delete(&key).await.expect("deleting what is gone is no error");
    assert_eq!(storage.read(&other).await.unwrap().as_deref(), Some(&b"tenant two"[..]), "the other tenant's file stays");
    storage.delete(&other).await.unwrap();
}

#[tokio::test]
async fn the_storage_contract_holds_on_local_disk_and_on_s3() {
    let dir = tempfile::tempdir().unwrap();
    let local = Storage::open(&StorageSetting::Local(dir.path().join("files"))).unwrap();
    contract(&local).await;
    let s3 = Storage::open(&s3_setting()).unwrap();
    contract(&s3).await;
}

#[test]
fn keys_are_ours_and_belong_to_one_tenant() {
    for bad in [
        "t/2/assets/x.pdf",
        "t/1/../2/assets/x.pdf",
        "t/1/assets/../../x",
        "t/1/assets/.hidden",
        "t/1/assets/a/b.pdf",
        "t/1/secrets/x.pdf",
        "t/1/assets/x y.pdf",
        "/etc/passwd",
        "t/1/assets/",
    ] {
        assert!(Key::in_tenant(1, bad).is_none(), "{bad}");
    }
    assert!(Key::in_tenant(1, "t/1/assets/0f3a.pdf").is_some());
}

/// A real PNG of the given size.
pub fn png(width: u32, height: u32) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(width, height, image::Rgb([200, 30, 90])))
        .write_to(&mut out, image::ImageFormat::Png)
        .unwrap();
    out.into_inner()
}

#[tokio::test]
async fn a_second_instance_sharing_the_bucket_serves_what_the_first_stored() {
    let peer = s3::peer();
    let settings = peer.settings();
    let extra: Vec<(&str, &str)> = settings.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let app = spawn_app_with(&extra).await;
    let admin = app.tenant_with_admin("acme", PASSWORD).await;
    let csrf = page_csrf(&admin, &app.url("acme", "/admin/branding")).await;
    let logo = png(40, 20);
    let part = reqwest::multipart::Part::bytes(logo.clone()).file_name("logo.png");
    let res = admin
        .post(app.url("acme", "/admin/branding/logo"))
        .header("x-csrf-token", csrf.as_str())
        .multipart(reqwest::multipart::Form::new().part("logo", part))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    // Nothing on this instance's disk: the file is in the bucket.
    assert!(!app.dir.path().join("files/t").exists());

    let second = app.second_instance().await;
    let served = app.client.get(format!("http://acme.localhost:{}/branding/logo", second.port)).send().await.unwrap();
    assert_eq!(served.status(), 200);
    assert_eq!(served.headers()["content-type"], "image/png");
    assert_eq!(served.bytes().await.unwrap().to_vec(), logo);
}
