//! `vigie watch` against feeds served from 127.0.0.1 by a server that adds items over
//! time and misbehaves on purpose: `304`, `500`, a redirect loop, a malformed feed, a
//! 50 MB body and a response that trickles one byte a second. The watcher must store
//! each new item once, survive every fault, back off, raise the Mali–Algeria alert
//! within 60 s of its items appearing (polling every 5 s), post it to a webhook, and
//! lose and repeat nothing when killed with SIGKILL and started again.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

/// An item of the test feed.
#[derive(Clone)]
struct Item {
    link: String,
    title: String,
    day: &'static str,
    /// The description; a short one makes the watcher fetch the link.
    text: String,
}

#[derive(Default)]
struct World {
    items: Vec<Item>,
    /// Requests per path.
    hits: std::collections::HashMap<String, usize>,
    /// Feed requests answered `304 Not Modified`.
    not_modified: usize,
    /// Feed responses sent gzip-compressed.
    gzipped: usize,
    /// Bodies POSTed to `/hook`.
    hooks: Vec<String>,
    /// Article pages by path.
    pages: std::collections::HashMap<String, String>,
}

type Shared = Arc<Mutex<World>>;

fn rss(items: &[Item]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Test wire</title>\n",
    );
    for i in items {
        out.push_str(&format!(
            "<item><title>{}</title><link>{}</link><guid>{}</guid><pubDate>{}</pubDate><description><![CDATA[{}]]></description></item>\n",
            i.title, i.link, i.link, i.day, i.text
        ));
    }
    out.push_str("</channel></rss>\n");
    out
}

/// Serves one connection: GET and POST, no keep-alive.
fn handle(mut stream: TcpStream, world: Shared, port: u16) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut first = String::new();
    if reader.read_line(&mut first).is_err() {
        return;
    }
    let mut parts = first.split_whitespace();
    let (method, path) = (
        parts.next().unwrap_or("").to_string(),
        parts.next().unwrap_or("").to_string(),
    );
    let (mut length, mut if_none_match, mut gzip) = (0usize, None::<String>, false);
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
            break;
        }
        let (name, value) = line.split_once(':').unwrap_or((&line, ""));
        match name.trim().to_ascii_lowercase().as_str() {
            "content-length" => length = value.trim().parse().unwrap_or(0),
            "if-none-match" => if_none_match = Some(value.trim().to_string()),
            "accept-encoding" => gzip = value.contains("gzip"),
            _ => {}
        }
    }
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    *world.lock().unwrap().hits.entry(path.clone()).or_default() += 1;
    let respond = |stream: &mut TcpStream, status: &str, headers: &str, body: &str| {
        let _ = write!(
            stream,
            "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n{headers}\r\n{body}",
            body.len()
        );
    };
    match (method.as_str(), path.as_str()) {
        ("GET", "/news.rss") => {
            let (items, etag) = {
                let w = world.lock().unwrap();
                (w.items.clone(), format!("\"v{}\"", w.items.len()))
            };
            if if_none_match.as_deref() == Some(etag.as_str()) {
                world.lock().unwrap().not_modified += 1;
                respond(
                    &mut stream,
                    "304 Not Modified",
                    &format!("ETag: {etag}\r\n"),
                    "",
                );
            } else if gzip {
                // Compressed, as most outlets serve their feeds.
                let mut encoder =
                    flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
                encoder.write_all(rss(&items).as_bytes()).unwrap();
                let body = encoder.finish().unwrap();
                world.lock().unwrap().gzipped += 1;
                let _ = write!(
                    stream,
                    "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Encoding: gzip\r\nETag: {etag}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(&body);
            } else {
                respond(
                    &mut stream,
                    "200 OK",
                    &format!("Content-Type: application/rss+xml\r\nETag: {etag}\r\n"),
                    &rss(&items),
                );
            }
        }
        ("GET", "/error.rss") => respond(&mut stream, "500 Internal Server Error", "", "boom"),
        ("GET", "/loop.rss") => respond(
            &mut stream,
            "302 Found",
            &format!("Location: http://127.0.0.1:{port}/loop.rss\r\n"),
            "",
        ),
        ("GET", "/bad.rss") => respond(
            &mut stream,
            "200 OK",
            "Content-Type: application/rss+xml\r\n",
            "<html><body>this is not a feed <<<& \u{1}</body>",
        ),
        ("GET", "/big.rss") => {
            let size = 50 * 1024 * 1024;
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Length: {size}\r\nConnection: close\r\n\r\n"
            );
            let chunk = vec![b'a'; 64 * 1024];
            for _ in 0..size / chunk.len() {
                if stream.write_all(&chunk).is_err() {
                    break;
                }
            }
        }
        ("GET", "/slow.rss") => {
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n"
            );
            for _ in 0..1000 {
                if stream.write_all(b"<").is_err() {
                    break;
                }
                std::thread::sleep(Duration::from_secs(1));
            }
        }
        ("POST", "/hook") => {
            world
                .lock()
                .unwrap()
                .hooks
                .push(String::from_utf8_lossy(&body).into_owned());
            respond(&mut stream, "204 No Content", "", "");
        }
        ("GET", page) => {
            let html = world.lock().unwrap().pages.get(page).cloned();
            match html {
                Some(html) => respond(
                    &mut stream,
                    "200 OK",
                    "Content-Type: text/html; charset=utf-8\r\n",
                    &html,
                ),
                None => respond(&mut stream, "404 Not Found", "", "no such page"),
            }
        }
        _ => respond(&mut stream, "405 Method Not Allowed", "", ""),
    }
}

fn serve(world: Shared) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let world = world.clone();
            std::thread::spawn(move || handle(stream, world, port));
        }
    });
    port
}

/// The watcher as a child process; its standard output's lines arrive on `lines`.
struct Watcher {
    child: Child,
    lines: mpsc::Receiver<String>,
}

impl Watcher {
    fn start(db: &Path, list: &Path, hook: &str, log: &Path) -> Watcher {
        let mut child = Command::new(env!("CARGO_BIN_EXE_vigie"))
            .arg("--db")
            .arg(db)
            .arg("watch")
            .arg("--feeds")
            .arg(list)
            .args(["--every", "5s", "--timeout", "3s", "--max-backoff", "1h"])
            .args(["--max-response", "5000000", "--webhook", hook])
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(log).unwrap())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Watcher { child, lines }
    }

    /// SIGKILL, as a crash would.
    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        self.kill();
    }
}

fn query_count(db: &Path, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.busy_timeout(Duration::from_secs(10)).unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap_or(0)
}

/// Waits up to `limit` for `check`.
fn wait_for(limit: Duration, mut check: impl FnMut() -> bool) -> bool {
    let started = Instant::now();
    while started.elapsed() < limit {
        if check() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    false
}

fn example_paragraphs() -> Vec<String> {
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/fr-mali-algerie-drone.txt"),
    )
    .unwrap();
    text.split("\n\n").map(|p| p.trim().to_string()).collect()
}

#[test]
fn the_watcher_survives_faulty_feeds_alerts_within_a_minute_and_resumes_after_a_kill() {
    let dir = std::env::temp_dir().join(format!("vigie-watch-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("watch.db");
    let paragraphs = example_paragraphs();
    let world: Shared = Arc::default();
    let port = serve(world.clone());
    let base = format!("http://127.0.0.1:{port}");
    // A quiet item first, nothing to alert on.
    world.lock().unwrap().items.push(Item {
        link: format!("{base}/a/quiet"),
        title: "Ségou : un plan contre la sécheresse".into(),
        day: "Thu, 20 Mar 2025 08:00:00 GMT",
        text: "Le gouvernement malien a présenté jeudi à Bamako un plan de soutien aux éleveurs et aux \
               agriculteurs de la région de Ségou, durement touchée par la sécheresse depuis deux saisons. \
               Le programme prévoit des distributions de semences, la réhabilitation de puits pastoraux et \
               un fonds de garantie pour les coopératives. Les organisations paysannes ont salué un effort \
               attendu, tout en demandant que les aides atteignent les villages les plus isolés avant \
               l'hivernage. Le ministre du Développement rural doit se rendre dans la région la semaine \
               prochaine pour le lancement des premières distributions."
            .into(),
    });
    let list = dir.join("feeds.txt");
    std::fs::write(
        &list,
        format!(
            "# test outlets\n{base}/news.rss name=wire lang=fr\n{base}/error.rss\n{base}/loop.rss\n\
             {base}/bad.rss\n{base}/big.rss\n{base}/slow.rss\n"
        ),
    )
    .unwrap();
    let hook = format!("{base}/hook");
    let log = dir.join("watch-1.log");
    let mut watcher = Watcher::start(&db, &list, &hook, &log);
    assert!(
        wait_for(Duration::from_secs(30), || query_count(
            &db,
            "SELECT count(*) FROM documents"
        ) == 1),
        "the first item was not stored; log:\n{}",
        std::fs::read_to_string(&log).unwrap_or_default()
    );

    // The crisis breaks: a drone item that only carries a summary (its article page has
    // the text), and the recall of ambassadors with its whole text.
    let drone_page = format!(
        "<html><head><title>Drone abattu</title></head><body><article><h1>Drone abattu</h1><p>{}</p><p>{}</p></article></body></html>",
        paragraphs[1], paragraphs[2]
    );
    let appeared = Instant::now();
    {
        let mut w = world.lock().unwrap();
        w.pages.insert("/a/drone".into(), drone_page);
        w.items.push(Item {
            link: format!("{base}/a/drone"),
            title: "Un drone malien abattu près de Tin Zaouatine".into(),
            day: "Tue, 01 Apr 2025 09:00:00 GMT",
            text: "Alger revendique la destruction d'un drone près de la frontière.".into(),
        });
        w.items.push(Item {
            link: format!("{base}/a/ambassadeurs"),
            title: "Rappel des ambassadeurs".into(),
            day: "Mon, 07 Apr 2025 18:00:00 GMT",
            text: format!("{}\n\n{}", paragraphs[3], paragraphs[5]),
        });
    }
    let mut alert = None;
    while appeared.elapsed() < Duration::from_secs(60) {
        match watcher.lines.recv_timeout(Duration::from_secs(1)) {
            Ok(line) => {
                let v: Value = serde_json::from_str(&line).expect("alerts are JSON lines");
                if v["alert"]["dyad"] == serde_json::json!(["DZA", "MLI"]) {
                    alert = Some((v, appeared.elapsed()));
                    break;
                }
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(e) => panic!(
                "the watcher stopped ({e}); log:\n{}",
                std::fs::read_to_string(&log).unwrap_or_default()
            ),
        }
    }
    let (alert, after) = alert.unwrap_or_else(|| {
        panic!(
            "no DZA–MLI alert within 60 s; log:\n{}",
            std::fs::read_to_string(&log).unwrap_or_default()
        )
    });
    eprintln!("alert raised {after:?} after its items appeared");
    assert_eq!(alert["status"], "new");
    let evidence = alert["alert"]["evidence"].as_array().unwrap();
    assert!(
        evidence
            .iter()
            .any(|e| e["cameo"].as_str().unwrap().starts_with("161")),
        "the recall is evidence: {alert}"
    );
    // The drone item's text is the article page's, not its one-line summary.
    assert_eq!(
        query_count(
            &db,
            "SELECT count(*) FROM documents WHERE url LIKE '%/a/drone' AND text LIKE '%Tin Zaouatine%abattu%'"
        ),
        1
    );
    assert!(
        wait_for(Duration::from_secs(10), || world
            .lock()
            .unwrap()
            .hooks
            .iter()
            .any(|h| h.contains("\"DZA\"") && h.contains("\"evidence\""))),
        "the webhook did not receive the alert"
    );
    // Let the faulty feeds fail a few times more, and the news feed answer 304.
    assert!(
        wait_for(Duration::from_secs(20), || world
            .lock()
            .unwrap()
            .not_modified
            >= 2),
        "no conditional request answered 304"
    );
    assert!(
        world.lock().unwrap().gzipped >= 2,
        "the feed was never asked for gzip"
    );
    watcher.kill();

    // Every item once, each of the faulty feeds failing with its reason, and backing
    // off: polled every 5 s for the whole run, the failing feed would have been asked
    // about a dozen times.
    assert_eq!(query_count(&db, "SELECT count(*) FROM documents"), 3);
    let health = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .arg("--db")
        .arg(&db)
        .args(["feeds", "--format", "jsonl"])
        .output()
        .unwrap();
    let feeds: Vec<Value> = String::from_utf8(health.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let feed = |suffix: &str| {
        feeds
            .iter()
            .find(|f| f["url"].as_str().unwrap().ends_with(suffix))
            .unwrap_or_else(|| panic!("{suffix} not listed: {feeds:?}"))
    };
    assert_eq!(feed("/news.rss")["items"], 3);
    assert!(feed("/news.rss")["last_error"].is_null());
    for (suffix, reason) in [
        ("/error.rss", "500"),
        ("/loop.rss", "redirect"),
        ("/big.rss", "larger than"),
        ("/slow.rss", "within"),
        ("/bad.rss", ""),
    ] {
        let f = feed(suffix);
        let error = f["last_error"].as_str().unwrap_or_default();
        assert!(
            f["failures"].as_u64().unwrap() >= 1 && error.contains(reason),
            "{suffix}: {f}"
        );
    }
    let error_polls = world.lock().unwrap().hits["/error.rss"];
    let seconds = appeared.elapsed().as_secs() + 5;
    assert!(
        (2..=6).contains(&error_polls),
        "/error.rss polled {error_polls} times in about {seconds} s"
    );

    // Started again after the kill, with one more item: stored once, nothing twice, and
    // the alert that grows with it is an update, not a second new alert.
    world.lock().unwrap().items.push(Item {
        link: format!("{base}/a/rassemblement"),
        title: "Rassemblement à Bamako".into(),
        day: "Tue, 08 Apr 2025 17:00:00 GMT",
        text: format!("{}\n\n{}", paragraphs[6], paragraphs[8]),
    });
    let log = dir.join("watch-2.log");
    let watcher = Watcher::start(&db, &list, &hook, &log);
    assert!(
        wait_for(Duration::from_secs(30), || query_count(
            &db,
            "SELECT count(*) FROM documents"
        ) == 4),
        "the new item was not stored after the restart; log:\n{}",
        std::fs::read_to_string(&log).unwrap_or_default()
    );
    std::thread::sleep(Duration::from_secs(6));
    assert_eq!(query_count(&db, "SELECT count(*) FROM documents"), 4);
    assert_eq!(
        query_count(
            &db,
            "SELECT count(*) FROM (SELECT item FROM feed_items GROUP BY feed, item HAVING count(*) > 1)"
        ),
        0
    );
    assert_eq!(
        query_count(&db, "SELECT count(*) FROM documents WHERE url LIKE '%/a/%'"),
        4
    );
    let again: Vec<Value> = watcher
        .lines
        .try_iter()
        .map(|l| serde_json::from_str(&l).unwrap())
        .collect();
    assert!(
        again.iter().all(|n| n["status"] != "new"
            || n["alert"]["from"] != alert["alert"]["from"]
            || n["alert"]["dyad"] != alert["alert"]["dyad"]),
        "the alert was raised as new a second time: {again:?}"
    );
    drop(watcher);
    for log in ["watch-1.log", "watch-2.log"] {
        eprintln!(
            "--- {log}\n{}",
            std::fs::read_to_string(dir.join(log)).unwrap_or_default()
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn watch_once_reads_a_folder_and_reads_it_again_without_duplicates() {
    let dir = std::env::temp_dir().join(format!("vigie-watch-once-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let inbox = dir.join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    let paragraphs = example_paragraphs();
    std::fs::write(inbox.join("one.txt"), &paragraphs[3]).unwrap();
    let db = dir.join("once.db");
    let once = || {
        let out = Command::new(env!("CARGO_BIN_EXE_vigie"))
            .arg("--db")
            .arg(&db)
            .args(["watch", "--once", "--quiet", "--feed"])
            .arg(&inbox)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    once();
    assert_eq!(query_count(&db, "SELECT count(*) FROM documents"), 1);
    std::fs::write(inbox.join("two.txt"), &paragraphs[5]).unwrap();
    once();
    once();
    assert_eq!(query_count(&db, "SELECT count(*) FROM documents"), 2);
    assert_eq!(query_count(&db, "SELECT count(*) FROM feed_items"), 2);
    let none = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .arg("--db")
        .arg(&db)
        .args(["watch", "--once"])
        .output()
        .unwrap();
    assert!(!none.status.success());
    assert!(String::from_utf8_lossy(&none.stderr).contains("no feed to follow"));
    let _ = std::fs::remove_dir_all(&dir);
}
