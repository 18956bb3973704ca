//! `vigie serve` as a browser and an API client see it: every endpoint (good and bad
//! parameters, the token on writes), then the real pages in headless Chromium driven
//! through chromedriver (skipped, saying so, where Chromium is absent).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const TOKEN: &str = "test-token-1234";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A server over a fresh store of the examples; stopped when dropped.
struct Server {
    child: Child,
    port: u16,
    dir: PathBuf,
}

impl Server {
    fn start(name: &str) -> Server {
        let dir =
            std::env::temp_dir().join(format!("vigie-web-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("web.db");
        let ingest = Command::new(env!("CARGO_BIN_EXE_vigie"))
            .arg("--db")
            .arg(&db)
            .args(["ingest", "--quiet"])
            .arg(root().join("examples"))
            .output()
            .unwrap();
        assert!(
            ingest.status.success(),
            "{}",
            String::from_utf8_lossy(&ingest.stderr)
        );
        let mut child = Command::new(env!("CARGO_BIN_EXE_vigie"))
            .arg("--db")
            .arg(&db)
            .args(["serve", "--addr", "127.0.0.1:0", "--token", TOKEN])
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The server says where it listens.
        let mut line = String::new();
        BufReader::new(child.stderr.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port = line
            .split("http://127.0.0.1:")
            .nth(1)
            .and_then(|r| r.split('/').next())
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("no address in {line:?}"));
        Server { child, port, dir }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A minimal HTTP/1.1 exchange: status and body.
fn http(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, Vec<u8>) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    let mut request = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (k, v) in headers {
        request.push_str(&format!("{k}: {v}\r\n"));
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes()).unwrap();
    // a server may answer (413 for a body over the limit) and close before reading a
    // large body whole: the write then fails, and the answer is still there to read
    if let Err(e) = stream.write_all(body) {
        assert!(
            matches!(
                e.kind(),
                std::io::ErrorKind::BrokenPipe | std::io::ErrorKind::ConnectionReset
            ),
            "{e}"
        );
    }
    // Read the head, then the body by its length: some servers keep the connection
    // open whatever the request says.
    let mut reader = BufReader::new(stream);
    let mut head = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap() == 0 || line == "\r\n" {
            break;
        }
        head.push_str(&line);
    }
    let status: u16 = head
        .split(' ')
        .nth(1)
        .expect("a status line")
        .parse()
        .unwrap();
    let lower = head.to_ascii_lowercase();
    let length = lower
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .map(|v| v.trim().parse::<usize>().unwrap());
    let mut body = Vec::new();
    match length {
        Some(n) => {
            body.resize(n, 0);
            reader.read_exact(&mut body).unwrap();
        }
        None if lower.contains("transfer-encoding: chunked") => {
            let mut raw = Vec::new();
            loop {
                let mut size = String::new();
                reader.read_line(&mut size).unwrap();
                let n = usize::from_str_radix(size.trim(), 16).unwrap();
                let mut chunk = vec![0; n + 2];
                reader.read_exact(&mut chunk).unwrap();
                if n == 0 {
                    break;
                }
                raw.extend_from_slice(&chunk[..n]);
            }
            body = raw;
        }
        None => {
            reader.read_to_end(&mut body).unwrap();
        }
    }
    (status, body)
}

fn get(port: u16, path: &str) -> (u16, Value) {
    let (status, body) = http(port, "GET", path, &[], b"");
    (
        status,
        serde_json::from_slice(&body)
            .unwrap_or_else(|_| json!({"raw": String::from_utf8_lossy(&body)})),
    )
}

fn post(port: u16, token: Option<&str>, body: &Value) -> (u16, Value) {
    let auth = token.map(|t| format!("Bearer {t}"));
    let mut headers = vec![("Content-Type", "application/json")];
    if let Some(a) = &auth {
        headers.push(("Authorization", a.as_str()));
    }
    let (status, body) = http(
        port,
        "POST",
        "/api/documents",
        &headers,
        body.to_string().as_bytes(),
    );
    (status, serde_json::from_slice(&body).unwrap())
}

const INJECTION_TITLE: &str =
    "Ambassade <script>window.__pwned=1</script> <img src=x onerror=\"window.__pwned=2\">";
const INJECTION_TEXT: &str = "Le Niger a rappelé son ambassadeur au Bénin le 14 mars 2026. <script>window.__pwned=3</script> Les manifestants ont écrit <b onmouseover=\"window.__pwned=4\">non</b> sur les murs.";

#[test]
fn every_endpoint_answers_and_bad_requests_are_clear() {
    let server = Server::start("api");
    let port = server.port;

    let (s, stats) = get(port, "/api/stats");
    assert_eq!(s, 200);
    let documents = stats["documents"].as_u64().unwrap();
    assert!(
        documents >= 19 && stats["events"].as_u64().unwrap() > 50,
        "{stats}"
    );
    assert!(stats["by_plover"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["plover"] == "ASSAULT"));
    assert!(!stats["top_dyads"].as_array().unwrap().is_empty());

    let (s, events) = get(port, "/api/events?dyad=NER-BEN&cameo=161&modality=factual");
    assert_eq!(s, 200);
    let list = events["events"].as_array().unwrap();
    assert!(list.len() >= 5 && events["count"] == list.len());
    assert!(list
        .iter()
        .all(|e| e["num_articles"] == 5 && e["document"]["source"].is_string()));
    let (_, limited) = get(port, "/api/events?limit=3");
    assert_eq!(limited["count"], 3);
    let (_, boxed) = get(port, "/api/events?bbox=-6,10,4,16");
    assert!(boxed["events"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["place"]["lat"].as_f64().unwrap() >= 10.0));

    let (s, clusters) = get(port, "/api/clusters?min_articles=5");
    assert_eq!(s, 200);
    assert_eq!(clusters["clusters"][0]["num_sources"], 5);

    let (s, series) = get(
        port,
        "/api/dyads/MLI/DZA?by=week&from=2025-03-01&to=2025-04-30",
    );
    assert_eq!(s, 200);
    let points = series["points"].as_array().unwrap();
    assert!(
        points
            .iter()
            .any(|p| p["goldstein"].as_f64().unwrap() < -10.0),
        "{series}"
    );
    assert!(points
        .iter()
        .all(|p| p["start"].as_str().unwrap() >= "2025-02-24"));

    let (s, alerts) = get(port, "/api/alerts?dyad=MLI-DZA");
    assert_eq!(s, 200);
    assert!(alerts["alerts"][0]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["cameo"] == "161"));

    let (s, actors) = get(port, "/api/actors");
    assert_eq!(s, 200);
    assert!(actors["actors"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["key"] == "DZA"));
    assert!(actors["edges"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["a"] == "DZA" && e["b"] == "MLI" && e["conflict"].as_u64().unwrap() > 0));

    let (s, docs) = get(port, "/api/documents?limit=5");
    assert_eq!(s, 200);
    assert_eq!(docs["documents"].as_array().unwrap().len(), 5);
    let (s, doc) = get(port, "/api/documents/fr-mali-algerie-drone");
    assert_eq!(s, 200);
    let text = doc["document"]["text"].as_str().unwrap();
    for m in doc["mentions"].as_array().unwrap() {
        let (a, b) = (
            m["span"][0].as_u64().unwrap() as usize,
            m["span"][1].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &text[a..b],
            m["text"].as_str().unwrap(),
            "mention spans slice the text"
        );
    }
    assert!(doc["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["kind"] == "place"));
    assert!(!doc["events"].as_array().unwrap().is_empty());

    let (s, hits) = get(port, "/api/search?q=Niangoloko");
    assert_eq!(s, 200);
    assert_eq!(hits["documents"][0]["doc"], "wire-11");
    let (s, brief) = get(
        port,
        "/api/brief?dyad=MLI-DZA&from=2025-04-01&to=2025-04-30",
    );
    assert_eq!(s, 200);
    assert!(brief["markdown"]
        .as_str()
        .unwrap()
        .contains("## 2025-04-06"));
    let (s, countries) = get(port, "/api/countries");
    assert_eq!(s, 200);
    assert!(countries["features"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["properties"]["iso3"] == "MLI"));
    let (s, spec) = get(port, "/api/openapi.json");
    assert_eq!(s, 200);
    for path in [
        "/api/events",
        "/api/clusters",
        "/api/dyads/{a}/{b}",
        "/api/alerts",
        "/api/actors",
        "/api/documents",
        "/api/documents/{id}",
        "/api/search",
    ] {
        assert!(spec["paths"][path].is_object(), "{path} is not described");
    }

    // Bad parameters: 400 naming what is wrong.
    for (path, says) in [
        ("/api/events?from=14-03-2026", "`from`"),
        ("/api/events?limit=0", "`limit`"),
        ("/api/events?limit=many", "`limit`"),
        ("/api/events?bbox=1,2", "`bbox`"),
        ("/api/events?modality=perhaps", "`modality`"),
        ("/api/events?cameo=1x", "CAMEO"),
        ("/api/events?colour=red", "unknown parameter `colour`"),
        ("/api/events?dyad=MLI", "`dyad`"),
        ("/api/dyads/MLI/DZA?by=month", "`by`"),
        ("/api/search", "`q`"),
        ("/api/brief", "`dyad`"),
    ] {
        let (s, body) = get(port, path);
        assert_eq!(s, 400, "{path}: {body}");
        assert!(
            body["error"].as_str().unwrap().contains(says),
            "{path}: {body}"
        );
    }
    let (s, _) = get(port, "/api/documents/no-such-doc");
    assert_eq!(s, 404);

    // Writes need the token; nothing is stored without it.
    let article = json!({"id": "injected", "title": INJECTION_TITLE, "source": "Test", "published": "2026-03-15", "text": INJECTION_TEXT});
    let (s, body) = post(port, None, &article);
    assert_eq!(s, 401, "{body}");
    let (s, _) = post(port, Some("wrong-token"), &article);
    assert_eq!(s, 401);
    assert_eq!(
        get(port, "/api/stats").1["documents"].as_u64().unwrap(),
        documents,
        "a refused write stored something"
    );
    let (s, body) = post(port, Some(TOKEN), &json!({"text": ""}));
    assert_eq!(s, 400, "{body}");
    let (s, body) = post(port, Some(TOKEN), &json!({"texte": "typo"}));
    assert_eq!(s, 400, "{body}");
    let (s, body) = post(
        port,
        Some(TOKEN),
        &json!({"text": "x".repeat(9 * 1024 * 1024)}),
    );
    assert_eq!(s, 413, "{body}");
    let (s, body) = post(port, Some(TOKEN), &article);
    assert_eq!(s, 201, "{body}");
    assert_eq!(body["doc"], "injected");
    assert!(body["events"].as_u64().unwrap() >= 1);
    let (s, again) = post(port, Some(TOKEN), &article);
    assert_eq!((s, &again["stored"]), (200, &json!(false)));
    let (_, stored) = get(port, "/api/documents/injected");
    assert_eq!(stored["document"]["title"], INJECTION_TITLE);
    let (_, after) = get(port, "/api/events?dyad=NER-BEN&cameo=161");
    assert!(after["events"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["doc"] == "injected"));
}

// ---- the browser -------------------------------------------------------------------

/// Finds Chromium and chromedriver, or says why the browser tests skip.
fn browser() -> Option<(PathBuf, PathBuf)> {
    let find = |names: &[&str]| -> Option<PathBuf> {
        names
            .iter()
            .map(PathBuf::from)
            .find(|p| p.exists())
            .or_else(|| {
                names.iter().find_map(|n| {
                    let out = Command::new("which").arg(n).output().ok()?;
                    out.status
                        .success()
                        .then(|| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
                })
            })
    };
    let chromium = find(&[
        "/usr/bin/chromium",
        "chromium",
        "chromium-browser",
        "google-chrome",
    ]);
    let driver = find(&["/usr/bin/chromedriver", "chromedriver"]);
    match (chromium, driver) {
        (Some(c), Some(d)) => Some((c, d)),
        _ => {
            eprintln!("skipping the browser tests: Chromium or chromedriver is not installed (Debian: apt-get install chromium chromium-driver; .ci/run installs them)");
            None
        }
    }
}

/// A WebDriver session on a headless Chromium.
struct Browser {
    driver: Child,
    port: u16,
    session: String,
}

impl Browser {
    fn start(chromium: &Path, chromedriver: &Path) -> Browser {
        let port = free_port();
        let driver = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "chromedriver did not start"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        let mut b = Browser {
            driver,
            port,
            session: String::new(),
        };
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium.display().to_string(),
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"]
            },
            "goog:loggingPrefs": {"browser": "ALL"}
        }}});
        let v = b.call("POST", "/session", Some(caps));
        b.session = v["sessionId"].as_str().expect("a session").to_string();
        b
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        self.try_call(method, path, body)
            .unwrap_or_else(|e| panic!("WebDriver {method} {path}: {e}"))
    }

    fn try_call(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, Value> {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let (status, raw) = http(
            self.port,
            method,
            path,
            &[("Content-Type", "application/json")],
            body.as_bytes(),
        );
        let v: Value = serde_json::from_slice(&raw).unwrap_or(Value::Null);
        if status < 300 {
            Ok(v["value"].clone())
        } else {
            Err(v["value"].clone())
        }
    }

    fn s(&self, path: &str) -> String {
        format!("/session/{}{path}", self.session)
    }

    fn go(&self, url: &str) {
        self.call("POST", &self.s("/url"), Some(json!({"url": url})));
    }

    fn script(&self, js: &str) -> Value {
        self.call(
            "POST",
            &self.s("/execute/sync"),
            Some(json!({"script": js, "args": []})),
        )
    }

    /// Waits until `js` (an expression) is truthy.
    fn wait(&self, what: &str, js: &str) {
        let started = Instant::now();
        loop {
            if self.script(&format!("return !!({js});")) == json!(true) {
                return;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "timed out waiting for {what}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn screenshot(&self, name: &str) {
        let png = self.call("GET", &self.s("/screenshot"), None);
        let dir = root().join("target/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let bytes = base64_decode(png.as_str().unwrap());
        std::fs::write(dir.join(format!("{name}.png")), bytes).unwrap();
    }

    /// Console messages at error level since the last call.
    fn console_errors(&self) -> Vec<String> {
        let logs = self.call("POST", &self.s("/se/log"), Some(json!({"type": "browser"})));
        logs.as_array()
            .map(|l| {
                l.iter()
                    .filter(|e| e["level"] == "SEVERE")
                    .map(|e| e["message"].as_str().unwrap_or("").to_string())
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = self.try_call("DELETE", &format!("/session/{}", self.session), None);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn base64_decode(s: &str) -> Vec<u8> {
    let value = |c: u8| -> u32 {
        match c {
            b'A'..=b'Z' => u32::from(c - b'A'),
            b'a'..=b'z' => u32::from(c - b'a') + 26,
            b'0'..=b'9' => u32::from(c - b'0') + 52,
            b'+' => 62,
            b'/' => 63,
            _ => 0,
        }
    };
    let clean: Vec<u8> = s.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for chunk in clean.chunks(4) {
        let pad = chunk.iter().filter(|&&b| b == b'=').count();
        let n = chunk.iter().fold(0u32, |acc, &b| (acc << 6) | value(b)) << (6 * (4 - chunk.len()));
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..3 - pad.min(2)]);
    }
    out
}

#[test]
fn the_pages_load_filter_open_evidence_and_show_injected_markup_as_text() {
    let Some((chromium, chromedriver)) = browser() else {
        return;
    };
    let server = Server::start("browser");
    let (s, _) = post(
        server.port,
        Some(TOKEN),
        &json!({"id": "injected", "title": INJECTION_TITLE, "published": "2026-03-15", "text": INJECTION_TEXT}),
    );
    assert_eq!(s, 201);
    let b = Browser::start(&chromium, &chromedriver);

    // Every page loads without console errors; a screenshot of each is kept.
    for (route, id) in [
        ("#/", "page-overview"),
        ("#/timeline", "page-timeline"),
        ("#/dyad/MLI/DZA", "page-dyad"),
        ("#/map", "page-map"),
        ("#/network", "page-network"),
        ("#/document/fr-mali-algerie-drone", "page-document"),
        ("#/brief", "page-brief"),
        ("#/ingest", "page-ingest"),
    ] {
        b.go(&server.url(&format!("/{route}")));
        b.wait(id, &format!("document.getElementById('{id}')"));
        // Let the page's requests finish.
        std::thread::sleep(Duration::from_millis(700));
        b.screenshot(id.trim_start_matches("page-"));
        let errors = b.console_errors();
        assert!(errors.is_empty(), "{route}: console errors: {errors:#?}");
    }

    // Filters change the results.
    b.go(&server.url("/#/timeline"));
    b.wait(
        "the event list",
        "document.querySelectorAll('.event-row').length > 0",
    );
    let all = b
        .script("return document.querySelectorAll('.event-row').length;")
        .as_u64()
        .unwrap();
    b.script("const f = document.getElementById('f-cameo'); f.value = '19'; f.dispatchEvent(new Event('input', {bubbles: true})); f.dispatchEvent(new Event('change', {bubbles: true}));");
    b.wait("fewer events", &format!("document.querySelectorAll('.event-row').length > 0 && document.querySelectorAll('.event-row').length < {all}"));
    let shown: Vec<String> = serde_json::from_value(
        b.script("return [...document.querySelectorAll('.event-row')].map(r => r.textContent);"),
    )
    .unwrap();
    assert!(shown.iter().all(|t| t.contains("19")), "{shown:#?}");
    let counter = b.script("return document.getElementById('result-count').textContent;");
    assert!(
        counter.as_str().unwrap().contains(&shown.len().to_string()),
        "{counter}"
    );

    // Clicking an event opens its evidence: its sentence.
    b.script("document.querySelector('.event-row').click();");
    b.wait("the evidence", "document.getElementById('evidence') && document.getElementById('evidence').textContent.length > 20");
    let evidence = b.script("return document.getElementById('evidence').textContent;");
    let first_sentence = b.script("return document.querySelector('.event-row').dataset.eventId;");
    assert!(first_sentence.is_string(), "event rows carry their id");
    assert!(!evidence.as_str().unwrap().is_empty());
    b.screenshot("evidence");

    // Injected markup is shown as text and never runs.
    b.go(&server.url("/#/document/injected"));
    b.wait("the injected document", "document.getElementById('page-document') && document.body.textContent.includes('window.__pwned=3')");
    std::thread::sleep(Duration::from_millis(500));
    let body = b.script("return document.body.textContent;");
    let body = body.as_str().unwrap();
    assert!(
        body.contains("<script>window.__pwned=3</script>"),
        "the script tag is shown as text"
    );
    assert!(
        body.contains("<img src=x onerror=") || body.contains("Ambassade <script>"),
        "the title is shown as text"
    );
    assert_eq!(
        b.script("return window.__pwned === undefined;"),
        json!(true),
        "injected markup ran"
    );
    assert_eq!(b.script("return document.querySelectorAll('#page-document script, #page-document img[src=x], #page-document b[onmouseover]').length;"), json!(0));
    b.screenshot("injection");
    assert!(
        b.try_call("GET", &b.s("/alert/text"), None).is_err(),
        "an alert dialog opened"
    );
    let errors = b.console_errors();
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

/// Issue 15, item 8: the `Host` header was not checked on loopback, so a page served
/// under a name that resolves to 127.0.0.1 (DNS rebinding) could read the API.
#[test]
fn defect_8_a_foreign_host_cannot_read_the_api_on_loopback() {
    use std::io::{Read, Write};
    let server = Server::start("host");
    let ask = |host: &str| {
        let mut stream = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .unwrap();
        write!(
            stream,
            "GET /api/stats HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        answer
    };
    let foreign = ask("rebind.example:8080");
    assert!(foreign.starts_with("HTTP/1.1 421"), "{foreign}");
    assert!(foreign.contains("loopback"), "{foreign}");
    let local = ask(&format!("localhost:{}", server.port));
    assert!(local.starts_with("HTTP/1.1 200"), "{local}");
}

#[test]
fn the_stream_pushes_feed_health_then_each_alert_the_watcher_stores() {
    let server = Server::start("stream");
    let (status, body) = get(server.port, "/api/feeds");
    assert_eq!((status, body), (200, json!({"feeds": []})));
    let (status, body) = get(server.port, "/api/stream?after=soon");
    assert_eq!(status, 400, "{body}");
    assert!(body["error"].as_str().unwrap().contains("after"), "{body}");

    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    write!(
        stream,
        "GET /api/stream HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nAccept: text/event-stream\r\n\r\n",
        server.port
    )
    .unwrap();
    let mut lines = BufReader::new(stream).lines().map_while(Result::ok);
    let mut upto = |wanted: &str| -> Vec<String> {
        let mut seen = Vec::new();
        for line in lines.by_ref() {
            let done = line.contains(wanted);
            seen.push(line);
            if done {
                return seen;
            }
        }
        panic!("the stream ended before {wanted:?}: {seen:?}")
    };
    let head = upto("event: feeds");
    assert!(head[0].starts_with("HTTP/1.1 200"), "{head:?}");
    assert!(
        head.iter()
            .any(|l| l.eq_ignore_ascii_case("content-type: text/event-stream")),
        "{head:?}"
    );
    // What `vigie watch` writes when it raises an alert, from another process.
    let db = rusqlite::Connection::open(server.dir.join("web.db")).unwrap();
    db.execute(
        "INSERT INTO raised_alerts (key, seq, first_raised, raised, evidence, json)
         VALUES ('DZA-MLI|2025-04-01', 1, 't', 't', 2, '{\"dyad\":[\"DZA\",\"MLI\"]}')",
        [],
    )
    .unwrap();
    let alert = upto("\"dyad\"");
    assert!(alert.iter().any(|l| l == "event: alert"), "{alert:?}");
    assert!(alert.iter().any(|l| l == "id: 1"), "{alert:?}");
    assert_eq!(alert.last().unwrap(), "data: {\"dyad\":[\"DZA\",\"MLI\"]}");
}

/// Issue 15: two `vigie ingest` runs over overlapping folders and 60 uploads through
/// the API, all at once into one store: none fails ("database is locked" did within
/// half a second) and every document is stored exactly once.
#[test]
fn two_ingests_of_overlapping_folders_and_sixty_uploads_store_each_document_once() {
    let server = Server::start("concurrent");
    let port = server.port;
    let before = get(port, "/api/stats").1["documents"].as_u64().unwrap();
    // Folders `a` (reports 0–39) and `b` (20–59): twenty files in both.
    let report = |n: usize| {
        format!(
            "Le Niger a rappelé son ambassadeur au Bénin le {} mars 2026, selon le \
             rapport numéro {n}. Les deux pays discutent de la frontière.",
            n % 28 + 1
        )
    };
    for (folder, range) in [("a", 0..40), ("b", 20..60)] {
        let dir = server.dir.join(folder);
        std::fs::create_dir_all(&dir).unwrap();
        for n in range {
            std::fs::write(dir.join(format!("report-{n:02}.txt")), report(n)).unwrap();
        }
    }
    let db = server.dir.join("web.db");
    let ingests: Vec<Child> = ["a", "b"]
        .iter()
        .map(|folder| {
            Command::new(env!("CARGO_BIN_EXE_vigie"))
                .arg("--db")
                .arg(&db)
                .args(["ingest", "--quiet"])
                .arg(server.dir.join(folder))
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let uploads = std::thread::spawn(move || {
        (0..60)
            .map(|k| {
                let article = json!({
                    "id": format!("upload-{k}"),
                    "source": "Test",
                    "published": "2026-03-20",
                    "text": format!("Le Tchad a fermé sa frontière avec le Soudan, dépêche {k}."),
                });
                post(port, Some(TOKEN), &article)
            })
            .collect::<Vec<_>>()
    });
    for child in ingests {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "an ingest failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    for (k, (status, body)) in uploads.join().unwrap().into_iter().enumerate() {
        assert_eq!(status, 201, "upload {k}: {body}");
    }
    let after = get(port, "/api/stats").1["documents"].as_u64().unwrap();
    assert_eq!(
        after - before,
        60 + 60,
        "60 distinct reports and 60 uploads"
    );
}
