//! Rival accounts of one incident.
//!
//! News about a crisis often tells the same incident twice: Algiers says the drone
//! entered its airspace, Bamako says it never left Malian skies. Each account is coded
//! with its claimant; events that tell one incident (same CAMEO root, same pair of
//! actors either way round, same date) are linked through `contested_with` when their
//! accounts differ: different claimants, or one told as fact and the other denied.
//! An analyst then sees both versions side by side instead of one of them silently
//! winning.

use crate::{Event, EventActor, Modality};

fn key(a: &Option<EventActor>) -> Option<String> {
    a.as_ref().and_then(|a| a.org.clone().or(a.country.clone()))
}

fn same_incident(a: &Event, b: &Event) -> bool {
    let pair = |e: &Event| {
        let (s, t) = (key(&e.source), key(&e.target));
        if s <= t {
            (s, t)
        } else {
            (t, s)
        }
    };
    a.cameo.get(..2) == b.cameo.get(..2)
        && a.date.is_some()
        && a.date == b.date
        && pair(a) == pair(b)
}

fn rival(a: &Event, b: &Event) -> bool {
    let claimant = |e: &Event| key(&e.claimed_by);
    let denied = |e: &Event| e.modality == Modality::Negated;
    (claimant(a).is_some() && claimant(b).is_some() && claimant(a) != claimant(b))
        || (denied(a) != denied(b) && (a.modality.is_factual() || b.modality.is_factual()))
}

/// Links the events of one document that give rival accounts of one incident.
pub(crate) fn link(events: &mut [Event]) {
    let mut links: Vec<(usize, usize)> = Vec::new();
    for i in 0..events.len() {
        for j in i + 1..events.len() {
            if events[i].sentence != events[j].sentence
                && same_incident(&events[i], &events[j])
                && rival(&events[i], &events[j])
            {
                links.push((i, j));
            }
        }
    }
    for (i, j) in links {
        let (a, b) = (events[i].id.clone(), events[j].id.clone());
        events[i].contested_with.push(b);
        events[j].contested_with.push(a);
    }
}
