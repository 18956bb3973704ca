//! Regression tests for unbounded inputs, each named after the bug it guards against.
//!
//! A folder with symbolic link loops was walked exponentially and links out of the
//! folder were followed (`/etc/passwd` was stored); a feed of 40,000 items took
//! seconds because each item's line was recounted from the start of the file; deeply
//! nested HTML made the HTML parser's scope checks quadratic. These tests check what
//! comes out (the files listed, the links reported, the lines named), on inputs where
//! the old code either answers wrongly or takes minutes.

use std::path::{Path, PathBuf};

use vigie_ingest::{discover, records, Format};

/// A scratch folder, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("vigie-unbounded-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create scratch folder");
        Scratch(dir)
    }

    /// Writes `text` at `rel`, creating its folders.
    fn file(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.0.join(rel);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("create folder");
        std::fs::write(&path, text).expect("write scratch file");
        path
    }

    /// Makes `rel` a symbolic link to `target`.
    #[cfg(unix)]
    fn link(&self, rel: &str, target: &Path) -> PathBuf {
        let path = self.0.join(rel);
        std::os::unix::fs::symlink(target, &path).expect("make link");
        path
    }

    /// The files `discover` lists, relative to the scratch folder.
    fn listed(&self) -> Vec<String> {
        discover(std::slice::from_ref(&self.0))
            .files
            .iter()
            .map(|(p, _)| p.strip_prefix(&self.0).unwrap().display().to_string())
            .collect()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[cfg(unix)]
#[test]
fn folder_with_a_symlink_loop_lists_each_file_once() {
    let dir = Scratch::new("loop");
    dir.file("a.txt", "Gao.");
    dir.file("sub/b.txt", "Mopti.");
    dir.link("sub/up", &dir.0);
    // The old walk followed `sub/up/sub/up/...` until the system refused the path,
    // listing `sub/up/a.txt`, `sub/up/sub/b.txt`... dozens of times.
    assert_eq!(dir.listed(), ["a.txt", "sub/b.txt"]);
    let found = discover(std::slice::from_ref(&dir.0));
    assert!(found.errors.is_empty(), "{:?}", found.errors);
    assert!(found.links_outside.is_empty());
}

#[cfg(unix)]
#[test]
fn folder_with_two_links_to_itself_is_walked_once_not_exponentially() {
    let dir = Scratch::new("fork");
    dir.file("a.txt", "Gao.");
    dir.link("l1", &dir.0);
    dir.link("l2", Path::new("."));
    // Two loops double the paths at each level: the old walk listed 2^40 folders.
    assert_eq!(dir.listed(), ["a.txt"]);
}

#[cfg(unix)]
#[test]
fn folder_reached_by_several_links_is_listed_once() {
    let dir = Scratch::new("diamond");
    dir.file("real/a.txt", "Gao.");
    dir.link("b", &dir.0.join("real"));
    dir.link("c", Path::new("real"));
    // Followed once, through the first link in sorted order; never again.
    assert_eq!(dir.listed(), ["b/a.txt"]);
}

#[cfg(unix)]
#[test]
fn links_leading_out_of_the_folder_are_skipped_and_reported_once() {
    let outside = Scratch::new("outside");
    let secret = outside.file("secret.txt", "root:x:0:0");
    let dir = Scratch::new("inside");
    dir.file("a.txt", "Gao.");
    let to_file = dir.link("passwd.txt", &secret);
    let to_dir = dir.link("etc", &outside.0);
    let inside = dir.link("z.txt", Path::new("a.txt"));
    let found = discover(std::slice::from_ref(&dir.0));
    let files: Vec<_> = found.files.iter().map(|(p, _)| p.clone()).collect();
    assert_eq!(files, [dir.0.join("a.txt"), inside]);
    assert_eq!(
        found.links_outside,
        [(to_dir, dir.0.clone()), (to_file, dir.0.clone())]
    );
    // A file named directly is the user's choice, link or not.
    let named = discover(std::slice::from_ref(&secret));
    assert_eq!(named.files.len(), 1);
}

#[test]
fn rss_with_many_items_numbers_lines_without_recounting_from_the_start() {
    // 40,000 items: recounting the lines from the start for each took minutes in a
    // debug build; counting on from the previous item takes well under a second.
    let items = 40_000;
    let mut xml = String::from("<rss><channel>\n<title>Fil</title>\n");
    for i in 0..items {
        xml.push_str(&format!(
            "<item><title>N{i}</title>\n<description>Texte {i}.</description></item>\n"
        ));
    }
    xml.push_str("</channel></rss>\n");
    let docs: Vec<_> = records(Path::new("fil.rss"), Format::Feed, &xml)
        .into_iter()
        .map(|r| r.expect("every item is read").document)
        .collect();
    assert_eq!(docs.len(), items);
    assert_eq!(docs[0].origin, "fil.rss:3");
    assert_eq!(docs[1].origin, "fil.rss:5");
    assert_eq!(
        docs[items - 1].origin,
        format!("fil.rss:{}", 3 + 2 * (items - 1))
    );
    assert_eq!(
        docs[items - 1].text,
        format!("N{}\n\nTexte {}.", items - 1, items - 1)
    );
}

#[test]
fn html_nested_a_hundred_thousand_deep_is_read_without_quadratic_scope_checks() {
    // html5ever walks its stack of open elements for every tag: 40,000 nested `<div>`
    // took seconds, a page of them minutes. Nesting now stops at `MAX_DEPTH` levels.
    let depth = 100_000;
    let page = format!(
        "<html><body><article><p>Bamako.</p>{}<p>Gao.</p>{}</article></body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let docs: Vec<_> = records(Path::new("deep.html"), Format::Html, &page)
        .into_iter()
        .map(|r| r.expect("the page is read").document)
        .collect();
    assert_eq!(docs[0].text, "Bamako.\n\nGao.");
}

#[test]
fn html_formatting_elements_reopened_in_every_paragraph_are_bounded() {
    // Every unclosed `<b id=…>` is reopened in each later paragraph: 20,000 of each took
    // seven seconds and grew the tree quadratically. The text stays, in fewer paragraphs.
    let n = 20_000;
    let opened: String = (0..n).map(|i| format!("<b id=b{i}>")).collect();
    let page = format!("<body>{opened}{}</body>", "<p>Gao".repeat(n));
    let docs: Vec<_> = records(Path::new("bold.html"), Format::Html, &page)
        .into_iter()
        .map(|r| r.expect("the page is read").document)
        .collect();
    assert_eq!(docs[0].text.matches("Gao").count(), n);
}
