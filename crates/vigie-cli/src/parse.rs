//! `vigie parse` and `vigie train-syntax`: CoNLL-U out of documents, scores against
//! treebanks, and models trained from them.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;
use clap::Args;
use vigie_core::Lang;
use vigie_syntax::conllu::{self, UdSentence, UdToken, UdWord};
use vigie_syntax::{Model, SyntaxSentence};

/// Options of `vigie train-syntax`.
#[derive(Args)]
pub struct TrainArgs {
    /// Language of the model (recorded in it).
    #[arg(long, value_enum)]
    pub lang: crate::LangArg,
    /// Training treebank in CoNLL-U; repeat for several.
    #[arg(long, required = true, value_name = "FILE")]
    pub train: Vec<PathBuf>,
    /// Development treebank: scores after each parser pass, and the pass kept; repeat
    /// for several.
    #[arg(long, value_name = "FILE")]
    pub dev: Vec<PathBuf>,
    /// Where to write the model.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// A form→lemma table (`form<TAB>lemma` lines, `#` comments) for words the
    /// treebanks lack, such as data/lexicon/fr.tsv.
    #[arg(long, value_name = "TSV")]
    pub lexicon: Option<PathBuf>,
    /// A form→verb lemma table (`form<TAB>lemma` lines, `#` comments) for forms whose
    /// --lexicon lemma is another reading's, such as data/lexicon/fr.verbs.tsv: a word
    /// tagged as a verb takes it first.
    #[arg(long, value_name = "TSV")]
    pub verbs: Option<PathBuf>,
    /// A form→categories table (`form<TAB>NOM,VER` lines, `#` comments) whose category
    /// sets the tagger learns as classes, for words the treebanks lack, such as
    /// data/lexicon/fr.classes.tsv.
    #[arg(long, value_name = "TSV")]
    pub classes: Option<PathBuf>,
    /// Licence of the training data, recorded in the model.
    #[arg(long, value_name = "TEXT", default_value = "see data/syntax/README.md")]
    pub licence: String,
    /// Passes of the tagger.
    #[arg(long, default_value_t = 10)]
    pub tagger_epochs: usize,
    /// Passes of the parser (the best on the development data is kept).
    #[arg(long, default_value_t = 15)]
    pub parser_epochs: usize,
    /// Folds for the parser's jackknifed training tags.
    #[arg(long, default_value_t = 5)]
    pub folds: usize,
    /// Seed of every random choice: the same seed and data give the same model.
    #[arg(long, default_value_t = 7)]
    pub seed: u64,
    /// Drop the parser's averaged weights smaller than this: a smaller, faster model.
    #[arg(long, default_value_t = 0.0, value_name = "WEIGHT")]
    pub prune: f32,
    /// Threads for training the taggers of the folds.
    #[arg(long, default_value_t = 2)]
    pub threads: usize,
}

fn read_treebank(path: &Path) -> anyhow::Result<Vec<UdSentence>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(conllu::read(&text, &path.display().to_string())?)
}

fn read_lexicon(path: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        match line.split_once('\t') {
            Some((form, lemma))
                if !form.is_empty() && !lemma.is_empty() && !lemma.contains('\t') =>
            {
                out.push((form.to_string(), lemma.to_string()))
            }
            _ => anyhow::bail!(
                "{}:{}: expected form<TAB>value (a lemma or categories)",
                path.display(),
                n + 1
            ),
        }
    }
    Ok(out)
}

/// Trains a model and writes it.
pub fn train(args: &TrainArgs) -> anyhow::Result<()> {
    let started = Instant::now();
    let mut train = Vec::new();
    for f in &args.train {
        train.extend(read_treebank(f)?);
    }
    let mut dev = Vec::new();
    for f in &args.dev {
        dev.extend(read_treebank(f)?);
    }
    let lexicon = match &args.lexicon {
        Some(p) => read_lexicon(p)?,
        None => Vec::new(),
    };
    let verbs = match &args.verbs {
        Some(p) => read_lexicon(p)?,
        None => Vec::new(),
    };
    let classes = match &args.classes {
        Some(p) => read_lexicon(p)?,
        None => Vec::new(),
    };
    let names = |files: &[PathBuf]| {
        files
            .iter()
            .map(|f| {
                f.file_name().map_or_else(
                    || f.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let lang: Lang = args.lang.into();
    let mut meta = vec![
        ("lang".to_string(), lang.code().to_string()),
        ("train".to_string(), names(&args.train)),
        ("dev".to_string(), names(&args.dev)),
        ("licence".to_string(), args.licence.clone()),
    ];
    if let Some(p) = &args.lexicon {
        meta.push(("lexicon".to_string(), names(std::slice::from_ref(p))));
    }
    if let Some(p) = &args.classes {
        meta.push(("classes".to_string(), names(std::slice::from_ref(p))));
    }
    if let Some(p) = &args.verbs {
        meta.push(("verbs".to_string(), names(std::slice::from_ref(p))));
    }
    let options = vigie_syntax::train::Options {
        tagger_epochs: args.tagger_epochs,
        parser_epochs: args.parser_epochs,
        folds: args.folds,
        seed: args.seed,
        threads: args.threads.max(1),
        lexicon,
        classes,
        verbs,
        meta,
        prune: args.prune,
        ..Default::default()
    };
    let model = vigie_syntax::train::train(&train, &dev, &options, &mut |line| {
        eprintln!("[{:>6.1}s] {line}", started.elapsed().as_secs_f64());
    })?;
    let bytes = model.to_bytes();
    std::fs::write(&args.out, &bytes)
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    eprintln!(
        "[{:>6.1}s] wrote {} ({:.1} MB)",
        started.elapsed().as_secs_f64(),
        args.out.display(),
        bytes.len() as f64 / 1e6
    );
    Ok(())
}

/// The models a command parses with: one model file for every sentence, or the
/// bundled model of each sentence's language.
pub enum Models {
    /// A file given with `--model`, read once.
    File(Box<Model>),
    /// The models compiled into vigie.
    Bundled,
}

impl Models {
    /// Reads `path` when given.
    pub fn load(path: Option<&Path>) -> anyhow::Result<Models> {
        Ok(match path {
            Some(p) => {
                let bytes =
                    std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
                Models::File(Box::new(
                    Model::from_bytes(&bytes).with_context(|| format!("{}", p.display()))?,
                ))
            }
            None => Models::Bundled,
        })
    }

    /// The model for `lang`.
    fn get(&self, lang: Lang) -> Option<&Model> {
        match self {
            Models::File(model) => Some(model),
            Models::Bundled => vigie_syntax::bundled(lang),
        }
    }
}

/// Scores a model on gold treebanks (gold tokenisation) and prints one JSON line per file.
pub fn eval(
    out: &mut impl Write,
    gold_files: &[PathBuf],
    models: &Models,
    lang: Option<Lang>,
    predictions: Option<&Path>,
) -> anyhow::Result<()> {
    let mut written = String::new();
    for path in gold_files {
        let gold = read_treebank(path)?;
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let lang = lang.unwrap_or(if name.starts_with("en") {
            Lang::En
        } else {
            Lang::Fr
        });
        let model = models
            .get(lang)
            .ok_or_else(|| anyhow::anyhow!("no syntax model for {}", lang.code()))?;
        let started = Instant::now();
        let predicted: Vec<UdSentence> = gold
            .iter()
            .map(|s| vigie_syntax::train::predict(model, s))
            .collect();
        let seconds = started.elapsed().as_secs_f64();
        let mut c = vigie_syntax::eval::Counts::default();
        for (g, p) in gold.iter().zip(&predicted) {
            c.add(g, p);
            if predictions.is_some() {
                p.write(&mut written);
            }
        }
        let round = |x: f64| (x * 10000.0).round() / 10000.0;
        crate::write_json_line(
            out,
            &serde_json::json!({
                "file": name,
                "sentences": c.sentences,
                "words": c.words,
                "upos": round(c.rate(c.upos)),
                "lemma": round(c.rate(c.lemma)),
                "feats": round(c.rate(c.ufeats)),
                "uas": round(c.rate(c.uas)),
                "las": round(c.rate(c.las)),
                "sentences_per_s": (c.sentences as f64 / seconds.max(1e-9)).round(),
            }),
        )?;
    }
    if let Some(path) = predictions {
        std::fs::write(path, written)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

/// The CoNLL-U block of one parsed sentence of a document.
pub fn to_conllu(
    doc: &str,
    text: &str,
    span: vigie_core::Span,
    parsed: &SyntaxSentence,
) -> UdSentence {
    let mut sentence = UdSentence {
        comments: vec![
            format!("sent_id = {doc}-{}", parsed.sentence + 1),
            format!("text = {}", text[span.range()].replace(['\n', '\r'], " ")),
        ],
        ..Default::default()
    };
    let mut i = 0;
    while i < parsed.words.len() {
        let token = parsed.words[i].token;
        let last = (i..parsed.words.len())
            .take_while(|&k| parsed.words[k].token == token)
            .last()
            .unwrap_or(i);
        if last > i {
            let first = &parsed.words[i];
            let s = first.span;
            sentence.tokens.push(UdToken {
                first: i + 1,
                last: last + 1,
                form: text[s.start as usize..parsed.words[last].span.end as usize].to_string(),
                misc: format!("TokenRange={}:{}", s.start, parsed.words[last].span.end),
            });
        }
        i = last + 1;
    }
    for w in &parsed.words {
        sentence.words.push(UdWord {
            form: w.form.replace(['\t', '\n'], " "),
            lemma: w.lemma.replace(['\t', '\n'], " "),
            upos: w.upos.name().to_string(),
            feats: w.feats.to_string(),
            head: w.head as usize,
            deprel: w.relation.to_string(),
            misc: format!("TokenRange={}:{}", w.span.start, w.span.end),
        });
    }
    sentence
}

/// Parses one document and writes its sentences in CoNLL-U.
pub fn write_document(
    out: &mut impl Write,
    doc: &str,
    text: &str,
    lang: Option<Lang>,
    models: &Models,
) -> std::io::Result<()> {
    let analysis = vigie_text::analyze(text);
    let mut block = String::new();
    for s in &analysis.sentences {
        let lang = lang.unwrap_or(s.lang);
        let Some(model) = models.get(lang).filter(|_| lang != Lang::Other) else {
            continue;
        };
        let parsed = vigie_syntax::words::analyze_sentence(
            model,
            text,
            analysis.sentence_tokens(s),
            s.tokens.start,
            s.index,
        );
        block.clear();
        to_conllu(doc, text, s.span, &parsed).write(&mut block);
        out.write_all(block.as_bytes())?;
    }
    Ok(())
}
