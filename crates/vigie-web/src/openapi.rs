//! The OpenAPI 3.0 description of the API, served at `/api/openapi.json`.

use serde_json::{json, Value};

fn param(name: &str, description: &str, schema: Value) -> Value {
    json!({"name": name, "in": "query", "required": false, "description": description, "schema": schema})
}

fn string() -> Value {
    json!({"type": "string"})
}

fn day() -> Value {
    json!({"type": "string", "format": "date"})
}

fn ok(description: &str) -> Value {
    json!({
        "200": {"description": description, "content": {"application/json": {"schema": {"type": "object"}}}},
        "400": {"$ref": "#/components/responses/BadRequest"}
    })
}

/// The document.
pub fn document() -> Value {
    let event_filters = vec![
        param("actor", "An actor on either side: country (MLI), organisation (AU) or the start of a code (MLIMIL).", string()),
        param("dyad", "Two actors as A-B, either direction.", string()),
        param("country", "A country (ISO alpha-3) as source, target or place.", string()),
        param("cameo", "CAMEO codes starting with these digits (19, 1041).", string()),
        param("plover", "PLOVER event type.", string()),
        param("from", "Events whose dates reach this day or later.", day()),
        param("to", "Events whose dates start on this day or earlier.", day()),
        param("place", "Place name, case-insensitive substring.", string()),
        param("bbox", "WEST,SOUTH,EAST,NORTH in degrees.", string()),
        param("modality", "Comma-separated modalities, or `factual` (asserted, alleged, reported).", string()),
        param("min_sources", "Only events whose cluster has at least this many outlets.", json!({"type": "integer", "minimum": 1})),
        param("doc", "Only this document's events.", string()),
        param("limit", "At most this many events (default 100, at most 10000).", json!({"type": "integer", "minimum": 1, "maximum": 10000})),
        param("offset", "Skip this many events of the order first (default 0, at most 1000000); a full page answers `next_offset`.", json!({"type": "integer", "minimum": 0, "maximum": 1000000})),
    ];
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "vigie API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Coded events from news about political crises: who did what to whom, where, when, and how sure. Read-only requests are open on loopback; POST /api/documents needs `Authorization: Bearer TOKEN`. Errors are `{\"error\": \"...\"}`."
        },
        "servers": [{"url": "/"}],
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "responses": {
                "BadRequest": {"description": "A parameter is invalid; the message names it.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
                "Unauthorized": {"description": "The token is missing or wrong.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            },
            "schemas": {
                "Error": {"type": "object", "properties": {"error": {"type": "string"}}, "required": ["error"]},
                "NewDocument": {
                    "type": "object",
                    "required": ["text"],
                    "properties": {
                        "text": {"type": "string"}, "title": {"type": "string"}, "source": {"type": "string"},
                        "url": {"type": "string"}, "published": {"type": "string", "format": "date"},
                        "lang": {"type": "string", "enum": ["fr", "en"]}, "id": {"type": "string"}
                    }
                }
            }
        },
        "paths": {
            "/api/stats": {"get": {"summary": "Counts, events by PLOVER type, most active dyads.", "responses": ok("Stats.")}},
            "/api/events": {"get": {"summary": "Events with filters: the coder's fields plus cluster, num_articles, num_sources, document.", "parameters": event_filters, "responses": ok("`{count, offset, next_offset, events}`: `next_offset` is null on the last page.")}},
            "/api/clusters": {"get": {"summary": "Clusters, most reported first.", "parameters": [
                param("min_articles", "Only clusters told by at least this many articles.", json!({"type": "integer"})),
                param("limit", "At most this many (default 100, at most 10000).", json!({"type": "integer", "minimum": 1, "maximum": 10000}))
            ], "responses": ok("`{clusters}`.")}},
            "/api/dyads/{a}/{b}": {"get": {"summary": "The tension series of a pair: per day or week, events by QuadClass and Goldstein sum, each cluster once, facts only.", "parameters": [
                {"name": "a", "in": "path", "required": true, "schema": string()},
                {"name": "b", "in": "path", "required": true, "schema": string()},
                param("by", "day (default) or week.", json!({"type": "string", "enum": ["day", "week"]})),
                param("from", "First day; with `to`, at most 10000 buckets (about 27 years by day).", day()), param("to", "Last day, not before `from`.", day())
            ], "responses": {"200": {"description": "`{dyad, bucket, points}`: at most 10000 points; a range (or, with open ends, a span of events) needing more is a 400."}, "400": {"$ref": "#/components/responses/BadRequest"}}}},
            "/api/alerts": {"get": {"summary": "Escalation alerts with the events behind them, latest first.", "parameters": [param("dyad", "Only this pair, A-B.", string())], "responses": ok("`{alerts}`.")}},
            "/api/feeds": {"get": {"summary": "The feeds `vigie watch` follows, with their health (last poll, last success, last error, failures in a row, items read today and in all).", "responses": ok("`{feeds}`.")}},
            "/api/stream": {"get": {"summary": "Server-Sent Events: `alert` (an alert `vigie watch` raised or grew; the event id is its sequence number), `feeds` (the feeds' health, when it changes), `error`. Read every second from the store; at most 64 streams at once.", "parameters": [
                param("after", "Send the alerts after this sequence number (default: only those raised from now on); the `Last-Event-ID` header does the same on reconnection.", json!({"type": "integer"}))
            ], "responses": {"200": {"description": "`text/event-stream`."}, "400": {"$ref": "#/components/responses/BadRequest"}, "503": {"description": "Too many streams open."}}}},
            "/api/actors": {"get": {"summary": "Actors and the edges between them (events, Goldstein sum, cooperation and conflict counts).", "parameters": [
                param("from", "First day.", day()), param("to", "Last day.", day()),
                param("limit", "At most this many actors (default 40, at most 1000).", json!({"type": "integer", "minimum": 1, "maximum": 1000}))
            ], "responses": ok("`{actors, edges}`.")}},
            "/api/documents": {
                "get": {"summary": "Documents, latest first.", "parameters": [param("limit", "At most this many (default 200, at most 10000).", json!({"type": "integer", "minimum": 1, "maximum": 10000}))], "responses": ok("`{documents}`.")},
                "post": {
                    "summary": "Code and store a document.",
                    "security": [{"bearer": []}],
                    "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewDocument"}}}},
                    "responses": {
                        "201": {"description": "Stored: `{doc, events, stored: true}`."},
                        "200": {"description": "The same text was stored before: `{doc, events: 0, stored: false}`."},
                        "400": {"$ref": "#/components/responses/BadRequest"},
                        "401": {"$ref": "#/components/responses/Unauthorized"},
                        "413": {"description": "The body is too large."}
                    }
                }
            },
            "/api/documents/{id}": {"get": {"summary": "A document's text, its events and its actor, place and date mentions (byte spans).", "parameters": [
                {"name": "id", "in": "path", "required": true, "schema": string()}
            ], "responses": {"200": {"description": "`{document, events, mentions}`."}, "404": {"description": "No such document."}}}},
            "/api/search": {"get": {"summary": "Documents whose title or text contains the words.", "parameters": [
                {"name": "q", "in": "query", "required": true, "schema": string()},
                param("limit", "At most this many (default 50, at most 1000).", json!({"type": "integer", "minimum": 1, "maximum": 1000}))
            ], "responses": ok("`{documents}` with snippets.")}},
            "/api/brief": {"get": {"summary": "A pair's chronology in Markdown.", "parameters": [
                {"name": "dyad", "in": "query", "required": true, "schema": string()},
                param("from", "First day.", day()), param("to", "Last day.", day())
            ], "responses": ok("`{markdown}`.")}},
            "/api/countries": {"get": {"summary": "Country outlines (Natural Earth 1:10m, thinned) as GeoJSON.", "responses": {"200": {"description": "A FeatureCollection; `properties.iso3`."}}}}
        }
    })
}
