//! The tree of an HTML page or fragment, as html5ever builds it.
//!
//! html5ever implements the WHATWG parsing algorithm (implied and misnested tags,
//! foster parenting, raw-text elements, every named character reference) and hands each
//! step to a `TreeSink`. This sink keeps the nodes in one `Vec`, children as index
//! lists, so that the readers in `html.rs` walk the tree with a stack of indices: no
//! reference counting, no recursion, however deep the nesting. Only what they read is
//! kept: element names and attributes, text; comments, doctypes and processing
//! instructions are nodes without content.
//!
//! Nesting is bounded: html5ever checks scopes by walking its stack of open elements,
//! so every tag costs as much as the page is deep, and 40,000 nested `<div>` took
//! seconds (a page of them, minutes). Past [`MAX_DEPTH`] levels, as browsers do, start
//! tags are dropped before the tree builder sees them; their text is still read.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use html5ever::buffer_queue::BufferQueue;
use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
use html5ever::{local_name, ns, Attribute, LocalName, QualName, TokenizerResult};

/// How deep elements nest at most (Blink's limit).
const MAX_DEPTH: u32 = 512;

/// The index of a node in its [`Dom`].
pub(crate) type NodeId = usize;

/// A parsed page or fragment; the document node is [`Dom::ROOT`].
pub(crate) struct Dom {
    nodes: Vec<Node>,
}

/// One node: its place in the tree and what it holds.
pub(crate) struct Node {
    parent: Option<NodeId>,
    /// Levels under the document when inserted (moves may leave it stale).
    depth: u32,
    pub(crate) children: Vec<NodeId>,
    pub(crate) data: Data,
}

/// What a node holds.
pub(crate) enum Data {
    /// The document, or a template's contents.
    Document,
    /// An element: its local name and attributes (names in lowercase).
    Element {
        name: LocalName,
        attrs: Vec<Attribute>,
    },
    /// Text, character references decoded.
    Text(StrTendril),
    /// A comment, doctype or processing instruction.
    Other,
}

impl Dom {
    /// The document node.
    pub(crate) const ROOT: NodeId = 0;

    /// The tree of a whole page (`html`, `head` and `body` implied where missing).
    pub(crate) fn document(html: &str) -> Dom {
        let builder = TreeBuilder::new(Sink::new(), TreeBuilderOpts::default());
        parse(builder, TokenizerOpts::default(), html)
    }

    /// The tree of a fragment read as the content of a `<body>`.
    pub(crate) fn fragment(html: &str) -> Dom {
        fragment_in(local_name!("body"), html)
    }

    /// Text read as the content of a `<title>`: character references decoded, no tags.
    pub(crate) fn text_only(text: &str) -> String {
        fragment_in(local_name!("title"), text).text(Dom::ROOT)
    }

    /// The node `id`.
    pub(crate) fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id]
    }

    /// The local name of element `id`; `None` for other nodes.
    pub(crate) fn name(&self, id: NodeId) -> Option<&LocalName> {
        match &self.nodes[id].data {
            Data::Element { name, .. } => Some(name),
            _ => None,
        }
    }

    /// The value of attribute `name` of element `id`.
    pub(crate) fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        let Data::Element { attrs, .. } = &self.nodes[id].data else {
            return None;
        };
        attrs
            .iter()
            .find(|a| a.name.ns == ns!() && &*a.name.local == name)
            .map(|a| &*a.value)
    }

    /// The nodes at or under `from`, in document order.
    pub(crate) fn descendants(&self, from: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let mut stack = vec![from];
        std::iter::from_fn(move || {
            let id = stack.pop()?;
            stack.extend(self.nodes[id].children.iter().rev());
            Some(id)
        })
    }

    /// The elements at or under `from`, in document order.
    pub(crate) fn elements(&self, from: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.descendants(from).filter(|&id| self.name(id).is_some())
    }

    /// The text under `from`, as it stands in the source (spaces kept).
    pub(crate) fn text(&self, from: NodeId) -> String {
        self.descendants(from)
            .filter_map(|id| match &self.nodes[id].data {
                Data::Text(text) => Some(&**text),
                _ => None,
            })
            .collect()
    }
}

/// `html` read as the content of an element named `context`.
fn fragment_in(context: LocalName, html: &str) -> Dom {
    let sink = Sink::new();
    let context = html5ever::interface::create_element(
        &sink,
        QualName::new(None, ns!(html), context),
        Vec::new(),
    );
    let builder = TreeBuilder::new_for_fragment(sink, context, None, TreeBuilderOpts::default());
    let opts = TokenizerOpts {
        initial_state: Some(builder.tokenizer_state_for_context_elem(false)),
        ..TokenizerOpts::default()
    };
    parse(builder, opts, html)
}

/// Runs html5ever's tokenizer over `html` into `builder`, nesting bounded.
fn parse(builder: TreeBuilder<Handle, Sink>, opts: TokenizerOpts, html: &str) -> Dom {
    let tokenizer = Tokenizer::new(Bounded { builder }, opts);
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(html));
    // A `</script>` pauses the tokenizer (for a browser to run the script): go on.
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    tokenizer.sink.builder.sink.finish()
}

/// The tree builder behind a gate that drops start tags past [`MAX_DEPTH`].
struct Bounded {
    builder: TreeBuilder<Handle, Sink>,
}

impl TokenSink for Bounded {
    type Handle = Handle;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<Handle> {
        if let Token::TagToken(tag) = &token {
            if tag.kind == html5ever::tokenizer::StartTag
                && self.builder.sink.depth.get() >= MAX_DEPTH
            {
                return TokenSinkResult::Continue;
            }
        }
        self.builder.process_token(token, line_number)
    }

    fn end(&self) {
        self.builder.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.builder
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// Builds a [`Dom`] for html5ever. Handles carry the element's name, so that
/// `elem_name` answers without borrowing the nodes the builder is changing.
struct Sink {
    nodes: RefCell<Vec<Node>>,
    /// The depth of the node inserted last: about as deep as the builder's stack.
    depth: Cell<u32>,
    /// The name handed out for nodes that are not elements.
    no_name: Rc<QualName>,
}

/// A node as the tree builder holds it.
#[derive(Clone)]
struct Handle {
    id: NodeId,
    name: Rc<QualName>,
}

impl Sink {
    fn new() -> Sink {
        Sink {
            nodes: RefCell::new(vec![Node {
                parent: None,
                depth: 0,
                children: Vec::new(),
                data: Data::Document,
            }]),
            no_name: Rc::new(QualName::new(None, ns!(), local_name!(""))),
            depth: Cell::new(0),
        }
    }

    fn add(&self, data: Data) -> NodeId {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Node {
            parent: None,
            depth: 0,
            children: Vec::new(),
            data,
        });
        nodes.len() - 1
    }

    fn handle(&self, id: NodeId) -> Handle {
        Handle {
            id,
            name: self.no_name.clone(),
        }
    }

    /// Inserts `child` among the children of `parent`, before `sibling` or last,
    /// merging text with the text before it.
    fn insert(&self, parent: NodeId, sibling: Option<NodeId>, child: NodeOrText<Handle>) {
        let mut nodes = self.nodes.borrow_mut();
        if let NodeOrText::AppendNode(node) = &child {
            detach(&mut nodes, node.id);
        }
        let depth = nodes[parent].depth + 1;
        self.depth.set(depth);
        let children = &nodes[parent].children;
        let at = sibling
            .and_then(|s| children.iter().rposition(|&c| c == s))
            .unwrap_or(children.len());
        match child {
            NodeOrText::AppendText(text) => {
                let before = at.checked_sub(1).map(|k| nodes[parent].children[k]);
                if let Some(Data::Text(existing)) = before.map(|b| &mut nodes[b].data) {
                    existing.push_tendril(&text);
                    return;
                }
                nodes.push(Node {
                    parent: Some(parent),
                    depth,
                    children: Vec::new(),
                    data: Data::Text(text),
                });
                let id = nodes.len() - 1;
                nodes[parent].children.insert(at, id);
            }
            NodeOrText::AppendNode(node) => {
                nodes[parent].children.insert(at, node.id);
                nodes[node.id].parent = Some(parent);
                nodes[node.id].depth = depth;
            }
        }
    }
}

/// Takes `id` out of its parent's children.
fn detach(nodes: &mut [Node], id: NodeId) {
    if let Some(parent) = nodes[id].parent.take() {
        let children = &mut nodes[parent].children;
        // Nodes are mostly moved from the end: search from there.
        if let Some(k) = children.iter().rposition(|&c| c == id) {
            children.remove(k);
        }
    }
}

impl TreeSink for Sink {
    type Handle = Handle;
    type Output = Dom;
    type ElemName<'a> = &'a QualName;

    fn finish(self) -> Dom {
        Dom {
            nodes: self.nodes.into_inner(),
        }
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        self.handle(Dom::ROOT)
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> &'a QualName {
        &target.name
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        let id = self.add(Data::Element {
            name: name.local.clone(),
            attrs,
        });
        if flags.template {
            // A template's contents are the node after it.
            self.add(Data::Document);
        }
        Handle {
            id,
            name: Rc::new(name),
        }
    }

    fn create_comment(&self, _text: StrTendril) -> Handle {
        self.handle(self.add(Data::Other))
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Handle {
        self.handle(self.add(Data::Other))
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        self.insert(parent.id, None, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        if self.nodes.borrow()[element.id].parent.is_some() {
            self.append_before_sibling(element, child);
        } else {
            self.insert(prev_element.id, None, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &Handle) -> Handle {
        self.handle(target.id + 1)
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        x.id == y.id
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        let parent = self.nodes.borrow()[sibling.id].parent;
        if let Some(parent) = parent {
            self.insert(parent, Some(sibling.id), new_node);
        }
    }

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let Data::Element {
            attrs: existing, ..
        } = &mut nodes[target.id].data
        {
            for attr in attrs {
                if !existing.iter().any(|a| a.name == attr.name) {
                    existing.push(attr);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &Handle) {
        detach(&mut self.nodes.borrow_mut(), target.id);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        let mut nodes = self.nodes.borrow_mut();
        let children = std::mem::take(&mut nodes[node.id].children);
        for &child in &children {
            nodes[child].parent = Some(new_parent.id);
        }
        nodes[new_parent.id].children.extend(children);
    }
}
